"""A content hash whose white space is deleted from the encoded text is the hash of
normalise_text's text (white space split off), whatever white space the text holds."""
from __future__ import annotations

import hashlib
import random
import sys

from graph.model import content_hash, normalise_text

_SPACES = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
# what NFKC changes (alone or not), keeps, or turns into white space or ASCII
_OTHERS = list("一、加强监管。（）：；，？！％“”—·①é\u0301ㄱｱ\ufe30\u2003\u3000\u00a0\x85\u2028\u1680\u200bA1 ")


def _plain(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def test_every_white_space_character_is_deleted_alike():
    for c in _SPACES:
        for text in (c, f"一{c}二", f"（{c}）①", f"é{c}\u0301"):
            assert content_hash.__wrapped__(text) == _plain(text), repr(text)


def test_random_texts_hash_alike():
    rng = random.Random(3)
    alphabet = _SPACES + _OTHERS * 3
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert content_hash.__wrapped__(text) == _plain(text), repr(text)
