// Load (issue 11): pgbench clients on loopback mix nested creates, nested
// updates, upserts racing on the same keys, deletes that cascade and nested
// reads (test/reliability/load/*.sql), then invariants are checked in SQL:
//   - every create a client reports (in a ledger row written in the same
//     transaction) is there once, with all its children;
//   - nothing a delete removed is left, and no row is orphaned;
//   - the upserts add up: accounts created plus increments = upserts run;
//   - each nested update added exactly one post;
//   - racing connectOrCreates made each of 20 tags once;
//   - no client aborted (an upsert or a connectOrCreate raising P2002, or
//     any other error, aborts its pgbench client); serialization failures
//     and deadlocks would be retried and counted (pgbench --max-tries) and
//     are reported.
// Usage: node load.mjs [--seconds 30] [--clients 32]
// Env: PGHOST PGPORT PGUSER ORACLE_DIR PG_BIN
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freshDatabase, pg, tally } from './lib.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : dflt }
const seconds = arg('--seconds', 30)
const clients = arg('--clients', 32)
const dbName = 'reliability_load'
const scripts = ['create', 'update', 'upsert', 'delete', 'read']
const t = tally('load')
const check = t.check

const admin = await freshDatabase(dbName)
const db = new pg.Client({ database: dbName })
await db.connect()
await db.query('SET client_min_messages = warning')
await db.query('CREATE EXTENSION prisma_ext')
await db.query('SELECT prisma.db_push($1)', [`datasource db {
  provider = "postgresql"
}
model Account {
  id      Int    @id @default(autoincrement())
  email   String @unique
  name    String
  counter Int    @default(0)
  posts   Post[]
}
model Post {
  id        Int       @id @default(autoincrement())
  title     String
  accountId Int
  account   Account   @relation(fields: [accountId], references: [id], onDelete: Cascade)
  comments  Comment[]
  tags      Tag[]

  @@index([accountId])
}
model Comment {
  id     Int    @id @default(autoincrement())
  body   String
  postId Int
  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)

  @@index([postId])
}
model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
`])
// the 20 accounts the nested updates share (the 20 tags are made by the
// connectOrCreates that race for them)
await db.query(`INSERT INTO "Account" (email, name) SELECT 'n' || g, 'n' FROM generate_series(1, 20) g`)
// what the clients report: each write script records itself in the same
// transaction, so a transaction cut off when the time is up counts nowhere
await db.query('CREATE TABLE bench_ledger (op text)')

const started = Date.now()
const bench = spawnSync(path.join(pgBin, 'pgbench'), [
  '-n', '-c', String(clients), '-j', String(Math.min(clients, 4)), '-T', String(seconds), '--max-tries=10',
  '-D', 'seq=0', // each client numbers its creates: c<client>-<seq> never repeats
  ...scripts.map((s) => ['-f', path.join(here, 'load', `${s}.sql`)]).flat(), dbName,
], { encoding: 'utf8', maxBuffer: 64 << 20 })
const out = bench.stdout + bench.stderr
// per script: "SQL script N: .../create.sql ... - 1234 transactions (...)"
const done = {}
for (const m of out.matchAll(/SQL script \d+: \S*\/(\w+)\.sql[\s\S]*?- (\d+) transactions/g)) done[m[1]] = Number(m[2])
const failed = Number(out.match(/number of failed transactions: (\d+)/)?.[1] ?? 0)
const retried = Number(out.match(/number of transactions retried: (\d+)/)?.[1] ?? 0)
const aborted = out.match(/client \d+ (script \d+ )?aborted/g) ?? []
check(bench.status === 0 && aborted.length === 0 && scripts.every((s) => done[s] > 0),
  `pgbench ran ${clients} clients for ${seconds} s, no client aborted`, bench.status === 0 ? '' : out.split('\n').filter((l) => /abort|ERROR|error/.test(l)).slice(0, 5).join(' | '))
