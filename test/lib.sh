#!/usr/bin/env bash
# Shared steps of the demo and test commands: install build dependencies,
# build and install the extension, run a throwaway PostgreSQL cluster.
# Source it; it defines functions and never exits by itself.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_CONFIG=${PG_CONFIG:-$PG_BIN/pg_config}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ORACLE_DIR=${ORACLE_DIR:-/var/tmp/prisma-ext-oracle}

log() { printf '==> %s\n' "$*" >&2; }

# run as root directly, otherwise through sudo
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# apt-get install the build dependencies when their headers are missing
install_deps() {
  local need=()
  [ -f /usr/include/postgresql/15/server/postgres.h ] || need+=(postgresql-server-dev-15)
  [ -f /usr/include/jansson.h ] || need+=(libjansson-dev)
  command -v make >/dev/null && command -v gcc >/dev/null || need+=(build-essential)
  # the fuzz targets: clang with libFuzzer and the sanitizers' runtimes
  command -v clang >/dev/null || need+=(clang)
  compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' >/dev/null || need+=(libclang-rt-dev)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# build with -Werror and install into the PostgreSQL tree
build_install() {
  log "building prisma_ext"
  make -C "$REPO" -s PG_CONFIG="$PG_CONFIG" >/dev/null
  as_root make -C "$REPO" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# the OS user that owns the throwaway cluster (postgres refuses to run as root)
cluster_user() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; return; fi
  id prisma_ext_pg >/dev/null 2>&1 || useradd --system --no-create-home prisma_ext_pg
  echo prisma_ext_pg
}

# a free TCP port on loopback
free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# start a cluster in a temporary directory; sets PGHOST PGPORT PGUSER PGDATA_DIR
start_cluster() {
  local user; user=$(cluster_user)
  PGDATA_DIR=$(mktemp -d /tmp/prisma_ext_pg.XXXXXX)
  chmod 755 "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown "$user" "$PGDATA_DIR"
  PGPORT=$(free_port)
  local run=(); [ "$(id -u)" = 0 ] && run=(env -C / runuser -u "$user" --)
  log "starting PostgreSQL on port $PGPORT in $PGDATA_DIR"
  "${run[@]}" "$PG_BIN/initdb" -D "$PGDATA_DIR/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$PGDATA_DIR/initdb.log" 2>&1 || { cat "$PGDATA_DIR/initdb.log"; return 1; }
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w \
      -o "-p $PGPORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
      || { cat "$PGDATA_DIR/server.log"; return 1; }
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATA_DIR CLUSTER_USER=$user
  # Prisma's CLI (migrate diff included) connects to its datasource first:
  # point it at this cluster, never at a developer's own server
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
  CLUSTER_RUN=("${run[@]}")
  trap stop_cluster EXIT
}

stop_cluster() {
  [ -n "${PGDATA_DIR:-}" ] || return 0
  "${CLUSTER_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PGDATA_DIR"
  PGDATA_DIR=
}

psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# install the real Prisma 7 (the oracle) into a cache directory, once
install_oracle() {
  local src="$REPO/../shared/oracle"
  if [ -f "$ORACLE_DIR/.installed" ] && cmp -s "$src/package-lock.json" "$ORACLE_DIR/package-lock.json"; then
    return 0
  fi
  log "installing the Prisma 7 oracle into $ORACLE_DIR"
  mkdir -p "$ORACLE_DIR" && cp -r "$src/." "$ORACLE_DIR/"
  (cd "$ORACLE_DIR" && PRISMA_SCHEMA_ENGINE_BINARY="$ORACLE_DIR/shim/schema-engine-wasm-shim.mjs" \
      npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || return 1
  touch "$ORACLE_DIR/.installed"
}
