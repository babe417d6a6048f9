"""Responsibility clauses: who leads and who co-operates, read from one piece of text.

Every parser returns :class:`Found` items: a name, its offsets in the text given, a
role (``lead`` / ``coop``) and the basis.  Offsets let the caller keep spans into the
document.  The role mapping follows the extraction contract:

>>> [(f.name, f.role) for f in parse_parenthetical("省应急厅牵头，省委组织部，省、中直负有安全生产监管职责的部门按职责分工负责")]
[('省应急厅', 'lead'), ('省委组织部', 'coop'), ('省、中直负有安全生产监管职责的部门', 'coop')]
>>> [(f.name, f.role) for f in parse_parenthetical("省交通运输厅、公安厅负责")]
[('省交通运输厅', 'lead'), ('省公安厅', 'lead')]
>>> [(f.name, f.role) for f in parse_labels("牵头单位：市经贸委；配合单位：市发改委、国土房管局")]
[('市经贸委', 'lead'), ('市发改委', 'coop'), ('市国土房管局', 'coop')]
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

from loaders.names import is_org_name, split_names, split_outside_brackets, strip_pinyin

LEAD, COOP = "lead", "coop"

_CLAUSE_SEP = re.compile(r"[，,；;。]")
# a role verb closing a segment: （…X牵头，Y按职责分工负责）
_SEG_VERB = re.compile(
    r"(?:等)?(?:(?:按|按照)(?:职责分工|職責分工|各自职责|职责|職責)|分工)?"
    r"(牵头|牽頭|负责|負責|主办|主辦|配合|参与|參與|参加|參加|协助|協助|协同|協同|会办|會辦|协管|協管|落实|落實|实施|實施)$"
)
# the longest text _SEG_VERB matches (等 + 按照 + 职责分工 + a verb): a match ends the
# segment, so searching its last _SEG_VERB_MAX characters finds the same match
_SEG_VERB_MAX = 9


def _seg_verb(seg: str) -> re.Match[str] | None:
    return _SEG_VERB.search(seg, max(0, len(seg) - _SEG_VERB_MAX))


COOP_VERBS = frozenset("配合 参与 參與 参加 參加 协助 協助 协同 協同 会办 會辦 协管 協管 落实 落實 实施 實施".split())

# the label words with what may follow them; a bracket before a label (【牵头单位】) is
# left out of the match: the readers use only its end and its word, and a pattern that
# begins with plain words lets the engine skip to the places where a word can start
_LABEL = re.compile(
    r"(牵头单位|牽頭單位|牵头部门|牽頭部門|主责单位|主責單位|责任单位|責任單位|责任部门|責任部門|"
    r"配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|参与单位|參與單位|参加单位|組成單位|组成单位|"
    r"(?:工作职责|工作職責))(?:[】\]]\s*[:：]?|\s*[:：])"
)
# every label ends in one of these nouns followed by a bracket or colon: a cheap test
# that lets most texts skip the long _LABEL alternation
_LABEL_END = re.compile(r"(?:单位|單位|部门|部門|职责|職責)(?:[】\]]|\s*[:：])")


def _may_hold_label(text: str) -> bool:
    """``_LABEL_END.search(text)``, asked only of texts holding a colon or a closing
    bracket (every label end has one): finding those is cheaper than the pattern's scan."""
    return ("：" in text or ":" in text or "】" in text or "]" in text) and _LABEL_END.search(text) is not None


_LABEL_ROLE = {
    "牵头": LEAD, "牽頭": LEAD, "主责": LEAD, "主責": LEAD, "责任": LEAD, "責任": LEAD, "组成": LEAD,
    "組成": LEAD, "配合": COOP, "协办": COOP, "協辦": COOP, "参与": COOP, "參與": COOP, "参加": COOP,
}
# a stop, a bracket, or a comma before the next field's short label (，责任人：): one
# character class first so that the engine skips to the characters an end can be
_VALUE_END = re.compile(r"[；;。\n【\[，,](?:(?<![，,])|(?=[^，,；;。:：]{1,8}[:：]))")


