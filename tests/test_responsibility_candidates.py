"""The statement candidates of one scan are those of a sentence-break scan and a comma scan."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.responsibility import _CANDIDATE

# the two scans the one-pass pattern stands for: a break ends after a sentence end and
# the space after it, or after space; a comma candidate follows a comma
_BREAK = re.compile(r"(?<=[。；;！？!?ꎮꎻ])\s*|\s+")
_COMMA = re.compile(r"[，,]")


def two_scans(text: str) -> list[tuple[int, bool]]:
    candidates = {m.end(): False for m in _BREAK.finditer(text)}
    for m in _COMMA.finditer(text):
        candidates.setdefault(m.end(), True)
    return [(at, candidates[at]) for at in sorted(candidates)]


def one_scan(text: str) -> list[tuple[int, bool]]:
    return [(m.end(), m.lastgroup == "comma") for m in _CANDIDATE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="。；;！？!?ꎮꎻ，, \n\t\u3000市局负责a1", max_size=30))
def test_one_scan_finds_the_candidates_of_two(text):
    assert one_scan(text) == two_scans(text)


def test_one_scan_on_a_duty_list():
    text = "（1）市公安局：负责治安。 （2）市卫生局，组织救援；\n市民政局负责安置"
    assert one_scan(text) == two_scans(text)
