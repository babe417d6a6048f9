"""A numbering mark read by the forms its first character can begin (``marker_at``)
is the mark the whole alternation (``_MARKER_RE``) reads, at any start and end."""
from __future__ import annotations

import random

from loaders import headings

_ALPHABET = list("第一二十百两〇章部分编条+-—_,，、（）()1２٣.．%2026年①⑳是加强 \t\u3000")


def test_marks_read_by_their_first_character_are_the_alternation_s():
    found = 0
    for seed in range(20000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 9)))
        for pos in range(len(text) + 1):
            end = rng.randint(pos, len(text))
            m = headings._MARKER_RE.match(text, pos, end)
            assert headings.marker_at(text, pos, end) == (headings._marker(m, pos) if m else None), (text, pos, end)
            # the first character given by the caller, as cut_pieces gives it
            assert headings.marker_at(text, pos, end, text[pos:pos + 1]) == headings.marker_at(text, pos, end)
            found += m is not None
    assert found > 3000


def test_every_form_is_read_at_each_character_it_begins_with():
    for first, form in headings._MARK_FORMS:
        for c in first:
            assert form in headings._MARK_AT[c].pattern, (c, form)
    # a decimal digit outside ASCII is read by the digit forms
    assert headings.marker_at("٣.加强", 0, 5).value == 3
