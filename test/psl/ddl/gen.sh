#!/bin/sh
# Regenerate the expected NAME.sql files with the real Prisma CLI (the oracle).
# Usage: test/psl/ddl/gen.sh [NAME.prisma...]
# The CLI connects to DATABASE_URL (any reachable PostgreSQL) even for a diff.
ORACLE=${ORACLE:-/var/tmp/prisma-oracle}
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR"
[ $# -gt 0 ] || set -- *.prisma
for f in "$@"; do
  n=${f%.prisma}
  (cd "$ORACLE" && ./prisma-offline.sh migrate diff --from-empty --to-schema "$DIR/$f" --script 2>/dev/null) > "$n.sql" \
    || echo "oracle failed on $f" >&2
done
