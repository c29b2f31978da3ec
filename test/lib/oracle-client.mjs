// The real Prisma 7 Client generated for a schema, once, into the oracle's
// cache directory (`clients/<hash>`); shared by the differential harness and
// the end-to-end benchmark.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'

// The oracle's generator, with the schema's own preview features added.
function generator(previewFeatures) {
  return `generator client {
  provider            = "prisma-client"
  output              = "../generated/prisma-ts"
  moduleFormat        = "esm"
  runtime             = "nodejs"
  previewFeatures     = ${JSON.stringify(['relationJoins', ...previewFeatures])}
  importFileExtension = "js"
}
`
}

// A schema's generator block (if any) taken out, and its previewFeatures.
function splitGenerator(schema) {
  const block = schema.match(/^generator\s+\w+\s*\{[^}]*\}\s*$/m)
  if (!block) return { rest: schema, previewFeatures: [] }
  const list = block[0].match(/previewFeatures\s*=\s*(\[[^\]]*\])/)
  return { rest: schema.replace(block[0], ''), previewFeatures: list ? JSON.parse(list[1]) : [] }
}

// Generate (once) the Prisma Client for a schema; returns its client.js path.
// A schema may have a generator block for its preview features (views,
// fullTextSearchPostgres); the oracle's own generator replaces it.
export function clientFor(oracleDir, schema) {
  const hash = crypto.createHash('md5').update(schema).digest('hex').slice(0, 12)
  const dir = path.join(oracleDir, 'clients', hash)
  const client = path.join(dir, 'generated/prisma/client.js')
  if (fs.existsSync(client)) return client
  fs.mkdirSync(path.join(dir, 'prisma'), { recursive: true })
  const { rest, previewFeatures } = splitGenerator(schema)
  fs.writeFileSync(path.join(dir, 'prisma/schema.prisma'), generator(previewFeatures) + rest)
  execFileSync(path.join(oracleDir, 'prisma-offline.sh'),
    ['generate', '--schema', path.join(dir, 'prisma/schema.prisma')], { stdio: 'pipe' })
  execFileSync('node', [path.join(oracleDir, 'build-client.mjs')], { cwd: dir, stdio: 'pipe' })
  return client
}
