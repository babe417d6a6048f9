"""closes_last strips only a text's last characters before asking for a closing bracket:
it answers what the plain ``text.rstrip(_AFTER_PAREN).endswith(...)`` answers, runs of
stops and white space longer than its window included."""
from __future__ import annotations

import random

from loaders.responsibility import _AFTER_PAREN, closes_last


def test_closes_last_is_the_whole_text_stripped():
    rng = random.Random(11)
    ends = list(_AFTER_PAREN[-12:]) + [" ", "\n", "\u3000"]
    heads = ["", "加强监管", "（市应急局牵头）", "(公安)", "【注】", "）", "】", "x"]
    for _ in range(20000):
        s = rng.choice(heads) + rng.choice(["", "）", ")", "】", "市"]) + "".join(rng.choices(ends, k=rng.randint(0, 14)))
        assert closes_last(s) == s.rstrip(_AFTER_PAREN).endswith((")", "）", "】")), repr(s)
