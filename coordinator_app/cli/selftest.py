"""`coordinator-app --self-test`: a smoke test of an installed program, from the venv or the bundle.

It proves that everything the frozen bundle needs got into it: the resources, the SQLCipher
library, the Alembic migrations, the CLI subcommands, the fonts, QtPdf, QtSvg, the platform
plugin and the translations. It works in a temporary folder with fictitious data and a test-only
key-derivation profile, prints one line per check and returns 0 when every check passed, else 1.
The temporary folder is removed afterwards; nothing else is written.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from coordinator_app import __version__

PASSPHRASE = "zelftest Ĳsselmeer ⚓ wachtwoord"
NAME = ("Anaïs", "Öztürk-Dijkstra")


class _Context:
    """What the checks share: the temp folder, the open vault, the letter PDF."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault = None
        self.case_id: int | None = None
        self.pdf: bytes | None = None


def _check_resources(ctx: _Context) -> str:
    from coordinator_app import codes, errors, paths  # self-test: a module missing from the bundle fails this check
    from coordinator_app.reports import fonts, letters  # self-test: a module missing from the bundle fails this check

    lists = codes.all_lists()
    messages = errors._messages()
    if "vault_in_use" not in messages and len(messages) < 5:
        raise RuntimeError("the message catalogues (messages*.mo) look empty")
    fonts.register_fonts()
    sections = letters.sections()
    where = paths.resources_dir()
    return f"{len(lists)} code lists, {len(messages)} messages, {len(sections)} letter sections from {where}"


def _check_vault(ctx: _Context) -> str:
    from coordinator_app.db import keys  # self-test: a module missing from the bundle fails this check
    from coordinator_app.db.folder import DB_FILE  # self-test: a module missing from the bundle fails this check
    from coordinator_app.db.vault import Vault  # self-test: a module missing from the bundle fails this check

    vault, _code = Vault.create(ctx.folder / "vault", PASSPHRASE, profile=keys.TEST_ONLY)
    ctx.vault = vault
    version = str(vault.pragma("cipher_version") or "")
    if not version:
        raise RuntimeError("cipher_version is empty: this is plain SQLite, not SQLCipher")
    vault.checkpoint()
    header = (ctx.folder / "vault" / DB_FILE).read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("the vault file has a plain SQLite header: it is not encrypted")
    from coordinator_app.db import migrate  # self-test: a module missing from the bundle fails this check

    return f"SQLCipher {version}, schema {migrate.head_revision()}, file encrypted"


def _check_case(ctx: _Context) -> str:
    from coordinator_app.db.vault import Vault  # self-test: a module missing from the bundle fails this check
    from coordinator_app.services.cases import store  # self-test: a module missing from the bundle fails this check
    from coordinator_app.services.search import index  # self-test: a module missing from the bundle fails this check

    assert ctx.vault is not None
    data = store.CaseInput(
        signal_received_on=dt.date(2026, 3, 5),
        signal_text="Zelftest: fictief signaal.",
        person=store.PersonInput(first_name=NAME[0], last_name=NAME[1], gender="female"),
    )
    ctx.case_id = store.create_case(ctx.vault, data)
    ctx.vault.close()
    ctx.vault = Vault.open(ctx.folder / "vault", passphrase=PASSPHRASE)  # read back after a real unlock
    record = store.get_case(ctx.vault, ctx.case_id)
    if record.person is None or (record.person.first_name, record.person.last_name) != NAME:
        raise RuntimeError("the case read back differs from the case written")
    hits = index.search(ctx.vault, NAME[1].split("-")[0])
    if not any(hit.case_id == ctx.case_id for hit in hits):
        raise RuntimeError("full-text search does not find the case")
    problems = ctx.vault.check()
    if problems:
        raise RuntimeError("integrity check: " + "; ".join(problems[:3]))
    return f"case {record.case_number} written, unlocked again, read back, found by search"


