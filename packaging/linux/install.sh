#!/bin/sh
# Install Dealbrief for the current user (no root needed), from the unpacked release archive:
#
#   ./install.sh
#
# Places:
#   ~/.local/opt/dealbrief/                 the app (replaced on every install)
#   ~/.local/bin/dealbrief                  a link to start it from a terminal
#   ~/.local/share/applications/            the launcher entry
#   ~/.local/share/icons/hicolor/*/apps/    the icon in every size
#   ~/.local/share/metainfo/                AppStream data for software centres
# Your book and settings are elsewhere (~/.local/share/Dealbrief, ~/.config/Dealbrief) and are
# never touched by install.sh or uninstall.sh.
set -eu

APP_ID=io.github.dealbrief.Dealbrief
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="$HOME/.local"
APP_DIR="$PREFIX/opt/dealbrief"
BIN_DIR="$PREFIX/bin"
SHARE="$PREFIX/share"

if [ ! -x "$HERE/dealbrief/dealbrief" ]; then
    echo "install.sh: run me from the unpacked Dealbrief archive (dealbrief/dealbrief is missing)" >&2
    exit 1
fi
if [ -e "$BIN_DIR/dealbrief" ] && [ ! -L "$BIN_DIR/dealbrief" ]; then
    echo "install.sh: $BIN_DIR/dealbrief exists and is not Dealbrief's link; move it away first" >&2
    exit 1
fi

# The app: copy next to the old one, then swap, so a failed copy leaves the old app working.
mkdir -p "$PREFIX/opt"
rm -rf "$APP_DIR.new"
cp -R "$HERE/dealbrief" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

mkdir -p "$BIN_DIR"
ln -sfn "$APP_DIR/dealbrief" "$BIN_DIR/dealbrief"

# Launcher entry: point Exec and TryExec at the installed binary, so it starts even when
# ~/.local/bin is not on the desktop session's PATH. Exec needs the path quoted and escaped.
mkdir -p "$SHARE/applications"
quoted=$(printf '%s' "$APP_DIR/dealbrief" | sed 's/[\\"`$]/\\\\&/g')
sed -e "s|^Exec=dealbrief|Exec=\"$quoted\"|" -e "s|^TryExec=dealbrief|TryExec=$APP_DIR/dealbrief|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"

for icon in "$HERE"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$SHARE/icons/hicolor/$size_dir/apps"
    cp "$icon" "$SHARE/icons/hicolor/$size_dir/apps/"
done

mkdir -p "$SHARE/metainfo"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"

# Let launchers notice now rather than at the next login (optional tools; fine when missing).
touch "$SHARE/icons/hicolor" 2>/dev/null || true
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
fi

version=$("$APP_DIR/dealbrief" --version 2>/dev/null || echo "Dealbrief")
echo "Installed $version in $APP_DIR"
echo "Start it from your launcher (Dealbrief) or with: $BIN_DIR/dealbrief"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH; log out and in again, or add it to your shell profile." ;;
esac
echo "To remove it later: $APP_DIR/uninstall.sh"
