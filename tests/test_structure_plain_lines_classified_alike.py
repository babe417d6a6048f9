"""A line without white space is classified alike by the plain fast path, and
the cut-character test by ``in`` finds what the character class finds."""
from __future__ import annotations

import random

from loaders import blocks

_WORDS = ["一、", "（一）", "(二)", "1.", "2、", "（3）", "①", "第一章", "第三条", "一是", "#", "## ", "**", ">",
          "加强", "监管", "省应急厅", "牵头", "负责", "（", "）", "(", ")", "。", "；", ";", "，", ",", "！", "？",
          "、", "2024年", "12", "x", "主要任务", "市公安局", "：", ":", " ", "\t", "\u3000", "\u00a0"]


def _strings(words, count=4000, max_len=16):
    for seed in range(count):
        rng = random.Random(seed)
        yield "".join(rng.choice(words) for _ in range(rng.randint(1, max_len)))


def _fields(p: blocks.Piece):
    return (p.start, p.end, p.line, p.marker, p.body, p.kind, p.title, p.title_end, p.field)


def test_plain_classification_is_the_full_one():
    plain_words = [w for w in _WORDS if not any(c in w for c in blocks._SPACE_CHARS)]
    for s in _strings(plain_words):
        for pad in ("", "前文\n"):
            text = pad + s + "\n后文"
            a, e = len(pad), len(pad) + len(s)
            assert _fields(blocks._classify(text, a, e, 0, plain=True)) == _fields(blocks._classify(text, a, e, 0)), s
            # the first character given by the caller, as cut_pieces gives it
            assert _fields(blocks._classify(text, a, e, 0, True, text[a])) == _fields(blocks._classify(text, a, e, 0))


def test_cut_characters_found_by_in_are_the_class_matches():
    for s in _strings(_WORDS, max_len=8):
        for stops, pattern, chars in ((False, blocks._CUT_CHAR, blocks._CUT_CHARS),
                                      (True, blocks._CUT_CHAR_STOPS, blocks._CUT_CHARS_STOPS)):
            present = blocks._chars_in(s, chars)
            for a in range(len(s) + 1):
                for e in range(a, len(s) + 1):
                    assert blocks._holds_any(s, a, e, present) == (pattern.search(s, a, e) is not None), (s, a, e)


def test_bracket_depth_counted_by_in_is_the_plain_count():
    for s in _strings(_WORDS, max_len=10):
        opening, closing = blocks._chars_in(s, "（("), blocks._chars_in(s, "）)")
        for a in range(len(s) + 1):
            plain = s.count("（", a) + s.count("(", a) - s.count("）", a) - s.count(")", a)
            assert blocks._depth(s[a:], opening, closing) == plain, s