const one = async (sql) => Object.values((await db.query(sql)).rows[0])[0]
const ledger = Object.fromEntries((await db.query('SELECT op, count(*)::int AS n FROM bench_ledger GROUP BY op')).rows.map((r) => [r.op, r.n]))
const creates = ledger.create ?? 0, updates = ledger.update ?? 0, upserts = ledger.upsert ?? 0, deletes = ledger.delete ?? 0, reads = done.read ?? 0
check(['create', 'update', 'upsert', 'delete'].every((s) => (ledger[s] ?? 0) >= done[s] && (ledger[s] ?? 0) <= done[s] + clients),
  'the clients\' ledger matches pgbench\'s counts (but for transactions cut off at the end)', JSON.stringify({ ledger, pgbench: done }))

check(await one(`SELECT count(*)::int FROM "Account" WHERE email LIKE 'c%'`) === creates, 'every nested create is there once', `${creates} creates`)
check(await one(`SELECT count(*)::int FROM "Post" p JOIN "Account" a ON a.id = p."accountId" WHERE a.email LIKE 'c%'`) === 2 * creates, 'with both its posts')
check(await one(`SELECT count(*)::int FROM "Comment" c JOIN "Post" p ON p.id = c."postId" JOIN "Account" a ON a.id = p."accountId" WHERE a.email LIKE 'c%'`) === 4 * creates, 'and their four comments')
check(await one(`SELECT count(*)::int FROM "Account" WHERE email LIKE 'd%'`) === 0, 'every delete removed its account', `${deletes} deletes`)
check(await one(`SELECT count(*)::int FROM "Post" p WHERE NOT EXISTS (SELECT FROM "Account" a WHERE a.id = p."accountId")`) === 0 &&
  await one(`SELECT count(*)::int FROM "Comment" c WHERE NOT EXISTS (SELECT FROM "Post" p WHERE p.id = c."postId")`) === 0 &&
  await one(`SELECT count(*)::int FROM "_PostToTag" x WHERE NOT EXISTS (SELECT FROM "Post" p WHERE p.id = x."A") OR NOT EXISTS (SELECT FROM "Tag" t WHERE t.id = x."B")`) === 0 &&
  await one(`SELECT count(*)::int FROM "Post" p JOIN "Account" a ON a.id = p."accountId" WHERE a.email LIKE 'd%'`) === 0,
  'no orphan posts, comments or m-n rows')
check(await one(`SELECT count(*)::int FROM "Tag"`) <= 20 &&
  await one(`SELECT count(*)::int FROM "Post" p WHERE p.title = 'p1' AND NOT EXISTS (SELECT FROM "_PostToTag" x WHERE x."A" = p.id)`) === 0,
  'racing connectOrCreates made each tag once and connected every post to one')
const upsertAccounts = await one(`SELECT count(*)::int FROM "Account" WHERE email LIKE 'u%'`)
const increments = await one(`SELECT coalesce(sum(counter), 0)::int FROM "Account" WHERE email LIKE 'u%'`)
check(upsertAccounts + increments === upserts && upsertAccounts <= 50, 'the upserts add up (created + incremented = run)',
  `${upserts} upserts: ${upsertAccounts} created, ${increments} increments`)
check(await one(`SELECT count(*)::int FROM "Post" p JOIN "Account" a ON a.id = p."accountId" WHERE a.email LIKE 'n%'`) === updates,
  'each nested update added one post', `${updates} updates`)

const ops = creates + updates + upserts + 2 * deletes + reads
console.log(`load figures: ${clients} clients, ${seconds} s: ${ops} prisma.query calls (${(ops / seconds).toFixed(0)}/s; ${creates} nested creates, ${updates} nested updates, ${upserts} upserts, ${deletes} create+delete pairs, ${reads} nested reads), ${failed} failed and ${retried} retried transactions, ${aborted.length} aborted clients, 0 lost rows checked by ${t.pass + t.fail - 1} invariants, ${((Date.now() - started) / 1000).toFixed(0)} s`)
if (t.fail) fs.writeFileSync(path.join('/tmp', 'reliability-load-pgbench.log'), out)
await db.end()
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.end()
t.finish()
