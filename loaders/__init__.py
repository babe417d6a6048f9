"""Reading plan files into the plan model (no database is touched here).

The path from a file to the model::

    read_plan(path)   open + detect encoding  -> parse_plan(text)
    parse_plan(text)  structure (headings, targets, tasks, key projects, sub-plans)
                      -> responsibilities (who leads, who co-operates, with evidence)
                      -> department resolution (canonical departments and groups)
                      -> sector classification (行业领域 of every unit)

Each step is a pure function from a :class:`graph.model.PlanDocument` to another.
"""
from __future__ import annotations

from pathlib import Path

from graph.model import PlanDocument


def parse_plan(text: str, source: str | None = None, *, responsibilities: bool = True) -> PlanDocument:
    """Parse plan text into a :class:`PlanDocument`.

    With ``responsibilities=False`` only the structure is recovered (no assignments).
    The garbage collector is paused meanwhile (see :mod:`graph.collector`).
    """
    from graph.collector import paused
    from graph.resolve import default_resolver, resolve_departments
    from graph.sectors import classify_sectors
    from loaders.responsibility import extract_responsibilities
    from loaders.structure import parse_structure

    with paused():
        doc = parse_structure(text, source=source)
        if responsibilities:
            # references written resolved, so that resolution only gathers the departments
            resolver = default_resolver()
            doc = resolve_departments(extract_responsibilities(doc, resolver), resolver)
        return classify_sectors(doc)


def read_plan(path: str | Path, *, responsibilities: bool = True) -> PlanDocument:
    """Read a plan file (any common Chinese encoding) and parse it.

    Raises :class:`graph.errors.UnreadableFile` naming the file when it is missing,
    a directory, binary, empty or undecodable.
    """
    from dataclasses import replace

    from loaders.reading import read_text

    text, encoding = read_text(path)
    doc = parse_plan(text, source=str(path), responsibilities=responsibilities)
    return replace(doc, encoding=encoding)


__all__ = ["parse_plan", "read_plan"]