def _check_search_and_counts(ctx: _Context) -> str:
    """The libraries the bundle must carry for finding people and for the quarterly export: a misspelled name
    is found as "lijkt op" (rapidfuzz, anyascii), and a quarter's release passes the exact disclosure check
    (SciPy's HiGHS, which needs NumPy)."""
    from coordinator_app.domain.quarter import Quarter  # self-test: a module missing from the bundle fails this check

    # self-test: a module missing from the bundle fails this check
    from coordinator_app.services.quarterly import releases
    from coordinator_app.services.search import persons  # self-test: a module missing from the bundle fails this check

    assert ctx.vault is not None and ctx.case_id is not None
    typo = NAME[1].split("-")[0][:-1] + "q"  # one wrong letter at the end of the surname
    found = persons.find_cases(ctx.vault, f"{NAME[0]} {typo}")
    if not any(match.case_id == ctx.case_id for match in found):
        raise RuntimeError("a misspelled name does not find the case")
    quarter = Quarter.of(dt.date(2026, 3, 5))
    plan = releases.plan(ctx.vault, quarter, 5)
    return f"misspelled name found; {quarter} released by the checked method ({len(plan.published.rows())} rows)"


def _check_letter(ctx: _Context) -> str:
    from pypdf import PdfReader  # self-test: a module missing from the bundle fails this check

    # self-test: a module missing from the bundle fails this check
    from coordinator_app.reports import letters, page_style

    content = letters.LetterContent(
        person=letters.PersonDetails(name=" ".join(NAME), languages=("Nederlands",)),
        safety_risks="Zelftest: geen echte gegevens.",
        reference="ZELFTEST",
    )
    pdf = letters.build_letter(
        "handover",
        page_style.Letterhead(municipality="Gemeente Zelftest", coordinator_name="Zorgcoördinator"),
        page_style.Recipient(organisation="Opvang Zelftest"),
        content,
        ["person", "safety_risks"],
        letter_date=dt.date(2026, 3, 5),
    )
    import io  # self-test: a module missing from the bundle fails this check

    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if NAME[1] not in text:
        raise RuntimeError("the letter does not show the name (font or text problem)")
    ctx.pdf = pdf
    return f"{len(reader.pages)} page(s), {len(pdf)} bytes, text with diacritics readable"


def _check_backup(ctx: _Context) -> str:
    from coordinator_app import __version__  # self-test: a module missing from the bundle fails this check
    from coordinator_app.services.backups import (  # self-test: a module missing from the bundle fails this check
        backup,
        verify,
    )

    assert ctx.vault is not None
    target = ctx.folder / "backups"
    target.mkdir()
    path = backup.create_backup(ctx.vault, target)
    contents = verify.verify(path, passphrase=PASSPHRASE)
    if contents.cases != 1:
        raise RuntimeError(f"the backup holds {contents.cases} cases instead of 1")
    if contents.header.app_version != __version__:
        raise RuntimeError(f"the backup says version {contents.header.app_version}, the program is {__version__}")
    return f"{path.name} written and verified with the passphrase ({contents.cases} case, version {__version__})"


def _check_cli(ctx: _Context) -> str:
    # self-test: a module missing from the bundle fails this check
    from coordinator_app.cli.common import command_modules

    names = command_modules()
    for needed in ("cmd_init", "cmd_check", "cmd_demo"):
        if f"coordinator_app.cli.{needed}" not in names:
            raise RuntimeError(f"subcommand module {needed} missing (found: {', '.join(names) or 'none'})")
    for name in names:
        if not callable(getattr(importlib.import_module(name), "register", None)):
            raise RuntimeError(f"{name} has no register()")
    return f"{len(names)} subcommands: " + ", ".join(n.rsplit(".cmd_", 1)[1] for n in names)


