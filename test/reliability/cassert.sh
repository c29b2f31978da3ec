#!/usr/bin/env bash
# The in-server fuzz (test/query-fuzz) against an assert-enabled PostgreSQL
# (issue 11): PostgreSQL 15 built with --enable-cassert from Debian's source
# package, prisma_ext built against it, and mutated read and write documents
# run through prisma.query.  Every document must answer or fail with a Prisma
# error (run.mjs checks), and the server log must hold no failed assertion
# (TRAP) and no crashed backend.  Not part of the test command: the build
# takes about 5 minutes once (kept in CASSERT_PREFIX), the documents about
# a minute per 10,000.
# Usage: cassert.sh [DOCUMENTS_PER_SEED] [SEED...]   (40000; seeds 1 2 3 4 5)
# Env: CASSERT_PREFIX (/var/tmp/prisma-ext-cassert), ORACLE_DIR (the pg module).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
prefix=${CASSERT_PREFIX:-/var/tmp/prisma-ext-cassert}
docs=${1:-40000}; shift || true
seeds=("$@"); [ ${#seeds[@]} -eq 0 ] && seeds=(1 2 3 4 5)

# PostgreSQL from Debian's source package, with assertions
if [ ! -x "$prefix/bin/postgres" ]; then
  if ! apt-cache showsrc postgresql-15 2>/dev/null | grep '^Version' >/dev/null; then
    log "adding Debian's source archive to apt"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
      as_root tee /etc/apt/sources.list.d/prisma-ext-src.sources >/dev/null
    as_root apt-get update -qq
  fi
  # the differential sets hold xml values
  [ -f /usr/include/libxml2/libxml/parser.h ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev >/dev/null
  src=$(mktemp -d /var/tmp/pg-src.XXXXXX)
  # the newest version the mirror still holds
  for v in $(apt-cache showsrc postgresql-15 | awk '/^Version:/ { print $2 }' | sort -rV); do
    (cd "$src" && apt-get source -qq --download-only "postgresql-15=$v" >/dev/null 2>&1) && break
  done
  ls "$src"/postgresql-15_*.orig.tar.bz2 >/dev/null || { echo "no source of postgresql-15 could be downloaded"; exit 1; }
  log "building $(basename "$src"/postgresql-15_*.orig.tar.bz2 .orig.tar.bz2) with --enable-cassert into $prefix"
  tar -xjf "$src"/postgresql-15_*.orig.tar.bz2 -C "$src"
  if ! (cd "$src"/postgresql-15.*/ &&
    ./configure -q --prefix="$prefix" --enable-cassert --enable-debug --without-readline --without-zlib \
      --without-icu --with-libxml CFLAGS="-O1 -g" &&
    make -s -j"$(nproc)" && make -s -C contrib -j"$(nproc)" &&
    as_root make -s install && as_root make -s -C contrib install) >"$src/build.log" 2>&1; then
    tail -20 "$src/build.log"; echo "the build of PostgreSQL failed (log: $src/build.log)"; exit 1
  fi
  rm -rf "$src"
fi

# prisma_ext against it, built in a copy of the tree (the main build stays as it is)
build=$(mktemp -d)
tar -C "$REPO" --exclude=.git --exclude=test --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$build" -xf -
log "building prisma_ext against $prefix"
make -C "$build" -s PG_CONFIG="$prefix/bin/pg_config" >/dev/null
as_root make -C "$build" -s PG_CONFIG="$prefix/bin/pg_config" install >/dev/null
rm -rf "$build"

PG_BIN="$prefix/bin"
start_cluster
set +e
pass=0; fail=0
for seed in "${seeds[@]}"; do
  out=$(node "$REPO/test/query-fuzz/run.mjs" "$docs" --seed "$seed" 2>&1)
  echo "$out" | grep -E '^(FAIL|query-fuzz)' | head -5
  line=$(echo "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
  [ -n "$line" ] || { echo "$out" | tail -5; fail=$((fail + 1)); continue; }
  pass=$((pass + $(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$line")))
  fail=$((fail + $(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")))
done
# a failed assertion (TRAP:) aborts the backend, and every crash makes the
# postmaster log that a server process was terminated by a signal: count those
traps=$(grep -cE 'server process .* was terminated by signal' "$PGDATA_DIR/server.log" || true)
grep -E 'TRAP:|terminated by signal' "$PGDATA_DIR/server.log" | head -5
echo "cassert figures: $((pass + fail)) documents over seeds ${seeds[*]} on $("$prefix/bin/postgres" --version) with assertions; $traps failed assertions or crashed backends"
[ "$traps" -eq 0 ] || fail=$((fail + traps))
echo "cassert: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
