#!/usr/bin/env bash
# test/bench/run.sh: prisma.query against the same reads written by hand, with pgbench.
#
# NOT part of the default test suite (test/run-tests.sh does not call it):
# it takes a few minutes (ROUNDS x 6 pgbench runs of DURATION seconds, about
# 5 minutes with the defaults) and its figures depend on the machine.
#
# Expects a running server reachable with PGHOST/PGPORT/PGUSER (a superuser,
# or a user allowed to create databases and the extension) and prisma_ext
# installed into it.  It
#   1. creates a fresh database ($BENCH_DB, dropped first if it exists),
#   2. CREATE EXTENSION prisma_ext; prisma.db_push(test/schemas/blog.prisma),
#   3. seeds 10,000 users, 9,000 profiles, 100,000 posts (seed.sql),
#   4. checks that every hand-written statement returns the same JSON as
#      prisma.query (compared as jsonb, for 1,400+ ids each; the text is
#      compared too and reported),
#   5. runs pgbench pairs, each with the same client settings
#      (pgbench -n -c 1 -j 1 -T $DURATION -M prepared):
#        nested  findMany of 20 users + posts(take 10, createdAt desc) +
#                profile + _count.posts        nested_prisma.sql / nested_hand.sql
#        unique  findUnique by id              unique_prisma.sql / unique_hand.sql
#        create  nested create of a user with a profile and 10 posts
#                                              create_prisma.sql / create_hand.sql
#                (the hand-written side is one statement of data-modifying
#                CTEs; checked once to write the same rows)
#      plus a third, diagnostic script per pair: the SQL prisma.query
#      generates (captured with prisma.log_sql), run directly as a prepared
#      statement.  prisma/gen is the cost of the engine around the SQL
#      (JSON parsing, compiling, plan-cache lookup, SPI, copies); gen/hand is
#      the cost of the shape of the generated SQL.
#      The runs of a round alternate their order; the table shows the median
#      TPS over $ROUNDS rounds, and the ratio of the medians.
#   6. reports the plan-cache hit rate.  pgbench opens its own connection per
#      run, so the counters are read inside it: every script bumps a pgbench
#      variable n and every 200th transaction copies
#      prisma.plan_cache_stats() of its own backend into the unlogged table
#      bench_plan_stats (the hand-written scripts do the same, to keep the
#      two sides identical).  The last snapshot of each run is summed.  A
#      psql session then runs 3,000 documents of each shape back to back and
#      reads its own counters as a cross-check.
#   7. writes EXPLAIN (ANALYZE, BUFFERS) of the generated and the hand-written
#      nested statement to $BENCH_OUT.
#
# Settings (environment): BENCH_DB (prisma_bench), BENCH_DURATION (15),
# BENCH_ROUNDS (3), BENCH_OUT (a new directory under /tmp), PGBENCH (pgbench
# from pg_config --bindir, else /usr/lib/postgresql/15/bin/pgbench),
# BENCH_KEEP_DB=1 keeps the database afterwards.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${BENCH_DB:-prisma_bench}
DURATION=${BENCH_DURATION:-15}
ROUNDS=${BENCH_ROUNDS:-3}
OUT=${BENCH_OUT:-$(mktemp -d /tmp/prisma-bench.XXXXXX)}
mkdir -p "$OUT"
if [ -z "${PGBENCH:-}" ]; then
	PGBENCH=$( (pg_config --bindir 2>/dev/null || true) | sed 's|$|/pgbench|')
	[ -x "$PGBENCH" ] || PGBENCH=/usr/lib/postgresql/15/bin/pgbench
fi
[ -x "$PGBENCH" ] || { echo "pgbench not found (set PGBENCH)" >&2; exit 2; }

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
say() { printf '%s\n' "$*" >&2; }

# the SQL statement of a pgbench script: from the line starting with SELECT
# to the first line ending with ';' (the ';' dropped)
statement() { awk '/^SELECT/ { on = 1 } on { print } on && /;$/ { exit }' "$1" | sed '$ s/;$//'; }

# --- 1-3: database, schema, data --------------------------------------------
say "== database $DB (output in $OUT)"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION prisma_ext" \
	-c "SELECT prisma.db_push(\$psl\$$(cat "$ROOT/test/schemas/blog.prisma")\$psl\$)" >/dev/null
