#!/usr/bin/env bash
# fuzz.sh — build and run the libFuzzer targets (tests/fuzz/<name>Fuzz.c).
#
#   scripts/fuzz.sh              build with clang (-fsanitize=fuzzer,address,undefined)
#                                into build/fuzz/ and run every target for
#                                FUZZ_SECONDS (default 30) on a copy of its seed
#                                corpus tests/fuzz/corpus/<name>/; FUZZ_RUNS=N
#                                also stops each target after N executions
#   scripts/fuzz.sh mime html    only these targets
#   scripts/fuzz.sh --replay     no clang: replay every seed corpus (and the
#                                saved crashes in tests/fuzz/regressions/<name>/)
#                                through $BUILD/fuzz/<name>Replay, built by
#                                `make tests` (used by `make test`)
#
# Crashing inputs land in build/fuzz/artifacts/; copy the ones you fixed to
# tests/fuzz/regressions/<name>/ so every `make test` replays them.
# At the end it prints (and writes to build/fuzz/summary.md) a table of
# each target's executions, edge coverage, features and corpus, taken from
# libFuzzer's own final lines (-print_final_stats=1).
set -u
cd "$(dirname "$0")/.."

targets() {
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@"
    else
        for f in tests/fuzz/*Fuzz.c; do basename "$f" Fuzz.c; done
    fi
}

if [ "${1:-}" = "--replay" ]; then
    shift
    BUILD=${BUILD:-build}
    fail=0
    for name in $(targets "$@"); do
        bin="$BUILD/fuzz/${name}Replay"
        if [ ! -x "$bin" ]; then
            echo "fuzz replay: $bin missing (run make tests)" >&2
            fail=1
            continue
        fi
        dirs=()
        for d in "tests/fuzz/corpus/$name" "tests/fuzz/regressions/$name"; do
            [ -d "$d" ] && dirs+=("$d")
        done
        [ ${#dirs[@]} -eq 0 ] && continue
        if ! "$bin" "${dirs[@]}"; then
            echo "fuzz replay: $name FAILED" >&2
            fail=1
        fi
    done
    exit $fail
fi

FUZZ_SECONDS=${FUZZ_SECONDS:-30}
FUZZ_RUNS=${FUZZ_RUNS:--1}
CLANG=${CLANG:-clang}
OUT=build/fuzz
if ! command -v "$CLANG" >/dev/null 2>&1; then
    echo "fuzz: $CLANG not found; install clang to run libFuzzer targets" >&2
    exit 1
fi

PKGS="json-c libcurl libpq gmime-3.0 openssl libxml-2.0"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CFLAGS="-std=c17 -g -O1 -D_GNU_SOURCE -DARENA_DEBUG -Ilib -Ifcgi -Itests/fuzz $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lfcgi -lm"

mkdir -p "$OUT/obj" "$OUT/artifacts"
echo "fuzz: compiling the library with $CLANG"
objs=()
for src in $(find lib fcgi -name '*.c' -not -path 'fcgi/csctl/*' -not -name csdMain.c | LC_ALL=C sort); do
    obj="$OUT/obj/$(echo "${src%.c}" | tr / _).o"
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find lib fcgi -name '*.h' -newer "$obj" 2>/dev/null | head -1)" ]; then
        if ! $CLANG $CFLAGS $SAN -fsanitize=fuzzer-no-link -c "$src" -o "$obj"; then
            # The targets only need lib/; a broken fcgi file is skipped.
            case "$src" in lib/*) exit 1 ;; esac
            echo "fuzz: warning: skipping $src (does not compile with $CLANG)" >&2
            rm -f "$obj"
            continue
        fi
    fi
    objs+=("$obj")
done
rm -f "$OUT/libfuzzcs.a"
ar rcs "$OUT/libfuzzcs.a" "${objs[@]}"

# One table row from a target's log: executions from the final stats,
# cov/ft/corp from libFuzzer's last status line (DONE, or the last before
# a crash).
summary_row() {
    local name=$1 log=$2 rc=$3 execs status cov ft corp
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    status=$(grep -E '^#[0-9]+[[:space:]].*cov: ' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$status")
    printf '| `%s` | %s | %s | %s | %s | %s |\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}" "$([ "$rc" -eq 0 ] && echo ok || echo "FOUND A PROBLEM (exit $rc)")"
}

rows=()
total=0
crashes=0
for name in $(targets "$@"); do
    src="tests/fuzz/${name}Fuzz.c"
    bin="$OUT/${name}Fuzz"
    echo "fuzz: building $bin"
    $CLANG $CFLAGS $SAN -fsanitize=fuzzer "$src" "$OUT/libfuzzcs.a" $LIBS -o "$bin" || exit 1
    work="$OUT/corpus/$name"
    mkdir -p "$work"
    [ -d "tests/fuzz/corpus/$name" ] && cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null
    [ -d "tests/fuzz/regressions/$name" ] && cp -n tests/fuzz/regressions/"$name"/* "$work"/ 2>/dev/null
    echo "fuzz: running $name for ${FUZZ_SECONDS}s"
    dict=()
    [ -f "tests/fuzz/${name}.dict" ] && dict=(-dict="tests/fuzz/${name}.dict")
    "$bin" "$work" "${dict[@]}" -max_total_time="$FUZZ_SECONDS" -runs="$FUZZ_RUNS" -timeout=20 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$OUT/artifacts/${name}-" >"$OUT/${name}.log" 2>&1
    rc=$?
    rows+=("$(summary_row "$name" "$OUT/${name}.log" $rc)")
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/${name}.log" | tail -1)
    total=$((total + ${n:-0}))
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$OUT/${name}.log" | tail -2
    if [ $rc -ne 0 ]; then
        crashes=$((crashes + 1))
        echo "fuzz: $name FOUND A PROBLEM (exit $rc); see $OUT/${name}.log" >&2
        grep -E 'ERROR: |SUMMARY: |Test unit written to' "$OUT/${name}.log" | head -5 >&2
    fi
done
{
    echo "FUZZ_SECONDS=$FUZZ_SECONDS per target, FUZZ_RUNS=$FUZZ_RUNS, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo '| target | executions | coverage (edges) | features | corpus (inputs/bytes) | result |'
    echo '|---|---|---|---|---|---|'
    printf '%s\n' "${rows[@]}"
    echo "| total | $total | | | | |"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"
if [ $crashes -gt 0 ]; then
    echo "fuzz: $crashes target(s) crashed; artifacts in $OUT/artifacts/" >&2
    exit 1
fi
echo "fuzz: no crashes"
