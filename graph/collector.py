"""Pausing Python's cyclic garbage collector while a burst of objects is built.

Parsing a plan or turning it into store rows creates hundreds of thousands of small
objects (frozen dataclasses, tuples), none of them in a reference cycle; each
collection the interpreter starts meanwhile walks all of them, which cost about a
quarter of the parsing time and most of the row building at 100,000 units.  Memory is
still freed by reference counting, and the collector runs again afterwards.

What the block built and still holds is then moved to the oldest generation at once
(``gc.freeze()`` and ``gc.unfreeze()``, each a constant-time move of the collector's
lists), rather than walked by the young collection the next allocation would start:
that walk took about 7 % of a parse.  Only a full collection looks at those objects
again; cyclic garbage made inside the block is still found by it (or by
``gc.collect()``).  A caller that froze objects itself keeps them frozen: the move is
skipped then.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block (left as it was found afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()  # every generation into the permanent one...
                gc.unfreeze()  # ...and that into the oldest: no object walked
            gc.enable()
