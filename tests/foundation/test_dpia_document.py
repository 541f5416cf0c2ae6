"""docs/DPIA.md is what the application's DPIA sheet says (resources/dpia/dpia_nl.md filled in with the real
parameters), not a hand-edited copy: a promise changed in one place only would make the two disagree.
Regenerate with `python -m coordinator_app.services.dpia nl > docs/DPIA.md`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_docs_dpia_is_the_generated_sheet() -> None:
    written = (ROOT / "docs" / "DPIA.md").read_text(encoding="utf-8")
    made = subprocess.run([sys.executable, "-m", "coordinator_app.services.dpia", "nl"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    date = re.compile(r"\(\d{4}-\d{2}-\d{2}\)")
    assert date.search(written), "docs/DPIA.md lost the date it was generated on"
    # the only difference allowed: the day each was generated
    assert date.sub("(DATE)", written).rstrip("\n") == date.sub("(DATE)", made).rstrip("\n"), (
        "docs/DPIA.md differs from the generated sheet: edit resources/dpia/dpia_nl.md, then "
        "`python -m coordinator_app.services.dpia nl > docs/DPIA.md`")
