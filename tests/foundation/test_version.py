"""The version is written once (coordinator_app.__version__) and the installed metadata carries the same
(pyproject.toml reads it with setuptools' `attr`); start-up does not read package metadata for it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata

import coordinator_app
from tests.helpers import ROOT


def test_installed_metadata_and_program_agree() -> None:
    assert metadata.version("coordinator-app") == coordinator_app.__version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"] and "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "coordinator_app.__version__"}


def test_importing_the_package_reads_no_metadata() -> None:
    code = "import sys, coordinator_app; print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
