// Seeds for fuzz_query.c.  Writes OUTDIR/schemas/NNNN.prisma, every schema
// the documents were written for (the differential sets, the suites of
// Prisma's engine corpus, the pushes in sql/), and OUTDIR/seeds/*, one file
// per document: two bytes naming its schema (big-endian index into the
// schemas, in file-name order, as fuzz_query.c loads them) and the JSON.
// OUTDIR/regressions/* are test/query-fuzz/regressions/*.txt in the same
// form: each of those holds a schema's name on its first line
// ("differential/filters", "corpus/<file>.json", "sql/<file>.sql#<n>") and
// the document after it, so a pinned input keeps its schema when the list
// changes (a crash file libFuzzer writes is turned into one by hand).
// Usage: node seeds.mjs OUTDIR     Env: CORPUS_DIR (../shared/conformance/prisma-engines)
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')
const out = process.argv[2]
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repo, '../shared/conformance/prisma-engines')
fs.mkdirSync(path.join(out, 'schemas'), { recursive: true })
fs.mkdirSync(path.join(out, 'seeds'), { recursive: true })

const schemas = []
const names = new Map()
const seeds = []
const addSchema = (text, name) => { schemas.push(text); names.set(name, schemas.length - 1); return schemas.length - 1 }
const addSeed = (schema, doc) => seeds.push([schema, typeof doc === 'string' ? doc : JSON.stringify(doc)])

// the differential sets
const sets = path.join(repo, 'test/differential')
for (const set of fs.readdirSync(sets).sort()) {
  const dir = path.join(sets, set)
  if (!fs.existsSync(path.join(dir, 'schema.prisma'))) continue
  const i = addSchema(fs.readFileSync(path.join(dir, 'schema.prisma'), 'utf8'), `differential/${set}`)
  if (fs.existsSync(path.join(dir, 'docs.json'))) {
    for (const { name, ...doc } of JSON.parse(fs.readFileSync(path.join(dir, 'docs.json'), 'utf8'))) addSeed(i, doc)
  }
}
// Prisma's engine corpus, when it is there
if (fs.existsSync(corpusDir)) {
  for (const f of fs.readdirSync(corpusDir).filter((f) => /^[a-z].*\.json$/.test(f)).sort()) {
    const suite = JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8'))
    if (typeof suite.schema !== 'string') continue
    const i = addSchema(suite.schema, `corpus/${f}`)
    for (const t of suite.tests ?? []) for (const step of t.steps ?? []) if (step.doc) addSeed(i, step.doc)
  }
}
// sql/: each prisma.query document against the schema pushed before it
const sqlDir = path.join(repo, 'sql')
for (const f of fs.readdirSync(sqlDir).filter((f) => f.endsWith('.sql')).sort()) {
  const text = fs.readFileSync(path.join(sqlDir, f), 'utf8')
  const re = /db_push\(\s*\$(\w*)\$([\s\S]*?)\$\1\$|prisma\.query\('((?:[^']|'')*)'\)/g
  let current = -1
  let pushes = 0
  for (const m of text.matchAll(re)) {
    if (m[2] !== undefined) current = addSchema(m[2], `sql/${f}#${++pushes}`)
    else if (current >= 0) {
      const doc = m[3].replace(/''/g, "'")
      try { JSON.parse(doc); addSeed(current, doc) } catch { /* built with || */ }
    }
  }
}

const bytes = (i, doc) => Buffer.concat([Buffer.from([i >> 8, i & 255]), Buffer.from(doc)])
if (schemas.length > 65536) throw new Error('more schemas than two bytes name')
schemas.forEach((s, i) => fs.writeFileSync(path.join(out, 'schemas', `${String(i).padStart(4, '0')}.prisma`), s))
seeds.forEach(([i, doc], n) => fs.writeFileSync(path.join(out, 'seeds', `${n}`), bytes(i, doc)))
const regressions = path.join(here, 'regressions')
fs.mkdirSync(path.join(out, 'regressions'), { recursive: true })
for (const f of fs.readdirSync(regressions).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(regressions, f), 'utf8')
  const nl = text.indexOf('\n')
  const i = names.get(text.slice(0, nl).trim())
  if (i === undefined) throw new Error(`${f}: no schema named ${text.slice(0, nl)}`)
  fs.writeFileSync(path.join(out, 'regressions', f), bytes(i, text.slice(nl + 1).trimEnd()))
}
console.log(`${seeds.length} seeds over ${schemas.length} schemas`)
