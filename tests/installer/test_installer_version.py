"""One version number (pyproject.toml) flows into the app, the bundle and both Windows installers;
the names and the AppId live only in installer/build_config.toml."""

from __future__ import annotations

import ast
import re
import tomllib

import pytest

from tests.installer.conftest import ROOT

ISS = ROOT / "installer" / "windows" / "coordinator.iss"
NSI = ROOT / "installer" / "windows" / "coordinator.nsi"


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def test_one_version_everywhere(buildinfo):
    from coordinator_app import __version__

    assert buildinfo.version() == _pyproject_version() == __version__


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)), ("3.0.0.post1+g1", (3, 0, 0, 0))],
)
def test_numeric_version_for_windows(buildinfo, text, expected):
    assert buildinfo.numeric_version(text) == expected


def test_generated_includes_carry_version_and_names(buildinfo, tmp_path):
    iss, nsh = buildinfo.write_includes(tmp_path)
    version = _pyproject_version()
    app_id = buildinfo.get("app.app_id")
    iss_text, nsh_text = iss.read_text(encoding="utf-8-sig"), nsh.read_text(encoding="utf-8-sig")
    assert f'#define AppVersion "{version}"' in iss_text
    assert f'!define AppVersion "{version}"' in nsh_text
    assert f'#define AppId "{app_id}"' in iss_text and f'!define AppId "{app_id}"' in nsh_text
    assert '#define DataDir "{localappdata}\\Coordinator"' in iss_text
    assert '!define DataDir "$LOCALAPPDATA\\Coordinator"' in nsh_text
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", app_id)


@pytest.mark.parametrize("script", [ISS, NSI], ids=["iss", "nsi"])
def test_installer_scripts_type_no_version_or_names(script, buildinfo):
    text = script.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    assert not re.search(r"\b\d+\.\d+\.\d+\b", code), "a version number typed into the script"
    assert buildinfo.get("app.app_id") not in code
    assert ("{#AppVersion}" if script.suffix == ".iss" else "${AppVersion}") in code
    assert "config.iss" in code if script.suffix == ".iss" else "config.nsh" in code


def test_windows_version_resource_parses(buildinfo, tmp_path):
    """PyInstaller evaluates the file with its versioninfo classes (which need pefile, Windows only)."""
    path = buildinfo.windows_version_file(tmp_path / "version.txt")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert calls == {
        "VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct",
    }
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and node.func.id == "StringStruct"
    }
    assert strings["ProductVersion"] == strings["FileVersion"] == _pyproject_version()
    assert strings["ProductName"] == "Coordinator"
    fixed = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.func.id == "FixedFileInfo")
    filevers = next(k.value for k in fixed.keywords if k.arg == "filevers")
    assert ast.literal_eval(filevers) == buildinfo.numeric_version()


def test_inno_setup_script_requirements():
    """What issue 10 asks of the .iss (it cannot be compiled here: checked by reading)."""
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert 'Name: "nl"; MessagesFile: "compiler:Languages\\Dutch.isl"' in text
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in text
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"; Filename: \"\{app\}\\\{#GuiExe\}\"", text, re.M)
    assert "VersionInfoVersion={#AppVersionNumeric}" in text
    assert "usPostUninstall" in text and "{#DataDir}" in text and "nl.DataKept=" in text and "en.DataKept=" in text
    assert not re.search(r"^\[UninstallDelete\]", text, re.M)  # nothing beyond what was installed is removed
    assert "AppId={{{#AppId}}" in text


def test_linux_package_takes_names_from_the_config():
    text = (ROOT / "installer" / "linux" / "build_tarball.sh").read_text(encoding="utf-8")
    assert "info version" in text and "app.linux_id" in text and "app.cli_exe" in text
