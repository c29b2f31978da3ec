#!/usr/bin/env node
// Runs Prisma's own query-engine test corpus (../shared/conformance/prisma-engines)
// through prisma.query and reports pass/fail per step, per suite and in total.
//
// Each distinct schema is pushed with prisma.db_push into a database created
// with ICU collation en-US (as Prisma's CI); between tests every table is
// truncated.  Steps run in order:
//   expect        result equal after normalization (test/lib/compare.mjs)
//   expect_error  the Prisma code must match (null: any error); a "not
//                 supported yet" error never stands in for an expected one
//   expect_any    the step must succeed
//   expect_one_of / expect_length  as named
// A step's `capture` binds values of its result; a later "$var:<name>" string
// in the same test is replaced by the bound value (INDEX.md).  A step counts
// as passing only when every earlier step of its test passed too, since the
// later steps depend on that state; the steps after a failure still run.
// The ledger (ledger.txt) lists the steps that pass today; a ledger step that
// fails is a regression and fails the run.  New passes are reported.
//
// Usage: node run.mjs [--ledger FILE] [--update-ledger] [--filter TEXT] [--verbose]
// Env: PGHOST PGPORT PGUSER, ORACLE_DIR (for the `pg` package), CORPUS_DIR.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'
import { equalValues, prismaCode, jsonDiff } from '../lib/compare.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const require = createRequire(path.join(oracleDir, 'package.json'))
const pg = require('pg')

const argv = process.argv.slice(2)
const opt = (name) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const ledgerPath = opt('--ledger') ?? path.join(here, 'ledger.txt')
const updateLedger = argv.includes('--update-ledger')
const filter = opt('--filter')
const verbose = argv.includes('--verbose')
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repo, '../shared/conformance/prisma-engines')

const started = Date.now()
const ledger = new Set(
  fs.existsSync(ledgerPath)
    ? fs.readFileSync(ledgerPath, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    : [],
)

const admin = new pg.Client({ database: 'postgres' })
await admin.connect()

// One ICU en-US database for the whole run; each schema resets it (every
// non-system schema and the extension dropped) and pushes itself.
const dbName = 'corpus_run'
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`)
const client = new pg.Client({ database: dbName })
await client.connect()
await client.query('SET client_min_messages = warning')
const RESET = `DROP EXTENSION IF EXISTS prisma_ext CASCADE;
DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;
CREATE EXTENSION prisma_ext;`

async function databaseFor(schema) {
  let pushError = null
  await client.query(RESET)
  try {
    await client.query('SELECT prisma.db_push($1)', [schema])
  } catch (e) {
    pushError = e.message.split('\n')[0]
  }
  const tables = pushError ? [] : (await client.query(
    `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'prisma')`)).rows.map((r) => r.t)
  return { client, pushError, tables }
}

// Run one document; returns {ok, value} or {ok:false, error}.
async function runDoc(client, doc) {
  try {
    const r = await client.query('SELECT prisma.query($1)::text AS result', [JSON.stringify(doc)])
    return { ok: true, value: JSON.parse(r.rows[0].result) }
  } catch (e) {
    return { ok: false, error: e }
  }
}

// Replace every "$var:<name>" string of v by its bound value; missing names are collected.
function substitute(v, vars, missing) {
  if (typeof v === 'string' && v.startsWith('$var:')) {
    const name = v.slice(5)
    if (!(name in vars)) missing.push(name)
    return vars[name]
  }
  if (Array.isArray(v)) return v.map((x) => substitute(x, vars, missing))
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, vars, missing)]))
  return v
}

// Bind a step's captures from its result; the names whose path is missing.
function capture(step, value, vars) {
  const lost = []
  for (const c of step.capture ?? []) {
    let x = value
    for (const k of c.path) x = x === null || x === undefined ? undefined : x[k]
    if (x === undefined) lost.push(c.name)
    else vars[c.name] = x
  }
  return lost
}

// The verdict for one step: null when it passes, else a reason.
function judge(step, out) {
  if (step.expect_error !== undefined) {
    if (out.ok) return `expected error ${step.expect_error.code ?? '(any)'}, got ${JSON.stringify(out.value).slice(0, 300)}`
    if (/not supported yet/.test(out.error.message)) return `expected error ${step.expect_error.code ?? '(any)'}, got: ${out.error.message.split('\n')[0]}`
    const code = prismaCode(out.error)
    if (step.expect_error.code && code !== step.expect_error.code)
      return `expected error ${step.expect_error.code}, got ${code ?? 'no code'}: ${out.error.message.split('\n')[0]}`
    return null
  }
  if (!out.ok) return `error: ${out.error.message.split('\n')[0]}`
  if (step.expect !== undefined)
    return equalValues(step.expect, out.value) ? null : `result differs:\n${jsonDiff(step.expect, out.value)}`
  if (step.expect_one_of !== undefined)
    return step.expect_one_of.some((x) => equalValues(x, out.value)) ? null : `result is none of the ${step.expect_one_of.length} accepted values`
  if (step.expect_length !== undefined)
    return Array.isArray(out.value) && out.value.length === step.expect_length ? null
      : `expected ${step.expect_length} rows, got ${Array.isArray(out.value) ? out.value.length : 'no array'}`
  return null // expect_any
}

const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.json') && f.includes('__')).sort()
const perSuite = []
const failures = []
const passing = new Set()
let total = 0
for (const file of files) {
  const suite = JSON.parse(fs.readFileSync(path.join(corpusDir, file), 'utf8'))
  const key = file.replace(/\.json$/, '')
  if (filter && !key.includes(filter)) continue
  let pass = 0, fail = 0
  let db = null, dbSchema = null
  for (const test of suite.tests ?? []) {
    const schema = test.schema ?? suite.schema
    if (schema !== dbSchema) {
      db = await databaseFor(schema)
      dbSchema = schema
    } else if (db.tables.length) {
      await db.client.query(`TRUNCATE ${db.tables.join(', ')} RESTART IDENTITY CASCADE`)
    }
    const stampsTime = /now\(\)|@updatedAt/.test(schema ?? '')
    const vars = {}
    let earlier = null // the first failure of this test
    for (let i = 0; i < test.steps.length; i++) {
      const step = test.steps[i]
      const id = `${key}#${test.name}#${i}`
      total++
      let reason
      if (db.pushError) reason = `db_push failed: ${db.pushError}`
      else {
        const missing = []
        const doc = substitute(step.doc, vars, missing)
        if (missing.length) reason = `needs the value of ${missing[0]}, which an earlier step did not capture`
        else {
          const out = await runDoc(db.client, doc)
          // now() and @updatedAt keep milliseconds: writes in the same
          // millisecond would tie, and a later orderBy on them would depend
          // on timing (Prisma's own engine is never that fast)
          if (stampsTime && !/^(find|aggregate|count|groupBy)/.test(doc.action ?? '')) await sleep(2)
          reason = judge(step, out)
          if (reason === null && out.ok) {
            const lost = capture(step, out.value, vars)
            if (lost.length) reason = `capture ${lost[0]}: no such path in the result`
          }
        }
      }
      if (reason === null && earlier === null) {
        pass++
        passing.add(id)
      } else {
        fail++
        failures.push({ id, reason: reason ?? `an earlier step of its test failed (${earlier.split('\n')[0].slice(0, 80)})`, doc: step.doc, first: earlier === null })
        if (earlier === null) earlier = reason
      }
    }
  }
  perSuite.push({ key, pass, fail })
}
await client.end()
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.end()

