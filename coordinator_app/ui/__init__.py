"""The PySide6 user interface: widgets call services, never SQL.

Importing this package applies one workaround: with shiboken6 6.12.0 on CPython 3.11, every Qt method
that returns nothing drops one reference to `None` (measured: 1,000 calls of `update()` + `setText()`
→ −2,000), and after some tens of thousands of calls Python aborts with "none_dealloc: deallocating
None". Giving `None` a huge reference count keeps a long session alive. CPython 3.12+ makes None
immortal, so nothing is done there.
"""

import ctypes
import sys as _sys


def _keep_none_alive() -> None:
    if _sys.implementation.name == "cpython" and _sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
