"""The plan model: frozen dataclasses between loaders and stores.

Loaders build these objects from text; stores, exporters and audits consume them.
Nothing here does I/O.  Every fact carries its provenance: the plan it comes from,
the section path above it and a character span into the document text *as read*
(after decoding, before any normalisation), so ``doc.text[span.start:span.end]``
is always the evidence.

>>> s = Span(3, 7)
>>> "辽宁省应急厅牵头"[s.start:s.end]
'应急厅牵'
>>> Unit.make_id("plan-0123456789abcdef", 4)
'plan-0123456789abcdef-u0004'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache


class UnitKind(str, Enum):
    """What a unit is: the things a safety office tracks."""

    TARGET = "target"
    TASK = "task"
    KEY_PROJECT = "key_project"


class Role(str, Enum):
    """A department's part in a unit."""

    LEAD = "lead"  # 牵头 / 负责
    COOP = "coop"  # 配合 / 参与 / 协助


class Basis(str, Enum):
    """How an assignment was found in the text."""

    CLAUSE = "clause"  # trailing parenthetical: （省应急厅牵头，…配合）
    LABEL = "label"  # labelled field: 牵头单位：… / 责任单位：…
    SUBJECT = "subject"  # sentence subject: 市公安局负责… / X会同Y…
    DUTY_LIST = "duty_list"  # header-scoped list: （n）X：负责… / 第八条 X工作职责：
    OWNERSHIP = "ownership"  # item of a department's sub-plan with no statement of its own
    INLINE = "inline"  # a partner named inside an item: 配合X / 会同X / 与X协作


class DepartmentKind(str, Enum):
    """What kind of body a department is."""

    GOVERNMENT = "government"  # 政府部门: 省应急厅, 市住建局
    PARTY = "party"  # 党委机构: 省委组织部
    VERTICAL = "vertical"  # 垂直管理/中直单位: 辽宁海事局, 国家矿山安全监察局辽宁局
    ENTERPRISE = "enterprise"  # 企业: 电力公司
    FIRE_RESCUE = "fire_rescue"  # 消防救援队伍
    GOVERNMENT_BODY = "government_body"  # 人民政府 / 管委会 / 镇街
    COMMITTEE = "committee"  # 安委会 / 安委办 / 指挥部
    COLLECTIVE = "collective"  # 省、中直负有安全生产监管职责的部门 / 各县区政府
    GENERIC = "generic"  # 有关部门 / 交通运输部门: a function, not a named body
    UNKNOWN = "unknown"


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the document text as read."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}..{self.end}: need 0 <= start <= end")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Deadline:
    """A time limit written inside a unit: 2024年底前 → year 2024, month 12."""

    text: str
    year: int
    month: int | None
    span: Span


@dataclass(frozen=True)
class Indicator:
    """The measurable part of a target: 生产安全事故死亡人数 下降15%.

    ``direction`` is one of ``down`` (下降/降低/减少), ``up`` (提高/增长/达到),
    ``lt`` (<, 低于, 控制在…以下), ``le`` (≤, 不高于), ``gt``, ``ge``, ``eq`` or None.
    ``binding`` is 约束性 or 预期性 where the document says so.
    ``baselines`` are (column, value) pairs from a table row (2010年实际数 → 259).
    """

    indicator: str
    value: str
    direction: str | None = None
    binding: str | None = None
    unit: str | None = None
    baselines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DepartmentRef:
    """A department as one assignment names it.

    ``name`` is the name as written with abbreviated shared prefixes and suffixes
    expanded (省工业和信息化厅、应急厅 → 省应急厅) and a trailing 等 dropped.
    ``mention`` is the literal text, ``span`` where it stands.  ``department_id``
    is filled by the resolver: the canonical department (or group) it names.
    """

    name: str
    mention: str
    span: Span
    department_id: str | None = None
    is_group: bool = False


@dataclass(frozen=True)
class Assignment:
    """One department's role in one unit, with the clause that says so."""

    unit_id: str
    department: DepartmentRef
    role: Role
    basis: Basis
    evidence: str  # the clause itself, e.g. （省应急厅牵头，省司法厅…按职责分工负责）
    evidence_span: Span
    plan_id: str


@dataclass(frozen=True)
class SectorTag:
    """A unit's sector (行业领域), with why it was given: ``heading`` (its section or
    sub-plan title names the sector) or ``text`` (its own words do), and the words."""

    sector_id: str  # a concept of the sector scheme in ontology.ttl, e.g. "hazardous-chemicals"
    reason: str  # heading | text
    matched: str  # the words that matched: 危险化学品


