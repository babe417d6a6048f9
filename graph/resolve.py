"""Department resolution: every name an assignment uses → one canonical department.

The function table is data (``graph/data/departments.toml``, with a ``version``).  A
name is read as *jurisdiction prefix* + *core* + *body suffix*; the core is looked up
among the stems of each function (longest stem wins), the jurisdiction comes from
the name itself or, for a bare 省/市/区 or none, from the document (Plan.jurisdiction).

Ids (see docs/extraction.md): ``dept:{jurisdiction}:{function}`` for a government
department, ``dept:{jurisdiction}:party:{stem}`` for a party organ,
``dept:{jurisdiction}:committee:{name}`` for 安委会 / 安委办 / 指挥部,
``group:{jurisdiction}:{name}`` for collectives and generic references,
``org:{name}`` for vertical agencies, enterprises and other bodies named in full, and
``dept:{jurisdiction}:name:{name}`` for a name the table does not know (resolved=False).

>>> r = Resolver()
>>> r.resolve("省应急厅", "辽宁省").id == r.resolve("辽宁省应急管理厅", "辽宁省").id == "dept:辽宁省:应急管理"
True
>>> r.resolve("大连市应急管理局", "辽宁省").id
'dept:大连市:应急管理'
>>> r.resolve("省安委会", "辽宁省").id == r.resolve("省安委办", "辽宁省").id
False
>>> r.resolve("省、中直负有安全生产监管职责的部门", "辽宁省").kind.value
'collective'
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from graph.model import Assignment, Department, DepartmentKind, DepartmentRef, Issue, PlanDocument
from graph.records import record, replace_field, replace_fields

TABLE = Path(__file__).with_name("data") / "departments.toml"

_LEVEL = re.compile(r"^(?:[\u3400-\u9fff]{2,10}?(?:自治区|自治州|经济技术开发区|开发区|新区|省|市|区|县|州|旗|盟)|[省市区县州旗盟]|开发区)")
_NOT_LEVEL = ("市场", "市政", "区域", "县域", "市民")
_LEVEL_BEFORE_STEM = ("市民政",)  # 市 + 民政局, not 市民
_SUFFIX = re.compile(
    r"(?:行政主管部门|主管部门|管理部门|部门|系统|委员会|办公室|分局|总队|支队|大队|局|厅|委|办|部|署|所|队)$"
)
_GROUP = re.compile(r"^(?:各|有关|相关|其他|其它|上级|全|本级)|、|成员单位|组成部门|等")
_GOV = re.compile(r"(?:人民政府|政府|管委会|管委|街道办事处|街道|镇街|乡镇)$")
_ENTERPRISE = re.compile(r"(?:公司|集团|银行)$")
_DIRECT = re.compile(r"^(?:省|市|区|县)?直")
_SUB_OFFICE = re.compile(r"(?:开发区|新区|[\u3400-\u9fff]{1,6}区)?分局$")


class Resolver:
    """The department table, loaded once; :meth:`resolve` maps one name to a Department."""

    def __init__(self, path: Path = TABLE) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.version: str = data["version"]
        trad, simp = data["traditional"], data["simplified"]
        if len(trad) != len(simp):
            raise ValueError(f"{path}: traditional and simplified strings differ in length")
        self._t2s = str.maketrans(trad, simp)
        # whether a name holds a traditional character at all: most hold none, and
        # str.translate costs a failed dictionary look-up (an exception) per other character
        self._traditional_search = re.compile("[" + "".join(map(re.escape, sorted(set(trad)))) + "]").search
        self.functions: dict[str, dict] = data["functions"]
        self._stems = sorted(
            ((stem, fn) for fn, spec in self.functions.items() for stem in spec["stems"]),
            key=lambda p: -len(p[0]),
        )
        # stem → its function (the first in the table when several share a stem): a name's
        # core is matched by looking up its prefixes, longest first, not by trying every stem
        self._function_by_stem: dict[str, str] = {}
        for stem, fn in self._stems:
            self._function_by_stem.setdefault(stem, fn)
        self._longest_stem = max((len(stem) for stem, _ in self._stems), default=0)
        self._party = sorted(data["party"]["stems"], key=len, reverse=True)
        self._committees = sorted(
            ((alias, name) for name, aliases in data["committees"].items() for alias in aliases),
            key=lambda p: -len(p[0]),
        )
        self._committee_by_alias: dict[str, str] = {}
        for alias, name in self._committees:
            self._committee_by_alias.setdefault(alias, name)
        self._vertical = data["vertical"]["words"]
        # any(w in name for w in self._vertical) in one search
        self._vertical_search = re.compile("|".join(map(re.escape, self._vertical)) or "(?!)").search
        self._party_endings = tuple(self._party)
        self._cache_fn: dict[str, str | None] = {}
        self._cache_dept: dict[tuple[str, str | None], Department] = {}

    def simplify(self, name: str) -> str:
        """The name in simplified characters (for matching only).

        >>> Resolver().simplify("市經貿委")
        '市经贸委'
        """
        return name.translate(self._t2s) if self._traditional_search(name) else name

    def split(self, name: str) -> tuple[str, str]:
        """(jurisdiction prefix as written, rest).

        >>> Resolver().split("辽宁省应急管理厅"), Resolver().split("市场监管局")
        (('辽宁省', '应急管理厅'), ('', '市场监管局'))
        """
        if name.startswith(_NOT_LEVEL) and not name.startswith(_LEVEL_BEFORE_STEM):
            return "", name
        m = _LEVEL.match(name)
        if not m or len(name) - m.end() < 2:
            return "", name
        return m.group(0), name[m.end():]

    def jurisdiction(self, prefix: str, doc_jurisdiction: str | None) -> str:
        """The jurisdiction a prefix names, in the document's context."""
        if not prefix:
            return doc_jurisdiction or "?"
        if doc_jurisdiction and (doc_jurisdiction.endswith(prefix) or prefix in ("开发区", "新区") and prefix in doc_jurisdiction):
            return doc_jurisdiction
        return prefix

    def function_of(self, core: str) -> str | None:
        """The function a name's core belongs to (longest stem first).

        >>> Resolver().function_of("住房城乡建设厅"), Resolver().function_of("卫生计生委")
        ('住房和城乡建设', '卫生健康')
        """
        try:
            return self._cache_fn[core]
        except KeyError:
            fn = self._cache_fn[core] = self._function_of(core)
            return fn

    def _function_of(self, core: str) -> str | None:
        """The first stem, longest first, that the core without its suffix is (or is followed
        there by a suffix); else the longest stem of two characters or more the core starts with.

        The same as trying every stem in :attr:`_stems` in turn (see
        tests/test_resolve_function_by_prefix.py), by looking up the prefixes of the core:
        of the stems of one length, only the prefix of that length can match.
        """
        body = _SUFFIX.sub("", core) or core
        function_by_stem = self._function_by_stem
        for end in range(min(len(body), self._longest_stem), 0, -1):
            fn = function_by_stem.get(body[:end])
            if fn is not None and (end == len(body) or _SUFFIX.fullmatch(body[end:])):
                return fn
        for end in range(min(len(core), self._longest_stem), 1, -1):
            fn = function_by_stem.get(core[:end])
            if fn is not None:
                return fn
        return None

    def _committee(self, core: str) -> str | None:
        """The committee whose alias is the core, or the core but its last character."""
        committee = self._committee_by_alias.get(core)
        return committee if committee is not None else self._committee_by_alias.get(core[:-1])

    def resolve(self, name: str, doc_jurisdiction: str | None) -> Department:
        """One name → its canonical department (``resolved=False`` when unknown)."""
        key = (name, doc_jurisdiction)
        try:
            return self._cache_dept[key]
        except KeyError:
            dept = self._cache_dept[key] = self._resolve(name, doc_jurisdiction)
            return dept

    def _resolve(self, name: str, doc_jurisdiction: str | None) -> Department:
        simple = self.simplify(name)
        prefix, core = self.split(simple)
        where = self.jurisdiction(prefix, doc_jurisdiction)
        if _GROUP.search(simple) or _GROUP.search(_DIRECT.sub("", core)):
            return _department(f"group:{where}:{name}", name, DepartmentKind.COLLECTIVE, where, None, (name,))
        committee = self._committee(core)
        if committee is not None:
            return _department(f"dept:{where}:committee:{committee}", f"{where}{committee}",
                               DepartmentKind.COMMITTEE, where, None, (name,))
        if _ENTERPRISE.search(simple):
            return _department(f"org:{name}", name, DepartmentKind.ENTERPRISE, None, None, (name,))
        if self._vertical_search(simple):
            return _department(f"org:{name}", name, DepartmentKind.VERTICAL, None, None, (name,))
        if core.endswith(self._party_endings):  # most names end in no party stem: no loop
            for stem in self._party:
                if core.endswith(stem) and (core.startswith("委") or core == stem or prefix.endswith("委")):
                    return _department(f"dept:{where}:party:{stem}", f"{where}委{stem}", DepartmentKind.PARTY, where,
                                       None, (name,))
        if _GOV.search(core) and not self.function_of(core):
            return _department(f"dept:{where}:government", f"{where}人民政府", DepartmentKind.GOVERNMENT_BODY, where,
                               None, (name,))
        # 通辽市应急管理局开发区分局: a city bureau's branch is the zone's department
        if prefix and _SUB_OFFICE.search(core) and doc_jurisdiction and core[:-2].endswith(("开发区", "新区")):
            where = doc_jurisdiction
        fn = self.function_of(core)
        if fn is None:
            return _department(f"dept:{where}:name:{name}", name, DepartmentKind.UNKNOWN, where,
                               None, (name,), False)
        kind = DepartmentKind.FIRE_RESCUE if fn == "消防救援" else DepartmentKind.GOVERNMENT
        if core.endswith(("部门", "系统")) or not prefix and not doc_jurisdiction:
            kind = DepartmentKind.GENERIC if kind is DepartmentKind.GOVERNMENT else kind
        level = 0 if where.endswith("省") else 1 if where.endswith("市") else 2
        full = f"{where}{self.functions[fn]['full'][level]}" if where != "?" else self.functions[fn]["full"][level]
        return _department(f"dept:{where}:{fn}", full, kind, where, fn, (name,))


