"""Time limits written inside a unit: 2024年底前, 到2025年, 2026年11月.

>>> [(d.year, d.month) for d in find_deadlines("2024年底前完成，到2025年建成，2026年11月验收。")]
[(2024, 12), (2025, None), (2026, 11)]
>>> find_deadlines("2010年实际数 259；2024年起持续开展")
()
"""
from __future__ import annotations

import re

from graph.model import Deadline, Span

_DEADLINE = re.compile(
    r"(?P<pre>到|至|于|在|截至|截止|力争|确保)?\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*"
    r"(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?)?"
    r"(?P<suf>上半年|下半年|年底|底|末|年中|中)?"
    r"(?P<before>前|以前|之前|完成|全面|基本|实现|建成)?"
)
# the part every _DEADLINE match contains: a cheap test before the full pattern
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_HALF = {"上半年": 6, "年中": 6, "中": 6, "下半年": 12, "年底": 12, "底": 12, "末": 12}


def find_deadlines(text: str, offset: int = 0) -> tuple[Deadline, ...]:
    """Deadlines in ``text``; spans are shifted by ``offset`` (the text's place in the document)."""
    if "年" not in text or not _YEAR.search(text):  # every deadline has a year; most units have none
        return ()
    out = []
    for m in _DEADLINE.finditer(text):
        month = int(m.group("m")) if m.group("m") else None
        suf = m.group("suf")
        if month is None and suf:
            month = _HALF[suf]
        if not (m.group("pre") or suf or m.group("before") or month):
            continue
        if month is not None and not 1 <= month <= 12:
            continue
        start = m.start("pre") if m.group("pre") else m.start("y")
        end = m.end()
        if m.group("before") in ("完成", "全面", "基本", "实现", "建成"):
            end = m.start("before")
        out.append(Deadline(text[start:end], int(m.group("y")), month, Span(offset + start, offset + end)))
    return tuple(out)


__all__ = ["find_deadlines"]
