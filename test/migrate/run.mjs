#!/usr/bin/env node
// Migrate in the database against the real Prisma 7 (issue 10):
//   1. evolution: a schema's life in 23 steps (evolution.mjs); at each step
//      prisma.migrate_diff(previous, next), and the migration migrate_dev
//      records and applies, must be Prisma's `migrate diff --script` text,
//      byte for byte; at every fourth step, so must the diff from the live
//      database (migrate_diff_from_database, --from-config-datasource);
//   2. interop: the migrations exported with scripts/prisma-migrations and
//      deployed with the real `prisma migrate deploy` to a second database
//      give the same pg_dump, with the same checksums in _prisma_migrations;
//      Prisma's own migration files deployed with scripts/prisma-migrations
//      to a third database give it too, and migrate_status is up to date;
//   3. drift: DDL by hand shows in migrate_status and blocks migrate_dev;
//   4. db_pull: on the tables Prisma's DDL makes for each schema of the
//      differential sets, test/schemas and the evolution, and on tables
//      made by hand-written SQL (pull/*.sql), prisma.db_pull prints what
//      `prisma db pull --print` prints, and pushing it to an empty database
//      gives the same pg_dump (hand-made: pulls the same schema again);
//   5. a pg_dump of a migrated database restores with its migrations and
//      without drift;
//   6. fault: the backend running a long migration is killed with SIGKILL;
//      after PostgreSQL's restart the database is unchanged and the
//      migration is not recorded as applied.
// Prints "migrate: N passed, M failed".  --corpus adds db_pull over the
// ~340 schemas of Prisma's engine test corpus (test/ddl-compare/corpus).
// Env: PGHOST PGPORT PGUSER PG_BIN ORACLE_DIR; MIGRATE_NO_FAULT=1 skips part 6
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import steps from './evolution.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const oracleDir = process.env.ORACLE_DIR ?? '/var/tmp/prisma-ext-oracle'
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'
const require = createRequire(path.join(oracleDir, 'package.json'))
const pg = require('pg')
const host = process.env.PGHOST ?? '127.0.0.1', port = process.env.PGPORT ?? 5432, user = process.env.PGUSER ?? 'postgres'
const url = (db) => `postgresql://${user}@${host}:${port}/${db}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-ext-migrate-'))

let passed = 0, failed = 0
function check(ok, what, detail = '') {
  if (ok) passed++
  else {
    failed++
    console.log(`FAIL ${what}${detail ? '\n  ' + String(detail).replace(/\n/g, '\n  ') : ''}`)
  }
}

function prisma(args, db) {
  return execFileSync(path.join(oracleDir, 'prisma-offline.sh'), args,
    { env: { ...process.env, DATABASE_URL: url(db) }, stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

function dump(db) {
  return execFileSync(path.join(pgBin, 'pg_dump'), ['--schema-only', '--no-owner', '-N', 'prisma',
    '-T', 'public._prisma_migrations', '-d', url(db)]).toString()
    .split('\n').filter((l) => !/^\\(un)?restrict |^-- Dumped (from|by) /.test(l)).join('\n')
}

function helper(args, db) {
  const r = spawnSync(path.join(repo, 'scripts/prisma-migrations'), args, { env: { ...process.env, DATABASE_URL: url(db) } })
  if (r.status !== 0) throw new Error(`prisma-migrations ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.toString()
}

async function connect(db) {
  const c = new pg.Client({ connectionString: url(db) })
  await c.connect()
  await c.query('SET client_min_messages = warning')
  return c
}

const admin = await connect('postgres')
const dbs = ['mig_ours', 'mig_prisma', 'mig_back', 'mig_fault']
for (const db of dbs) {
  await admin.query(`DROP DATABASE IF EXISTS ${db}`)
  await admin.query(`CREATE DATABASE ${db} TEMPLATE template0`)
}
for (const db of dbs) {
  const c = await connect(db)
  await c.query('CREATE EXTENSION prisma_ext')
  await c.end()
}

