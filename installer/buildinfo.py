"""Build information shared by the PyInstaller spec, the Linux tarball and the Windows installers.

One version (pyproject.toml) and one set of names (installer/build_config.toml) flow everywhere:
the spec imports this module; the shell scripts and the Windows build call it:

    python installer/buildinfo.py version              print the version (from pyproject.toml)
    python installer/buildinfo.py get app.name         print one value of build_config.toml
    python installer/buildinfo.py includes DIR         write DIR/config.iss and DIR/config.nsh
    python installer/buildinfo.py icons DIR            render DIR/coordinator.png (256 px) and .ico
    python installer/buildinfo.py datas                list what the bundle ships as data

Standard library only (plus PySide6 for `icons`), so it runs before anything is built.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "installer" / "build_config.toml"
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "coordinator_app" / "db" / "migrations"
LICENSES = ROOT / "installer" / "licenses"
# Files under resources/ that are sources, not loaded by the app (the compiled .qm and .mo are shipped).
SOURCE_SUFFIXES = (".ts", ".po")
SKIP_PARTS = ("__pycache__",)


@cache
def config() -> dict[str, Any]:
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)


def get(dotted: str) -> Any:
    value: Any = config()
    for part in dotted.split("."):
        value = value[part]
    return value


@cache
def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def numeric_version(text: str | None = None) -> tuple[int, int, int, int]:
    """The version as four numbers for Windows version resources ("0.1.0rc1" -> (0, 1, 0, 0))."""
    release = re.match(r"\d+(?:\.\d+)*", text or version())
    numbers = [int(n) for n in release.group(0).split(".")[:3]] if release else []
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def _shipped(path: Path) -> bool:
    orphan = path.suffix == ".mo" and not path.with_suffix(".po").is_file()  # left from a removed catalogue
    return (path.is_file() and not any(p in SKIP_PARTS for p in path.parts) and path.suffix not in SOURCE_SUFFIXES
            and not orphan)


def bundle_files() -> list[tuple[Path, str]]:
    """Every data file the bundle ships: (source file, destination folder inside the bundle).

    `resources/` whole (code lists, texts, fonts, icons, compiled translations), the Alembic
    migrations folder (scripts Alembic loads from source at run time), minus caches and .ts/.po
    sources, and the third-party licence notices (`licenses/`, with Python's own licence).
    """
    files: list[tuple[Path, str]] = []
    bases = ((RESOURCES, "resources"), (MIGRATIONS, "coordinator_app/db/migrations"), (LICENSES, "licenses"))
    for base, dest in bases:
        for path in sorted(base.rglob("*")):
            if _shipped(path):
                rel_dir = path.parent.relative_to(base).as_posix()
                files.append((path, dest if rel_dir == "." else f"{dest}/{rel_dir}"))
    python_licence = python_license_file()
    if python_licence is not None:
        files.append((python_licence, "licenses"))
    return files


def python_license_file() -> Path | None:
    """The licence of the Python that runs the build (it is bundled): LICENSE.txt of the base install."""
    base = Path(sys.base_prefix)
    short = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = (
        base / "LICENSE.txt",  # Windows
        base / "lib" / short / "LICENSE.txt",  # pyenv / python.org builds on Linux
        Path("/usr/share/doc") / short / "copyright",  # Debian's python3
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def untranslated() -> list[str]:
    """Translation sources without an up-to-date compiled file: .ts -> .qm (Qt Linguist, the widgets) and
    .po -> .mo (gettext, the texts outside the widgets). Run `make translations`."""
    stale = []
    pairs = [(ts, ts.with_suffix(".qm")) for ts in sorted((RESOURCES / "i18n").glob("*.ts"))]
    pairs += [(po, po.with_suffix(".mo")) for po in sorted((RESOURCES / "locale").glob("*/LC_MESSAGES/*.po"))]
    for source, compiled in pairs:
        if not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(source.relative_to(RESOURCES).as_posix())
    return stale


def keep_qt_file(dest: str) -> bool:
    """False for a Qt plugin, library or translation the bundle leaves out (see build_config.toml)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "/translations/" in f"/{path}" and name.endswith(".qm"):
        lang = name[: -len(".qm")].rsplit("_", 1)[-1]
        return lang in get("bundle.qt_translation_languages")
    marker = "/plugins/"
    if marker in f"/{path}":
        plugin = f"/{path}".split(marker, 1)[1]  # "<type>/<file>"
        for rule in get("bundle.drop_qt_plugins"):
            kind, _, part = rule.partition("/")
            ptype, _, pfile = plugin.partition("/")
            if ptype == kind and (not part or part in pfile):
                return False
        return True
    return not any(lib in name for lib in get("bundle.drop_qt_libraries"))


def prune_dependencies(
    kept: list[tuple[str, str, str]], dropped: list[tuple[str, str, str]], imports: Callable[[str], Iterable[str]]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop the libraries that only dropped Qt files needed (GTK for the gtk3 theme plugin, ...).

    `kept`/`dropped`: PyInstaller TOC entries (dest, source, typecode); `imports(source)`: the
    names of the shared libraries a binary links. A kept library stays when anything kept that
    is not itself reachable only from a dropped file links it (directly or indirectly).
    Returns the kept entries that remain and the names removed.
    """
    by_name = {Path(dest).name.lower(): (dest, src) for dest, src, _kind in kept}

    def closure(sources: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(sources)
        while stack:
            for name in imports(stack.pop()):
                key = Path(name).name.lower()
                if key in by_name and key not in seen:
                    seen.add(key)
                    stack.append(by_name[key][1])
        return seen

    candidates = closure(src for _dest, src, _kind in dropped)
    roots = [src for dest, src, _kind in kept if Path(dest).name.lower() not in candidates]
    needed = closure(roots)
    removed = sorted(candidates - needed)
    remaining = [entry for entry in kept if Path(entry[0]).name.lower() not in removed]
    return remaining, removed


def _nsis_escape(text: str) -> str:
    return text.replace("$", "$$").replace('"', '$\\"')


def windows_defines() -> dict[str, str]:
    major, minor, patch, build = numeric_version()
    return {
        "AppName": get("app.name"),
        "AppVersion": version(),
        "AppVersionNumeric": f"{major}.{minor}.{patch}.{build}",
        "AppPublisher": get("app.publisher"),
        "AppDescriptionNl": get("app.description_nl"),
        "AppDescriptionEn": get("app.description_en"),
        "AppCopyright": get("app.copyright"),
        "AppId": get("app.app_id"),
        "GuiExe": get("app.gui_exe") + ".exe",
        "CliExe": get("app.cli_exe") + ".exe",
        "BundleDir": get("app.bundle_dir"),
        "DataDir": get("app.data_dir_windows"),
    }


def write_includes(out_dir: Path) -> list[Path]:
    """config.iss (Inno Setup #define lines) and config.nsh (NSIS !define lines), UTF-8 with BOM."""
    out_dir.mkdir(parents=True, exist_ok=True)
    defines = windows_defines()
    header = f"generated by installer/buildinfo.py from pyproject.toml and build_config.toml ({version()})"
    iss = [f"; {header}"] + [f'#define {k} "{v.replace(chr(34), chr(34) * 2)}"' for k, v in defines.items()]
    nsh = [f"; {header}"] + [
        f'!define {k} "{_nsis_escape(v).replace("{localappdata}", "$LOCALAPPDATA")}"' for k, v in defines.items()
    ]
    written = []
    for name, lines in (("config.iss", iss), ("config.nsh", nsh)):
        path = out_dir / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
        written.append(path)
    return written


def windows_version_file(path: Path) -> Path:
    """A PyInstaller version resource file (file version info of the .exe files on Windows)."""
    nums = numeric_version()
    strings = {
        "CompanyName": get("app.publisher"),
        "FileDescription": get("app.description_nl"),
        "FileVersion": version(),
        "InternalName": get("app.gui_exe"),
        "LegalCopyright": get("app.copyright"),
        "OriginalFilename": get("app.gui_exe") + ".exe",
        "ProductName": get("app.name"),
        "ProductVersion": version(),
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200, 0x0409, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


_ICON_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication(["icons", "-platform", "offscreen"])
svg, png, ico = sys.argv[1:4]
renderer = QSvgRenderer(svg)
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
renderer.render(painter)
painter.end()
ok = image.save(png) and image.save(ico)
sys.exit(0 if ok else 1)
"""


def render_icons(out_dir: Path) -> tuple[Path, Path]:
    """Render the SVG icon to a 256 px PNG (Linux) and an .ico (Windows), in a child process."""
    out_dir.mkdir(parents=True, exist_ok=True)
    png, ico = out_dir / "coordinator.png", out_dir / "coordinator.ico"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-c", _ICON_SCRIPT, str(ROOT / get("app.icon_svg")), str(png), str(ico)], check=True, env=env
    )
    return png, ico


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "version":
        print(version())
    elif command == "get" and len(args) == 1:
        print(get(args[0]))
    elif command == "includes" and len(args) == 1:
        for path in write_includes(Path(args[0])):
            print(path)
    elif command == "icons" and len(args) == 1:
        for path in render_icons(Path(args[0])):
            print(path)
    elif command == "datas":
        for src, dest in bundle_files():
            shown = src.relative_to(ROOT).as_posix() if src.is_relative_to(ROOT) else str(src)
            print(f"{shown} -> {dest}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
