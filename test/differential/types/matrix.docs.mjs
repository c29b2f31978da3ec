// The type matrix: every scalar field of the types set's Scalar and Native
// models, each with every argument that takes it: the filters of its type
// (with mode: "insensitive" for strings), null checks, orderBy with nulls,
// distinct, groupBy with having, aggregate, and writes (create, update,
// updateMany, atomic numeric operations). run.mjs appends these documents
// to docs.json's; each is named matrix_<model>_<field>_<argument>.

const date = (s) => ({ $date: s })
const dec = (s) => ({ $decimal: s })
const big = (s) => ({ $bigint: s })
const bytes = (s) => ({ $bytes: s })

// Field kinds decide the filters, aggregates and atomic operations.
// Values: a, b are in the seed (different rows); w is new, for writes.
const FIELDS = {
  Scalar: {
    str: { kind: 'string', a: 'hello', b: 'x', w: 'new "value"' },
    int: { kind: 'number', a: 42, b: -1, w: 17 },
    big: { kind: 'number', a: big('9007199254740993'), b: big('-1'), w: big('-9007199254740995') },
    float: { kind: 'number', a: 3.14, b: -2.5, w: 6.02e23 },
    dec: { kind: 'number', a: dec('1.5'), b: dec('-123.456'), w: dec('0.000000000000000000000000000012') },
    bool: { kind: 'bool', a: true, b: false, w: false },
    dt: { kind: 'ordered', a: date('1969-07-20T20:17:40.123Z'), b: date('1970-01-01T00:00:00Z'), w: date('1899-12-31T23:59:59.999Z') },
    bytes: { kind: 'bytes', a: bytes('AAH/'), b: bytes('AA=='), w: bytes('3q2+7w==') },
    mood: { kind: 'enum', a: 'HAPPY', b: 'MEH', w: 'SAD' },
  },
  Native: {
    tstz: { kind: 'ordered', a: date('2024-01-01T22:04:05.678Z'), b: date('2000-01-01T00:00:00Z'), w: date('2030-05-06T07:08:09.010Z') },
    ts6: { kind: 'ordered', a: date('1960-06-15T12:34:56.123Z'), b: date('2024-02-29T00:00:00Z'), w: date('1800-01-01T00:00:00.001Z') },
    date: { kind: 'ordered', a: date('1950-12-31T00:00:00Z'), b: date('2024-02-29T00:00:00Z'), w: date('2001-09-11T00:00:00Z') },
    time: { kind: 'ordered', a: date('1970-01-01T13:14:15.678Z'), b: date('1970-01-01T00:00:00Z'), w: date('1970-01-01T06:30:00.5Z') },
    timetz: { kind: 'ordered', a: date('1970-01-01T11:14:15.678Z'), b: date('1970-01-01T00:00:00Z'), w: date('1970-01-01T22:00:00Z') },
    dec: { kind: 'number', a: dec('12.34'), b: dec('-0.0001'), w: dec('12345678.1234') },
    money: { kind: 'number', a: dec('1234.56'), b: dec('0.01'), w: dec('-99.99') },
    real: { kind: 'number', a: 1e-7, b: 16777217, w: 0.5 },
    dbl: { kind: 'number', a: 2.718281828459045, b: -0.5, w: 1e-300 },
    small: { kind: 'number', a: 300, b: -32768, w: 32767 },
    int4: { kind: 'number', a: 123456, b: 0, w: -7 },
    oid: { kind: 'number', a: 4294967295, b: 1, w: 77 },
    big8: { kind: 'number', a: big('42'), b: big('-9223372036854775808'), w: big('9223372036854775807') },
    uuid: { kind: 'string', a: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', b: '00000000-0000-0000-0000-000000000000', w: '123e4567-e89b-12d3-a456-426614174000' },
    inet: { kind: 'string', a: '192.168.0.1/24', b: '::1', w: '10.1.2.3' },
    xml: { kind: 'string', a: '<b/>', b: '<empty/>', w: '<c>1</c>' },
    bit: { kind: 'string', a: '1010', b: '1111', w: '0101' },
    varbit: { kind: 'string', a: '101', b: '', w: '1' },
    char: { kind: 'string', a: 'abcde', b: 'a', w: 'xy' },
    varchar: { kind: 'string', a: 'short', b: '', w: 'SHORT' },
    text: { kind: 'string', a: 'long text', b: 'x', w: 'Long Text' },
    bytea: { kind: 'bytes', a: bytes('yv4='), b: bytes(''), w: bytes('AQID') },
    bool: { kind: 'bool', a: true, b: false, w: true },
  },
}

const ORDERED = new Set(['number', 'ordered', 'string'])

// The filters of a field kind, as {name: filter}.
function filters(f) {
  const out = {
    equals: { equals: f.a },
    not: { not: f.a },
    not_equals_b: { not: { equals: f.b } },
    null: null,
    not_null: { not: null },
  }
  if (f.kind !== 'bool') {
    out.in = { in: [f.a, f.b] }
    out.notIn = { notIn: [f.a] }
    out.in_empty = { in: [] }
  }
  if (ORDERED.has(f.kind)) {
    Object.assign(out, {
      lt: { lt: f.a }, lte: { lte: f.a }, gt: { gt: f.b }, gte: { gte: f.b },
      range: { gt: f.b, lte: f.a }, not_gt: { not: { gt: f.b } },
    })
  }
  if (f.kind === 'string') {
    const part = f.a.slice(1, 3)
    Object.assign(out, {
      contains: { contains: part },
      startsWith: { startsWith: f.a.slice(0, 2) },
      endsWith: { endsWith: f.a.slice(-2) },
      insensitive_equals: { equals: f.a.toUpperCase(), mode: 'insensitive' },
      insensitive_contains: { contains: part.toUpperCase(), mode: 'insensitive' },
      insensitive_in: { in: [f.a.toUpperCase(), f.b], mode: 'insensitive' },
      insensitive_gt: { gt: f.b.toUpperCase(), mode: 'insensitive' },
    })
  }
  return out
}

// Every document for one field.
function fieldDocs(model, name, f) {
  const docs = []
  const doc = (arg, action, args) => docs.push({ name: `matrix_${model}_${name}_${arg}`, model, action, args })
  const select = { id: true, [name]: true }
  for (const [arg, filter] of Object.entries(filters(f))) {
    doc(`where_${arg}`, 'findMany', { where: { [name]: filter }, select, orderBy: { id: 'asc' } })
  }
  doc('where_shorthand', 'findMany', { where: { [name]: f.a }, select, orderBy: { id: 'asc' } })
  doc('where_NOT', 'findMany', { where: { NOT: { [name]: f.a } }, select, orderBy: { id: 'asc' } })
  doc('count_where', 'count', { where: { [name]: { not: f.b } } })
  if (f.kind !== 'bool') {
    doc('orderBy_asc', 'findMany', { select, orderBy: [{ [name]: 'asc' }, { id: 'asc' }] })
    doc('orderBy_desc_nulls_last', 'findMany', { select, orderBy: [{ [name]: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] })
    doc('orderBy_take_skip', 'findMany', { select, orderBy: [{ [name]: 'desc' }, { id: 'desc' }], take: 2, skip: 1 })
  }
  doc('distinct', 'findMany', { select: { [name]: true }, distinct: [name], orderBy: { id: 'asc' } })
  doc('groupBy', 'groupBy', { by: [name], _count: { _all: true }, orderBy: { [name]: 'asc' } })
  doc('groupBy_having', 'groupBy', { by: [name], _count: { id: true }, having: { [name]: { not: f.b } }, orderBy: { [name]: 'desc' } })
  const agg = { _count: { [name]: true } }
  // Boolean _min / _max: Prisma 7 fails (min(boolean)), prisma_ext answers (a deliberate difference)
  if (f.kind !== 'bytes' && f.kind !== 'bool') Object.assign(agg, { _min: { [name]: true }, _max: { [name]: true } })
  if (f.kind === 'number') Object.assign(agg, { _avg: { [name]: true }, _sum: { [name]: true } })
  doc('aggregate', 'aggregate', agg)
  doc('aggregate_where', 'aggregate', { ...agg, where: { [name]: { not: null } }, orderBy: { id: 'desc' }, take: 2 })
  // writes
  doc('create', 'create', { data: { id: 100, [name]: f.w }, select })
  doc('create_null', 'create', { data: { id: 101, [name]: null }, select })
  doc('update_set', 'update', { where: { id: 1 }, data: { [name]: { set: f.b } }, select })
  doc('updateMany_where', 'updateMany', { where: { [name]: f.a }, data: { [name]: f.w } })
  doc('upsert_update', 'upsert', { where: { id: 3 }, create: { id: 3 }, update: { [name]: f.w }, select })
  if (f.kind === 'number') {
    const one = typeof f.a === 'number' ? 2 : f.a.$bigint ? big('2') : dec('2')
    for (const op of ['increment', 'decrement', 'multiply', 'divide']) {
      doc(`update_${op}`, 'update', { where: { id: 4 }, data: { [name]: { [op]: one } }, select })
    }
    doc('updateMany_increment', 'updateMany', { where: { [name]: { not: null } }, data: { [name]: { increment: one } } })
  }
  return docs
}

export default Object.entries(FIELDS).flatMap(([model, fields]) =>
  Object.entries(fields).flatMap(([name, f]) => fieldDocs(model, name, f)))
