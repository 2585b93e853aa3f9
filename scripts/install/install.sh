#!/usr/bin/env bash
# install.sh — what `make install` runs after building: copies csd, csctl,
# the migrations, the triage model and its data, nginx configuration and the console
# (nginx/static/), and renders the systemd unit, the logrotate file and an
# example environment file.
#
#   PREFIX (/usr/local)  DESTDIR (empty)  SYSCONFDIR (/etc)  BUILD (build)
#   UNITDIR ($PREFIX/lib/systemd/system, which systemd searches)
#
# Never overwrites an existing $SYSCONFDIR/csd/env (it holds the secrets);
# creates no users and starts nothing (README "Running under systemd").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
SYSCONFDIR=${SYSCONFDIR:-/etc}
BUILD=${BUILD:-build}
BINDIR=$PREFIX/bin
DATADIR=$PREFIX/share/csd
UNITDIR=${UNITDIR:-$PREFIX/lib/systemd/system}

for f in "$BUILD/csd" "$BUILD/csctl" "$BUILD/triage.model"; do
    [ -f "$f" ] || { echo "install: $f missing (make all model first)" >&2; exit 1; }
done

render() { # template -> stdout
    sed -e "s|@BINDIR@|$BINDIR|g" -e "s|@DATADIR@|$DATADIR|g" -e "s|@SYSCONFDIR@|$SYSCONFDIR|g" "$1"
}

D=$DESTDIR
install -d "$D$BINDIR" "$D$DATADIR/sql" "$D$DATADIR/nginx" "$D$DATADIR/static" \
    "$D$UNITDIR" "$D$SYSCONFDIR/logrotate.d" "$D$SYSCONFDIR/csd"
install -m 0755 "$BUILD/csd" "$BUILD/csctl" "$D$BINDIR/"
install -m 0644 sql/*.sql "$D$DATADIR/sql/"
install -m 0644 "$BUILD/triage.model" "$D$DATADIR/triage.model"
# What a retrain reads (TRIAGE_DATA_DIR): the corpora and the test files.
install -d "$D$DATADIR/triageData"
install -m 0644 lib/triage/triageData/*.tsv lib/triage/triageData/bitextLicense.txt "$D$DATADIR/triageData/"
install -m 0644 README.md "$D$DATADIR/README.md"
install -m 0644 nginx/fastcgiParams.conf nginx/errorPages.conf nginx/csd.conf.template \
    nginx/production.conf.example "$D$DATADIR/nginx/"
# The console and API docs, sub-folders included.
(cd nginx/static && find . -type d -exec install -d "$D$DATADIR/static/{}" \; &&
    find . -type f -exec install -m 0644 {} "$D$DATADIR/static/{}" \;)
render scripts/install/csd.service.in >"$D$UNITDIR/csd.service"
chmod 0644 "$D$UNITDIR/csd.service"
render scripts/install/csd.logrotate.in >"$D$SYSCONFDIR/logrotate.d/csd"
chmod 0644 "$D$SYSCONFDIR/logrotate.d/csd"
render scripts/install/csd.env.example >"$D$SYSCONFDIR/csd/env.example"
chmod 0644 "$D$SYSCONFDIR/csd/env.example"
# The production nginx example, pointed at the installed files.
sed -e "s|/opt/csd/nginx/static|$DATADIR/static|g" -e "s|/opt/csd/nginx|$DATADIR/nginx|g" \
    -e "s|/opt/csd/var/media|/var/lib/csd/media|g" \
    nginx/production.conf.example >"$D$DATADIR/nginx/csd.production.conf"
chmod 0644 "$D$DATADIR/nginx/csd.production.conf"

echo "install: csd and csctl in $BINDIR, data in $DATADIR, unit $UNITDIR/csd.service"
[ -e "$D$SYSCONFDIR/csd/env" ] || echo "install: next: create $SYSCONFDIR/csd/env from env.example (README \"Running under systemd\")"
