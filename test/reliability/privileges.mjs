// Privileges (issue 11): prisma.query runs as the caller, through every
// path a document can take to a table, and the extension's own tables can
// be changed only through its functions.
//   - a role without SELECT on a table can't read it through nesting,
//     _count, aggregates, groupBy, relation filters or orderBy;
//   - row-level security filters nested relations, counts and aggregates;
//   - a role without INSERT, UPDATE or DELETE can't write through nested
//     writes, and the rest of the write is undone;
//   - a normal role can't change the catalog or forge a migration record;
//   - no SECURITY DEFINER function without a pinned search_path;
//   - a table, function or operator planted earlier on search_path is
//     never used.
// Usage: node privileges.mjs [--verbose]    Env: PGHOST PGPORT PGUSER ORACLE_DIR
import { freshDatabase, pg, tally } from './lib.mjs'

const dbName = 'reliability_privileges'
const t = tally('privileges', { quiet: true })
const check = (ok, label, detail) => t.check(ok, label, ok ? undefined : detail)

const admin = await freshDatabase(dbName)
for (const r of ['rel_noposts', 'rel_alice', 'rel_reader', 'rel_plain']) await admin.query(`DROP ROLE IF EXISTS ${r}`)
const owner = new pg.Client({ database: dbName })
await owner.connect()
const sql = (text, params) => owner.query(text, params)
await sql('SET client_min_messages = warning')
await sql('CREATE EXTENSION prisma_ext')
await sql(`SELECT prisma.db_push($1)`, [`datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}
model Post {
  id       Int    @id
  title    String
  views    Int    @default(0)
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  tags     Tag[]
}
model Tag {
  id    Int    @id
  name  String @unique
  posts Post[]
}
`])
await sql(`INSERT INTO "User" VALUES (1, 'alice@x'), (2, 'bob@x')`)
await sql(`INSERT INTO "Post" (id, title, views, "authorId") VALUES (1, 'a1', 5, 1), (2, 'a2', 7, 1), (3, 'b1', 100, 2)`)
await sql(`INSERT INTO "Tag" VALUES (1, 'pg')`)
await sql(`INSERT INTO "_PostToTag" VALUES (1, 1), (3, 1)`)
for (const r of ['rel_noposts', 'rel_alice', 'rel_reader', 'rel_plain']) {
  await sql(`CREATE ROLE ${r}`)
  await sql(`GRANT USAGE ON SCHEMA prisma TO ${r}`)
}
await sql(`GRANT SELECT ON "User", "Tag" TO rel_noposts`)
await sql(`GRANT SELECT, INSERT, UPDATE, DELETE ON "User", "Post", "Tag", "_PostToTag" TO rel_alice`)
await sql(`ALTER TABLE "Post" ENABLE ROW LEVEL SECURITY`)
await sql(`CREATE POLICY alice_reads ON "Post" USING ("authorId" = 1)`)
await sql(`GRANT SELECT, UPDATE ON "User" TO rel_reader`)
await sql(`GRANT SELECT ON "Post", "Tag", "_PostToTag" TO rel_reader`)
await sql(`CREATE POLICY reader_all ON "Post" FOR SELECT TO rel_reader USING (true)`)

// Run a document as a role, in a transaction that is rolled back.
async function as(role, doc, after) {
  await sql('BEGIN')
  try {
    await sql(`SET LOCAL ROLE ${role}`)
    const r = await sql('SELECT prisma.query($1) AS r', [JSON.stringify(doc)])
    const extra = after ? (await sql('RESET ROLE').then(() => sql(after))).rows : undefined
    return { value: r.rows[0].r, extra }
  } catch (e) {
    if (e.code === undefined) throw e
    return { error: e }
  } finally {
    await sql('ROLLBACK')
  }
}
const refused = async (role, label, doc) => {
  const r = await as(role, doc)
  check(r.error?.code === '42501', `${role}: ${label} is refused (42501)`, r.error ? `${r.error.code} ${r.error.message}` : `answered ${JSON.stringify(r.value)}`)
}
const answers = async (role, label, doc, want) => {
  const r = await as(role, doc)
  check(!r.error && JSON.stringify(r.value) === JSON.stringify(want), `${role}: ${label}`,
    r.error ? `${r.error.code} ${r.error.message}` : `got ${JSON.stringify(r.value)}, want ${JSON.stringify(want)}`)
}

