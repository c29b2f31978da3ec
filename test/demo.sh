#!/usr/bin/env bash
# The demo, from a fresh machine: installs the build dependencies (apt),
# builds and installs prisma_ext, starts a throwaway PostgreSQL, pushes the
# example blog schema, and shows the product at work: a nested create, nested
# reads, an update with an atomic increment, an upsert, an error with its
# Prisma code, the migration's tables; then Migrate in a second database:
# migrations, drift from DDL by hand, the DDL history, db_pull.
#   bash test/demo.sh          the cluster is removed at the end
#   bash test/demo.sh --keep   the cluster keeps running; the psql command
#                              that connects to it is printed
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
cd "$REPO"
keep=0
[ "${1:-}" = --keep ] && keep=1
install_deps
build_install
start_cluster
"$PG_BIN/createdb" blog
say() { echo; echo "-- $*"; }
run() { echo "blog=# $1"; psql_q -d blog -c "$1"; }
# a query document and its result (the JSON text, keys in Prisma's order)
query() { echo "blog=# SELECT prisma.query('$1');"; psql_q -d blog -At -c "SELECT prisma.query('$1')"; }
# a statement that fails, with the error psql shows
fails() { echo "blog=# $1"; psql_q -d blog -c "$1" 2>&1 || true; }

schema=$(cat test/schemas/blog.prisma)
say "the extension, and the blog schema (test/schemas/blog.prisma) pushed as Prisma Migrate would"
run "CREATE EXTENSION prisma_ext"
echo "blog=# SELECT prisma.db_push(\$\$ ...test/schemas/blog.prisma... \$\$);"
psql_q -d blog -At -c "SELECT prisma.db_push(\$psl\$$schema\$psl\$)"
run '\dt'

say "a nested create: a user, her profile, two posts and their categories, in one call"
query '{"model":"User","action":"create","args":{"data":{"email":"ada@example.com","name":"Ada",
  "profile":{"create":{"bio":"Writes about engines"}},
  "posts":{"create":[{"title":"Hello","published":true,"categories":{"create":[{"name":"intro"}]}},
                     {"title":"Inside PostgreSQL","categories":{"connectOrCreate":[{"where":{"name":"intro"},"create":{"name":"intro"}},
                                                                                    {"where":{"name":"databases"},"create":{"name":"databases"}}]}}]}},
  "include":{"profile":true,"posts":{"select":{"title":true,"categories":{"select":{"name":true}}}}}}}'
query '{"model":"User","action":"createMany","args":{"data":[{"email":"bob@example.com","name":"Bob"},{"email":"eve@example.com"}]}}'

say "nested reads: one SQL statement each"
query '{"model":"User","action":"findMany","args":{"where":{"posts":{"some":{"published":true}}},
  "select":{"name":true,"_count":{"select":{"posts":true}},"posts":{"where":{"published":true},"select":{"title":true}}}}}'
query '{"model":"Category","action":"findMany","args":{"orderBy":{"name":"asc"},"include":{"posts":{"select":{"title":true,"author":{"select":{"email":true}}}}}}}'

say "an update with an atomic increment, and nested writes"
query '{"model":"Post","action":"update","args":{"where":{"id":2},"data":{"views":{"increment":10},"published":true,
  "categories":{"disconnect":[{"name":"intro"}]}},"select":{"title":true,"views":true,"published":true,"categories":{"select":{"name":true}}}}}'

say "an upsert: INSERT ... ON CONFLICT DO UPDATE, run twice"
query '{"model":"Category","action":"upsert","args":{"where":{"name":"news"},"create":{"name":"news"},"update":{}}}'
query '{"model":"Category","action":"upsert","args":{"where":{"name":"news"},"create":{"name":"news"},"update":{}}}'

say "count and aggregate: one statement each"
query '{"model":"Post","action":"count","args":{"where":{"published":true}}}'
query '{"model":"Post","action":"aggregate","args":{"_count":true,"_sum":{"views":true},"_avg":{"views":true},"_max":{"createdAt":true}}}'

say "errors carry Prisma's code, a fitting SQLSTATE and Prisma's meta as JSON; nothing is written"
fails "SELECT prisma.query('{\"model\":\"User\",\"action\":\"create\",\"args\":{\"data\":{\"email\":\"eve@example.com\",\"posts\":{\"create\":{\"title\":\"t\"}}}}}')"
fails "SELECT prisma.query('{\"model\":\"User\",\"action\":\"update\",\"args\":{\"where\":{\"id\":42},\"data\":{\"name\":\"x\"}}}')"
run "SELECT count(*) AS users FROM \"User\""

say "what a document compiles to"
run "SELECT prisma.explain('{\"model\":\"User\",\"action\":\"create\",\"args\":{\"data\":{\"email\":\"x@example.com\",\"posts\":{\"create\":[{\"title\":\"a\"},{\"title\":\"b\"}]}}}}')" \
  | grep -E 'step|INSERT|SELECT|\$[0-9]' | cut -c1-160 || true

say "the catalog"
run "SELECT model_name, db_name, primary_key FROM prisma.models ORDER BY position"

# Migrate, in a second database: migrations instead of pushes
"$PG_BIN/createdb" app
app() { echo "app=# $1"; psql_q -d app -c "$1"; }
v1='datasource db {
  provider = "postgresql"
}
model Task {
  id    Int    @id @default(autoincrement())
  title String
}'
v2=${v1/title String/title String
  done  Boolean @default(false)}
say "Migrate in the database (a second database, app): migrate_dev records Prisma's SQL and applies it"
app "CREATE EXTENSION prisma_ext"
app "SELECT migration_name, status, script FROM prisma.migrate_dev('init', \$\$$v1\$\$)"
app "SELECT migration_name, status, script FROM prisma.migrate_dev('add done', \$\$$v2\$\$)"
say "DDL by hand is drift, seen at once by the event triggers"
app 'ALTER TABLE "Task" ADD COLUMN note text'
app "SELECT prisma.migrate_status()->>'message' AS status, json_array_length(prisma.migrate_status()->'drift') AS drift"
app "SELECT source, command_tag, object_identity FROM prisma.ddl_log"
say "db_pull: the live tables as a Prisma schema, as prisma db pull prints it"
echo "app=# SELECT prisma.db_pull();"
psql_q -d app -At -c "SELECT prisma.db_pull()"

if [ "$keep" = 1 ]; then
  trap - EXIT
  echo
  echo "The cluster keeps running. Connect with:"
  echo "  $PG_BIN/psql -h 127.0.0.1 -p $PGPORT -U postgres blog"
  echo "Stop it with:"
  echo "  ${CLUSTER_RUN[*]} $PG_BIN/pg_ctl -D $PGDATA_DIR/data stop"
fi
