"""Field lines (牵头单位：…, 完成时限：…) belong to their item; notice furniture is no unit."""
from __future__ import annotations

from loaders import parse_plan

LABELS_AFTER = """某市2024年安全生产工作要点
一、强化专项整治
（一）危险化学品领域
1.开展危险化学品安全专项整治，2024年底前完成重大危险源在线监测全覆盖。
牵头单位：市应急局；配合单位：市公安局、市交通运输局
完成时限：2024年12月
2.推进化工园区安全整治提升。
牵头单位：市工信局
配合单位：市应急局
（二）消防领域
1.开展高层建筑消防安全整治
责任单位：市消防救援支队
"""

LABELS_BEFORE = """某市2024年安全生产工作要点
一、强化专项整治
【牵头单位】市应急局【配合单位】市公安局、市交通运输局
1.开展危险化学品安全专项整治，完成重大危险源在线监测全覆盖。
【牵头单位】市住建局【配合单位】市城管局
2.推进城镇燃气安全整治。
二、夯实基础
【牵头单位】市教育局
1.加强校园安全管理。
"""

NOTICE = """关于印发《某市2024年安全生产工作要点》的通知
发布时间:2024年03月02日
某安委〔2024〕7号
各县（市、区）人民政府，市直有关部门：
《某市2024年安全生产工作要点》已经市安全生产委员会同意，现印发给你们，请结合实际认真贯彻落实。
某市安全生产委员会
2024年3月1日
某市2024年安全生产工作要点
一、强化专项整治
1.开展危险化学品安全专项整治。
牵头单位：市应急局
"""


def units(text):
    return [(u.text, [(a.department.name, a.role.value) for a in u.assignments]) for u in parse_plan(text).units()]


def holding(text, anchor):
    found = [u for u in units(text) if anchor in u[0]]
    assert len(found) == 1, found
    return found[0]


def test_field_lines_after_an_item_join_its_unit():
    body, roles = holding(LABELS_AFTER, "重大危险源在线监测")
    assert body.endswith("完成时限：2024年12月")
    assert roles == [("市应急局", "lead"), ("市公安局", "coop"), ("市交通运输局", "coop")]
    assert holding(LABELS_AFTER, "化工园区")[1] == [("市工信局", "lead"), ("市应急局", "coop")]
    assert holding(LABELS_AFTER, "高层建筑")[1] == [("市消防救援支队", "lead")]
    assert not any(t.startswith(("牵头单位", "配合单位", "完成时限", "责任单位")) for t, _ in units(LABELS_AFTER))


def test_field_lines_before_every_item_join_the_next_item():
    assert holding(LABELS_BEFORE, "重大危险源")[1] == [("市应急局", "lead"), ("市公安局", "coop"),
                                                 ("市交通运输局", "coop")]
    assert holding(LABELS_BEFORE, "城镇燃气")[1] == [("市住建局", "lead"), ("市城管局", "coop")]
    assert holding(LABELS_BEFORE, "校园安全")[1] == [("市教育局", "lead")]


def test_notice_header_lines_are_no_units():
    texts = [t for t, _ in units(NOTICE)]
    assert texts and all(not t.startswith(("各县", "《某市", "关于印发", "发布时间", "某市安全生产委员会", "2024年"))
                         for t in texts)
    assert holding(NOTICE, "危险化学品")[1] == [("市应急局", "lead")]
