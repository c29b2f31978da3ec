// Injection and escaping (issue 11): hostile inputs tried as a new user
// would, each asserted to either work (the data round-trips exactly) or to
// fail with a clean error: a Prisma code and a SQLSTATE that is neither an
// internal error (XX000) nor one that generated SQL went wrong (a syntax
// error, an unknown table, column, function or type: the signs of a name or
// value reaching SQL text).  A table "Victim" that every payload names must
// come out of the run untouched.
//
//   - names that need quoting (quotes, spaces, reserved words, unicode, $$,
//     ;, --, format directives, 63 bytes and more) as @map/@@map of models,
//     fields, enums, enum values, relations and indexes, through db_push,
//     reads, nested writes, aggregations, db_pull and a second push;
//   - string values with quotes, backslashes, NUL, % and _, lone surrogates,
//     and long values, in writes and filters;
//   - JSON keys that try SQL, in every argument position;
//   - numbers at and beyond every type's limits.
//
// Usage: node injection.mjs [--verbose]    Env: PGHOST PGPORT PGUSER ORACLE_DIR
import { freshDatabase, pg, tally } from './lib.mjs'

const dbName = 'reliability_injection'

// SQLSTATEs that mean generated SQL went wrong, never a clean refusal
const BROKEN = new Set(['XX000', 'XX001', 'XX002', '42601', '42P01', '42703', '42883', '42704', '42P02',
  '42804', '42846', '42725', '42P18', '0A000'])
const outcomes = { works: 0, refused: 0 }
const t = tally('injection', { quiet: true })
const report = t.check

// Run one SQL call; { value } or { error: {code, message} }; a lost connection throws.
async function call(client, sql, params) {
  try {
    const r = await client.query(sql, params)
    return { value: r.rows[0] ? Object.values(r.rows[0])[0] : undefined }
  } catch (e) {
    if (e.code === undefined) throw new Error(`the connection broke on ${sql.slice(0, 200)}: ${e.message}`)
    return { error: { code: e.code, message: e.message } }
  }
}

// (a schema's own syntax error is P1012 with 42601, which is clean)
const clean = (err) => /^P\d{4}: /.test(err.message) &&
  (!BROKEN.has(err.code) || (err.code === '42601' && err.message.startsWith('P1012')))

// One case: expect 'works' (check(value) must hold), 'refused' (a clean
// error), or 'either' (works and checks, or refuses cleanly).
async function attempt(client, label, expect, sql, params, check = () => true) {
  const out = await call(client, 'SAVEPOINT c', [])
  if (out.error) throw new Error(out.error.message)
  const r = await call(client, sql, params)
  if (r.error) {
    await client.query('ROLLBACK TO SAVEPOINT c')
    await client.query('RELEASE SAVEPOINT c')
    const ok = clean(r.error) && expect !== 'works'
    if (ok) outcomes.refused++
    report(ok, `${label}: refused`, `${r.error.code} ${r.error.message.split('\n')[0].slice(0, 200)}`)
    return undefined
  }
  await client.query('RELEASE SAVEPOINT c')
  let checked
  try { checked = check(r.value) } catch (e) { checked = false }
  const ok = expect !== 'refused' && checked === true
  if (ok) outcomes.works++
  report(ok, `${label}: works`, ok ? '' : `got ${JSON.stringify(r.value)?.slice(0, 300)}`)
  return r.value
}

const query = (client, label, expect, doc, check) =>
  attempt(client, label, expect, 'SELECT prisma.query($1) AS r', [typeof doc === 'string' ? doc : JSON.stringify(doc)], check)

// A PSL string literal.
const psl = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"'

const admin = await freshDatabase(dbName, "ENCODING 'UTF8'")
const client = new pg.Client({ database: dbName })
await client.connect()
await client.query('SET client_min_messages = warning')
await client.query('CREATE EXTENSION prisma_ext')
await client.query('CREATE SCHEMA bystander')
await client.query('CREATE TABLE bystander."Victim" (id int PRIMARY KEY, v text)')
await client.query(`INSERT INTO bystander."Victim" VALUES (1, 'intact'), (2, 'intact')`)
await client.query('BEGIN')

