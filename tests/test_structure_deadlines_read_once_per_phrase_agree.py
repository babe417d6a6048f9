"""A deadline read once per phrase as written (loaders.deadlines._READ) is the deadline
read from each match in its own place: the reading follows from the match's text alone."""
from __future__ import annotations

import random

from graph.model import Deadline, Span
from loaders import deadlines
from loaders.deadlines import _DEADLINE, _HALF, _matches


def _plain_deadlines(text: str, matches, offset: int) -> tuple[Deadline, ...]:
    """Each match read by its groups where it stands (the form before the phrases were kept)."""
    out = []
    for m in matches:
        pre, y, mo, suf, before = m.group("pre", "y", "m", "suf", "before")
        month = int(mo) if mo else None
        if month is None and suf:
            month = _HALF[suf]
        if not (pre or suf or before or month) or month is not None and not 1 <= month <= 12:
            continue
        start = m.start("pre") if pre else m.start("y")
        end = m.start("before") if before in ("完成", "全面", "基本", "实现", "建成") else m.end()
        out.append(Deadline(text[start:end], int(y), month, Span(offset + start, offset + end)))
    return tuple(out)


def test_phrases_read_once_are_read_alike_in_every_place():
    alphabet = ["到", "至", "截至", "力争", " ", "\n", "2024", "2025", "20", "年", "月", "12", "13", "6", "日",
                "底", "末", "上半年", "中", "前", "以前", "完成", "建成", "全面", "x", "。"]
    for seed in range(4000):
        rng = random.Random(seed)
        if seed % 2:
            deadlines._READ.clear()  # half of the texts read with the phrases of the ones before
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        for offset in (0, 7):
            matches = _matches(text)
            assert deadlines._deadlines(text, matches, offset) == _plain_deadlines(text, matches, offset), text
            for start in range(len(text)):  # the same phrases in other places, cut short
                end = rng.randint(start, len(text))
                matches = list(_DEADLINE.finditer(text, start, end))
                assert deadlines._deadlines(text, matches, offset) == _plain_deadlines(text, matches, offset), \
                    (text, start, end)
