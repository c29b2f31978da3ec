#!/usr/bin/env bash
# The quick reliability suite (issue 11), part of the test command:
# hostile inputs (injection.mjs), privileges (privileges.mjs), cancel and
# statement_timeout (cancel.mjs), peak memory of large results and
# documents (memory.mjs), a 30-second load run at 32 clients (load.mjs),
# and kill -9 during a nested write and a batch (crash.mjs).  Ends with "reliability: N passed, M failed".
# Longer load: node test/reliability/load.mjs --seconds 300 --clients 32
# Needs a running cluster (PGHOST PGPORT PGUSER), ORACLE_DIR (for the pg
# module) and PG_BIN (pgbench).
set -u
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
# crash.mjs kills a backend, and PostgreSQL restarts every connection: last
for part in "injection.mjs" "privileges.mjs" "cancel.mjs" "memory.mjs" "load.mjs --seconds ${LOAD_SECONDS:-30}" "crash.mjs"; do
  out=$(node "$here"/$part 2>&1)
  echo "$out" | grep -E '^(FAIL|[a-z]+ figures:)|passed, [0-9]+ failed'
  line=$(echo "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
  if [ -z "$line" ]; then fail=$((fail + 1)); echo "$out" | tail -5; continue; fi
  p=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\1/' <<<"$line")
  f=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\2/' <<<"$line")
  pass=$((pass + p)); fail=$((fail + f))
done
echo "reliability: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