// 1. Hostile names, as the database names of every kind of schema object
const NAMES = [
  'we"ird', "it's", 'a b', 'select', 'user', 'ü名', '$$', 'a;b', '--c', 'x\'; DROP TABLE bystander."Victim"; --',
  'a\\b', '"); DROP TABLE bystander."Victim"; --', '%s%n%x', '$1', 'a.b', 'ORDER BY', '🙂 emoji', 'tab\there',
  'new\nline', '*/ /*', '%', '_', 'NULL', '0digit', 'A"B""C', 'pg_class', 'Ünïcödé ✓', 'x'.repeat(63),
]
const TOO_LONG = ['y'.repeat(64), 'é'.repeat(40)] // 64 and 80 bytes: longer than PostgreSQL's identifiers
const schemaFor = (n, extra = '') => `datasource db {
  provider = "postgresql"
}
enum Kind {
  one ${'@map(' + psl(n) + ')'}
  two
  @@map(${psl(n.slice(0, 55) + '_e')})
}
model Thing {
  id    Int      @id @default(autoincrement())
  label String   @unique @map(${psl(n.slice(0, 55) + '_l')})
  kind  Kind     @default(one)
  tags  String[] @map(${psl(n.slice(0, 55) + '_t')})
  parts Part[]${extra}
  @@index([kind], map: ${psl(n.slice(0, 55) + '_i')})
  @@map(${psl(n)})
}
model Part {
  id      Int   @id @default(autoincrement())
  thingId Int   @map(${psl(n.slice(0, 55) + '_f')})
  thing   Thing @relation(fields: [thingId], references: [id], onDelete: Cascade, map: ${psl(n.slice(0, 55) + '_k')})
  @@map(${psl(n.slice(0, 55) + '_p')})
}
`
for (const n of NAMES) {
  const tag = `name ${JSON.stringify(n.length > 20 ? n.slice(0, 20) + '…' : n)}`
  const pushed = await attempt(client, `${tag} db_push`, 'works', 'SELECT prisma.db_push($1, true) AS r', [schemaFor(n)],
    (v) => typeof v === 'string' && v.includes('CREATE TABLE'))
  if (pushed === undefined) continue
  const label = `v${n}'"\\`
  await query(client, `${tag} nested create`, 'works',
    { model: 'Thing', action: 'create', args: { data: { label, kind: 'one', tags: [n, label], parts: { create: [{}, {}] } }, include: { parts: true } } },
    (v) => v.label === label && v.kind === 'one' && v.tags[0] === n && v.parts.length === 2)
  await query(client, `${tag} findUnique`, 'works', { model: 'Thing', action: 'findUnique', args: { where: { label }, select: { label: true, tags: true } } },
    (v) => v.label === label && v.tags[1] === label)
  await query(client, `${tag} filters`, 'works',
    { model: 'Thing', action: 'findMany', args: { where: { kind: { in: ['one'] }, tags: { has: n }, parts: { some: {} }, label: { startsWith: 'v' } }, orderBy: { label: 'desc' } } },
    (v) => v.length === 1 && v[0].label === label)
  await query(client, `${tag} nested update`, 'works',
    { model: 'Thing', action: 'update', args: { where: { label }, data: { kind: 'two', parts: { updateMany: { where: {}, data: {} }, create: {} } }, select: { kind: true, _count: { select: { parts: true } } } } },
    (v) => v.kind === 'two' && v._count.parts === 3)
  await query(client, `${tag} upsert`, 'works',
    { model: 'Thing', action: 'upsert', args: { where: { label: n }, create: { label: n, tags: [] }, update: {}, select: { label: true } } },
    (v) => v.label === n)
  await query(client, `${tag} groupBy`, 'works',
    { model: 'Thing', action: 'groupBy', args: { by: ['kind'], _count: { _all: true }, orderBy: { kind: 'asc' } } },
    (v) => v.length === 2 && v[0].kind === 'one' && v[1]._count._all === 1)
  await query(client, `${tag} aggregate`, 'works',
    { model: 'Part', action: 'aggregate', args: { where: { thing: { label } }, _count: { _all: true }, _max: { id: true } } },
    (v) => v._count._all === 3)
  await query(client, `${tag} delete with cascade`, 'works',
    { model: 'Thing', action: 'delete', args: { where: { label }, select: { label: true } } }, (v) => v.label === label)
  await query(client, `${tag} count after`, 'works', { model: 'Part', action: 'count', args: {} }, (v) => v === 0)
  await attempt(client, `${tag} db_pull and push back`, 'works', 'SELECT prisma.db_push(prisma.db_pull()) AS r', [],
    (v) => v.trim() === '-- This is an empty migration.')
  await attempt(client, `${tag} migrate_diff`, 'works', 'SELECT prisma.migrate_diff($1, $2) AS r',
    [schemaFor(n), schemaFor(n, `\n  note  String? @map(${psl(n.slice(0, 55) + '_n')})`)], (v) => v.includes('ADD COLUMN'))
  await attempt(client, `${tag} second push`, 'works', 'SELECT prisma.db_push($1, true) AS r',
    [schemaFor(n, `\n  note  String? @map(${psl(n.slice(0, 55) + '_n')})`)], (v) => v.includes('ADD COLUMN'))
}
for (const n of TOO_LONG) {
  await attempt(client, `name of ${Buffer.byteLength(n)} bytes db_push`, 'refused', 'SELECT prisma.db_push($1, true) AS r', [schemaFor(n)])
}
await client.query('COMMIT')
await client.query('BEGIN')

