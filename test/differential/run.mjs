#!/usr/bin/env node
// Differential harness: the same documents through the real Prisma 7 Client
// and through prisma.query, compared.
//
// A case set is a directory with schema.prisma, seed.sql (optional) and
// docs.json (a list of {"model","action","args"}, optionally with "name").
// A set may also generate documents: each *.docs.mjs file's default export
// (a list of the same form) is appended to docs.json's.
// Values Prisma Client only takes as objects are written with the oracle's
// tags ({"$bigint"}, {"$decimal"}, {"$date"}, {"$bytes"}); prisma.query gets
// them as Prisma's wire form ({"$type": "Bytes", "value": ...}).
// For each set:
//   1. two fresh databases from the schema: one gets Prisma's DDL
//      (`migrate diff --from-empty`), the other prisma.db_push; their
//      `pg_dump --schema-only` must be identical (the first check);
//   2. both are seeded with seed.sql;
//   3. every document runs through Prisma Client (shared/oracle, a client
//      generated per schema and cached) and through prisma.query, each
//      against the same starting state (the tables are reset and reseeded
//      before every document, so autoincrement ids agree);
//   4. results are compared after normalization (test/lib/compare.mjs):
//      DateTime as instants, BigInt/Decimal by value, errors by Prisma code;
//      object key order is checked separately and reported as a warning;
//   5. after a write (succeeded or failed) the contents of every table are
//      compared too (difftest.snapshot()), so a write must change exactly
//      what Prisma's changes, and a failing one nothing.
// The ledger (ledger.txt) lists the documents that agree today; only a
// ledger document that stops agreeing fails the run (a regression), so
// cases for features still to come can be written first.
//
// Usage: node run.mjs [SET...] [--update-ledger]
// Env: PGHOST PGPORT PGUSER PG_BIN ORACLE_DIR
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { equalValues, keyOrderDifferences, prismaCode, jsonDiff } from '../lib/compare.mjs'
import { clientFor } from '../lib/oracle-client.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'
const require = createRequire(path.join(oracleDir, 'package.json'))
const pg = require('pg')

