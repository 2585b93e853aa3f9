#!/usr/bin/env bash
# stop.sh — stop a stack started by scripts/run.sh (make run) from another
# shell. Asks run.sh to stop (it stops csd, nginx and the local Postgres);
# when run.sh itself is gone, stops what it left behind, by the pids it saved.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VAR=$REPO/var

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { [ -f "$VAR/run/$1.pid" ] && cat "$VAR/run/$1.pid"; }
wait_gone() {
    local i
    for i in $(seq 1 200); do alive "$1" || return 0; sleep 0.1; done
    return 1
}

run_pid=$(pid_of run)
if alive "$run_pid"; then
    kill -TERM "$run_pid"
    wait_gone "$run_pid" || echo "stop: run.sh ($run_pid) still running after 20 s" >&2
fi
for name in nginx csd; do
    pid=$(pid_of "$name")
    if alive "$pid"; then
        if [ "$name" = nginx ]; then kill -QUIT "$pid"; else kill -TERM "$pid"; fi
        wait_gone "$pid" || kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$VAR/run/$name.pid"
done
rm -f "$VAR/run/run.pid"
if [ -d "$VAR/pg" ]; then
    PG_DIR="$VAR/pg" "$REPO/scripts/pgLocal.sh" stop
fi
echo "stop: stack stopped"
