#!/usr/bin/env bash
# deps.sh — make sure the Debian 12 packages the build, the stack and the
# tests need are installed.
#
#   scripts/deps.sh          check; as root install what is missing, otherwise
#                            print the exact apt-get command and exit 1
#
# A fast no-op when everything is present (one dpkg-query call).
set -euo pipefail

REQUIRED=(
    build-essential gcc make pkg-config
    libfcgi-dev libcurl4-openssl-dev libjson-c-dev libpq-dev libgmime-3.0-dev
    libssl-dev libxml2-dev libcriterion-dev
    "nginx|nginx-light|nginx-full|nginx-extras" libnginx-mod-nchan
    postgresql-15 postgresql-client-15
    python3 procps curl ca-certificates
    redis-server  # ops: the scale-out test (two nginx sharing nchan through Redis)
    # The console's browser test (tests/integration/testConsole.py): Debian's
    # Chromium, Node.js for puppeteer-core (npm installs it into build/ at
    # test time), and Noto fonts so Hindi (Devanagari) renders.
    chromium nodejs fonts-noto-core
)
# Nice to have: fuzzing (make fuzz) and load generation (make bench).
OPTIONAL=(clang wrk)

# Prints each entry with no installed package; "a|b" is satisfied by either
# (the first is the one installed when missing).
missing_from() {
    local entry pkg st ok
    for entry in "$@"; do
        ok=0
        for pkg in ${entry//|/ }; do
            st=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
            [ "$st" = installed ] && { ok=1; break; }
        done
        [ "$ok" = 1 ] || printf '%s\n' "${entry%%|*}"
    done
}

mapfile -t missing < <(missing_from "${REQUIRED[@]}")
# npm: Debian packages it apart from nodejs, while NodeSource's nodejs
# bundles it (and conflicts with Debian's npm), so ask for the command.
command -v npm >/dev/null 2>&1 || missing+=(npm)
mapfile -t missing_opt < <(missing_from "${OPTIONAL[@]}")

if [ ${#missing[@]} -eq 0 ]; then
    if [ ${#missing_opt[@]} -gt 0 ] && [ -z "${CS_DEPS_QUIET:-}" ]; then
        echo "deps: optional packages not installed (make fuzz / make bench need them): ${missing_opt[*]}" >&2
    fi
    exit 0
fi

# Also pull the optional ones in while apt runs anyway.
want=("${missing[@]}" "${missing_opt[@]}")
cmd="apt-get update && apt-get install -y --no-install-recommends ${want[*]}"

if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing Debian packages: ${missing[*]}" >&2
    echo "deps: install them with:" >&2
    echo "  sudo sh -c '$cmd'" >&2
    exit 1
fi

echo "deps: installing: ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
# The Debian nginx and postgresql packages start system services on install
# (nginx grabs port 80, postgres creates a cluster on 5432, redis 6379). Our stack runs
# its own nginx and Postgres with private configs, so forbid service starts
# for the duration of the install with a policy-rc.d (exit 101 = "denied").
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# written by csd scripts/deps.sh during apt-get install\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=1
fi
cleanup() { [ "$own_policy" = 1 ] && rm -f "$policy"; return 0; }
trap cleanup EXIT

apt-get update -q
if ! apt-get install -y -q --no-install-recommends "${want[@]}"; then
    # Optional packages must not block: retry with the required ones only.
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# If a service got started anyway (no policy-rc.d honoured, e.g. systemd
# already running), stop and disable it: it is not ours.
for svc in nginx postgresql redis-server; do
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$svc" 2>/dev/null; then
        systemctl stop "$svc" || true
        systemctl disable "$svc" >/dev/null 2>&1 || true
    fi
done

mapfile -t still < <(missing_from "${REQUIRED[@]}")
command -v npm >/dev/null 2>&1 || still+=(npm)
if [ ${#still[@]} -gt 0 ]; then
    echo "deps: still missing after install: ${still[*]}" >&2
    exit 1
fi
echo "deps: all required packages installed"
