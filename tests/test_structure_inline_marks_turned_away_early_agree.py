"""The inline-mark patterns with a cheap first look-ahead find what the plain ones find.

``INLINE_AFTER_STOP`` first checks that a mark's first character follows the stop,
``INLINE_DUTY`` that a colon follows 2 to 26 label characters; the plain patterns
below, without those checks, must match at exactly the same places in any stretch.
"""
from __future__ import annotations

import random
import re

from loaders import headings

_TAIL = r"(?:局|厅|委|办|部|队|院|署|会|处|室|中心|公司|集团|政府|组|站|所|行|社|团)"
_PLAIN_AFTER_STOP = re.compile(
    r"[。；;！：:]\s*(?=第[一二三四五六七八九十百\d]+条|[（(][一二三四五六七八九十]+[)）]|"
    r"\d{1,2}[.．、](?![\d%])|[（(]\d{1,2}[)）]|[①-⑳])")
_PLAIN_DUTY = re.compile(r"[ \t\u3000。；;](?=[^\s：:，,。；;、（）()“”《》]{1,24}?" + _TAIL + r"[：:])")

_WORDS = ["。", "；", ";", "！", "：", ":", " ", "\u3000", "\t", "\n", "\x0b", "第", "三", "条", "（", "）", "(", ")",
          "一", "十", "1", "12", "٣", ".", "．", "、", "%", "①", "⑳", "局", "中心", "集团", "市应急", "管理", "加强",
          "，", "《", "”", "安全生产监督管理", "x", "省应急厅", "区教育局", "：负责"]


def _strings(count: int, max_len: int):
    for seed in range(count):
        rng = random.Random(seed)
        yield rng, "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, max_len)))


def _spans(pattern, text, pos, end):
    return [m.span() for m in pattern.finditer(text, pos, end)]


def test_inline_marks_turned_away_early_are_the_plain_matches():
    found = [0, 0]
    for rng, text in _strings(6000, 40):
        for _ in range(3):
            pos = rng.randint(0, len(text))
            end = rng.choice([len(text), rng.randint(pos, len(text))])
            for k, (fast, plain) in enumerate(((headings.INLINE_AFTER_STOP, _PLAIN_AFTER_STOP),
                                               (headings.INLINE_DUTY, _PLAIN_DUTY))):
                spans = _spans(plain, text, pos, end)
                assert _spans(fast, text, pos, end) == spans, (text, pos, end, k)
                found[k] += bool(spans)
    assert min(found) > 150, found


def test_a_long_label_and_a_label_at_the_longest():
    label = "安" * 23 + "中心"  # 25 characters, then the colon
    for text in ("。" + label + "：负责", "。" + "安" + label + "：负责", "。" + "安安" + label + "：负责"):
        assert _spans(headings.INLINE_DUTY, text, 0, len(text)) == _spans(_PLAIN_DUTY, text, 0, len(text)), text
