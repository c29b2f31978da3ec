#!/usr/bin/env bash
# Run every validation case through the standalone validator and compare
# with the real Prisma 7.10 output (cases/*.expected, made by gen-expected.cjs).
# Our locations add ":column" to Prisma's "schema.prisma:line"; warnings
# (which `prisma validate` never prints) are dropped before comparing.
# NAME.ours, where present, holds prisma_ext's intended output for a case
# where it deliberately differs from Prisma (see README.md beside this).
# Usage: run.sh PSL_TEST_BINARY [-v]
set -u
bin=$1; verbose=${2:-}
dir=$(cd "$(dirname "$0")" && pwd)/cases
pass=0; fail=0; failed=()
for f in "$dir"/*.prisma; do
  exp="${f%.prisma}.expected"
  [ -f "${f%.prisma}.ours" ] && exp="${f%.prisma}.ours"
  got=$("$bin" validate-errors "$f" 2>&1 | sed -E 's/^(  -->  schema\.prisma:[0-9]+):[0-9]+$/\1/')
  if [ "$got" == "$(cat "$exp")" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); failed+=("$(basename "$f")")
    if [ -n "$verbose" ]; then echo "--- $(basename "$f")"; diff <(echo "$got") "$exp" | head -20; fi
  fi
done
for x in "${failed[@]}"; do echo "FAIL validate/$x"; done
echo "validate: $pass passed, $fail failed"
[ $fail -eq 0 ]
