"""statement_starts finds the six words the lead words and lead verbs share once: the
sorted union of the parts is word_starts of each whole tuple."""
from __future__ import annotations

from test_responsibility_fast_paths_agree import _STATEMENT_WORDS, _strings

from loaders import responsibility as r


def test_parts_cover_each_tuple():
    assert set(r._LEAD_VERB_WORDS + r._LEAD_WORDS_ONLY) == set(r._LEAD_WORDS)
    assert set(r._LEAD_VERB_WORDS + r._LEAD_ROLE_WORDS_ONLY) == set(r._LEAD_ROLE_WORDS)


def test_union_of_the_parts_is_word_starts_of_the_whole():
    for s in _strings(_STATEMENT_WORDS + ["负", "責", "头", "主", "為", "为主办", "牽"]):
        shared = r.word_starts(s, r._LEAD_VERB_WORDS)
        assert sorted(shared + r.word_starts(s, r._LEAD_WORDS_ONLY)) == r.word_starts(s, r._LEAD_WORDS), s
        assert sorted(shared + r.word_starts(s, r._LEAD_ROLE_WORDS_ONLY)) == r.word_starts(s, r._LEAD_ROLE_WORDS), s