// 1. evolution
const ours = await connect('mig_ours')
const prismaDir = path.join(tmp, 'prisma-made')
let previous = null
for (const [i, { name, schema }] of steps.entries()) {
  const to = path.join(tmp, `${i}.prisma`)
  fs.writeFileSync(to, schema)
  let theirs
  try {
    theirs = prisma(['migrate', 'diff', ...(previous === null ? ['--from-empty'] : ['--from-schema', path.join(tmp, `${i - 1}.prisma`)]),
      '--to-schema', to, '--script'], 'postgres')
  } catch (e) {
    check(false, `step ${i} ${name}: Prisma could not diff`, e.stderr?.toString() ?? e.message)
    previous = schema
    continue
  }
  const diff = (await ours.query('SELECT prisma.migrate_diff($1, $2) AS d', [previous, schema])).rows[0].d
  check(diff === theirs, `step ${i} ${name}: migrate_diff is Prisma's script`, `Prisma:\n${theirs}\nours:\n${diff}`)
  if (i % 4 === 1) {
    // from the live database (introspected) to the next schema, as --from-config-datasource
    const cfgLive = fs.mkdtempSync(path.join(oracleDir, 'migrate-live-'))
    fs.writeFileSync(path.join(cfgLive, 'prisma.config.ts'), `import { defineConfig } from 'prisma/config'
export default defineConfig({ schema: ${JSON.stringify(to)}, datasource: { url: process.env.DATABASE_URL } })
`)
    const list = schema.match(/^\s*schemas\s*=\s*(\[[^\]]*\])/m)
    let live
    try {
      live = prisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', to, '--script', '--config', path.join(cfgLive, 'prisma.config.ts')], 'mig_ours')
    } catch (e) {
      live = 'error: ' + (e.stderr?.toString() ?? e.message)
    }
    fs.rmSync(cfgLive, { recursive: true, force: true })
    const oursLive = (await ours.query('SELECT prisma.migrate_diff_from_database($1, $2) AS d', [schema, list ? JSON.parse(list[1]) : null])).rows[0].d
    check(oursLive === live, `step ${i} ${name}: migrate_diff_from_database is Prisma's --from-config-datasource script`,
      `Prisma:\n${live}\nours:\n${oursLive}`)
  }
  let dev
  try {
    dev = (await ours.query('SELECT * FROM prisma.migrate_dev($1, $2, accept_data_loss => true)', [name, schema])).rows[0]
  } catch (e) {
    dev = { status: 'error: ' + e.message, script: '' }
  }
  check(dev.status === 'applied' && dev.script === theirs, `step ${i} ${name}: migrate_dev applies Prisma's script`,
    `status ${dev.status}\n${dev.script}`)
  const list = schema.match(/^\s*schemas\s*=\s*(\[[^\]]*\])/m)
  const rest = (await ours.query('SELECT prisma.migrate_diff_from_database($1, $2) AS d', [schema, list ? JSON.parse(list[1]) : null])).rows[0].d
  check(!/^[^-\n]/m.test(rest), `step ${i} ${name}: after it the live tables diff to nothing`, rest)
  const folder = path.join(prismaDir, `${String(20300101000000 + i)}_${name}`)
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, 'migration.sql'), theirs)
  previous = schema
}
const finalSchema = path.join(tmp, `${steps.length - 1}.prisma`)
const status = (await ours.query('SELECT prisma.migrate_status() AS s')).rows[0].s
check(status.up_to_date === true && status.migrations.length === steps.length,
  `after ${steps.length} steps migrate_status is up to date`, JSON.stringify(status).slice(0, 500))

