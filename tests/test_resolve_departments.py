"""Department resolution: one canonical department per body, whatever the spelling."""
from __future__ import annotations

import pytest

from graph.model import DepartmentKind
from graph.resolve import Resolver


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("a, b", [
    ("省应急厅", "辽宁省应急管理厅"),
    ("省住房城乡建设厅", "省住建厅"),
    ("省安监局", "省应急管理厅"),
    ("省卫生计生委", "省卫生健康委"),
    ("市經貿委", "市经贸委"),
])
def test_same_body(resolver, a, b):
    assert resolver.resolve(a, "辽宁省").id == resolver.resolve(b, "辽宁省").id


def test_other_jurisdiction_is_another_body(resolver):
    assert resolver.resolve("大连市应急管理局", "辽宁省").id != resolver.resolve("省应急厅", "辽宁省").id


def test_committee_and_its_office_stay_apart(resolver):
    assert resolver.resolve("省安委会", "辽宁省").id != resolver.resolve("省安委办", "辽宁省").id


def test_zone_branch_of_city_bureau(resolver):
    zone = "通辽经济技术开发区"
    assert resolver.resolve("通辽市应急管理局开发区分局", zone).id == resolver.resolve("开发区应急分局", zone).id


@pytest.mark.parametrize("name, kind", [
    ("省委组织部", DepartmentKind.PARTY),
    ("辽宁海事局", DepartmentKind.VERTICAL),
    ("电力公司", DepartmentKind.ENTERPRISE),
    ("省消防救援总队", DepartmentKind.FIRE_RESCUE),
    ("各县区政府", DepartmentKind.COLLECTIVE),
    ("省应急厅", DepartmentKind.GOVERNMENT),
])
def test_kinds(resolver, name, kind):
    assert resolver.resolve(name, "辽宁省").kind is kind


def test_unknown_name_is_kept_unresolved(resolver):
    dept = resolver.resolve("综合二科", "通辽经济技术开发区")
    assert not dept.resolved and dept.id == "dept:通辽经济技术开发区:name:综合二科"


def test_seed_000_names_resolve():
    from pathlib import Path

    from ui.commands_eval import DEFAULT_SCORER
    seeds = DEFAULT_SCORER.parents[1] / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared seeds not present")
    from loaders import read_plan
    doc = read_plan(next(seeds.glob("000_*.txt")))
    unresolved = [d.name for d in doc.departments if not d.resolved]
    assert unresolved == []
    ids = {a.department.name: a.department.department_id for a in doc.assignments()}
    assert ids["省住房城乡建设厅"] == "dept:辽宁省:住房和城乡建设"


def test_an_unknown_name_is_reported_once_however_often_it_is_named():
    from loaders import parse_plan

    items = "".join(f"{k}.开展检查第{k}次（综合二科牵头，某某中心配合）。\n" for k in range(1, 40))
    doc = parse_plan("通辽经济技术开发区安全生产工作要点\n一、主要任务\n" + items)
    reported = [i.message.split(":")[0] for i in doc.issues if i.code == "unresolved-department"]
    assert sorted(reported) == ["某某中心", "综合二科"]
