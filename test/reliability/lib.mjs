// Shared by the reliability scripts: the pg module of the oracle install,
// a tally of checks, and a fresh database per script.
import path from 'node:path'
import { createRequire } from 'node:module'

const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
export const pg = createRequire(path.join(oracleDir, 'package.json'))('pg')

// A tally: check() counts and prints (only failures when quiet, unless
// --verbose); finish() prints "<name>: N passed, M failed" and exits.
export function tally(name, { quiet = false } = {}) {
  const verbose = process.argv.includes('--verbose')
  const t = {
    pass: 0,
    fail: 0,
    check(ok, label, detail) {
      if (ok) t.pass++
      else t.fail++
      if (!ok || verbose || !quiet) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` (${detail})` : ''}`)
    },
    finish() {
      console.log(`${name}: ${t.pass} passed, ${t.fail} failed`)
      process.exit(t.fail ? 1 : 0)
    },
  }
  return t
}

// A connected admin client (database postgres), and dbName made afresh.
export async function freshDatabase(dbName, options = '') {
  const admin = new pg.Client({ database: 'postgres' })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0 ${options}`)
  return admin
}
