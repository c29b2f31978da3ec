#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs the build
# dependencies (apt), builds with -Werror, installs, starts a throwaway
# PostgreSQL, and runs
#   - the standalone schema-language suites (validate, format, ddl, diff),
#   - 60 s of libFuzzer per standalone target (test/reliability/fuzz.sh),
#   - the pg_regress suites in sql/ + expected/ and the isolation specs in specs/,
#   - the pg_dump comparison against the real Prisma 7 (test/ddl-compare),
#   - the differential harness against Prisma 7 Client (test/differential),
#   - Prisma's engine test corpus with its ledger (test/corpus),
#   - mutated documents through prisma.query (test/query-fuzz),
#   - reads during concurrent pushes (test/concurrency),
#   - hostile inputs, privileges, cancel and load (test/reliability),
#   - Migrate against the Prisma 7 CLI, with a kill -9 fault test (test/migrate).
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
cd "$REPO"

total_pass=0; total_fail=0
# Add a part's "name: N passed, M failed" line to the totals.
tally() {
  local line; line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  local p f
  p=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\1/' <<<"$line")
  f=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\2/' <<<"$line")
  if [ -z "$line" ]; then p=0; f=1; echo "  (no result line: counted as one failure)"; fi
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
}
# Run one part, show its tail, count it.
part() {
  local name=$1; shift
  local out; out=$(mktemp)
  log "$name"
  "$@" >"$out" 2>&1
  grep -E '^(FAIL|REGRESSION|not ok|failed:)|passed, [0-9]+ failed|^(corpus|differential|concurrency)[ :]|^[a-z]+ figures:' "$out" | tail -20
  tally "$out"
  rm -f "$out"
}

install_deps
build_install || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
make -s PG_CONFIG="$PG_CONFIG" test/psl/psl_test >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

part "schema validation vs Prisma 7.10" test/psl/validate/run.sh test/psl/psl_test
part "prisma format vs Prisma 7.10" test/psl/format/run.sh "test/psl/psl_test format"
part "from-empty DDL vs Prisma 7.10" test/psl/ddl/run.sh "test/psl/psl_test ddl"
part "migration diffs vs Prisma 7.10" test/psl/diff/run.sh "test/psl/psl_test diff"
part "fuzz smoke: schema language, migration differ, query front end; libFuzzer, ASan/UBSan, 60 s each (test/reliability/fuzz.sh)" \
  env PG_CONFIG="$PG_CONFIG" test/reliability/fuzz.sh "${FUZZ_SECONDS:-60}"

start_cluster || { echo "0 passed, 1 failed"; exit 1; }

# pg_regress: count ok / FAILED lines
log "pg_regress and isolation (sql/, specs/ + expected/)"
rm -rf test/results test/results_iso
make -s PG_CONFIG="$PG_CONFIG" installcheck >test/regress.log 2>&1
rp=$(grep -cE '\.\.\. ok' test/regress.log || true)
rf=$(grep -cE '\.\.\. FAILED' test/regress.log || true)
grep -E '\.\.\. FAILED' test/regress.log
for d in test/results test/results_iso; do [ -f $d/regression.diffs ] && [ "$rf" -gt 0 ] && head -80 $d/regression.diffs; done
[ "$rp" -eq 0 ] && [ "$rf" -eq 0 ] && { rf=1; tail -20 test/regress.log; }
echo "pg_regress: $rp passed, $rf failed"
total_pass=$((total_pass + rp)); total_fail=$((total_fail + rf))
rm -f test/regress.log

part "reads on a hot standby (test/standby)" env PG_BIN="$PG_BIN" test/standby/run.sh

if install_oracle; then
  part "pg_dump of db_push vs Prisma migrate, own and corpus schemas (test/ddl-compare)" \
    env ORACLE_DIR="$ORACLE_DIR" test/ddl-compare/run.sh --corpus
  part "differential: documents through Prisma 7 Client and prisma.query (test/differential)" \
    env ORACLE_DIR="$ORACLE_DIR" PG_BIN="$PG_BIN" node test/differential/run.mjs
  part "Prisma's engine test corpus (test/corpus)" \
    env ORACLE_DIR="$ORACLE_DIR" node test/corpus/run.mjs
  part "fuzzing prisma.query with mutated documents (test/query-fuzz)" \
    env ORACLE_DIR="$ORACLE_DIR" node test/query-fuzz/run.mjs 4000
  part "reads during concurrent pushes (test/concurrency)" \
    env ORACLE_DIR="$ORACLE_DIR" node test/concurrency/run.mjs --seconds 10
  part "reliability: hostile inputs, privileges, cancel, memory, 30 s of load at 32 clients, kill -9 (test/reliability)" \
    env ORACLE_DIR="$ORACLE_DIR" PG_BIN="$PG_BIN" test/reliability/run.sh
  # last: its fault test kills a backend, and PostgreSQL restarts
  part "Migrate vs Prisma 7: 23 evolutions, CLI interop, drift, kill -9 (test/migrate)" \
    env ORACLE_DIR="$ORACLE_DIR" PG_BIN="$PG_BIN" node test/migrate/run.mjs
else
  echo "could not install the Prisma oracle from npm"; total_fail=$((total_fail + 1))
fi

echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