// 1. no SELECT on Post: every path to it is refused
await answers('rel_noposts', 'reads its own tables', { model: 'User', action: 'count', args: {} }, 2)
for (const [label, doc] of [
  ['include', { model: 'User', action: 'findMany', args: { include: { posts: true } } }],
  ['nested select two levels down', { model: 'Tag', action: 'findMany', args: { select: { posts: { select: { author: true } } } } }],
  ['_count of a relation', { model: 'User', action: 'findMany', args: { select: { _count: { select: { posts: true } } } } }],
  ['relation filter some', { model: 'User', action: 'findMany', args: { where: { posts: { some: { title: 'b1' } } } } }],
  ['relation filter none', { model: 'User', action: 'count', args: { where: { posts: { none: {} } } } }],
  ['relation filter every', { model: 'Tag', action: 'findFirst', args: { where: { posts: { every: { views: { gt: 1 } } } } } }],
  ['orderBy a relation _count', { model: 'User', action: 'findMany', args: { orderBy: { posts: { _count: 'desc' } } } }],
  ['findMany', { model: 'Post', action: 'findMany', args: {} }],
  ['count', { model: 'Post', action: 'count', args: {} }],
  ['aggregate', { model: 'Post', action: 'aggregate', args: { _sum: { views: true } } }],
  ['groupBy', { model: 'Post', action: 'groupBy', args: { by: ['authorId'], _count: { _all: true } } }],
  ['a batch holding one such read', [{ model: 'User', action: 'count', args: {} }, { model: 'Post', action: 'count', args: {} }]],
]) await refused('rel_noposts', label, doc)

// 2. row-level security: alice sees her own posts only, on every path
await answers('rel_alice', 'include is filtered', { model: 'User', action: 'findMany', args: { select: { id: true, posts: { select: { id: true } } }, orderBy: { id: 'asc' } } },
  [{ id: 1, posts: [{ id: 1 }, { id: 2 }] }, { id: 2, posts: [] }])
await answers('rel_alice', '_count is filtered', { model: 'User', action: 'findMany', args: { select: { _count: { select: { posts: true } } }, orderBy: { id: 'asc' } } },
  [{ _count: { posts: 2 } }, { _count: { posts: 0 } }])
await answers('rel_alice', 'a relation filter sees no hidden row', { model: 'User', action: 'count', args: { where: { posts: { some: { title: 'b1' } } } } }, 0)
await answers('rel_alice', 'every over hidden rows is vacuous', { model: 'User', action: 'count', args: { where: { posts: { every: { views: { lt: 10 } } } } } }, 2)
await answers('rel_alice', 'm-n include is filtered', { model: 'Tag', action: 'findUnique', args: { where: { id: 1 }, select: { posts: { select: { id: true } } } } }, { posts: [{ id: 1 }] })
await answers('rel_alice', 'aggregate is filtered', { model: 'Post', action: 'aggregate', args: { _count: { _all: true }, _sum: { views: true }, _max: { views: true } } },
  { _count: { _all: 2 }, _sum: { views: 12 }, _max: { views: 7 } })
await answers('rel_alice', 'groupBy is filtered', { model: 'Post', action: 'groupBy', args: { by: ['authorId'], _count: { _all: true } } }, [{ _count: { _all: 2 }, authorId: 1 }])
await answers('rel_alice', 'orderBy _count is filtered', { model: 'User', action: 'findMany', args: { select: { id: true }, orderBy: [{ posts: { _count: 'asc' } }, { id: 'desc' }] } }, [{ id: 2 }, { id: 1 }])
await answers('rel_alice', 'updateMany touches only visible rows', { model: 'Post', action: 'updateMany', args: { data: { views: 0 } } }, { count: 2 })
await answers('rel_alice', 'deleteMany touches only visible rows', { model: 'Post', action: 'deleteMany', args: {} }, { count: 2 })
{
  const r = await as('rel_alice', { model: 'Post', action: 'create', args: { data: { id: 9, title: 'forged', author: { connect: { id: 2 } } } } })
  check(r.error?.code === '42501', 'rel_alice: a row the policy would hide can\'t be inserted (42501)', r.error?.message ?? JSON.stringify(r.value))
}
await answers('rel_alice', 'a hidden row is not found for update', { model: 'Post', action: 'updateMany', args: { where: { id: 3 }, data: { title: 'x' } } }, { count: 0 })

// 3. writes without the privilege: refused, and nothing else of the write stays
const tables = async () => (await sql(`SELECT (SELECT json_agg(u ORDER BY id) FROM "User" u)::text ||
  (SELECT json_agg(p ORDER BY id) FROM "Post" p)::text || (SELECT json_agg(x ORDER BY "A", "B") FROM "_PostToTag" x)::text AS t`)).rows[0].t
