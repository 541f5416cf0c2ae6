#!/usr/bin/env bash
# Debian packages `make dist` (and, with --check, `make dist-check`) needs on the build host.
# Only checks: names the missing ones and exits 2. It never installs anything (no apt-get here):
# installing system packages is the administrator's step, or CI's (.ci/run installs them itself).
#   bundle: binutils (strip), and the xcb libraries Qt's xcb platform plugin links: PyInstaller
#           copies them from the build host into the bundle, so a missing one here means a
#           bundle whose GUI does not start on a laptop without it.
#   check:  nsis (compiles the Windows installer script), xvfb + xauth + x11-utils (starts the
#           frozen GUI on a virtual screen and looks for its window), desktop-file-utils.
# --list prints the missing packages, one per line, and exits 0 (for `apt-get install` in .ci/run).
set -euo pipefail

check=0 list=0
for arg in "$@"; do
    case "$arg" in
        --check) check=1 ;;
        --list) list=1 ;;
        *) echo "usage: prereqs.sh [--check] [--list]" >&2; exit 64 ;;
    esac
done

packages=(binutils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3)
if [[ $check -eq 1 ]]; then
    packages+=(nsis xvfb xauth x11-utils desktop-file-utils)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if [[ $list -eq 1 ]]; then
    for pkg in "${missing[@]}"; do echo "$pkg"; done
    exit 0
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "make dist: missing Debian packages: ${missing[*]}" >&2
echo "install them first:  sudo apt-get install ${missing[*]}" >&2
exit 2
