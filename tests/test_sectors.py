"""The sector scheme and the classification of units (行业领域)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import unicodedata

import pytest

from graph.errors import UnknownTerm
from graph.model import Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Span, Unit, UnitKind
from graph.sectors import GENERAL, classify_heading, classify_sectors, classify_text, scheme

# Sector sections of the structure gold and the sector each one is about.
GOLD_SECTOR = {
    # 000: children of 二(四)
    "1.危险化学品安全": "hazardous-chemicals", "2.煤矿安全": "coal-mines", "3.非煤矿山安全": "non-coal-mines",
    "4.消防安全": "fire", "5.道路交通安全": "road-traffic", "6.交通运输安全(除道路交通安全外)": "transport",
    "7.工贸行业安全": "industry-trade", "8.建筑施工安全": "construction", "9.城镇燃气安全": "urban-gas",
    "10.海洋渔业安全": "fishing-vessels", "11.特种设备安全": "special-equipment",
    # 001: items of 四(二)
    "1.道路交通": "road-traffic", "2.非煤矿山": "non-coal-mines", "3.危险化学品": "hazardous-chemicals",
    "4.烟花爆竹": "fireworks", "5.建筑施工": "construction", "6.特种设备": "special-equipment",
    "7.工贸行业": "industry-trade", "8.消防火灾": "fire", "9.城市运行安全": "urban-operations",
    "10.水上交通": "waterways", "11.农业机械、渔业船舶等": "agricultural-machinery",
    # 002: children of 六
    "(一)危险化学品": "hazardous-chemicals", "(二)非煤矿山": "non-coal-mines", "(三)工贸行业": "industry-trade",
    "(四)电力": "electric-power", "(五)消防": "fire", "(六)道路运输": "road-traffic", "(七)交通运输": "transport",
    "(八)建筑施工": "construction", "(九)特种设备": "special-equipment", "(十)功能区": "functional-zones",
    "(十一)农林渔业": "agriculture", "(十二)烟花爆竹": "fireworks", "(十三)城镇燃气": "urban-gas",
}
# 004: sub-plans scoped to one field, by number.
GOLD_SUBPLAN = {
    1: "education", 3: "civil-affairs", 4: "natural-resources", 6: "construction", 7: "transport",
    8: "water-conservancy", 9: "agriculture", 10: "commerce-catering", 12: "health-care",
    13: "hazardous-chemicals", 14: "industry-trade", 17: "sports", 19: "grain-reserves",
    20: "electric-power", 21: "forestry", 22: "fire",
}
SEEDS = ("000", "001", "002", "003", "004")


def _ids(tags):
    return [t.sector_id for t in tags]


def test_scheme_ids_are_ascii_slugs_and_unique():
    ids = [s.id for s in scheme().sectors]
    assert len(ids) == len(set(ids)) >= 30
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)


def test_every_sector_has_a_supervising_function():
    assert all(s.functions for s in scheme().sectors)
    assert scheme().get("construction").functions == ("住房和城乡建设",)
    assert scheme().get("special-equipment").functions == ("市场监管",)
    assert set(scheme().get("road-traffic").functions) == {"交通运输", "公安"}
    assert scheme().get("fire").functions == ("消防救援",)
    assert "应急管理" in scheme().get("non-coal-mines").functions
    assert scheme().get("fishing-vessels").functions == ("农业农村",)


def test_unknown_sector_raises():
    with pytest.raises(UnknownTerm, match="not in the sector scheme"):
        scheme().get("hazmat")


def test_broader_links_of_the_guide():
    broader = {s.id: s.broader for s in scheme().sectors}
    for narrow in ("railway", "civil-aviation", "waterways", "postal-express", "urban-rail"):
        assert broader[narrow] == "transport"
    for narrow in ("metallurgy", "combustible-dust", "confined-spaces"):
        assert broader[narrow] == "industry-trade"


@pytest.mark.parametrize("heading,sector", sorted(GOLD_SECTOR.items()))
def test_gold_sector_headings_map_to_their_sector(heading, sector):
    assert sector in _ids(classify_heading(heading))


def test_multi_sector_headings_keep_every_sector():
    assert _ids(classify_heading("11.农业机械、渔业船舶等")) == ["agricultural-machinery", "fishing-vessels"]
    assert _ids(classify_heading("(十一)农林渔业")) == ["agriculture", "fishing-vessels", "forestry"]
    # the exception in the heading is not a second sector
    assert _ids(classify_heading("6.交通运输安全(除道路交通安全外)")) == ["transport"]


def test_words_that_only_contain_a_sector_word_do_not_count():
    assert classify_heading("(十)加强安全生产宣传教育,推动形成共建共治共享格局") == ()
    assert classify_heading("安全教育体验馆建设工程") == ()
    assert classify_text("会同市场监管、交通运输部门开展检查") == ()


# A dozen task texts from corpus/docs, classified by hand.
CORPUS_TASKS = [
    ("003", "(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大无证驾驶、疲劳驾车、超速行驶、"
            "违法超车、违法装载、违章停车和夜间不按规定使用灯光等违法行为的整治力度,严格车辆安全检验和驾驶员考试,"
            "继续深化重点危化品道路运输安全整治,进一步改造和整治事故多发路段,加强长途客车营运的安全管理。",
     {"road-traffic", "hazardous-chemicals"}),
    ("003", "(四)公众聚集场所消防安全专项整治,由公安部门负责,有关部门配合。要坚决整治严重威胁公共安全的重大火灾隐患,"
            "进一步建立健全重大火灾的立案销案和政府挂牌督办制度", {"fire"}),
    ("005", "(一)区文旅局负责指导督促剧本娱乐经营场所履行安全生产和消防安全责任。", {"culture-tourism", "fire"}),
    ("006", "第九条 园林绿化行政主管部门负责所属公园景区场所的安全生产监督管理工作;按照规定负责园林绿化施工单位和"
            "相关园林绿化建设工程的安全生产监督管理工作。", {"culture-tourism", "construction"}),
    ("006", "第十条 城市管理行政主管部门负责环卫作业安全生产的监督管理工作;按照规定负责城市户外广告和灯光亮化设施等的"
            "安全监督管理工作", {"urban-operations"}),
    ("008", "1.依法对锅炉、压力容器、压力管道、电梯、起重机械、客运索道、大型游乐设施、场(厂)内专用机动车辆等特种设备"
            "实施安全监察。", {"special-equipment"}),
    ("008", "5.负责烟花爆竹的产品质量监督,负责危险化学品及其包装物、容器(含危险化学品运输槽罐)生产许可证的核发管理和"
            "产品质量监督。", {"fireworks", "hazardous-chemicals"}),
    ("008", "2.依法对邮政行业执行禁限寄物品、收寄验视制度和邮寄危险化学品等情况进行监督检查。",
     {"postal-express", "hazardous-chemicals"}),
    ("008", "2.负责本系统电力建设项目施工安全管理。", {"electric-power", "construction"}),
    ("011", "市旅游局负责旅游服务设施的保护和排险,组织修复被毁的旅游基础设施和旅游服务设施。", {"culture-tourism"}),
    ("011", "市教育局负责组织修复受损毁校舍或应急调配教学资源,妥善解决灾区学生的就学问题。", {"education"}),
    ("011", "国土资源局负责提供地质灾害发生实况、地质灾害的监测等相关资料信息", {"natural-resources"}),
    ("015", "为切实做好森林火灾的预防和扑救工作", {"forestry"}),
    ("018", "(5)市住建委组织力量对震区被破坏的给排水、燃气热力、公共客货交通、市政设施和建筑工程进行抢排险,"
            "尽快恢复上述基础设施功能。", {"urban-operations", "urban-gas", "construction"}),
    ("018", "(6)市交通局组织对被破坏的公路、水路交通设施进行抢修,尽快恢复交通畅通。", {"road-traffic", "waterways"}),
    ("019", "(五)非煤矿山安全生产专项整治。集中抓好各类小金矿,特别是大量使用氰化物等剧毒物品的小金矿、采石场和"
            "稀有贵重金属矿山的安全整治工作", {"non-coal-mines"}),
]


@pytest.mark.parametrize("doc,text,expected", CORPUS_TASKS, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(CORPUS_TASKS)])
def test_corpus_task_texts_classified_by_hand(doc, text, expected, corpus_paths):
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    assert squeeze(text) in squeeze(corpus_paths[doc].read_text(encoding="utf-8")), "quote drifted from the corpus"
    assert set(_ids(classify_text(text))) == expected


def _doc(text: str, *, title: str = "某市安全生产规划", path=(), unit_title="", assignments=()) -> PlanDocument:
    pid = "plan-00000000000000aa"
    u = Unit(Unit.make_id(pid, 1), pid, UnitKind.TASK, text, path, Span(0, len(text)), title=unit_title,
             assignments=assignments)
    return PlanDocument(text, (Plan(pid, title, units=(u,)),))


def test_heading_first_then_text():
    doc = classify_sectors(_doc("加强液化石油气充装站和餐饮场所检查。", path=("主要任务", "城镇燃气安全")))
    tags = doc.units()[0].sectors
    assert [(t.sector_id, t.reason) for t in tags] == [
        ("urban-gas", "heading"), ("commerce-catering", "text")]
    assert tags[0].matched == "城镇燃气安全" and tags[1].matched == "餐饮场所"


def test_general_fallback_when_nothing_names_a_sector():
    tags = classify_sectors(_doc("严格落实企业全员安全生产责任制。", path=("主要任务",))).units()[0].sectors
    assert [(t.sector_id, t.reason, t.matched) for t in tags] == [(GENERAL, "default", "")]


def test_subplan_title_is_a_heading():
    parent = Plan("plan-00000000000000bb", "某开发区三年行动子方案")
    text = "开展隐患排查整治。"
    u = Unit("plan-00000000000000bb-p19-u0001", "plan-00000000000000bb-p19", UnitKind.TASK, text, ("主要任务",), Span(0, 9))
    sub = Plan("plan-00000000000000bb-p19", "某开发区粮食和物资储备安全生产治本攻坚三年行动实施方案",
               parent_id=parent.id, number=19, units=(u,))
    tags = classify_sectors(PlanDocument(text, (parent, sub))).units()[0].sectors
    assert [(t.sector_id, t.reason) for t in tags] == [("grain-reserves", "heading")]


def test_department_names_and_clauses_are_not_sector_words():
    text = "推进安全生产标准化建设。（省教育厅、交通运输厅牵头）"
    i = text.index("（")
    a = Assignment("plan-00000000000000aa-u0001", DepartmentRef("省交通运输厅", "交通运输厅", Span(i + 6, i + 11)),
                   Role.LEAD, Basis.CLAUSE, text[i:], Span(i, len(text)), "plan-00000000000000aa")
    tags = classify_sectors(_doc(text, path=("主要任务",), assignments=(a,))).units()[0].sectors
    assert _ids(tags) == [GENERAL]


def test_classification_does_not_import_rdflib():
    code = ("import sys, graph.sectors as s; from graph.model import *;"
            "s.classify_text('危化品'); print('rdflib' in sys.modules, 'networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --- the seeds ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_docs(seed_paths):
    from loaders import read_plan

    return {k: read_plan(p) for k, p in seed_paths.items()}


@pytest.mark.parametrize("seed", SEEDS)
def test_every_unit_of_the_seeds_has_a_sector(seed, seed_docs):
    units = seed_docs[seed].units()
    assert units, f"seed {seed}: no units"
    missing = [u.id for u in units if not u.sectors]
    assert not missing
    known = {s.id for s in scheme().sectors}
    assert {t.sector_id for u in units for t in u.sectors} <= known


def _norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


@pytest.mark.parametrize("seed", ("000", "001", "002"))
def test_units_under_gold_sector_sections_get_that_sector(seed, seed_docs, shared_dir):
    gold = json.loads((shared_dir / "seeds" / "gold" / f"{seed}.structure.json").read_text(encoding="utf-8"))
    checked = 0
    for heading in gold["sector_sections"]:
        title = _norm(re.sub(r"^(\d+\.|[(（][一二三四五六七八九十]+[)）])", "", _norm(heading)))
        units = [u for u in seed_docs[seed].units()
                 if title in {_norm(h) for h in (*u.section_path, u.title)}]
        for u in units:
            heading_ids = [t.sector_id for t in u.sectors if t.reason == "heading"]
            assert GOLD_SECTOR[heading] in heading_ids, (heading, u.text[:40], u.sectors)
            checked += 1
    assert checked >= len(gold["sector_sections"]) // 2, f"only {checked} units found under the sector sections"


def test_subplans_of_004_get_their_field(seed_docs):
    doc = seed_docs["004"]
    subs = {p.number: p for p in doc.plans if p.parent_id}
    if len(subs) < 16:
        pytest.skip(f"the structure loader gives {len(subs)} sub-plans of 004")
    for number, sector in GOLD_SUBPLAN.items():
        sub = subs[number]
        assert sector in _ids(classify_heading(sub.title or "")), (number, sub.title)
        assert sub.units, f"sub-plan {number} has no units"
        for u in sub.units:
            inner = [h for h in (u.title, *u.section_path) if h and classify_heading(h)]
            if not inner:  # no heading of its own names a sector: the sub-plan's title decides
                assert (sector, "heading") in [(t.sector_id, t.reason) for t in u.sectors], (number, u.text[:40])


def test_classifying_seed_004_is_fast(seed_docs):
    doc = seed_docs["004"]
    start = time.perf_counter()
    classify_sectors(doc)
    assert time.perf_counter() - start < 1.0
