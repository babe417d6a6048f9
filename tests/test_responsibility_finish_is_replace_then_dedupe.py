"""_finish replaces the issuer's own words and keeps each name once in one pass: the
same list as replacing first and then ``_dedupe`` (the two passes it replaced)."""
from __future__ import annotations

import random
import re

from loaders import responsibility
from loaders.clauses import COOP, LEAD, Found, _dedupe

_SELF = re.compile(r"^(?:我局|本局|我委|本委|我办|本办|我厅|本厅|我部|本部门|我部门)$")


def _two_passes(found, owner, issuer):
    out = []
    for f in found:
        if _SELF.match(f.name):
            who = owner or issuer
            if not who:
                continue
            f = Found(who, f.start, f.end, f.role, f.basis)
        out.append(f)
    return _dedupe(out)


def test_finish_is_replacing_then_deduplicating():
    rng = random.Random(3)
    names = ["我局", "本部门", "我局\n", "市公安局", "省应急厅", "", "市应急局", "我"]
    for _ in range(5000):
        found = [Found(rng.choice(names), rng.randint(0, 9), rng.randint(0, 9), rng.choice((LEAD, COOP)), "subject")
                 for _ in range(rng.randint(0, 6))]
        for owner, issuer in ((None, None), ("市应急局", None), (None, "市政府"), ("", "市公安局")):
            assert responsibility._finish(found, owner, issuer) == _two_passes(found, owner, issuer), (found, owner, issuer)