def _department(id: str, name: str, kind: DepartmentKind, jurisdiction: str | None, function: str | None,
                aliases: tuple[str, ...], resolved: bool = True) -> Department:
    """``Department(id, name, kind, jurisdiction, function, aliases, resolved)`` without the
    frozen dataclass ``__init__`` (an ``object.__setattr__`` per field).

    >>> fast = _department("org:武警", "武警", DepartmentKind.VERTICAL, None, None, ("武警",))
    >>> fast == Department("org:武警", "武警", DepartmentKind.VERTICAL, aliases=("武警",))
    True
    """
    return record(Department, {"id": id, "name": name, "kind": kind, "jurisdiction": jurisdiction,
                               "function": function, "aliases": aliases, "resolved": resolved})


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    return Resolver()


def resolve_departments(doc: PlanDocument, resolver: Resolver | None = None) -> PlanDocument:
    """Fill ``department_id`` of every assignment and ``doc.departments`` (one per canonical id).

    A reference already pointing at its department (written so by
    ``extract_responsibilities(doc, resolver)``) is kept as it is, and a unit none of whose
    references changes is not copied: the result is the same as for references written
    without an id, with fewer records built.
    """
    resolver = resolver or default_resolver()
    by_id: dict[str, Department] = {}
    issues: list[Issue] = []
    reported: set[str] = set()
    plans = []
    for plan in doc.plans:
        where = plan.jurisdiction or doc.plan.jurisdiction
        # name → (department id, whether it is a group, whether it is resolved), the department
        # merged into by_id once per plan
        known: dict[str, tuple[str, bool, bool]] = {}
        units = []
        for unit in plan.units:
            stale = False  # whether a reference of the unit points elsewhere than it should
            for a in unit.assignments:
                ref = a.department
                target = known.get(ref.name)
                if target is None:
                    dept = _merge(by_id, resolver.resolve(ref.name, where))
                    target = known[ref.name] = (dept.id, dept.is_group, dept.resolved)
                if not target[2]:
                    _report(ref, resolver.version, issues, reported)
                # the reference's group flag becomes target[1] or its own
                if ref.department_id != target[0] or target[1] and not ref.is_group:
                    stale = True
            if stale:
                unit = replace_field(unit, "assignments", tuple(_resolved(a, known) for a in unit.assignments))
            units.append(unit)
        owner_id = _merge(by_id, resolver.resolve(plan.owner, where)).id if plan.owner else None
        plans.append(replace_fields(plan, units=tuple(units), owner_id=owner_id))
    return replace_fields(doc, plans=tuple(plans), departments=tuple(by_id.values()), issues=doc.issues + tuple(issues))


def _resolved(a: Assignment, known: dict[str, tuple[str, bool, bool]]) -> Assignment:
    """``a`` pointing at its department (``known``: name → (id, is group, resolved)), the
    same object when it does already."""
    ref = a.department
    department_id, group, _ = known[ref.name]
    is_group = group or ref.is_group
    if ref.department_id == department_id and ref.is_group == is_group:
        return a
    return replace_field(a, "department", replace_fields(ref, department_id=department_id, is_group=is_group))


def _report(ref: DepartmentRef, version: str, issues: list[Issue], reported: set[str]) -> None:
    """One ``unresolved-department`` issue per name, at its first mention (``reported``:
    the names reported so far in this document)."""
    if ref.name not in reported:
        reported.add(ref.name)
        issues.append(Issue("unresolved-department", f"{ref.name}: not in the department table {version}", ref.span))


def _merge(by_id: dict[str, Department], dept: Department) -> Department:
    old = by_id.get(dept.id)
    if old is None:
        by_id[dept.id] = dept
        return dept
    new_aliases = tuple(a for a in dept.aliases if a not in old.aliases)
    if new_aliases:
        old = replace_fields(old, aliases=old.aliases + new_aliases)
        by_id[dept.id] = old
    return old