// 2. interop: ours -> the Prisma CLI
const exported = path.join(tmp, 'exported')
helper(['export', path.join(exported, 'migrations'), path.join(exported, 'schema.prisma')], 'mig_ours')
const files = fs.readdirSync(path.join(exported, 'migrations')).filter((f) => f !== 'migration_lock.toml').sort()
check(files.length === steps.length, 'export writes one migration.sql per migration', files.join(', '))
check(fs.readFileSync(path.join(exported, 'schema.prisma'), 'utf8') === steps.at(-1).schema, 'export writes the active schema')
// a config of our own beside the oracle's (so it resolves 'prisma/config')
const cfgDir = fs.mkdtempSync(path.join(oracleDir, 'migrate-test-'))
fs.writeFileSync(path.join(cfgDir, 'prisma.config.ts'), `import { defineConfig } from 'prisma/config'
export default defineConfig({
  schema: ${JSON.stringify(path.join(exported, 'schema.prisma'))},
  migrations: { path: ${JSON.stringify(path.join(exported, 'migrations'))} },
  datasource: { url: process.env.DATABASE_URL },
})
`)
try {
  prisma(['migrate', 'deploy', '--config', path.join(cfgDir, 'prisma.config.ts')], 'mig_prisma')
  check(true, 'prisma migrate deploy takes the exported migrations')
} catch (e) {
  check(false, 'prisma migrate deploy takes the exported migrations', e.stderr?.toString() ?? e.message)
}
fs.rmSync(cfgDir, { recursive: true, force: true })
check(dump('mig_prisma') === dump('mig_ours'), 'the Prisma-deployed database equals ours (pg_dump)')
const theirRecords = await connect('mig_prisma')
const theirSums = (await theirRecords.query('SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1')).rows
await theirRecords.end()
const ourSums = (await ours.query('SELECT migration_name, checksum FROM prisma.migrations ORDER BY 1')).rows
check(JSON.stringify(theirSums) === JSON.stringify(ourSums), 'Prisma records the same names and checksums')

// 2b. the Prisma CLI's files -> ours
const deployed = helper(['deploy', prismaDir, finalSchema], 'mig_back')
check((deployed.match(/\| applied/g) ?? []).length === steps.length, 'prisma-migrations deploy applies Prisma\'s files', deployed)
check(dump('mig_back') === dump('mig_ours'), 'the database deployed from Prisma\'s files equals ours (pg_dump)')
const backStatus = JSON.parse(helper(['status', prismaDir], 'mig_back'))
check(backStatus.up_to_date === true && backStatus.pending.length === 0, 'migrate_status against Prisma\'s files is up to date',
  JSON.stringify(backStatus).slice(0, 300))
const back = await connect('mig_back')
const q = (await back.query(`SELECT prisma.query('{"model":"Category","action":"create","args":{"data":{"name":"c","posts":{"create":{"title":"t","body":"b","slug":"s"}}},"include":{"posts":true}}}') AS r`)).rows[0].r
check(q.posts?.length === 1, 'the deployed schema is active: prisma.query writes through it', JSON.stringify(q))
await back.end()

// 3. drift
await ours.query('ALTER TABLE "Category" ADD COLUMN "note" text')
const drift = (await ours.query('SELECT prisma.migrate_status() AS s')).rows[0].s
check(drift.up_to_date === false && drift.drift.length === 1 && drift.drift[0].includes('ALTER TABLE'),
  'DDL by hand is drift in migrate_status', JSON.stringify(drift.drift))
let refused = ''
try {
  await ours.query('SELECT * FROM prisma.migrate_dev($1, $2)', ['after_drift', steps.at(-1).schema.replace('name  String', 'name  String?')])
} catch (e) {
  refused = e.message
}
check(refused.startsWith('Drift detected'), 'migrate_dev refuses on drift', refused)
await ours.end()