say "== seeding"
"${PSQL[@]}" -d "$DB" -f "$HERE/seed.sql" >/dev/null
"${PSQL[@]}" -d "$DB" -c "CREATE UNLOGGED TABLE bench_plan_stats (script text, pid int, tx bigint,
	at timestamptz, hits bigint, misses bigint, entries int, evictions bigint)"
"${PSQL[@]}" -d "$DB" -Atc "SELECT format('%s users, %s profiles, %s posts',
	(SELECT count(*) FROM \"User\"), (SELECT count(*) FROM \"Profile\"), (SELECT count(*) FROM \"Post\"))" >&2

# --- 4: the hand-written statements return what prisma.query returns -------
say "== verifying the hand-written statements"
for pair in nested unique group count; do
	for side in prisma hand; do
		"${PSQL[@]}" -d "$DB" -c "CREATE FUNCTION bench_${pair}_${side}(int) RETURNS json LANGUAGE sql AS \$f\$
$(statement "$HERE/${pair}_${side}.sql" | sed 's/:uid/$1/g')
\$f\$"
	done
done
# ids: every 7th start for the nested read plus the ends (fewer than 20 users,
# none at all); every id for findUnique plus two that do not exist
verify=$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
	SELECT 'nested', count(*),
	       count(*) FILTER (WHERE p::jsonb IS DISTINCT FROM COALESCE(h::jsonb, 'null')),
	       count(*) FILTER (WHERE p::text IS DISTINCT FROM COALESCE(h::text, 'null'))
	  FROM (SELECT bench_nested_prisma(i) p, bench_nested_hand(i) h
	          FROM (SELECT generate_series(0, 9980, 7) UNION ALL VALUES (9990), (9999), (10000)) s(i)) x
	UNION ALL
	SELECT 'unique', count(*),
	       count(*) FILTER (WHERE p::jsonb IS DISTINCT FROM COALESCE(h::jsonb, 'null')),
	       count(*) FILTER (WHERE p::text IS DISTINCT FROM COALESCE(h::text, 'null'))
	  FROM (SELECT bench_unique_prisma(i) p, bench_unique_hand(i) h
	          FROM generate_series(0, 10001) i) x
	UNION ALL
	SELECT 'group', count(*),
	       count(*) FILTER (WHERE p::jsonb IS DISTINCT FROM COALESCE(h::jsonb, 'null')),
	       count(*) FILTER (WHERE p::text IS DISTINCT FROM COALESCE(h::text, 'null'))
	  FROM (SELECT bench_group_prisma(i) p, bench_group_hand(i) h
	          FROM (SELECT generate_series(0, 9950, 7) UNION ALL VALUES (9990), (10000)) s(i)) x
	UNION ALL
	SELECT 'count', count(*),
	       count(*) FILTER (WHERE p::jsonb IS DISTINCT FROM COALESCE(h::jsonb, 'null')),
	       count(*) FILTER (WHERE p::text IS DISTINCT FROM COALESCE(h::text, 'null'))
	  FROM (SELECT bench_count_prisma(i) p, bench_count_hand(i) h
	          FROM (SELECT generate_series(0, 9900, 7) UNION ALL VALUES (9990), (10000)) s(i)) x")
verify_failed=0
while read -r pair n jsonb_diff text_diff; do
	say "$(printf '   %-6s %5d ids: %d differ as jsonb, %d differ as text' "$pair" "$n" "$jsonb_diff" "$text_diff")"
	[ "$jsonb_diff" = 0 ] || verify_failed=1
done <<<"$verify"
# the nested create: both sides write one user, one profile and ten posts
# and return the same JSON but for the id, the e-mail and the time
"${PSQL[@]}" -d "$DB" -c "CREATE FUNCTION bench_create_prisma() RETURNS json LANGUAGE sql AS \$f\$
$(statement "$HERE/create_prisma.sql")
\$f\$" -c "CREATE FUNCTION bench_create_hand() RETURNS json LANGUAGE sql AS \$f\$
$(awk '/^WITH/ { on = 1 } on { print } on && /;$/ { exit }' "$HERE/create_hand.sql" | sed '$ s/;$//')
\$f\$"
create_check=$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "BEGIN" \
	-c "CREATE TEMP TABLE created AS SELECT bench_create_prisma()::jsonb AS j UNION ALL SELECT bench_create_hand()::jsonb" \
	-c "SELECT count(DISTINCT j - 'id' - 'email' - 'createdAt'),
	       (SELECT count(*) FROM \"Post\" WHERE \"authorId\" IN (SELECT (j->>'id')::int FROM created)),
	       (SELECT count(*) FROM \"Profile\" WHERE \"userId\" IN (SELECT (j->>'id')::int FROM created))
	  FROM created" -c "ROLLBACK")
say "   create: $(cut -d' ' -f1 <<<"$create_check") distinct result(s) but for id/email/time (1 expected), $(cut -d' ' -f2 <<<"$create_check") posts (20), $(cut -d' ' -f3 <<<"$create_check") profiles (2)"
[ "$create_check" = "1 20 2" ] || verify_failed=1
if [ "$verify_failed" = 1 ]; then
	say "the hand-written statements do not return what prisma.query returns; the comparison would not be fair"
	"${PSQL[@]}" -d "$DB" -c "SELECT i, bench_unique_prisma(i), bench_unique_hand(i) FROM generate_series(1, 3) i" >&2
	exit 1
fi

# --- the generated SQL as a pgbench script (diagnostic) ---------------------
# prisma.log_sql logs the compiled statement; its text parameter $1 becomes
# :uid, and the to_char format gets E'...\x3a...' because pgbench would read
# ":MI" and ":SS" as variables.
for pair in nested unique group count; do
	stmt=$(statement "$HERE/${pair}_prisma.sql" | sed 's/:uid/500/g')
	sql=$("${PSQL[@]}" -d "$DB" -c "SET prisma.log_sql = on" -c "SET client_min_messages = log" \
		-c "$stmt" 2>&1 >/dev/null | sed -n 's/^LOG:  prisma.query: //p')
	printf '%s\n' "$sql" >"$OUT/${pair}_generated.sql"
	gen=$(printf '%s' "$sql" | sed -e 's/\$1\b/:uid/g' \
		-e "s/'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'/E'YYYY-MM-DD\"T\"HH24\\\\x3aMI\\\\x3aSS.MS\"Z\"'/g")
	if [ -z "$sql" ] || printf '%s' "$gen" | grep -q '\$[0-9]' ||
		printf '%s' "$gen" | sed 's/::/  /g; s/:uid//g' | grep -q ':[A-Za-z_]'; then
		say "   (${pair}: the generated SQL cannot be run by pgbench as is; no 'gen' figures)"
		rm -f "$OUT/${pair}_gen.sql"
		continue
	fi
	{
		grep '^\\set uid' "$HERE/${pair}_hand.sql"
		printf '%s;\n' "$gen"
		sed -n '/^\\set n/,$p' "$HERE/${pair}_hand.sql" | sed "s/'${pair}_hand'/'${pair}_gen'/"
	} >"$OUT/${pair}_gen.sql"
done

# --- 5: pgbench ---------------------------------------------------------------
tps_file="$OUT/tps.txt"
: >"$tps_file"
check_log() { # pgbench output file
	if ! grep -q '^tps = ' "$1" || grep -qiE 'aborted|error' "$1"; then
		say "pgbench failed:"
		cat "$1" >&2
		exit 1
	fi
}
script_of() { # pair variant
	if [ "$2" = gen ]; then echo "$OUT/$1_gen.sql"; else echo "$HERE/$1_$2.sql"; fi
}
# mixed (default): one pgbench run per pair and round with the scripts of
# the pair in one connection (-f a -f b -f c: each transaction picks one at
# random), so both sides see the same machine at the same moment.  A side's
# TPS is 1e6 / its mean transaction time in microseconds, from the
# per-transaction log (-l): what it would do alone on one client.
run_mixed() { # pair round
	local args=() variants=() v log="$OUT/pgbench-$1-$2.log" prefix="$OUT/txlog-$1-$2"
	for v in prisma hand gen; do
		[ -f "$(script_of "$1" $v)" ] || continue
		variants+=("$v")
		args+=(-f "$(script_of "$1" $v)")
	done
	"$PGBENCH" -n -c 1 -j 1 -T "$DURATION" -M prepared -D n=0 -l --log-prefix="$prefix" \
		"${args[@]}" "$DB" >"$log" 2>&1 || true
	check_log "$log"
	# log line: client_id transaction_no time_us script_no epoch epoch_us
	cat "$prefix".* | awk -v pair="$1" -v round="$2" -v names="${variants[*]}" '
		BEGIN { n = split(names, name, " ") }
		{ sum[$4] += $3; cnt[$4]++ }
		END { for (i = 0; i < n; i++) if (cnt[i]) printf "%s %s %s %.1f %d\n", pair, name[i + 1], round, 1e6 * cnt[i] / sum[i], cnt[i] }' \
		>>"$tps_file"
	rm -f "$prefix".*
	tail -n "${#variants[@]}" "$tps_file" | while read -r p v r tps n; do
		say "$(printf '   round %d  %-6s %-6s %10.1f tps  (%d transactions)' "$r" "$p" "$v" "$tps" "$n")"
	done
}
# separate (BENCH_MODE=separate): one pgbench run per script, pgbench's own tps
run_separate() { # pair variant round
	local script log="$OUT/pgbench-$1-$2-$3.log" tps
	script=$(script_of "$1" "$2")
	[ -f "$script" ] || return 0
	"$PGBENCH" -n -c 1 -j 1 -T "$DURATION" -M prepared -D n=0 -f "$script" "$DB" >"$log" 2>&1 || true
	check_log "$log"
	tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$log")
	echo "$1 $2 $3 $tps" >>"$tps_file"
	say "$(printf '   round %d  %-6s %-6s %10.1f tps' "$3" "$1" "$2" "$tps")"
}
MODE=${BENCH_MODE:-mixed}
say "== pgbench ($MODE): $ROUNDS rounds x (nested, unique, create, group, count) x (prisma, hand, gen), -c 1 -j 1 -T $DURATION -M prepared"
for ((r = 1; r <= ROUNDS; r++)); do
	for pair in nested unique create group count; do
		if [ "$MODE" = separate ]; then
			case $((r % 3)) in
			1) order="prisma hand gen" ;;
			2) order="hand gen prisma" ;;
			0) order="gen prisma hand" ;;
			esac
			for v in $order; do run_separate "$pair" "$v" "$r"; done
		else
			run_mixed "$pair" "$r"
		fi
	done
