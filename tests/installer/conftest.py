"""Fixtures for the installer tests: the build helper module (installer/buildinfo.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_buildinfo() -> ModuleType:
    """installer/buildinfo.py, loaded by path (`installer` is also the name of a PyPI package)."""
    name = "coordinator_buildinfo"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / "buildinfo.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def buildinfo() -> ModuleType:
    return load_buildinfo()
