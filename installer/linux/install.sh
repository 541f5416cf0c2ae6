#!/usr/bin/env bash
# Install (or upgrade) Coordinator for the current user only: no root needed.
#   ./install.sh            program in ~/.local/opt/<name>, command in ~/.local/bin, menu entry
# The data (the vault) lives in the per-user data folder and is never touched by installing,
# upgrading or uninstalling.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/package.env"   # NAME, VERSION, APP_ID, BUNDLE_DIR, CLI_EXE, DATA_DIR_NAME

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${COORDINATOR_PREFIX:-$HOME/.local/opt}
target="$prefix/$BUNDLE_DIR"
bin_dir=${COORDINATOR_BIN_DIR:-$HOME/.local/bin}

mkdir -p "$prefix" "$bin_dir" "$data_home/applications" "$data_home/icons/hicolor/scalable/apps"

# Copy the new program beside the old one, then swap: an interrupted upgrade leaves the old one.
rm -rf "$target.new" "$target.old"
cp -a "$here/$BUNDLE_DIR" "$target.new"
cp "$here/uninstall.sh" "$here/package.env" "$target.new/"
[[ -d "$target" ]] && mv "$target" "$target.old"
mv "$target.new" "$target"
rm -rf "$target.old"

ln -sfn "$target/$CLI_EXE" "$bin_dir/$CLI_EXE"
cp "$here/$APP_ID.svg" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"
sed -e "s|@EXEC@|$target/$CLI_EXE|g" -e "s|@NAME@|$NAME|g" -e "s|@ICON@|$APP_ID|g" \
    -e "s|@WMCLASS@|$NAME|g" "$here/coordinator.desktop.in" > "$data_home/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "$NAME $VERSION installed in $target"
echo "Start it from the applications menu or with: $bin_dir/$CLI_EXE"
echo "Your data stays in ${XDG_DATA_HOME:-$HOME/.local/share}/$DATA_DIR_NAME (not touched by installing or uninstalling)."
