#!/usr/bin/env bash
# runTests.sh — the whole suite (what `make test` and `make check` call):
#   1. every Criterion binary under $BUILD/tests/ (a binary that reads
#      CS_TEST_DATABASE_URL gets a fresh migrated database and runs serially)
#   2. every tests/integration/test*.py (unittest), against one PostgreSQL
#      cluster started here for the run (CS_TEST_PG_URL), each file with a
#      timeout
#   3. the fuzz corpora replayed (scripts/fuzz.sh --replay)
# and ends with the line "N passed, N failed"; exit status 1 if anything
# failed.
#
# Environment: BUILD (default build), CS_SANITIZED=1 (ASan/UBSan options,
# sanitizer reports count as failures), UNIT_TIMEOUT / ITEST_TIMEOUT
# (seconds per binary / per file), TESTS (a substring: only matching files).
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
export BUILD=${BUILD:-build}
# The local triage model of this build tree (csd defaults to build/triage.model).
export TRIAGE_MODEL_FILE=${TRIAGE_MODEL_FILE:-$REPO/$BUILD/triage.model}
SAN=${CS_SANITIZED:-0}
UNIT_TIMEOUT=${UNIT_TIMEOUT:-$([ "$SAN" = 1 ] && echo 900 || echo 300)}
ITEST_TIMEOUT=${ITEST_TIMEOUT:-$([ "$SAN" = 1 ] && echo 1500 || echo 600)}
FILTER=${TESTS:-}

RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/csdTests.XXXXXX")
[ "$(id -u)" -eq 0 ] && chmod 755 "$RUN_DIR" # the Postgres user must reach var
PG_STARTED=0
cleanup() {
    if [ "$PG_STARTED" = 1 ]; then
        PG_DIR="$RUN_DIR/pg" scripts/pgLocal.sh stop >/dev/null 2>&1 || true
    fi
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'echo "runTests: interrupted" >&2; exit 130' INT TERM

if [ "$SAN" = 1 ]; then
    mkdir -p "$RUN_DIR/san"
    # GLib/GMime keep global caches that LeakSanitizer reports as leaks, so
    # leak detection is off; every other finding stops the process. Unit
    # tests report on stderr (Criterion counts the crash); for the
    # integration suite reports go to files (see below).
    ASAN_BASE="detect_leaks=0:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1"
    UBSAN_BASE="print_stacktrace=1:halt_on_error=1"
    export ASAN_OPTIONS=$ASAN_BASE UBSAN_OPTIONS=$UBSAN_BASE
fi

passed=0
failed=0
failed_what=()

# --- one PostgreSQL cluster for the run ---------------------------------------
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
if url=$(PG_DIR="$RUN_DIR/pg" PG_PORT="$pg_port" PG_FAST=1 scripts/pgLocal.sh start); then
    PG_STARTED=1
    export CS_TEST_PG_URL=$url # the harness makes one database per Stack
else
    echo "runTests: could not start PostgreSQL: database tests cannot run" >&2
    failed=$((failed + 1))
    failed_what+=("postgres")
fi

# A fresh, migrated database for one unit-test binary; prints its URL.
unit_db=0
make_unit_db() {
    unit_db=$((unit_db + 1))
    local name="cs_unit_$unit_db" base=${CS_TEST_PG_URL%/*}
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d "$base/postgres" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >&2 || return 1
    DATABASE_URL="$base/$name" AUTH_JWT_SECRET=unit-tests-secret-0123456789 \
        "$BUILD/csctl" migrate --dir sql >/dev/null || return 1
    echo "$base/$name"
}

# --- 1. unit tests (Criterion) ---------------------------------------------
echo "== unit tests ($BUILD/tests)"
mapfile -t unit_bins < <(find "$BUILD/tests" -type f -perm -u+x 2>/dev/null | sort)
for bin in "${unit_bins[@]}"; do
    [ -n "$FILTER" ] && [[ $bin != *"$FILTER"* ]] && continue
    echo "-- $bin"
    out="$RUN_DIR/unit.out"
    # Tests that need Postgres read CS_TEST_DATABASE_URL (they fail without:
    # tests/testDb.h).
    unset CS_TEST_DATABASE_URL
    jobs=2
    if [ "$PG_STARTED" = 1 ] && grep -qa CS_TEST_DATABASE_URL "$bin"; then
        # Tests sharing one database must not run at the same time.
        jobs=1
        if dburl=$(make_unit_db); then
            export CS_TEST_DATABASE_URL=$dburl
        else
            echo "runTests: could not prepare a database for $bin" >&2
            failed=$((failed + 1))
            failed_what+=("$bin (no database)")
        fi
    fi
    timeout -k 10 "$UNIT_TIMEOUT" "$bin" --jobs "$jobs" >"$out" 2>&1
    rc=$?
    unset CS_TEST_DATABASE_URL
    cat "$out"
    # [====] Synthesis: Tested: 12 | Passing: 11 | Failing: 1 | Crashing: 0
    syn=$(grep -a 'Synthesis:' "$out" | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g')
    if [ -n "$syn" ]; then
        p=$(sed -n 's/.*Passing: *\([0-9]*\).*/\1/p' <<<"$syn")
        f=$(sed -n 's/.*Failing: *\([0-9]*\).*/\1/p' <<<"$syn")
        # "Failing" already includes the crashed tests ("Crashing").
        passed=$((passed + ${p:-0}))
        failed=$((failed + ${f:-0}))
        if [ "${f:-0}" -gt 0 ] || [ "$rc" -ne 0 ]; then
            failed_what+=("$bin")
            # A non-zero exit without failing tests (timeout, crash at exit).
            [ "${f:-0}" -eq 0 ] && failed=$((failed + 1))
        fi
    else
        echo "runTests: $bin ended with status $rc and no Criterion synthesis" >&2
        failed=$((failed + 1))
        failed_what+=("$bin")
    fi
done

# --- 2. integration tests ----------------------------------------------------
mapfile -t itests < <(ls tests/integration/test*.py 2>/dev/null | sort)
if [ -n "$FILTER" ]; then
    mapfile -t itests < <(printf '%s\n' "${itests[@]}" | grep -F -- "$FILTER")
fi
if [ ${#itests[@]} -gt 0 ] && [ -n "${itests[0]}" ]; then
    echo "== integration tests"
    if [ "$PG_STARTED" != 1 ]; then
        echo "runTests: no PostgreSQL: integration tests not run" >&2
        itests=()
    fi
    if [ "$SAN" = 1 ]; then
        # A csd worker that hits a sanitizer error dies and the master
        # respawns it, so the test may still pass: the report file fails
        # the run instead.
        export ASAN_OPTIONS="$ASAN_BASE:log_path=$RUN_DIR/san/asan"
        export UBSAN_OPTIONS="$UBSAN_BASE:log_path=$RUN_DIR/san/ubsan"
    fi
    export PYTHONPATH="tests/integration:tests/fakes${PYTHONPATH:+:$PYTHONPATH}"
    export PYTHONDONTWRITEBYTECODE=1
    for file in "${itests[@]}"; do
        mod=$(basename "$file" .py)
        echo "-- $file"
        out="$RUN_DIR/itest.out"
        timeout -k 15 "$ITEST_TIMEOUT" python3 -m unittest -v "$mod" >"$out" 2>&1
        rc=$?
        cat "$out"
        ran=$(sed -n 's/^Ran \([0-9]*\) tests\{0,1\} in .*/\1/p' "$out" | tail -n 1)
        res=$(grep -E '^(OK|FAILED)' "$out" | tail -n 1)
        num() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" <<<"$res"; }
        nf=$(num failures) ne=$(num errors) ns=$(num skipped) nu=$(num 'unexpected successes')
        bad=$((${nf:-0} + ${ne:-0} + ${nu:-0}))
        if [ -z "$ran" ]; then
            echo "runTests: $file ended with status $rc before unittest reported (timeout ${ITEST_TIMEOUT}s?)" >&2
            failed=$((failed + 1))
            failed_what+=("$file")
            continue
        fi
        passed=$((passed + ran - bad - ${ns:-0}))
        failed=$((failed + bad))
        if [ "$bad" -gt 0 ] || [ "$rc" -ne 0 ]; then
            failed_what+=("$file")
            if [ "$bad" -eq 0 ]; then
                echo "runTests: $file exited with status $rc" >&2
                failed=$((failed + 1))
            fi
        fi
    done
fi

# --- 3. fuzz seed corpora and past crashes, replayed (added by the mime helper)
if [ -z "$FILTER" ] || [[ fuzz == *"$FILTER"* ]]; then
    echo "== fuzz corpus replay ($BUILD/fuzz)"
    if scripts/fuzz.sh --replay; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failed_what+=("fuzz-replay")
    fi
fi

# --- sanitizer reports (e.g. from a csd worker the master respawned) ---------
if [ "$SAN" = 1 ] && compgen -G "$RUN_DIR/san/*" >/dev/null; then
    for f in "$RUN_DIR"/san/*; do
        echo "== sanitizer report $(basename "$f")"
        cat "$f"
        failed=$((failed + 1))
        failed_what+=("sanitizer:$(basename "$f")")
    done
fi

echo
if [ ${#failed_what[@]} -gt 0 ]; then
    echo "failed: ${failed_what[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
