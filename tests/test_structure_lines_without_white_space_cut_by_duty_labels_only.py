"""A line without white space is cut only by a duty label after a stop (its colon in the
line) and has no title gap: ``cut_pieces`` classifies such a line without trying the
other inline marks or the title gap, and gets the pieces that cutting and classifying
every line in full gives."""
from __future__ import annotations

import random

from loaders import blocks

_WORDS = ["一、", "（一）", "(二)", "1.", "2、", "（3）", "①", "第三条", "一是", "加强监管", "省应急厅", "市公安局", "：",
          ":", "。", "；", ";", "，", "负责", "牵头", "（省应急厅负责）", "牵头单位：", "。省应急厅：", "；市公安局：", "x", " ", "\u3000", "\t", "\n"]


def _full_cut(text: str, spans: list[tuple[int, int]]) -> list[blocks.Piece]:
    """Every line cut at its inline marks and each piece classified in full."""
    out: list[blocks.Piece] = []
    for i, (s, e) in enumerate(spans):
        blocks._cut_line(text, i, s, e, False, False, {}, out)
    return out


def test_lines_without_white_space_are_cut_and_classified_as_in_full():
    cut = 0  # the texts of lines without white space that a duty label cuts
    for seed in range(4000):
        rng = random.Random(seed)
        words = _WORDS if seed % 2 else [w for w in _WORDS if w not in (" ", "\u3000", "\t")]
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 24)))
        spans = blocks.lines(text)
        pieces = blocks.cut_pieces(text, spans, set())
        assert pieces == _full_cut(text, spans), text
        cut += seed % 2 == 0 and len(pieces) > len(spans)
    assert cut > 500
