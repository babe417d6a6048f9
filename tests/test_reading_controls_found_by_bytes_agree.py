"""A decoded text's control characters are found from its bytes as from the text.

``_decoded_looks_like_text`` takes a text without any control byte as looking like
text without scanning it: for UTF-8 and GB18030 this must agree with
``_looks_like_text`` on the decoded text, controls or not.
"""
from __future__ import annotations

import random

from loaders.reading import _decoded_looks_like_text, _looks_like_text

_ALPHABET = ["规", "划", "一", "、", "a", "1", " ", "\t", "\n", "\r", "\x0b", "\x0c", "€", "😀", "é",
             "\x00", "\x01", "\x08", "\x0e", "\x1b", "\x1f", "\x7f", "\x85"]


def test_controls_found_from_bytes_agree_with_the_text_scan():
    for seed in range(3000):
        rng = random.Random(seed)
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.5:  # long texts, where a few controls are tolerated
            text = text + "规划" * rng.randint(0, 400)
        for encoding in ("utf-8", "gb18030", "utf-16-le"):
            data = text.encode(encoding)
            assert _decoded_looks_like_text(data, text, encoding) == _looks_like_text(text), (text, encoding)


def test_no_other_character_has_a_control_byte_in_gb18030():
    controls = set(range(0x00, 0x09)) | set(range(0x0e, 0x20))
    for code in range(0x20, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert not controls & set(chr(code).encode("gb18030")), hex(code)
