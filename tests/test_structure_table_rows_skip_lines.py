"""Tables read from a text without cells skip to its 序号 lines, and find the rows that
reading every line finds."""
from __future__ import annotations

import random

from graph.model import Span
from loaders.blocks import lines
from loaders.targets import Row, table_rows

_LINES = ["序号", "指标", "指标名称", "目标值", "属性", "1", "2", "3", "4", "死亡人数", "亿元地区生产总值死亡率",
          "下降21%", "<0.6", "≥65%", "预期性", "约束性", "序号 ", "x", ""]
_CELL_LINE = "x\ty\n"  # two cells: never a table, but the text then has cells


def _shifted(row: Row, by: int) -> Row:
    return Row(row.number, row.indicator, Span(row.span.start + by, row.span.end + by))


def test_rows_found_by_skipping_are_the_rows_of_every_line():
    found = 0
    for seed in range(3000):
        rng = random.Random(seed)
        text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(0, 30)))
        every_line = _CELL_LINE + text
        rows = table_rows(text, lines(text))
        assert rows == [_shifted(r, -len(_CELL_LINE)) for r in table_rows(every_line, lines(every_line))], text
        found += len(rows)
    assert found  # some of the texts hold tables
