"""graph.records builds the same records as the model's constructors."""
from __future__ import annotations

import pytest

from graph.model import Assignment, Deadline, Department, DepartmentRef, Section, Span, Unit
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
