"""coop_roles reads a duty clause by clause only when a co-operation verb follows: it
finds the co-operating bodies _clause_roles finds, on random texts and real sentences."""
from __future__ import annotations

import random

from loaders.clauses import COOP
from loaders.subjects import _LEAD_ROLE_VERBS, _ROLE_VERB, _clause_roles, coop_roles

SENTENCES = [
    "市公安局负责治安，市交通局配合。",
    "县应急局牵头，各乡镇政府、有关部门按职责分工负责。",
    "由市卫健委负责，市民政局参与，市红十字会协助做好救助工作。",
    "各区政府负责组织实施，负责督促检查；市有关部门协管。",
    "市林业局：负责森林防火；配合做好应急处置，参加联合检查。",
    "以辖区政府为主，市消防支队会办，相关单位协管。",
]


def _plain(text: str, pos: int):
    return [f for f in _clause_roles(text, pos) if f.role == COOP]


def test_lead_verbs_are_role_verbs():
    assert set(_LEAD_ROLE_VERBS) <= set(_ROLE_VERB.pattern.split("|"))


def test_coop_roles_is_clause_roles_coop_part():
    for text in SENTENCES:
        for pos in range(len(text) + 1):
            assert coop_roles(text, pos) == _plain(text, pos), (text, pos)
    rng = random.Random(5)
    pieces = ["市公安局", "各区政府", "有关部门", "由", "以", "等", "为主", "按职责", "负责", "牵头", "配合", "参与",
              "協助", "会办", "协管", "，", "；", "。", "做好", "检查", "和", "、"]
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        assert coop_roles(text, pos) == _plain(text, pos), (text, pos)