const argv = process.argv.slice(2)
const updateLedger = argv.includes('--update-ledger')
const only = argv.filter((a) => !a.startsWith('--'))
const ledgerPath = path.join(here, 'ledger.txt')
const ledger = new Set(fs.existsSync(ledgerPath)
  ? fs.readFileSync(ledgerPath, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [])
const started = Date.now()

// Prisma's from-empty DDL for a schema.
function prismaDdl(schemaPath) {
  return execFileSync(path.join(oracleDir, 'prisma-offline.sh'),
    ['migrate', 'diff', '--from-empty', '--to-schema', schemaPath, '--script'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

function psql(db, sql) {
  const r = spawnSync(path.join(pgBin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db], { input: sql })
  if (r.status !== 0) throw new Error(`psql on ${db} failed: ${r.stderr.toString()}`)
}

function dump(db) {
  return execFileSync(path.join(pgBin, 'pg_dump'), ['--schema-only', '--no-owner', '-N', 'prisma', '-N', 'difftest', db])
    .toString().split('\n').filter((l) => !/^\\(un)?restrict |^-- Dumped (from|by) /.test(l)).join('\n')
}

// SQL of the helper schema: reset() truncates and reseeds, for both engines.
function helperSql(seed) {
  const body = seed.replace(/\$seed\$/g, '')
  return `CREATE SCHEMA difftest;
CREATE FUNCTION difftest.reset() RETURNS void LANGUAGE plpgsql AS $f$
DECLARE t text;
BEGIN
  FOR t IN SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
           WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'prisma', 'difftest') LOOP
    EXECUTE 'TRUNCATE ' || t || ' RESTART IDENTITY CASCADE';
  END LOOP;
  ${body.trim() ? `EXECUTE $seed$${body}$seed$;` : ''}
END $f$;
-- every table's rows as JSON, in a stable order, to compare after a write
CREATE FUNCTION difftest.snapshot() RETURNS text LANGUAGE plpgsql AS $f$
DECLARE t text; rows text; out text := '';
BEGIN
  FOR t IN SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
           WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'prisma', 'difftest')
           ORDER BY schemaname, tablename LOOP
    EXECUTE format('SELECT COALESCE(json_agg(j ORDER BY j::text), ''[]'')::text FROM (SELECT to_jsonb(x) AS j FROM %s x) s', t) INTO rows;
    out := out || t || ': ' || rows || E'\n';
  END LOOP;
  RETURN out;
END $f$;
`
}

const WRITE_ACTIONS = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany',
  'updateManyAndReturn', 'upsert', 'delete', 'deleteMany'])

// Run all docs through Prisma Client: reset before each; one JSON line per
// doc, and after a write the table snapshot ({result, tables}).
function runPrisma(db, client, docs) {
  const ops = []
  for (const d of docs) {
    ops.push({ action: '$executeRawUnsafe', args: ['SELECT difftest.reset()'] })
    ops.push({ model: d.model, action: d.action, args: d.args })
    ops.push(WRITE_ACTIONS.has(d.action) ? { action: '$queryRawUnsafe', args: ['SELECT difftest.snapshot() AS s'] }
      : { action: '$executeRawUnsafe', args: ['SELECT 1'] })
  }
  const url = `postgresql://${process.env.PGUSER ?? 'postgres'}@${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? 5432}/${db}`
  const r = spawnSync('node', [path.join(oracleDir, 'oracle.mjs')], {
    input: JSON.stringify(ops),
    env: { ...process.env, DATABASE_URL: url, PRISMA_ORACLE_CLIENT: client },
    maxBuffer: 256 * 1024 * 1024,
  })
  const lines = r.stdout.toString().split('\n').filter(Boolean)
  if (lines.length !== ops.length) throw new Error(`oracle gave ${lines.length} results for ${ops.length} ops: ${r.stderr}`)
  return docs.map((d, i) => {
    const result = JSON.parse(lines[3 * i + 1])
    return WRITE_ACTIONS.has(d.action) ? { result, tables: JSON.parse(lines[3 * i + 2])[0].s } : { result }
  })
}

// The oracle's input tags ({"$bigint": "1"}, {"$decimal"}, {"$date"},
// {"$bytes"}) as Prisma Client puts them on the wire: {"$type", "value"}.
const WIRE_TAGS = { $bigint: 'BigInt', $decimal: 'Decimal', $date: 'DateTime', $bytes: 'Bytes' }
function toWire(v) {
  if (Array.isArray(v)) return v.map(toWire)
  if (v && typeof v === 'object') {
    const keys = Object.keys(v)
    if (keys.length === 1 && WIRE_TAGS[keys[0]]) {
      const value = keys[0] === '$date' ? new Date(v[keys[0]]).toISOString() : v[keys[0]]
      return { $type: WIRE_TAGS[keys[0]], value }
    }
    return Object.fromEntries(keys.map((k) => [k, toWire(v[k])]))
  }
  return v
}

// Run all docs through prisma.query, reset before each.
async function runOurs(db, docs) {
  const c = new pg.Client({ database: db })
  await c.connect()
  const out = []
  try {
    for (const d of docs) {
      await c.query('SELECT difftest.reset()')
      let o
      try {
        const r = await c.query('SELECT prisma.query($1)::text AS result', [JSON.stringify({ model: d.model, action: d.action, args: toWire(d.args) })])
        o = { ok: true, value: JSON.parse(r.rows[0].result) }
      } catch (e) {
        o = { ok: false, error: e }
      }
      if (WRITE_ACTIONS.has(d.action)) o.tables = (await c.query('SELECT difftest.snapshot() AS s')).rows[0].s
      out.push(o)
    }
  } finally {
    await c.end()
  }
  return out
}

// A table snapshot with the times of this run (now(), @updatedAt) masked:
// the two engines write them at different moments.
function maskNow(tables) {
  return tables.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)(\+00:00)?"/g, (all, t) => {
    const at = Date.parse(t + 'Z')
    return at >= started - 60000 && at <= Date.now() + 60000 ? '"<now>"' : all
  })
}

