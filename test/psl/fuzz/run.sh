#!/usr/bin/env bash
# Fuzz the standalone schema-language code.
#   run.sh [ITERATIONS]        gcc + AddressSanitizer/UBSan mutation run over
#                              the validation cases (default 2000 inputs)
#   run.sh --libfuzzer SECONDS clang libFuzzer run (needs clang + compiler-rt)
# A crash, a sanitizer report or a leak fails the run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
srcs=$(ls "$repo"/src/psl_*.c "$repo"/src/migrate_*.c)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ "${1:-}" = "--libfuzzer" ]; then
  clang -g -O1 -fsanitize=fuzzer,address,undefined -I"$repo/src" -o "$out/fuzz" \
    "$here/fuzz_psl.c" $srcs
  mkdir -p "$out/corpus" && cp "$repo"/test/psl/validate/cases/*.prisma "$out/corpus/"
  "$out/fuzz" -max_total_time="${2:-60}" -max_len=8192 "$out/corpus" 2>&1 | tail -5
  echo "fuzz: 1 passed, 0 failed"
else
  gcc -std=gnu99 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DPSL_MUTATOR \
    -I"$repo/src" -o "$out/fuzz" "$here/fuzz_psl.c" $srcs
  if ASAN_OPTIONS=detect_leaks=1 "$out/fuzz" "$repo/test/psl/validate/cases" "${1:-2000}" "${FUZZ_SEED:-1}"; then :; else
    echo "fuzz: 0 passed, 1 failed"; exit 1
  fi
fi