// 2. Hostile string values: round-trip through a write, equals and contains
await client.query(`SELECT prisma.db_push($1, true)`, [`datasource db {
  provider = "postgresql"
}
model Note {
  id    Int      @id @default(autoincrement())
  text  String   @unique
  data  Json?
  lines String[]
}
model Num {
  id  Int       @id @default(autoincrement())
  i   Int?
  s   Int?      @db.SmallInt
  b   BigInt?
  f   Float?
  r   Float?    @db.Real
  d   Decimal?
  n   Decimal?  @db.Decimal(5, 2)
  t   DateTime?
  dt  DateTime? @db.Date
}
`])
const VALUES = ["'", "''", '"', '\\', "\\'", '%', '_', '%_%', "' OR '1'='1", '"); DROP TABLE bystander."Victim"; --',
  '$1', '$$', '$tag$', '--', '/*', '*/', 'NULL', 'null', '\r\n', '\t', 'ü名🙂', '\u202eRTL', 'e\u0301', '\\x00',
  '{}', '[]', '${x}', '%s%n', 'a'.repeat(100000), '名'.repeat(50000), '\\\\%\\_']
for (const [i, v] of VALUES.entries()) {
  const tag = `value ${i} ${JSON.stringify(v.slice(0, 16))}`
  await query(client, `${tag} create`, 'works',
    { model: 'Note', action: 'create', args: { data: { text: v, data: { [v]: v }, lines: [v, v] } } },
    (r) => r.text === v && r.data[v] === v && r.lines[1] === v)
  await query(client, `${tag} equals`, 'works', { model: 'Note', action: 'findMany', args: { where: { text: v }, select: { text: true } } },
    (r) => r.length === 1 && r[0].text === v)
  await query(client, `${tag} insensitive equals`, 'works',
    { model: 'Note', action: 'count', args: { where: { text: { equals: v, mode: 'insensitive' } } } }, (r) => r >= 1)
  await query(client, `${tag} has`, 'works', { model: 'Note', action: 'count', args: { where: { lines: { has: v } } } }, (r) => r === 1)
  await query(client, `${tag} json path`, 'works',
    { model: 'Note', action: 'count', args: { where: { data: { path: [v], equals: v } } } }, (r) => r === 1)
  // contains keeps LIKE semantics (SPEC §3): % and _ match anything, \ escapes
  await query(client, `${tag} contains`, 'either',
    { model: 'Note', action: 'count', args: { where: { text: { contains: v } } } }, (r) => r >= (v.includes('\\') ? 0 : 1))
}
for (const [label, v] of [['NUL', 'a\u0000b'], ['lone surrogate', '\ud800'], ['NUL alone', '\u0000']]) {
  await query(client, `value ${label} create`, 'refused', `{"model":"Note","action":"create","args":{"data":{"text":${JSON.stringify(v)}}}}`)
  await query(client, `value ${label} in a filter`, 'refused', `{"model":"Note","action":"findMany","args":{"where":{"text":${JSON.stringify(v)}}}}`)
}
await query(client, 'value: a lone surrogate escape', 'refused', '{"model":"Note","action":"create","args":{"data":{"text":"\\udc00x"}}}')
await query(client, 'value: a truncated document', 'refused', '{"model":"Note","action":"create","args":{"data":{"text":"x')

// 3. JSON keys that try SQL, in every position
const KEYS = ['id" OR 1=1 --', "text' OR '1'='1", 'text; DROP TABLE bystander."Victim"', '"text"', 'text--',
  'TEXT', ' text', 'text ', '__proto__', 'constructor', '', '$1', 'pg_sleep(10)', 'text)', 'id::text']
