#!/usr/bin/env bash
# benchGemini.sh — how much smaller the Gemini prompt gets when we send the
# customer's new text (quoted history and signature stripped) instead of
# the whole email body, on threaded fixtures: tests/data/mime/ (the MIME
# work's messages) and tests/data/threads/ (long reply chains: Gmail,
# Outlook, Hindi "ने लिखा:", Hinglish, signatures with disclaimers).
#
# Tokens: the fake Gemini (tests/fakes/fakeGemini.py) reports
# usageMetadata.promptTokenCount as ceil(UTF-8 bytes / 4) of the system
# instruction plus the text, and the "~t" columns are the same estimate on
# the customer text alone. Real Gemini tokenises differently (Devanagari
# costs more tokens per byte), so read the percentages, not the counts.
# Figures only: never fails on a number. Needs `make` (libcs.a) first.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
CC="${CC:-cc}"
PKGS="json-c libcurl libpq gmime-3.0 openssl libxml-2.0"

if [ ! -f "$BUILD/libcs.a" ]; then
  make --no-print-directory BUILD="$BUILD" "$BUILD/libcs.a" >/dev/null
fi
mkdir -p "$BUILD/bench"
BIN="$BUILD/bench/benchGemini"
# shellcheck disable=SC2046
"$CC" -O2 -std=c17 -D_GNU_SOURCE -Ilib $(pkg-config --cflags $PKGS) -o "$BIN" scripts/benchGemini.c \
  "$BUILD/libcs.a" $(pkg-config --libs $PKGS) -lfcgi -lm

FAKE_OUT=$(mktemp)
python3 tests/fakes/fakeGemini.py --port 0 --key test-gemini-key >"$FAKE_OUT" 2>&1 &
FAKE_PID=$!
trap 'kill "$FAKE_PID" 2>/dev/null || true; rm -f "$FAKE_OUT"' EXIT
URL=""
for _ in $(seq 1 50); do
  URL=$(head -n1 "$FAKE_OUT" 2>/dev/null || true)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || URL="-"

echo "Gemini prompt size: whole body vs stripped new text (tokens estimated as bytes/4)"
shopt -s nullglob
FILES=(tests/data/threads/*.eml tests/data/mime/*.eml)
LOG_LEVEL=error BENCH_GEMINI_KEY=test-gemini-key "$BIN" "$URL" "${FILES[@]}" || true
