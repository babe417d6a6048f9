"""trailing_paren asks _TRAILING_PAREN only of texts ending (before white space and
stops) in a closing bracket or a note's 】: it finds what the pattern's search finds."""
from __future__ import annotations

import random
import re

from loaders import responsibility


def test_trailing_paren_is_the_pattern_search():
    # the closing-bracket test before the pattern: the white space it strips is every \s character
    assert set(responsibility._AFTER_PAREN) - set("。.；;，,") == {chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))}
    rng = random.Random(9)
    pieces = ["市应急局牵头", "（", "(", "）", ")", "【", "】", "注", "。", "；", ",", " ", "\n", "\u3000", "加强", "1"]
    for _ in range(20000):
        s = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        fast, plain = responsibility.trailing_paren(s), responsibility._TRAILING_PAREN.search(s)
        assert (fast and fast.span(), fast and fast.group(1)) == (plain and plain.span(), plain and plain.group(1)), repr(s)
