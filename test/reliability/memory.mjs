// Memory (issue 11): a findMany returning 1M rows, a nested include of
// 100k children, and a 10 MB document each complete, or fail cleanly, and
// the backend's peak RSS (VmHWM, read from /proc on this machine) is
// reported; each runs in a fresh backend so its peak is its own.  The
// bound asserted is generous (1 GB): the point is that memory follows the
// result's size, not that a document can exhaust the server.
// Usage: node memory.mjs    Env: PGHOST PGPORT PGUSER ORACLE_DIR
import fs from 'node:fs'
import { freshDatabase, pg, tally } from './lib.mjs'

const dbName = 'reliability_memory'
const BOUND_MB = 1024
const t = tally('memory')
const check = t.check
const figures = []

const admin = await freshDatabase(dbName)
const setup = new pg.Client({ database: dbName })
await setup.connect()
await setup.query('SET client_min_messages = warning')
await setup.query('CREATE EXTENSION prisma_ext')
await setup.query(`SELECT prisma.db_push($1)`, [`datasource db {
  provider = "postgresql"
}
model Row {
  id    Int    @id
  label String
  n     Float
}
model Parent {
  id       Int     @id
  children Child[]
}
model Child {
  id       Int    @id @default(autoincrement())
  name     String
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id])
}
`])
await setup.query(`INSERT INTO "Row" SELECT g, 'row ' || g, g / 7.0 FROM generate_series(1, 1000000) g`)
await setup.query(`INSERT INTO "Parent" VALUES (1)`)
await setup.query(`INSERT INTO "Child" (name, "parentId") SELECT 'child ' || g, 1 FROM generate_series(1, 100000) g`)
await setup.query('ANALYZE')
await setup.end()

// peak and current RSS of a backend, in MB
function rss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (k) => Number(status.match(new RegExp(`${k}:\\s+(\\d+) kB`))[1])
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 }
}

const bigDoc = { model: 'Row', action: 'createMany', args: { data: Array.from({ length: 135000 }, (_, i) => ({ id: 2000000 + i, label: `a label of some length ${i}`, n: i / 3 })) } }
for (const [label, doc, check_] of [
  ['findMany of 1M rows', { model: 'Row', action: 'findMany', args: {} }, (r) => r.length === 1000000],
  ['a nested include of 100k children', { model: 'Parent', action: 'findMany', args: { include: { children: { include: { parent: true } } } } }, (r) => r[0].children.length === 100000],
  [`a ${(JSON.stringify(bigDoc).length / 1e6).toFixed(0)} MB createMany document`, bigDoc, (r) => r.count === 135000],
]) {
  const c = new pg.Client({ database: dbName })
  await c.connect()
  await c.query(`SET prisma.max_document_bytes = '64MB'`)
  const pid = (await c.query('SELECT pg_backend_pid() AS p')).rows[0].p
  const before = rss(pid)
  const t0 = performance.now()
  let ok, detail
  try {
    await c.query('BEGIN')
    const r = (await c.query('SELECT prisma.query($1)::text AS r', [JSON.stringify(doc)])).rows[0].r
    await c.query('ROLLBACK')
    ok = check_(JSON.parse(r))
    detail = `${(r.length / 1e6).toFixed(1)} MB of JSON`
  } catch (e) {
    ok = e.code !== undefined && e.code !== 'XX000' && e.code !== '53200'
    detail = `failed: ${e.code} ${e.message}`
  }
  const after = rss(pid)
  const ms = performance.now() - t0
  figures.push(`${label}: peak RSS ${after.peak.toFixed(0)} MB (${before.peak.toFixed(0)} MB before), ${ms.toFixed(0)} ms`)
  check(ok && after.peak < BOUND_MB, `${label} completes, peak RSS ${after.peak.toFixed(0)} MB`, detail)
  await c.end()
}

await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.end()
console.log(`memory figures: ${figures.join('; ')}`)
t.finish()
