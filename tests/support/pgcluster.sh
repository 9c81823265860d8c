#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suites: `pgcluster.sh start STATEFILE` creates one
# in a fresh temporary folder (listening only on a Unix socket there, trust authentication) and
# writes its connection URI to STATEFILE; `pgcluster.sh stop STATEFILE` stops it and removes the
# folder. Runs the server as the postgres user when started as root (initdb refuses root).
set -euo pipefail

action=${1:?usage: pgcluster.sh start|stop STATEFILE}
state=${2:?usage: pgcluster.sh start|stop STATEFILE}
bin=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
owner=haulstream

as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    [ -f "$state.dir" ] || return 0
    local dir
    dir=$(cat "$state.dir")
    # An immediate shutdown is SIGQUIT to the postmaster; bounded, then SIGKILL for what is left.
    local pid
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null; then
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            pkill -KILL -P "$pid" 2>/dev/null || true
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    # Every test made a database of its own: removing them all takes long on a busy disk, so
    # the files go in the background once the server is down.
    setsid rm -rf "$dir" </dev/null >/dev/null 2>&1 &
    rm -f "$state" "$state.dir"
}

case "$action" in
start)
    [ -x "$bin/initdb" ] || { echo "pgcluster: no PostgreSQL server found (install the postgresql package)" >&2; exit 1; }
    stop_cluster # a cluster left behind by an interrupted run
    dir=$(mktemp -d /tmp/haulstream-pg.XXXXXX)
    echo "$dir" >"$state.dir"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=reject >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; stop_cluster; exit 1; }
    # Unix socket only, in the cluster's own folder: no port can clash with another run.
    port=5432
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; stop_cluster; exit 1; }
    "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE $owner LOGIN CREATEDB CREATEROLE" \
        -c "CREATE DATABASE $owner OWNER $owner" >/dev/null
    echo "postgresql://$owner@/$owner?host=$dir&port=$port" >"$state"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: pgcluster.sh start|stop STATEFILE" >&2
    exit 2
    ;;
esac