// Compare one document's outcomes (and, after a write, the tables): null when they agree, else a reason.
function compare(theirsOut, ours) {
  const reason = compareResult(theirsOut.result, ours)
  if (reason !== null || theirsOut.tables === undefined) return reason
  const theirTables = maskNow(theirsOut.tables), ourTables = maskNow(ours.tables)
  return theirTables === ourTables ? null
    : `table contents differ after the write:\n${tableDiff(theirTables, ourTables)}`
}

// The lines of two table snapshots that differ.
function tableDiff(a, b) {
  const la = a.split('\n'), lb = b.split('\n')
  const out = []
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) {
      // from a little before the first difference
      const a = la[i] ?? '', b = lb[i] ?? ''
      let at = 0
      while (at < a.length && a[at] === b[at]) at++
      const from = Math.max(0, at - 120)
      out.push(`Prisma:       ${a.slice(from, from + 400)}`, `prisma.query: ${b.slice(from, from + 400)}`)
    }
  return out.join('\n')
}

// Compare one document's results: null when they agree, else a reason.
function compareResult(theirs, ours) {
  const theirError = theirs && typeof theirs === 'object' && !Array.isArray(theirs) && theirs.$error
  if (theirError) {
    if (ours.ok) return `Prisma failed (${theirError.code ?? theirError.name}), prisma.query returned ${JSON.stringify(ours.value).slice(0, 300)}`
    const code = prismaCode(ours.error)
    if (theirError.code) return code === theirError.code ? null : `error codes differ: Prisma ${theirError.code}, ours ${code ?? 'none'} (${ours.error.message.split('\n')[0]})`
    // validation errors: PrismaClientValidationError has no code
    return (code === 'P2009' || code === 'P2012' || ours.error.code === '22023') ? null
      : `Prisma rejected the document (${theirError.name}); ours failed differently: ${ours.error.message.split('\n')[0]}`
  }
  if (!ours.ok) return `prisma.query failed: ${ours.error.message.split('\n')[0]}`
  return equalValues(theirs, ours.value) ? null : `results differ:\n${jsonDiff(theirs, ours.value)}`
}

