"""_BASIS answers in one subscript what ``{b.value: b}.get(word) or Basis.SUBJECT`` answers."""
from __future__ import annotations

from graph.model import Basis
from loaders.responsibility import _BASIS


def test_basis_of_a_word_is_get_or_subject():
    plain = {b.value: b for b in Basis}
    for word in [b.value for b in Basis] + ["", "other", "duty", "SUBJECT"]:
        assert _BASIS[word] is (plain.get(word) or Basis.SUBJECT), word
    assert dict(_BASIS) == plain  # nothing stored by the lookups
