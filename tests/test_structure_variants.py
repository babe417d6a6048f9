"""Structure variants: examples, one-line reprints, OCR'd Markdown, GB18030 files, odd inputs."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import DutygraphError
from graph.model import UnitKind
from loaders.reading import read_text
from loaders.structure import parse_structure

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "structure"


def kinds(doc) -> dict[str, int]:
    out: dict[str, int] = {}
    for u in doc.units():
        out[u.kind.value] = out.get(u.kind.value, 0) + 1
    return out


def spans_hold(doc) -> bool:
    return all(0 <= u.span.start <= u.span.end <= len(doc.text) and u.text == doc.text[u.span.start:u.span.end]
               for u in doc.units())


def test_example_plan_has_its_targets_tasks_and_key_projects() -> None:
    text, _ = read_text(ROOT / "examples" / "sample_plan.txt")
    doc = parse_structure(text)
    assert doc.plan.jurisdiction == "海岳省"
    assert doc.plan.doc_number == "海安委办〔2025〕12号"
    assert doc.plan.issuer == "海岳省安全生产委员会办公室"
    assert kinds(doc) == {"target": 4, "task": 10, "key_project": 3}
    assert all(u.indicator for u in doc.units() if u.kind is UnitKind.TARGET)
    assert all(u.text.rstrip("。").endswith("）") for u in doc.units())
    assert spans_hold(doc)


def test_one_line_reprint_splits_inline_headings() -> None:
    text = (FIXTURES / "one_line_reprint.txt").read_text(encoding="utf-8")
    doc = parse_structure(text)
    assert "\n" not in text.strip()
    assert kinds(doc) == {"task": 3, "key_project": 2}
    assert [u.title for u in doc.units() if u.kind is UnitKind.KEY_PROJECT] == ["监管执法能力提升工程", "应急救援能力提升工程"]
    assert spans_hold(doc)


def test_ocr_markdown_copy_skips_toc_and_reads_tab_table() -> None:
    text = (FIXTURES / "ocr_markdown.md").read_text(encoding="utf-8")
    doc = parse_structure(text)
    assert any(s.is_toc for s in doc.plan.sections)
    assert doc.plan.status == "送审稿"
    targets = [u for u in doc.units() if u.kind is UnitKind.TARGET]
    assert [(u.indicator.indicator, u.indicator.value, u.indicator.binding) for u in targets] == [
        ("生产安全事故死亡人数", "下降15%", "约束性"), ("火灾十万人口死亡率", "下降5%", "约束性")]
    assert kinds(doc)["task"] == 3
    toc_end = max(s.span.end for s in doc.plan.sections if s.is_toc)
    assert all(u.span.start > toc_end for u in doc.units())


def test_gb18030_file_parses_like_its_utf8_copy(tmp_path: Path) -> None:
    text = (FIXTURES / "one_line_reprint.txt").read_text(encoding="utf-8")
    path = tmp_path / "plan-gb.txt"
    path.write_bytes(text.encode("gb18030"))
    decoded, encoding = read_text(path)
    assert encoding == "gb18030"
    assert parse_structure(decoded) == parse_structure(text)


def test_deadlines_are_read_from_task_text() -> None:
    doc = parse_structure("二、主要任务\n（一）平台\n2024年底前建成平台，到2025年全面覆盖，2026年11月验收。\n")
    (unit,) = doc.units()
    assert [(d.year, d.month) for d in unit.deadlines] == [(2024, 12), (2025, None), (2026, 11)]


def test_wrapped_parenthetical_stays_in_its_unit() -> None:
    text = "二、主要任务\n（一）安全\n加强管理。（省应急厅牵头，省工业和信息化厅、\n教育厅按职责分工负责）\n（二）消防\n开展治理。（省消防救援总队负责）\n"
    doc = parse_structure(text)
    assert [u.text.endswith("负责）") for u in doc.units()] == [True, True]
    assert "教育厅" in doc.units()[0].text


def test_duty_list_items_on_one_line_are_separate_units() -> None:
    text = "省卫生厅：组织医疗救援工作。 省民政厅：负责临时生活救助。 省气象局：负责监测天气形势。"
    doc = parse_structure(text)
    assert [u.text[:4] for u in doc.units()] == ["省卫生厅", "省民政厅", "省气象局"]


def test_article_duty_list_items_are_units() -> None:
    text = "第八条 区公安分局工作职责：\n（一）负责道路交通安全管理；\n（二）负责烟花爆竹公共安全管理。\n"
    doc = parse_structure(text)
    assert [u.number for u in doc.units() if u.number][-2:] == ["（一）", "（二）"]


@pytest.mark.parametrize("text", [
    "一、主要任务",
    "（（（ 省应急厅牵头）））",
    "（一）加强（监管（执法）\n严格（检查。",
    "1." * 50,
    "安" * 200_000,
])
def test_odd_inputs_parse_with_spans_inside(text: str) -> None:
    doc = parse_structure(text)
    assert spans_hold(doc)


def test_heading_only_document_has_sections_and_no_units() -> None:
    doc = parse_structure("一、规划目标\n二、主要任务\n三、保障措施\n")
    assert [s.number for s in doc.plan.sections] == ["一、", "二、", "三、"]
    assert doc.units() == ()


_ALPHABET = st.sampled_from(list("一二三四五十、（）()。，；：:.123 \n\t\r省应急厅牵头负责配合主要任务重点工程目标下降%#·…"))


@settings(max_examples=150, deadline=None)
@given(st.text(_ALPHABET, max_size=300) | st.text(max_size=200))
def test_any_text_parses_deterministically_with_spans_inside(text: str) -> None:
    try:
        doc = parse_structure(text)
    except DutygraphError:
        return
    assert spans_hold(doc)
    for p in doc.plans:
        for s in p.sections:
            assert 0 <= s.span.start <= s.span.end <= len(text)
    assert parse_structure(text) == doc


def test_units_end_before_web_page_furniture():
    from loaders import parse_plan
    doc = parse_plan("三、重点工程\n（一）安全文化工程。建设安全体验馆。（市应急局负责）\n\n【关闭窗口】\n\n【打印文章】\n【字体：大 中 小】\n")
    assert doc.plan.units and doc.plan.units[-1].text.endswith("（市应急局负责）")
