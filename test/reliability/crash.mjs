// Crash safety (issue 11): the backend running a large nested write, and
// then one running a batch, is killed with SIGKILL midway.  PostgreSQL
// restarts; afterwards nothing of either is there, the rows before them are
// intact, no row is orphaned, prisma.query answers, and migrate_status
// reports what is true.  (The kill -9 of a migration is in test/migrate.)
// Every connection of the server is broken by the restart: run it last.
// Usage: node crash.mjs    Env: PGHOST PGPORT PGUSER ORACLE_DIR
import { spawnSync } from 'node:child_process'
import { pg, tally } from './lib.mjs'

const dbName = 'reliability_crash'
const t = tally('crash')
const check = t.check
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function connect(database) {
  const c = new pg.Client({ database })
  c.on('error', () => {})
  await c.connect()
  return c
}
// PostgreSQL restarts every backend after one crashes: wait until it answers
async function reconnect(database) {
  for (let i = 0; i < 120; i++) {
    try { return await connect(database) } catch { await sleep(500) }
  }
  return null
}

let admin = await connect('postgres')
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0`)
await admin.end()
let db = await connect(dbName)
await db.query('SET client_min_messages = warning')
await db.query('CREATE EXTENSION prisma_ext')
const schema = `datasource db {
  provider = "postgresql"
}
model Parent {
  id       Int     @id
  name     String
  children Child[]
}
model Child {
  id       Int    @id @default(autoincrement())
  name     String
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade)
}
`
await db.query('SELECT * FROM prisma.migrate_dev($1, $2)', ['init', schema])
await db.query(`SELECT prisma.query('{"model":"Parent","action":"create","args":{"data":{"id":1,"name":"before","children":{"create":[{"name":"a"},{"name":"b"}]}}}}')`)

const children = (n, prefix) => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}` }))
const scenarios = [
  ['a nested create of 300k children', { model: 'Parent', action: 'create', args: { data: { id: 2, name: 'killed', children: { create: children(300000, 'w') } }, select: { id: true } } }],
  ['a batch: a nested create, an update, a delete', [
    { model: 'Parent', action: 'create', args: { data: { id: 3, name: 'killed', children: { create: children(300000, 'b') } }, select: { id: true } } },
    { model: 'Parent', action: 'update', args: { where: { id: 1 }, data: { name: 'changed' } } },
    { model: 'Child', action: 'deleteMany', args: { where: { parentId: 1 } } },
  ]],
]
for (const [label, doc] of scenarios) {
  await db.query(`SET prisma.max_document_bytes = '64MB'`)
  const pid = (await db.query('SELECT pg_backend_pid() AS p')).rows[0].p
  const watcher = await connect(dbName)
  const running = db.query('SELECT prisma.query($1) IS NOT NULL', [JSON.stringify(doc)]).then(() => 'finished', (e) => e.message)
  // let it run into the write (300 ms of a write of about 1.5 s here)
  let active = false
  for (let i = 0; i < 100 && !active; i++) {
    active = (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND now() - query_start > interval '300 ms'`, [pid])).rows[0].n === 1
    if (!active) await sleep(20)
  }
  check(active, `${label}: running`)
  const killed = spawnSync('kill', ['-9', String(pid)])
  check(killed.status === 0, `${label}: its backend is killed with SIGKILL`, killed.stderr?.toString())
  const outcome = await running
  check(outcome !== 'finished', `${label}: did not finish`, outcome.slice(0, 80))
  db = await reconnect(dbName)
  check(db !== null, `${label}: PostgreSQL is back`)
  if (!db) break
  const state = (await db.query(`SELECT
      (SELECT count(*)::int FROM "Parent") AS parents,
      (SELECT name FROM "Parent" WHERE id = 1) AS name,
      (SELECT count(*)::int FROM "Child") AS children,
      (SELECT count(*)::int FROM "Child" c WHERE NOT EXISTS (SELECT FROM "Parent" p WHERE p.id = c."parentId")) AS orphans`)).rows[0]
  check(state.parents === 1 && state.name === 'before' && state.children === 2 && state.orphans === 0,
    `${label}: nothing of it is there, the rows before it are intact`, JSON.stringify(state))
  const answer = (await db.query(`SELECT prisma.query('{"model":"Parent","action":"findMany","args":{"include":{"_count":true}}}') AS r`)).rows[0].r
  check(JSON.stringify(answer) === '[{"id":1,"name":"before","_count":{"children":2}}]', `${label}: prisma.query answers after the restart`, JSON.stringify(answer))
  const status = (await db.query('SELECT prisma.migrate_status() AS s')).rows[0].s
  check(status.up_to_date === true && status.failed.length === 0 && status.drift.length === 0,
    `${label}: migrate_status tells the truth (up to date, no drift)`, JSON.stringify(status).slice(0, 200))
}
if (db) await db.end()
admin = await reconnect('postgres')
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.end()
t.finish()
