"""Plan snippets written for these tests (not taken from the gold sets): the extractor on unseen wording."""
from __future__ import annotations

import pytest

from extraction_helpers import roles_of
from loaders import parse_plan


WORK_POINTS = """某市2025年安全生产工作要点
一、压实安全生产责任
1.健全安全生产责任体系，修订党政领导干部安全生产责任制实施细则。牵头单位：市应急局；配合单位：市委组织部、市司法局。
2.开展重大事故隐患专项排查整治。牵头单位：市安委办；配合单位：市安委会各成员单位。
二、深化重点行业领域整治
3.推进城镇燃气安全整治，完成老旧管网更新改造。牵头单位：市住建局；配合单位：市市场监管局、市应急局。
"""

COUNTY_DUTIES = """某县危险化学品事故应急预案
2.3 成员单位职责
（一）县应急管理局：负责组织协调事故应急救援，指导事故调查处理。
（二）县公安局：负责事故现场警戒和交通管制，组织疏散群众。
（三）县交通运输局：负责调集抢险运输车辆，配合县公安局做好道路交通保障。
（四）县卫生健康局：负责组织医疗救治，配合县应急管理局做好伤亡统计。
"""

DIVISION = """某省安全生产专项整治分工方案
一、主要任务
（一）强化企业主体责任。推动企业建立全员安全生产责任制。（省应急厅牵头，省发展改革委、工业和信息化厅、国资委等按职责分工负责）
（二）加强交通运输安全。深化道路运输安全治理。（省交通运输厅、公安厅负责）
（三）提升监管执法能力。加强基层执法队伍建设。（省应急厅、司法厅按职责分工负责，各市政府落实）
"""

SENTENCES = """某区消防安全专项整治方案
（一）高层建筑整治。区消防救援大队负责组织排查高层建筑消防隐患，区住建局配合。
（二）电动自行车整治。由区市场监管局负责电动自行车生产销售环节监管，区公安分局、区消防救援大队配合。
（三）老旧小区整治。区住建局会同各街道办事处推进老旧小区消防设施改造。
"""


@pytest.mark.parametrize("anchor, expected", [
    ("健全安全生产责任体系", [("市应急局", "lead"), ("市委组织部", "coop"), ("市司法局", "coop")]),
    ("开展重大事故隐患专项排查", [("市安委办", "lead"), ("市安委会各成员单位", "coop")]),
    ("推进城镇燃气安全整治", [("市住建局", "lead"), ("市市场监管局", "coop"), ("市应急局", "coop")]),
])
def test_work_points_with_labels(anchor, expected):
    assert roles_of(WORK_POINTS, anchor) == expected


@pytest.mark.parametrize("anchor, expected", [
    ("组织协调事故应急救援", [("县应急管理局", "lead")]),
    ("现场警戒和交通管制", [("县公安局", "lead")]),
    ("调集抢险运输车辆", [("县交通运输局", "lead"), ("县公安局", "coop")]),
    ("组织医疗救治", [("县卫生健康局", "lead"), ("县应急管理局", "coop")]),
])
def test_county_duty_list(anchor, expected):
    assert roles_of(COUNTY_DUTIES, anchor) == expected


@pytest.mark.parametrize("anchor, expected", [
    ("建立全员安全生产责任制", [("省应急厅", "lead"), ("省发展改革委", "coop"), ("省工业和信息化厅", "coop"),
                               ("省国资委", "coop")]),
    ("深化道路运输安全治理", [("省交通运输厅", "lead"), ("省公安厅", "lead")]),
    ("加强基层执法队伍建设", [("省应急厅", "lead"), ("省司法厅", "lead"), ("各市政府", "coop")]),
])
def test_division_of_labour_parentheticals(anchor, expected):
    assert roles_of(DIVISION, anchor) == expected


@pytest.mark.parametrize("anchor, expected", [
    ("排查高层建筑消防隐患", [("区消防救援大队", "lead"), ("区住建局", "coop")]),
    ("生产销售环节监管", [("区市场监管局", "lead"), ("区公安分局", "coop"), ("区消防救援大队", "coop")]),
    ("推进老旧小区消防设施改造", [("区住建局", "lead"), ("各街道办事处", "coop")]),
])
def test_sentence_subjects(anchor, expected):
    assert roles_of(SENTENCES, anchor) == expected


LABELLED_ROWS = """某市城市安全风险防控工作方案
二、重点任务
（一）开展燃气管道普查。全面摸清城镇燃气管道底数。（市发展改革委、工业和信息化局、应急局等按职责分工负责）
（二）推进交通安全设施建设。完善农村公路安全防护设施。责任单位：市交通局、公安局；完成时限：2025年底前。
（三）加强校园安全管理。【牵头单位】市教育局【配合单位】市公安局、市卫生健康委
"""


@pytest.mark.parametrize("anchor, expected", [
    ("全面摸清城镇燃气管道底数", [("市发展改革委", "lead"), ("市工业和信息化局", "lead"), ("市应急局", "lead")]),
    ("完善农村公路安全防护设施", [("市交通局", "lead"), ("市公安局", "lead")]),
    ("加强校园安全管理", [("市教育局", "lead"), ("市公安局", "coop"), ("市卫生健康委", "coop")]),
])
def test_joint_parenthetical_and_labelled_rows(anchor, expected):
    assert roles_of(LABELLED_ROWS, anchor) == expected


def test_pinyin_glosses_inside_a_verb_do_not_hide_the_subject():
    text = "一、现场处置\n1.由市公安局会(huì)同市交通局设(shè)置警戒标志和岗哨。\n"
    doc = parse_plan(text)
    found = [(a.department.name, a.role.value, a.department.mention) for a in doc.assignments()]
    assert found == [("市公安局", "lead", "市公安局"), ("市交通局", "coop", "市交通局")]
    assert all(text[a.department.span.start:a.department.span.end] == a.department.mention for a in doc.assignments())
    assert all(u.text == text[u.span.start:u.span.end] for u in doc.units())
