"""statement_starts finds the lead words and the lead verbs in one regex scan
(lead_word_starts): the offsets are those a str.find loop over each word list finds,
overlapping words (为主办: 为主 and 主办) included."""
from __future__ import annotations

import random

from loaders import responsibility as r

_PIECES = ["市公安局", "负责", "負責", "牵头", "牽頭", "主办", "主辦", "为主", "為主", "职责", "職責", "：", ":", "，",
           "负", "責", "头", "主", "为", "為", "牽", "职", "办", "辦", "。", "配合", "为主办", "负负责", " ", "a"]


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """The plain form: sorted offsets of every occurrence of ``words`` in ``text``."""
    out = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            out.append(i)
            i = text.find(word, i + len(word))
    return sorted(out)


def _plain(s: str) -> tuple[list[int], list[int]]:
    return word_starts(s, r._LEAD_WORDS), word_starts(s, r._LEAD_ROLE_WORDS)


def test_the_scan_groups_cover_each_word_list():
    assert set(r._LEAD_VERB_WORDS + r._LEAD_WORDS_ONLY) == set(r._LEAD_WORDS)
    assert set(r._LEAD_VERB_WORDS + r._LEAD_ROLE_WORDS_ONLY) == set(r._LEAD_ROLE_WORDS)


def test_one_scan_gives_the_offsets_of_both_word_lists():
    rng = random.Random(11)
    for _ in range(5000):
        s = "".join(rng.choices(_PIECES, k=rng.randint(0, 20)))
        assert r.lead_word_starts(s) == _plain(s), s


def test_real_sentences():
    for s in ["市应急局负责，市公安局为主办理：", "由县政府牵头负责，各有关部门按职责分工负责。", "以属地为主。主辦單位：縣應急局"]:
        assert r.lead_word_starts(s) == _plain(s), s
