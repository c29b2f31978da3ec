#!/usr/bin/env bash
# Refresh corpus/: every distinct schema of Prisma's engine test corpus
# (../shared/conformance/prisma-engines) with the SQL the real Prisma 7
# `migrate diff --from-empty --script` makes of it.  run.sh --corpus then
# compares db_push with that SQL without running the Prisma CLI.
# Usage: gen-corpus.sh   (needs the oracle: ORACLE_DIR, and DATABASE_URL naming
# a reachable PostgreSQL: the CLI connects to it even for a diff)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ORACLE_DIR=${ORACLE_DIR:-/var/tmp/prisma-ext-oracle}
rm -rf "$here/corpus" && mkdir -p "$here/corpus"
python3 - "$here/../../../shared/conformance/prisma-engines" "$here/corpus" <<'PY'
import glob, hashlib, json, os, sys
src, out = sys.argv[1], sys.argv[2]
seen = set()
for f in sorted(glob.glob(os.path.join(src, '*.json'))):
    d = json.load(open(f))
    if not isinstance(d, dict):
        continue
    for s in [d.get('schema')] + [t.get('schema') for t in d.get('tests', [])]:
        if not s:
            continue
        h = hashlib.md5(s.encode()).hexdigest()[:8]
        if h in seen:
            continue
        seen.add(h)
        name = os.path.basename(f)[:-5][:60]
        open(os.path.join(out, f'{name}_{h}.prisma'), 'w').write(s)
PY
for f in "$here"/corpus/*.prisma; do
  (cd "$ORACLE_DIR" && ./prisma-offline.sh migrate diff --from-empty --to-schema "$f" --script 2>/dev/null) \
    >"${f%.prisma}.sql" || { echo "oracle failed on $f" >&2; rm -f "${f%.prisma}.sql"; }
done
ls "$here"/corpus/*.sql | wc -l