@dataclass(frozen=True)
class Section:
    """A heading and its place in the heading tree.

    ``number`` is the numbering as written (一、 / （一） / 1. …), ``title`` the
    heading without it; ``path`` the titles of the headings above and including
    this one, outermost first.
    """

    id: str
    plan_id: str
    number: str
    title: str
    level: int
    path: tuple[str, ...]
    span: Span
    is_toc: bool = False  # an entry of a table of contents, not content

    @property
    def heading(self) -> str:
        return f"{self.number}{self.title}"

    @staticmethod
    def make_id(plan_id: str, index: int) -> str:
        return f"{plan_id}-s{index:04d}"


@dataclass(frozen=True)
class Unit:
    """A target, task or key project: the thing departments are assigned to."""

    id: str
    plan_id: str
    kind: UnitKind
    text: str  # the unit's own text as it stands in the document (== span.slice(doc.text))
    section_path: tuple[str, ...]
    span: Span
    number: str = ""  # its own numbering as written (1. / （三） / ①), if any
    title: str = ""  # a heading or lead-in the unit carries (key project titles, 1.提高全民安全素质)
    deadlines: tuple[Deadline, ...] = ()
    indicator: Indicator | None = None  # targets only
    assignments: tuple[Assignment, ...] = ()
    sectors: tuple[SectorTag, ...] = ()

    @staticmethod
    def make_id(plan_id: str, index: int) -> str:
        return f"{plan_id}-u{index:04d}"

    def departments(self, role: Role) -> tuple[DepartmentRef, ...]:
        return tuple(a.department for a in self.assignments if a.role is role)


@dataclass(frozen=True)
class Plan:
    """A plan document, or one sub-plan of a compilation.

    ``id`` is a stable hash of the normalised text (see :func:`plan_id`); a sub-plan's
    id is its parent's id with ``-p`` and its number.  ``owner`` is the department a
    sub-plan belongs to (its name as the document or its table of contents gives it).
    """

    id: str
    title: str | None
    source: str | None = None
    issuer: str | None = None
    doc_number: str | None = None  # 辽安委办〔2021〕101号
    date: str | None = None  # ISO date of signing, 2021-12-28
    published: str | None = None
    jurisdiction: str | None = None  # 辽宁省, 南昌市, 通辽经济技术开发区
    status: str | None = None  # 送审稿, 征求意见稿 …
    parent_id: str | None = None
    number: int | None = None  # a sub-plan's number in its compilation
    owner: str | None = None
    owner_id: str | None = None  # filled by the resolver
    span: Span | None = None  # where a sub-plan stands in the document text
    sections: tuple[Section, ...] = ()
    units: tuple[Unit, ...] = ()

    @staticmethod
    def make_subplan_id(parent_id: str, number: int) -> str:
        return f"{parent_id}-p{number:02d}"


@dataclass(frozen=True)
class Issue:
    """Something a loader or resolver passed over or found odd, with why (never silent)."""

    code: str  # e.g. unresolved-department, unit-without-heading, odd-clause
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class Department:
    """A canonical department (or a collective group) after resolution."""

    id: str
    name: str  # the canonical full name: 辽宁省应急管理厅
    kind: DepartmentKind
    jurisdiction: str | None = None
    function: str | None = None  # 应急管理, 公安, 住房和城乡建设 …
    aliases: tuple[str, ...] = ()  # every spelling seen for it
    resolved: bool = True  # False: not in the function table; listed for a person to extend

    @property
    def is_group(self) -> bool:
        return self.kind is DepartmentKind.COLLECTIVE


@dataclass(frozen=True)
class PlanDocument:
    """Everything read from one file: its text, its plans and what was passed over.

    ``plans[0]`` is the document itself; a compilation's sub-plans follow it, each
    with ``parent_id`` pointing at it.  All spans index into ``text``.
    """

    text: str
    plans: tuple[Plan, ...]
    source: str | None = None
    encoding: str | None = None
    departments: tuple[Department, ...] = ()  # filled by the resolver
    issues: tuple[Issue, ...] = field(default=())

    @property
    def plan(self) -> Plan:
        return self.plans[0]

    @property
    def id(self) -> str:
        return self.plans[0].id

    def units(self) -> tuple[Unit, ...]:
        return tuple(u for p in self.plans for u in p.units)

    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(a for u in self.units() for a in u.assignments)


