"""graph.records builds the same records as the model's constructors."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from graph.model import Assignment, Basis, Deadline, Department, DepartmentRef, Role, Section, Span, Unit
from graph.records import is_plain, ordered_span, record, replace_field, replace_fields


@pytest.mark.parametrize("cls", [Unit, Section, Deadline, DepartmentRef, Assignment, Department])
def test_classes_built_from_their_dictionary_have_no_checks_to_skip(cls):
    # record() skips __init__: a __post_init__ added to one of these would silently not run
    assert is_plain(cls)


def test_span_has_a_check_and_ordered_span_is_only_for_ordered_offsets():
    assert not is_plain(Span)
    with pytest.raises(ValueError):
        Span(5, 3)
    assert ordered_span(3, 5) == Span(3, 5) and hash(ordered_span(3, 5)) == hash(Span(3, 5))


def test_a_record_equals_the_constructed_one_field_for_field():
    fields = {"text": "2025年底前", "year": 2025, "month": 12, "span": Span(0, 7)}
    built = record(Deadline, dict(fields))
    assert built == Deadline(**fields) and repr(built) == repr(Deadline(**fields))
    assert list(vars(built)) == list(vars(Deadline(**fields)))


def test_replacing_leaves_the_original_alone_and_rejects_unknown_fields():
    ref = DepartmentRef("省应急厅", "应急厅", Span(0, 3))
    assert replace_field(ref, "department_id", "d").department_id == "d" and ref.department_id is None
    with pytest.raises(TypeError, match="no field 'nope'"):
        replace_fields(ref, nope=1)
    # a class with a check goes through dataclasses.replace, which runs it
    with pytest.raises(ValueError):
        replace_fields(Span(0, 3), start=9)


def _fields(obj) -> dict:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _same(a, b) -> bool:
    return a == b and repr(a) == repr(b) and pickle.dumps(a) == pickle.dumps(b) and _fields(a) == _fields(b)


def test_span_without_init_is_the_constructed_span():
    for start, end in [(0, 0), (0, 5), (7, 7), (12, 40)]:
        assert _same(ordered_span(start, end), Span(start, end))
        assert hash(ordered_span(start, end)) == hash(Span(start, end))
    assert sorted([ordered_span(3, 4), Span(1, 2)]) == [Span(1, 2), Span(3, 4)]


def test_assignments_without_init_are_the_constructed_ones():
    ref_values = {"name": "省应急厅", "mention": "应急厅", "span": Span(3, 6), "department_id": None, "is_group": False}
    ref = record(DepartmentRef, dict(ref_values))
    assert _same(ref, DepartmentRef(**ref_values))
    values = {"unit_id": "u1", "department": ref, "role": Role.LEAD, "basis": Basis.CLAUSE, "evidence": "（省应急厅牵头）",
              "evidence_span": Span(10, 18), "plan_id": "p"}
    assert _same(record(Assignment, dict(values)), Assignment(**values))
