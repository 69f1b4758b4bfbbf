"""Cyclic garbage collection paused while a result is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Building a report, a table or a list of quantities makes many objects that live on, and
    the collector, which runs every few hundred new objects, would walk them again and again
    (a third of the time on a page of figures).  What the block drops is freed by reference
    counting: no stage leaves a reference cycle behind.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
