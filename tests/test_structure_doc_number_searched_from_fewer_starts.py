"""A document number looked for only where it can start is the one a full search finds:
at line starts for ``_DOCNO`` (its ``^``), from 12 characters before the first bracket
for ``_DOCNO_ANY``."""
from __future__ import annotations

import random

from loaders import metadata

_WORDS = ["辽", "安委办", "〔", "〕", "[", "]", "［", "】", "【", "（", "）", "(", ")", "2021", "19", "20", "101", "号", " ",
          "\u3000", "\t", "\n", "\r", "\n\n", "x", "。", "关于印发", "应急管理局安全生产委员会办公室",
          "辽安委办〔2021〕101号", "安委（2024） 号", "办[2020]3号", "〔2019〕", "【2023】12号"]


def test_doc_numbers_found_from_fewer_starts_are_the_full_search_s():
    found = [0, 0]
    for seed in range(6000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 30)))
        for end in (len(text), rng.randint(0, len(text)), 40):
            plain = metadata._DOCNO.search(text, 0, end)
            fast = metadata._docno_on_a_line(text, end)
            assert (fast and fast.span()) == (plain and plain.span()), (text, end)
            plain_any = metadata._DOCNO_ANY.search(text, 0, end)
            fast_any = metadata._docno_anywhere(text, end)
            assert (fast_any and fast_any.span()) == (plain_any and plain_any.span()), (text, end)
            found[0] += plain is not None
            found[1] += plain_any is not None
    assert min(found) > 200, found
