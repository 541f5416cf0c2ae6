"""The release history (services/quarterly/releases.py) as docs/DISCLOSURE.md promises it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordinator_app.db.models import PublishedRelease
from coordinator_app.db.vault import Vault
from coordinator_app.domain import disclosure
from coordinator_app.domain.disclosure import PublishedTable
from coordinator_app.domain.quarter import Quarter
from coordinator_app.services.quarterly import counts, exports, releases

QUARTER = Quarter.current().previous()


def _stored_rows(vault: Vault) -> list[tuple[str, int]]:
    with vault.read() as session:
        return sorted((r.quarter, r.version) for r in session.query(PublishedRelease).all())


def test_trend_quarters_are_released_with_the_quarter(demo_vault: Vault, tmp_path: Path) -> None:
    exports.export_quarterly(demo_vault, QUARTER, "csv", tmp_path / "k.csv")
    assert _stored_rows(demo_vault) == [(str(q), 1) for q in QUARTER.trailing(4)]
    for q in QUARTER.trailing(4):  # each stored table is what the method gives for that quarter
        assert releases.versions(demo_vault, q)[0] == counts.quarterly_report(demo_vault, q, 5)


def test_pdf_trend_shows_the_stored_totals(demo_vault: Vault, tmp_path: Path) -> None:
    earlier = QUARTER.previous()
    fresh = counts.quarterly_report(demo_vault, earlier, 5)
    # a release of the earlier quarter with totals that differ from today's data (as after late entries)
    cells = [[m, d, c, (v + 17 if isinstance(v, int) else v) if d == "total" else v]
             for m, d, c, v in fresh.to_json()]
    cells = [row for row in cells if row[1] in ("total", "outcome", "network")]  # totals only: stays consistent
    with demo_vault.write() as session:
        session.add(PublishedRelease(quarter=str(earlier), version=1, threshold=5, method="boom-1", cells=cells))
    data = exports.gather(demo_vault, QUARTER, 5)
    stored = next(t for t in data.trend if t.quarter == earlier)
    assert stored.total("opened") == cells[0][3] and stored.released_at
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(exports.render(data, "pdf"))).pages)
    trend_part = text[text.index("Ontwikkeling over vier kwartalen"):]
    assert f"{earlier}\n{stored.total('opened')}\n{stored.total('closed')}\n" in trend_part
    assert earlier not in {t.quarter for t in data.plan.new}


def test_a_failed_write_stores_nothing(demo_vault: Vault, tmp_path: Path, monkeypatch) -> None:
    from coordinator_app import atomic

    class Full:
        def __init__(self, fh):
            self._fh = fh

        def write(self, _data):
            raise OSError(28, "no space")

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    real = atomic.os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode="r", *a, **k: Full(real(fd, mode, *a, **k)))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(exports.TargetInvalid):
        exports.export_quarterly(demo_vault, QUARTER, "csv", out / "k.csv")
    assert _stored_rows(demo_vault) == [] and list(out.iterdir()) == []


def test_the_release_is_stored_before_the_file_appears(demo_vault: Vault, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "k.csv"
    seen: list[bool] = []
    real = releases.record

    def record(vault, plan):
        seen.append(target.exists())
        real(vault, plan)

    monkeypatch.setattr(releases, "record", record)
    exports.export_quarterly(demo_vault, QUARTER, "csv", target)
    assert seen == [False] and target.exists() and (str(QUARTER), 1) in _stored_rows(demo_vault)


def test_a_failed_release_writes_no_file(demo_vault: Vault, tmp_path: Path, monkeypatch) -> None:
    def refuse(_vault, _plan):
        raise releases.ReleaseConflict(quarter=str(QUARTER))

    monkeypatch.setattr(releases, "record", refuse)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(releases.ReleaseConflict):
        exports.export_quarterly(demo_vault, QUARTER, "pdf", out / "k.pdf")
    assert list(out.iterdir()) == []


def test_the_exact_check_refuses_an_export(demo_vault: Vault, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(releases, "audit", lambda versions: ["opened/form: verborgen aantal te nauw"])
    with pytest.raises(releases.ReleaseUnsafe) as info:
        exports.export_quarterly(demo_vault, QUARTER, "pdf", tmp_path / "k.pdf")
    assert "niets geëxporteerd" in info.value.message("nl")
    assert _stored_rows(demo_vault) == [] and not (tmp_path / "k.pdf").exists()


def test_the_check_runs_on_what_is_released(demo_vault: Vault, monkeypatch) -> None:
    seen: list[list[PublishedTable]] = []

    def spy(versions):
        seen.append(list(versions))
        return disclosure.audit(versions)

    monkeypatch.setattr(releases, "audit", spy)
    plan = releases.plan(demo_vault, QUARTER, 5)
    assert sorted(str(v[-1].quarter) for v in seen) == sorted(str(t.quarter) for t in plan.new)


def test_another_table_under_a_stored_version_is_a_conflict(demo_vault: Vault, tmp_path: Path) -> None:
    data = exports.gather(demo_vault, QUARTER, 5)
    with demo_vault.write() as session:
        session.add(PublishedRelease(quarter=str(QUARTER), version=1, threshold=5, method="boom-1",
                                     cells=[["opened", "total", "all", 999]]))
    with pytest.raises(releases.ReleaseConflict):
        exports.save(demo_vault, QUARTER, "csv", tmp_path / "k.csv", b"x", data.plan)
    assert not (tmp_path / "k.csv").exists()


def test_pdf_and_xlsx_say_what_was_hidden(demo_vault: Vault) -> None:
    data = exports.gather(demo_vault, QUARTER, 5)
    lines = disclosure.hidden_lines(data.published)
    assert lines and any("samen getoond" in line for line in lines)
    pdf = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
        exports.render(data, "pdf"))).pages).split())
    assert "Wat is afgeschermd" in pdf
    for line in lines:
        assert line in pdf
    with zipfile.ZipFile(io.BytesIO(exports.render(data, "xlsx"))) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    for line in lines:
        assert line.replace("&", "&amp;") in strings
