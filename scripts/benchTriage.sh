#!/usr/bin/env bash
# benchTriage.sh — the local triage figures against their targets:
# accuracy per language (target 85% each) on two measures, the internal
# hold-out split of the training corpus (by template group) and the separate
# hand-written lib/triage/triageData/heldOut.tsv that training never reads, and
# messages per second on one core (target 1,000). Figures only: never fails
# on a number.
# Called by scripts/bench.sh; needs $BUILD/csctl and $BUILD/triage.model
# (`make model`).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
MODEL="${TRIAGE_MODEL_FILE:-$BUILD/triage.model}"
if [ ! -x "$BUILD/csctl" ] || [ ! -f "$MODEL" ]; then
  echo "benchTriage: build first: make BUILD=$BUILD all model" >&2
  exit 1
fi
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi

TEST_FILE=lib/triage/triageData/heldOut.tsv
# The shipped model learns from the whole corpus: the internal split is
# measured on a model trained on 80% of it (by template group).
SPLIT=$(mktemp)
"$BUILD/csctl" triage-train --holdout 20 --out "$SPLIT" >/dev/null
echo "== local triage: internal split, held-out template groups (${PIN[*]:-no taskset})"
out=$("${PIN[@]}" "$BUILD/csctl" triage-eval --model "$SPLIT")
rm -f "$SPLIT"
echo "$out"
echo
echo "== local triage: separate hand-written test file $TEST_FILE"
test_out=$("${PIN[@]}" "$BUILD/csctl" triage-eval --model "$MODEL" --test "$TEST_FILE")
echo "$test_out"

# Throughput through the CLI as an agent-facing caller sees it: one process,
# N messages on stdin, one JSON line out per message.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
awk -F'\t' '!/^#/ && n++ < 2000 { print $3 }' lib/triage/triageData/corpus.tsv >"$tmp"
n=$(wc -l <"$tmp")
start=$(date +%s.%N)
"${PIN[@]}" "$BUILD/csctl" triage --model "$MODEL" <"$tmp" >/dev/null
end=$(date +%s.%N)
cli_rate=$(python3 -c "print(round($n / ($end - $start)))")

echo
echo "== local triage against targets"
python3 - "$cli_rate" <<PY
import re, sys
out = """$out"""
test_out = """$test_out"""
cli = int(sys.argv[1])
def grab(text, label):
    m = re.search(r"^\s+%s\s+([\d.]+)%%" % label, text, re.M)
    return float(m.group(1)) if m else None
for name, text in (("internal split", out), ("heldOut.tsv", test_out)):
    for lang in ("en", "hi", "hinglish"):
        acc = grab(text, lang)
        if acc is None:
            print(f"  accuracy {lang:9s} {name:15s}  n/a")
            continue
        print(f"  accuracy {lang:9s} {name:15s} {acc:5.1f}%  (target 85%: {'met' if acc >= 85 else 'NOT met'})")
m = re.search(r"classifier (\d+) messages/s, full local triage \(with summary\) (\d+)", out)
if m:
    cls, full = int(m.group(1)), int(m.group(2))
    print(f"  classifier       {cls:8d} msg/s  ({cls / 1000:.0f}x the 1,000 msg/s target)")
    print(f"  full provider    {full:8d} msg/s  ({full / 1000:.0f}x)")
print(f"  csctl triage CLI {cli:8d} msg/s incl. JSON output ({cli / 1000:.1f}x)")
PY
