"""Working groups, announced duty lists and headers naming several bodies."""
from __future__ import annotations

from loaders import parse_plan
from loaders.clauses import parse_membership
from loaders.responsibility import analyse, announced_owner


def roles(found):
    return [(f.name, f.role) for f in found]


GROUP_LED = "（2）后勤组。由区财政局牵头，审计局、税务局等部门，属地街道等组成，负责经费保障。"
GROUP_LIST_ONLY = "（3）宣传组。由区委宣传部牵头，区融媒体中心组成。"
ANNOUNCED = "第九条 区水务局工作职责：\n（一）负责河道巡查。\n（二）组织抢修供水管网。\n"


def test_group_led_then_members():
    assert roles(parse_membership(GROUP_LED)) == [
        ("区财政局", "lead"), ("审计局", "coop"), ("税务局", "coop"), ("属地街道", "coop")]


def test_group_member_tail_dropped():
    assert roles(parse_membership(GROUP_LIST_ONLY)) == [("区委宣传部", "lead"), ("区融媒体中心", "coop")]


def test_group_without_lead_word_is_not_a_group():
    assert parse_membership("由区财政局、审计局组成工作专班。") == []


def test_announced_owner():
    assert announced_owner("第九条 区水务局工作职责：") == "区水务局"
    assert announced_owner("区水务局负责河道巡查。") is None


def test_announced_owner_scopes_following_items():
    doc = parse_plan(ANNOUNCED)
    leads = {u.text[:4]: [a.department.name for a in u.assignments] for p in doc.plans for u in p.units}
    assert leads.get("（一）负") == ["区水务局"]
    assert leads.get("（二）组") == ["区水务局"]


def test_analyse_keeps_plain_subject():
    found, _ = analyse("区水务局负责河道巡查。")
    assert roles(found) == [("区水务局", "lead")]
