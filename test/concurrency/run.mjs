// Concurrency: readers run prisma.query while pushers alternate two schemas
// through prisma.db_push, all at once, for a while (a model and its tables
// come and go with every push).  Afterwards the catalog
// must describe the tables, and during the run
//   - no push may fail (pushes take the catalog lock and run one at a time,
//     each against the schema the one before it committed);
//   - no read may fail, except with the validation error (P2009) of the
//     schema that held when it ran: a document naming a field that schema
//     lacks.  A stale compile (P2022 "column does not exist", P2021) or any
//     other error is a failure.
// Readers work in two modes, in turn:
//   - alone (autocommit), so the query itself waits for a push in progress;
//     the answer must be a result or P2009, and a P2009 only for a document
//     some schema rejects;
//   - in a transaction that first reads the active schema (which locks the
//     catalog until commit), so the schema in force is known exactly and
//     the outcome is checked against it.
// At the end: the live tables equal those a fresh database gets from
// pushing the active schema (columns, types, nullability, defaults,
// indexes, constraints), and pushing the active schema again changes
// nothing.
//
// Usage: node run.mjs [--seconds 60] [--readers 16] [--pushers 4]
// Env: PGHOST PGPORT PGUSER ORACLE_DIR (for the pg module).
// Prints figures and ends with "concurrency: N passed, M failed".
import path from 'node:path'
import { createRequire } from 'node:module'

const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const pg = createRequire(path.join(oracleDir, 'package.json'))('pg')

const argv = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = argv.indexOf(name)
  return i >= 0 ? Number(argv[i + 1]) : dflt
}
const seconds = opt('--seconds', 60)
const nReaders = opt('--readers', 16)
const nPushers = opt('--pushers', 4)

const HEAD = 'datasource db {\n  provider = "postgresql"\n}\n'
// Both have User and Post; v1 adds Bio (1-1, its own table), v2 Badge (m-n,
// a table and a join table).  Whole tables come and go rather than columns:
// PostgreSQL counts dropped columns toward a table's 1,600, and thousands
// of pushes would reach that.
const COMMON = `model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`
const SCHEMAS = {
  v1: HEAD + COMMON + `model User {
  id    Int     @id
  email String  @unique
  posts Post[]
  bio   Bio?
}
model Bio {
  id     Int    @id
  text   String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}
`,
  v2: HEAD + COMMON + `model User {
  id     Int     @id
  email  String  @unique
  posts  Post[]
  badges Badge[]
}
model Badge {
  id    Int    @id
  name  String @unique
  users User[]
}
`,
}
// documents, with the schemas that accept them
const DOCS = [
  { valid: ['v1', 'v2'], doc: { model: 'User', action: 'findMany', args: { select: { id: true, email: true }, orderBy: { id: 'asc' }, take: 5 } } },
  { valid: ['v1', 'v2'], doc: { model: 'User', action: 'findMany', args: { include: { posts: true }, take: 3 } } },
  { valid: ['v1', 'v2'], doc: { model: 'Post', action: 'findMany', args: { include: { author: true }, where: { title: { startsWith: 'p' } }, take: 5 } } },
  { valid: ['v1', 'v2'], doc: { model: 'User', action: 'findUnique', args: { where: { id: 1 }, include: { _count: { select: { posts: true } } } } } },
  { valid: ['v1'], doc: { model: 'User', action: 'findMany', args: { include: { bio: true }, take: 5 } } },
  { valid: ['v1'], doc: { model: 'Bio', action: 'findMany', args: { include: { user: true } } } },
  { valid: ['v2'], doc: { model: 'User', action: 'findMany', args: { select: { id: true, badges: { select: { name: true } } }, take: 5 } } },
  { valid: ['v2'], doc: { model: 'Post', action: 'findMany', args: { where: { author: { badges: { some: { name: 'x' } } } } } } },
]

const admin = new pg.Client({ database: 'postgres' })
await admin.connect()
const DB = 'concurrency_run'
const FRESH = 'concurrency_fresh'
for (const db of [DB, FRESH]) {
  await admin.query(`DROP DATABASE IF EXISTS ${db}`)
  await admin.query(`CREATE DATABASE ${db}`)
}
const connect = async (database) => {
  const c = new pg.Client({ database })
  await c.connect()
  await c.query('SET client_min_messages = warning')
  return c
}
const setup = await connect(DB)
await setup.query('CREATE EXTENSION prisma_ext')
await setup.query('SELECT prisma.db_push($1)', [SCHEMAS.v1])
await setup.query(`INSERT INTO "User" SELECT i, 'u' || i || '@x.io' FROM generate_series(1, 200) i`)
await setup.query(`INSERT INTO "Post" SELECT i, 'p' || i, 1 + i % 200 FROM generate_series(1, 1000) i`)

const versionOf = (source) => (source === SCHEMAS.v1 ? 'v1' : source === SCHEMAS.v2 ? 'v2' : '?')
const prismaCode = (message) => (/^(P\d{4})/.exec(message) ?? [])[1]

const stats = { pushes: 0, pushFailures: [], reads: 0, exactReads: 0, p2009: 0, readFailures: [] }
const deadline = Date.now() + seconds * 1000

