"""Responsibility extraction: for every unit, which departments lead and which co-operate.

The step between structure and resolution::

    extract_responsibilities(doc) -> doc   # units get Assignments (role, basis, evidence, span)

Forms, tried in this order for each unit (see docs/extraction.md):

1. a trailing parenthetical ``（省应急厅牵头，…按职责分工负责）`` (basis ``clause``);
2. labelled fields ``牵头单位：… 配合单位：…`` (``label``);
3. inside a department's sub-plan: the owner leads, partners named inline co-operate,
   ``配合X做好…`` makes X lead (``ownership`` / ``inline``);
4. sentences: ``X负责…``, ``由X负责，Y配合``, ``X会同Y…``, duty lists ``X：负责…``
   (``subject`` / ``duty_list``); a unit holding several such statements is split
   into sub-units ``{unit.id}-{k}``;
5. a header that names a department (``（三十六）质监部门。`` / ``第八条 X工作职责：``)
   scopes the numbered items under it (``duty_list``).

>>> found, _ = analyse("生产安全事故死亡人数下降15%（省应急厅牵头，省、中直负有安全生产监管职责的部门按职责分工负责）。")
>>> [(f.name, f.role) for f in found]
[('省应急厅', 'lead'), ('省、中直负有安全生产监管职责的部门', 'coop')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from graph.model import Assignment, Basis, DepartmentRef, PlanDocument, Plan, Role, Span, Unit, UnitKind
from graph.records import BUILDERS, replace_field, replace_fields

if TYPE_CHECKING:
    from graph.resolve import Resolver
from loaders.clauses import COOP, LEAD, Found, found_of, labels_of, parse_membership, read_parenthetical
from loaders.fields import FIELD_LINE
from loaders.names import PINYIN_LETTERS, is_org_name, without_pinyin
from loaders.script import back_to_text, to_simplified, traditional_class
from loaders.subjects import (
    NUMBERING,
    _LEAD_ROLE_VERBS,
    _clause_roles,
    _ONLY_COOP_AT,
    _ROLE_VERB,
    clause_subject,
    inline_partners,
    name_list_end,
    parse_statement,
    strip_numbering,
    subject_marks,
    subject_roles,
)
from loaders.names import split_names

_TRAILING_PAREN = re.compile(r"[（(]([^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*)[)）][\s。.；;，,]*(?:【[^【】\n]{0,12}】\s*)*$")
# the issuer's own words for itself (我局); a name is one of them, as ``^(?:…)$`` matched
# (``$`` also before a final newline), when it or it without that newline is in the set
# what _TRAILING_PAREN lets follow the closing bracket besides 【…】 notes: white space
# (the characters \s and str.isspace match, all below U+3001) and these stops
_WHITE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_AFTER_PAREN = _WHITE_SPACE + "。.；;，,"
# \s as a class of its characters, to open a pattern: the engine skips to the characters
# of a leading class of characters, but tries a leading \s (a category) at every offset
_SPACE_CLASS = f"[{re.escape(_WHITE_SPACE)}]"


def trailing_paren(text: str) -> re.Match[str] | None:
    """``_TRAILING_PAREN.search(text)``, asked only of a text that ends, before any
    white space and stops, with a closing bracket (or the 】 of a note): the pattern's
    scan tries every opening bracket of the text, and most units have no parenthetical.

    >>> trailing_paren("加强监管（市应急局牵头）。").group(1), trailing_paren("加强（重点）监管。")
    ('市应急局牵头', None)
    """
    if not closes_last(text):
        return None
    return _TRAILING_PAREN.search(text)


def closes_last(text: str) -> bool:
    """``text.rstrip(_AFTER_PAREN).endswith((")", "）", "】"))``, stripping only the last
    few characters (most units end with one stop): no copy of the whole text.

    >>> closes_last("加强监管（市应急局牵头）。 "), closes_last("加强（重点）监管。"), closes_last("。")
    (True, False, False)
    """
    tail = text[-8:].rstrip(_AFTER_PAREN)
    if not tail and len(text) > 8:  # the last 8 characters all stops or white space
        tail = text.rstrip(_AFTER_PAREN)
    return tail.endswith((")", "）", "】"))


_SELF_NAMES = frozenset("我局 本局 我委 本委 我办 本办 我厅 本厅 我部 本部门 我部门".split())
_SENT = re.compile(r"[。；;！？!?ꎮꎻ]")
_HEADER = re.compile(r"^(?P<name>.{2,30}?)(?:的|工作)?(?:职责|職責|工作职责)?[。.:：]?$")
_CATEGORY = re.compile(r"^(?:成员|成員|组成|組成|责任|責任|牵头|牽頭|配合|参与|參與|协办|協辦)?(?:单位|單位|部门|部門)$")
_ROLE = {LEAD: Role.LEAD, COOP: Role.COOP}


class _BasisOf(dict):
    """basis word → Basis, ``Basis.SUBJECT`` for a word that names none (as
    ``{b.value: b for b in Basis}.get(word) or Basis.SUBJECT``, in one subscript)."""

    def __missing__(self, word: str) -> Basis:
        return Basis.SUBJECT


_BASIS = _BasisOf({b.value: b for b in Basis})


def analyse(text: str, owner: str | None = None, issuer: str | None = None) -> tuple[list[Found], tuple[int, int]]:
    """Who leads and who co-operates in one unit's text, and the evidence span in it.

    >>> f, _ = analyse("1.加强校园安全。联合有关部门开展检查。", owner="开发区教育部门")
    >>> [(x.name, x.role) for x in f]
    [('开发区教育部门', 'lead'), ('有关部门', 'coop')]
    >>> f, _ = analyse("10.配合上级应急管理部门对企业开展专家指导服务。", owner="开发区应急分局")
    >>> [(x.name, x.role) for x in f]
    [('上级应急管理部门', 'lead'), ('开发区应急分局', 'coop')]
    """
    return _analyse(text, owner, issuer, trailing_paren(text))


def _analyse(text: str, owner: str | None, issuer: str | None, m: re.Match[str] | None,
             labels: tuple[Found, ...] | None = None) -> tuple[list[Found], tuple[int, int]]:
    """:func:`analyse` with the text's trailing parenthetical (:func:`trailing_paren`)
    already searched and, when not None, its labelled fields (``labels_of``) read."""
    role_words, inner = read_parenthetical(m.group(1)) if m else (False, ())
    if m and (role_words or _org_list(m.group(1))):
        by = m.start(1)
        found = [found_of((name, start + by, end + by, role, basis)) for name, start, end, role, basis in inner]
        if owner:
            found += inline_partners(text[: m.start()])
        return _finish(found, owner, issuer), (m.start(), m.end())
    # a unit's text is read once: labels_of, not the cached parse_labels (a lookup that only misses)
    labels = parse_membership(text) or (labels_of(text) if labels is None else labels)
    if labels:
        return _finish(labels, owner, issuer), (0, len(text))
    if owner:
        return _finish(_owned(text, owner), owner, issuer), (0, len(text))
    return _finish(parse_statement(text), owner, issuer), (0, len(text))


@lru_cache(maxsize=16384)
def _clause_names(inside: str) -> tuple[Found, ...] | None:
    """What :func:`_analyse` finds in a unit without an owner whose trailing parenthetical
    holds ``inside``, offsets in ``inside``, when that needs nothing of the unit: the
    parenthetical names bodies and :func:`_finish` leaves its names as they are (none is
    the issuer's own words, each named once).  None: take the general path.

    >>> [(f.name, f.start, f.role) for f in _clause_names("省应急厅牵头，省公安厅配合")]
    [('省应急厅', 0, 'lead'), ('省公安厅', 7, 'coop')]
    >>> _clause_names("我局牵头"), _clause_names("2021年")
    (None, None)
    """
    role_words, inner = read_parenthetical(inside)
    if inner and (role_words or _org_list(inside)) and _finish(list(inner), None, None) == list(inner):
        return inner
    return None


_LIST_MARK = re.compile(r"[、，,]")
_NOT_LIST = re.compile(r"[：:。；;]|以下|简称|簡稱|含|包括")
_FULL_STOP = re.compile(r"[。]")
_HEADER_STOP = re.compile(r"[，,。；;]")
_GROUP_HEAD = re.compile(r"^(?:各|有关|有關|相关|相關|其他|其它)")


@lru_cache(maxsize=16384)
def _org_list(text: str) -> bool:
    """A parenthetical that is only a list of bodies: （综合二科、各市场监管所、队）."""
    if not _LIST_MARK.search(text) or _NOT_LIST.search(text):
        return False
    names = split_names(text)
    return bool(names) and all(is_org_name(n.name) for n in names)


def _owned(text: str, owner: str) -> list[Found]:
    """An item of the owner's sub-plan (rule 7)."""
    pos = strip_numbering(text)
    starts = [pos]
    first_end = _FULL_STOP.search(text, pos)
    if first_end and first_end.end() - pos <= 40:  # a title sentence: （二）加强重点环节隐患排查整治。
        starts.append(first_end.end())
    for at in starts:
        only = _ONLY_COOP_AT.match(text, at)
        if only and only.group(1) in ("配合", "协助", "協助"):
            x = only.end()
            end = name_list_end(text, x)
            if end > x:
                leads = [found_of((name, x + a, x + b, LEAD, "inline")) for name, a, b in split_names(text[x:end])]
                return leads + [found_of((owner, 0, 0, COOP, "ownership"))]
    return [found_of((owner, 0, 0, LEAD, "ownership"))] + inline_partners(text, with_assist=True)


def _finish(found: list[Found], owner: str | None, issuer: str | None) -> list[Found]:
    """The names found with the issuer's own words (我局) replaced by the owner or issuer
    (dropped without either), each name kept once: ``_dedupe`` of the replaced list,
    done in the same pass."""
    out = []
    seen: set[str] = set()
    for f in found:
        name = f[0]
        if name in _SELF_NAMES or (name.endswith("\n") and name[:-1] in _SELF_NAMES):
            name = owner or issuer
            if not name:
                continue
            f = Found(name, f.start, f.end, f.role, f.basis)
        if name and name not in seen:
            seen.add(name)
            out.append(f)
    return out


_NUMBERING_AT = re.compile(NUMBERING.pattern.removeprefix("^"))  # strip_numbering at an offset
# \s+(?=…) written \s\s* with a class of characters first (_SPACE_CLASS)
_INLINE_NUMBER = re.compile(_SPACE_CLASS + r"\s*(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|\d+(?:\.\d+)+|\d{1,2}[、.．](?!\d))")
# statements start after a comma (``comma``), a sentence end with the space after it, or space:
# (?P<comma>[，,])|[。；;！？!?ꎮꎻ]\s*|\s+ written with one leading character class, so that
# the regex engine skips to the characters a candidate starts with (\s spelt out, as in _SPACE_CLASS)
_CANDIDATE = re.compile(f"[，,。；;！？!?ꎮꎻ{re.escape(_WHITE_SPACE)}]" r"(?:(?<=[，,])(?P<comma>)|\s*)")
# _CANDIDATE in a text without white space: every candidate is one of these characters
_CANDIDATE_CHAR = re.compile(r"[，,。；;！？!?ꎮꎻ]")
_COMMAS = ("，", ",")
_LEAD_VERBS = ("负责", "負責", "牵头", "牽頭", "主办", "主辦", "：", "职责")
# the lead words: no lead word overlaps another or itself, so every occurrence is a match
# of their alternation; of the lead role words, _lead_clause only needs the first one at
# or after an offset (为主 and 主办 overlap)
_LEAD_WORDS = ("负责", "負責", "牵头", "牽頭", "主办", "主辦", "职责", "職責", ":", "：")
_LEAD_ROLE_WORDS = _LEAD_ROLE_VERBS  # the verbs that make a role clause's bodies lead
# the words both hold, and the rest of each: the three groups of _LEAD_WORD_AT
_LEAD_VERB_WORDS = tuple(w for w in _LEAD_WORDS if w in _LEAD_ROLE_WORDS)
_LEAD_WORDS_ONLY = tuple(w for w in _LEAD_WORDS if w not in _LEAD_ROLE_WORDS)
_LEAD_ROLE_WORDS_ONLY = tuple(w for w in _LEAD_ROLE_WORDS if w not in _LEAD_WORDS)


def _at_word(words: tuple[str, ...]) -> str:
    """A pattern matching the first character of any of ``words`` (one character, so that
    overlapping words such as 为主 and 主办 in 为主办 are all found)."""
    return "|".join(f"(?<={re.escape(w[0])})" + (f"(?={re.escape(w[1:])})" if w[1:] else "") for w in words)


# the offsets of the lead words and of the lead verbs in one scan: one character class
# first, which the engine skips to, then which of the three parts the word belongs to
# (group 1: both lists, 2: lead words only, 3: lead verbs only)
_LEAD_WORD_AT = re.compile(
    "[" + re.escape("".join(sorted({w[0] for w in _LEAD_WORDS + _LEAD_ROLE_WORDS}))) + "]"
    f"(?:({_at_word(_LEAD_VERB_WORDS)})|({_at_word(_LEAD_WORDS_ONLY)})|({_at_word(_LEAD_ROLE_WORDS_ONLY)}))"
)


def statement_starts(text: str, labelled: bool = False) -> list[int]:
    """Offsets where a new statement with its own subject begins (0 always included).

    >>> t = "省卫生厅：组织医疗救援。 省安监局：负责督促指导。"
    >>> statement_starts(t)
    [0, 13]
    >>> t = "（2）各街道办事处负责早夜市的管理，执法三大队负责摊点群的管理，其它相关部门协管。"
    >>> [t[i:i + 5] for i in statement_starts(t)]
    ['（2）各街', '执法三大队']
    >>> statement_starts("（三）道路交通安全专项整治，由公安部门负责，有关部门配合。")
    [0]
    """
    spaced = has_space(text)
    # _INLINE_NUMBER and the space candidates of _CANDIDATE need white space; most units have none
    numbered = {m.end() for m in _INLINE_NUMBER.finditer(text)} if spaced else set()
    if labelled:
        starts = [0]
        for at in sorted(numbered):
            # fields written before their item (【牵头单位】X\n1.…) open the item's statement
            if not FIELD_LINE.match(text[starts[-1]:at].lstrip()):
                starts.append(at)
        return starts
    if not spaced and _opens_nothing(text):
        return [0]
    # find_subject reads only the clause at a candidate, so a clause without one of the
    # marks it needs is skipped; after a comma only a lead verb (or colon, 职责) counts
    marks = subject_marks(text)
    lead_words, lead_verbs = lead_word_starts(text)
    if not marks and not lead_verbs and not numbered:
        # without a subject mark no clause has a subject (find_subject needs one), so a
        # statement can only open at a numbering or a sentence with a lead verb
        return [0]
    lead_marks = lead_words if "，" in text or "," in text else []
    # every test below needs a mark, a lead word, a lead verb or a numbering at or after
    # the candidate: past the last of them no candidate opens a statement
    last = max(marks[-1] if marks else -1, lead_marks[-1] if lead_marks else -1,
               lead_verbs[-1] if lead_verbs else -1)
    if numbered:  # (most texts have none: no max over an empty set)
        last = max(last, max(numbered))
    starts = [0]
    glued = -1  # where the last subject found ends when white space parts it from its verb
    candidates = _CANDIDATE.finditer(text) if spaced else _CANDIDATE_CHAR.finditer(text)
    for candidate in candidates:
        at = candidate.end()
        if at > last:
            break
        if at >= len(text) or at <= starts[-1] or candidate.start() == glued:
            continue  # (the space of ``X 负责`` opens nothing, as X负责 holds no candidate)
        comma = text[at - 1] in _COMMAS  # a candidate ends with its comma or is none
        clause_marks = lead_marks if comma else marks
        if not clause_marks or clause_marks[-1] < at:  # no mark from here on: no subject
            subj = None
        else:
            numbering = _NUMBERING_AT.match(text, at)
            pos = numbering.end() if numbering else at
            subj = clause_subject(text, clause_marks, pos)
        if subj is None:
            if not comma:
                if at in numbered:
                    starts.append(at)
                    continue
                if _lead_clause(text, at, lead_verbs):
                    starts.append(at)
            continue
        glued = subj[1]
        if comma and subj[2] not in _LEAD_VERBS:
            continue
        starts.append(at)
    if len(starts) > 1 and not (_may_hold_statement(text, starts[1], marks) and _has_statement(text[: starts[1]])):
        starts.pop(1)  # an opening without a statement of its own belongs to the next one
    return starts


def _opens_nothing(text: str) -> bool:
    """Whether no candidate of a text without white space can open a statement, found with
    two searches rather than the candidate loop of :func:`statement_starts`: its candidates
    are then its candidate characters, one that ends the text opens nothing, and the loop
    stops before the first other one when no subject mark, lead word or lead verb (the
    words of _LEAD_WORD_AT) lies at or after it.  (A one-sentence duty, ``（7）市文旅局：
    负责…；建立…。``, is settled here; its subject marks are the ones parse_statement reads.)

    >>> _opens_nothing("（7）市文旅局：负责培训；建立健全制度。"), _opens_nothing("加强巡查，市公安局负责督办。")
    (True, False)
    """
    first = _CANDIDATE_CHAR.search(text, 0, len(text) - 1)
    if first is None:
        return True
    at = first.end()
    marks = subject_marks(text)
    return (not marks or marks[-1] < at) and _LEAD_WORD_AT.search(text, at) is None


def has_space(text: str) -> bool:
    """Whether ``text`` holds white space (what ``\\s`` matches), found without a regex scan.

    >>> has_space("市公安局负责"), has_space("市公安局\\u3000负责"), has_space(" ")
    (False, True, True)
    """
    return text.split() != [text] if text else False


def lead_word_starts(text: str) -> tuple[list[int], list[int]]:
    """The sorted offsets of every occurrence of the lead words (:data:`_LEAD_WORDS`) and
    of the lead verbs (:data:`_LEAD_ROLE_WORDS`) in ``text``, found in one scan rather than
    a ``str.find`` loop for each of the words.

    >>> lead_word_starts("市应急局负责，市公安局为主办理：")
    ([4, 12, 15], [4, 11, 12])
    """
    words: list[int] = []
    verbs: list[int] = []
    for m in _LEAD_WORD_AT.finditer(text):
        part = m.lastindex
        if part != 3:
            words.append(m.start())
        if part != 2:
            verbs.append(m.start())
    return words, verbs


def _lead_clause(text: str, at: int, lead_verbs: list[int]) -> bool:
    """Whether the sentence at ``at`` names a lead (only one with a lead verb in it can);
    ``lead_verbs`` are the offsets of the lead verbs (_LEAD_ROLE_WORDS) in ``text``."""
    i = bisect_left(lead_verbs, at)
    if i == len(lead_verbs):
        return False
    end = _SENT.search(text, at)
    stop = end.end() if end else len(text)
    return lead_verbs[i] < stop and _has_lead(text[at:stop])


@lru_cache(maxsize=16384)
def _has_lead(sentence: str) -> bool:
    return any(f.role == LEAD for f in _clause_roles(sentence, 0))


def _may_hold_statement(text: str, end: int, marks: tuple[int, ...]) -> bool:
    """Whether ``text[:end]`` can hold a statement: parse_statement names bodies only
    through a subject (find_subject, which needs a subject mark; ``marks`` are those of
    the whole text, a superset of the opening's) or a role verb (_clause_roles)."""
    return bool(marks and marks[0] < end) or _ROLE_VERB.search(text, 0, end) is not None


def _has_statement(text: str) -> bool:
    return bool(parse_statement(text))


@lru_cache(maxsize=16384)
def header_owner(title: str) -> str | None:
    """The department a heading names (``质监部门。``, ``区公安分局工作职责：``), if any.

    >>> header_owner("质监部门。"), header_owner("市林业局。"), header_owner("加强安全监管")
    ('质监部门', '市林业局', None)
    >>> header_owner("市、县(市、区)人民政府的职责")
    '市、县(市、区)人民政府'
    """
    t = title.strip()
    t = t[strip_numbering(t):]
    m = _HEADER.match(t)
    if not m:
        return None
    name = m.group("name")
    if not is_org_name(name) or _HEADER_STOP.search(name) or _CATEGORY.match(name):
        return None
    return name


def _scoped_owner(unit: Unit) -> str | None:
    for title in reversed(unit.section_path):
        name = header_owner(title)
        if name:
            return name
    return None


# the records of _refs built without the frozen dataclass __init__ (graph.records.builder)
_span = BUILDERS[Span]  # offsets in order
_ref = BUILDERS[DepartmentRef]
_assignment = BUILDERS[Assignment]


class DepartmentIds(dict):
    """name → (its department's id, whether a reference to it is a group) in the plans of
    one jurisdiction (of one document), resolved on first use.

    >>> from graph.resolve import Resolver
    >>> DepartmentIds(Resolver(), "辽宁省")["省应急厅"]
    ('dept:辽宁省:应急管理', False)
    """

    def __init__(self, resolver: Resolver, jurisdiction: str | None) -> None:
        super().__init__()
        self.resolve = resolver.resolve
        self.jurisdiction = jurisdiction

    def __missing__(self, name: str) -> tuple[str, bool]:
        dept = self.resolve(name, self.jurisdiction)
        # what resolve_departments writes into a reference: its department's group flag
        # kept when the reference itself already reads as a group
        target = self[name] = (dept.id, dept.is_group or _is_group(name))
        return target


def _refs(unit: Unit, base: int, found: Sequence[Found], ev: tuple[int, int], text: str, plan: Plan,
          ids: DepartmentIds | None = None, shift: int = 0) -> tuple[Assignment, ...]:
    """The assignments of ``found``, whose offsets are in ``text[shift:]``; with ``ids``,
    each reference points at its department."""
    if not found:
        return ()
    out = []
    ev_start, ev_end = ev
    evidence = text[ev_start:ev_end]
    unit_span = unit.span
    if base + ev_start == unit_span.start and base + ev_end == unit_span.end:
        ev_span = unit_span  # evidence the whole unit (most units): its span, not an equal copy
    else:
        ev_span = _span(base + ev_start, base + ev_end)
    empty_span = None  # the one span of the references without a mention, built on first use
    unit_id, plan_id = unit.id, plan.id
    basis_of = _BASIS
    at = base + shift
    for name, start, end, role, basis in found:
        if end > start:
            span = _span(at + start, at + end)
            mention = text[shift + start:shift + end]
        else:
            if empty_span is None:
                empty_span = _span(base, base)
            span = empty_span
            mention = ""
        # DepartmentRef(name, mention, span, department_id, is_group)
        if ids is None:
            ref = _ref(name, mention, span, None, _is_group(name))
        else:  # as resolve_departments writes it
            department_id, is_group = ids[name]
            ref = _ref(name, mention, span, department_id, is_group)
        # Assignment(unit_id, department, role, basis, evidence, evidence_span, plan_id)
        out.append(_assignment(unit_id, ref, _ROLE[role], basis_of[basis], evidence, ev_span,
                               plan_id))
    return tuple(out)


@lru_cache(maxsize=16384)
def _is_group(name: str) -> bool:
    return bool(_GROUP_HEAD.match(name) or "、" in name or "成员单位" in name)


_ANNOUNCES = re.compile(r"(?:职责|職責)\s*[:：]\s*$")


def announced_owner(text: str) -> str | None:
    """A unit that only announces a body's duties (``第三十四条 市林业局工作职责：``).

    >>> announced_owner("第十二条 区水务局工作职责："), announced_owner("加强监管职责：")
    ('区水务局', None)
    """
    if not text.rstrip().endswith((":", "：")):  # what _ANNOUNCES ends with
        return None
    return header_owner(text) if _ANNOUNCES.search(text) else None


def _owner_names(found: list[Found], scoped: str) -> list[Found]:
    """A scoped owner naming several bodies (``国资、商务、供销部门。``) gives each of them."""
    if "、" not in scoped:
        return found
    parts = [n.name for n in split_names(scoped)]
    out = []
    for f in found:
        out.extend([Found(n, f.start, f.end, f.role, f.basis) for n in parts] if f.name == scoped else [f])
    return out


def extract_unit(unit: Unit, doc_text: str, plan: Plan, issuer: str | None, announced: str | None = None,
                 *, glossed_doc: bool = True, ids: DepartmentIds | None = None) -> list[Unit]:
    """Assignments of one unit; a unit holding several statements becomes sub-units.

    ``glossed_doc=False`` says ``doc_text`` holds no pinyin gloss and no traditional
    character, so no unit cut from it does (the per-unit test is skipped).  With ``ids``
    the references point at their departments already (see :class:`DepartmentIds`).
    """
    text, span = unit.text, unit.span
    base = span.start
    if unit.number.isdigit() and unit.kind is UnitKind.TASK and unit.title:
        # a duty table's row (loaders.duty_tables.duty_rows: no numbering mark is digits alone)
        row = _row_found(text, unit.number, unit.title, plan.owner or issuer)
        if row is not None:
            return [replace_field(unit, "assignments", _refs(unit, base, row, (0, len(text)), text, plan, ids))]
    if glossed_doc and _glossed(text) and _in_place(text, span, doc_text):
        # 設(shè)置 / 負責: match on a clean simplified copy, keep spans and names on the text
        return _extract_glossed(unit, doc_text, plan, issuer, announced)
    owner = plan.owner
    paren = trailing_paren(text)
    if paren and not owner:
        # most such units: a trailing clause (…（省应急厅牵头，…）) whose names stand as read
        names = _clause_names(paren.group(1))
        if names is not None:
            return [replace_field(unit, "assignments", _refs(unit, base, names, paren.span(), text, plan, ids,
                                                             paren.start(1)))]
    labels = None  # the unit's labelled fields, when read here already
    if not owner and not paren:
        labels = labels_of(text)
        starts = statement_starts(text, labelled=bool(labels)) if _in_place(text, span, doc_text) else [0]
        if len(starts) > 1:
            subs = []
            bounds = starts + [len(text)]
            for k, (a, b) in enumerate(zip(bounds, bounds[1:]), 1):
                while b > a and text[b - 1].isspace():
                    b -= 1
                while a < b and text[a].isspace():
                    a += 1
                if b <= a:
                    continue
                sub = replace_fields(unit, id=f"{unit.id}-{k}", text=text[a:b], span=Span(base + a, base + b), assignments=())
                subs.extend(extract_unit(sub, doc_text, plan, issuer, announced, glossed_doc=glossed_doc, ids=ids))
            return subs
    found, ev = _analyse(text, owner or None, issuer, paren, labels)
    scoped = None if found or owner else (_scoped_owner(unit) or announced)
    if scoped:
        found, ev = _analyse(text, scoped, issuer, paren, labels)
        found = [Found(f.name, f.start, f.end, f.role, "duty_list" if f.basis == "ownership" else f.basis) for f in found]
        found = _owner_names(found, scoped)
    if not found and not unit.assignments:
        return [unit]  # nothing to write: the unit as it is equals its copy
    # replace_field: replace_fields for one field of a plain record, without keywords or checks
    return [replace_field(unit, "assignments", _refs(unit, base, found, ev, text, plan, ids))]


def _row_found(text: str, number: str, name: str, issuer: str | None) -> list[Found] | None:
    """The roles of a duty table's row whose unit cell names ``name`` (on the line
    ``number name …``), its duty cell being the rest of the row's lines: the body leads
    its duty, or co-operates where the duty only takes part (``按照职责配合做好…``), as
    the subject of ``name：duty`` would.  None: the row line is not in the text.

    >>> t = "按照职责配合做好抢险救援工\\n16 市水利局\\n作ꎻ完成市指挥部安排的其它工作ꎮ"
    >>> [(f.name, t[f.start:f.end], f.role) for f in _row_found(t, "16", "市水利局", None)]
    [('市水利局', '市水利局', 'coop')]
    """
    m = _row_line(number, name).search(text)
    if m is None:
        return None
    at, name_end = m.end(), m.end() + len(name)
    # name：duty, the duty's lines (above and below the row line) joined without white space
    pos = list(range(at, name_end)) + [name_end]
    pos += [k for k in range(m.start(1)) if not text[k].isspace()]
    pos += [k for k in range(name_end, len(text)) if not text[k].isspace()]
    joined = name + "：" + "".join(text[k] for k in pos[len(name) + 1:])
    found = subject_roles(joined, [Found(name, 0, len(name), LEAD, "duty_list")], len(name), "：", "duty_list")
    out = []
    for f in _finish(found, None, issuer):
        if f.end > f.start:  # offsets in the joined text back onto the row's text
            f = Found(f.name, pos[f.start], pos[f.end - 1] + 1, f.role, f.basis)
        out.append(f)
    return out


@lru_cache(maxsize=1024)
def _row_line(number: str, name: str) -> re.Pattern[str]:
    """A row line's opening: the row number at a line start, white space, the name."""
    return re.compile(rf"(?:^|(?<=\n))({re.escape(number)})[ \t\u3000\xa0]+(?={re.escape(name)})")


def _in_place(text: str, span: Span, doc_text: str) -> bool:
    """Whether ``doc_text[span.start:span.end] == text``, without copying the slice (an
    empty text equals an empty slice); asked only where a unit's reading depends on it."""
    return span.end - span.start == len(text) and (not text or doc_text.startswith(text, span.start))


def _glossed(text: str) -> bool:
    """Whether ``text`` holds a pinyin gloss or a traditional character: ``has_pinyin(text)
    or has_traditional(text)`` in one scan of the text rather than two.

    >>> _glossed("市經(jīng)贸委"), _glossed("縣政府"), _glossed("市公安局（牵头）")
    (True, True, False)
    """
    return _gloss_or_traditional().search(text) is not None


@lru_cache(maxsize=1)
def _gloss_or_traditional() -> re.Pattern[str]:
    """A pinyin gloss (names._PINYIN) or a traditional character (script.has_traditional):
    one character class first, which the engine skips to (an opening bracket or a
    traditional character, none of them a bracket), then a gloss's letters after a bracket."""
    return re.compile(f"[（({traditional_class()}](?:(?<![（(])|[{PINYIN_LETTERS}]{{1,8}}[)）])")


def _extract_glossed(unit: Unit, doc_text: str, plan: Plan, issuer: str | None, announced: str | None) -> list[Unit]:
    """Assignments of a unit with pinyin glosses or traditional characters, found on its
    clean simplified copy (same offsets as the text without glosses)."""
    written, at = without_pinyin(unit.text)
    clean = to_simplified(written)
    base = unit.span.start
    shadow = replace_fields(unit, text=clean, span=Span(0, len(clean)))
    out = []
    for sub in extract_unit(shadow, clean, plan, issuer, announced):
        a, b = at[sub.span.start], at[sub.span.end]
        refs = []
        for x in sub.assignments:
            span = Span(base + at[x.department.span.start], base + at[x.department.span.end])
            ev = Span(base + at[x.evidence_span.start], base + at[x.evidence_span.end])
            name = back_to_text(x.department.name, clean, written)
            dept = replace_fields(x.department, name=name, span=span, mention=doc_text[span.start:span.end])
            refs.append(replace_fields(x, department=dept, evidence=doc_text[ev.start:ev.end], evidence_span=ev))
        out.append(replace_fields(sub, text=doc_text[base + a:base + b], span=Span(base + a, base + b),
                                  assignments=tuple(refs)))
    return out


def extract_responsibilities(doc: PlanDocument, resolver: Resolver | None = None) -> PlanDocument:
    """Fill every unit's assignments (and split multi-statement units into sub-units).

    With a ``resolver``, each department reference is written pointing at its department
    (``department_id`` and ``is_group`` as :func:`graph.resolve.resolve_departments` with
    that resolver sets them), so that resolution has no record to rebuild; resolution is
    still what gathers the document's departments and reports unknown names.
    """
    issuer = doc.plan.issuer
    text = doc.text
    glossed_doc = _glossed(text)  # once per document, not once per unit
    plans = []
    ids_by_place: dict[str | None, DepartmentIds] = {}  # the plans of one jurisdiction share theirs
    for plan in doc.plans:
        ids = None
        if resolver:
            place = plan.jurisdiction or doc.plan.jurisdiction
            ids = ids_by_place.get(place)
            if ids is None:
                ids = ids_by_place[place] = DepartmentIds(resolver, place)
        units: list[Unit] = []
        announced = None  # 第N条 X工作职责： scopes the items after it until the next such line
        plan_issuer = plan.issuer or issuer
        for unit in plan.units:
            here = announced_owner(unit.text)
            units.extend(extract_unit(unit, text, plan, plan_issuer, None if here else announced,
                                      glossed_doc=glossed_doc, ids=ids))
            announced = here or announced
        plans.append(replace_fields(plan, units=tuple(units)))
    return replace_fields(doc, plans=tuple(plans))