# Characters NFKC never changes: ASCII, most CJK punctuation and the CJK ideographs.
# Only the runs of other characters are normalised, which is 4× faster on Chinese text.
# (the ideographs first: a class tests its ranges in order, and they are most characters)
_NEVER_CHANGES = r"\u4e00-\u9fff\x00-\x7f\u3001-\u3035\u303b-\u303f"
_MAY_CHANGE_UNDER_NFKC = re.compile(f"[^{_NEVER_CHANGES}]+")
# Blocks (code point ranges) whose characters compose with no character before them,
# except the combining marks among them: Latin-1 and Latin Extended, general punctuation
# to miscellaneous symbols, CJK symbols and kana, enclosed CJK and CJK compatibility,
# CJK compatibility forms, half- and full-width forms.
_FREE_BLOCKS = ((0x80, 0x300), (0x2000, 0x2C00), (0x3000, 0x3100), (0x3200, 0x3400), (0xFE30, 0xFE70),
                (0xFF00, 0xFFF0))
# Full-width punctuation that nearly every Chinese text holds, found by ``in`` rather
# than one by one by a scan, and quotes and dashes NFKC leaves as they are.
_COMMON_WIDE = "，（）：；？！％\u3000"
_COMMON_KEPT = "“”‘’—·"
# a character NFKC may change, but none of the common ones
_ODD = re.compile(f"[^{_NEVER_CHANGES}{_COMMON_WIDE}{_COMMON_KEPT}]")


def normalise_text(text: str) -> str:
    """The text a plan id is computed from: NFKC, no white space.

    Two copies of one plan that differ only in encoding, line breaks, indentation or
    full/half-width punctuation get the same id.  NFKC is applied to every run of
    characters outside ASCII, CJK punctuation and CJK ideographs (the same result as
    NFKC of the whole text except for combining marks on ASCII letters).

    >>> normalise_text("（一） 加强\\r\\n监管") == normalise_text("(一)加强监管")
    True
    """
    alone = _changed_alone(text)
    if alone is None:
        text = _MAY_CHANGE_UNDER_NFKC.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    else:
        # fast path: NFKC of a run is its characters' own NFKC, one after another
        for c in alone:
            text = text.replace(c, unicodedata.normalize("NFKC", c))
    return "".join(text.split())


def _changed_alone(text: str) -> set[str] | None:
    """The characters of ``text`` that NFKC may change (all but :data:`_NEVER_CHANGES` and
    :data:`_COMMON_KEPT`), or None unless each of them is normalised alone (:func:`_alone`)."""
    found = set(_ODD.findall(text))
    if not all(map(_alone, found)):
        return None
    found.update(c for c in _COMMON_WIDE if c in text)
    return found


@lru_cache(maxsize=4096)
def _alone(c: str) -> bool:
    """Whether NFKC of any run of such characters is their own NFKC, one after another:
    ``c`` and the characters of its compatibility decomposition are no combining marks
    and stand in :data:`_NEVER_CHANGES` or :data:`_FREE_BLOCKS`.  Nothing in such a run
    composes or is reordered, so its NFKC is the decomposition of each character.

    >>> _alone("，"), _alone("①"), _alone("é"), _alone("ㄱ")
    (True, True, False, False)
    """
    decomposed = unicodedata.normalize("NFKD", c)
    return unicodedata.normalize("NFKC", c) == decomposed and all(map(_free, c + decomposed))


def _free(c: str) -> bool:
    if unicodedata.combining(c):
        return False
    if _NEVER_CHANGES_CHAR.match(c):
        return True
    point = ord(c)
    return any(start <= point < end for start, end in _FREE_BLOCKS)


_NEVER_CHANGES_CHAR = re.compile(f"[{_NEVER_CHANGES}]")


def plan_id(text: str) -> str:
    """Stable id of a plan: ``plan-`` and 16 hex digits of SHA-256 of the normalised text.

    >>> plan_id("一、规划目标") == plan_id("一、 规划目标\\n")
    True
    >>> plan_id("一、规划目标")[:5]
    'plan-'
    """
    return f"plan-{content_hash(text)[:16]}"


@lru_cache(maxsize=8)
def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text; a plan id is its first 16 digits.

    Kept for the last few texts: reading, parsing and writing a document each ask.

    When all the white space NFKC leaves is ASCII (the characters that change are
    normalised alone and none becomes other white space), it is deleted from the
    encoded text by ``bytes.translate``: the bytes of :func:`normalise_text`, without
    splitting the text into words and joining them (a sixth less time).
    """
    alone = _changed_alone(text)
    wide = {} if alone is None else {c: unicodedata.normalize("NFKC", c) for c in alone}
    if alone is None or any(c.isspace() and not c.isascii() for n in wide.values() for c in n):
        return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    for c, n in wide.items():
        text = text.replace(c, n)
    ascii_space = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "  # the ASCII characters str.isspace holds
    return hashlib.sha256(text.encode("utf-8").translate(None, ascii_space)).hexdigest()
