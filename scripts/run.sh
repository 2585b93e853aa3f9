#!/usr/bin/env bash
# run.sh — start the whole stack in the foreground (what `make run` calls
# after building): local Postgres (unless DATABASE_URL is set), migrations,
# csd (master + workers) and nginx with nchan on 127.0.0.1:$PORT.
# Ctrl-C (or SIGTERM, or scripts/stop.sh) stops csd, nginx and the local
# Postgres cleanly.
#
# Settings come from the environment, then .env (the environment wins, as in
# csd itself). Runtime files live in var/: var/log (csd.log, nginx logs),
# var/run (socket, pids), var/nginx (rendered config), var/pg (local cluster),
# var/authSecret (generated JWT secret), var/stack.env (for csctl in another
# shell).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
BUILD=${BUILD:-build}
VAR=$REPO/var

say() { echo "run: $*"; }
die() { echo "run: ERROR: $*" >&2; exit 1; }

# --- settings: environment first, then .env (no override) -----------------
load_env_file() {
    local file=$1 line key val
    [ -f "$file" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line#"${line%%[![:space:]]*}"}
        [ -z "$line" ] || [ "${line:0:1}" = "#" ] && continue
        line=${line#export }
        [[ $line == *=* ]] || die "$file: expected KEY=VALUE: $line"
        key=${line%%=*}
        key=${key%"${key##*[![:space:]]}"}
        val=${line#*=}
        val=${val#"${val%%[![:space:]]*}"}
        val=${val%"${val##*[![:space:]]}"}
        if [[ ${#val} -ge 2 && ( ${val:0:1} == '"' || ${val:0:1} == "'" ) && ${val: -1} == "${val:0:1}" ]]; then
            val=${val:1:${#val}-2}
        fi
        [[ $key =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "$file: bad variable name: $key"
        [ -n "${!key+x}" ] || export "$key=$val"
    done <"$file"
}
load_env_file "$REPO/.env"

[ -x "$BUILD/csd" ] && [ -x "$BUILD/csctl" ] || die "$BUILD/csd or $BUILD/csctl missing: run make first"

PORT=${PORT:-3002}
export PORT
if [ -n "${NCHAN_PUBLISH_URL:-}" ]; then
    [[ $NCHAN_PUBLISH_URL =~ ^http://127\.0\.0\.1:([0-9]+)/pub$ ]] ||
        die "NCHAN_PUBLISH_URL must look like http://127.0.0.1:<port>/pub for the local stack"
    PUB_PORT=${BASH_REMATCH[1]}
else
    PUB_PORT=$((PORT + 1))
    export NCHAN_PUBLISH_URL="http://127.0.0.1:$PUB_PORT/pub"
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$PORT" && die "port $PORT is already in use (set PORT=... or stop what uses it; scripts/stop.sh stops a previous run)"
port_busy "$PUB_PORT" && die "nchan publisher port $PUB_PORT is already in use (set NCHAN_PUBLISH_URL=http://127.0.0.1:<port>/pub)"

mkdir -p "$VAR/log" "$VAR/run" "$VAR/nginx/tmp"

# --- cleanup on exit, Ctrl-C, SIGTERM ---------------------------------------
CSD_PID="" NGINX_PID="" STARTED_PG=0 STOPPING=0
cleanup() {
    [ "$STOPPING" = 1 ] && return
    STOPPING=1
    trap '' INT TERM
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true # graceful: finish open requests
    fi
    if [ -n "$CSD_PID" ] && kill -0 "$CSD_PID" 2>/dev/null; then
        kill -TERM "$CSD_PID" 2>/dev/null || true # master stops its workers
    fi
    local i
    for i in $(seq 1 150); do
        { [ -n "$CSD_PID" ] && kill -0 "$CSD_PID" 2>/dev/null; } ||
            { [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; } || break
        sleep 0.1
    done
    [ -n "$NGINX_PID" ] && kill -KILL "$NGINX_PID" 2>/dev/null || true
    [ -n "$CSD_PID" ] && kill -KILL "$CSD_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    # Only our own pid files (another run may own var/run).
    [ "$(cat "$VAR/run/run.pid" 2>/dev/null)" = "$$" ] &&
        rm -f "$VAR/run/csd.pid" "$VAR/run/nginx.pid" "$VAR/run/run.pid"
    if [ "$STARTED_PG" = 1 ]; then
        PG_DIR="$VAR/pg" scripts/pgLocal.sh stop || true
    fi
    say "stopped"
}
trap 'cleanup; exit 1' EXIT
trap 'echo; say "stopping..."; cleanup; trap - EXIT; exit 0' INT TERM
echo $$ >"$VAR/run/run.pid"

# --- database ---------------------------------------------------------------
if [ -z "${DATABASE_URL:-}" ]; then
    say "DATABASE_URL not set: starting the local PostgreSQL cluster in var/pg"
    STARTED_PG=1
    DATABASE_URL=$(PG_DIR="$VAR/pg" scripts/pgLocal.sh start) || die "local PostgreSQL did not start"
    export DATABASE_URL
fi

# --- JWT secret ---------------------------------------------------------------
if [ -z "${AUTH_JWT_SECRET:-}" ]; then
    if [ ! -s "$VAR/authSecret" ]; then
        (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$VAR/authSecret")
        say "generated AUTH_JWT_SECRET into var/authSecret"
    fi
    chmod 600 "$VAR/authSecret"
    AUTH_JWT_SECRET=$(cat "$VAR/authSecret")
    export AUTH_JWT_SECRET
fi

# --- migrations -------------------------------------------------------------
"$BUILD/csctl" migrate || die "migrations failed"

# --- csd ----------------------------------------------------------------------
export CSD_LOG_FILE=${CSD_LOG_FILE:-$VAR/log/csd.log}
if [ -z "${CSD_SOCKET:-}" ]; then
    CSD_SOCKET=$VAR/run/csd.sock
    # sun_path holds ~107 bytes: deep checkouts get a short path in /tmp.
    if [ ${#CSD_SOCKET} -gt 100 ]; then
        CSD_SOCKET=/tmp/csd-$(printf '%s' "$REPO" | sha1sum | cut -c1-12).sock
    fi
fi
case $CSD_SOCKET in /*) ;; *) CSD_SOCKET=$REPO/$CSD_SOCKET ;; esac
export CSD_SOCKET

# A csd.env file for csctl in another shell (same database and secret).
(umask 077 && {
    printf 'export DATABASE_URL=%q\n' "$DATABASE_URL"
    printf 'export AUTH_JWT_SECRET=%q\n' "$AUTH_JWT_SECRET"
} >"$VAR/stack.env")

"$BUILD/csd" &
CSD_PID=$!
echo "$CSD_PID" >"$VAR/run/csd.pid"
for _ in $(seq 1 150); do
    [ -S "$CSD_SOCKET" ] && break
    kill -0 "$CSD_PID" 2>/dev/null || break
    sleep 0.1
done
if ! kill -0 "$CSD_PID" 2>/dev/null || [ ! -S "$CSD_SOCKET" ]; then
    [ -f "$CSD_LOG_FILE" ] && tail -n 20 "$CSD_LOG_FILE" >&2
    die "csd did not start (log: $CSD_LOG_FILE)"
fi

# --- nginx --------------------------------------------------------------------
NCHAN_MODULE=/usr/lib/nginx/modules/ngx_nchan_module.so
[ -f "$NCHAN_MODULE" ] || die "nchan module missing ($NCHAN_MODULE): install libnginx-mod-nchan (scripts/deps.sh)"
USER_LINE=""
# Started as root, nginx would run its workers as "nobody", which cannot
# reach a checkout under /root. This dev stack listens on loopback only, so
# the workers keep the invoking user (root) — production uses a real user,
# see nginx/production.conf.example.
[ "$(id -u)" -eq 0 ] && USER_LINE="user root;"
MAX_BODY_BYTES=${CSD_MAX_BODY_BYTES:-1048576}
NGINX_VAR=$VAR/nginx
# nginx serves stored media from csd's MEDIA_DIR (relative to the repo, csd's cwd).
MEDIA_DIR_ABS=${MEDIA_DIR:-var/media}
[[ $MEDIA_DIR_ABS == /* ]] || MEDIA_DIR_ABS=$REPO/$MEDIA_DIR_ABS
mkdir -p "$MEDIA_DIR_ABS"
sed -e "s|@USER_LINE@|$USER_LINE|" \
    -e "s|@VAR@|$NGINX_VAR|g" \
    -e "s|@PORT@|$PORT|g" \
    -e "s|@PUB_PORT@|$PUB_PORT|g" \
    -e "s|@SOCKET@|$CSD_SOCKET|g" \
    -e "s|@STATIC@|$REPO/nginx/static|g" \
    -e "s|@NGINX_DIR@|$REPO/nginx|g" \
    -e "s|@NCHAN_MODULE@|$NCHAN_MODULE|g" \
    -e "s|@MAX_BODY@|$((MAX_BODY_BYTES + 65536))|g" \
    -e "s|@WS_MAX_SECONDS@|${WS_MAX_SECONDS:-55}|g" \
    -e "s|@MEDIA_DIR@|$MEDIA_DIR_ABS|g" \
    nginx/csd.conf.template >"$NGINX_VAR/nginx.conf"
nginx -q -t -p "$NGINX_VAR" -c "$NGINX_VAR/nginx.conf" -e "$NGINX_VAR/error.log" ||
    die "nginx rejected the rendered config $NGINX_VAR/nginx.conf"
nginx -p "$NGINX_VAR" -c "$NGINX_VAR/nginx.conf" -e "$NGINX_VAR/error.log" -g "daemon off;" &
NGINX_PID=$!
echo "$NGINX_PID" >"$VAR/run/nginx.pid"
for _ in $(seq 1 100); do
    port_busy "$PORT" && break
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
done
if ! kill -0 "$NGINX_PID" 2>/dev/null || ! port_busy "$PORT"; then
    tail -n 20 "$NGINX_VAR/error.log" >&2 || true
    die "nginx did not start on 127.0.0.1:$PORT (log: $NGINX_VAR/error.log)"
fi

cat <<EOF

  Customer Success Backend is running.
    Console      http://127.0.0.1:$PORT/
    API          http://127.0.0.1:$PORT/          (e.g. curl http://127.0.0.1:$PORT/health)
    API docs     http://127.0.0.1:$PORT/api/docs
    WebSocket    ws://127.0.0.1:$PORT/ws/<channel>?token=<JWT>
    csd log      $CSD_LOG_FILE
    nginx logs   $NGINX_VAR/error.log, $NGINX_VAR/access.log

  Create the first admin (in another shell, from $REPO), then log in to the console:
    . var/stack.env      # DATABASE_URL and AUTH_JWT_SECRET of this run
    $BUILD/csctl agent add --name "Admin" --email admin@example.com --role admin
    echo 'choose-a-password' | $BUILD/csctl agent passwd --email admin@example.com
  or get an API token for curl:
    $BUILD/csctl token --email admin@example.com
    curl -H "Authorization: Bearer <token>" http://127.0.0.1:$PORT/conversations

  Ctrl-C (or scripts/stop.sh) stops everything.

EOF

# Wait until a signal arrives or a process dies (then stop the rest).
set +e
wait -n "$CSD_PID" "$NGINX_PID"
status=$?
set -e
if [ "$STOPPING" = 0 ]; then
    if ! kill -0 "$CSD_PID" 2>/dev/null; then
        echo "run: ERROR: csd exited (status $status); see $CSD_LOG_FILE" >&2
    else
        echo "run: ERROR: nginx exited (status $status); see $NGINX_VAR/error.log" >&2
    fi
    exit 1
fi
