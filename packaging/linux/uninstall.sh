#!/bin/sh
# Remove what install.sh placed under ~/.local, and nothing else:
#
#   ~/.local/opt/dealbrief/uninstall.sh     (or ./uninstall.sh from the unpacked archive)
#
# Your book, its backups and your settings (~/.local/share/Dealbrief, ~/.config/Dealbrief) stay:
# delete them yourself if you really want them gone.
set -eu

APP_ID=io.github.dealbrief.Dealbrief
PREFIX="$HOME/.local"
APP_DIR="$PREFIX/opt/dealbrief"
BIN_DIR="$PREFIX/bin"
SHARE="$PREFIX/share"

# The terminal link, only if it is ours.
if [ -L "$BIN_DIR/dealbrief" ] && [ "$(readlink "$BIN_DIR/dealbrief")" = "$APP_DIR/dealbrief" ]; then
    rm -f "$BIN_DIR/dealbrief"
fi

rm -f "$SHARE/applications/$APP_ID.desktop"
rm -f "$SHARE/metainfo/$APP_ID.metainfo.xml"
rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE"/icons/hicolor/*/apps/"$APP_ID".svg

# The app folder holds only the bundle (and this script): it never holds a book.
if [ -x "$APP_DIR/dealbrief" ]; then
    rm -rf "$APP_DIR"
fi
# ~/.local/opt is not an XDG folder: if install.sh made it and it is empty now, it goes too.
rmdir "$PREFIX/opt" 2>/dev/null || true

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
fi
touch "$SHARE/icons/hicolor" 2>/dev/null || true

echo "Dealbrief is removed. Your book and settings were kept in"
echo "  ${XDG_DATA_HOME:-$HOME/.local/share}/Dealbrief and ${XDG_CONFIG_HOME:-$HOME/.config}/Dealbrief"
