"""The fast paths of the structure step give what the plain regular expressions give.

Each fast path (a first-character test, a scan for the year before the full pattern,
a search for the character before an inline mark) is checked against the plain
form on random strings over the characters that matter to it.
"""
from __future__ import annotations

import random
import re

from loaders import blocks, deadlines, headings

_SEEDS = range(3000)


def _strings(alphabet, max_len: int = 24):
    """Random strings of up to ``max_len`` pieces drawn from ``alphabet`` (characters or words)."""
    for seed in _SEEDS:
        rng = random.Random(seed)
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))


def test_deadline_scan_finds_what_finditer_finds():
    alphabet = ["到", "至", "截至", "力争", "确保", " ", "\u3000", "\n", "2024", "1999", "20", "2", "2024年", "2025 年",
                "年", "月", "日", "12", "3", "13", "底", "前", "以前", "完成", "基本", "上半年", "中", "末", "x"]
    for s in _strings(alphabet, 12):
        fast = [(m.span(), m.groupdict()) for m in deadlines._matches(s)]
        plain = [(m.span(), m.groupdict()) for m in deadlines._DEADLINE.finditer(s)]
        assert fast == plain, s


# the inline marks as look-behinds: a cut is where the mark begins
_AFTER_SPACE = re.compile(
    r"(?<=[ \t\u3000\u00a0])(?=第[一二三四五六七八九十百\d]+[章条]|[一二三四五六七八九十]+、|"
    r"[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?![\d%])|[（(]\d{1,2}[)）]|[①-⑳])"
)
_AFTER_STOP = re.compile(
    r"(?<=[。；;！：:])\s*(?=第[一二三四五六七八九十百\d]+条|[（(][一二三四五六七八九十]+[)）]|"
    r"\d{1,2}[.．、](?![\d%])|[（(]\d{1,2}[)）]|[①-⑳])"
)
_DUTY = re.compile(
    r"(?:(?<=[ \t\u3000])|(?<=[。；;]))(?=[^\s：:，,。；;、（）()“”《》]{1,24}?" + headings._ORG_TAIL + r"[：:])"
)


def _cuts_by_look_behind(text: str, s: int, e: int, stops: bool) -> list[int]:
    cuts = {m.start() for m in _AFTER_SPACE.finditer(text, s, e)}
    if stops:
        cuts |= {m.end() for m in _AFTER_STOP.finditer(text, s, e)}
    cuts |= {m.start() for m in _DUTY.finditer(text, s, e)}
    cuts.discard(s)
    return sorted(cuts)


def test_inline_cuts_are_the_look_behind_cuts():
    alphabet = " \t\u3000。；：:1２.、（）(一二第条章①局厅委应急：x\n"
    found = 0
    for seed, text in enumerate(_strings(alphabet, 20)):
        rng = random.Random(seed)
        spans = [(0, len(text))] + [sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
                                    for _ in range(4)]
        for s, e in spans:
            for stops in (False, True):
                cuts = blocks._cuts(text, s, e, stops)
                assert cuts == _cuts_by_look_behind(text, s, e, stops), (text, s, e, stops)
                found += bool(cuts)
    assert found > 500


def test_furniture_lines_pass_the_first_character_test():
    words = ["关闭窗口", "打印本页", "【", "】", "字体：", "大", " ", "中", "小", "|", "返回顶部", "x", "分享到"]
    for seed in _SEEDS:
        rng = random.Random(seed)
        line = "".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        if blocks.is_chrome(line):
            assert blocks._may_be_chrome(line, 0, len(line)), line


def test_a_shared_marker_is_the_marker_read_afresh():
    alphabet = "第一二十章条+-_,、（）(1２.．2026年①是加强 "
    for s in _strings(alphabet, 10):
        m = headings._MARKER_RE.match(s)
        assert headings.marker_at(s, 0, len(s)) == (headings._marker(m, 0) if m else None), s


def test_cut_pieces_decide_the_structure_and_classify_as_afresh(seed_paths):
    """The structure shows before pieces are joined, and a second cut with stops that
    copies the first cut's classifications gives the pieces it would give alone."""
    from loaders.parts import has_plan_structure
    from loaders.reading import read_text

    for path in seed_paths.values():
        text, _ = read_text(path)
        for seed in range(3):  # the document, then two shuffles of its lines
            if seed:
                rows = text.splitlines()
                random.Random(seed).shuffle(rows)
                text = "\n".join(rows)
            spans = blocks.lines(text)
            toc = blocks.toc_lines(text, spans)
            cut = blocks.cut_pieces(text, spans, toc)
            joined = blocks.pieces(text, skip=toc, spans=spans)
            assert has_plan_structure(cut) == has_plan_structure(joined)
            assert blocks.cut_pieces(text, spans, toc, True, like=cut) == blocks.cut_pieces(text, spans, toc, True)
