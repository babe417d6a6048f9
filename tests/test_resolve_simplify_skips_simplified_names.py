"""Resolver.simplify translates only names holding a traditional character: for every
name it gives what translating every name gives."""
from __future__ import annotations

import random
import tomllib

from graph.resolve import TABLE, Resolver


def test_simplify_is_the_translation_of_every_name():
    resolver = Resolver()
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    t2s = str.maketrans(data["traditional"], data["simplified"])
    rng = random.Random(3)
    alphabet = list(data["traditional"] + data["simplified"] + "省市县应急管理局厅委办公室、（）ab1\u3000")
    names = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    names += ["市經貿委", "辽宁省应急管理厅", "", "遼寧省應急管理廳"]
    for name in names:
        assert resolver.simplify(name) == name.translate(t2s), name
