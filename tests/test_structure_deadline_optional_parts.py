"""The deadline pattern written with empty alternatives matches as the one written with ``?``."""
from __future__ import annotations

import random
import re

from loaders import deadlines

_WITH_OPTIONAL = re.compile(
    r"(?P<pre>到|至|于|在|截至|截止|力争|确保)?\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*"
    r"(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?)?"
    r"(?P<suf>上半年|下半年|年底|底|末|年中|中)?"
    r"(?P<before>前|以前|之前|完成|全面|基本|实现|建成)?"
)


def test_empty_alternatives_match_as_optional_groups():
    alphabet = ["到", "至", "截至", "截", "力争", "确保", " ", "\n", "2024", "1999", "20", "2", "年", "月", "日", "12",
                "3", "底", "前", "以前", "完成", "全面", "上半年", "下半年", "年中", "中", "末", "x"]
    for seed in range(5000):
        rng = random.Random(seed)
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        got = [(m.span(), m.regs, [g or None for g in m.groups()]) for m in deadlines._DEADLINE.finditer(s)]
        want = [(m.span(), m.regs, list(m.groups())) for m in _WITH_OPTIONAL.finditer(s)]
        assert [(a, c) for a, _, c in got] == [(a, c) for a, _, c in want], s
        # where a group takes part, it spans the same characters
        for (_, regs, groups), (_, plain_regs, _) in zip(got, want):
            assert [r for r, g in zip(regs[1:], groups) if g] == [r for r, g in zip(plain_regs[1:], groups) if g], s
