"""The lead-in and take-part patterns matched in place (``pattern.match(text, pos)``) find
what the anchored patterns find on the copy ``text[pos:]``, shifted by ``pos``."""
from __future__ import annotations

import random

from loaders.subjects import _HEAD_STRIP, _HEAD_STRIP_AT, _ONLY_COOP, _ONLY_COOP_AT


def test_in_place_matches_are_matches_of_the_copy():
    rng = random.Random(13)
    pieces = ["按照", "职责", "職責", "分工", "积极", "積極", "负责", "負責", "按", "参与", "配合", "协助", "協管",
              "市公安局", "，", ",", "。", "；", "做好", "要求"]
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        pos = rng.randint(0, len(text))
        for anchored, in_place in ((_HEAD_STRIP, _HEAD_STRIP_AT), (_ONLY_COOP, _ONLY_COOP_AT)):
            copy, here = anchored.match(text[pos:]), in_place.match(text, pos)
            assert (copy and (copy.end() + pos, copy.groups())) == (here and (here.end(), here.groups())), (text, pos)
