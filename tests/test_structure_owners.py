"""Sub-plan owners inferred from the rest of a compilation (loaders/owners.py)."""
from __future__ import annotations

from loaders import parse_plan
from loaders.owners import combined_pieces, cover, field_function, functions_of

_COMPILATION = """信息来源:
某某市应急管理局高新区分局
某某高新区安全生产治本攻坚三年行动子方案
1.某某高新区水务系统安全生产三年行动实施方案···············(2)
2.某某高新区工贸安全生产三年行动实施方案···············(5)
3.某某高新区林业系统安全生产三年行动实施方案···············(8)
为认真贯彻落实安全生产重要指示精神，我局结合实际制定本方案。
一、主要任务
1.我局每年组织水利工程建设项目法人开展安全生产培训。
2.推进水利工程标准化管理。
为认真贯彻落实安全生产重要指示精神，制定本方案。
一、主要任务
1.督促工贸企业落实全员安全生产责任制。
2.开展粉尘涉爆企业专项检查。
为认真贯彻落实安全生产重要指示精神，我局结合实际制定本方案。
一、主要任务
1.每年我局组织林业生产经营单位开展培训。
2.高新区农林水务局安全生产领导小组办公室将加强督促指导。
"""


def test_combined_bureau_pieces():
    assert [sorted(p) for p in combined_pieces("农林水务")] == [["农业农村"], ["林业和草原"], ["水利"]]
    assert functions_of("高新区农林水务局") == {"农业农村", "林业和草原", "水利"}
    assert combined_pieces("应急管理") is None


def test_field_function_from_the_sector_scheme():
    assert field_function("工贸") == "应急管理"
    assert field_function("消防") == "消防救援"


def test_cover_takes_the_first_body_whose_function_supervises_the_field():
    assert cover("工贸", ["开发区农牧林水局", "通辽市应急管理局开发区分局"]) == "通辽市应急管理局开发区分局"
    assert cover("教育", ["开发区农牧林水局"]) is None


def test_unnamed_sub_plans_borrow_a_body_of_their_compilation():
    doc = parse_plan(_COMPILATION)
    owners = {p.number: p.owner for p in doc.plans if p.number}
    assert owners.get(1) == "高新区农林水务局"
    assert owners.get(3) == "高新区农林水务局"
    assert owners.get(2) == "某某市应急管理局高新区分局"  # the publisher, whose function supervises 工贸