def _check_qt(ctx: _Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator  # self-test: a module missing from the bundle fails this check
    from PySide6.QtGui import QImage, QPainter  # self-test: a module missing from the bundle fails this check
    from PySide6.QtSvg import QSvgRenderer  # self-test: a module missing from the bundle fails this check
    from PySide6.QtWidgets import QApplication, QLabel  # self-test: a module missing from the bundle fails this check

    from coordinator_app import paths  # self-test: a module missing from the bundle fails this check

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0]])
    keep = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator()
    if not base.load("qtbase_nl", qt_dir):
        raise RuntimeError(f"Qt's own Dutch translation qtbase_nl.qm not found in {qt_dir}")
    keep.append(base)
    i18n = paths.resource("i18n")
    sources = sorted(i18n.glob("*_nl.ts")) if i18n.is_dir() else []
    compiled = sorted(i18n.glob("*_nl.qm")) if i18n.is_dir() else []
    missing = {p.stem for p in sources} - {p.stem for p in compiled}
    if missing:
        raise RuntimeError("translations not compiled (run `make translations`): " + ", ".join(sorted(missing)))
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise RuntimeError(f"cannot load translation {qm.name}")
        keep.append(translator)
    # self-test: a module missing from the bundle fails this check
    from coordinator_app.ui import i18n  # the app's own loader must find the same files

    if len(i18n.dutch_translators()) < len(compiled) + 1:
        raise RuntimeError("the app's translation loader misses some of the compiled translations")
    label = QLabel("Coördinatie — Ĳssel")
    label.resize(200, 40)
    if label.grab().isNull():
        raise RuntimeError("cannot render a widget")
    icon = QSvgRenderer(str(paths.resource("icons", "coordinator.svg")))
    if not icon.isValid():
        raise RuntimeError("cannot render the SVG icon (QtSvg missing?)")
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    icon.render(painter)
    painter.end()
    pages = _render_pdf(ctx.pdf)
    return f"platform {app.platformName()}, {len(keep)} translations (qtbase_nl + {len(compiled)} app), SVG ok, {pages}"


def _render_pdf(pdf: bytes | None) -> str:
    """Open the letter with QtPdf from memory (as the preview does) and render its first page."""
    if pdf is None:
        raise RuntimeError("no letter to render (the letter check failed)")
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    deadline = time.monotonic() + 10
    while document.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    if document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot open the letter (status {document.status()})")
    image = document.render(0, QSize(210, 297))
    if image.isNull():
        raise RuntimeError("QtPdf cannot render the letter")
    document.close()
    return f"QtPdf rendered {document.pageCount() or 1} page(s)"


def _check_python(ctx: _Context) -> str:
    """The Python the program runs on, and whether shiboken6's reference-count bug can bite there
    (coordinator_app/ui/__init__.py): on CPython 3.12+ None, True and False are immortal; on 3.11 the
    workaround must have given them their huge reference count once the ui package is imported."""
    import coordinator_app.ui  # self-test: a module missing from the bundle fails this check

    version, name = platform.python_version(), platform.python_implementation()
    if sys.version_info >= (3, 12):
        return f"{name} {version}: None, True and False are immortal, no reference-count workaround"
    low = [repr(s) for s in coordinator_app.ui.IMMORTAL_ON_312 if sys.getrefcount(s) < 1 << 39]
    if low:
        raise RuntimeError("the reference-count workaround is not in effect for " + ", ".join(low))
    return f"{name} {version}: reference-count workaround in effect for None, True and False"


def _check_gui_modules(ctx: _Context) -> str:
    from coordinator_app.ui.pages import PAGES  # self-test: a module missing from the bundle fails this check

    modules = ["coordinator_app.ui.app"] + [module for _pid, module, _cls, _key in PAGES]
    for module in modules:
        importlib.import_module(module)
    return f"{len(modules)} GUI modules importable"


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("resources", _check_resources),
    ("sqlcipher", _check_vault),
    ("case", _check_case),
    ("search and counts", _check_search_and_counts),
    ("letter", _check_letter),
    ("backup", _check_backup),
    ("cli", _check_cli),
    ("qt", _check_qt),
    ("gui", _check_gui_modules),
    ("python", _check_python),
)


def run_self_test() -> int:
    """Run every check; print one line each; 0 when all passed, 1 otherwise."""
    frozen = "bundle" if getattr(sys, "frozen", False) else "python"
    print(f"coordinator-app {__version__} self-test ({frozen}, {sys.platform})", flush=True)
    failed = 0
    folder = Path(tempfile.mkdtemp(prefix="coordinator-selftest-"))
    ctx = _Context(folder)
    try:
        for name, check in CHECKS:
            start = time.perf_counter()
            try:
                detail = check(ctx)
            except Exception as exc:  # the data is fictitious: the message is safe to show
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
                continue
            print(f"ok   {name}: {detail} ({time.perf_counter() - start:.2f} s)", flush=True)
    finally:
        if ctx.vault is not None and ctx.vault.is_open:
            ctx.vault.close()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        print(f"FAIL cleanup: {folder} not removed", flush=True)
        failed += 1
    print("self-test " + ("passed" if not failed else f"FAILED ({failed} check(s))"), flush=True)
    return 0 if not failed else 1
