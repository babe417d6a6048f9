"""The resolver finds a name's function and committee by looking up the name's prefixes:
the same answer as trying every stem (or alias) of the table, longest first."""
from __future__ import annotations

import random

import pytest

from graph.resolve import _SUFFIX, Resolver


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


def _function_by_every_stem(resolver: Resolver, core: str) -> str | None:
    """``Resolver._function_of`` as first written: every stem in turn, longest first."""
    body = _SUFFIX.sub("", core) or core
    for stem, fn in resolver._stems:
        if body == stem or body.startswith(stem) and _SUFFIX.fullmatch(body[len(stem):] or "局"):
            return fn
    for stem, fn in resolver._stems:
        if len(stem) >= 2 and core.startswith(stem):
            return fn
    return None


def _committee_by_every_alias(resolver: Resolver, core: str) -> str | None:
    for alias, committee in resolver._committees:
        if core == alias or core.startswith(alias) and len(core) - len(alias) <= 1:
            return committee
    return None


def _cores(resolver: Resolver, n: int, seed: int = 11) -> list[str]:
    """Random cores: stems, aliases and suffixes of the table, pieces of them and other characters."""
    rng = random.Random(seed)
    words = [stem for stem, _ in resolver._stems] + [alias for alias, _ in resolver._committees]
    suffixes = ["局", "厅", "委", "办", "部门", "系统", "委员会", "办公室", "分局", "支队", "主管部门", ""]
    other = list("省市区县和管理安全生产工作的、等x")
    cores = ["", "局", "部门"]
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            w = rng.choice(words)
            parts.append(rng.choice([w, w, w[:rng.randint(1, len(w))], w[rng.randint(0, len(w) - 1):],
                                     rng.choice(suffixes), rng.choice(other)]))
        cores.append("".join(parts))
    return cores


def test_function_by_prefix_is_function_by_every_stem(resolver):
    for core in _cores(resolver, 30000):
        assert resolver._function_of(core) == _function_by_every_stem(resolver, core), core


def test_committee_by_lookup_is_committee_by_every_alias(resolver):
    for core in _cores(resolver, 30000, seed=12):
        assert resolver._committee(core) == _committee_by_every_alias(resolver, core), core


def test_every_stem_and_alias_of_the_table(resolver):
    for stem, _ in resolver._stems:
        for core in (stem, stem + "局", stem + "部门", stem + "x", "x" + stem, stem[:-1]):
            assert resolver._function_of(core) == _function_by_every_stem(resolver, core), core
    for alias, _ in resolver._committees:
        for core in (alias, alias + "x", alias + "xx", alias[:-1]):
            assert resolver._committee(core) == _committee_by_every_alias(resolver, core), core
