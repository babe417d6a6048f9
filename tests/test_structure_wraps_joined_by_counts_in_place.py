"""Wrapped parentheses are joined as when each piece's depth is counted on its copy.

``_join_wraps`` counts a piece's opening brackets in the text itself (``str.count``
with bounds) and its closing ones only when it opens some; the plain form below counts
both on a copy of every piece.
"""
from __future__ import annotations

import random
from dataclasses import replace

from loaders import blocks

_WORDS = ["（", "）", "(", ")", "加强监管", "（省应急厅负责）", "。", "1.", "（一）", "一、", "\n", "\n", " "]


def _plain_join(text, ps):
    """Each piece that opens more brackets than it closes joined with the first of up to
    three following paragraphs or titles that closes them, every depth counted on a copy."""
    out, i = [], 0
    while i < len(ps):
        p, last = ps[i], None
        depth = blocks._depth(text[p.start:p.end])
        for k in range(i + 1, min(i + 4, len(ps))):
            if depth <= 0 or ps[k].kind not in ("para", "title"):
                break
            depth += blocks._depth(text[ps[k].start:ps[k].end])
            last = k if depth <= 0 else None
        if last is None:
            i += 1
        else:
            p.end = ps[last].end
            if p.kind in ("heading", "title"):
                p.kind = "item" if p.marker else "para"
            i = last + 1
        out.append(p)
    return out


def test_wraps_joined_by_counts_in_place_are_joined_as_by_copies():
    joined = 0
    for seed in range(3000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 30)))
        spans = blocks.lines(text)
        ps = blocks.cut_pieces(text, spans, set())
        fast = blocks._join_wraps(text, [replace(p) for p in ps])
        plain = _plain_join(text, [replace(p) for p in ps])
        assert fast == plain, text
        joined += len(fast) < len(ps)
    assert joined > 100
