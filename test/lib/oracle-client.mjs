// The real Prisma 7 Client generated for a schema, once, into the oracle's
// cache directory (`clients/<hash>`); shared by the differential harness and
// the end-to-end benchmark.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'

const GENERATOR = `generator client {
  provider            = "prisma-client"
  output              = "../generated/prisma-ts"
  moduleFormat        = "esm"
  runtime             = "nodejs"
  previewFeatures     = ["relationJoins"]
  importFileExtension = "js"
}
`

// Generate (once) the Prisma Client for a schema; returns its client.js path.
export function clientFor(oracleDir, schema) {
  const hash = crypto.createHash('md5').update(schema).digest('hex').slice(0, 12)
  const dir = path.join(oracleDir, 'clients', hash)
  const client = path.join(dir, 'generated/prisma/client.js')
  if (fs.existsSync(client)) return client
  fs.mkdirSync(path.join(dir, 'prisma'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'prisma/schema.prisma'), GENERATOR + schema)
  execFileSync(path.join(oracleDir, 'prisma-offline.sh'),
    ['generate', '--schema', path.join(dir, 'prisma/schema.prisma')], { stdio: 'pipe' })
  execFileSync('node', [path.join(oracleDir, 'build-client.mjs')], { cwd: dir, stdio: 'pipe' })
  return client
}
