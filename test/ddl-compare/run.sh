#!/usr/bin/env bash
# For each schema under test/schemas: apply it to one fresh database with
# prisma.db_push, and to another with the real Prisma 7's
# `migrate diff --from-empty --script`; the two `pg_dump --schema-only`
# outputs (minus prisma_ext's own objects) must be identical.
# Needs a running cluster (PGHOST/PGPORT/PGUSER) and the oracle (ORACLE_DIR).
# Usage: run.sh [schema.prisma ...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ORACLE_DIR=${ORACLE_DIR:-/var/tmp/prisma-ext-oracle}
work=$(mktemp -d /tmp/ddl-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
files=("$@"); [ ${#files[@]} -gt 0 ] || files=("$repo"/test/schemas/*.prisma)
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
# pg_dump output without its random \restrict key; both databases have the
# extension installed, so its lines match
dump() {
  "$PG_BIN/pg_dump" --schema-only --no-owner -N prisma "$1" |
    grep -v -E '^\\(un)?restrict |^-- Dumped (from|by) '
}
pass=0; fail=0
for f in "${files[@]}"; do
  name=$(basename "$f" .prisma)
  n=$((pass + fail)); ours="ddl_ours_$n"; theirs="ddl_prisma_$n"
  psql -d postgres -c "DROP DATABASE IF EXISTS $ours" -c "DROP DATABASE IF EXISTS $theirs" \
       -c "CREATE DATABASE $ours" -c "CREATE DATABASE $theirs" 2>/dev/null
  ok=1
  psql -d "$ours" -c "CREATE EXTENSION prisma_ext" \
       -c "SELECT prisma.db_push(\$schema\$$(cat "$f")\$schema\$)" >/dev/null 2>"$work/ours.err" \
    || { ok=0; echo "db_push failed for $name:"; cat "$work/ours.err"; }
  (cd "$ORACLE_DIR" && ./prisma-offline.sh migrate diff --from-empty --to-schema "$f" --script) \
       >"$work/prisma.sql" 2>"$work/prisma.err" \
    || { ok=0; echo "prisma migrate diff failed for $name:"; tail -5 "$work/prisma.err"; }
  [ $ok = 1 ] && { psql -d "$theirs" -c "CREATE EXTENSION prisma_ext" >/dev/null && psql -d "$theirs" -f "$work/prisma.sql" >/dev/null 2>"$work/theirs.err" \
    || { ok=0; echo "applying Prisma's SQL failed for $name"; cat "$work/theirs.err"; }; }
  if [ $ok = 1 ]; then
    dump "$ours" >"$work/ours.dump"; dump "$theirs" >"$work/theirs.dump"
    if ! diff -u "$work/theirs.dump" "$work/ours.dump" >"$work/diff"; then
      ok=0; echo "pg_dump differs for $name (- Prisma, + prisma_ext):"; head -40 "$work/diff"
    fi
  fi
  psql -d postgres -c "DROP DATABASE IF EXISTS $ours" -c "DROP DATABASE IF EXISTS $theirs" 2>/dev/null
  if [ $ok = 1 ]; then pass=$((pass+1)); echo "ok   ddl-compare/$name"; else fail=$((fail+1)); echo "FAIL ddl-compare/$name"; fi
done
echo "ddl-compare: $pass passed, $fail failed"
[ $fail -eq 0 ]
