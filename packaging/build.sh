#!/usr/bin/env bash
# Build the Linux bundle and its release archive with one command, from a fresh clone:
#
#   packaging/build.sh
#
# 1. makes (or reuses) a venv in build/venv and installs Dealbrief with the `bundle` extra
#    (set DEALBRIEF_PYTHON=/path/to/python to use an interpreter that already has it, e.g. CI's),
# 2. runs PyInstaller on packaging/dealbrief.spec → dist/dealbrief/ (one folder),
# 3. packs dist/dealbrief-VERSION-linux-x86_64.tar.gz with install.sh, uninstall.sh, README.txt,
#    LICENSE.txt, the .desktop entry, icons and AppStream metadata,
# 4. prints the size on disk and compressed, against the budgets (250 MB / 100 MB).
# DIST and BUILD (default dist/ and build/) choose where the results and scratch files go.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${DIST:-$ROOT/dist}
BUILD=${BUILD:-$ROOT/build}
APP_ID=io.github.dealbrief.Dealbrief
BUDGET_DISK_MB=250
BUDGET_ARCHIVE_MB=100

if [[ -n "${DEALBRIEF_PYTHON:-}" ]]; then
    PY=$DEALBRIEF_PYTHON
else
    VENV=$BUILD/venv
    if [[ ! -x "$VENV/bin/python" ]]; then
        echo "== creating $VENV"
        "${PYTHON:-python3}" -m venv "$VENV"
    fi
    PY=$VENV/bin/python
    echo "== installing Dealbrief and PyInstaller into $VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet "$ROOT[bundle]"
fi

VERSION=$("$PY" -c 'import importlib.metadata as m; print(m.version("dealbrief"))')
ARCH=$(uname -m)
NAME=dealbrief-$VERSION-linux-$ARCH

echo "== PyInstaller (Dealbrief $VERSION)"
rm -rf "$DIST/dealbrief"
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/dealbrief.spec)

echo "== checking the bundle"
bundled_version=$(QT_QPA_PLATFORM=offscreen "$DIST/dealbrief/dealbrief" --version)
if [[ "$bundled_version" != "Dealbrief $VERSION" ]]; then
    echo "build.sh: the bundle says '$bundled_version', expected 'Dealbrief $VERSION'" >&2
    exit 1
fi

echo "== packing $NAME.tar.gz"
STAGE=$BUILD/stage/$NAME
rm -rf "$BUILD/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons"
cp -R "$DIST/dealbrief" "$STAGE/dealbrief"
cp "$ROOT/packaging/linux/install.sh" "$ROOT/packaging/linux/uninstall.sh" \
    "$ROOT/packaging/linux/README.txt" "$STAGE/"
cp "$ROOT/LICENSE" "$STAGE/LICENSE.txt"
cp "$ROOT/packaging/linux/$APP_ID.desktop" "$STAGE/share/applications/"
cp "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/"
cp -R "$ROOT/packaging/icons/hicolor" "$STAGE/share/icons/hicolor"
chmod +x "$STAGE/install.sh" "$STAGE/uninstall.sh"
ARCHIVE=$DIST/$NAME.tar.gz
tar -C "$BUILD/stage" -czf "$ARCHIVE" "$NAME"

disk_mb=$(du -sm "$DIST/dealbrief" | cut -f1)
archive_mb=$(( $(stat -c %s "$ARCHIVE") / 1048576 ))
verdict() { if (( $1 <= $2 )); then echo "ok, budget $2 MB"; else echo "OVER the $2 MB budget"; fi; }
echo "== done in ${SECONDS} s"
echo "bundle:  $DIST/dealbrief  ${disk_mb} MB on disk ($(verdict "$disk_mb" $BUDGET_DISK_MB))"
echo "archive: $ARCHIVE  ${archive_mb} MB ($(verdict "$archive_mb" $BUDGET_ARCHIVE_MB))"
