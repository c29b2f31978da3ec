#!/bin/sh
# Regenerate the expected NAME.sql files with the real Prisma CLI (the oracle).
# Usage: test/psl/diff/gen.sh [NAME...]
# The CLI connects to DATABASE_URL (any reachable PostgreSQL) even for a diff.
ORACLE=${ORACLE:-/var/tmp/prisma-oracle}
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR"
[ $# -gt 0 ] || set -- $(ls *.from.prisma | sed 's/\.from\.prisma$//')
for n in "$@"; do
  (cd "$ORACLE" && ./prisma-offline.sh migrate diff --from-schema "$DIR/$n.from.prisma" \
     --to-schema "$DIR/$n.to.prisma" --script 2>/dev/null) > "$n.sql" \
    || echo "oracle failed on $n" >&2
done
