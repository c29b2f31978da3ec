#!/usr/bin/env bash
# test/bench/scaling.sh: prisma.query against hand-written statements as
# clients and tables grow (issue 11).  NOT part of the test command (about
# 8 minutes; the figures depend on the machine).
#
#   1. throughput at 1, 8 and 32 clients (pgbench -M prepared, SCALE_SECONDS
#      each, default 10; SCALE_ROUNDS rounds, default 3, medians reported)
#      of findUnique by id and of the nested findMany
#      (unique_*.sql, nested_*.sql over seed.sql's 10,000 users), each
#      against its hand-written statement in the same run: the ratio must
#      not fall as clients grow;
#   2. findUnique latency, and a findMany of 20 rows after a random id, as
#      the table grows from 10^3 to 10^6 rows (10^7 with SCALE_MAX=7):
#      findUnique should stay flat and the findMany should follow the rows
#      it returns, not the table.
# Expects a running server (PGHOST/PGPORT/PGUSER) with prisma_ext installed.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DB=${BENCH_DB:-prisma_scaling}
SECONDS_EACH=${SCALE_SECONDS:-10}
ROUNDS=${SCALE_ROUNDS:-3}
MAX=${SCALE_MAX:-6}
PGBENCH=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the scripts without their plan-cache bookkeeping
for s in unique_prisma unique_hand nested_prisma nested_hand; do
  sed '/^\\set n /,$d' "$HERE/$s.sql" >"$work/$s.sql"
done
tps() { "$PGBENCH" -n -M prepared -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$SECONDS_EACH" -f "$2" "$DB" 2>/dev/null |
  sed -nE 's/^tps = ([0-9.]+).*/\1/p' | cut -d. -f1; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d "$DB" -c "SET client_min_messages = warning" -c "CREATE EXTENSION prisma_ext" \
  -c "SELECT prisma.db_push(\$psl\$$(cat "$ROOT/test/schemas/blog.prisma")\$psl\$)" >/dev/null
"${PSQL[@]}" -d "$DB" -f "$HERE/seed.sql" >/dev/null

# the median of its arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# "median-tps median-hand-tps median-ratio" of ROUNDS runs of a pair at $1 clients,
# the two sides alternating which runs first (a busy machine slows both alike)
pair() {
  local c=$1 mine=$2 hand=$3 r a b ta=() tb=() rs=()
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) -eq 1 ]; then a=$(tps "$c" "$mine"); b=$(tps "$c" "$hand")
    else b=$(tps "$c" "$hand"); a=$(tps "$c" "$mine"); fi
    ta+=("$a"); tb+=("$b"); rs+=("$(ratio "$a" "$b")")
  done
  echo "$(median "${ta[@]}") $(median "${tb[@]}") $(median "${rs[@]}") (${rs[*]})"
}

echo "== throughput by clients (tps, medians of $ROUNDS rounds; prisma / hand-written, each round's ratio)"
printf '%-8s %8s %8s %6s %-16s  %8s %8s %6s %s\n' clients unique hand ratio rounds nested hand ratio rounds
for c in 1 8 32; do
  read -r u uh ur urs <<<"$(pair "$c" "$work/unique_prisma.sql" "$work/unique_hand.sql")"
  read -r n nh nr nrs <<<"$(pair "$c" "$work/nested_prisma.sql" "$work/nested_hand.sql")"
  printf '%-8s %8s %8s %6s %-16s  %8s %8s %6s %s\n' "$c" "$u" "$uh" "$ur" "$urs" "$n" "$nh" "$nr" "$nrs"
done

echo "== by table size (1 client; tps; prisma / hand-written)"
"${PSQL[@]}" -d "$DB" -c "SET client_min_messages = warning" -c "SELECT prisma.db_push(\$psl\$datasource db {
  provider = \"postgresql\"
}
model Item {
  id   Int    @id
  name String
}
\$psl\$, accept_data_loss => true)" >/dev/null
cat >"$work/find_prisma.sql" <<'EOF'
\set id random(1, :rows)
SELECT prisma.query('{"model": "Item", "action": "findUnique", "args": {"where": {"id": ' || :id || '}}}');
EOF
cat >"$work/find_hand.sql" <<'EOF'
\set id random(1, :rows)
SELECT json_build_object('id', id, 'name', name) FROM "Item" WHERE id = :id;
EOF
cat >"$work/page_prisma.sql" <<'EOF'
\set id random(1, :rows - 20)
SELECT prisma.query('{"model": "Item", "action": "findMany", "args": {"where": {"id": {"gt": ' || :id || '}}, "orderBy": {"id": "asc"}, "take": 20}}');
EOF
cat >"$work/page_hand.sql" <<'EOF'
\set id random(1, :rows - 20)
SELECT COALESCE(json_agg(json_build_object('id', id, 'name', name) ORDER BY id), '[]') FROM (SELECT id, name FROM "Item" WHERE id > :id ORDER BY id LIMIT 20) t;
EOF
printf '%-10s %10s %10s %6s   %10s %10s %6s\n' rows findUnique hand ratio findMany20 hand ratio
rows=0
for e in $(seq 3 "$MAX"); do
  target=$((10 ** e))
  "${PSQL[@]}" -d "$DB" -c "INSERT INTO \"Item\" SELECT g, 'item ' || g FROM generate_series($((rows + 1)), $target) g" -c "VACUUM ANALYZE \"Item\""
  rows=$target
  tpsr() { "$PGBENCH" -n -M prepared -c 1 -T "$SECONDS_EACH" -D rows="$rows" -f "$1" "$DB" 2>/dev/null | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | cut -d. -f1; }
  f=$(tpsr "$work/find_prisma.sql"); fh=$(tpsr "$work/find_hand.sql")
  p=$(tpsr "$work/page_prisma.sql"); ph=$(tpsr "$work/page_hand.sql")
  printf '%-10s %10s %10s %6.2f   %10s %10s %6.2f\n' "$rows" "$f" "$fh" "$(ratio "$f" "$fh")" "$p" "$ph" "$(ratio "$p" "$ph")"
done
[ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
