#!/usr/bin/env bash
# checkSrc.sh — house rules no compiler checks (`make lint`):
#   1. no unbounded / error-blind C calls in lib/ and fcgi/:
#      strcpy strcat sprintf vsprintf gets atoi strtok sscanf
#   2. no SQL text built with printf-style formatting (values travel as
#      parameters through db_exec)
#   3. file and folder names camelCase under fcgi lib scripts tests sql nginx
#      (migrations are NNN_name.sql; data/fixture/corpus folders are exempt)
#   4. at most two .c files directly in lib/ (modules go in a subsystem folder)
#   5. every .c under lib/ and fcgi/ has a mirrored unit test
#      (tests/<same path>Test.c) or a line in tests/coveredBy.txt naming the
#      test that covers it; the table's lines must stay true
# Prints every finding; exit 1 when there is any.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
problems=0
report() { echo "$*"; problems=$((problems + 1)); }

list_files() {
    if git rev-parse --git-dir >/dev/null 2>&1; then
        git ls-files --cached --others --exclude-standard -- "$@"
    else
        find "$@" -type f 2>/dev/null
    fi
}

mapfile -t c_files < <(list_files lib fcgi | grep -E '\.(c|h)$' | sort -u)

# 1. Banned calls (comment lines are skipped: they may name the rule).
for f in "${c_files[@]}"; do
    [ -f "$f" ] || continue
    grep -nE '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|strtok|sscanf)[[:space:]]*\(' "$f" |
        grep -vE '^[0-9]+:[[:space:]]*(\*|/\*|//)' |
        while IFS= read -r hit; do echo "$f:$hit"; done
done >"${TMPDIR:-/tmp}/checkSrc.$$"
while IFS= read -r line; do
    report "banned function: $line"
done <"${TMPDIR:-/tmp}/checkSrc.$$"
rm -f "${TMPDIR:-/tmp}/checkSrc.$$"

# 2. SQL assembled by formatting: a printf-family call whose arguments (up to
#    the end of the statement, across lines) contain SQL keywords.
if [ ${#c_files[@]} -gt 0 ]; then
    while IFS= read -r line; do
        report "SQL built with formatting (use db_exec parameters): $line"
    done < <(perl -0777 -ne '
        while (/\b(snprintf|vsnprintf|arena_sprintf|arena_vsprintf|buf_appendf|asprintf)\s*\(([^;]*?)\)\s*;/sg) {
            my ($fn, $args, $at) = ($1, $2, $-[0]);
            next unless $args =~ /"[^"]*\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)/;
            my $ln = 1 + (substr($_, 0, $at) =~ tr/\n//);
            print "$ARGV:$ln: $fn(...)\n";
        }' "${c_files[@]}")
fi

# 3. Names.
while IFS= read -r path; do
    case "$path" in
        tests/data/* | tests/fixtures/* | */corpus/* | */corpusOut/*) continue ;;
    esac
    IFS=/ read -ra parts <<<"$path"
    n=${#parts[@]}
    for ((i = 0; i < n; i++)); do
        part=${parts[$i]}
        if [ $i -eq $((n - 1)) ]; then
            [[ $part =~ ^(README|LICENSE|Makefile)(\.[a-z]+)?$ ]] && continue
            [[ $path == sql/* && $part =~ ^[0-9]{3}_[a-z][a-zA-Z0-9]*\.sql$ ]] && continue
            [[ $part =~ ^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$ ]] && continue
        else
            [[ $part =~ ^[a-z][a-zA-Z0-9]*$ ]] && continue
        fi
        report "name not camelCase: $path ($part)"
        break
    done
done < <(list_files fcgi lib scripts tests sql nginx | sort -u)

# 4. lib/ itself holds at most two .c files.
mapfile -t top_lib < <(list_files lib | grep -E '^lib/[^/]+\.c$' | sort -u)
if [ ${#top_lib[@]} -gt 2 ]; then
    report "lib/ holds ${#top_lib[@]} .c files directly (${top_lib[*]}); at most 2: put a module in its subsystem folder (lib/core, lib/store, lib/net, ...)"
fi

# 5. A test for every source: mirrored, or named in the coverage table.
COVERED=tests/coveredBy.txt
declare -A covered_by=()
if [ -f "$COVERED" ]; then
    while read -r src test _; do
        case "$src" in '' | '#'*) continue ;; esac
        if [ -z "$test" ]; then
            report "$COVERED: '$src' names no covering test (format: <source> <test file> <what it checks>)"
            continue
        fi
        covered_by[$src]=$test
    done <"$COVERED"
fi
mapfile -t sources < <(list_files lib fcgi | grep -E '\.c$' | sort -u)
declare -A is_source=()
for f in "${sources[@]}"; do
    [ -f "$f" ] || continue
    is_source[$f]=1
    mirror="tests/${f%.c}Test.c"
    if [ -f "$mirror" ]; then
        [ -n "${covered_by[$f]:-}" ] &&
            report "$COVERED lists $f, which now has its own test $mirror: remove the line"
        continue
    fi
    if [ -z "${covered_by[$f]:-}" ]; then
        report "no test for $f: add $mirror (Criterion, mirroring the source path), or a line \"$f <test file> <what it checks>\" in $COVERED naming the integration test that covers it"
    elif [ ! -f "${covered_by[$f]}" ]; then
        report "$COVERED: $f is said to be covered by ${covered_by[$f]}, which does not exist"
    fi
done
for src in "${!covered_by[@]}"; do
    [ -n "${is_source[$src]:-}" ] || report "$COVERED lists $src, which is not a source file (moved or deleted?): update the line"
done

# The triage corpus is generated: the committed file must be what the
# templates generate (an edited corpus.tsv, or templates without the
# regenerated corpus, would train a model nobody can rebuild).
if command -v python3 >/dev/null 2>&1 && ! python3 scripts/genCorpus.py --check; then
    report "lib/triage/triageData/corpus.tsv is out of step with scripts/corpusCores.py"
fi

if [ "$problems" -gt 0 ]; then
    echo "checkSrc: $problems problem(s)"
    exit 1
fi
echo "checkSrc: ok"