// 4. db_pull: the same text as `prisma db pull --print`, and pushing it gives the same tables
const pullSchemas = [
  ...fs.readdirSync(path.join(repo, 'test/differential')).filter((d) => fs.existsSync(path.join(repo, 'test/differential', d, 'schema.prisma')))
    .map((d) => [`differential/${d}`, fs.readFileSync(path.join(repo, 'test/differential', d, 'schema.prisma'), 'utf8')]),
  ...fs.readdirSync(path.join(repo, 'test/schemas')).map((f) => [`schemas/${f}`, fs.readFileSync(path.join(repo, 'test/schemas', f), 'utf8')]),
  ...steps.filter((_, i) => i % 5 === 4 || i === steps.length - 1).map(({ name, schema }) => [`evolution/${name}`, schema]),
  ...fs.readdirSync(path.join(here, 'pull')).filter((f) => f.endsWith('.sql'))
    .map((f) => [`hand-written ${f}`, null, fs.readFileSync(path.join(here, 'pull', f), 'utf8')]),
  ...(process.argv.includes('--corpus') ? fs.readdirSync(path.join(repo, 'test/ddl-compare/corpus')).filter((f) => f.endsWith('.prisma'))
    .map((f) => [`corpus/${f}`, fs.readFileSync(path.join(repo, 'test/ddl-compare/corpus', f), 'utf8')]) : []),
]
for (const [label, schema, handSql] of pullSchemas) {
  const schemas = schema?.match(/^\s*schemas\s*=\s*(\[[^\]]*\])/m)
  const list = schemas ? JSON.parse(schemas[1]) : null
  const file = path.join(tmp, 'pull.prisma')
  if (schema) fs.writeFileSync(file, schema)
  for (const db of ['mig_pull', 'mig_repush']) {
    await admin.query(`DROP DATABASE IF EXISTS ${db}`)
    await admin.query(`CREATE DATABASE ${db} TEMPLATE template0`)
  }
  const r = spawnSync(path.join(pgBin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url('mig_pull')],
    { input: 'SET client_min_messages = warning; CREATE EXTENSION prisma_ext;\n' +
      (handSql ?? prisma(['migrate', 'diff', '--from-empty', '--to-schema', file, '--script'], 'postgres')) })
  if (r.status !== 0) {
    check(false, `db_pull ${label}: Prisma's DDL`, r.stderr.toString())
    continue
  }
  // Prisma's pull, with a schema holding only the datasource
  const cfgPull = fs.mkdtempSync(path.join(oracleDir, 'migrate-pull-'))
  fs.writeFileSync(path.join(cfgPull, 'schema.prisma'), `datasource db {\n  provider = "postgresql"\n${list ? `  schemas  = ${JSON.stringify(list)}\n` : ''}}\n`)
  fs.writeFileSync(path.join(cfgPull, 'prisma.config.ts'), `import { defineConfig } from 'prisma/config'
export default defineConfig({ schema: ${JSON.stringify(path.join(cfgPull, 'schema.prisma'))}, datasource: { url: process.env.DATABASE_URL } })
`)
  let theirs = ''
  try {
    theirs = prisma(['db', 'pull', '--print', '--config', path.join(cfgPull, 'prisma.config.ts')], 'mig_pull')
  } catch (e) {
    theirs = 'error: ' + (e.stderr?.toString() ?? e.message)
  }
  fs.rmSync(cfgPull, { recursive: true, force: true })
  const pc = await connect('mig_pull')
  const ourPull = (await pc.query('SELECT prisma.db_pull($1) AS s', [list])).rows[0].s
  await pc.end()
  check(ourPull.trimEnd() === theirs.trimEnd(), `db_pull ${label}: Prisma's db pull text`, `Prisma:\n${theirs}\nours:\n${ourPull}`)
  const rc = await connect('mig_repush')
  try {
    await rc.query('CREATE EXTENSION prisma_ext')
    await rc.query('SELECT prisma.db_push($1)', [ourPull])
    if (handSql) {
      // tables made by hand differ in details Prisma does not keep (a UNIQUE constraint is
      // a unique index after the push): pulling the pushed tables gives the same schema
      const again = (await rc.query('SELECT prisma.db_pull($1) AS s', [list])).rows[0].s
      check(again === ourPull, `db_pull ${label}: the pushed schema pulls the same again`, again)
    } else
      check(dump('mig_repush') === dump('mig_pull'), `db_pull ${label}: pushing the pulled schema gives the same tables`)
  } catch (e) {
    check(false, `db_pull ${label}: pushing the pulled schema`, e.message)
  }
  await rc.end()
}
for (const db of ['mig_pull', 'mig_repush']) await admin.query(`DROP DATABASE IF EXISTS ${db}`)

