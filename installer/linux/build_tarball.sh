#!/usr/bin/env bash
# Package the Linux bundle as a per-user tarball: DIST_DIR/coordinator-<version>-linux-<arch>.tar.gz
#   installer/linux/build_tarball.sh PYTHON DIST_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:?usage: build_tarball.sh PYTHON DIST_DIR}
dist=${2:?usage: build_tarball.sh PYTHON DIST_DIR}
info() { "$python" installer/buildinfo.py "$@"; }
version=$(info version)
bundle_dir=$(info get app.bundle_dir)
app_id=$(info get app.linux_id)
name="coordinator-$version-linux-$(uname -m)"
[[ -x "$dist/$bundle_dir/$(info get app.cli_exe)" ]] || { echo "no bundle in $dist/$bundle_dir: build it first" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root"
cp -a "$dist/$bundle_dir" "$root/"
cp installer/linux/install.sh installer/linux/uninstall.sh installer/linux/coordinator.desktop.in "$root/"
cp "$(info get app.icon_svg)" "$root/$app_id.svg"
cat > "$root/package.env" <<ENV
NAME='$(info get app.name)'
VERSION='$version'
APP_ID='$app_id'
BUNDLE_DIR='$bundle_dir'
CLI_EXE='$(info get app.cli_exe)'
DATA_DIR_NAME='$(basename "$(info get app.data_dir_linux)")'
ENV
cat > "$root/README.txt" <<TXT
$(info get app.name) $version for Linux (x86-64), per-user installation.

Install or upgrade:  ./install.sh
Uninstall:           ~/.local/opt/$bundle_dir/uninstall.sh
Your data (the encrypted vault) stays in $(info get app.data_dir_linux):
installing, upgrading and uninstalling never touch it.
TXT
chmod +x "$root/install.sh" "$root/uninstall.sh"
tar -C "$stage" -czf "$dist/$name.tar.gz" "$name"
echo "tarball: $dist/$name.tar.gz ($(du -h "$dist/$name.tar.gz" | cut -f1))"
