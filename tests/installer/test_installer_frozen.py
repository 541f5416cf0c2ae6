"""The frozen program: `make dist` builds the bundle and the Linux tarball (about 50 s here), then
the bundle passes its self-test in a clean environment, knows the same subcommands and GUI modules
as the source tree, starts its GUI on a virtual screen, and the tarball installs, upgrades and
uninstalls per user while the vault survives.

Marked `dist`: `make dist-check` runs them on the bundle it has just built (COORDINATOR_DIST_DIR);
`make test` leaves them out (`-m "not dist"`), so it never builds a bundle nor needs Xvfb.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT, load_buildinfo

pytestmark = [pytest.mark.slow, pytest.mark.dist, pytest.mark.timeout(900)]

BUILD_INFO = load_buildinfo()
CLI = BUILD_INFO.get("app.cli_exe")
PASSPHRASE = "Bundel-test: wachtwoord van de kluis"


@pytest.fixture(scope="module")
def dist_dir() -> Path:
    given = os.environ.get("COORDINATOR_DIST_DIR")
    assert given, "COORDINATOR_DIST_DIR is not set: run these through `make dist-check`, which builds the bundle"
    return ROOT / given


@pytest.fixture(scope="module")
def bundle(dist_dir: Path) -> Path:
    path = dist_dir / BUILD_INFO.get("app.bundle_dir")
    assert (path / CLI).is_file(), f"no bundle in {path}"
    return path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A login-like environment: no venv, no XDG overrides, a fresh HOME."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(home)}
    env.update(extra)
    return env


def _check_lines(output: str) -> dict[str, str]:
    """The self-test's lines per check, without timings and paths."""
    lines = {}
    for line in output.splitlines():
        match = re.match(r"^(ok  |FAIL|SKIP) (\w+): (.*?)(?: \(\d+\.\d+ s\))?$", line)
        if match:
            lines[match.group(2)] = f"{match.group(1)} {match.group(3)}"
    return lines


def test_bundle_self_test_version_and_contents(bundle: Path, tmp_path: Path):
    frozen = subprocess.run(
        [str(bundle / CLI), "--self-test"], capture_output=True, text=True, timeout=120,
        env=clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"),
    )
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr
    assert "(bundle, " in frozen.stdout.splitlines()[0]
    venv = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--self-test"], capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=ROOT,
    )
    assert venv.returncode == 0, venv.stdout
    frozen_lines, venv_lines = _check_lines(frozen.stdout), _check_lines(venv.stdout)
    # Same subcommands and the same GUI modules: nothing found only at run time went missing.
    assert frozen_lines["cli"] == venv_lines["cli"]
    assert frozen_lines["gui"] == venv_lines["gui"]
    assert all(status.startswith("ok") for status in frozen_lines.values()), frozen_lines

    version = subprocess.run(
        [str(bundle / CLI), "--version"], capture_output=True, text=True, timeout=60, env=clean_env(tmp_path / "home")
    )
    assert version.stdout.strip() == f"coordinator-app {BUILD_INFO.version()}"


