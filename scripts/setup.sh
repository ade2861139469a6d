#!/usr/bin/env bash
# Prepare this checkout to run Dealbrief and its tests on Debian/Ubuntu (idempotent, quick when
# nothing changed): the system libraries Qt needs (see ../shared/facts.md), a virtual environment
# in .venv, and the project installed into it with its test and bundle extras.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt offscreen and on a desktop (xcb)
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libgssapi-krb5-2 libcups2
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1
  # tests: PDFs checked with poppler, AppStream and .desktop validation, a real X server
  poppler-utils appstream desktop-file-utils xvfb xauth x11-utils
  # Python with venv
  python3 python3-venv python3-pip
  # the bundle: PyInstaller calls objdump (binutils) on every binary; ldd is in libc-bin
  binutils
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      if ! command -v sudo >/dev/null 2>&1; then
        echo "setup: as root, run: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
      fi
      SUDO="sudo"
    fi
    echo "setup: installing system packages: ${missing[*]}"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: not a Debian system; install the equivalents of: ${missing[*]}" >&2
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.dealbrief-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Dealbrief and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,bundle]"
  echo "$want" > "$stamp"
fi
