"""Fast forms of the responsibilities step agree with the plain forms they replace.

* ``_refs`` writes each record's dictionary directly: its assignments equal, field for
  field and in ``repr``, the ones the dataclass constructors build;
* ``split_outside_brackets`` cuts a text with no opening bracket by ``Pattern.split``:
  the pieces are those of the plain walk over every character.
"""
from __future__ import annotations

import random
import re

from graph.model import Assignment, Basis, DepartmentRef, Role, Span
from loaders import names, responsibility
from loaders.clauses import COOP, LEAD, Found
from loaders.structure import parse_structure


def _plain_refs(unit, base, found, ev, text, plan):
    """What _refs built with the constructors (the form before the records were written directly)."""
    out = []
    for f in found:
        span = Span(base + f.start, base + f.end) if f.end > f.start else Span(base, base)
        mention = text[f.start:f.end] if f.end > f.start else ""
        ref = DepartmentRef(f.name, mention, span, None, responsibility._is_group(f.name))
        basis = {b.value: b for b in Basis}.get(f.basis, Basis.SUBJECT)
        out.append(Assignment(unit.id, ref, Role.LEAD if f.role == LEAD else Role.COOP, basis,
                              text[ev[0]:ev[1]], Span(base + ev[0], base + ev[1]), plan.id))
    return tuple(out)


def test_refs_are_the_constructed_assignments():
    doc = parse_structure("一、规划目标\n1.生产安全事故死亡人数下降15%（省应急厅牵头，市公安局、各区政府按职责分工负责）。\n", source="x")
    plan = doc.plans[0]
    unit = plan.units[0]
    text = unit.text
    found = [Found("省应急厅", 15, 19, LEAD, "clause"), Found("市公安局", 22, 26, COOP, "clause"),
             Found("各区政府", 27, 31, COOP, "nonesuch"), Found("开发区应急分局", 0, 0, LEAD, "ownership"),
             Found("市、区政府", 3, 8, COOP, "subject")]
    for base in (0, unit.span.start, 1000):
        for ev in ((0, len(text)), (14, len(text) - 1)):
            fast = responsibility._refs(unit, base, found, ev, text, plan)
            plain = _plain_refs(unit, base, found, ev, text, plan)
            assert fast == plain and repr(fast) == repr(plain)
            assert [list(vars(a)) for a in fast] == [list(vars(a)) for a in plain]
            assert [list(vars(a.department)) for a in fast] == [list(vars(a.department)) for a in plain]
    assert responsibility._refs(unit, 0, [], (0, 1), text, plan) == ()


def test_split_outside_brackets_is_the_walk_over_every_character():
    rng = random.Random(11)
    pieces = ["市公安局", "局", "队", "、", "，", ",", "；", ";", "。", "（", "(", "）", ")", " ", "\u3000", "\n", "和", "县(市、区)"]
    for sep in (names._LIST_SEP, re.compile(r"[，,；;。]"), re.compile(r"，|、")):
        for _ in range(4000):
            s = "".join(rng.choices(pieces, k=rng.randint(0, 16)))
            # _split_outside_by_char: the plain walk, one character at a time
            assert names.split_outside_brackets(s, sep) == names._split_outside_by_char(s, sep), (s, sep.pattern)


_SELF = re.compile(r"^(?:我局|本局|我委|本委|我办|本办|我厅|本厅|我部|本部门|我部门)$")


def test_own_words_are_the_anchored_pattern():
    rng = random.Random(5)
    pieces = ["我", "本", "局", "委", "办", "厅", "部", "部门", "\n", " ", "市"]
    for _ in range(20000):
        s = "".join(rng.choices(pieces, k=rng.randint(0, 5)))
        found = [Found(s, 0, len(s), LEAD, "subject")]
        kept = responsibility._finish(found, None, None)
        assert (kept == []) == bool(_SELF.match(s)) or not s, repr(s)


def test_found_and_name_without_the_class_call_are_the_constructed_ones():
    from loaders.clauses import found_of
    from loaders.names import Name, _name_of

    f = found_of(("省应急厅", 3, 7, LEAD, "clause"))
    assert type(f) is Found and f == Found("省应急厅", 3, 7, LEAD, "clause") and repr(f) == repr(Found("省应急厅", 3, 7, LEAD, "clause"))
    assert f.name == "省应急厅" and f.basis == "clause" and f._replace(start=4).start == 4
    n = _name_of(("市公安局", 0, 4))
    assert type(n) is Name and n == Name("市公安局", 0, 4) and repr(n) == repr(Name("市公安局", 0, 4)) and n.end == 4