done

median() { # pair variant
	awk -v p="$1" -v v="$2" '$1 == p && $2 == v { print $4 }' "$tps_file" | sort -g |
		awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }' || printf -- '-'; }

# --- 6: plan cache --------------------------------------------------------------
# the last snapshot of each pgbench run of a prisma.query script
read -r run_hits run_misses run_evict run_max_entries <<<"$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
	SELECT COALESCE(sum(hits), 0), COALESCE(sum(misses), 0), COALESCE(sum(evictions), 0), COALESCE(max(entries), 0)
	  FROM (SELECT DISTINCT ON (pid) * FROM bench_plan_stats
	         WHERE script IN ('nested', 'unique', 'create', 'group', 'count') ORDER BY pid, tx DESC) last")"
# one psql session: 3,000 documents of each shape, then its own counters
loop_expr() { statement "$HERE/$1_prisma.sql" | sed -e 's/^SELECT //' -e "s/:uid/$2/g"; }
loop_stats=$("${PSQL[@]}" -d "$DB" -At -F ' ' \
	-c "SELECT count($(loop_expr nested '((g * 7919) % 9981)')) FROM generate_series(1, 3000) g" \
	-c "SELECT count($(loop_expr unique '(1 + (g * 7919) % 10000)')) FROM generate_series(1, 3000) g" \
	-c "SELECT hits, misses, entries, evictions FROM prisma.plan_cache_stats()" | tail -1)
