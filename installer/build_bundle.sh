#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and smoke-test it: `--self-test` from the venv,
# then from the bundle (offscreen, in a clean environment). Used by `make dist`.
#   installer/build_bundle.sh PYTHON DIST_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:?usage: build_bundle.sh PYTHON DIST_DIR}
dist=${2:?usage: build_bundle.sh PYTHON DIST_DIR}
bundle_dir=$("$python" installer/buildinfo.py get app.bundle_dir)
cli=$("$python" installer/buildinfo.py get app.cli_exe)
work="build/pyinstaller-$(basename "$dist")"

echo "== self-test from the venv"
QT_QPA_PLATFORM=offscreen "$python" -m coordinator_app --self-test

echo "== PyInstaller: $dist/$bundle_dir"
rm -rf "${dist:?}/$bundle_dir" "$work"
SECONDS=0
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" --workpath "$work" \
    installer/coordinator.spec
echo "bundle built in ${SECONDS} s: $(du -sh "$dist/$bundle_dir" | cut -f1)"

echo "== self-test from the bundle (clean environment, temporary HOME)"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$dist/$bundle_dir/$cli" --self-test
