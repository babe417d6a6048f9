"""Cutting plan text into pieces: lines, inline items of one-line reprints, TOC lines.

A :class:`Piece` is a stripped stretch of the text (``text[start:end]``) that is one
heading, one numbered item or one paragraph.  Nothing here rewrites the text.

>>> ps = pieces("一、规划目标\\n  1.死亡人数下降15%（省应急厅牵头）。\\n")
>>> [(p.kind, p.marker.number if p.marker else "") for p in ps]
[('heading', '一、'), ('item', '1.')]
>>> [p.title for p in pieces("(七)构建格局 1.提高全民安全素质。实施行动。 2.推动治理。加强。")]
['构建格局', '提高全民安全素质', '推动治理']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from dataclasses import dataclass

from loaders.headings import (DUTY_LABEL, INLINE_AFTER_SPACE, INLINE_AFTER_STOP, INLINE_DUTY,
                              MARK_FIRST, Marker, marker_at)

_MD = re.compile(r"[ \t\u3000\u00a0]*(?:#{1,6}[ \t\u3000]*|>[ \t]*|\*\*)?")
_WS = re.compile(r"[ \t\u3000\u00a0]+")
_WS_CHARS = frozenset(" \t\u3000\u00a0")
_MD_FIRST = _WS_CHARS | frozenset("#>*")
_TOC_TAIL = re.compile(r"(?:[·.…．•‥_\-]{2,}\s*[(（]?\d{1,4}[)）]?|[\t ]+[.·．]?\s*\d{1,3}|[.·．]\s*\d{1,3})\s*$")
_TOC_HEAD = re.compile(r"^\s*#*\s*目\s*录\s*$")
_PAREN_DUTY = re.compile(r"[（(][^（）()]*(?:牵头|负责|配合|参与|协助)[^（）()]*[)）]\s*[。.；;]?\s*$")
_LEAD_IN = re.compile(r"[。：:；;！？]")
_TITLE_PUNCT = re.compile(r"[。；;，,：:]")
_STOPS = re.compile(r"[。；;]")
# words without _WS_CHARS or a stop or comma (。，,；;：:、), then white space
_TITLE_GAP = re.compile(r"[^ \t\u3000\u00a0。，,；;：:、]*([ \t\u3000\u00a0]+)")
_SENTENCE = re.compile(r"[。，,；;]")


# web-page furniture: a line made only of these ends the content above it
_CHROME_WORD = re.compile(
    r"关闭窗口|關閉窗口|关闭本页|關閉本頁|打印本页|打印本頁|打印文章|打印此页|打印页面|附件下载|附件下載|返回顶部|返回頂部|"
    r"回到顶部|返回首页|收藏本页|加入收藏|分享到|字体[:：]?|字號[:：]?|字号[:：]?|[大中小](?=[\s】\]]|$)|"
    r"打印|关闭|關閉|保存|纠错|糾錯"
)
_CHROME_MAX = 60  # the longest furniture line
_CHROME_REST = re.compile(r"[\s【】\[\]|｜:：/·•]+")
# how a furniture line can begin: a furniture word's first character or a separator
_CHROME_FIRST = frozenset("关關打附返回收加分字大中小保纠糾【】[]|｜:：/·•")


def is_chrome(line: str) -> bool:
    """Whether a line is web-page furniture only (【关闭窗口】【打印文章】, 【字体：大 中 小】).

    >>> is_chrome("【关闭窗口】"), is_chrome("【字体：大 中 小】  打印本页"), is_chrome("关闭窗口后检查")
    (True, True, False)
    """
    if len(line) > _CHROME_MAX or not _CHROME_WORD.search(line):
        return False
    return not _CHROME_REST.sub("", _CHROME_WORD.sub("", line))


@dataclass(slots=True)
class Piece:
    """One heading, numbered item or paragraph: ``text[start:end]``."""

    start: int
    end: int
    line: int  # 0-based index of the line it stands on
    marker: Marker | None = None
    body: int = 0  # offset where the text after the mark begins
    kind: str = "para"  # heading | item | para | toc | title | chrome
    title: str = ""  # heading text, or an item's lead-in (up to its first 。)
    title_end: int = 0
    field: bool = False  # a field line (牵头单位：…, 完成时限：…) of an item

    @property
    def level(self) -> int:
        return self.marker.level if self.marker else 99


def lines(text: str) -> list[tuple[int, int]]:
    """Stripped, non-blank lines as ``(start, end)`` offsets (any line ending), found by
    splitting at line ends and stripping rather than by a regular expression that tests
    each character (what that expression found: ``tests/test_structure_scans_agree.py``).

    >>> lines("  一、目标 \\r\\n\\n\\t加强\\u3000监管\\r")
    [(2, 6), (11, 16)]
    """
    flat = text.replace("\r", "\n") if "\r" in text else text  # the same offsets
    out = []
    start = 0
    for line in flat.split("\n"):
        stripped = line.strip()
        if stripped:
            # (strip gives back the line itself when there is nothing to strip)
            if stripped is line or stripped[0] == line[0]:
                lead = start
            else:
                lead = start + len(line) - len(line.lstrip())
            out.append((lead, lead + len(stripped)))
        start += len(line) + 1
    return out


def toc_lines(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of lines that belong to a table of contents (page numbers, dot leaders).

    A TOC is a run of at least three lines ending in page numbers, with at most
    two other lines between them, or the lines under a 目录 heading of that kind.
    """
    cand = []
    for i, (s, e) in enumerate(spans):
        if e - s > 160 or e <= s:
            continue
        # a cheap test that _TOC_TAIL can match: the line ends with a digit or a closing
        # bracket after which there is only white space
        last = text[e - 1]
        if (last.isdecimal() or last in ")）" or last.isspace()) and text.find("。", s, e) < 0 \
                and _TOC_TAIL.search(text, s, e) and not text[s:e].strip().isdigit():
            cand.append(i)
    out: set[int] = set()
    run: list[int] = []
    for i in cand + [10 ** 9]:
        if run and i - run[-1] > 3:
            if len(run) >= 3:
                out.update(range(run[0], run[-1] + 1))
                head = run[0] - 1
                if head >= 0 and _TOC_HEAD.match(text, *spans[head]):
                    out.add(head)
            run = []
        run.append(i)
    return out