read -r loop_hits loop_misses loop_entries loop_evict <<<"$loop_stats"

# --- 7: EXPLAIN ANALYZE of both nested statements ---------------------------------
{
	echo "-- generated (prisma.query), \$1 = '500'"
	cat "$OUT/nested_generated.sql"
	"${PSQL[@]}" -d "$DB" -c "PREPARE g(text) AS $(cat "$OUT/nested_generated.sql")" \
		-c "EXECUTE g('500')" -o /dev/null -c "EXPLAIN (ANALYZE, BUFFERS) EXECUTE g('500')"
	echo "-- hand-written, \$1 = 500"
	"${PSQL[@]}" -d "$DB" -c "PREPARE h(int) AS $(statement "$HERE/nested_hand.sql" | sed 's/:uid/$1/g')" \
		-c "EXECUTE h(500)" -o /dev/null -c "EXPLAIN (ANALYZE, BUFFERS) EXECUTE h(500)"
} >"$OUT/explain.txt" 2>&1 || say "   (EXPLAIN failed, see $OUT/explain.txt)"

# --- report -----------------------------------------------------------------------
np=$(median nested prisma); nh=$(median nested hand); ng=$(median nested gen)
up=$(median unique prisma); uh=$(median unique hand); ug=$(median unique gen)
cp=$(median create prisma); ch=$(median create hand)
gp=$(median group prisma); gh=$(median group hand); gg=$(median group gen)
kp=$(median count prisma); kh=$(median count hand); kg=$(median count gen)
pct() { awk -v h="$1" -v m="$2" 'BEGIN { if (h + m == 0) print "-"; else printf "%.3f%%", 100 * h / (h + m) }'; }
echo
echo "prisma_ext benchmark ($MODE): $ROUNDS rounds, pgbench -n -c 1 -j 1 -T $DURATION -M prepared, median TPS"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "" "prisma.query" "hand SQL" "gen SQL" "p/hand" "goal" "p/gen"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "nested findMany" "$np" "$nh" "${ng:--}" "$(ratio "$np" "$nh")" ">=0.9" "$(ratio "$np" "$ng")"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "findUnique by id" "$up" "$uh" "${ug:--}" "$(ratio "$up" "$uh")" ">=0.8" "$(ratio "$up" "$ug")"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "nested create" "$cp" "$ch" "-" "$(ratio "$cp" "$ch")" ">=0.8" "-"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "groupBy + having" "$gp" "$gh" "${gg:--}" "$(ratio "$gp" "$gh")" ">=0.9" "$(ratio "$gp" "$gg")"
printf '%-22s %12s %12s %12s %8s %8s %8s\n' "count, relation filter" "$kp" "$kh" "${kg:--}" "$(ratio "$kp" "$kh")" ">=0.9" "$(ratio "$kp" "$kg")"
per_round() { # pair: the ratio prisma/hand of each round (same session in mixed mode)
	awk -v p="$1" '$1 == p && $2 == "prisma" { a[$3] = $4 } $1 == p && $2 == "hand" { b[$3] = $4 }
		END { for (r in a) if (r in b) printf " %.3f", a[r] / b[r] }' "$tps_file"
}
echo "p/hand of each round: nested$(per_round nested); findUnique$(per_round unique); create$(per_round create); group$(per_round group); count$(per_round count)"
echo "groupBy + having: the posts of 50 authors grouped by author, _count and _sum of views, having _sum > 100"
echo "count, relation filter: of 100 users, those with a published post"
echo "nested findMany: 20 users after a random id, posts (take 10, createdAt desc), profile, _count.posts"
echo "nested create: a user with a profile and 10 posts (hand: one statement of data-modifying CTEs)"
echo "p/hand = prisma.query / hand-written; p/gen = prisma.query / its own SQL run directly"
echo
echo "plan cache (goal >= 99%):"
echo "  inside the pgbench connections (last snapshot of each prisma.query run, summed):"
echo "    hits $run_hits, misses $run_misses, evictions $run_evict, max entries $run_max_entries: hit rate $(pct "$run_hits" "$run_misses")"
echo "  one psql session, 3,000 nested + 3,000 findUnique documents:"
echo "    hits $loop_hits, misses $loop_misses, entries $loop_entries, evictions $loop_evict: hit rate $(pct "$loop_hits" "$loop_misses")"
echo
echo "per-run TPS: $tps_file; pgbench logs, generated SQL, EXPLAIN ANALYZE: $OUT"

if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
fi
