// Regenerate the expected outputs of the validation cases from the real
// Prisma 7.10 schema validator (@prisma/prisma-schema-wasm).
// Usage: node gen-expected.cjs CASES_DIR   (needs PRISMA_SCHEMA_WASM=path/to/package)
const w = require(process.env.PRISMA_SCHEMA_WASM || '@prisma/prisma-schema-wasm');
const fs = require('fs'), path = require('path');
const dir = process.argv[2];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.prisma')).sort()) {
  const s = fs.readFileSync(path.join(dir, f), 'utf8');
  let out;
  try {
    w.validate(JSON.stringify({ prismaSchema: [['schema.prisma', s]], noColor: true }));
    out = 'valid';
  } catch (e) {
    out = JSON.parse(e.message ?? e).message;
  }
  fs.writeFileSync(path.join(dir, f.replace(/\.prisma$/, '.expected')), out + '\n');
}