const sets = fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'schema.prisma')) && (!only.length || only.includes(d))).sort()
const admin = new pg.Client({ database: 'postgres' })
await admin.connect()
let dumpPass = 0, dumpFail = 0
const agreeing = new Set()
let docsTotal = 0, warnings = 0
const failures = []
for (const set of sets) {
  const dir = path.join(here, set)
  const schemaPath = path.join(dir, 'schema.prisma')
  const schema = fs.readFileSync(schemaPath, 'utf8')
  const seed = fs.existsSync(path.join(dir, 'seed.sql')) ? fs.readFileSync(path.join(dir, 'seed.sql'), 'utf8') : ''
  const docs = JSON.parse(fs.readFileSync(path.join(dir, 'docs.json'), 'utf8'))
  for (const gen of fs.readdirSync(dir).filter((f) => f.endsWith('.docs.mjs')).sort()) {
    docs.push(...(await import(path.join(dir, gen))).default)
  }
  const theirsDb = `diff_${set}_prisma`, oursDb = `diff_${set}_ours`
  for (const db of [theirsDb, oursDb]) {
    await admin.query(`DROP DATABASE IF EXISTS ${db}`)
    await admin.query(`CREATE DATABASE ${db} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`)
  }
  // 1. DDL from both, pg_dump identical
  let ddlOk = true
  try {
    psql(theirsDb, 'CREATE EXTENSION prisma_ext;\n' + prismaDdl(schemaPath))
    psql(oursDb, `SET client_min_messages = warning; CREATE EXTENSION prisma_ext; SELECT prisma.db_push($psl$${schema}$psl$);`)
    const a = dump(theirsDb), b = dump(oursDb)
    if (a !== b) {
      ddlOk = false
      console.log(`FAIL ${set}: pg_dump differs between Prisma's DDL and db_push`)
    }
  } catch (e) {
    ddlOk = false
    console.log(`FAIL ${set}: ${e.message.split('\n').slice(0, 3).join(' ')}`)
  }
  ddlOk ? dumpPass++ : dumpFail++
  // 2.-4. seed, run, compare
  let theirs = [], ours = []
  try {
    psql(theirsDb, helperSql(seed))
    psql(oursDb, helperSql(seed))
    theirs = runPrisma(theirsDb, clientFor(oracleDir, schema), docs)
    ours = await runOurs(oursDb, docs)
  } catch (e) {
    console.log(`FAIL ${set}: could not run the documents: ${e.message.split('\n')[0]}`)
  }
  docs.forEach((d, i) => {
    docsTotal++
    const id = `${set}#${d.name ?? i}`
    if (i >= theirs.length || i >= ours.length) {
      failures.push({ id, doc: d, reason: 'not run' })
      return
    }
    const reason = compare(theirs[i], ours[i])
    if (reason === null) {
      agreeing.add(id)
      const order = ours[i].ok ? keyOrderDifferences(theirs[i].result, ours[i].value) : []
      if (order.length) {
        warnings++
        console.log(`WARN ${id}: key order differs: ${order.slice(0, 3).join('; ')}`)
      }
    } else failures.push({ id, doc: d, reason, theirs: theirs[i].result, ours: ours[i] })
  })
  for (const db of [theirsDb, oursDb]) await admin.query(`DROP DATABASE IF EXISTS ${db}`)
}
await admin.end()

const regressions = [...ledger].filter((id) => !agreeing.has(id) && sets.some((s) => id.startsWith(s + '#')))
for (const f of failures) {
  const tracked = ledger.has(f.id)
  console.log(`${tracked ? 'REGRESSION' : 'MISMATCH'} ${f.id}\n  doc: ${JSON.stringify({ model: f.doc.model, action: f.doc.action, args: f.doc.args })}`)
  if (f.theirs !== undefined) console.log(`  Prisma:        ${JSON.stringify(f.theirs).slice(0, 600)}`)
  if (f.ours !== undefined) console.log(`  prisma.query:  ${f.ours.ok ? JSON.stringify(f.ours.value).slice(0, 600) : 'ERROR ' + f.ours.error.message.split('\n')[0]}`)
  console.log(`  ${f.reason.replace(/\n/g, '\n  ')}`)
}
const newAgree = [...agreeing].filter((id) => !ledger.has(id))
if (newAgree.length) console.log(`${newAgree.length} documents agree that are not in the ledger (--update-ledger adds them)`)
if (updateLedger) {
  const keep = [...ledger].filter((id) => !sets.some((s) => id.startsWith(s + '#')))
  const lines = [...new Set([...keep, ...agreeing])].sort()
  fs.writeFileSync(ledgerPath, '# differential documents that agree with Prisma 7 (set#name); maintained by run.mjs --update-ledger\n' +
    lines.map((l) => l + '\n').join(''))
  console.log(`ledger updated: ${lines.length} documents`)
}
console.log(`differential: ${agreeing.size} of ${docsTotal} documents agree with Prisma 7 (${warnings} key-order warnings), ` +
  `${dumpPass} of ${dumpPass + dumpFail} schemas have identical DDL, ${((Date.now() - started) / 1000).toFixed(0)} s`)
// the test command's line: DDL checks plus ledger documents
console.log(`differential-ledger: ${dumpPass + ledger.size - regressions.length} passed, ${dumpFail + regressions.length} failed`)
process.exit(dumpFail + regressions.length ? 1 : 0)
