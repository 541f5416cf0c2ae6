"""Loading and validating TOML resource files; a broken file is a clear error naming file and key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar, overload

from coordinator_app.paths import resource

T = TypeVar("T")


class ResourceError(Exception):
    """A resource file is missing or malformed. The message names the file and the key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        where = f"{Path(path).name}" + (f", sleutel '{key}'" if key else "")
        super().__init__(f"Fout in bronbestand {where}: {problem}")


def load_toml(*parts: str, path: Path | None = None) -> dict[str, Any]:
    """Read a TOML file from resources/ (or `path`), turning syntax errors into ResourceError."""
    file = path if path is not None else resource(*parts)
    try:
        with open(file, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ResourceError(file, "", "bestand ontbreekt") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(file, "", f"ongeldige TOML ({exc})") from exc


@overload
def require(table: dict[str, Any], key: str, kind: type[T], file: Path | str, prefix: str = "") -> T: ...
@overload
def require(
    table: dict[str, Any], key: str, kind: tuple[type, ...], file: Path | str, prefix: str = ""
) -> Any: ...
def require(table: dict[str, Any], key: str, kind: type | tuple[type, ...], file: Path | str, prefix: str = "") -> Any:
    """Return table[key] if present and of the given type, else raise ResourceError."""
    full = f"{prefix}.{key}" if prefix else key
    if key not in table:
        raise ResourceError(file, full, "ontbreekt")
    value = table[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise ResourceError(file, full, f"verwacht {names}, gevonden {type(value).__name__}")
    return value
