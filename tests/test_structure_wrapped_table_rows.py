"""A duty table (序号 | 成员单位 | 职责) flattened from a PDF: each row's duty cell wraps over
several lines around the ``N 部门`` line; each row is one unit whose body leads its duty (or
co-operates where the duty only takes part), and nothing else reads as such a table."""
from __future__ import annotations

from graph.model import UnitKind
from loaders import parse_plan
from loaders.blocks import lines
from loaders.duty_tables import duty_rows
from loaders.targets import table_rows

_TABLE = (
    "某市人民政府公报 2024年第3期\n"
    "序号 成员单位 工作职责\n"
    "ꎬꎮꎻ⊙\n"
    "负责组织、指导全市道路交通事故现场的交通管制和\n"
    "3 市公安局\n"
    "交通疏导工作ꎬ维护事故现场治安秩序ꎮ\n"
    "组织协调应急救援所需的运输车辆和船舶ꎬ负\n"
    "4 市交通运输局 责抢修被损毁的公路、桥梁等交通设施ꎬ保障\n"
    "救援通道畅通ꎮ\n"
    "5 市卫生健康委员会 负责组织开展伤员医疗救治和卫生防疫工作ꎮ\n"
    "按照职责配合做好事故现场的抢险救援\n"
    "6 市水务局\n"
    "工作ꎻ完成市指挥部交办的其它工作ꎮ\n"
    "配合市应急管理局做好事故调查\n"
    "7 市消防救援支队\n"
    "和火灾事故原因认定工作ꎮ\n"
)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r.number, r.name, text[r.start:r.end]) for r in duty_rows(text, lines(text))]


def test_each_row_takes_the_lines_around_its_name_up_to_a_full_stop():
    assert _rows(_TABLE) == [
        ("3", "市公安局", "负责组织、指导全市道路交通事故现场的交通管制和\n3 市公安局\n交通疏导工作ꎬ维护事故现场治安秩序ꎮ"),
        ("4", "市交通运输局", "组织协调应急救援所需的运输车辆和船舶ꎬ负\n4 市交通运输局 责抢修被损毁的公路、桥梁等交通设施ꎬ保障\n"
                            "救援通道畅通ꎮ"),
        ("5", "市卫生健康委员会", "5 市卫生健康委员会 负责组织开展伤员医疗救治和卫生防疫工作ꎮ"),
        ("6", "市水务局", "按照职责配合做好事故现场的抢险救援\n6 市水务局\n工作ꎻ完成市指挥部交办的其它工作ꎮ"),
        ("7", "市消防救援支队", "配合市应急管理局做好事故调查\n7 市消防救援支队\n和火灾事故原因认定工作ꎮ"),
    ]


def test_rows_are_units_whose_body_leads_or_cooperates():
    doc = parse_plan(_TABLE)
    got = {}
    for u in doc.units():
        for a in u.assignments:
            assert doc.text[a.department.span.start:a.department.span.end] == a.department.mention
            got.setdefault(u.number or u.text[:8], []).append((a.department.name, a.department.mention, a.role.value))
    assert got == {
        "3": [("市公安局", "市公安局", "lead")],
        "4": [("市交通运输局", "市交通运输局", "lead")],
        "5": [("市卫生健康委员会", "市卫生健康委员会", "lead")],
        "6": [("市水务局", "市水务局", "coop")],
        "7": [("市应急管理局", "市应急管理局", "lead"), ("市消防救援支队", "市消防救援支队", "coop")],
    }
    rows = [u for u in doc.units() if u.number]
    assert all(u.kind is UnitKind.TASK and u.text == doc.text[u.span.start:u.span.end] for u in rows)
    # no line of a row is a unit of its own
    covered = [(u.span.start, u.span.end) for u in rows]
    assert not [u for u in doc.units() if not u.number
                and any(a <= u.span.start and u.span.end <= b for a, b in covered)]


def test_the_header_may_stand_one_cell_per_line():
    text = _TABLE.replace("序号 成员单位 工作职责", "序号\n成员单位\n工作职责")
    assert [r[:2] for r in _rows(text)] == [("3", "市公安局"), ("4", "市交通运输局"), ("5", "市卫生健康委员会"),
                                            ("6", "市水务局"), ("7", "市消防救援支队")]


def test_a_numbered_list_without_the_header_is_no_table():
    text = _TABLE.replace("序号 成员单位 工作职责\n", "")
    assert _rows(text) == []
    text = "一、主要任务\n1 市公安局 负责道路交通管制。\n2 市交通运输局 负责运输保障。\n"
    assert _rows(text) == []


def test_numbered_items_that_name_no_body_are_no_rows():
    text = ("序号 责任单位 工作职责\n1 加强道路交通安全管理\n由市公安局负责。\n2 开展隐患排查治理\n"
            "由市应急管理局负责。\n")
    assert _rows(text) == []


def test_numbers_must_go_up_by_one():
    text = ("序号 成员单位 工作职责\n1 市公安局 负责道路交通管制。\n3 市交通运输局 负责运输保障。\n"
            "4 市水务局 负责供水保障。\n")
    assert [r[:2] for r in _rows(text)] == [("1", "市公安局")]


def test_an_indicator_table_after_its_header_is_no_duty_table():
    text = "序号\n指标名称\n目标值\n属性\n1\n生产安全事故死亡人数\n下降15%\n约束性\n2\n亿元地区生产总值死亡率\n下降33%\n约束性\n"
    assert _rows(text) == []
    assert [r.indicator.indicator for r in table_rows(text, lines(text))] == ["生产安全事故死亡人数", "亿元地区生产总值死亡率"]


def test_a_table_without_full_stops_is_not_read():
    text = "序号 成员单位 工作职责\n负责交通管制\n1 市公安局\n维护现场秩序\n2 市交通运输局 负责运输保障\n"
    assert _rows(text) == []


def test_a_header_without_a_duty_column_is_no_duty_table():
    text = "序号 成员单位 联系电话\n1 市公安局 负责道路交通管制。\n2 市交通运输局 负责运输保障。\n"
    assert _rows(text) == []


def test_a_page_break_inside_the_table_opens_no_row():
    text = ("序号 成员单位 工作职责\n1 市公安局 负责道路交通管制ꎮ\n负责组织应急救援所需的\n— 12 —\n"
            "序号 成员单位 工作职责\n2 市交通运输局\n运输保障工作ꎮ\n3 市水务局 负责供水保障ꎮ\n")
    assert [(n, name, t.splitlines()[0]) for n, name, t in _rows(text)] == [
        ("1", "市公安局", "1 市公安局 负责道路交通管制ꎮ"), ("2", "市交通运输局", "负责组织应急救援所需的"),
        ("3", "市水务局", "3 市水务局 负责供水保障ꎮ")]


def test_two_tables_in_one_text_are_both_read():
    table = "序号 成员单位 工作职责\n1 市公安局 负责道路交通管制。\n2 市交通运输局 负责运输保障。\n"
    text = table + "二、应急响应\n加强值守，及时报告。\n" + table
    assert [r[:2] for r in _rows(text)] == [("1", "市公安局"), ("2", "市交通运输局")] * 2
