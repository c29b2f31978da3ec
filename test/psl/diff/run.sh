#!/bin/sh
# Run the schema-to-schema diff cases: for each NAME.from.prisma /
# NAME.to.prisma compare the driver's output with NAME.sql (produced by the
# real Prisma CLI, see gen.sh).
# Usage: test/psl/diff/run.sh "test/psl/psl_test diff" [-v]
DRIVER=${1:?usage: run.sh DRIVER-COMMAND [-v]}
VERBOSE=$2
DIR=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0; failed=
for f in "$DIR"/*.from.prisma; do
  n=$(basename "$f" .from.prisma)
  [ -f "$DIR/$n.sql" ] || continue
  if $DRIVER "$f" "$DIR/$n.to.prisma" 2>&1 | cmp -s - "$DIR/$n.sql"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); failed="$failed $n"
    [ -n "$VERBOSE" ] && $DRIVER "$f" "$DIR/$n.to.prisma" 2>&1 | diff -u "$DIR/$n.sql" - | head -40
  fi
done
echo "diff: $pass passed, $fail failed"
[ -n "$failed" ] && echo "failed:$failed"
[ "$fail" -eq 0 ]