class Found(NamedTuple):
    """A department named in a clause: ``text[start:end]`` is its mention."""

    name: str
    start: int
    end: int
    role: str
    basis: str


# ``found_of((name, start, end, role, basis))`` is ``Found(name, start, end, role, basis)``
# without the class call through the NamedTuple's generated ``__new__`` (a Python
# function: some 1,800 instructions more a record, and the parser makes thousands)
found_of = partial(tuple.__new__, Found)


_VERB_START = re.compile(
    r"^(?:鼓励|發揮|发挥|构建|構建|引导|支持|推动|加强|完善|建立|健全|实现|开展|指导|督促|明确|落实|强化|提升|深化|"
    r"动员|选派|查实|整改|参照|查清|防|对|在|将|把|要|各类|所有)"
)


@lru_cache(maxsize=65536)
def plausible(name: str) -> bool:
    """Whether a list piece can be a department (not a verb phrase or a person).

    >>> plausible("省应急厅"), plausible("责任人"), plausible("发挥保险机构")
    (True, False, False)
    """
    return is_org_name(name) and not _VERB_START.match(name) and len(name) <= 40


def _names(text: str, offset: int, role: str, basis: str) -> list[Found]:
    return [found_of((name, offset + start, offset + end, role, basis)) for name, start, end in split_names(text) if plausible(name)]


def _segments(text: str) -> list[tuple[int, int]]:
    return split_outside_brackets(text, _CLAUSE_SEP)


_LABEL_NOUN = re.compile(r"单位|單位|部门|部門|职责|職責")


@lru_cache(maxsize=16384)
def has_role_words(text: str) -> bool:
    """Whether a parenthetical reads like a responsibility clause.

    >>> has_role_words("省市场监管局负责"), has_role_words("含快递仓储场所")
    (True, False)
    """
    t = strip_pinyin(text)
    if _may_hold_label(t) and _LABEL.search(t) and _LABEL_NOUN.search(t):
        return True
    for a, b in _segments(t):
        seg = t[a:b].strip()
        m = _seg_verb(seg)
        if m and is_org_name(seg[: m.start()].rstrip("等")):
            return True
    return False


def parse_parenthetical(text: str, basis: str = "clause") -> list[Found]:
    """Parse the inside of a responsibility parenthetical (rules 1–4 of the contract).

    >>> [(f.name, f.role) for f in parse_parenthetical("省应急厅负责,相关市政府落实")]
    [('省应急厅', 'lead'), ('相关市政府', 'coop')]
    >>> [(f.name, f.role) for f in parse_parenthetical("综合二科、各市场监管所、队")]
    [('综合二科', 'lead'), ('各市场监管所、队', 'lead')]
    """
    return list(_parse_parenthetical(text, basis))


@lru_cache(maxsize=16384)
def read_parenthetical(text: str) -> tuple[bool, tuple[Found, ...]]:
    """``has_role_words(text)`` and ``parse_parenthetical(text)``, read in one pass over
    the segments when the text holds no pinyin gloss (has_role_words reads it without).

    >>> read_parenthetical("省应急厅负责")
    (True, (Found(name='省应急厅', start=0, end=4, role='lead', basis='clause'),))
    >>> read_parenthetical("详见附件")
    (False, ())
    """
    if strip_pinyin(text) != text:
        return has_role_words(text), _parse_parenthetical(text, "clause")
    return _parenthetical(text, "clause")


@lru_cache(maxsize=16384)
def _parse_parenthetical(text: str, basis: str) -> tuple[Found, ...]:
    return _parenthetical(text, basis)[1]


