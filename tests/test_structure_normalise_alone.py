"""The plan id's normalisation character by character gives what NFKC of each run gives.

``normalise_text`` replaces each character NFKC changes by its own NFKC when every such
character is one that nothing composes with (``graph.model._alone``); otherwise it
normalises each run of characters outside ASCII and CJK as a whole.
"""
from __future__ import annotations

import random
import unicodedata

from graph import model


def _by_runs(text: str) -> str:
    text = model._MAY_CHANGE_UNDER_NFKC.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return "".join(text.split())


def _seconds() -> set[str]:
    """Every character that composes with one before it: the second of a canonical pair
    decomposition, and the Hangul vowel and trailing jamo."""
    out = {chr(p) for p in range(0x1161, 0x1176)} | {chr(p) for p in range(0x11A8, 0x11C3)}
    for point in range(0x110000):
        parts = unicodedata.decomposition(chr(point)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            out.add(chr(int(parts[1], 16)))
    return out


def test_no_character_of_the_free_blocks_composes_with_one_before_it():
    free = [chr(p) for start, end in model._FREE_BLOCKS for p in range(start, end)]
    free += [chr(p) for p in range(0x80)] + [chr(p) for p in range(0x3001, 0x3036)]
    free += [chr(p) for p in range(0x303B, 0x3040)] + [chr(p) for p in range(0x4E00, 0xA000)]
    seconds = _seconds()
    assert not {c for c in free if not unicodedata.combining(c)} & seconds


def test_common_characters_are_normalised_alone_and_kept_ones_unchanged():
    assert all(map(model._alone, model._COMMON_WIDE + model._COMMON_KEPT))
    assert all(unicodedata.normalize("NFKC", c) == c for c in model._COMMON_KEPT)


def test_normalising_alone_is_normalising_by_runs():
    alphabet = ("加强监管一、 \n\r\t\u3000\u00a0，（）：；？！％“”‘’—·…①⑴⒈Ⅻ℃㎡㈠ｱﾞﾟ゛ガ"
                "ＡＢａ０９＿－．／＜＝＞é\u0301\u0338\u0323ㄱㅏ가\u1161\u11a8≥≮=<A~ÅＡ\u030a½ﬁ")
    alone = 0
    for seed in range(4000):
        rng = random.Random(seed)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert model.normalise_text(text) == _by_runs(text), text
        alone += model._changed_alone(text) is not None
    assert 500 < alone < 3500  # both ways are taken


def test_real_plans_normalise_alike(seed_paths):
    from loaders.reading import read_text

    for path in seed_paths.values():
        text, _ = read_text(path)
        assert model.normalise_text(text) == _by_runs(text)
