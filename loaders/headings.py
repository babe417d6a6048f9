"""Numbering marks of Chinese plan headings and items, OCR variants included.

Levels (smaller is higher): ``第一章`` 0, ``一、`` 1, ``（一）`` 2, ``1.`` 3,
``（1）`` 4, ``①`` 5, ``一是`` 6.  ``第八条`` is an item at level 3.

>>> m = match_marker("（三）加强监管")
>>> (m.level, m.number, m.value)
(2, '（三）', 3)
>>> match_marker("+-、保障措施").value
11
>>> match_marker("_,指导思想").level
1
>>> match_marker("(-)发展基础").value
1
>>> match_marker("2.2026年底前完善平台").value
2
>>> match_marker("2.5亿元") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CN_NUM = "一二三四五六七八九十百零〇两"


def cn_to_int(s: str) -> int | None:
    """Value of a small Chinese numeral (up to 999), or None.

    >>> [cn_to_int(x) for x in ("十", "十一", "二十三", "一百零五", "abc")]
    [10, 11, 23, 105, None]
    """
    if not s or any(c not in _CN_DIGITS and c not in "十百" for c in s):
        return None
    total, current = 0, 0
    for c in s:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[c]
    return total + current


# Each alternative is a named group; the order matters (longest forms first).  Each
# comes with the characters its mark can begin with (\\d: any decimal digit, _DIGIT).
_DIGIT = "0123456789"
_MARK_FORMS: tuple[tuple[str, str], ...] = (
    ("第", r"(?P<chapter>第(?P<chv>[一二三四五六七八九十百零〇两\d]+)(?P<chk>章|部分|编))"),
    ("第", r"(?P<article>第(?P<arv>[一二三四五六七八九十百零〇两\d]+)条)"),
    ("+", r"(?P<ocr11>\+[-一]\s*[一二三四五六七八九]?[、,，])"),  # +-、 / +-一、 → 十一、
    ("+", r"(?P<ocr10>\+[、,，])"),  # +、 → 十、
    ("_", r"(?P<ocr2>_\s*[,，、])"),  # _, → 二、
    ("一二三四五六七八九十百", r"(?P<l1v>[一二三四五六七八九十百]+)[、,，](?!\d)"),
    ("（(", r"[（(]\s*(?P<l2v>[一二三四五六七八九十百]+|-|—)\s*[)）]"),
    (_DIGIT, r"(?P<l3v>\d{1,2})(?:[.．、](?![\d%])|[.．](?=(?:19|20)\d\d年))"),
    ("（(", r"[（(]\s*(?P<l4v>\d{1,2})\s*[)）]"),
    ("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", r"(?P<l5v>[①-⑳])"),
    ("一二三四五六七八九十", r"(?P<l6v>[一二三四五六七八九十]{1,2})是(?=[^\s，,。、])"),
)
_MARKER_RE = re.compile("|".join(form for _, form in _MARK_FORMS))


def _forms_by_first(forms: tuple[tuple[str, str], ...]) -> dict[str, re.Pattern]:
    """For each character a mark can begin with, the alternation of the forms that can
    begin with it, in their order: what :data:`_MARKER_RE` matches at that character
    (the others fail on it), without entering each of the other alternatives in turn
    (a named group's alternative is not skipped by its first character)."""
    patterns: dict[tuple[str, ...], re.Pattern] = {}
    out = {}
    for c in dict.fromkeys("".join(first for first, _ in forms)):
        own = tuple(form for first, form in forms if c in first)
        out[c] = patterns.get(own) or patterns.setdefault(own, re.compile("|".join(own)))
    return out


_MARK_AT = _forms_by_first(_MARK_FORMS)
_DIGIT_MARK = _MARK_AT["0"]  # for the decimal digits outside ASCII too


@dataclass(frozen=True)
class Marker:
    """A numbering mark at the start of a piece of text."""

    level: int
    number: str  # as written
    value: int | None
    kind: str  # chapter | article | l1 … l6
    end: int  # offset just after the mark (relative to the matched string)


def match_marker(s: str, pos: int = 0) -> Marker | None:
    """The numbering mark at ``s[pos:]``, or None."""
    m = _MARKER_RE.match(s, pos)
    return _marker(m, 0) if m else None


def marker_at(text: str, pos: int, end: int, first: str | None = None) -> Marker | None:
    """``match_marker(text[pos:end])`` without copying the slice (``first``:
    ``text[pos:pos + 1]``, when the caller has it).

    The pattern has no look-behind, and ``end`` bounds the look-aheads as the end of
    a slice would, so the result is the same; ``Marker.end`` is relative to ``pos``.
    The mark is read by the forms that can begin with its first character (``_MARK_AT``).
    A mark is a frozen value fixed by what it reads (the alternatives read marks of
    different shapes, so the characters also tell which one read them), so one
    :class:`Marker` is kept per mark as written and shared by every piece it opens.
    """
    if first is None:
        first = text[pos:pos + 1]
    pattern = _MARK_AT.get(first)
    if pattern is None:
        if not first.isdecimal():
            return None
        pattern = _DIGIT_MARK
    m = pattern.match(text, pos, end)
    if m is None:
        return None
    written = m.group()
    marker = _SEEN.get(written)
    if marker is None:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        marker = _SEEN[written] = _marker(m, pos)
    return marker


_SEEN: dict[str, Marker | None] = {}
_SEEN_MAX = 8192
# The characters other than digits (\d: str.isdecimal) that a mark can begin with: a
# piece of text that begins with neither is not tried against _MARKER_RE.
MARK_FIRST = frozenset("第+_（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" + CN_NUM)


def _marker(m: re.Match, pos: int) -> Marker | None:
    number = m.group(0)
    end = m.end() - pos
    alt = m.lastgroup  # the alternative that matched (its outermost named group)
    if alt == "chapter":
        return Marker(0, number, _num(m.group("chv")), "chapter", end)
    if alt == "article":
        return Marker(3, number, _num(m.group("arv")), "article", end)
    if alt == "ocr11":
        return Marker(1, number, 11, "l1", end)
    if alt == "ocr10":
        return Marker(1, number, 10, "l1", end)
    if alt == "ocr2":
        return Marker(1, number, 2, "l1", end)
    level = _LEVEL_GROUPS.get(alt)
    if level is None:  # pragma: no cover - every alternative is handled above
        return None
    v = m.group(alt)
    if level == 2 and v in "-—":
        value: int | None = 1
    elif level == 5:
        value = _CIRCLED.index(v) + 1
    else:
        value = _num(v)
    return Marker(level, number, value, f"l{level}", end)


_LEVEL_GROUPS = {f"l{level}v": level for level in range(1, 7)}


@lru_cache(maxsize=4096)
def _num(v: str) -> int | None:
    return int(v) if v.isdigit() else cn_to_int(v)


# A marker inside a line: after white space (reprints), or for items after a sentence end.
# Each match ends where the inline mark begins: the white space or stop before it is
# part of the match (so a search scans for that character first).
INLINE_AFTER_SPACE = re.compile(
    r"[ \t\u3000\u00a0](?=第[一二三四五六七八九十百\d]+[章条]|[一二三四五六七八九十]+、|"
    r"[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?![\d%])|[（(]\d{1,2}[)）]|[①-⑳])"
)
# (the first look-ahead, one character class, turns away at once the stops that no mark
# follows, most of them: each mark begins with one of its characters)
INLINE_AFTER_STOP = re.compile(
    r"[。；;！：:](?=\s*[第（(\d①-⑳])\s*(?=第[一二三四五六七八九十百\d]+条|[（(][一二三四五六七八九十]+[)）]|"
    r"\d{1,2}[.．、](?![\d%])|[（(]\d{1,2}[)）]|[①-⑳])"
)
# 省卫生厅：负责… — a body followed by a colon opens a duty-list item.
_ORG_TAIL = r"(?:局|厅|委|办|部|队|院|署|会|处|室|中心|公司|集团|政府|组|站|所|行|社|团)"
_LABEL_CHAR = r"[^\s：:，,。；;、（）()“”《》]"  # the characters of a duty label's body
DUTY_LABEL = re.compile(_LABEL_CHAR + r"{1,24}?" + _ORG_TAIL + r"[：:](?!\s*$)")
# The first look-ahead is implied by the second (a colon after 2 to 26 label characters,
# the tail's included; the colon is the first character that is not one): a possessive
# scan that turns away most stops without trying the tail words after each character.
INLINE_DUTY = re.compile(
    r"[ \t\u3000。；;](?=" + _LABEL_CHAR + r"{2,26}+[：:])(?=" + _LABEL_CHAR + r"{1,24}?" + _ORG_TAIL + r"[：:])"
)

__all__ = ["Marker", "match_marker", "marker_at", "cn_to_int", "INLINE_AFTER_SPACE", "INLINE_AFTER_STOP",
           "DUTY_LABEL", "INLINE_DUTY", "CN_NUM", "MARK_FIRST"]