for (const k of KEYS) {
  const tag = `key ${JSON.stringify(k)}`
  for (const [where, doc] of [
    ['where', { model: 'Note', action: 'findMany', args: { where: { [k]: 'x' } } }],
    ['select', { model: 'Note', action: 'findMany', args: { select: { [k]: true } } }],
    ['orderBy', { model: 'Note', action: 'findMany', args: { orderBy: { [k]: 'asc' } } }],
    ['data', { model: 'Note', action: 'create', args: { data: { text: 'k', [k]: 'x' } } }],
    ['groupBy by', { model: 'Note', action: 'groupBy', args: { by: [k] } }],
    ['model', { model: k, action: 'findMany', args: {} }],
    ['action', { model: 'Note', action: k, args: {} }],
    ['filter operator', { model: 'Note', action: 'findMany', args: { where: { text: { [k]: 'x' } } } }],
  ]) await query(client, `${tag} in ${where}`, 'refused', doc)
}

// 4. Numbers at and beyond every type's limits
const NUMBER_CASES = [
  ['i', 2147483647, 'works'], ['i', -2147483648, 'works'], ['i', 2147483648, 'refused'], ['i', -2147483649, 'refused'],
  ['i', 1.5, 'refused'], ['i', '1', 'refused'], ['i', '9007199254740993', 'refused'], ['i', 1e300, 'refused'],
  ['s', 32767, 'works'], ['s', -32768, 'works'], ['s', 32768, 'refused'], ['s', -32769, 'refused'],
  ['b', '9223372036854775807', 'works'], ['b', '-9223372036854775808', 'works'], ['b', '9223372036854775808', 'refused'],
  ['b', '-9223372036854775809', 'refused'], ['b', '1e3', 'refused'], ['b', 9007199254740991, 'works'],
  ['b', '99999999999999999999999999', 'refused'],
  ['f', 1.7976931348623157e308, 'works'], ['f', 5e-324, 'works'], ['f', -0, 'works'], ['f', 'NaN', 'refused'],
  ['r', 3.4e38, 'works'], ['r', 1e39, 'refused'],
  ['d', '1e-30', 'works'], ['d', '99999999999999999999999999999999999.5', 'works'], ['d', '1' + '0'.repeat(35), 'refused'],
  ['d', 'abc', 'refused'], ['d', '1e400', 'refused'], ['n', '999.99', 'works'], ['n', '1000', 'refused'], ['n', '0.005', 'works'],
  ['t', '1970-01-01T00:00:00.000Z', 'works'], ['t', '9999-12-31T23:59:59.999Z', 'works'], ['t', '2024-02-30T00:00:00Z', 'refused'],
  ['t', 'not a date', 'refused'], ['t', '+275760-09-13T00:00:00.000Z', 'refused'], ['dt', '0001-01-01T00:00:00.000Z', 'works'],
]
for (const [field, value, expect] of NUMBER_CASES) {
  const v = typeof value === 'string' && ['b', 'd', 'n'].includes(field) && /^-?[0-9.e]+$/.test(value) && field === 'b'
    ? { $type: 'BigInt', value } : typeof value === 'string' && ['d', 'n'].includes(field) ? { $type: 'Decimal', value }
      : typeof value === 'string' && ['t', 'dt'].includes(field) ? { $type: 'DateTime', value } : value
  await query(client, `number ${field} = ${JSON.stringify(value).slice(0, 40)}`, expect,
    { model: 'Num', action: 'create', args: { data: { [field]: v } } }, (r) => r[field] !== null)
}
// the same limits as raw JSON numbers (jansson reads past int64 as a real)
for (const [text, expect] of [['9223372036854775807', 'works'], ['9223372036854775808', 'refused'], ['-9223372036854775809', 'refused'],
  ['1e309', 'refused'], ['-1e309', 'refused'], ['1' + '0'.repeat(400), 'refused']]) {
  await query(client, `raw BigInt ${text.slice(0, 30)}`, expect, `{"model":"Num","action":"create","args":{"data":{"b":${text}}}}`,
    (r) => r.b === text)
}
for (const [arg, value] of [['take', 2147483648], ['take', -9223372036854775808], ['skip', 1e20], ['take', 1.5], ['skip', -1]]) {
  await query(client, `${arg} ${value}`, 'either', { model: 'Num', action: 'findMany', args: { [arg]: value } }, (r) => Array.isArray(r))
}
await client.query('COMMIT')

const victim = await client.query('SELECT count(*)::int AS n, bool_and(v = \'intact\') AS ok FROM bystander."Victim"')
report(victim.rows[0].n === 2 && victim.rows[0].ok, 'the bystander table is untouched')
await client.end()
await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.end()
console.log(`injection figures: ${t.pass + t.fail} hostile inputs tried, ${outcomes.works} worked and round-tripped, ${outcomes.refused} refused cleanly, ${t.fail} failed`)
t.finish()