# the characters a cut needs: white space or a colon in the line, or with stops a stop
_SPACE_CHARS = " \t\u3000\u00a0"
_CUT_CHARS = _SPACE_CHARS + "：:"
_CUT_CHARS_STOPS = _CUT_CHARS + "。；;！"
_CUT_CHAR = re.compile(f"[{_CUT_CHARS}]")
_CUT_CHAR_STOPS = re.compile(f"[{_CUT_CHARS_STOPS}]")


def _chars_in(text: str, chars: str) -> str:
    """The characters of ``chars`` that ``text`` holds."""
    return "".join(c for c in chars if c in text)


def _holds_any(text: str, s: int, e: int, chars: str) -> bool:
    """Whether ``text[s:e]`` holds one of ``chars``.

    A search for the class would test each character against it (some 45 instructions
    a character); ``in`` on the slice scans for one character at a time at a few
    instructions each.  With ``chars`` the ones the whole text holds (:func:`_chars_in`),
    most lines take one or two.
    """
    if not chars:
        return False
    stretch = text[s:e]
    for c in chars:
        if c in stretch:
            return True
    return False


def _split_line(text: str, s: int, e: int, stops: bool) -> list[tuple[int, int]]:
    cuts = _cuts(text, s, e, stops)
    if not cuts:
        return _whole(text, s, e)
    out = []
    prev = s
    for c in cuts:
        seg = text[prev:c].rstrip()
        if seg.strip():
            out.append((prev, prev + len(seg)))
        prev = c + (len(text[c:e]) - len(text[c:e].lstrip()))
    if text[prev:e].strip():
        out.append((prev, e))
    return out


def _cuts(text: str, s: int, e: int, stops: bool) -> list[int]:
    """Where inline marks cut ``text[s:e]``, in order (a cut at ``s`` cuts nothing)."""
    # the inline patterns match from the character before the cut, which may be text[s - 1]
    b = max(s - 1, 0)
    # without stops a cut needs white space or a colon in text[s:e] (white space at s - 1
    # only cuts at s); with stops, a stop at s - 1 may cut too
    if not (_CUT_CHAR_STOPS.search(text, b, e) if stops else _CUT_CHAR.search(text, s, e)):
        return []
    return _mark_cuts(text, s, e, stops)


