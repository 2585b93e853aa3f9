#!/usr/bin/env bash
# pgLocal.sh — a private PostgreSQL 15 cluster for development and tests.
#
#   scripts/pgLocal.sh start    initdb if needed, start, create the database,
#                               print the DATABASE_URL on stdout
#   scripts/pgLocal.sh stop     fast shutdown (no-op when not running)
#   scripts/pgLocal.sh status   exit 0 when running, 3 when not
#   scripts/pgLocal.sh url      print the DATABASE_URL
#
# Environment:
#   PG_DIR   cluster directory (default <repo>/var/pg): data/, run/ (unix
#            socket), postgres.log
#   PG_PORT  TCP port on 127.0.0.1 (default 5433)
#   PG_DB    database to create (default csd)
#   PG_FAST  1: fsync off etc. — for throwaway test clusters only
#
# The cluster listens only on 127.0.0.1 with trust authentication: it is a
# developer's local database, never a server. Postgres refuses to run as
# root, so as root everything runs as the unprivileged system user "csd"
# (created when missing). When that user cannot reach PG_DIR (a repository
# under /root, mode 700), the data lives in /var/tmp/csd-pg-<hash> and
# PG_DIR becomes a symlink to it. Idempotent.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_DIR=${PG_DIR:-$REPO/var/pg}
PG_PORT=${PG_PORT:-5433}
PG_DB=${PG_DB:-csd}
PG_SUPERUSER=csd
RUN_USER=csd

say() { echo "pgLocal: $*" >&2; }
die() { say "$*"; exit 1; }

pg_bin() {
    local d
    for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
    return 1
}
PGBIN=$(pg_bin) || die "PostgreSQL server binaries not found (install postgresql-15: scripts/deps.sh)"

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1
[ -d "$PG_DIR" ] && PG_DIR=$(cd "$PG_DIR" && pwd -P)

# Runs a command as the user that owns the cluster.
as_pg() {
    if [ "$IS_ROOT" = 1 ]; then
        # From /: the caller's directory may be closed to that user.
        (cd / && runuser -u "$RUN_USER" -- "$@")
    else
        "$@"
    fi
}

ensure_user() {
    [ "$IS_ROOT" = 1 ] || return 0
    if ! id -u "$RUN_USER" >/dev/null 2>&1; then
        say "creating system user $RUN_USER (Postgres does not run as root)"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$RUN_USER"
    fi
}

# Makes PG_DIR exist and be usable by the cluster's user.
prepare_dir() {
    if [ -L "$PG_DIR" ] && [ ! -d "$PG_DIR" ]; then
        rm -f "$PG_DIR" # dangling link (e.g. /var/tmp was cleaned)
    fi
    if [ "$IS_ROOT" = 1 ] && [ ! -e "$PG_DIR" ]; then
        local parent
        parent=$(dirname "$PG_DIR")
        mkdir -p "$parent"
        if ! runuser -u "$RUN_USER" -- test -x "$parent" 2>/dev/null; then
            local real
            real=/var/tmp/csd-pg-$(printf '%s' "$(cd "$parent" && pwd -P)/$(basename "$PG_DIR")" | sha1sum | cut -c1-12)
            say "$parent is not reachable by user $RUN_USER; keeping the cluster in $real"
            mkdir -p "$real"
            chown "$RUN_USER:$RUN_USER" "$real"
            chmod 700 "$real"
            ln -sfn "$real" "$PG_DIR"
        fi
    fi
    mkdir -p "$PG_DIR"
    # From here on use the physical path: the cluster's user may not be able
    # to walk through the symlink's directory.
    PG_DIR=$(cd "$PG_DIR" && pwd -P)
    if [ "$IS_ROOT" = 1 ]; then
        chown "$RUN_USER:$RUN_USER" "$PG_DIR"
    fi
    as_pg mkdir -p "$PG_DIR/run"
}

data_dir() { echo "$PG_DIR/data"; }

# Port of the running postmaster (line 4 of postmaster.pid), else PG_PORT.
current_port() {
    local pidf
    pidf="$(data_dir)/postmaster.pid"
    if [ -r "$pidf" ]; then
        sed -n 4p "$pidf"
    else
        echo "$PG_PORT"
    fi
}

print_url() { echo "postgresql://$PG_SUPERUSER@127.0.0.1:$(current_port)/$PG_DB"; }

is_running() {
    [ -d "$(data_dir)" ] || return 1
    as_pg "$PGBIN/pg_ctl" -D "$(data_dir)" status >/dev/null 2>&1
}

do_initdb() {
    [ -f "$(data_dir)/PG_VERSION" ] && return 0
    say "initdb $(data_dir)"
    as_pg "$PGBIN/initdb" -D "$(data_dir)" -U "$PG_SUPERUSER" --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    # Settings for a local, loopback-only cluster (port and socket directory
    # are given on the command line at each start). commit_delay stays 0:
    # measured, it gave push acknowledgements no reliable gain (README
    # "Push acknowledgement and group commit").
    as_pg tee -a "$(data_dir)/postgresql.conf" >/dev/null <<'EOF'

# --- csd local cluster (scripts/pgLocal.sh) ---
listen_addresses = '127.0.0.1'
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
log_min_error_statement = error
EOF
    if [ "${PG_FAST:-0}" = 1 ]; then
        # Throwaway test cluster: durability buys nothing here.
        as_pg tee -a "$(data_dir)/postgresql.conf" >/dev/null <<'EOF'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi
}

do_start() {
    ensure_user
    prepare_dir
    do_initdb
    if ! is_running; then
        local sockdir
        sockdir="$PG_DIR/run"
        # Unix socket paths are limited to ~107 bytes: fall back to TCP only.
        [ ${#sockdir} -gt 80 ] && sockdir=""
        if ! as_pg "$PGBIN/pg_ctl" -D "$(data_dir)" -l "$PG_DIR/postgres.log" -w -t 60 \
            -o "-p $PG_PORT -k '$sockdir'" start >/dev/null; then
            tail -n 20 "$PG_DIR/postgres.log" >&2 || true
            die "PostgreSQL did not start on 127.0.0.1:$PG_PORT (port in use? see $PG_DIR/postgres.log)"
        fi
        say "PostgreSQL running on 127.0.0.1:$PG_PORT (data in $PG_DIR/data)"
    fi
    local port
    port=$(current_port)
    local exists
    exists=$("$PGBIN/psql" -X -q -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres -tA \
        -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") ||
        die "cannot connect to the cluster on port $port"
    if [ "$exists" != 1 ]; then
        "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" "$PG_DB" ||
            die "createdb $PG_DB failed"
        say "created database $PG_DB"
    fi
    print_url
}

do_stop() {
    if is_running; then
        as_pg "$PGBIN/pg_ctl" -D "$(data_dir)" -m fast -w -t 60 stop >/dev/null
        say "PostgreSQL stopped"
    fi
}

case "${1:-}" in
    start) do_start ;;
    stop) do_stop ;;
    status)
        if is_running; then echo "running on 127.0.0.1:$(current_port)"; exit 0; fi
        echo "not running"
        exit 3
        ;;
    url) print_url ;;
    *)
        echo "usage: $0 {start|stop|status|url}" >&2
        exit 2
        ;;
esac