// 5. pg_dump keeps the migration records: a restored database is up to date, without drift
await admin.query('DROP DATABASE IF EXISTS mig_restore')
await admin.query('CREATE DATABASE mig_restore TEMPLATE template0')
const dumped = execFileSync(path.join(pgBin, 'pg_dump'), ['-d', url('mig_back')])
const restored = spawnSync(path.join(pgBin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url('mig_restore')], { input: dumped })
check(restored.status === 0, 'a pg_dump of a migrated database restores', restored.stderr?.toString())
const rs = await connect('mig_restore')
const restoredStatus = (await rs.query('SELECT prisma.migrate_status() AS s')).rows[0].s
check(restoredStatus.up_to_date === true && restoredStatus.migrations.length === steps.length,
  'after a restore the migrations are there and there is no drift', JSON.stringify(restoredStatus).slice(0, 400))
await rs.query('ALTER TABLE "Category" ADD COLUMN "later" int')
const later = (await rs.query('SELECT prisma.migrate_status() AS s')).rows[0].s
check(later.drift.some((l) => l.includes('"later"')), 'DDL by hand after a restore is drift', JSON.stringify(later.drift))
await rs.end()
await admin.query('DROP DATABASE IF EXISTS mig_restore')

// 6. fault: SIGKILL the backend in the middle of a long migration
// (MIGRATE_NO_FAULT=1 skips it, for a run beside other work on the same server)
if (process.env.MIGRATE_NO_FAULT !== '1') {
const victim = await connect('mig_fault')
const pid = (await victim.query('SELECT pg_backend_pid() AS p')).rows[0].p
victim.on('error', () => {})
const long = [{ name: '20300101000000_long', sql: 'CREATE TABLE "Victim" (id int);\nINSERT INTO "Victim" SELECT g FROM generate_series(1, 1000) g;\nSELECT pg_sleep(120);\n' }]
const running = victim.query('SELECT * FROM prisma.migrate_deploy($1)', [JSON.stringify(long)]).then(() => 'finished', (e) => e.message)
let sleeping = false
for (let i = 0; i < 100 && !sleeping; i++) {
  sleeping = (await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND query LIKE '%migrate_deploy%' AND wait_event = 'PgSleep'", [pid])).rows[0].n === 1
  if (!sleeping) await new Promise((r) => setTimeout(r, 100))
}
check(sleeping, 'the long migration is running')
admin.on('error', () => {})
const killed = spawnSync('kill', ['-9', String(pid)])
check(killed.status === 0, 'the backend is killed with SIGKILL', killed.stderr?.toString())
const outcome = await running
check(outcome !== 'finished', 'the migration did not finish', outcome)
// PostgreSQL restarts after a backend crash; wait for it
let after = null
for (let i = 0; i < 120 && !after; i++) {
  try {
    after = await connect('mig_fault')
  } catch {
    await new Promise((r) => setTimeout(r, 500))
  }
}
check(after !== null, 'PostgreSQL is back after the crash')
if (after) {
  const table = (await after.query(`SELECT to_regclass('public."Victim"') IS NULL AS gone`)).rows[0].gone
  check(table, 'the migration\'s table is not there')
  const rec = (await after.query("SELECT count(*)::int AS n FROM prisma.migrations WHERE migration_name = '20300101000000_long' AND finished_at IS NOT NULL")).rows[0].n
  check(rec === 0, 'the migration is not recorded as applied')
  const st = (await after.query('SELECT prisma.migrate_status($1) AS s', [JSON.stringify(long)])).rows[0].s
  check(st.pending.includes('20300101000000_long'), 'migrate_status shows it not applied', JSON.stringify(st).slice(0, 300))
  const again = (await after.query('SELECT * FROM prisma.migrate_deploy($1)', [JSON.stringify([{ name: long[0].name, sql: 'CREATE TABLE "Victim" (id int);\n' }])])).rows
  check(again[0]?.status === 'applied', 'it deploys after the restart', JSON.stringify(again))
  await after.end()
}
}

const cleanup = await connect('postgres')
for (const db of dbs) await cleanup.query(`DROP DATABASE IF EXISTS ${db}`)
await cleanup.end()
fs.rmSync(tmp, { recursive: true, force: true })
console.log(`migrate: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
