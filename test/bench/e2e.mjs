#!/usr/bin/env node
// End to end from Node through `pg`: the same operations three ways, one
// connection each, autocommit, on loopback:
//   prisma7   the real Prisma 7 Client (@prisma/adapter-pg), generated for
//             test/schemas/blog.prisma;
//   prisma_ext  SELECT prisma.query($1) with the document as a parameter;
//   hand      the hand-written statement with bound parameters.
// Operations: the nested create of test/bench/create_*.sql (a user with a
// profile and 10 posts) and the nested read of nested_*.sql (20 users with
// their 10 newest posts, profile and post count).
// Prints the mean latency of each and the ratios.  Not part of the test
// command (its figures depend on the machine).
//
// Usage: node e2e.mjs [iterations=2000]
// Env: PGHOST PGPORT PGUSER, ORACLE_DIR (the oracle with the Prisma 7 packages).
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { clientFor } from '../lib/oracle-client.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const require = createRequire(path.join(oracleDir, 'package.json'))
const pg = require('pg')
const { PrismaPg } = require('@prisma/adapter-pg')
const N = Number(process.argv[2] ?? 2000)
const WARMUP = Math.min(300, N)
const DB = 'prisma_e2e'

const schema = fs.readFileSync(path.join(repo, 'test/schemas/blog.prisma'), 'utf8')
const admin = new pg.Client({ database: 'postgres' })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
await admin.query(`CREATE DATABASE ${DB}`)
const db = new pg.Client({ database: DB })
await db.connect()
await db.query('CREATE EXTENSION prisma_ext')
await db.query('SELECT prisma.db_push($1)', [schema])
// seed.sql is a psql script: run it with psql
execFileSync(path.join(process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin', 'psql'),
  ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', DB, '-f', path.join(here, 'seed.sql')], { stdio: 'pipe' })

const { PrismaClient } = await import(pathToFileURL(clientFor(oracleDir, schema)).href)
const url = `postgresql://${process.env.PGUSER ?? 'postgres'}@${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? 5432}/${DB}`
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) })

const titles = Array.from({ length: 10 }, (_, i) => ({ title: `p${i + 1}` }))
const createData = () => ({ email: `${crypto.randomUUID()}@e2e.io`, name: 'Bench', profile: { create: { bio: 'hello' } }, posts: { create: titles } })
const HAND_CREATE = `WITH u AS (INSERT INTO "User" (email, name) VALUES ($1, $2) RETURNING id, email, name, role, "createdAt"),
     p AS (INSERT INTO "Profile" (bio, "userId") SELECT $3, id FROM u),
     ps AS (INSERT INTO "Post" (title, "authorId") SELECT t, u.id FROM u, unnest($4::text[]) t)
SELECT json_build_object('id', id, 'email', email, 'name', name, 'role', role,
         'createdAt', to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) FROM u`
// the nested read of nested_hand.sql, its :uid as $1
const handRead = fs.readFileSync(path.join(here, 'nested_hand.sql'), 'utf8')
const HAND_READ = handRead.slice(handRead.indexOf('SELECT'), handRead.indexOf(';', handRead.indexOf('SELECT')))
  .replace(/:uid/g, '$1').replace(/E'([^']*)'/g, (m, f) => `'${f.replace(/\\x3a/g, ':')}'`)
const readArgs = (uid) => ({ where: { id: { gt: uid } }, orderBy: { id: 'asc' }, take: 20,
  include: { posts: { orderBy: { createdAt: 'desc' }, take: 10 }, profile: true, _count: { select: { posts: true } } } })

async function time(label, fn) {
  for (let i = 0; i < WARMUP; i++) await fn(i)
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < N; i++) await fn(i)
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  const r = { label, mean_ms: ms / N }
  console.log(`${label.padEnd(28)} ${r.mean_ms.toFixed(3)} ms`)
  return r
}

const uidOf = (i) => (i * 7919) % 9980
const res = {}
res.createPrisma = await time('create: Prisma 7', () => prisma.user.create({ data: createData() }))
res.createExt = await time('create: prisma_ext', () => db.query('SELECT prisma.query($1)', [JSON.stringify({ model: 'User', action: 'create', args: { data: createData() } })]))
res.createHand = await time('create: hand-written CTE', () => db.query(HAND_CREATE, [`${crypto.randomUUID()}@e2e.io`, 'Bench', 'hello', titles.map((t) => t.title)]))
res.readPrisma = await time('nested read: Prisma 7', (i) => prisma.user.findMany(readArgs(uidOf(i))))
res.readExt = await time('nested read: prisma_ext', (i) => db.query('SELECT prisma.query($1)', [JSON.stringify({ model: 'User', action: 'findMany', args: readArgs(uidOf(i)) })]))
res.readHand = await time('nested read: hand-written', (i) => db.query(HAND_READ, [uidOf(i)]))

const r = (a, b) => (a / b).toFixed(2)
console.log(`create: prisma_ext / hand ${r(res.createExt.mean_ms, res.createHand.mean_ms)} (goal <= 1.15), Prisma 7 / prisma_ext ${r(res.createPrisma.mean_ms, res.createExt.mean_ms)}`)
console.log(`nested read: prisma_ext / hand ${r(res.readExt.mean_ms, res.readHand.mean_ms)}, Prisma 7 / prisma_ext ${r(res.readPrisma.mean_ms, res.readExt.mean_ms)}`)
await prisma.$disconnect()
await db.end()
await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
await admin.end()
