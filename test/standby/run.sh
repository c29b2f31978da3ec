#!/usr/bin/env bash
# Reads work on a hot standby: push a schema on the primary, take a base
# backup, start it as a streaming replica, and run prisma.query there.
# The base backup asks for an immediate checkpoint: a spread one can take
# minutes after the regression suites have dirtied many buffers.
# Needs the running test cluster (PGHOST/PGPORT/PGUSER, PGDATA_DIR) and its
# OS user (CLUSTER_USER); prints "standby: N passed, M failed".
set -u
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
user=${CLUSTER_USER:-$(id -un)}
run=(); [ "$(id -u)" = 0 ] && run=(env -C / runuser -u "$user" --)
dir=$(mktemp -d /tmp/prisma_ext_standby.XXXXXX); chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown "$user" "$dir"
port=$((PGPORT + 1))
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() { "${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL standby/$1: expected $3, got $2"; fi; }

psql -d postgres -c "DROP DATABASE IF EXISTS standby_check" -c "CREATE DATABASE standby_check"
psql -d standby_check -c "SET client_min_messages = warning" -c "CREATE EXTENSION prisma_ext" \
     -c "SELECT prisma.db_push(\$\$datasource db {
  provider = \"postgresql\"
}
model Note {
  id   Int    @id
  body String
}\$\$)" -c "INSERT INTO \"Note\" VALUES (1, 'replicated')" >/dev/null
"${run[@]}" "$PG_BIN/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -D "$dir/data" -R -X stream --checkpoint=fast >/dev/null 2>&1 \
  || { echo "FAIL standby: pg_basebackup failed"; echo "standby: 0 passed, 1 failed"; exit 1; }
"${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
  || { cat "$dir/log"; echo "standby: 0 passed, 1 failed"; exit 1; }
check in_recovery "$(psql -p "$port" -d standby_check -At -c 'SELECT pg_is_in_recovery()')" t
check find_unique "$(psql -p "$port" -d standby_check -At -c "SELECT prisma.query('{\"model\":\"Note\",\"action\":\"findUnique\",\"args\":{\"where\":{\"id\":1},\"select\":{\"body\":true}}}')")" '{"body" : "replicated"}'
check find_many "$(psql -p "$port" -d standby_check -At -c "SELECT prisma.query('{\"model\":\"Note\",\"action\":\"findMany\",\"args\":{\"select\":{\"id\":true}}}')")" '[{"id" : 1}]'
psql -d postgres -c "DROP DATABASE IF EXISTS standby_check" >/dev/null 2>&1
echo "standby: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
