"""Places: a sub-plan owner is not prefixed twice; a development zone is its own jurisdiction."""
from __future__ import annotations

from loaders import parse_plan
from loaders.metadata import read_metadata

PROVINCE = """湖南省安全生产治本攻坚三年行动子方案
1.湖南省生态环境厅工贸安全生产治本攻坚三年行动实施方案··········（4）
2.湖南省财政厅城镇燃气安全生产治本攻坚三年行动实施方案··········（6）
3.湖南省公安厅民用爆炸物品安全生产治本攻坚三年行动实施方案··········（8）
为深入贯彻落实安全生产重要指示精神，结合工贸领域实际，制定本方案。
一、主要任务
（一）开展工贸企业隐患排查
全面排查工贸企业重大事故隐患。
为深入贯彻落实安全生产重要指示精神，结合城镇燃气领域实际，制定本方案。
一、主要任务
（一）开展燃气隐患排查
全面排查燃气管道隐患。
为深入贯彻落实安全生产重要指示精神，结合民用爆炸物品领域实际，制定本方案。
一、主要任务
（一）开展民爆物品检查
全面检查民爆物品储存。
"""

ZONE = """广州开发区安全生产委员会关于印发《广州开发区2024年安全生产工作要点》的通知
一、强化专项整治
1.开展危险化学品安全专项整治。
牵头单位：开发区应急分局；配合单位：开发区公安分局
"""


def test_owner_already_naming_its_place_is_not_prefixed_again():
    doc = parse_plan(PROVINCE)
    owners = [p.owner for p in doc.plans[1:]]
    assert owners == ["湖南省生态环境厅", "湖南省财政厅", "湖南省公安厅"]


def test_a_development_zone_is_its_own_jurisdiction():
    assert read_metadata(ZONE).jurisdiction == "广州开发区"
    ids = {a.department.name: a.department.department_id for a in parse_plan(ZONE).assignments()}
    assert ids == {"开发区应急分局": "dept:广州开发区:应急管理", "开发区公安分局": "dept:广州开发区:公安"}


def test_zone_bureaus_of_two_zones_stay_apart():
    other = ZONE.replace("广州开发区", "通辽经济技术开发区")
    a = {x.department.department_id for x in parse_plan(ZONE).assignments()}
    b = {x.department.department_id for x in parse_plan(other).assignments()}
    assert not a & b
    assert "dept:通辽经济技术开发区:应急管理" in b


def test_city_bureau_name_is_read_as_city_plus_bureau():
    from graph.resolve import Resolver

    assert Resolver().resolve("市民政局", "唐山市").id == "dept:唐山市:民政"
