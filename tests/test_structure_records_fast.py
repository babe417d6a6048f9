"""The structure step's shortcuts build what the plain forms build.

Units, sections and spans are written without the frozen dataclass ``__init__``; the
deadlines of a unit are read only when a year of the document begins inside it.
"""
from __future__ import annotations

import random
from dataclasses import fields

from graph.model import Deadline, Indicator, Section, Span, Unit, UnitKind
from loaders import structure
from graph.records import ordered_span
from loaders.blocks import Piece
from loaders.deadlines import deadlines_of, find_deadlines, year_spans
from loaders.headings import Marker


def _same(fast, plain) -> None:
    assert fast == plain and repr(fast) == repr(plain)
    if hasattr(plain, "__dict__"):  # (a Span has slots)
        assert list(vars(fast)) == [f.name for f in fields(type(plain))] == list(vars(plain))


def test_records_without_init_are_the_records():
    span = ordered_span(3, 9)
    _same(span, Span(3, 9))
    ind = Indicator("死亡人数", "下降15%", "down")
    taken = [(3, 12, UnitKind.TARGET, ("目标",), "1.", "死亡人数", ind)]
    [unit] = structure._units("abc死亡人数下降15%xyz", "p", taken, [()])
    _same(unit, Unit("p-u0000", "p", UnitKind.TARGET, "死亡人数下降15%", ("目标",), Span(3, 12), "1.", "死亡人数",
                     (), ind))
    mark = Marker(2, "（一）", 1, "l2", 3)
    for toc in (False, True):
        taken = [(Piece(3, 10, 0, mark, 6, "heading", "加强监管", 10), ("任务", "加强监管"), toc),
                 (Piece(3, 10, 0, None, 3, "title", "（一）加强监管", 0), ("（一）加强监管",), toc)]
        first, second = structure._sections("p", taken)
        _same(first, Section("p-s0000", "p", "（一）", "加强监管", 2, ("任务", "加强监管"), Span(3, 10), is_toc=toc))
        _same(second, Section("p-s0001", "p", "", "（一）加强监管", 0, ("（一）加强监管",), Span(3, 10), is_toc=toc))


def test_units_taken_out_of_order_count_once_in_order_of_span():
    b = structure._Builder("0123456789", "p", [])
    b.units += [(5, 9, UnitKind.TASK, (), "", "", None), (0, 4, UnitKind.TASK, ("a",), "", "", None),
                (5, 9, UnitKind.TARGET, (), "", "", None), (0, 2, UnitKind.TASK, (), "", "", None)]
    _, units = b.finish()
    assert [(u.span.start, u.span.end, u.kind, u.id) for u in units] == [
        (0, 2, UnitKind.TASK, "p-u0000"), (0, 4, UnitKind.TASK, "p-u0001"), (5, 9, UnitKind.TASK, "p-u0002")]

def test_deadlines_are_read_from_the_years_of_the_document():
    alphabet = ["到", "至", "力争", " ", "\n", "2024", "20", "2", "年", "2025 年", "月", "12", "底", "前", "完成", "x", "。"]
    for seed in range(3000):
        rng = random.Random(seed)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        # every stretch, overlapping ones too, in order of their starts
        stretches = [(start, end) for start in range(len(text) + 1) for end in range(start, len(text) + 1)]
        for (start, end), found in zip(stretches, deadlines_of(text, year_spans(text), stretches)):
            assert found == find_deadlines(text[start:end], start), (text, start, end)
            for d in found:
                _same(d, Deadline(d.text, d.year, d.month, Span(d.span.start, d.span.end)))
