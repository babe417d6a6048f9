"""The fast forms resolve.py uses agree with the obvious ones they replace: a Department
built from its dictionary is the one its __init__ builds, the vertical-agency search is
``any(word in name ...)``, the ``__dict__`` setters are ``object.__setattr__``."""
from __future__ import annotations

import random

from graph.model import Assignment, Department, DepartmentKind, DepartmentRef, Plan, Span, Unit
from graph.records import dict_setter, new
from graph.resolve import Resolver, _department


def test_department_from_its_dictionary_is_the_one_init_builds():
    args = [
        ("org:武警", "武警", DepartmentKind.VERTICAL, None, None, ("武警",)),
        ("dept:辽宁省:应急管理", "辽宁省应急管理厅", DepartmentKind.GOVERNMENT, "辽宁省", "应急管理", ("省应急厅",)),
        ("dept:?:name:某某中心", "某某中心", DepartmentKind.UNKNOWN, "?", None, ("某某中心",), False),
    ]
    for a in args:
        fast, slow = _department(*a), Department(*a)
        assert fast == slow and repr(fast) == repr(slow) and fast.__dict__ == slow.__dict__
        assert list(fast.__dict__) == list(slow.__dict__) and hash(repr(fast)) == hash(repr(slow))


def test_vertical_search_is_any_word_in_the_name():
    r = Resolver()
    rng = random.Random(3)
    pieces = list(r._vertical) + [w[:2] for w in r._vertical] + ["省", "市", "应急", "局", "海", "事", "关"]
    for _ in range(20000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        assert bool(r._vertical_search(name)) == any(w in name for w in r._vertical), name


def test_party_ending_precheck_is_any_stem_ending():
    r = Resolver()
    for core in ["组织部", "市委宣传部", "应急管理局", "党工委", "委员会", ""] + [s + "x" for s in r._party]:
        assert core.endswith(r._party_endings) == any(core.endswith(s) for s in r._party)


def test_dict_setters_set_what_object_setattr_sets():
    for cls, fields in [(DepartmentRef, {"name": "a", "mention": "a", "span": Span(0, 1), "department_id": None,
                                         "is_group": False}),
                        (Department, {"id": "x", "name": "y", "kind": DepartmentKind.COLLECTIVE,
                                      "jurisdiction": None, "function": None, "aliases": (), "resolved": True})]:
        fast, slow = new(cls), new(cls)
        dict_setter(cls)(fast, dict(fields))
        object.__setattr__(slow, "__dict__", dict(fields))
        assert fast == slow and repr(fast) == repr(slow)
    for cls in (Assignment, Unit, Plan):
        assert dict_setter(cls) is not None
