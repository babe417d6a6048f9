"""The plan model: spans, ids and the contract rows built from it."""
from __future__ import annotations

import json

import pytest

from graph.contract import document_rows, dumps_jsonl, unit_row
from graph.model import (
    Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Span, Unit, UnitKind, plan_id,
)

TEXT = "一、主要任务\n加强执法。（省应急厅牵头，省公安厅配合）\n"


def tiny_doc() -> PlanDocument:
    pid = plan_id(TEXT)
    start = TEXT.index("加强")
    end = TEXT.index("）") + 1
    uid = Unit.make_id(pid, 0)
    clause = Span(TEXT.index("（"), end)

    def assign(name: str, role: Role) -> Assignment:
        at = TEXT.index(name)
        ref = DepartmentRef(name=name, mention=name, span=Span(at, at + len(name)))
        return Assignment(uid, ref, role, Basis.CLAUSE, clause.slice(TEXT), clause, pid)

    unit = Unit(
        id=uid, plan_id=pid, kind=UnitKind.TASK, text=TEXT[start:end],
        section_path=("一、主要任务",), span=Span(start, end),
        assignments=(assign("省应急厅", Role.LEAD), assign("省公安厅", Role.COOP)),
    )
    return PlanDocument(text=TEXT, plans=(Plan(id=pid, title=None, units=(unit,)),))


def test_span_rejects_reversed_offsets():
    with pytest.raises(ValueError, match="bad span"):
        Span(5, 2)


def test_plan_id_ignores_whitespace_and_width_but_not_content():
    assert plan_id("（一）加强监管") == plan_id("(一) 加强\r\n监管")
    assert plan_id("加强监管") != plan_id("加强管理")


def test_unit_text_is_the_document_text_at_its_span():
    doc = tiny_doc()
    (unit,) = doc.units()
    assert unit.span.slice(doc.text) == unit.text


def test_contract_row_has_the_scored_fields_and_names_as_written():
    row = unit_row(tiny_doc().units()[0])
    assert row["kind"] == "task"
    assert row["lead"] == ["省应急厅"] and row["coop"] == ["省公安厅"]
    assert row["span"] == [TEXT.index("加强"), TEXT.index("）") + 1]
    assert set(row) >= {"id", "kind", "text", "section", "span", "lead", "coop"}


def test_jsonl_is_utf8_without_escapes_and_deterministic():
    doc = tiny_doc()
    first = dumps_jsonl(document_rows(doc))
    assert first == dumps_jsonl(document_rows(doc))
    assert "省应急厅" in first and "\\u" not in first
    assert [json.loads(line)["id"] for line in first.splitlines()] == [doc.units()[0].id]
