"""Letter UI tests: guard against a reference-count bug of shiboken6 6.12.0 on Python 3.11.

Measured here: every call of a Qt method that returns nothing (`w.update()`, `setText`,
`processEvents`, ...) returns `None` without taking a reference, so `sys.getrefcount(None)` drops
by one per call; after a few thousand calls Python aborts with "none_dealloc: deallocating None".
Python 3.12+ has an immortal `None` and is not affected. Until the app start-up and the shared
conftest carry a fix, these tests give `None` a huge reference count (CPython 3.11 only).
"""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
