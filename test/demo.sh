#!/usr/bin/env bash
# The demo, from a fresh machine: installs the build dependencies (apt),
# builds and installs prisma_ext, starts a throwaway PostgreSQL, creates
# the extension, pushes the example blog schema and shows the tables.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
cd "$REPO"
install_deps
build_install
start_cluster
"$PG_BIN/createdb" blog
run() { echo; echo "blog=# $1"; psql_q -d blog -c "$1"; }

schema=$(cat test/schemas/blog.prisma)
run "CREATE EXTENSION prisma_ext"
echo; echo "blog=# SELECT prisma.db_push(\$\$ ...test/schemas/blog.prisma... \$\$);"
psql_q -d blog -At -c "SELECT prisma.db_push(\$psl\$$schema\$psl\$)"
run '\dt'
run '\d "User"'
run '\d "Post"'
run "SELECT model_name, db_name, primary_key FROM prisma.models ORDER BY position"
run "SELECT relation_name, kind, model_a, field_a, model_b, field_b, constraint_name, join_table FROM prisma.relations"
