#!/usr/bin/env bash
# Fuzz the standalone schema-language code without clang:
#   run.sh [ITERATIONS]   gcc + AddressSanitizer/UBSan mutation run of
#                         fuzz_psl.c over the validation cases (default 2000)
# A crash, a sanitizer report or a leak fails the run.  The libFuzzer runs of
# fuzz_psl.c, fuzz_diff.c and the query front end are test/reliability/fuzz.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
srcs=$(ls "$repo"/src/psl_*.c "$repo"/src/migrate_*.c)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gcc -std=gnu99 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DPSL_MUTATOR \
  -I"$repo/src" -o "$out/fuzz" "$here/fuzz_psl.c" $srcs
if ASAN_OPTIONS=detect_leaks=1 "$out/fuzz" "$repo/test/psl/validate/cases" "${1:-2000}" "${FUZZ_SEED:-1}"; then :; else
  echo "fuzz: 0 passed, 1 failed"; exit 1
fi