// One pusher: alternate v1 and v2, starting from its own offset.
async function pusher(i) {
  const c = await connect(DB)
  let next = i % 2 ? 'v2' : 'v1'
  while (Date.now() < deadline) {
    try {
      await c.query('SELECT prisma.db_push($1, true)', [SCHEMAS[next]])
      stats.pushes++
    } catch (e) {
      stats.pushFailures.push(`${e.code} ${e.message}`)
    }
    next = next === 'v1' ? 'v2' : 'v1'
  }
  await c.end()
}

// Record a read's outcome; held is the schema in force, when known.
function judge(entry, held, error) {
  stats.reads++
  const code = error ? prismaCode(error.message) : undefined
  if (error && code !== 'P2009') {
    stats.readFailures.push(`${error.code} ${error.message} [${JSON.stringify(entry.doc)}]`)
    return
  }
  if (held) {
    stats.exactReads++
    const ok = entry.valid.includes(held)
    if (ok === Boolean(error))
      stats.readFailures.push(`${error ? 'rejected' : 'accepted'} under ${held}: ${JSON.stringify(entry.doc)}${error ? ' ' + error.message : ''}`)
  } else if (error && entry.valid.length === 2) {
    stats.readFailures.push(`P2009 for a document every schema accepts: ${error.message}`)
  }
  if (error) stats.p2009++
}

// One reader: documents in turn, alone and in a transaction.
async function reader(i) {
  const c = await connect(DB)
  let n = i
  while (Date.now() < deadline) {
    const entry = DOCS[n % DOCS.length]
    const text = JSON.stringify(entry.doc)
    if (n % 2 === 0) {
      try {
        await c.query('SELECT prisma.query($1)', [text])
        judge(entry, null, null)
      } catch (e) {
        judge(entry, null, e)
      }
    } else {
      await c.query('BEGIN')
      // reading the catalog locks it until COMMIT: no push can land between
      const held = versionOf((await c.query('SELECT source FROM prisma.active_schema')).rows[0].source)
      await c.query('SAVEPOINT q')
      try {
        await c.query('SELECT prisma.query($1)', [text])
        judge(entry, held, null)
      } catch (e) {
        await c.query('ROLLBACK TO SAVEPOINT q')
        judge(entry, held, e)
      }
      await c.query('COMMIT')
    }
    n++
  }
  await c.end()
}

const started = Date.now()
await Promise.all([
  ...Array.from({ length: nPushers }, (_, i) => pusher(i)),
  ...Array.from({ length: nReaders }, (_, i) => reader(i)),
])
const elapsed = (Date.now() - started) / 1000

// The tables, as a comparable description.
async function describe(c) {
  const q = async (sql) => (await c.query(sql)).rows.map((r) => Object.values(r).join(' | '))
  return [
    ...await q(`SELECT table_name, column_name, data_type, is_nullable, column_default
                FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    ...await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    ...await q(`SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace ORDER BY 1`),
  ]
}
const checks = []
const active = (await setup.query('SELECT prisma.schema() AS s')).rows[0].s
const fresh = await connect(FRESH)
await fresh.query('CREATE EXTENSION prisma_ext')
await fresh.query('SELECT prisma.db_push($1)', [active])
const live = await describe(setup)
const want = await describe(fresh)
const missing = want.filter((l) => !live.includes(l))
const extra = live.filter((l) => !want.includes(l))
checks.push(['the tables match a fresh push of the active schema', missing.length === 0 && extra.length === 0,
  [...missing.map((l) => `missing: ${l}`), ...extra.map((l) => `extra: ${l}`)].join('\n')])
const again = (await setup.query('SELECT prisma.db_push($1) AS script', [active])).rows[0].script
checks.push(['pushing the active schema again changes nothing', !/ALTER|CREATE|DROP/.test(again), again])
checks.push(['no push failed', stats.pushFailures.length === 0, stats.pushFailures.slice(0, 5).join('\n')])
checks.push(['no read failed but with its schema\'s validation error', stats.readFailures.length === 0,
  stats.readFailures.slice(0, 5).join('\n')])
checks.push(['reads and pushes both ran', stats.pushes > 10 && stats.reads > 100, ''])
await setup.end()
await fresh.end()
for (const db of [DB, FRESH]) await admin.query(`DROP DATABASE ${db}`)
await admin.end()

console.log(`concurrency figures: ${seconds} s, ${nReaders} readers, ${nPushers} pushers: ${stats.pushes} pushes (${(stats.pushes / elapsed).toFixed(1)}/s), ` +
  `${stats.reads} reads (${(stats.reads / elapsed).toFixed(0)}/s; ${stats.exactReads} checked against the schema in force, ` +
  `${stats.p2009} answered P2009), ${stats.pushFailures.length} failed pushes, ${stats.readFailures.length} failed reads`)
let passed = 0
let failed = 0
for (const [name, ok, detail] of checks) {
  if (ok) passed++
  else {
    failed++
    console.log(`FAIL ${name}${detail ? '\n' + detail : ''}`)
  }
}
console.log(`concurrency: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
