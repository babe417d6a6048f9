"""Property tests of the whole text → model pipeline on generated plan-like documents.

The fast run tries a few hundred documents; ``pytest -m slow`` runs the large fuzz run
(``DUTYGRAPH_FUZZ_EXAMPLES``, default 10,000 documents) whose figure docs/robustness.md quotes.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.contract import document_rows, dumps_jsonl
from graph.errors import ParseError
from loaders import parse_plan

FRAGMENTS = [
    "一、", "二、主要任务\n", "（一）", "(-)", "_,", "+、", "+-、", "1.", "（1）", "①", "# ", "### ",
    "加强危险化学品安全监管。", "2024年底前完成", "到2025年", "生产安全事故死亡人数下降15%",
    "（省应急厅牵头，省公安厅、交通运输厅，省、中直负有安全生产监管职责的部门按职责分工负责）",
    "牵头单位：市应急局；配合单位：市公安局、住建局", "【牵头单位】", "责任单位：", "市公安局负责",
    "由省建设厅负责组织协调", "会同", "配合", "等", "（", "）", "(", ")", "：", "；", "。", "、",
    "\n", "\r\n", "\t", " ", "\u3000", "目录", "·········(12)", "保障措施", "重点工程", "约束性",
    "附件", "关于印发《某省安全生产规划》的通知", "辽安委办〔2021〕101号", "2021年12月28日",
]

documents = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), min_size=0, max_size=60
).map("".join)


def check_document(text: str) -> None:
    try:
        doc = parse_plan(text, source="generated.txt")
    except ParseError:
        return  # the one documented refusal
    for plan in doc.plans:
        for unit in plan.units:
            assert 0 <= unit.span.start <= unit.span.end <= len(text)
            assert unit.span.slice(text) == unit.text
            for a in unit.assignments:
                assert 0 <= a.evidence_span.start <= a.evidence_span.end <= len(text)
                assert a.evidence_span.slice(text) == a.evidence
                assert a.department.name
    again = parse_plan(text, source="generated.txt")
    assert dumps_jsonl(document_rows(again)) == dumps_jsonl(document_rows(doc))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_plan_like_text_parses_with_spans_inside_and_deterministically(text):
    check_document(text)


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("DUTYGRAPH_FUZZ_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(documents)
def test_fuzz_ten_thousand_generated_documents(text):
    check_document(text)