def _parenthetical(text: str, basis: str) -> tuple[bool, tuple[Found, ...]]:
    """The names of a parenthetical and whether it reads like a responsibility clause
    (what has_role_words says of a text without pinyin glosses)."""
    role_words = False
    if _may_hold_label(text) and _LABEL.search(text):
        role_words = True  # every _LABEL match holds one of the _LABEL_NOUN words
        found = parse_labels(text)
        if found:
            return role_words, tuple(found)
    groups: list[tuple[int, int, str | None]] = []  # (start, end, verb) of name lists
    pending: int | None = None
    for a, b in _segments(text):
        seg = text[a:b].rstrip()
        m = _seg_verb(seg)
        start = a if pending is None else pending
        if m:
            groups.append((start, a + m.start(), m.group(1)))
            pending = None
            # has_role_words: the segment's names before its verb (seg.strip() holds the same match)
            role_words = role_words or is_org_name(seg[: m.start()].lstrip().rstrip("等"))
        elif is_org_name(seg.strip().rstrip("等")):
            pending = start
        # anything else (a person, a remark) is not a department list
    if pending is not None:
        groups.append((pending, len(text), None))
    if not groups:
        return role_words, ()
    verbs = [g[2] for g in groups]
    has_lead_word = any(v in ("牵头", "牽頭", "主办", "主辦") for v in verbs)
    out: list[Found] = []
    first_lead_done = False
    for a, b, verb in groups:
        if has_lead_word:
            role = LEAD if verb in ("牵头", "牽頭", "主办", "主辦") else COOP
        elif verb in COOP_VERBS:
            role = COOP
        elif not first_lead_done:
            role = LEAD
            first_lead_done = True
        else:
            role = COOP
        out.extend(_names(text[a:b], a, role, basis))
    return role_words, tuple(_dedupe(out))


_MEMBERS = re.compile(
    r"由(?P<list>[^。；;：:由]{2,200}?)(?:等)?(?:[\d一二三四五六七八九十]+个)?(?:部门|部門|单位|單位|成员单位|成員單位)?"
    r"(?:共同)?(?:组成|組成)[，,]\s*(?P<lead>[^，,。；;]{2,30}?)(?:为|為|任|是)(?:牵头|牽頭)(?:单位|單位|部门|部門)"
)
_LEAD_THEN = re.compile(
    r"(?P<lead>[^，,。；;：:]{2,30}?)(?:为|為)(?:牵头|牽頭)(?:单位|單位|部门|部門)[，,；;]\s*"
    r"(?P<list>[^，,。；;：:]{2,200}?)(?:等)?(?:为|為)(?:成员|成員|配合|协办|協辦|参与|參與)(?:单位|單位|部门|部門)"
)


_IS_LEAD = re.compile(r"[为為任是](?:牵头|牽頭)(?:单位|單位|部门|部門)")


def _names_its_lead(text: str) -> bool:
    """``_IS_LEAD.search(text)``, asked only of texts holding 牵头/牽頭: finding a word
    is much cheaper than trying the pattern's leading character class at every place."""
    return ("牵头" in text or "牽頭" in text) and _IS_LEAD.search(text) is not None
# 由X牵头，A、B…等单位组成: a working group whose lead is named before its members.
_LED_MEMBERS = re.compile(
    r"由(?P<lead>[^，,。；;：:由]{2,30}?)(?:牵头|牽頭)[，,]\s*(?P<list>[^。；;：:]{2,400}?)(?:共同)?(?:组成|組成)"
)
_MEMBER_TAIL = re.compile(
    r"等?(?:[\d一二三四五六七八九十]+个)?(?:有关|有關|相关|相關)?(?:成员单位|成員單位|单位|單位|部门|部門)?等?\s*$"
)
_MEMBER_PIECE = re.compile(r"[^，,]+")


def _members(text: str, offset: int) -> list[Found]:
    """Members of a group list, co-operating: ``公安局、武警等部门，事发地政府等``."""
    out = []
    for piece in _MEMBER_PIECE.finditer(text):
        body = _MEMBER_TAIL.sub("", piece.group())
        out.extend(f for f in _names(body, offset + piece.start(), COOP, "label") if is_org_name(f.name) and not _BARE_UNIT.match(f.name))
    return out


_BARE_UNIT = re.compile(r"^(?:单位|單位|部门|部門|成员单位|成員單位)$")


