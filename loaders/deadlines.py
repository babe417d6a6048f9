"""Time limits written inside a unit: 2024年底前, 到2025年, 2026年11月.

>>> [(d.year, d.month) for d in find_deadlines("2024年底前完成，到2025年建成，2026年11月验收。")]
[(2024, 12), (2025, None), (2026, 11)]
>>> find_deadlines("2010年实际数 259；2024年起持续开展")
()
"""
from __future__ import annotations

import re

from graph.model import Deadline, Span
from graph.records import BUILDERS

# Each optional part is written as an alternative that may be empty, ``(a|b|)``, not as
# ``(a|b)?``: the same matches (the words are tried first), without the engine's general
# repeat, which costs a third of each search.  An absent pre, suf or before is "" then.
_DEADLINE = re.compile(
    r"(?P<pre>到|至|于|在|截至|截止|力争|确保|)\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*"
    r"(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日|)|)"
    r"(?P<suf>上半年|下半年|年底|底|末|年中|中|)"
    r"(?P<before>前|以前|之前|完成|全面|基本|实现|建成|)"
)
# the part every _DEADLINE match contains: found first, by a fast scan for its digits
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_HALF = {"上半年": 6, "年中": 6, "中": 6, "下半年": 12, "年底": 12, "底": 12, "末": 12}
_LONGEST_PRE = 2  # characters of the longest word before a year (截至, 力争 …)


def _matches(text: str, pos: int = 0, end: int | None = None,
             years: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """What ``_DEADLINE.finditer(text, pos, end)`` yields, trying only the starts next to a year.

    A match holds a year that :data:`_YEAR` finds, and the words before the year hold
    no digit, so the leftmost match is at most a word and white space before the first
    year left to find.  ``years``: the spans of the years in ``text[pos:end]`` (see
    :func:`year_spans`), when they are known.
    """
    if end is None:
        end = len(text)
    if years is None:
        years = year_spans(text, pos, end)
    out = []
    for q, _ in years:
        if q < pos:  # inside the last match
            continue
        k = q
        while k > pos and text[k - 1].isspace():
            k -= 1
        # the first start from there that matches: at the latest the year itself
        m = _DEADLINE.search(text, max(pos, k - _LONGEST_PRE), end)
        out.append(m)
        pos = m.end()
    return out


def find_deadlines(text: str, offset: int = 0) -> tuple[Deadline, ...]:
    """Deadlines in ``text``; spans are shifted by ``offset`` (the text's place in the document)."""
    if "年" not in text:  # every deadline has a year; most units have none
        return ()
    return _deadlines(text, _matches(text), offset)


def _deadlines(text: str, matches, offset: int) -> tuple[Deadline, ...]:
    out = []
    for m in matches:
        # a deadline is read from the match's own text (see _read): read once per phrase
        written = m.group()
        read = _READ.get(written)
        if read is None:
            if len(_READ) >= _READ_MAX:
                _READ.clear()
            read = _READ[written] = _read(m)
        if read is _NOT_A_DEADLINE:
            continue
        phrase, year, month, lead = read
        start = offset + m.start() + lead
        # Deadline(…, Span(…)) without __init__ (graph.records.builder): the offsets are in order
        out.append(_deadline(phrase, year, month, _span(start, start + len(phrase))))
    return tuple(out)


def _read(m: re.Match) -> tuple:
    """``(phrase, year, month, lead)`` of the deadline a :data:`_DEADLINE` match writes
    (``lead``: where the phrase begins in the match), or ``_NOT_A_DEADLINE``.

    All of it follows from the text of the match alone: the pattern has no look-around
    and no anchor, so the engine reads that text the same way wherever it stands (a
    way of reading it that ends inside it would have been taken in any context).
    """
    # all groups at once (m.groups()) rather than by name
    pre, y, mo, _, suf, before = m.groups()
    month = int(mo) if mo else None
    if month is None and suf:
        month = _HALF[suf]
    if not (pre or suf or before or month):
        return _NOT_A_DEADLINE
    if month is not None and not 1 <= month <= 12:
        return _NOT_A_DEADLINE
    # (the two offsets asked for, not m.regs: that builds the spans of all seven groups)
    start = m.start(_PRE) if pre else m.start(_Y)
    end = m.start(_BEFORE) if before in ("完成", "全面", "基本", "实现", "建成") else m.end()
    return m.string[start:end], int(y), month, start - m.start()


_NOT_A_DEADLINE: tuple = ()  # (not None: what a phrase not read yet gets from _READ)
# what _read made of each phrase written (kept for the last few thousand phrases)
_READ: dict[str, tuple] = {}
_READ_MAX = 4096
_deadline = BUILDERS[Deadline]
_span = BUILDERS[Span]


# the numbers of _DEADLINE's groups, in m.groups() order: pre, y, m, d, suf, before
_PRE, _Y, _BEFORE = (_DEADLINE.groupindex[name] for name in ("pre", "y", "before"))
assert tuple(_DEADLINE.groupindex) == ("pre", "y", "m", "d", "suf", "before")


def year_spans(text: str, pos: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where the years of :data:`_YEAR` stand in ``text[pos:end]``, in order.

    Two such years never overlap (a year's digits cannot stand in another's white space
    or 年), so these are all the places where one stands: ``_YEAR.finditer`` finds them.

    >>> year_spans("2024年底前，到 2025 年；年度，1999年")
    [(0, 5), (10, 16), (20, 25)]
    """
    end = len(text) if end is None else end
    out = []
    # every year ends in a 年: found by str.find, and the one place its year can begin
    # (four characters before the white space ahead of the 年) tried, rather than
    # a search that tries every character of the text
    k = text.find("年", pos, end)
    while k >= 0:
        digits_end = k
        while digits_end > pos and text[digits_end - 1].isspace():
            digits_end -= 1
        if digits_end - 4 >= pos and _YEAR.match(text, digits_end - 4, k + 1):
            out.append((digits_end - 4, k + 1))
        k = text.find("年", k + 1, end)
    return out


def deadlines_of(text: str, years: list[tuple[int, int]],
                 stretches: list[tuple[int, int]]) -> list[tuple[Deadline, ...]]:
    """``find_deadlines(text[start:end], start)`` of each ``(start, end)`` of ``stretches``
    (in order of their starts), given ``years``, the :func:`year_spans` of ``text``: the
    years of a stretch are those of the text that lie inside it.

    >>> t = "加强监管。2024年底前完成。"
    >>> deadlines_of(t, year_spans(t), [(0, 5), (5, len(t))]) == [(), find_deadlines(t[5:], 5)]
    True
    """
    out = []
    count = len(years)
    first = 0  # the first year that starts at or after the stretch
    # (a walk along the years, in order as the stretches are: each year is passed once,
    # and most stretches hold none or one, so it takes fewer steps than bisecting)
    for start, end in stretches:
        while first < count and years[first][0] < start:
            first += 1
        last = first  # after the last year that ends inside the stretch
        while last < count and years[last][1] <= end:
            last += 1
        if last > first:
            out.append(_deadlines(text, _matches(text, start, end, years[first:last]), 0))
        else:
            out.append(())
    return out


__all__ = ["find_deadlines", "year_spans", "deadlines_of"]
