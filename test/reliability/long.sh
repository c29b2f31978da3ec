#!/usr/bin/env bash
# The long runs of issue 11 in one command (not part of the test command;
# about 75 minutes with the defaults on 2 cores):
#   1. fuzz.sh: LONG_FUZZ_SECONDS (900) of each libFuzzer target;
#   2. cassert.sh: LONG_DOCS (40000) mutated documents for each of 5 seeds on
#      PostgreSQL built with --enable-cassert (built once, about 5 minutes);
#   3. load.mjs: LONG_LOAD_SECONDS (300) of the mixed write/read load at 32
#      clients, then its invariants;
#   4. test/bench/scaling.sh with SCALE_MAX=7: throughput at 1, 8 and 32
#      clients against the hand-written statements, and findUnique / a
#      20-row findMany from 10^3 to 10^7 rows.
# Installs what it needs, builds and installs prisma_ext, and runs 3 and 4
# on a throwaway cluster.  Ends with "long: N passed, M failed".
# Usage: bash test/reliability/long.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
cd "$REPO"
install_deps
build_install || { echo "long: 0 passed, 1 failed"; exit 1; }
install_oracle || { echo "long: 0 passed, 1 failed"; exit 1; }
export ORACLE_DIR
pass=0; fail=0
# Run one part, show its figures, count it by its exit code.
run() {
  local name=$1; shift
  log "$name"
  if "$@" 2>&1 | grep -E '^(FAIL|==|[a-z]+ figures:|[0-9]+ |clients|rows)|passed, [0-9]+ failed'; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $name"
  fi
}
run "fuzzing, ${LONG_FUZZ_SECONDS:-900} s per target" "$here/fuzz.sh" "${LONG_FUZZ_SECONDS:-900}"
run "the in-server fuzz on an assert-enabled server" "$here/cassert.sh" "${LONG_DOCS:-40000}" 1 2 3 4 5
start_cluster || { echo "long: $pass passed, $((fail + 1)) failed"; exit 1; }
run "${LONG_LOAD_SECONDS:-300} s of load at 32 clients" env PG_BIN="$PG_BIN" node "$here/load.mjs" --seconds "${LONG_LOAD_SECONDS:-300}" --clients 32
run "throughput by clients and table size" env SCALE_MAX="${SCALE_MAX:-7}" bash "$REPO/test/bench/scaling.sh"
echo "long: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
