#!/usr/bin/env bash
# A throw-away PostgreSQL server on a loopback port, for the test run and the benchmarks.
#
#   bash scripts/test_postgres.sh start   initdb + pg_ctl start; prints the admin URL on stdout
#   bash scripts/test_postgres.sh stop    stops it and removes its folder
#
# The server is Debian's `postgresql` package (installed by scripts/setup.sh when run as root), run as the
# `postgres` user when started by root. Its folder is $INSPECTOR_PG_DIR (default /tmp/inspector-test-pg),
# its port $INSPECTOR_PG_PORT (default 55432). It speaks TLS (a self-signed certificate made here with
# openssl) and asks every role but `postgres` for its password (scram-sha-256); `postgres` itself is trusted
# on loopback. Durability is off (fsync, synchronous_commit): it holds test data only.
set -euo pipefail

PGDIR="${INSPECTOR_PG_DIR:-/tmp/inspector-test-pg}"
PGPORT="${INSPECTOR_PG_PORT:-55432}"
PGBIN="${INSPECTOR_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
DATA="$PGDIR/data"

as_owner() {  # run a server command as the folder's owner (postgres when we are root)
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    [[ -x "$PGBIN/initdb" ]] || { echo "test_postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
    if [[ -f "$DATA/postmaster.pid" ]] && as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        echo "postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
        exit 0
    fi
    rm -rf "$PGDIR"; mkdir -p "$DATA"
    if [[ "$(id -u)" == 0 ]]; then chown -R postgres: "$PGDIR"; fi
    chmod 700 "$DATA"
    as_owner "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log"
    as_owner openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" -newkey rsa:2048 \
        -keyout "$DATA/server.key" -out "$DATA/server.crt" 2>/dev/null
    chmod 600 "$DATA/server.key"
    cat >"$DATA/pg_hba.conf" <<HBA
local     all  postgres                 trust
host      all  postgres  127.0.0.1/32   trust
hostssl   all  all       127.0.0.1/32   scram-sha-256
host      all  all       127.0.0.1/32   scram-sha-256
HBA
    as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 -o \
        "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c ssl=on -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300 -c max_locks_per_transaction=256" start >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
stop)
    if [[ -d "$DATA" ]]; then as_owner "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$PGDIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
