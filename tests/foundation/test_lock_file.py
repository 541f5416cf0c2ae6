"""requirements.lock pins every dependency pyproject.toml names, with hashes, and the venv matches it."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.requirements import Requirement

from tests.helpers import ROOT

LOCK = ROOT / "requirements.lock"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, list[str]]:
    """name -> the versions pinned for it (one per environment marker set)."""
    pins: dict[str, list[str]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if match:
            pins.setdefault(_canonical(match.group(1)), []).append(match.group(2))
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        names += extra
    return [Requirement(n) for n in names]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pins = _locked()
    for req in _declared():
        versions = pins.get(_canonical(req.name))
        assert versions, f"{req.name} is in pyproject.toml but not in requirements.lock: run `make lock`"
        for version in versions:
            inside = req.specifier.contains(version, prereleases=True)
            assert inside, f"{req.name}=={version} is outside {req.specifier}"


def test_every_pin_carries_a_hash() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text(encoding="utf-8"))
    pinned = [b for b in blocks if "==" in b.split("\n", 1)[0]]
    assert pinned
    for block in pinned:
        assert "--hash=sha256:" in block, block.split("\n", 1)[0]


def test_the_installed_packages_are_the_locked_versions() -> None:
    for name, versions in _locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # a package for another platform (pywin32-ctypes, macholib, ...)
        assert installed in versions, f"{name} {installed} installed, lock says {versions}: run `make` again"


def test_one_release_per_package_for_every_python() -> None:
    """The suite runs on CPython 3.11, the bundle is built with 3.12 (installer/README.md): a package pinned to
    different releases per Python version would ship the bundle code the suite never ran."""
    split = {name: versions for name, versions in _locked().items() if len(set(versions)) > 1}
    assert split == {}, f"pinned differently per environment: {split} (bound them in pyproject.toml)"
    assert "python_full_version" not in LOCK.read_text(encoding="utf-8")
