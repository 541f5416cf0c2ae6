"""The version is written once, as `[project] version` in pyproject.toml; the program reads it from its own
installed metadata folder (coordinator_app.installed_version), found directly instead of through
importlib.metadata, and gets the same answer importlib.metadata gives, or fails when there is none."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest

import coordinator_app
from coordinator_app import installed_version
from tests.helpers import ROOT


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def _dist_info(folder: Path, name: str, version: str) -> Path:
    info = folder / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: coordinator-app\nVersion: {version}\nSummary: x\n\nVersion: 9.9.9 (body)\n",
        encoding="utf-8")
    return info


def _importlib_version(path: list[str]) -> str:
    found = list(importlib.metadata.distributions(name="coordinator-app", path=path))
    return found[0].version


def test_the_running_program_has_the_version_of_pyproject() -> None:
    assert coordinator_app.__version__ == _pyproject_version()
    assert coordinator_app.__version__ == importlib.metadata.version("coordinator-app")


def test_the_first_dist_info_on_the_path_counts(tmp_path: Path) -> None:
    empty, other, ours, later = (tmp_path / n for n in ("empty", "other", "ours", "later"))
    empty.mkdir()
    _dist_info(other, "coordinator_tools", "5.0")  # a name that only starts like ours
    _dist_info(ours, "coordinator_app", "2.3.1rc1")
    _dist_info(later, "coordinator_app", "1.0")
    zipped = tmp_path / "library.zip"
    zipped.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip archive, as a bundle has on its path
    path = [str(tmp_path / "missing"), str(zipped), str(empty), str(other), str(ours), str(later)]
    assert installed_version(path) == "2.3.1rc1"  # what was written, not the body's "Version:" line
    assert installed_version(path) == _importlib_version(path)


def test_a_differently_spelled_folder_name_is_ours_too(tmp_path: Path) -> None:
    _dist_info(tmp_path / "a", "Coordinator.App", "3.1")
    path = [str(tmp_path / "a")]
    assert installed_version(path) == "3.1" == _importlib_version(path)


def test_an_egg_info_before_the_dist_info_is_read_as_importlib_reads_it(tmp_path: Path) -> None:
    egg = tmp_path / "checkout" / "coordinator_app.egg-info"
    egg.mkdir(parents=True)
    (egg / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: coordinator-app\nVersion: 4.2\n", encoding="utf-8")
    _dist_info(tmp_path / "site", "coordinator_app", "1.0")
    path = [str(tmp_path / "checkout"), str(tmp_path / "site")]
    assert installed_version(path) == "4.2" == _importlib_version(path)


def test_no_metadata_is_an_error_not_a_made_up_version(tmp_path: Path) -> None:
    _dist_info(tmp_path / "other", "coordinator_tools", "5.0")
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        installed_version([str(tmp_path / "other"), str(tmp_path / "missing")])
