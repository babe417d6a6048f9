"""The sector scan skips texts without a sector word and starts at the run of word
characters that holds the first one: it reports what a scan of the whole text reports."""
from __future__ import annotations

import random

from graph.sectors import _automaton, _hits, _word_sectors, classify_text, find


def _whole_scan(text: str) -> list:
    return [(end, (word, ids)) for end, (word, ids) in _automaton().iter_long(text) if ids]


def _texts(n: int, seed: int = 7) -> list[str]:
    """Random texts of scheme words, pieces of them, their characters and other characters."""
    rng = random.Random(seed)
    words = sorted(_word_sectors())
    chars = sorted(set("".join(words)))
    other = list("，。、（）：；的和加强开展工作企业安全管理\u3000ab1")
    pieces = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 8)):
            w = rng.choice(words)
            parts.append(rng.choice([w, w[:rng.randint(1, len(w))], w[rng.randint(0, len(w) - 1):],
                                     rng.choice(chars), rng.choice(other), rng.choice(other) * 2]))
        pieces.append("".join(parts))
    return pieces


def test_scan_reports_what_the_whole_scan_reports():
    for text in _texts(20000):
        assert [h for h in _hits(text) if h[1][1]] == _whole_scan(text), text


def test_real_texts(seed_paths):
    for path in seed_paths.values():
        for line in path.read_text(encoding="utf-8").splitlines():
            assert [h for h in _hits(line) if h[1][1]] == _whole_scan(line)


def test_find_and_classify_text_on_words_next_to_each_other():
    assert [m.word for m in find("交通运输安全生产")] == [w for _, (w, _) in _whole_scan("交通运输安全生产")]
    assert classify_text("") == () and find("") == []
