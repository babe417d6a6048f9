"""A heading's trailing duty parenthetical is looked for only when it closes a bracket:
``_paren_duty`` agrees with the plain search."""
from __future__ import annotations

import random

from loaders import blocks

_WORDS = ["（", "）", "(", ")", "省应急厅", "牵头", "负责", "配合", "。", "；", " ", "\n", "加强监管", "x"]


def test_paren_duty_is_the_plain_search():
    found = 0
    for seed in range(5000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12)))
        plain = blocks._PAREN_DUTY.search(text) is not None
        assert blocks._paren_duty(text) == plain, text
        found += plain
    assert found > 50
