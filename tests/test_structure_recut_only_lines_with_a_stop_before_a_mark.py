"""A second cut with stops, given the first cut, is the cut with stops made afresh,
now that only lines where a stop stands before a mark's first character (found in one
scan of the text) are searched again."""
from __future__ import annotations

import random

from loaders import blocks

_WORDS = ["。", "；", ";", "！", "：", ":", " ", "\u3000", "\x0b", "\x85", "\u2028", "\n", "\r\n", "\r",
          "（一）", "（2）", "3.", "12、", "①", "第三条", "第", "٣.", "一、", "加强监管", "（省应急厅负责）", "x", "2.5亿"]


def _texts(count: int):
    for seed in range(count):
        rng = random.Random(seed)
        yield "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 30)))


def test_recut_with_stops_is_the_cut_with_stops():
    recut = 0
    for text in _texts(4000):
        spans = blocks.lines(text)
        toc = blocks.toc_lines(text, spans)
        first_cut = blocks.cut_pieces(text, spans, toc)
        again = blocks.recut_with_stops(text, spans, toc, first_cut)
        assert again == blocks.cut_pieces(text, spans, toc, True), text
        recut += len(again) != len(first_cut)
    assert recut > 300
