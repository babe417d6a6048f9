"""References written resolved by the extractor give the same document as references
resolved afterwards; resolution keeps them (and their units) as they are, and still
corrects a reference that points at the wrong department."""
from __future__ import annotations

import dataclasses

import pytest

from graph.model import Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Span, Unit, UnitKind
from graph.resolve import Resolver, resolve_departments
from loaders.reading import read_text
from loaders.responsibility import extract_responsibilities
from loaders.structure import parse_structure


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_real_documents_resolve_alike_either_way(which, seed_paths, corpus_paths):
    resolver = Resolver()
    written_resolved = 0
    for path in (seed_paths if which == "seeds" else corpus_paths).values():
        doc = parse_structure(read_text(path)[0], source=str(path))
        after = resolve_departments(extract_responsibilities(doc), resolver)
        written = extract_responsibilities(doc, resolver)
        # (units with glosses or traditional characters are written unresolved: their names change after)
        written_resolved += sum(1 for u in written.units() for a in u.assignments if a.department.department_id)
        assert repr(resolve_departments(written, resolver)) == repr(after), path
    assert written_resolved > 100


def _doc(ref: DepartmentRef) -> PlanDocument:
    a = Assignment("p-u0001", ref, Role.LEAD, Basis.CLAUSE, "（省应急厅牵头）", Span(4, 12), "p")
    unit = Unit("p-u0001", "p", UnitKind.TASK, "加强监管（省应急厅牵头）", (), Span(0, 12), assignments=(a,))
    return PlanDocument("加强监管（省应急厅牵头）", (Plan("p", "某省规划", jurisdiction="辽宁省", units=(unit,)),))


def test_a_reference_already_resolved_is_kept_with_its_unit():
    resolver = Resolver()
    ref = DepartmentRef("省应急厅", "省应急厅", Span(5, 9), "dept:辽宁省:应急管理", False)
    doc = _doc(ref)
    resolved = resolve_departments(doc, resolver)
    assert resolved.plan.units[0] is doc.plan.units[0]
    assert [d.id for d in resolved.departments] == ["dept:辽宁省:应急管理"]


def test_a_reference_pointing_elsewhere_is_corrected():
    resolver = Resolver()
    wrong = DepartmentRef("省应急厅", "省应急厅", Span(5, 9), "dept:辽宁省:公安", False)
    resolved = resolve_departments(_doc(wrong), resolver)
    fresh = resolve_departments(_doc(dataclasses.replace(wrong, department_id=None)), resolver)
    assert resolved.plan.units[0].assignments[0].department.department_id == "dept:辽宁省:应急管理"
    assert repr(resolved) == repr(fresh)