def test_bundle_carries_the_python_it_was_built_with(bundle: Path, tmp_path: Path):
    """`make dist` builds with CPython 3.12 when one runs on the build machine (installer/README.md): the
    bundle's self-test names the Python inside it, which must be the build venv's, and on 3.11 the
    reference-count workaround must be in effect."""
    builder = os.environ.get("COORDINATOR_BUNDLE_PYTHON")
    assert builder, "make dist-check passes the build venv's python as COORDINATOR_BUNDLE_PYTHON"
    expected = subprocess.run([builder, "-c", "import platform; print(platform.python_version())"],
                              capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    frozen = subprocess.run(
        [str(bundle / CLI), "--self-test"], capture_output=True, text=True, timeout=120,
        env=clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"),
    )
    line = _check_lines(frozen.stdout)["python"]
    assert line.startswith(f"ok   CPython {expected}:"), line
    major, minor = (int(x) for x in expected.split(".")[:2])
    if (major, minor) >= (3, 12):
        assert "immortal, no reference-count workaround" in line
    else:
        assert "workaround in effect" in line


def test_the_bundle_python_needs_the_workaround_only_before_3_12(tmp_path: Path):
    """The reason the bundle is built with 3.12, checked on the build venv itself: a bare PySide6 program
    with many signal emits runs to the end on 3.12 and dies on 3.11 (tests/ui/test_refcount_bug.py)."""
    from tests.ui.test_refcount_bug import EMITS

    builder = os.environ.get("COORDINATOR_BUNDLE_PYTHON")
    assert builder, "make dist-check passes the build venv's python as COORDINATOR_BUNDLE_PYTHON"
    done = subprocess.run([builder, "-c", EMITS, "bare", "long"], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=tmp_path)
    version = subprocess.run([builder, "-c", "import sys; print(sys.version_info >= (3, 12))"],
                             capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    if version == "True":
        assert done.returncode == 0 and done.stdout.startswith("survived"), done.stderr[-2000:]
    else:
        assert done.returncode != 0 and "deallocating" in done.stderr


def test_bundle_is_trimmed(bundle: Path):
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    translations = {n.rsplit("/", 1)[1] for n in names if "/translations/" in n and n.endswith(".qm")}
    assert "qtbase_nl.qm" in translations
    assert all(re.search(r"_(nl|en)\.qm$", n) for n in translations), translations
    for unwanted in ("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libqwayland", "libqgtk3", "libgtk-3"):
        assert not any(unwanted in n for n in names), unwanted
    for wanted in ("libqxcb.so", "libqoffscreen.so", "libQt6Pdf.so", "libcupsprintersupport.so", "libqsvg.so"):
        assert any(n.endswith(wanted) or wanted + "." in n for n in names), wanted
    assert any("/resources/i18n/" in n for n in names) or not list((ROOT / "resources" / "i18n").glob("*.ts"))


def test_bundle_gui_starts_under_xvfb(bundle: Path, tmp_path: Path):
    # `make dist-check` checks these packages first (installer/linux/prereqs.sh --check): no silent skip
    assert shutil.which("xvfb-run") and shutil.which("xwininfo"), "xvfb and x11-utils are needed"
    probe = tmp_path / "probe.sh"
    probe.write_text(
        f"""#!/bin/bash
"{bundle / CLI}" > "{tmp_path}/app.log" 2>&1 &
pid=$!
for i in $(seq 1 200); do
  xwininfo -root -tree 2>/dev/null | grep -q '("{CLI}" "' && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.1
done
xwininfo -root -tree | grep '("{CLI}" "' || echo NO-WINDOW
kill -0 $pid 2>/dev/null && echo ALIVE
kill $pid 2>/dev/null; wait $pid 2>/dev/null; true
""",
        encoding="utf-8",
    )
    probe.chmod(0o755)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", str(probe)], capture_output=True, text=True, timeout=120,
        env=clean_env(tmp_path / "home"),
    )
    log = (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")
    assert "NO-WINDOW" not in result.stdout, result.stdout + result.stderr + log
    assert "ALIVE" in result.stdout, result.stdout + log


def _run(args: list[str], env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, env=env, **kw)
    assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    return result


def test_tarball_installs_per_user_and_keeps_the_vault(dist_dir: Path, tmp_path: Path):
    tarballs = sorted(dist_dir.glob(f"coordinator-{BUILD_INFO.version()}-linux-*.tar.gz"))
    assert tarballs, f"no tarball in {dist_dir}"
    with tarfile.open(tarballs[-1]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    package = next((tmp_path / "unpacked").iterdir())
    home = tmp_path / "home"
    env = clean_env(home)
    app_id = BUILD_INFO.get("app.linux_id")

    out = _run([str(package / "install.sh")], env).stdout
    assert ".local/share/Coordinator" in out
    command = home / ".local" / "bin" / CLI
    desktop = home / ".local" / "share" / "applications" / f"{app_id}.desktop"
    assert desktop.is_file() and (home / ".local/share/icons/hicolor/scalable/apps" / f"{app_id}.svg").is_file()
    text = desktop.read_text(encoding="utf-8")
    assert f"Exec={home}/.local/opt/{BUILD_INFO.get('app.bundle_dir')}/{CLI}" in text and "@" not in text
    if shutil.which("desktop-file-validate"):
        _run(["desktop-file-validate", str(desktop)], env)
    assert _run([str(command), "--version"], env).stdout.strip() == f"coordinator-app {BUILD_INFO.version()}"

    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    _run([str(command), "init", "--passphrase-file", str(secret)], env)
    vault = home / ".local" / "share" / "Coordinator" / "vault"
    assert (vault / "vault.db").is_file()

    _run([str(package / "install.sh")], env)  # upgrade over the installed version
    _run([str(command), "check", "--passphrase-file", str(secret)], env)

    uninstall = home / ".local" / "opt" / BUILD_INFO.get("app.bundle_dir") / "uninstall.sh"
    out = _run([str(uninstall)], env).stdout
    assert f"{home}/.local/share/Coordinator" in out and "KEPT" in out
    assert not command.exists() and not desktop.exists() and not uninstall.parent.exists()
    assert (vault / "vault.db").is_file() and (vault / "vault.keys").is_file()

    _run([str(package / "install.sh")], env)  # installed again: the same vault opens
    _run([str(command), "check", "--passphrase-file", str(secret)], env)