def parse_membership(text: str) -> list[Found]:
    """Member lists naming their lead: 由A、B…等N个部门组成，A为牵头单位 / A为牵头单位，B、C为成员单位.

    >>> [(f.name, f.role) for f in parse_membership("联席会议由省安监局、省经信委、公安厅等3个部门组成,省安监局为牵头单位。")]
    [('省安监局', 'lead'), ('省经信委', 'coop'), ('省公安厅', 'coop')]
    >>> [(f.name, f.role) for f in parse_membership("市应急局为牵头单位，市公安局、交通局为成员单位。")]
    [('市应急局', 'lead'), ('市公安局', 'coop'), ('市交通局', 'coop')]
    >>> [(f.name, f.role) for f in parse_membership("（1）保障组。由市财政局牵头，市审计局、民政局等单位，属地政府等组成，负责经费。")]
    [('市财政局', 'lead'), ('市审计局', 'coop'), ('市民政局', 'coop'), ('属地政府', 'coop')]
    """
    if not _names_its_lead(text):  # both forms name their lead with …为牵头单位
        led = _LED_MEMBERS.search(text) if "组成" in text or "組成" in text else None
        if not led:
            return []
        lead = _names(led.group("lead"), led.start("lead"), LEAD, "label")
        return _dedupe(lead + _members(led.group("list"), led.start("list"))) if lead else []
    m = (_MEMBERS.search(text) if "组成" in text or "組成" in text else None) or _LEAD_THEN.search(text)
    if not m:
        return []
    lead = _names(m.group("lead"), m.start("lead"), LEAD, "label")
    if not lead:
        return []
    return _dedupe(lead + _names(m.group("list"), m.start("list"), COOP, "label"))


def parse_labels(text: str) -> list[Found]:
    """Labelled fields: 牵头单位：/配合单位：/责任单位：/【牵头单位】/组成单位 …

    >>> [(f.name, f.role) for f in parse_labels("责任单位：区建设局，责任人：徐国庆")]
    [('区建设局', 'lead')]
    >>> [(f.name, f.role) for f in parse_labels("工作职责：市规划局牵头，各有关部门配合，责任人：郝忠")]
    [('市规划局', 'lead'), ('各有关部门', 'coop')]
    """
    return list(_parse_labels(text))


def labels_of(text: str) -> tuple[Found, ...]:
    """:func:`parse_labels` as a tuple, read without the cache: a unit's text is read once
    (looking it up would only hash it and evict an entry), and most cannot hold a label.

    >>> labels_of("加强监管。"), [f.name for f in labels_of("责任单位：区建设局")]
    ((), ['区建设局'])
    """
    return _labels_in(text) if _may_hold_label(text) else ()


def _labels_in(text: str) -> tuple[Found, ...]:
    """The labelled fields of a text that may hold one (:func:`_may_hold_label`)."""
    labels = list(_LABEL.finditer(text))
    if not labels:
        return ()
    has_lead_label = any(m.group(1)[:2] in ("牵头", "牽頭") for m in labels)
    out: list[Found] = []
    for m in labels:
        end = _VALUE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        value = text[m.end():stop]
        key = m.group(1)[:2]
        if key in ("工作", "职责", "職責"):
            inner = value_strip_persons(value)
            out.extend(
                Found(f.name, f.start + m.end(), f.end + m.end(), f.role, "label")
                for f in parse_parenthetical(inner, "label")
            )
            continue
        role = _LABEL_ROLE.get(key, LEAD)
        if role == LEAD and key not in ("牵头", "牽頭") and has_lead_label:
            role = COOP
        out.extend(_names(value, m.end(), role, "label"))
    return tuple(_dedupe(out))


_parse_labels = lru_cache(maxsize=1024)(labels_of)

_PERSON_FIELD = re.compile(r"[，,]?(?:责任人|負責人|负责人|責任人|联系人)[:：]")


def value_strip_persons(value: str) -> str:
    """Cut a labelled value before a person field (责任人：/负责人：).

    >>> value_strip_persons("市规划局牵头，各有关部门配合，责任人：郝忠")
    '市规划局牵头，各有关部门配合'
    """
    m = _PERSON_FIELD.search(value)
    return value[: m.start()] if m else value


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the first role of each name; a name is never both lead and coop."""
    seen: set[str] = set()
    out = []
    for f in found:
        if f.name and f.name not in seen:
            seen.add(f.name)
            out.append(f)
    return out
