#!/usr/bin/env bash
# valgrind.sh — `make valgrind`: memcheck (leaks included) over the parsers
# that see outside input (every fuzz seed corpus and regression, replayed)
# and over `csctl triage` on English, Hindi and Hinglish lines. Needs `make
# tests` first (the replay binaries). Fails on any error or definite leak.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
VG=(valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite
    --suppressions=scripts/valgrind.supp)
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)" >&2; exit 1; }
status=0
for replay in "$BUILD"/fuzz/*Replay; do
    name=$(basename "$replay" Replay)
    dirs=()
    for d in "tests/fuzz/corpus/$name" "tests/fuzz/regressions/$name"; do [ -d "$d" ] && dirs+=("$d"); done
    [ ${#dirs[@]} -gt 0 ] || continue
    if "${VG[@]}" "$replay" "${dirs[@]}" >/dev/null; then echo "valgrind: $name ok"; else echo "valgrind: $name FAILED"; status=1; fi
done
if printf '%s\n' 'mera order abhi tak nahi aaya' 'नीम तेल का रेट क्या है 5 लीटर' 'Payment debited twice for order 4521' |
    TRIAGE_MODEL_FILE="$BUILD/triage.model" "${VG[@]}" "$BUILD/csctl" triage >/dev/null; then
    echo "valgrind: csctl triage ok"
else
    echo "valgrind: csctl triage FAILED"; status=1
fi
exit $status
