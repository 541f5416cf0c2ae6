"""The bundle ships everything the app loads: resources/, the compiled translations, the migrations;
and the Qt trimming rules keep what the app needs."""

from __future__ import annotations

import ast
import os
from pathlib import Path

from tests.installer.conftest import ROOT

SPEC = ROOT / "installer" / "coordinator.spec"


def _bundled(buildinfo) -> set[str]:
    """Bundle-relative paths of every data file the spec ships."""
    return {f"{dest}/{src.name}" for src, dest in buildinfo.bundle_files()}


def test_every_file_under_resources_is_bundled(buildinfo):
    bundled = _bundled(buildinfo)
    files = [
        p for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".ts", ".po")
    ]
    assert len(files) > 20
    missing = [str(p.relative_to(ROOT)) for p in files if "resources/" + p.relative_to(ROOT / "resources").as_posix()
               not in bundled]
    assert missing == []
    assert all(src.is_file() for src, _dest in buildinfo.bundle_files())
    assert not any(name.endswith((".ts", ".po")) or "__pycache__" in name for name in bundled)


def test_compiled_translations_are_bundled(buildinfo):
    bundled = _bundled(buildinfo)
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"resources/i18n/{qm.name}" in bundled
    pos = sorted((ROOT / "resources" / "locale").glob("*/LC_MESSAGES/*.po"))
    assert pos  # the gettext catalogues: each ships as its compiled .mo (`make translations`)
    for po in pos:
        assert "resources/" + po.with_suffix(".mo").relative_to(ROOT / "resources").as_posix() in bundled


def _resource_calls() -> list[tuple[str, tuple[str, ...]]]:
    """Every `resource("a", "b")` / `load_toml("a", "b")` call in the app with literal leading parts."""
    calls = []
    for path in sorted((ROOT / "coordinator_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("resource", "load_toml"):
                continue
            parts = []
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    parts.append(arg.value)
                else:
                    break
            if parts:
                calls.append((str(path.relative_to(ROOT)), tuple(parts)))
    return calls


def test_every_resource_the_code_names_is_bundled(buildinfo):
    bundled = _bundled(buildinfo)
    calls = _resource_calls()
    assert len(calls) >= 8, calls  # the scan finds the code's resource() calls
    for where, parts in calls:
        target = ROOT / "resources" / Path(*parts)
        rel = "resources/" + "/".join(parts)
        if target.is_dir():
            assert any(name.startswith(rel + "/") for name in bundled), f"{where}: {rel}/ ships nothing"
        else:
            # A leading folder part with a computed file name (resource("letters", f"{t}.toml")) is a folder.
            assert rel in bundled or (len(parts) == 1 and target.is_dir()), f"{where}: {rel} is not bundled"


def test_migrations_are_shipped_as_source(buildinfo):
    bundled = _bundled(buildinfo)
    migrations = ROOT / "coordinator_app" / "db" / "migrations"
    expected = [p for p in migrations.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert any(p.name == "env.py" for p in expected)
    for p in expected:
        assert "coordinator_app/db/migrations/" + p.relative_to(migrations).as_posix() in bundled
    # paths.migrations_dir() looks next to the package: the destination must be the same relative path.
    from coordinator_app import paths

    package_parent = Path(paths.__file__).resolve().parent.parent
    assert paths.migrations_dir().relative_to(package_parent).as_posix() == "coordinator_app/db/migrations"


def test_spec_uses_the_shared_lists():
    text = SPEC.read_text(encoding="utf-8")
    assert "buildinfo.bundle_files()" in text
    assert 'collect_submodules(\n    "coordinator_app"' in text  # cmd_* modules and pages are found at run time
    assert 'copy_metadata("coordinator-app"' in text  # __version__ in the bundle
    assert "keep_qt_file" in text and "prune_dependencies" in text
    assert "untranslated()" in text  # refuses to build without compiled translations


def test_resources_are_found_in_a_bundle(tmp_path, monkeypatch):
    from coordinator_app import paths

    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "codes.toml").write_text("", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    paths.resources_dir.cache_clear()
    try:
        assert paths.resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        paths.resources_dir.cache_clear()
    assert paths.resources_dir() == ROOT / "resources"


def test_qt_trimming_keeps_what_the_app_needs(buildinfo):
    keep = buildinfo.keep_qt_file
    for dest in (
        "PySide6/Qt/translations/qtbase_nl.qm", "PySide6/Qt/translations/qt_en.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt6Svg.dll",
        "resources/codes.toml", "libcrypto.so.3",
    ):
        assert keep(dest), dest
    for dest in (
        "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qt_help_zh_CN.qm",
        "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "PySide6\\plugins\\sqldrivers\\qsqlite.dll",
        "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    ):
        assert not keep(dest), dest


def test_prune_drops_only_libraries_no_kept_file_needs(buildinfo):
    links = {
        "qgtk3": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "gtk": ["libcairo.so.2", "libglib-2.0.so.0"],
        "cairo": ["libpng.so"],
        "qxcb": ["libQt6Gui.so.6", "libglib-2.0.so.0"],
        "gui": [],
        "glib": [],
        "png": [],
        "dbus": [],
    }
    entries = {
        "libgtk-3.so.0": "gtk", "libcairo.so.2": "cairo", "libglib-2.0.so.0": "glib", "libpng.so": "png",
        "PySide6/Qt/plugins/platforms/libqxcb.so": "qxcb", "PySide6/Qt/lib/libQt6Gui.so.6": "gui",
        "libdbus-1.so.3": "dbus",  # loaded with dlopen: nothing links it, it must stay
    }
    kept = [(dest, src, "BINARY") for dest, src in entries.items()]
    dropped = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "qgtk3", "BINARY")]
    remaining, removed = buildinfo.prune_dependencies(kept, dropped, lambda src: links[src])
    assert removed == ["libcairo.so.2", "libgtk-3.so.0", "libpng.so"]
    assert {dest for dest, _src, _kind in remaining} == {
        "libglib-2.0.so.0", "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Gui.so.6",
        "libdbus-1.so.3",
    }


def test_a_catalogue_without_an_up_to_date_mo_stops_the_build(buildinfo, tmp_path, monkeypatch):
    po = tmp_path / "locale" / "nl" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid "a"\nmsgstr "A"\n', encoding="utf-8")
    monkeypatch.setattr(buildinfo, "RESOURCES", tmp_path)
    assert buildinfo.untranslated() == ["locale/nl/LC_MESSAGES/messages.po"]  # never compiled
    mo = po.with_suffix(".mo")
    mo.write_bytes(b"compiled")
    t = po.stat().st_mtime
    os.utime(mo, (t - 5, t - 5))
    assert buildinfo.untranslated() == ["locale/nl/LC_MESSAGES/messages.po"]  # compiled before the last edit
    os.utime(mo, (t + 5, t + 5))
    assert buildinfo.untranslated() == []


def test_a_mo_without_its_po_is_not_bundled(buildinfo, tmp_path, monkeypatch):
    folder = tmp_path / "locale" / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for name in ("kept.po", "kept.mo", "removed.mo"):
        (folder / name).write_bytes(b"x")
    (tmp_path / "codes.toml").write_text("", encoding="utf-8")
    monkeypatch.setattr(buildinfo, "RESOURCES", tmp_path)
    shipped = {src.name for src, _dest in buildinfo.bundle_files()}
    assert {"kept.mo", "codes.toml"} <= shipped and not {"kept.po", "removed.mo"} & shipped
