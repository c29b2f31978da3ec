// Mutation fuzzing of prisma.query: documents from the differential case
// sets are mutated (values swapped for other JSON types, keys renamed,
// dropped or duplicated, objects nested, numbers pushed to their edges) and
// run in a database holding the set's schema.  Every document must either
// answer or fail with a clear error: a Prisma code at the start of the
// message and a SQLSTATE that is not an internal error (XX000), and the
// server must stay up.  The generator is seeded, so a run is repeatable.
//
// Usage: node run.mjs [COUNT] [--seed N]   (default 2000 documents, seed 1)
// Env: PGHOST PGPORT PGUSER ORACLE_DIR (for the pg module); FUZZ_SHOW=1 prints
// the first line of every error, to see what the mutations reach.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const sets = path.resolve(here, '../differential')
const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const pg = createRequire(path.join(oracleDir, 'package.json'))('pg')

const argv = process.argv.slice(2)
const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 2000)
const seedAt = argv.indexOf('--seed')
let seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1

// xorshift32: small, seeded, repeatable
function rand() {
  seed ^= seed << 13; seed >>>= 0
  seed ^= seed >>> 17
  seed ^= seed << 5; seed >>>= 0
  return seed / 4294967296
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)]

const ODD_VALUES = [null, true, false, 0, -1, 2147483648, -9223372036854775808, 1.5, 1e300, '', 'x',
  '%_\\', '2024-02-30T00:00:00Z', '2024-01-01T00:00:00Z', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  'AQID', '1e30', [], [1, 'a', null], {}, { $type: 'DateTime', value: 'nope' },
  { $type: 'BigInt', value: '99999999999999999999' }, { $type: 'Decimal', value: '1e-40' },
  { $type: 'FieldRef', value: { _ref: 'id', _container: 'X' } }, { equals: null }, { not: { not: {} } },
  { some: {} }, { is: null }, { _count: 'asc' }, { sort: 'desc', nulls: 'first' }, 'insensitive',
  'ü\u0000ß', '"); DROP TABLE x; --']
const KEYS = ['where', 'select', 'include', 'omit', 'orderBy', 'take', 'skip', 'cursor', 'distinct',
  'AND', 'OR', 'NOT', 'some', 'every', 'none', 'is', 'isNot', 'in', 'notIn', 'equals', 'not', 'lt',
  'gte', 'contains', 'mode', '_count', 'relationLoadStrategy', 'lock', 'id', 'email', 'posts', 'author',
  'name', '__proto__', '']

const NUMBERS = [0, 1, -1, 2, 7, 100, -2147483648, 2147483647, 9007199254740991, 0.5, -0.0, 1e-7]
const STRINGS = ['', 'a', 'A', 'alice', 'Alice@Example.com', '%', '_', '\\', 'ü', '2024-05-01T10:00:00.000Z',
  '1900-01-01T00:00:00Z', 'HAPPY', 'asc', 'desc', 'insensitive', 'default', 'update']

// A value of the same JSON type: the document stays mostly valid.
function sameType(v) {
  if (typeof v === 'number') return pick(NUMBERS)
  if (typeof v === 'string') return pick(STRINGS)
  if (typeof v === 'boolean') return !v
  return structuredClone(pick(ODD_VALUES))
}

// One random change somewhere in a JSON value.
function mutate(v, depth = 0) {
  if (v === null || typeof v !== 'object' || (depth > 0 && rand() < 0.2)) {
    const r = rand()
    if (r < 0.7) return sameType(v)
    return r < 0.95 ? structuredClone(pick(ODD_VALUES)) : { [pick(KEYS)]: structuredClone(v) }
  }
  if (Array.isArray(v)) {
    const a = [...v]
    const r = rand()
    if (a.length && r < 0.6) { const i = Math.floor(rand() * a.length); a[i] = mutate(a[i], depth + 1) }
    else if (a.length && r < 0.8) a.push(structuredClone(a[0]))
    else if (r < 0.9) a.length = 0
    else a.push(pick(ODD_VALUES))
    return a
  }
  const o = { ...v }
  const keys = Object.keys(o)
  const r = rand()
  if (keys.length && r < 0.75) { const k = pick(keys); o[k] = mutate(o[k], depth + 1) }
  else if (keys.length && r < 0.83) delete o[pick(keys)]
  else if (keys.length && r < 0.87) { const k = pick(keys); o[pick(KEYS)] = o[k]; delete o[k] }
  else if (r < 0.95) o[pick(KEYS)] = structuredClone(pick(ODD_VALUES))
  else return { [pick(KEYS)]: o }
  return o
}

const client = new pg.Client({ database: 'postgres' })
await client.connect()
const db = 'prisma_ext_query_fuzz'
await client.query(`DROP DATABASE IF EXISTS ${db}`)
await client.query(`CREATE DATABASE ${db}`)
await client.end()

let pass = 0
let fail = 0
let answered = 0
const codes = new Map()
const started = Date.now()
const setNames = fs.readdirSync(sets).filter((d) => fs.existsSync(path.join(sets, d, 'schema.prisma'))).sort()
const perSet = Math.ceil(count / setNames.length)
for (const set of setNames) {
  const c = new pg.Client({ database: db })
  await c.connect()
  await c.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP EXTENSION IF EXISTS prisma_ext CASCADE; CREATE EXTENSION prisma_ext')
  await c.query('SELECT prisma.db_push($1, true)', [fs.readFileSync(path.join(sets, set, 'schema.prisma'), 'utf8')])
  await c.query(fs.readFileSync(path.join(sets, set, 'seed.sql'), 'utf8'))
  const docs = JSON.parse(fs.readFileSync(path.join(sets, set, 'docs.json'), 'utf8'))
    .map(({ model, action, args }) => ({ model, action, args }))
  for (let i = 0; i < perSet; i++) {
    const base = pick(docs)
    let args = base.args ?? {}
    const rounds = rand() < 0.7 ? 1 : 2
    for (let r = 0; r < rounds; r++) args = mutate(args)
    // the envelope changes rarely: the interest is in the arguments
    const doc = rand() < 0.05 ? mutate(base) : { model: base.model, action: base.action, args }
    const text = rand() < 0.03 ? JSON.stringify(doc).slice(0, -1 - Math.floor(rand() * 5)) : JSON.stringify(doc)
    try {
      await c.query('SELECT prisma.query($1)', [text])
      pass++
      answered++
    } catch (e) {
      if (e.code === undefined) {
        fail++
        console.log(`FAIL the connection broke on ${text}\n  ${e.message}`)
        break
      }
      if (e.code === 'XX000' || !/^P\d{4}: /.test(e.message)) {
        fail++
        console.log(`FAIL ${set}: ${e.code} ${e.message.split('\n')[0]}\n  doc: ${text.slice(0, 400)}`)
      } else {
        pass++
        const code = e.message.slice(0, 5)
        if (process.env.FUZZ_SHOW) console.log(e.message.split("\n")[0].slice(0, 120))
        codes.set(code, (codes.get(code) ?? 0) + 1)
      }
    }
  }
  await c.end().catch(() => {})
}
const admin = new pg.Client({ database: 'postgres' })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS ${db}`)
await admin.end()
console.log(`answered ${answered}; errors by code: ${[...codes].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`)
console.log(`query-fuzz: ${pass} passed, ${fail} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`)
process.exit(fail ? 1 : 0)
