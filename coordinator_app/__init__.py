"""Coordinator: encrypted case files for the municipal care coordinator for victims of human trafficking."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

DISTRIBUTION = "coordinator_app"  # the installed metadata folder's name: coordinator_app-<version>.dist-info


def installed_version(path: Sequence[str] | None = None) -> str:
    """The version in this package's own installed metadata, which pip (or the bundle, installer/coordinator.spec)
    writes from `[project] version` in pyproject.toml, the one place it is written.

    It is what `importlib.metadata.version("coordinator-app")` returns, found directly: the first
    `coordinator_app-*.dist-info` folder on `path` (default sys.path, in order), its METADATA's Version header.
    importlib.metadata itself reads the name of every installed distribution on sys.path and imports email,
    zipfile and csv to do it (about 40 ms of a cold start here, ~0.3 s on a busy laptop), so start-up does not
    use it. Where the metadata is anywhere else (an .egg-info folder, inside a zip file on the path) or not
    there at all, importlib.metadata answers, and raises PackageNotFoundError when there is none: a program
    without its metadata fails loudly instead of showing a made-up version."""
    for entry in sys.path if path is None else path:
        try:
            children = os.listdir(entry or ".")
        except OSError:  # a missing folder or a zip file: no dist-info folder of ours here
            continue
        for child in children:
            low = child.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            if re.sub(r"[-_.]+", "_", low.rpartition(".")[0].partition("-")[0]) != DISTRIBUTION:
                continue
            metadata = os.path.join(entry or ".", child, "METADATA")
            if low.endswith(".dist-info") and os.path.isfile(metadata):
                with open(metadata, encoding="utf-8") as fh:
                    for line in fh:
                        if not line.strip():
                            break  # the end of the headers
                        key, _, value = line.partition(":")
                        if key.strip().lower() == "version":
                            return value.strip()
            return _version_by_importlib(path)  # an .egg-info or an odd dist-info: the standard reader decides
    return _version_by_importlib(path)


def _version_by_importlib(path: Sequence[str] | None) -> str:
    from importlib import metadata  # start-up time: only where the dist-info folder is not where pip puts it

    found = next(iter(metadata.distributions(name="coordinator-app", path=list(sys.path if path is None else path))),
                 None)
    if found is None:
        raise metadata.PackageNotFoundError("coordinator-app (install it: make, or pip install -e .)")
    return str(found.version)


__version__ = installed_version()

APP_NAME = "Coordinator"
