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

# Install the Debian packages given that are not installed yet (apt-get update first, once).
apt_ensure() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: not a Debian system; install the equivalents of: ${missing[*]}" >&2
    return 0
  fi
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: as root, run: apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    SUDO="sudo"
  fi
  echo "setup: installing system packages: ${missing[*]}"
  if [ -z "${APT_UPDATED:-}" ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

apt_ensure "${APT_PACKAGES[@]}"

PYTHON="${PYTHON:-python3}"
# PyInstaller needs Python's shared library. Debian's python3 does not depend on it: with a
# Python from a Debian package, install libpython3.X too (a pyenv/python.org build brings its own).
py_path=$(readlink -f "$(command -v "$PYTHON")" 2>/dev/null || true)
if [ -n "$py_path" ] && command -v dpkg >/dev/null 2>&1 && dpkg -S "$py_path" >/dev/null 2>&1; then
  apt_ensure "libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
fi
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
