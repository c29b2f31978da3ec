#!/usr/bin/env bash
# For each schema under test/schemas: apply it to one fresh database with
# prisma.db_push, and to another with the real Prisma 7's
# `migrate diff --from-empty --script`; the two `pg_dump --schema-only`
# outputs (minus prisma_ext's own objects) must be identical.  Then the
# same db_push onto both databases must find nothing to do (it diffs
# against the live tables, as Prisma's does).
# Needs a running cluster (PGHOST/PGPORT/PGUSER) and the oracle (ORACLE_DIR).
# Where NAME.sql sits beside NAME.prisma it is taken as Prisma's output
# (made by gen-corpus.sh with the same CLI), so the CLI need not run.
# Usage: run.sh [--corpus] [schema.prisma ...]
#   --corpus adds the ~340 schemas of Prisma's engine test corpus (corpus/)
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ORACLE_DIR=${ORACLE_DIR:-/var/tmp/prisma-ext-oracle}
work=$(mktemp -d /tmp/ddl-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
files=()
if [ "${1:-}" = "--corpus" ]; then shift; files=("$repo"/test/schemas/*.prisma "$here"/corpus/*.prisma); fi
files+=("$@"); [ ${#files[@]} -gt 0 ] || files=("$repo"/test/schemas/*.prisma)
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
# pg_dump output without its random \restrict key; both databases have the
# extension installed, so its lines match
dump() {
  "$PG_BIN/pg_dump" --schema-only --no-owner -N prisma "$1" |
    grep -v -E '^\\(un)?restrict |^-- Dumped (from|by) '
}
ours=ddl_compare_ours; theirs=ddl_compare_prisma
psql -d postgres -c "DROP DATABASE IF EXISTS $ours" -c "DROP DATABASE IF EXISTS $theirs" \
     -c "CREATE DATABASE $ours" -c "CREATE DATABASE $theirs" 2>/dev/null
# Empty a database between schemas: every non-system schema and the
# extension go, public comes back (cheaper than a new database each time).
reset_sql="SET client_min_messages = warning;
DROP EXTENSION IF EXISTS prisma_ext CASCADE;
DO \$\$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END \$\$;
CREATE SCHEMA public;
CREATE EXTENSION prisma_ext;"
pass=0; fail=0
for f in "${files[@]}"; do
  name=$(basename "$f" .prisma)
  ok=1
  psql -d "$ours" -c "$reset_sql" >/dev/null && psql -d "$theirs" -c "$reset_sql" >/dev/null \
    || { echo "could not reset the databases"; exit 1; }
  psql -d "$ours" -c "SELECT prisma.db_push(\$schema\$$(cat "$f")\$schema\$)" >/dev/null 2>"$work/ours.err" \
    || { ok=0; echo "db_push failed for $name:"; cat "$work/ours.err"; }
  if [ -f "${f%.prisma}.sql" ]; then
    cp "${f%.prisma}.sql" "$work/prisma.sql"
  else
    (cd "$ORACLE_DIR" && ./prisma-offline.sh migrate diff --from-empty --to-schema "$f" --script) \
         >"$work/prisma.sql" 2>"$work/prisma.err" \
      || { ok=0; echo "prisma migrate diff failed for $name:"; tail -5 "$work/prisma.err"; }
  fi
  [ $ok = 1 ] && { psql -d "$theirs" -c "SET client_min_messages = warning" -f "$work/prisma.sql" >/dev/null 2>"$work/theirs.err" \
    || { ok=0; echo "applying Prisma's SQL failed for $name"; cat "$work/theirs.err"; }; }
  if [ $ok = 1 ]; then
    dump "$ours" >"$work/ours.dump"; dump "$theirs" >"$work/theirs.dump"
    if ! diff -u "$work/theirs.dump" "$work/ours.dump" >"$work/diff"; then
      ok=0; echo "pg_dump differs for $name (- Prisma, + prisma_ext):"; head -40 "$work/diff"
    fi
  fi
  # db_push diffs against the live tables: pushing the same schema onto
  # Prisma's tables, and onto ours again, has nothing left to do
  if [ $ok = 1 ]; then
    for db in "$theirs" "$ours"; do
      again=$(psql -At -d "$db" -c "SELECT prisma.db_push(\$schema\$$(cat "$f")\$schema\$)" 2>&1)
      [ "$again" = "-- This is an empty migration." ] || { ok=0; echo "a second db_push onto $db was not empty for $name:"; head -20 <<<"$again"; }
    done
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); echo "ok   ddl-compare/$name"; else fail=$((fail+1)); echo "FAIL ddl-compare/$name"; fi
done
psql -d postgres -c "DROP DATABASE IF EXISTS $ours" -c "DROP DATABASE IF EXISTS $theirs" 2>/dev/null
echo "ddl-compare: $pass passed, $fail failed"
[ $fail -eq 0 ]
