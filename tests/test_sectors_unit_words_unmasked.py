"""Classifying a document scans each unit's text outside its clauses and department names
stretch by stretch, without building the masked text: the words, and so the tags, are
those a scan of the masked text gives, and every unit gets what classify_unit gives it."""
from __future__ import annotations

import random

import pytest

from graph.model import Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Span, Unit, UnitKind
from graph.sectors import (
    AGENCY_SUFFIXES, _automaton, _masked_text, _unit_words, _word_sectors, classify_sectors, classify_unit,
)


def _masked_as_first_written(unit: Unit) -> str:
    text = unit.text
    if not unit.assignments:
        return text
    cuts = {(span.start, span.end) for a in unit.assignments for span in (a.evidence_span, a.department.span)}
    n = len(text)
    base = unit.span.start
    parts = []
    at = 0
    for start, end in sorted(cuts):
        lo, hi = max(start - base, at), min(end - base, n)
        if lo < hi:
            parts.append(text[at:lo])
            parts.append("\u3000" * (hi - lo))
            at = hi
    parts.append(text[at:])
    return "".join(parts)


def _words_of_masked_text(masked: str) -> list[str]:
    """The words classify_text counts: a whole scan of the masked text, agency names left out."""
    return [word for end, (word, ids) in _automaton().iter_long(masked)
            if ids and not masked.startswith(AGENCY_SUFFIXES, end + 1)]


def _random_units(n: int, seed: int = 5) -> list[Unit]:
    """Units of scheme words, agency suffixes and other characters, with clauses and
    department names anywhere (overlapping, nested, reaching outside the unit)."""
    rng = random.Random(seed)
    words = sorted(_word_sectors())
    other = list("，。、（）：；的和加强开展工作企业安全管理牵头配合\u3000ab1") + list(AGENCY_SUFFIXES)
    units = []
    for i in range(n):
        parts = []
        for _ in range(rng.randint(0, 10)):
            w = rng.choice(words)
            parts.append(rng.choice([w, w, w[:rng.randint(1, len(w))], w[1:], rng.choice(other)]))
        text = "".join(parts)
        base = rng.randint(0, 50)
        assignments = []
        for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
            spans = []
            for _ in range(2):
                start = rng.randint(max(0, base - 5), base + len(text) + 3)
                spans.append(Span(start, start + rng.randint(0, 12)))
            ref = DepartmentRef("省应急厅", "应急厅", spans[0])
            if assignments and rng.random() < 0.5:  # the assignments of one clause share its evidence span
                spans[1] = assignments[-1].evidence_span
            elif rng.random() < 0.2:  # a clause that is the whole unit (and more)
                spans[1] = Span(rng.randint(max(0, base - 3), base), base + len(text) + rng.randint(0, 3))
            assignments.append(Assignment(f"p-u{i}", ref, Role.LEAD, Basis.CLAUSE, "（…）", spans[1], "p"))
        units.append(Unit(f"p-u{i}", "p", UnitKind.TASK, text, ("主要任务",), Span(base, base + len(text)),
                          assignments=tuple(assignments)))
    return units


def test_masked_text_is_the_first_written_one():
    for unit in _random_units(5000):
        assert _masked_text(unit) == _masked_as_first_written(unit), unit


def test_unit_words_are_the_words_of_the_masked_text():
    for unit in _random_units(20000, seed=6):
        assert _unit_words(unit) == _words_of_masked_text(_masked_as_first_written(unit)), unit


def test_random_document_gets_what_classify_unit_gives():
    units = _random_units(3000, seed=7)
    plan = Plan("p", "某市道路交通安全专项整治方案", units=tuple(units))
    doc = classify_sectors(PlanDocument("", (plan,)))
    assert [u.sectors for u in doc.units()] == [classify_unit(u, plan) for u in units]


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_real_documents_get_what_classify_unit_gives(which, seed_paths, corpus_paths):
    from graph.resolve import resolve_departments
    from loaders.responsibility import extract_responsibilities
    from loaders.structure import parse_structure

    paths = seed_paths if which == "seeds" else corpus_paths
    for path in paths.values():
        doc = resolve_departments(extract_responsibilities(parse_structure(path.read_text(encoding="utf-8"))))
        plans = {p.id: p for p in doc.plans}
        classified = classify_sectors(doc)
        for plan, new_plan in zip(doc.plans, classified.plans):
            assert [u.sectors for u in new_plan.units] == [classify_unit(u, plan, plans) for u in plan.units], path
