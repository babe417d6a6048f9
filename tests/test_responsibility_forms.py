"""One tiny named string per clause form and name rule."""
from __future__ import annotations

import pytest

from loaders.clauses import parse_labels, parse_parenthetical
from loaders.names import split_names
from loaders.responsibility import analyse, statement_starts
from loaders.subjects import parse_statement


def roles(found):
    return [(f.name, f.role) for f in found]


PAREN_LEAD_COOP = "省应急厅牵头，省司法厅，省、中直负有安全生产监管职责的部门按职责分工负责"
PAREN_NO_LEAD = "省工业和信息化厅、应急厅负责，省、中直相关部门按职责分工负责"
PAREN_JOINT = "省交通运输厅、公安厅按职责分工负责"
LABELS = "牵头单位：市經(jīng)貿(mào)委；配合单位：市發改委、國土房管局"
BRACKET_LABEL = "【牵头单位】市应急局【配合单位】市公安局、市住建局"


def test_parenthetical_lead_and_coop():
    assert roles(parse_parenthetical(PAREN_LEAD_COOP)) == [
        ("省应急厅", "lead"), ("省司法厅", "coop"), ("省、中直负有安全生产监管职责的部门", "coop")]


def test_parenthetical_first_responsible_segment_leads():
    assert roles(parse_parenthetical(PAREN_NO_LEAD)) == [
        ("省工业和信息化厅", "lead"), ("省应急厅", "lead"), ("省、中直相关部门", "coop")]


def test_parenthetical_single_segment_is_joint_lead():
    assert roles(parse_parenthetical(PAREN_JOINT)) == [("省交通运输厅", "lead"), ("省公安厅", "lead")]


def test_parenthetical_wrapping_across_lines():
    found, _ = analyse("加强危化品监管（省应急厅牵头，省生态环境厅、\n公安厅按职责分工负责）")
    assert roles(found) == [("省应急厅", "lead"), ("省生态环境厅", "coop"), ("省公安厅", "coop")]


def test_labels_with_pinyin_noise():
    assert roles(parse_labels(LABELS)) == [("市經貿委", "lead"), ("市發改委", "coop"), ("市國土房管局", "coop")]


def test_bracket_labels():
    assert roles(parse_labels(BRACKET_LABEL)) == [("市应急局", "lead"), ("市公安局", "coop"), ("市住建局", "coop")]


@pytest.mark.parametrize("text, expected", [
    ("市公安局负责道路交通管理。", [("市公安局", "lead")]),
    ("由省建设厅负责组织协调。", [("省建设厅", "lead")]),
    ("市国土资源局会同市住建委监测险情。", [("市国土资源局", "lead"), ("市住建委", "coop")]),
    ("（三）专项整治，由公安部门负责，有关部门配合。", [("公安部门", "lead"), ("有关部门", "coop")]),
    ("市水利局：按照职责配合做好抢险救援工作。", [("市水利局", "coop")]),
    ("省交通运输管理局：负责协助省交通运输厅做好日常工作。", [("省交通运输厅", "lead"), ("省交通运输管理局", "coop")]),
    ("1006号提案由我局主办，市发展改革委、公安局会办。", [("我局", "lead"), ("市发展改革委", "coop"), ("市公安局", "coop")]),
    ("执法三大队、工商分局等单位密切配合街道做好工作。", [("街道", "lead"), ("执法三大队", "coop"), ("工商分局", "coop")]),
])
def test_sentence_subjects(text, expected):
    assert roles(parse_statement(text)) == expected


def test_issuer_stands_for_we():
    found, _ = analyse("提案由我局主办，市公安局会办。", issuer="广州市应急管理局")
    assert roles(found) == [("广州市应急管理局", "lead"), ("市公安局", "coop")]


def test_negative_sentence_has_no_subject():
    assert parse_statement("督促民用爆破器材和烟花爆竹从业单位完善安全生产责任制。") == []


def test_duty_list_on_one_line_splits():
    text = "省卫生厅：组织医疗救援。 省安监局：负责督促指导。"
    assert len(statement_starts(text)) == 2