def _mark_cuts(text: str, s: int, e: int, stops: bool) -> list[int]:
    """:func:`_cuts` of a line known to hold a character a cut needs."""
    b = max(s - 1, 0)
    # matches after white space or before a duty label start at s or later (from s - 1
    # they would cut at s)
    cuts = _ends(INLINE_AFTER_SPACE, text, s, e)
    if stops:
        cuts += _ends(INLINE_AFTER_STOP, text, b, e)
    if text.find("：", s, e) >= 0 or text.find(":", s, e) >= 0:  # a duty label ends in a colon
        cuts += _ends(INLINE_DUTY, text, s, e)
    return sorted({c for c in cuts if c != s}) if cuts else cuts


def _whole(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The line as one piece, unless it is blank."""
    return [(s, e)] if s < e and not text[s].isspace() or text[s:e].strip() else []


def _ends(pattern: re.Pattern, text: str, b: int, e: int) -> list[int]:
    """Where the matches of ``pattern`` in ``text[b:e]`` end (one search when there is none)."""
    m = pattern.search(text, b, e)
    if m is None:
        return []
    return [m.end()] + [n.end() for n in pattern.finditer(text, m.end(), e)]


def _classify(text: str, s: int, e: int, line: int, plain: bool = False, first: str | None = None) -> Piece:
    """The piece ``text[s:e]`` standing on ``line``, classified.

    ``plain``: the piece holds no white space, so it has no title gap (which needs
    some) and its mark is not followed by any: those are not looked for.  ``first``:
    ``text[s:s + 1]``, when the caller has it (a character of most texts is a new
    string each time it is taken).
    """
    if first is None:
        first = text[s:s + 1]
    # every part of _MD is optional: it always matches, and is empty unless the line
    # opens with one of its characters
    if first in _MD_FIRST:
        pos = _MD.match(text, s, e).end()
        first = text[pos:pos + 1]
    else:
        pos = s
    marker = marker_at(text, pos, e, first) if first in MARK_FIRST or first.isdecimal() else None
    if marker is None:
        # a short line without inner punctuation and no stop at its end is a title (the
        # end tested first: most short paragraphs end with a stop)
        if e - pos <= 40 and not text.endswith(("。", "；"), pos, e) \
                and not _TITLE_PUNCT.search(text, pos, e - 1):
            return Piece(s, e, line, None, pos, "title", text[pos:e], e)
        return Piece(s, e, line, None, pos)
    body = pos + marker.end
    if not plain and body < e and text[body] in _WS_CHARS:
        body = _WS.match(text, body, e).end()
    rest = text[body:e]
    n = len(rest)
    # the first run of white space among the first 32 characters, when the words before
    # it carry no punctuation: a title followed by its body
    title_gap = None if plain else _TITLE_GAP.match(rest, 0, 32)
    if title_gap is not None:
        gap_start, gap_end = title_gap.span(1)
    inline_body = title_gap is not None and gap_end < n and _SENTENCE.search(rest, gap_end) is not None
    if not rest or (not inline_body and n <= 40 and not _STOPS.search(rest, 0, n - 1)
                    and not _paren_duty(rest) and not _duty_label(rest)):
        return Piece(s, e, line, marker, body, "heading", rest.rstrip("。.；;:："), e)
    lead = _LEAD_IN.search(rest)
    # a one-line reprint: 风险防控基础提升工程 在矿山… (heading, blank, body)
    if marker.kind != "article" and title_gap is not None and (not lead or gap_start < lead.start()):
        return Piece(s, e, line, marker, body, "item", rest[:gap_start], body + gap_start)
    if lead and lead.start() <= 30:
        return Piece(s, e, line, marker, body, "item", rest[: lead.start()], body + lead.start())
    return Piece(s, e, line, marker, body, "item")


def _paren_duty(s: str) -> bool:
    """``_PAREN_DUTY.search(s)``, which needs a closing bracket (most headings hold none)."""
    return ("）" in s or ")" in s) and _PAREN_DUTY.search(s) is not None


def _duty_label(s: str) -> bool:
    """``DUTY_LABEL.match(s)``, which needs a colon."""
    return ("：" in s or ":" in s) and DUTY_LABEL.match(s) is not None


def pieces(text: str, *, split_stops: bool = False, skip: set[int] | None = None,
           spans: list[tuple[int, int]] | None = None) -> list[Piece]:
    """Cut ``text`` into classified pieces; lines in ``skip`` become ``toc`` pieces."""
    spans = lines(text) if spans is None else spans
    toc = toc_lines(text, spans) if skip is None else skip
    return join_pieces(text, cut_pieces(text, spans, toc, split_stops))


def cut_pieces(text: str, spans: list[tuple[int, int]], toc: set[int], split_stops: bool = False,
               like: list[Piece] | None = None) -> list[Piece]:
    """The classified pieces of ``spans`` (stripped, non-blank lines: :func:`lines`)
    before :func:`join_pieces`.

    ``like``: pieces cut from the same text before (and not joined since); a piece on
    the same stretch of text is classified alike, so its classification is copied.
    """
    seen = {(q.start, q.end): q for q in like if q.kind not in ("toc", "chrome")} if like else {}
    out: list[Piece] = []
    cut_chars = _chars_in(text, _CUT_CHARS_STOPS if split_stops else _CUT_CHARS)
    # (those of cut_chars: each character the text lacks costs a scan of the whole text)
    spaces, colons = _chars_in(_SPACE_CHARS, cut_chars), _chars_in("：:", cut_chars)
    for i, (s, e) in enumerate(spans):
        first = text[s]  # (taken once, for the tests below and _classify's)
        # (_may_be_chrome's first test, on the first character, made here: a stripped
        # line does not begin with white space, and most begin with no furniture character)
        if seen or i in toc or e - s <= _CHROME_MAX and first in _CHROME_FIRST and _may_be_chrome(text, s, e):
            _cut_line(text, i, s, e, i in toc, split_stops, seen, out)
        elif not split_stops and not _holds_any(text, s, e, spaces):
            # most lines: no white space, so only a duty label (its colon in the line) can
            # cut them (see _mark_cuts), and they have no title gap
            if _holds_any(text, s, e, colons) and _ends(INLINE_DUTY, text, s, e):
                _cut_line(text, i, s, e, False, False, seen, out)
            else:
                out.append(_classify(text, s, e, i, True, first))
        elif not _holds_any(text, max(s - 1, 0) if split_stops else s, e, cut_chars):
            # no inline mark can cut the line (see _cuts): it is one piece
            out.append(_classify(text, s, e, i, True, first))
        elif _mark_cuts(text, s, e, split_stops):
            _cut_line(text, i, s, e, False, split_stops, seen, out)
        else:  # (what _cut_line makes of a line no mark cuts, without cutting it again)
            out.append(_classify(text, s, e, i, False, first))
    return out


def recut_with_stops(text: str, spans: list[tuple[int, int]], toc: set[int], ps: list[Piece]) -> list[Piece]:
    """``cut_pieces(text, spans, toc, split_stops=True)``, given ``ps``, the pieces
    ``cut_pieces(text, spans, toc)`` cut (and not joined since).

    Stops add cuts only where a stop stands before an inline mark: a line without one
    keeps its pieces of ``ps`` (the very objects); the others are cut again.
    """
    # the stops a mark's first character follows on their line, found in one scan of the
    # text rather than one search per line: only the lines that hold one are looked at
    # (in most texts, none)
    recut = _lines_cut_at_stops(text, spans, _STOP_BEFORE_MARK.finditer(text))
    if not recut:
        return list(ps)
    seen = {(q.start, q.end): q for q in ps if q.kind not in ("toc", "chrome")}
    out: list[Piece] = []
    done = 0  # the pieces before this one are in out, or cut again
    for i in recut:
        # the pieces of line i (a line's pieces stand together, in order of their lines)
        first = bisect_left(ps, i, done, key=_LINE)
        last = bisect_right(ps, i, first, key=_LINE)
        if first == last or ps[first].kind in ("toc", "chrome"):
            continue
        out.extend(ps[done:first])
        s, e = spans[i]
        _cut_line(text, i, s, e, False, True, seen, out)
        done = last
    out.extend(ps[done:])
    return out


def _lines_cut_at_stops(text: str, spans: list[tuple[int, int]], marked) -> list[int]:
    """The lines, in order, that an inline mark after a stop cuts, given ``marked``, the
    matches of :data:`_STOP_BEFORE_MARK` in ``text`` (in order): the lines holding one
    where :data:`INLINE_AFTER_STOP` matches.  (A stripped line's stop stands inside it:
    the character before a line is white space or a line end.)"""
    out: list[int] = []
    last = -1  # the line looked at last
    for m in marked:
        # the last line that starts at or before the stop
        i = bisect_right(spans, (m.start(), _AFTER_ANY)) - 1
        if i == last or i < 0:
            continue
        last = i
        s, e = spans[i]
        if m.start() < e and _ends(INLINE_AFTER_STOP, text, max(s - 1, 0), e):
            out.append(i)
    return out


_LINE = attrgetter("line")
_AFTER_ANY = float("inf")


# where INLINE_AFTER_STOP can match: a stop, white space within the line (lines end at
# line feeds and carriage returns only: lines()) and the first character of a mark
_STOP_BEFORE_MARK = re.compile(r"[。；;！：:][^\S\r\n]*[第（(\d①-⑳]")


def _cut_line(text: str, i: int, s: int, e: int, in_toc: bool, stops: bool, seen: dict, out: list[Piece]) -> None:
    """Append the pieces of line ``i`` (``text[s:e]``) to ``out``."""
    if in_toc:
        p = _classify(text, s, e, i)
        p.kind = "toc"
        out.append(p)
        return
    if _may_be_chrome(text, s, e) and is_chrome(text[s:e]):
        out.append(Piece(s, e, i, kind="chrome", body=s))
        return
    for a, b in _split_line(text, s, e, stops):
        q = seen.get((a, b))
        if q is None:
            out.append(_classify(text, a, b, i))
        else:
            out.append(Piece(a, b, i, q.marker, q.body, q.kind, q.title, q.title_end))


def join_pieces(text: str, ps: list[Piece]) -> list[Piece]:
    """Join wrapped parentheses and attach field lines to their items (changes ``ps``).

    Neither changes the kind or title of a heading or item, and the pieces they take
    in are paragraphs and titles.
    """
    from loaders.fields import attach_fields

    return attach_fields(text, _join_wraps(text, ps))


def _may_be_chrome(text: str, s: int, e: int) -> bool:
    """A cheap test that ``is_chrome(text[s:e])`` can hold, without copying the line."""
    first = text[s:s + 1]
    return e - s <= _CHROME_MAX and (first in _CHROME_FIRST or first.isspace()) \
        and _CHROME_WORD.search(text, s, e) is not None


def _join_wraps(text: str, ps: list[Piece]) -> list[Piece]:
    """Join a piece whose parenthesis is still open with the paragraphs that close it."""
    opening, closing = _chars_in(text, "（("), _chars_in(text, "）)")  # the brackets to count
    out: list[Piece] = []
    i = 0
    while i < len(ps):
        p = ps[i]
        j = i
        # a piece opening no bracket has a depth of 0 or less: it is not joined either
        # way.  Its openings are counted here, in place (no copy of the piece, no call):
        # most pieces open none or close all they open.
        depth = 0
        for c in opening:
            depth += text.count(c, p.start, p.end)
        if depth:
            for c in closing:
                depth -= text.count(c, p.start, p.end)
        while depth > 0 and j + 1 < len(ps) and j - i < 3 and ps[j + 1].kind in ("para", "title"):
            j += 1
            depth += _depth(text[ps[j].start:ps[j].end], opening, closing)
        if j > i and depth <= 0:
            p.end = ps[j].end
            if p.kind in ("heading", "title"):
                p.kind = "item" if p.marker else "para"
            i = j + 1
        else:
            i += 1
        out.append(p)
    return out


def _depth(stretch: str, opening: str = "（(", closing: str = "）)") -> int:
    """How many more brackets ``stretch`` opens than it closes, counting the brackets of
    ``opening`` and ``closing`` (those the whole text holds: the others count nothing)."""
    depth = 0
    for c in opening:
        if c in stretch:  # a scan far cheaper than counting
            depth += stretch.count(c)
    for c in closing:
        if c in stretch:
            depth -= stretch.count(c)
    return depth


def ends_with_clause(text: str, p: Piece) -> bool:
    """True when the piece ends with a responsibility parenthetical."""
    return bool(_PAREN_DUTY.search(text, p.start, p.end))


__all__ = ["Piece", "lines", "toc_lines", "pieces", "cut_pieces", "recut_with_stops", "join_pieces", "ends_with_clause"]
