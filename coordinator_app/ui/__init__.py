"""The PySide6 user interface: widgets call services, never SQL.

Importing this package applies one workaround: with shiboken6 6.12.0 on CPython 3.11, every Qt method
that returns nothing drops one reference to `None` (measured: 1,000 calls of `update()` + `setText()`
→ −2,000), and every `Signal.emit()` from Python drops one reference to the `True` or `False` it returns.
True starts with about a thousand references once the window's modules are loaded, so after some
thousands of emits (progress reports, results of vault jobs) Python aborts with "bool_dealloc: deallocating
True or False" — or "none_dealloc" for None. Giving the three a huge reference count keeps a long session
alive. CPython 3.12+ makes them immortal, so nothing is done there. Measured (tests/ui/test_refcount_bug.py):
PySide6 6.11.3 has neither bug, but PySide6-Pdf exists only for 6.12.0. So the bundle IT installs is built with
CPython 3.12 (installer/README.md; measured: a 200,000-emit session survives there with no workaround, and the
bundle's `--self-test` names its Python), and this workaround remains only for running from a checkout on
CPython 3.11, the developer set-up the README supports.
"""

import ctypes
import sys as _sys

IMMORTAL_ON_312 = (None, True, False)


def _keep_singletons_alive() -> None:
    if _sys.implementation.name == "cpython" and _sys.version_info < (3, 12):
        for singleton in IMMORTAL_ON_312:
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_singletons_alive()
