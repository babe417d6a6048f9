"""Tiny hand-built plan documents for the store tests."""
from __future__ import annotations

from dataclasses import replace

from graph.model import (
    Assignment, Basis, Department, DepartmentKind, DepartmentRef, Plan, PlanDocument, Role,
    Section, SectorTag, Span, Unit, UnitKind, plan_id,
)

EMERGENCY = Department(
    id="dept:ln:emergency", name="辽宁省应急管理厅", kind=DepartmentKind.GOVERNMENT,
    jurisdiction="辽宁省", function="应急管理", aliases=("省应急厅", "辽宁省应急厅"),
)
POLICE = Department(id="dept:ln:police", name="辽宁省公安厅", kind=DepartmentKind.GOVERNMENT,
                    jurisdiction="辽宁省", function="公安", aliases=("省公安厅",))
HOUSING = Department(id="dept:ln:housing", name="辽宁省住房和城乡建设厅", kind=DepartmentKind.GOVERNMENT,
                     jurisdiction="辽宁省", function="住房和城乡建设", aliases=("省住房城乡建设厅",))
GROUP = Department(id="group:ln:supervisors", name="省、中直负有安全生产监管职责的部门",
                   kind=DepartmentKind.COLLECTIVE, jurisdiction="辽宁省")


def _ref(dept: Department | None, name: str, at: int, group: bool = False) -> DepartmentRef:
    return DepartmentRef(name=name, mention=name, span=Span(at, at + len(name)),
                         department_id=dept.id if dept else None, is_group=group)


def make_doc(text: str, source: str | None = "plans/a.txt", title: str = "辽宁省安全生产专项整治方案",
             *, extra_unit: bool = False, resolved: bool = True) -> PlanDocument:
    """A plan with one section, three units (a task with two leads and a co-operator,
    a target with a group lead, a key project with no lead) and a sub-plan."""
    pid = plan_id(text)
    sub = Plan.make_subplan_id(pid, 1)
    sec = Section(id=Section.make_id(pid, 0), plan_id=pid, number="一、", title="重点任务", level=1,
                  path=("重点任务",), span=Span(0, 6))
    sub_sec = Section(id=Section.make_id(sub, 0), plan_id=sub, number="（一）", title="危险化学品", level=1,
                      path=("危险化学品",), span=Span(40, 46))
    ev = "（省应急厅、省公安厅牵头，省住房城乡建设厅配合）"
    d = (lambda dept: dept) if resolved else (lambda dept: None)

    def assign(unit_id: str, plan: str, ref: DepartmentRef, role: Role) -> Assignment:
        return Assignment(unit_id=unit_id, department=ref, role=role, basis=Basis.CLAUSE,
                          evidence=ev, evidence_span=Span(10, 10 + len(ev)), plan_id=plan)

    u0, u1, u2 = (Unit.make_id(pid, i) for i in range(3))
    units = [
        Unit(id=u0, plan_id=pid, kind=UnitKind.TASK, text="开展危险化学品安全专项整治。" + ev,
             section_path=("重点任务",), span=Span(6, 40), number="1.",
             assignments=(assign(u0, pid, _ref(d(EMERGENCY), "省应急厅", 11), Role.LEAD),
                          assign(u0, pid, _ref(d(POLICE), "省公安厅", 16), Role.LEAD),
                          assign(u0, pid, _ref(d(HOUSING), "省住房城乡建设厅", 23), Role.COOP)),
             sectors=(SectorTag("hazardous-chemicals", "text", "危险化学品"),)),
        Unit(id=u1, plan_id=pid, kind=UnitKind.TARGET, text="生产安全事故死亡人数下降15%",
             section_path=("重点任务",), span=Span(6, 20),
             assignments=(assign(u1, pid, _ref(d(GROUP), "省、中直负有安全生产监管职责的部门", 12, True), Role.LEAD),)),
        Unit(id=u2, plan_id=pid, kind=UnitKind.KEY_PROJECT, text="建设应急指挥平台", section_path=("重点任务",),
             span=Span(20, 30), title="应急指挥平台工程"),
    ]
    if extra_unit:
        u3 = Unit.make_id(pid, 3)
        units.append(Unit(id=u3, plan_id=pid, kind=UnitKind.TASK, text="加强建筑施工安全。", section_path=(),
                          span=Span(30, 39),
                          assignments=(assign(u3, pid, _ref(d(HOUSING), "省住房城乡建设厅", 31), Role.LEAD),
                                       assign(u3, pid, _ref(d(EMERGENCY), "省应急厅", 33), Role.COOP)),
                          sectors=(SectorTag("construction", "text", "建筑施工"),)))
    su = Unit.make_id(sub, 0)
    sub_units = (Unit(id=su, plan_id=sub, kind=UnitKind.TASK, text="排查危险化学品企业。", section_path=("危险化学品",),
                      span=Span(46, 56), assignments=(assign(su, sub, _ref(d(EMERGENCY), "应急厅", 47), Role.LEAD),),
                      sectors=(SectorTag("hazardous-chemicals", "heading", "危险化学品"),)),)
    plans = (
        Plan(id=pid, title=title, source=source, issuer="辽宁省安全生产委员会办公室", doc_number="辽安委办〔2021〕101号",
             date="2021-12-28", jurisdiction="辽宁省", sections=(sec,), units=tuple(units)),
        Plan(id=sub, title="危险化学品专项整治实施方案", parent_id=pid, number=1, owner="省应急厅",
             span=Span(40, 60), sections=(sub_sec,), units=sub_units),
    )
    depts = (EMERGENCY, POLICE, HOUSING, GROUP) if resolved else ()
    return PlanDocument(text=text, plans=plans, source=source, departments=depts)


def plan_a() -> PlanDocument:
    return make_doc("辽宁省安全生产专项整治方案 第一版")


def plan_a_v2() -> PlanDocument:
    """A changed version of plan_a: same source, new text, one more unit."""
    return make_doc("辽宁省安全生产专项整治方案 第二版", extra_unit=True)


def plan_b() -> PlanDocument:
    """Another plan naming the same departments (from another file)."""
    return make_doc("沈阳市安全生产专项整治方案", source="plans/b.txt", title="沈阳市安全生产专项整治方案",
                    extra_unit=True)


def plan_unresolved() -> PlanDocument:
    """Before department resolution: no department ids, no department list."""
    return make_doc("未解析部门的方案", source="plans/c.txt", title="未解析部门的方案", resolved=False)


def with_source(doc: PlanDocument, source: str) -> PlanDocument:
    return replace(doc, source=source, plans=tuple(replace(p, source=source) for p in doc.plans))


def dump(store) -> dict[str, list[tuple]]:
    """Every node and relationship of a store with all its properties, sorted: its content."""
    from graph.rows import NODE_PROPS, REL_SCHEMA

    out: dict[str, list[tuple]] = {}
    for label, props in NODE_PROPS.items():
        names = [name for name, _ in props]
        cols = ", ".join(f"n.{name} AS {name}" for name in names)
        rows = store.cypher(f"MATCH (n:{label}) RETURN {cols}")
        out[label] = sorted(tuple(_plain(r[name]) for name in names) for r in rows)
    for rtype, (_, _, props) in REL_SCHEMA.items():
        names = [name for name, _ in props]
        cols = "".join(f", r.{name} AS {name}" for name in names)
        rows = store.cypher(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS a, b.id AS b{cols}")
        out[rtype] = sorted(tuple(_plain(r[name]) for name in ("a", "b", *names)) for r in rows)
    return out


def _plain(value):
    return tuple(sorted(value)) if isinstance(value, list) else ("" if value is None else value)