const before = await tables()
for (const [label, doc] of [
  ['nested create (no INSERT on Post)', { model: 'User', action: 'update', args: { where: { id: 1 }, data: { email: 'changed@x', posts: { create: { id: 10, title: 't' } } } } }],
  ['nested update (no UPDATE on Post)', { model: 'User', action: 'update', args: { where: { id: 1 }, data: { email: 'changed@x', posts: { updateMany: { where: {}, data: { views: 1 } } } } } }],
  ['nested delete (no DELETE on Post)', { model: 'User', action: 'update', args: { where: { id: 1 }, data: { email: 'changed@x', posts: { deleteMany: {} } } } }],
  ['nested connect of an m-n (no INSERT on _PostToTag)', { model: 'Post', action: 'update', args: { where: { id: 2 }, data: { tags: { connect: { id: 1 } } } } }],
  ['upsert creating (no INSERT on User)', { model: 'User', action: 'upsert', args: { where: { id: 5 }, create: { id: 5, email: 'e' }, update: {} } }],
  ['createMany (no INSERT on User)', { model: 'User', action: 'createMany', args: { data: [{ id: 6, email: 'f' }] } }],
  ['delete (no DELETE on User)', { model: 'User', action: 'delete', args: { where: { id: 2 } } }],
  ['a batch whose second write is refused', [{ model: 'User', action: 'update', args: { where: { id: 1 }, data: { email: 'changed@x' } } }, { model: 'Post', action: 'create', args: { data: { id: 11, title: 't', authorId: 1 } } }]],
]) {
  await sql('BEGIN')
  let err
  try {
    await sql('SET LOCAL ROLE rel_reader')
    await sql('SAVEPOINT w')
    await sql('SELECT prisma.query($1)', [JSON.stringify(doc)])
  } catch (e) {
    err = e
    await sql('ROLLBACK TO SAVEPOINT w')
  }
  await sql('RESET ROLE')
  const now = await tables()
  await sql('ROLLBACK')
  check(err?.code === '42501' && now === before, `rel_reader: ${label} is refused and undone`, err ? `${err.code} ${err.message}; tables ${now === before ? 'unchanged' : 'changed'}` : 'it ran')
}

// 4. the extension's tables change only through its functions
for (const stmt of [
  `INSERT INTO prisma.migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('forged', 'x', 'forged', now(), now(), 1)`,
  `UPDATE prisma.migrations SET checksum = 'x'`,
  `DELETE FROM prisma.ddl_history`,
  `SELECT * FROM prisma.ddl_history`,
  `UPDATE prisma.active_schema SET source = ''`,
  `DELETE FROM prisma.models`,
  `INSERT INTO prisma.fields SELECT * FROM prisma.fields`,
  `SELECT prisma.db_push('datasource db {\n  provider = "postgresql"\n}\n')`,
  `SELECT prisma.migrate_resolve('x', 'applied')`,
  `SELECT * FROM prisma.migrate_deploy('[{"name":"forged","sql":"SELECT 1"}]')`,
]) {
  await sql('BEGIN')
  let err
  try {
    await sql('SET LOCAL ROLE rel_plain')
    await sql(stmt)
  } catch (e) { err = e }
  await sql('ROLLBACK')
  check(err && ['42501', '42P01'].includes(err.code) || /permission denied|must be owner|privilege/i.test(err?.message ?? ''),
    `rel_plain: ${stmt.slice(0, 70)} is refused`, err ? `${err.code} ${err.message}` : 'it ran')
}
const forged = (await sql(`SELECT count(*)::int AS n FROM prisma.migrations WHERE migration_name = 'forged'`)).rows[0].n
check(forged === 0, 'no migration record was forged')

// 5. SECURITY DEFINER only with a pinned search_path
const definers = (await sql(`SELECT p.proname, p.proconfig FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'prisma_ext' WHERE p.prosecdef`)).rows
check(definers.every((d) => (d.proconfig ?? []).some((c) => c.startsWith('search_path='))),
  `SECURITY DEFINER functions (${definers.length}) all pin search_path`, JSON.stringify(definers))

// 6. search_path tricks: a shadow table, function and operator earlier on the path
await sql('CREATE SCHEMA shadow')
await sql('CREATE TABLE shadow."User" (id int, email text)')
await sql(`INSERT INTO shadow."User" VALUES (1, 'planted')`)
await sql(`CREATE FUNCTION shadow.json_agg(anyelement) RETURNS json LANGUAGE sql AS $$ SELECT '"planted"'::json $$`)
await sql(`CREATE FUNCTION shadow.json_build_object(text, text) RETURNS json LANGUAGE sql AS $$ SELECT '"planted"'::json $$`)
await sql(`CREATE FUNCTION shadow.int4eq_planted(int, int) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$`)
await sql(`CREATE OPERATOR shadow.= (LEFTARG = int, RIGHTARG = int, FUNCTION = shadow.int4eq_planted)`)
await sql('GRANT USAGE ON SCHEMA shadow TO rel_alice')
await sql('GRANT SELECT ON shadow."User" TO rel_alice')
await sql('BEGIN')
await sql('SET LOCAL search_path = shadow, public, pg_catalog')
const shadowed = (await sql('SELECT prisma.query($1) AS r', [JSON.stringify({ model: 'User', action: 'findMany', args: { where: { id: 2 }, select: { email: true } } })])).rows[0].r
await sql('ROLLBACK')
check(JSON.stringify(shadowed) === '[{"email":"bob@x"}]', 'a shadow table, function and operator on search_path are not used', JSON.stringify(shadowed))

await owner.end()
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
for (const r of ['rel_noposts', 'rel_alice', 'rel_reader', 'rel_plain']) await admin.query(`DROP ROLE IF EXISTS ${r}`)
await admin.end()
t.finish()
