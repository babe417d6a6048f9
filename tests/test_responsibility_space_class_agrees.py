"""Patterns that open with white space spell \\s out as a class of its characters (so that
the regex engine skips to them): they match where the \\s forms match, and has_pinyin
answers what a search of the gloss pattern answers."""
from __future__ import annotations

import random
import re

from loaders import names, responsibility as r

_WHITE = [" ", "\u3000", "\n", "\t", "\r\n", "\x1c", "\x85", "\xa0", "\u2028", "\u202f"]
_PIECES = _WHITE + ["（一）", "（2）", "(3)", "1.2", "3.", "12、", "4．", "5.6.7", "市公安局负责", "，", ",", "。", "；",
                    "！", "?", "ꎮ", "ꎻ", "1", "（", "）", "十"]
_PLAIN_INLINE_NUMBER = re.compile(r"\s+(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|\d+(?:\.\d+)+|\d{1,2}[、.．](?!\d))")
_PLAIN_CANDIDATE = re.compile(r"[，,。；;！？!?ꎮꎻ\s](?:(?<=[，,])(?P<comma>)|\s*)")


def _strings(pieces, count=4000, longest=16):
    rng = random.Random(5)
    return ["".join(rng.choices(pieces, k=rng.randint(0, longest))) for _ in range(count)]


def test_space_class_is_backslash_s():
    assert all((re.fullmatch(r._SPACE_CLASS, chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))


def test_inline_numbers_and_candidates_match_the_plain_patterns():
    for s in _strings(_PIECES):
        assert [m.span() for m in r._INLINE_NUMBER.finditer(s)] == [m.span() for m in _PLAIN_INLINE_NUMBER.finditer(s)], s
        assert ([(m.span(), m.lastgroup) for m in r._CANDIDATE.finditer(s)]
                == [(m.span(), m.lastgroup) for m in _PLAIN_CANDIDATE.finditer(s)]), s


def test_has_pinyin_is_the_gloss_search():
    pieces = ["(", "（", ")", "）", "jīng", "mào", "ab", "A", "市", "經", "1", "ü", "Zz", "(shè)", "（一）"]
    for s in _strings(pieces, longest=12):
        assert names.has_pinyin(s) == (names._PINYIN.search(s) is not None), s
