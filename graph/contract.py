"""Units as the rows of the extraction contract (one JSON object per unit).

The contract (``shared/eval/CONTRACT.md``): ``id``, ``kind``, ``text``, ``section``,
``span``, ``lead`` and ``coop`` (names as written, shared prefixes expanded), plus
canonical ids beside them.  Rows are plain dicts; :func:`dumps_jsonl` makes them
deterministic UTF-8 text.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from graph.model import PlanDocument, Role, Unit


def unit_row(unit: Unit, plan_title: str | None = None) -> dict:
    """One unit as a contract row."""

    def names(role: Role) -> list[str]:
        out: list[str] = []
        for ref in unit.departments(role):
            if ref.name not in out:
                out.append(ref.name)
        return out

    def ids(role: Role) -> list[str | None]:
        seen: dict[str, str | None] = {}
        for ref in unit.departments(role):
            seen.setdefault(ref.name, ref.department_id)
        return list(seen.values())

    row = {
        "id": unit.id,
        "kind": unit.kind.value,
        "text": unit.text,
        "section": list(unit.section_path),
        "span": [unit.span.start, unit.span.end],
        "lead": names(Role.LEAD),
        "coop": names(Role.COOP),
        "lead_ids": ids(Role.LEAD),
        "coop_ids": ids(Role.COOP),
        "plan": unit.plan_id,
    }
    if plan_title:
        row["plan_title"] = plan_title
    if unit.number:
        row["number"] = unit.number
    if unit.title:
        row["title"] = unit.title
    if unit.deadlines:
        row["deadlines"] = [
            {"text": d.text, "year": d.year, "month": d.month} for d in unit.deadlines
        ]
    if unit.indicator is not None:
        ind = unit.indicator
        row["indicator"] = {
            "indicator": ind.indicator,
            "value": ind.value,
            "direction": ind.direction,
            "binding": ind.binding,
            "baselines": [list(b) for b in ind.baselines],
        }
    if unit.sectors:
        row["sectors"] = sorted({s.sector_id for s in unit.sectors})
    return row


def document_rows(doc: PlanDocument) -> Iterator[dict]:
    """Every unit of every plan of a document, in document order."""
    for plan in doc.plans:
        for unit in plan.units:
            yield unit_row(unit, plan.title)


def dumps_jsonl(rows: Iterable[dict]) -> str:
    """Deterministic JSON lines: UTF-8 text, non-ASCII kept, keys in insertion order.

    >>> dumps_jsonl([{"lead": ["省应急厅"]}])
    '{"lead": ["省应急厅"]}\\n'
    """
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