// Report
const regressions = [...ledger].filter((id) => !passing.has(id) && (!filter || id.split("#")[0].includes(filter)))
const newPasses = [...passing].filter((id) => !ledger.has(id))
const passCount = passing.size
if (verbose) {
  for (const f of failures) console.log(`FAIL ${f.id}\n  doc: ${JSON.stringify(f.doc).slice(0, 400)}\n  ${f.reason.replace(/\n/g, '\n  ')}`)
  for (const s of perSuite) console.log(`${s.fail ? 'part' : 'ok  '} ${s.key}: ${s.pass}/${s.pass + s.fail}`)
}
// the share per folder (queries, writes, new; the relation_link_test variants apart)
const folders = new Map()
for (const s of perSuite) {
  const folder = s.key.endsWith('__variants') ? 'writes (variants)' : s.key.split('__')[0]
  const f = folders.get(folder) ?? { pass: 0, total: 0 }
  f.pass += s.pass
  f.total += s.pass + s.fail
  folders.set(folder, f)
}
for (const [folder, f] of [...folders].sort())
  console.log(`corpus folder ${folder}: ${f.pass} of ${f.total} steps pass (${((100 * f.pass) / Math.max(1, f.total)).toFixed(1)}%)`)
// the first failures of tests, by reason, to show what is missing
const reasons = new Map()
for (const f of failures.filter((x) => x.first)) {
  const r = f.reason.split('\n')[0].replace(/\d+/g, 'N').slice(0, 120)
  reasons.set(r, (reasons.get(r) ?? 0) + 1)
}
console.log('most common failure reasons:')
for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(n).padStart(5)}  ${r}`)
for (const id of regressions) console.log(`REGRESSION ${id}`)
if (newPasses.length) console.log(`${newPasses.length} new passing steps (not in the ledger; --update-ledger adds them)`)
if (updateLedger) {
  const lines = [...new Set([...passing, ...(filter ? [...ledger].filter((id) => !id.includes(filter)) : [])])].sort()
  fs.writeFileSync(ledgerPath, '# corpus steps that pass (file#test#step); maintained by test/corpus/run.mjs --update-ledger\n' +
    lines.map((l) => l + '\n').join(''))
  console.log(`ledger updated: ${lines.length} steps`)
}
const pct = total ? ((100 * passCount) / total).toFixed(1) : '0.0'
console.log(`corpus: ${passCount} of ${total} steps pass (${pct}%) in ${perSuite.length} suites, ${((Date.now() - started) / 1000).toFixed(0)} s`)
// the test command's line: ledger steps that still pass vs regressions
console.log(`corpus-ledger: ${ledger.size - regressions.length} passed, ${regressions.length} failed`)
process.exit(regressions.length ? 1 : 0)
