"""Scans of the structure step that avoid a regular expression give what it gives.

Lines are found by splitting and stripping instead of a regular expression, years from
each 年 instead of ``_YEAR.finditer``, and a piece's table row by bisection.
"""
from __future__ import annotations

import random
import re

from loaders import blocks, deadlines, headings, structure

# a line without its leading and trailing white space: first to last non-space
_STRIPPED_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")


def _strings(alphabet, max_len: int = 24):
    for seed in range(4000):
        rng = random.Random(seed)
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))


def test_lines_are_the_stripped_line_matches():
    alphabet = ["\r", "\n", "\r\n", " ", "\t", "\u3000", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u00a0", "加", "x", "1"]
    for text in _strings(alphabet):
        assert blocks.lines(text) == [m.span() for m in _STRIPPED_LINE.finditer(text)], repr(text)


def test_year_spans_are_the_year_matches():
    alphabet = ["19", "20", "2", "0", "24", "年", " ", "\n", "\u3000", "x", "２０", "١"]
    for text in _strings(alphabet, 12):
        assert deadlines.year_spans(text) == [m.span() for m in deadlines._YEAR.finditer(text)], text
        for pos in range(len(text) + 1):
            end = random.Random(pos).randint(pos, len(text))
            assert deadlines.year_spans(text, pos, end) == [m.span() for m in deadlines._YEAR.finditer(text, pos, end)]


def test_a_piece_inside_a_table_row_is_found_by_bisection(seed_paths):
    from loaders.reading import read_text
    from loaders.targets import table_rows

    tried = 0
    for path in seed_paths.values():
        text, _ = read_text(path)
        spans = blocks.lines(text)
        cover = structure._table_cover(table_rows(text, spans))
        tried += bool(cover)
        for p in blocks.pieces(text, spans=spans):
            assert structure._inside(cover, p) == any(s <= p.start and p.end <= e for s, e in cover)
    assert tried


def test_a_mark_begins_with_a_first_character_of_marks():
    alphabet = "第一二十百零〇两章条+-_,、（）(1２٣.．2026年①⑳是加强 x"
    for text in _strings(alphabet, 8):
        if headings._MARKER_RE.match(text):
            assert text[0] in headings.MARK_FIRST or text[0].isdecimal(), text


_WS = re.compile(r"[ \t\u3000\u00a0]+")
_PRE_GAP = re.compile(r"[。，,；;：:、]")


def test_a_title_gap_is_the_first_white_space_after_words_without_punctuation():
    alphabet = ["加强", " ", "\t", "\u3000", "\u00a0", "。", "，", ",", "；", ";", "：", ":", "、", "x", "监管工作"]
    for text in _strings(alphabet, 30):
        gap = _WS.search(text, 0, 32)
        plain = gap.span() if gap is not None and not _PRE_GAP.search(text, 0, gap.start()) else None
        fast = blocks._TITLE_GAP.match(text, 0, 32)
        assert (fast.span(1) if fast else None) == plain, text


def test_a_field_line_begins_with_a_first_character_of_field_labels():
    from loaders.fields import FIELD_FIRST, FIELD_LINE

    labels = re.search(r"\(\?:(.*?)\)", FIELD_LINE.pattern).group(1).split("|")
    assert {label[0] for label in labels} | set("【[") == FIELD_FIRST
    words = labels + ["【", "[", "】", "]", "：", ":", " ", "加强", "x"]
    for text in _strings(words, 4):
        if FIELD_LINE.match(text):
            assert text[0] in FIELD_FIRST, text
