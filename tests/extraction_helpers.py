"""Helpers shared by the extraction tests."""
from __future__ import annotations

from loaders import parse_plan


def roles_of(text: str, anchor: str) -> list[tuple[str, str]]:
    """(department name, role) of the unit of ``text`` that holds ``anchor``."""
    doc = parse_plan(text)
    for plan in doc.plans:
        for u in plan.units:
            if anchor in u.text:
                return [(a.department.name, a.role.value) for a in u.assignments]
    raise AssertionError(f"no unit holds {anchor!r}")
