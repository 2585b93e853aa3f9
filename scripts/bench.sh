#!/usr/bin/env bash
# bench.sh — `make bench`: csd next to this machine's own limits (scripts/bench.py),
# then the local triage figures (scripts/benchTriage.sh) and the Gemini prompt
# reduction (scripts/benchGemini.sh) when present. Figures only; never fails on a number.
# BENCH_ONLY=push: only the push acknowledgement (plain and group commit), a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD="${BUILD:-build}"
for tool in wrk pgbench; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql-client >/dev/null
    else
      echo "bench: missing $tool — run: sudo apt-get install wrk postgresql-client" >&2; exit 1
    fi
  fi
done
python3 scripts/bench.py
# BENCH_ONLY (inbox, push) narrows the run to part of bench.py: no extras.
[ -z "${BENCH_ONLY:-}" ] || exit 0
for extra in scripts/benchTriage.sh scripts/benchGemini.sh scripts/benchReports.py; do
  if [ -x "$extra" ]; then echo; "$extra"; fi
done
