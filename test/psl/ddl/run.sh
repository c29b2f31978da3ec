#!/bin/sh
# Run the from-empty DDL cases: for each NAME.prisma compare the driver's
# output with NAME.sql (produced by the real Prisma CLI, see gen.sh).
# Usage: test/psl/ddl/run.sh "test/psl/psl_test ddl" [-v]
DRIVER=${1:?usage: run.sh DRIVER-COMMAND [-v]}
VERBOSE=$2
DIR=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0; failed=
for f in "$DIR"/*.prisma; do
  n=$(basename "$f" .prisma)
  [ -f "$DIR/$n.sql" ] || continue
  if $DRIVER "$f" 2>&1 | cmp -s - "$DIR/$n.sql"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); failed="$failed $n"
    [ -n "$VERBOSE" ] && $DRIVER "$f" 2>&1 | diff -u "$DIR/$n.sql" - | head -40
  fi
done
echo "ddl: $pass passed, $fail failed"
[ -n "$failed" ] && echo "failed:$failed"
[ "$fail" -eq 0 ]
