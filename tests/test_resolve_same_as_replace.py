"""Resolution builds each object once, by copying instance dictionaries: the result is
the one ``dataclasses.replace`` after ``dataclasses.replace`` gives."""
from __future__ import annotations

import dataclasses

import pytest

from graph.model import Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Span, Unit, UnitKind
from graph.records import replace_field, replace_fields
from graph.resolve import Resolver, _merge, resolve_departments

REF = DepartmentRef("省应急厅", "应急厅", Span(0, 3))
ASSIGNMENT = Assignment("p-u0001", REF, Role.LEAD, Basis.CLAUSE, "（省应急厅牵头）", Span(0, 8), "p")
UNIT = Unit("p-u0001", "p", UnitKind.TASK, "加强监管（省应急厅牵头）", ("主要任务",), Span(0, 12), "1.", "标题")
PLAN = Plan("p", "某省规划", jurisdiction="辽宁省", units=(UNIT,))


@pytest.mark.parametrize("obj", [REF, ASSIGNMENT, UNIT, PLAN])
def test_replace_field_is_dataclasses_replace(obj):
    for f in dataclasses.fields(obj):
        value = object()
        new = replace_field(obj, f.name, value)
        assert new == dataclasses.replace(obj, **{f.name: value})
        assert repr(new) == repr(dataclasses.replace(obj, **{f.name: value}))
        assert replace_fields(obj, **{f.name: value}) == new
    assert obj == dataclasses.replace(obj)


@pytest.mark.parametrize("cls", [DepartmentRef, Assignment, Unit, Plan, PlanDocument])
def test_copied_classes_need_no_init(cls):
    """replace_field skips ``__init__``: right only while these classes check nothing there."""
    assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")


def _one_by_one(doc: PlanDocument, resolver: Resolver) -> PlanDocument:
    """Resolution as first written: every assignment merged and rebuilt with dataclasses.replace."""
    by_id, issues, reported, plans = {}, [], set(), []
    for plan in doc.plans:
        where = plan.jurisdiction or doc.plan.jurisdiction
        units = []
        for unit in plan.units:
            assignments = []
            for a in unit.assignments:
                dept = _merge(by_id, resolver.resolve(a.department.name, where))
                if not dept.resolved and a.department.name not in reported \
                        and not any(i.message.startswith(a.department.name + ":") for i in issues):
                    reported.add(a.department.name)
                    issues.append(dataclasses.replace(doc.issues[0], code="unresolved-department",
                                                      message=f"{a.department.name}: not in the department table "
                                                              f"{resolver.version}", span=a.department.span))
                ref = dataclasses.replace(a.department, department_id=dept.id,
                                          is_group=dept.is_group or a.department.is_group)
                assignments.append(dataclasses.replace(a, department=ref))
            units.append(dataclasses.replace(unit, assignments=tuple(assignments)))
        owner_id = _merge(by_id, resolver.resolve(plan.owner, where)).id if plan.owner else None
        plans.append(dataclasses.replace(plan, units=tuple(units), owner_id=owner_id))
    return dataclasses.replace(doc, plans=tuple(plans), departments=tuple(by_id.values()),
                               issues=doc.issues + tuple(issues))


def _unit(n: int, names: list[str]) -> Unit:
    uid = f"p-u{n:04d}"
    refs = [Assignment(uid, DepartmentRef(name, name, Span(n + i, n + i + 1)), Role.LEAD, Basis.CLAUSE, "（…）",
                       Span(n, n + 9), "p") for i, name in enumerate(names)]
    return dataclasses.replace(UNIT, id=uid, assignments=tuple(refs))


def test_resolution_equals_one_by_one():
    from graph.model import Issue

    names = [["省应急厅", "辽宁省应急管理厅"], [], ["省应急厅", "各市政府", "某某未知机构"],
             ["某某未知机构", "省住建厅", "省住房城乡建设厅"]]
    plan = dataclasses.replace(PLAN, units=tuple(_unit(n, ns) for n, ns in enumerate(names)), owner="省住建厅")
    sub = dataclasses.replace(PLAN, id="p-p01", jurisdiction="大连市", parent_id="p",
                              units=(_unit(9, ["市应急局", "省应急厅", "某某未知机构"]),))
    doc = PlanDocument("x" * 40, (plan, sub), issues=(Issue("odd-clause", "…"),))
    resolver = Resolver()
    assert repr(resolve_departments(doc, resolver)) == repr(_one_by_one(doc, resolver))
