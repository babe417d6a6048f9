"""Time limits written inside a unit: 2024年底前, 到2025年, 2026年11月.

>>> [(d.year, d.month) for d in find_deadlines("2024年底前完成，到2025年建成，2026年11月验收。")]
[(2024, 12), (2025, None), (2026, 11)]
>>> find_deadlines("2010年实际数 259；2024年起持续开展")
()
"""
from __future__ import annotations

import re
from bisect import bisect_left

from graph.model import Deadline, Span

_DEADLINE = re.compile(
    r"(?P<pre>到|至|于|在|截至|截止|力争|确保)?\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*"
    r"(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?)?"
    r"(?P<suf>上半年|下半年|年底|底|末|年中|中)?"
    r"(?P<before>前|以前|之前|完成|全面|基本|实现|建成)?"
)
# the part every _DEADLINE match contains: found first, by a fast scan for its digits
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_HALF = {"上半年": 6, "年中": 6, "中": 6, "下半年": 12, "年底": 12, "底": 12, "末": 12}
_LONGEST_PRE = 2  # characters of the longest word before a year (截至, 力争 …)


def _matches(text: str):
    """What ``_DEADLINE.finditer(text)`` yields, trying only the starts next to a year.

    A match holds a year that :data:`_YEAR` finds, and the words before the year hold
    no digit, so the leftmost match is at most a word and white space before the first
    year left to find.
    """
    pos = 0
    while (year := _YEAR.search(text, pos)) is not None:
        q = year.start()
        k = q
        while k > pos and text[k - 1].isspace():
            k -= 1
        for start in range(max(pos, k - _LONGEST_PRE), q + 1):
            m = _DEADLINE.match(text, start)
            if m is not None:  # always so at the year itself
                break
        yield m
        pos = m.end()


def find_deadlines(text: str, offset: int = 0) -> tuple[Deadline, ...]:
    """Deadlines in ``text``; spans are shifted by ``offset`` (the text's place in the document)."""
    if "年" not in text:  # every deadline has a year; most units have none
        return ()
    out = []
    for m in _matches(text):
        pre, y, mo, suf, before = m.group("pre", "y", "m", "suf", "before")
        month = int(mo) if mo else None
        if month is None and suf:
            month = _HALF[suf]
        if not (pre or suf or before or month):
            continue
        if month is not None and not 1 <= month <= 12:
            continue
        start = m.start("pre") if pre else m.start("y")
        end = m.end()
        if before in ("完成", "全面", "基本", "实现", "建成"):
            end = m.start("before")
        out.append(Deadline(text[start:end], int(y), month, Span(offset + start, offset + end)))
    return tuple(out)


def year_starts(text: str) -> list[int]:
    """Where the years of :data:`_YEAR` begin in ``text``, in order.

    Two such years never overlap (a year's digits cannot stand in another's white space
    or 年), so these are all the places where one begins.
    """
    return [m.start() for m in _YEAR.finditer(text)]


def deadlines_within(text: str, years: list[int], start: int, end: int) -> tuple[Deadline, ...]:
    """``find_deadlines(text[start:end], start)``, read only when one of ``years`` (the
    :func:`year_starts` of ``text``) begins in the stretch: a year in the stretch is one
    in the text.

    >>> t = "加强监管。2024年底前完成。"
    >>> deadlines_within(t, year_starts(t), 5, len(t)) == find_deadlines(t[5:], 5), deadlines_within(t, year_starts(t), 0, 5)
    (True, ())
    """
    i = bisect_left(years, start)
    if i == len(years) or years[i] >= end:
        return ()
    return find_deadlines(text[start:end], start)


__all__ = ["find_deadlines", "year_starts", "deadlines_within"]
