"""Cyclic garbage collection paused while a large graph of objects without cycles is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block, as it was after it.

    A parse builds tens of thousands of objects and frees its drafts by reference counting,
    holding no cycles: collecting them only scans the growing report again and again (a
    tenth of a parse's time, growing with the text's size).  Collection resumes when the
    block ends, unless it was off before; another thread's garbage waits until then.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
