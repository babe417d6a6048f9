"""Records built field by field (graph.records.builder) are the records the dataclass
constructor builds, and their dictionaries share their class's keys: smaller than a
dictionary of their own (CPython keeps the values only).

CPython sizes a new instance's values for as many keys as the class may still get, and
shrinks that as instances are made: after the first hundred or so they fit the fields.
The size checks below are of that steady state, as in any parse of a real document."""
from __future__ import annotations

import dataclasses
import sys

import pytest

from graph.model import Assignment, Basis, Deadline, DepartmentRef, Role, Section, Span, Unit, UnitKind
from graph.records import BUILDERS, builder, record

SPAN = Span(3, 9)
REF = DepartmentRef("省应急厅", "应急厅", SPAN, "dept:辽宁省:应急管理", False)
EXAMPLES = [
    SPAN,
    REF,
    Assignment("p-u0001", REF, Role.LEAD, Basis.CLAUSE, "（省应急厅牵头）", Span(0, 8), "p"),
    Deadline("2025年底前", 2025, 12, Span(4, 11)),
    Unit("p-u0001", "p", UnitKind.TASK, "加强监管（省应急厅牵头）", ("主要任务",), Span(0, 12), "1.", "标题",
         (Deadline("2025年底前", 2025, 12, Span(4, 11)),), None, (), ()),
    Section("p-s0001", "p", "一、", "主要任务", 1, (), Span(0, 6), False),
]


def _values(obj) -> list:
    return [getattr(obj, f.name) for f in dataclasses.fields(obj)]


def _stored(obj) -> list[str]:
    """The names the record holds, in the order it stores them (a dictionary's keys, or
    the slots of a class with slots: Span)."""
    return list(vars(obj)) if hasattr(obj, "__dict__") else list(type(obj).__slots__)


WITH_DICT = [obj for obj in EXAMPLES if hasattr(obj, "__dict__")]


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda o: type(o).__name__)
def test_built_record_is_the_constructed_one(obj):
    built = BUILDERS[type(obj)](*_values(obj))
    assert type(built) is type(obj)
    assert built == obj and hash(built) == hash(obj) and repr(built) == repr(obj)
    assert _stored(built) == [f.name for f in dataclasses.fields(obj)]
    if hasattr(obj, "__dict__"):
        assert record(type(obj), dict(vars(obj))) == obj


def test_a_span_has_slots_and_no_dictionary():
    built = BUILDERS[Span](3, 9)
    assert not hasattr(built, "__dict__") and sys.getsizeof(built) < sys.getsizeof(vars(REF))


@pytest.mark.parametrize("obj", WITH_DICT, ids=lambda o: type(o).__name__)
def test_built_record_shares_its_class_keys(obj):
    built = [BUILDERS[type(obj)](*_values(obj)) for _ in range(1000)][-1]
    own = dict(vars(built))  # the same fields in a dictionary with keys of its own
    assert sys.getsizeof(vars(built)) < sys.getsizeof(own)
    copied = dict.copy(vars(built))  # as replace_field copies a record: still shared
    assert sys.getsizeof(copied) == sys.getsizeof(vars(built))


def test_parsed_units_share_their_class_keys():
    from loaders import parse_plan

    item = "（{k}）加强监管\n严格执法检查，2025年底前完成。（省应急厅牵头，省公安厅配合）\n"
    doc = parse_plan("一、主要任务\n" + "".join(item.format(k=k) for k in range(1, 300)))
    unit = doc.plan.units[-1]
    records = [unit, *unit.deadlines, *unit.assignments, unit.assignments[0].department]
    assert not hasattr(unit.span, "__dict__")
    for obj in records:
        assert sys.getsizeof(vars(obj)) < sys.getsizeof(dict(vars(obj))), type(obj).__name__


def test_builder_takes_every_field_by_position():
    build = builder(Deadline)
    with pytest.raises(TypeError):
        build("2025年底前", 2025)
    assert build("2025年底前", 2025, None, SPAN).month is None
