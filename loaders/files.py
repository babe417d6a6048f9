"""Parsing many plan files, in worker processes when there are enough of them.

:func:`parse_files` reads each file in this process (so a file already known can be
passed over by its plan id before anything is parsed), hands the parsing to ``jobs``
worker processes and yields one :class:`Parsed` per file, in the order given, with at
most a few files in flight: memory stays flat however many files there are.  Nothing
here touches a database; what to pass over is the caller's ``skip`` callable, and
``then`` is a function run on the parsed document in the worker (for instance one
turning it into store rows), so that work is shared out too.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("一、主要任务\\n（一）加强监管。（省应急厅牵头）\\n", encoding="utf-8")
>>> [(p.path.name, p.error, len(p.doc.plans[0].units)) for p in parse_files([folder / "a.txt"])]
[('a.txt', None, 1)]
>>> [(p.path.name, type(p.error).__name__) for p in parse_files([folder / "missing.txt"])]
[('missing.txt', 'UnreadableFile')]
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from graph.errors import DutygraphError
from graph.model import plan_id

PARALLEL_MIN_BYTES = 2_000_000  # below this, starting workers costs more than it saves
_AHEAD = 2  # files in flight per worker


@dataclass(frozen=True)
class Parsed:
    """What became of one file: its parsed document (or what ``then`` made of it),
    ``skipped`` if ``skip`` passed it over, or the error that stopped it."""

    path: Path
    plan_id: str | None = None
    doc: Any = None
    skipped: bool = False
    error: DutygraphError | None = None


def default_jobs(paths: list[Path]) -> int:
    """Worker processes worth starting for these files: one per core for a few MB or more."""
    try:
        size = sum(p.stat().st_size for p in paths if p.is_file())
    except OSError:
        size = 0
    if len(paths) < 2 or size < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, len(paths)))


def parse_files(paths: Iterable[Path], *, jobs: int = 1, skip: Callable[[str], bool] | None = None,
                then: Callable[[Any], Any] | None = None) -> Iterator[Parsed]:
    """Read and parse files; one :class:`Parsed` per path, in order.

    ``skip(plan_id)`` is asked before a file is parsed; ``then`` (a module-level
    function, so that it can be sent to a worker) is applied to each parsed document.
    """
    if jobs <= 1:
        for path in paths:
            yield _read(path, skip, lambda text, path, encoding: _parse(text, str(path), encoding, then))
        return
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # spawn, not fork: the caller may hold a database with threads of its own
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
        in_flight: deque = deque()
        for path in paths:
            in_flight.append(_read(path, skip, lambda text, path, encoding: pool.submit(
                _parse, text, str(path), encoding, then)))
            while len(in_flight) > jobs * _AHEAD:
                yield _settle(in_flight.popleft())
        while in_flight:
            yield _settle(in_flight.popleft())


def _read(path: Path, skip: Callable[[str], bool] | None, parse: Callable[[str, Path, str], Any]) -> Parsed:
    from loaders.reading import read_text

    try:
        text, encoding = read_text(path)
        pid = plan_id(text)
        if skip is not None and skip(pid):
            return Parsed(path, pid, skipped=True)
        return Parsed(path, pid, doc=parse(text, path, encoding))
    except DutygraphError as e:
        return Parsed(path, error=e)


def _settle(parsed: Parsed) -> Parsed:
    """Wait for a worker's result; an error it raised becomes the file's error."""
    from concurrent.futures import Future

    if not isinstance(parsed.doc, Future):
        return parsed
    try:
        return replace(parsed, doc=parsed.doc.result())
    except DutygraphError as e:
        return replace(parsed, doc=None, error=e)


def _parse(text: str, source: str, encoding: str, then: Callable[[Any], Any] | None) -> Any:
    from loaders import parse_plan

    doc = replace(parse_plan(text, source=source), encoding=encoding)
    return then(doc) if then is not None else doc
