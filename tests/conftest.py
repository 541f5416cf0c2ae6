"""Shared fixtures: an isolated home for every test run, cheap vaults copied from a template.

The per-user folders (data, config, cache, logs, Qt settings) point into a fresh temporary folder
before anything imports Qt or platformdirs, so tests never touch the developer's own files and
privacy tests can grep exactly what the app wrote. Vaults use the test-only KDF profile.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="coordinator-tests-"))
for _var, _sub in (
    ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"), ("XDG_RUNTIME_DIR", "runtime"),
):
    os.environ[_var] = str(_HOME / _sub)
    (_HOME / _sub).mkdir(mode=0o700, exist_ok=True)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import coordinator_app.ui  # noqa: E402,F401  (keeps None alive under shiboken6 6.12 on CPython 3.11)

# Every temporary folder made in this process (tests and the app alike) is remembered for the file-mode
# sweep at the end of the session (see pytest_sessionfinish).
_TEMP_ROOTS: list[Path] = [_HOME]
_real_mkdtemp = tempfile.mkdtemp


def _recording_mkdtemp(*args, **kwargs):  # type: ignore[no-untyped-def]
    made = _real_mkdtemp(*args, **kwargs)
    _TEMP_ROOTS.append(Path(made))
    return made


tempfile.mkdtemp = _recording_mkdtemp

from tests.security.mode_sweep import track_plants  # noqa: E402

track_plants()  # files a test plants itself (tampered backups, …) are inputs, not what the app wrote

PASSPHRASE = "Test-wachtwoord voor de kluis 42!"
NO_SKIPS = "COORDINATOR_NO_SKIPS"  # set by .ci/run: CI installs everything, so a skip there is a failure


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dist: needs the bundle `make dist` built; run by `make dist-check` only")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Under COORDINATOR_NO_SKIPS=1 a skipped test fails: a skip may only mean "this machine lacks X", and CI
    has been given X."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get(NO_SKIPS) == "1" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped where nothing may be skipped ({NO_SKIPS}=1): {reason}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """File modes over everything the suite created: every vault-data file and folder under pytest's
    temporary folder, the isolated home and every other temporary folder made in this process must be
    owner-only (tests/security/mode_sweep.py says what counts). An offender fails the session."""
    if os.name != "posix":
        return
    from tests.security.mode_sweep import sweep

    factory = getattr(session.config, "_tmp_path_factory", None)
    basetemp = getattr(factory, "_basetemp", None)
    roots = [*([Path(basetemp)] if basetemp else []), *_TEMP_ROOTS]
    unique = {r.resolve() for r in roots}
    outermost = sorted((r for r in unique if not any(p in unique for p in r.parents)), key=str)
    checked, loose = sweep(outermost)
    if checked:
        from tests.security.figures import record

        record("file modes: every vault-data file and folder the test session created (session-end sweep)",
               checked, checked - len(loose), "owner-only: no group or other bit; the rule: SECURITY.md, "
               "\"Who may read the files\"")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if loose:
        if reporter is not None:
            reporter.write_sep("=", f"file-mode sweep: {len(loose)} vault-data paths readable by others", red=True)
            for line in loose[:200]:
                reporter.write_line(line)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter is not None and reporter.verbosity >= 0:
        reporter.write_line(f"file-mode sweep: {checked} vault-data paths checked, all owner-only")


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_collector(qapp):  # type: ignore[no-untyped-def]
    """As in the application (ui/app.py): cycles are collected on the GUI thread only, never on the vault
    worker (ui/collector.py says why: a Qt object freed on the worker thread crashed a CI run)."""
    from coordinator_app.ui import collector

    return collector.install(qapp)


@pytest.fixture(autouse=True)
def _collect_between_tests(_gui_thread_collector) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Tests without an event loop still get their cycles collected, on this (the GUI) thread."""
    yield
    _gui_thread_collector.collect_if_due()


DEMO_CASES = 200


def isolated_home() -> Path:
    """The isolated home folder of this test run (XDG folders live below it)."""
    return _HOME


@pytest.fixture(scope="session")
def _template_vaults(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    from coordinator_app.db import keys
    from coordinator_app.db.vault import Vault
    from coordinator_app.services import demo

    base = tmp_path_factory.mktemp("templates")
    made: dict[str, tuple[Path, str]] = {}
    empty, code = Vault.create(base / "empty", PASSPHRASE, profile=keys.TEST_ONLY)
    empty.close()
    made["empty"] = (base / "empty", code)
    filled, code = Vault.create(base / "demo", PASSPHRASE, profile=keys.TEST_ONLY)
    demo.generate(filled, cases=DEMO_CASES, seed=7)
    filled.close()
    made["demo"] = (base / "demo", code)
    return made


def _copy(template: Path, target: Path) -> Path:
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("vault.lock"))
    return target


@pytest.fixture
def vault_dir(tmp_path: Path, _template_vaults) -> Path:
    """A closed, empty vault folder (passphrase PASSPHRASE)."""
    return _copy(_template_vaults["empty"][0], tmp_path / "vault")


@pytest.fixture
def recovery_code(_template_vaults) -> str:
    """The recovery code of the `vault_dir` / `vault` fixtures."""
    return _template_vaults["empty"][1]


@pytest.fixture
def vault(vault_dir: Path) -> Iterator:
    """An open, empty vault."""
    from coordinator_app.db.vault import Vault

    v = Vault.open(vault_dir, passphrase=PASSPHRASE)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def ctx(vault) -> Iterator:  # type: ignore[no-untyped-def]
    """The GUI's shared state (AppContext) holding the test vault; waits for the vault worker at the end.
    A test module that needs another context (a folder, people in the vault first) defines its own `ctx`."""
    from coordinator_app.ui.context import AppContext
    from coordinator_app.ui.worker import wait_idle

    context = AppContext()
    context.set_vault(vault)
    yield context
    wait_idle()


@pytest.fixture
def demo_vault_dir(tmp_path: Path, _template_vaults) -> Path:
    """A closed vault with DEMO_CASES fictitious cases (seed 7)."""
    return _copy(_template_vaults["demo"][0], tmp_path / "demo-vault")


@pytest.fixture
def demo_vault(demo_vault_dir: Path) -> Iterator:
    from coordinator_app.db.vault import Vault

    v = Vault.open(demo_vault_dir, passphrase=PASSPHRASE)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
