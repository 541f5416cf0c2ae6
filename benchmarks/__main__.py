"""`python -m benchmarks`: run every figure at BENCH_CASES cases (default 10,000), print a Markdown table
and write the results as JSON (BENCH_RESULTS, default benchmarks/results.json).

Every figure in REQUIRED must come out with samples: a figure that fails (an exception, a missing module)
or is missing is listed as FAILED, and so is a figure that misses its target; then the run exits 1, so
`make bench` fails.

BENCH_ONLY="cold start,usable unlock screen" runs only the named steps (the names `run` prints as it goes): a
partial run, said so in its output; a failed or target-missing figure of those steps still fails it, but which
figures are missing is checked by the full run only. An unknown step name is a usage error (exit 2)."""

from __future__ import annotations

import math
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import figures_core, figures_gui
from benchmarks.framework import REQUIRED, Result, markdown, write_json
from benchmarks.setup import cached_vault, case_count


class UnknownStep(ValueError):
    pass


def selected(names: list[str], only: str | None) -> list[str]:
    """The step names BENCH_ONLY asks for (all when unset), in run order; an unknown name raises UnknownStep."""
    if not only:
        return names
    wanted = [part.strip() for part in only.split(",") if part.strip()]
    unknown = [name for name in wanted if name not in names]
    if unknown or not wanted:
        raise UnknownStep(f"BENCH_ONLY: unknown step(s) {unknown or only!r}; the steps are: {', '.join(names)}")
    return [name for name in names if name in wanted]


def run(cases: int, out: Path, only: str | None = None) -> list[Result]:
    folder, made_in = cached_vault(cases)
    steps = [
        ("key derivation", figures_core.key_derivation),
        ("demo", lambda: figures_core.demo_generation(cases, made_in)),
        ("search", lambda: figures_core.search_as_you_type(folder)),
        ("known person", lambda: figures_core.known_person_check(folder)),
        ("known person, import", lambda: figures_core.import_known_persons(
            folder, int(os.environ.get("BENCH_KNOWN_ROWS", "2000")))),
        ("letter", figures_core.handover_letter),
        ("quarterly", lambda: figures_core.quarterly(folder)),
        ("backup", lambda: figures_core.backup_and_verify(folder)),
        ("import", lambda: figures_core.spreadsheet_import(cases, int(os.environ.get("BENCH_IMPORT_ROWS", "10000")))),
        *figures_gui.steps(folder),
    ]
    chosen = selected([name for name, _ in steps], only)
    results: list[Result] = []
    for name, step in steps:
        if name not in chosen:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            result = step()
        except Exception:
            traceback.print_exc()
            results.append(Result(name, "ms", [], note="FAILED: see stderr"))
            continue
        if result is None:
            raise TypeError(f"figure step {name!r} returned nothing")
        results.extend(result if isinstance(result, list) else [result])
    write_json(results, cases, out)
    return results


def missing_figures(results: list[Result]) -> list[str]:
    """Required figures that did not come out with samples (failed, or never produced)."""
    return [name for name in REQUIRED
            if not any(r.name.startswith(name) and r.samples and all(math.isfinite(s) for s in r.samples)
                       for r in results)]


def missed_targets(results: list[Result]) -> list[str]:
    """Figures with a target they did not meet (the table's "NO")."""
    return [r.name for r in results if r.met is False]


def main() -> int:
    cases = case_count()
    out = Path(os.environ.get("BENCH_RESULTS") or Path(__file__).resolve().parent / "results.json")
    only = os.environ.get("BENCH_ONLY")
    load_before = os.getloadavg()
    try:
        results = run(cases, out, only)
    except UnknownStep as exc:
        print(exc, file=sys.stderr)
        return 2
    load_after = os.getloadavg()
    print(markdown(results, cases))
    print(f"\nLoad average (1, 5, 15 min) at the start: {', '.join(f'{x:.1f}' for x in load_before)}; "
          f"at the end: {', '.join(f'{x:.1f}' for x in load_after)}")
    if only:
        print(f"Partial run (BENCH_ONLY={only}): the other figures were not measured.")
    failed = [r.name for r in results if not r.samples] + ([] if only else missing_figures(results))
    if failed:
        print("FAILED figures: " + "; ".join(failed), file=sys.stderr)
    missed = missed_targets(results)
    if missed:
        print("Targets NOT met: " + "; ".join(missed), file=sys.stderr)
    # BENCH_TARGETS=report: only for the smoke test, whose 200 cases on a busy test machine say nothing of targets
    enforce = os.environ.get("BENCH_TARGETS", "enforce") != "report"
    return 1 if failed or (missed and enforce) else 0


if __name__ == "__main__":
    sys.exit(main())
