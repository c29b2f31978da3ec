#!/bin/sh
# Run the `prisma format` cases: each NAME.in.prisma must format to exactly
# NAME.out.prisma.  Usage: run.sh FORMATTER  (a program, possibly with
# arguments, e.g. "test/psl/psl_test format", that prints FILE formatted).
# Set VERBOSE=1 to see the diffs of failing cases.
dir=$(dirname "$0")
if [ $# -lt 1 ]; then
	echo "usage: $0 FORMATTER [ARGS...]" >&2
	exit 2
fi
if [ $# -eq 1 ]; then
	cmd=$1				# "prog args" as one word: split it
else
	cmd="$*"
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
pass=0
fail=0
for in in "$dir"/*.in.prisma; do
	name=$(basename "$in" .in.prisma)
	out="$dir/$name.out.prisma"
	[ -f "$out" ] || continue
	if $cmd "$in" >"$tmp" 2>/dev/null && cmp -s "$tmp" "$out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name"
		[ -n "$VERBOSE" ] && diff "$out" "$tmp" | head -40
	fi
done
echo "format: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
