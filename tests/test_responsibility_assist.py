"""Plan snippets written for these tests: 协助X inside a member unit's duties."""
from __future__ import annotations

from loaders import parse_plan


def roles_of(text, anchor):
    doc = parse_plan(text)
    for plan in doc.plans:
        for u in plan.units:
            if anchor in u.text:
                return sorted((a.department.name, a.role.value) for a in u.assignments)
    raise AssertionError(f"no unit holds {anchor!r}")


DUTIES = """某县突发事件应急预案
2.3 成员单位职责
（一）县公安局：负责现场警戒和治安管理。协助县卫生健康局落实隔离措施。
（二）县民政局：负责受灾群众生活救助，协助乡镇政府做好转移安置。
"""


def test_assist_sentence_of_its_own_names_partner():
    assert roles_of(DUTIES, "负责现场警戒") == [("县公安局", "lead"), ("县卫生健康局", "coop")]


def test_assist_clause_inside_own_duties_names_no_partner():
    assert roles_of(DUTIES, "负责受灾群众生活救助") == [("县民政局", "lead")]


LEAD_THEN_OWN_DUTY = """某县旅游景区安全工作方案
一、压实责任
1.各乡镇政府牵头负责辖区景区安全监管工作；各景区主管部门和行业主管部门依据自身职能履行安全管理职责。
"""


def test_own_duty_after_lead_clause_is_coop():
    assert roles_of(LEAD_THEN_OWN_DUTY, "辖区景区安全监管") == [
        ("各乡镇政府", "lead"), ("各景区主管部门", "coop"), ("行业主管部门", "coop")]
