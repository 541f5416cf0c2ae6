"""kill -9 at a point the child has reported reaching, never after a random sleep.

The child script starts with PRELUDE, which wraps the named functions (`module.attr` or
`module.Class.method`): each call prints `at <name> <n>` (n counts every wrapped call), and the
CRASH_AT-th call, before it runs, prints it and then blocks on stdin, which the parent never writes.
The parent reads the child's lines until that report, kills the child there with SIGKILL and learns
exactly where it died. Walking CRASH_AT over 1, 2, 3 … puts the kill between every two wrapped steps
of the write it targets (the temp file written but not renamed, renamed but the folder not synced, …).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from tests.helpers import ROOT

PRELUDE = textwrap.dedent('''
    import importlib, os, sys
    def _crash_hooks():
        target = int(os.environ["CRASH_AT"])
        count = [0]
        def wrap(name, real):
            def hooked(*args, **kwargs):
                count[0] += 1
                print(f"at {name} {count[0]}", flush=True)
                if count[0] == target:
                    sys.stdin.readline()  # held here until the parent kills us
                return real(*args, **kwargs)
            return hooked
        for name in os.environ["CRASH_HOOKS"].split(","):
            parts = name.split(".")
            for cut in range(len(parts) - 1, 0, -1):
                try:
                    owner = importlib.import_module(".".join(parts[:cut]))
                except ImportError:
                    continue
                for attr in parts[cut:-1]:
                    owner = getattr(owner, attr)
                setattr(owner, parts[-1], wrap(name, getattr(owner, parts[-1])))
                break
            else:
                raise SystemExit(f"crash hook {name} not found")
    _crash_hooks()
''')


class CrashTally:
    """Where the kills landed: how often each wrapped step was the one the child was held in."""

    def __init__(self) -> None:
        self.at: Counter[str] = Counter()
        self.missed = 0  # runs in which the child ended before reaching its kill point

    def note(self) -> str:
        where = ", ".join(f"{name} ×{n}" for name, n in sorted(self.at.items()))
        return f"killed at a reported point: {sum(self.at.values())} ({where}); child ended first: {self.missed}"


def kill_at(script: str, args: list[str], hooks: list[str], crash_at: int, tally: CrashTally,
            timeout: float = 120) -> str | None:
    """Run `python -c PRELUDE+script args…`, kill it with SIGKILL when it reports the `crash_at`-th call of the
    hooked functions; returns the hooked name it died in (None if it ended before, counted in the tally)."""
    env = dict(os.environ, CRASH_AT=str(crash_at), CRASH_HOOKS=",".join(hooks))
    proc = subprocess.Popen([sys.executable, "-c", PRELUDE + textwrap.dedent(script), *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    where = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "at" and int(parts[2]) == crash_at:
                where = parts[1]
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout)
        err = proc.stderr.read() if proc.stderr else ""
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    if where is None:
        assert proc.returncode in (0, -signal.SIGKILL), err[-2000:]
        tally.missed += 1
    else:
        tally.at[where] += 1
    return where


def folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