@pytest.mark.parametrize("text, owner, expected", [
    ("3.加强校园周边整治。", "开发区教育部门", [("开发区教育部门", "lead")]),
    ("5.会同消防救援、市场监管、公安等有关部门开展检测。", "开发区住建部门",
     [("开发区住建部门", "lead"), ("消防救援部门", "coop"), ("市场监管部门", "coop"), ("公安部门", "coop")]),
    ("16.配合支队落实平台融合。", "开发区消防救援大队", [("支队", "lead"), ("开发区消防救援大队", "coop")]),
    ("2.开展检验（综合二科、各市场监管所、队）", "开发区市场监管分局", [("综合二科", "lead"), ("各市场监管所、队", "lead")]),
])
def test_ownership_in_sub_plans(text, owner, expected):
    found, _ = analyse(text, owner=owner)
    assert roles(found) == expected


@pytest.mark.parametrize("text, expected", [
    ("省工业和信息化厅、应急厅", ["省工业和信息化厅", "省应急厅"]),
    ("省委宣传部、文化和旅游厅", ["省委宣传部", "省文化和旅游厅"]),
    ("公安、交通部门", ["公安部门", "交通部门"]),
    ("省司法厅等", ["省司法厅"]),
    ("省、中直负有安全生产监管职责的部门", ["省、中直负有安全生产监管职责的部门"]),
    ("各市场监管所、队", ["各市场监管所、队"]),
    ("县(市、区)人民政府", ["县(市、区)人民政府"]),
    ("住房和城乡建设厅", ["住房和城乡建设厅"]),
    ("市農委、市衛生局和市紅十字會", ["市農委", "市衛生局", "市紅十字會"]),
    ("省交通运输厅、沈阳铁路监管局、邮政管理局", ["省交通运输厅", "沈阳铁路监管局", "省邮政管理局"]),
    ("省质监局、成都海关", ["省质监局", "成都海关"]),
])
def test_name_rules(text, expected):
    assert [n.name for n in split_names(text)] == expected


def test_subject_after_a_circumstance_and_an_alias():
    t = "在市政府统一领导下,某市安全生产监督管理局(以下简称市安监局)负责指导全市应急救援工作。"
    assert roles(parse_statement(t)) == [("某市安全生产监督管理局", "lead")]


def test_alias_of_a_list_keeps_what_follows_it():
    t = "各区政府、某某开发区管委会(以下称各区政府)及市有关部门按照各自职责,负责组织应急处置工作。"
    assert roles(parse_statement(t)) == [("各区政府", "lead"), ("市有关部门", "lead")]


def test_subject_after_a_title_sentence():
    t = "(3)属地为主。按照分级响应的原则,各县政府及时启动相应的应急预案。"
    assert roles(parse_statement(t)) == [("各县政府", "lead")]


def test_led_by_with_people_in_the_partner_list():
    t = "事故处置的指挥以属地政府为主,有关部门和专家参与。"
    assert roles(parse_statement(t)) == [("属地政府", "lead"), ("有关部门", "coop")]


def test_member_list_naming_its_lead():
    found, _ = analyse("联席会议由市应急局、市公安局、交通局等3个部门组成,市应急局为牵头单位。")
    assert roles(found) == [("市应急局", "lead"), ("市公安局", "coop"), ("市交通局", "coop")]


def test_lead_unit_then_member_units():
    found, _ = analyse("市住建局为牵头单位，市城管局、市场监管局为成员单位。")
    assert roles(found) == [("市住建局", "lead"), ("市城管局", "coop"), ("市市场监管局", "coop")]


def test_a_category_heading_is_not_a_department():
    from loaders.responsibility import header_owner
    assert header_owner("成员单位") is None
    assert header_owner("二、市公安局职责") == "市公安局"


def test_a_named_district_government_keeps_its_own_place():
    assert [n.name for n in split_names("市經貿委、國土房管局、黃埔區政府")] == ["市經貿委", "市國土房管局", "黃埔區政府"]


def test_traditional_office_is_a_body():
    assert roles(parse_labels("牽頭單位:市金融辦;配合單位:市國土房管局")) == [("市金融辦", "lead"), ("市國土房管局", "coop")]


def test_our_bureau_is_the_body_the_title_names():
    from loaders import parse_plan
    doc = parse_plan("某市应急管理局关于某提案的办理意见\n根据工作安排，该提案由我局主办，市公安局、民政局会办。\n")
    found = [(a.department.name, a.role.value) for u in doc.plan.units for a in u.assignments]
    assert found == [("某市应急管理局", "lead"), ("市公安局", "coop"), ("市民政局", "coop")]
