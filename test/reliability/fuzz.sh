#!/usr/bin/env bash
# libFuzzer runs of the three standalone targets, built with clang,
# AddressSanitizer and UBSan (issue 11):
#   psl    test/psl/fuzz/fuzz_psl.c     a schema through every stage
#   diff   test/psl/fuzz/fuzz_diff.c    two schemas through the migration differ
#   query  test/query-fuzz/fuzz_query.c a query document through the parser,
#          validator and compiler (the server functions they call come from
#          test/query-fuzz/pg_shim.c)
# Seeds: the validation and format cases, the diff pairs, and every schema
# and document of the differential sets, Prisma's engine corpus and sql/
# (test/query-fuzz/seeds.mjs).
# Usage: fuzz.sh [SECONDS] [TARGET...]   (60 s each, all three by default)
# Each target's regression inputs run first (a crash there fails at once),
# then its seeds are fuzzed for SECONDS.  A crash, leak, sanitizer report or
# timeout fails the target; its input is copied to /tmp.  Prints
# "fuzz figures: ..." and "fuzz: N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=(psl diff query)
pg_config=${PG_CONFIG:-${PG_BIN:-/usr/lib/postgresql/15/bin}/pg_config}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0; fail=0; figures=()
cflags=(-g -O1 -Wno-ignored-attributes -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I"$repo/src")
psl_srcs=$(ls "$repo"/src/psl_*.c "$repo"/src/migrate_*.c)

# Build target $1 into $out/$1 and fill $out/$1.seeds; 1 when it does not build.
build() {
  local t=$1 seeds="$out/$1.seeds"
  mkdir -p "$seeds"
  case $t in
    psl|diff)
      clang "${cflags[@]}" -o "$out/$t" "$repo/test/psl/fuzz/fuzz_$t.c" $psl_srcs || return 1
      cp "$repo"/test/psl/validate/cases/*.prisma "$repo"/test/psl/format/*.in.prisma "$out"/docs/schemas/*.prisma "$seeds/"
      for f in "$repo"/test/psl/diff/*.from.prisma; do
        { cat "$f"; printf '\n====\n'; cat "${f%.from.prisma}.to.prisma"; } >"$seeds/pair-$(basename "$f" .from.prisma)"
      done ;;
    query)
      # the front end only: no SPI, no plan or shape cache (query_shape.c is in), no output formatting or JSON building
      local srcs; srcs=$(ls "$repo"/src/query_*.c | grep -v -E '/query_(exec|plan_cache|shape_cache|format|json)\.c$')
      clang "${cflags[@]}" -I"$repo/test/query-fuzz" -I"$("$pg_config" --includedir-server)" -o "$out/$t" \
        "$repo/test/query-fuzz/fuzz_query.c" "$repo/test/query-fuzz/pg_shim.c" $srcs $psl_srcs -ljansson -lm || return 1
      rmdir "$seeds" && mv "$out/docs/seeds" "$seeds" ;;
  esac
}

# the query target's are test/query-fuzz/regressions/*.txt, named schema + document (seeds.mjs)
regressions_of() { case $1 in query) echo "$out/docs/regressions" ;; *) echo "$repo/test/psl/fuzz/regressions" ;; esac; }

# the schemas and documents of the differential sets, the engine corpus and sql/
node "$repo/test/query-fuzz/seeds.mjs" "$out/docs" >/dev/null || { echo "fuzz: 0 passed, 1 failed"; exit 1; }
export FUZZ_QUERY_SCHEMAS="$out/docs/schemas"

for t in "${targets[@]}"; do
  if ! build "$t" >"$out/$t.build" 2>&1; then
    cat "$out/$t.build" | head -20; echo "FAIL fuzz_$t does not build"; fail=$((fail + 1)); continue
  fi
  log="$out/$t.log"; regs=$(regressions_of "$t")
  # the regression inputs alone, then the fuzzing run over seeds + regressions
  if ! "$out/$t" -runs=0 -artifact_prefix="$out/" "$regs" >"$log" 2>&1 ||
     ! "$out/$t" -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 -timeout=10 \
       -artifact_prefix="$out/" "$out/$t.seeds" "$regs" >"$log" 2>&1; then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20
    cp "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-* /tmp/ 2>/dev/null && echo "failing input copied to /tmp"
    echo "FAIL fuzz_$t"; fail=$((fail + 1)); continue
  fi
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$')
  figures+=("fuzz_$t: $execs executions in $seconds s ($rate/s)")
  pass=$((pass + 1))
done
[ ${#figures[@]} -gt 0 ] && echo "fuzz figures: $(IFS=';'; echo "${figures[*]}" | sed 's/;/; /g'); no crash, leak or UB report"
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
