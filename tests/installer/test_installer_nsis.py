"""The NSIS script compiles with Debian's makensis (warnings are errors), over a small stand-in bundle.

The real installer is built on Windows over the Windows bundle (installer/README.md); this checks
the script itself: syntax, both languages, version info, the generated include file. Marked `dist`:
`make dist-check` runs it, `make test` does not.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.installer.conftest import ROOT


@pytest.mark.dist
def test_nsis_script_compiles(buildinfo, tmp_path):
    # Run by `make dist-check`, which checks for nsis first (installer/linux/prereqs.sh --check): never skipped.
    assert shutil.which("makensis"), "makensis is needed (Debian package nsis)"
    include_dir = tmp_path / "include"
    buildinfo.write_includes(include_dir)
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    for name in (buildinfo.get("app.gui_exe") + ".exe", buildinfo.get("app.cli_exe") + ".exe"):
        (bundle / name).write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "resources" / "codes.toml").write_text("# stand-in\n", encoding="utf-8")
    icon = ROOT / "build" / "installer" / "coordinator.ico"
    if not icon.is_file():
        buildinfo.render_icons(icon.parent)
    out = tmp_path / f"coordinator-{buildinfo.version()}-setup.exe"  # plain "setup.exe" warns (shims)
    result = subprocess.run(
        ["makensis", "-V2", "-WX", f"-DCONFIG={include_dir / 'config.nsh'}", f"-DBUNDLE={bundle}",
         f"-DOUTFILE={out}", f"-DICON={icon}", "coordinator.nsi"],
        capture_output=True, text=True, timeout=300, cwd=ROOT / "installer" / "windows",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    assert buildinfo.version().encode("utf-16-le") in data  # version resource of setup.exe
