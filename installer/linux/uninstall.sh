#!/usr/bin/env bash
# Remove Coordinator for the current user. The data folder (the vault) is KEPT: delete it
# yourself only when you are sure (and after making a backup you can restore elsewhere).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/package.env"

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${COORDINATOR_PREFIX:-$HOME/.local/opt}
target="$prefix/$BUNDLE_DIR"
bin_dir=${COORDINATOR_BIN_DIR:-$HOME/.local/bin}

rm -f "$data_home/applications/$APP_ID.desktop" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"
if [[ -L "$bin_dir/$CLI_EXE" ]]; then rm -f "$bin_dir/$CLI_EXE"; fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
if [[ -d "$target" && -f "$target/package.env" ]]; then rm -rf "$target"; fi

echo "$NAME removed."
echo "Your data was KEPT in $data_home/$DATA_DIR_NAME"
echo "Je gegevens zijn BEWAARD in $data_home/$DATA_DIR_NAME"
