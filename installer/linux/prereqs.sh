#!/usr/bin/env bash
# Debian packages `make dist` (and, with --check, `make dist-check`) needs on the build host.
# Installs the missing ones when run as root with apt-get; otherwise names them and exits 2.
#   bundle: binutils (strip), and the xcb libraries Qt's xcb platform plugin links: PyInstaller
#           copies them from the build host into the bundle, so a missing one here means a
#           bundle whose GUI does not start on a laptop without it.
#   check:  nsis (compiles the Windows installer script), xvfb + xauth + x11-utils (starts the
#           frozen GUI on a virtual screen and looks for its window), desktop-file-utils.
set -euo pipefail

packages=(binutils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3)
if [[ "${1:-}" == "--check" ]]; then
    packages+=(nsis xvfb xauth x11-utils desktop-file-utils)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing build prerequisites: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    exit 0
fi
echo "make dist: missing Debian packages: ${missing[*]}" >&2
echo "install them first:  sudo apt-get install ${missing[*]}" >&2
exit 2
