"""The plan model as node and relationship rows: what every graph store writes.

Pure: no database is touched here.  :func:`build_rows` turns a
:class:`~graph.model.PlanDocument` into rows keyed by label and relationship type,
with stable ids (plan ids from the content hash, unit and section ids from the plan id
and their position) and checks them before any store sees them: no id twice, no
relationship to a node that is not there.

>>> from graph.model import PlanDocument, Plan
>>> rows = build_rows(PlanDocument(text="一、总体要求", plans=(Plan(id="plan-1", title="方案"),)))
>>> [r["id"] for r in rows.nodes["Plan"]]
['plan-1']
>>> dept_fallback_id("省应急厅")
'dept:name:省应急厅'
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from graph.collector import paused
from graph.errors import StoreError
from graph.model import (Basis, DepartmentKind, DepartmentRef, Plan, PlanDocument, Role, Unit, UnitKind,
                         content_hash)

# Property columns per node label, in order: (name, type).  Types are LadybugDB's
# names; the Bolt store only uses the names.
_UNIT_PROPS = (
    ("id", "STRING"), ("doc_id", "STRING"), ("plan_id", "STRING"), ("kind", "STRING"),
    ("number", "STRING"), ("title", "STRING"), ("text", "STRING"), ("section_path", "STRING"),
    ("span_start", "INT64"), ("span_end", "INT64"), ("deadlines", "STRING"),
    ("indicator", "STRING"), ("indicator_value", "STRING"), ("plan_title", "STRING"), ("n_leads", "INT64"),
)
_DEPT_PROPS = (
    ("id", "STRING"), ("name", "STRING"), ("kind", "STRING"), ("jurisdiction", "STRING"),
    ("function", "STRING"), ("aliases", "STRING[]"), ("resolved", "BOOLEAN"),
)
NODE_PROPS: dict[str, tuple[tuple[str, str], ...]] = {
    "Plan": (
        ("id", "STRING"), ("doc_id", "STRING"), ("title", "STRING"), ("source", "STRING"),
        ("issuer", "STRING"), ("doc_number", "STRING"), ("date", "STRING"),
        ("published", "STRING"), ("jurisdiction", "STRING"), ("status", "STRING"),
        ("parent_id", "STRING"), ("number", "INT64"), ("owner", "STRING"),
        ("owner_id", "STRING"), ("content_hash", "STRING"), ("span_start", "INT64"),
        ("span_end", "INT64"),
    ),
    "Section": (
        ("id", "STRING"), ("doc_id", "STRING"), ("plan_id", "STRING"), ("number", "STRING"),
        ("title", "STRING"), ("level", "INT64"), ("path", "STRING"), ("span_start", "INT64"),
        ("span_end", "INT64"), ("is_toc", "BOOLEAN"),
    ),
    "Task": _UNIT_PROPS,
    "KeyProject": _UNIT_PROPS,
    "Target": _UNIT_PROPS,
    "Department": _DEPT_PROPS,
    "DepartmentGroup": _DEPT_PROPS,
    "Sector": (("id", "STRING"), ("name", "STRING")),
}
DOC_LABELS = ("Plan", "Section", "Task", "KeyProject", "Target")  # deleted with their document
SHARED_LABELS = ("Department", "DepartmentGroup", "Sector")  # shared across documents
UNIT_LABELS = ("Task", "KeyProject", "Target")
DEPT_LABELS = ("Department", "DepartmentGroup")

_ASSIGN_PROPS = (
    ("role", "STRING"), ("basis", "STRING"), ("evidence", "STRING"), ("span_start", "INT64"),
    ("span_end", "INT64"), ("plan_id", "STRING"), ("doc_id", "STRING"), ("unit_id", "STRING"),
    ("name", "STRING"), ("mention", "STRING"),
)
# Relationship types: (from labels, to labels, properties).
REL_SCHEMA: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "LEADS": (DEPT_LABELS, UNIT_LABELS, _ASSIGN_PROPS),
    "COOPERATES_ON": (DEPT_LABELS, UNIT_LABELS, _ASSIGN_PROPS),
    "HAS_SECTION": (("Plan",), ("Section",), ()),
    "CONTAINS": (("Section",), UNIT_LABELS, ()),
    "PART_OF": (("Plan",), ("Plan",), ()),
    "IN_SECTOR": (UNIT_LABELS, ("Sector",), (("reason", "STRING"), ("matched", "STRING"))),
    # Derived: per document, how many of its units two departments share (leading or
    # co-operating), from the smaller id to the larger; deleted with the document.
    "SHARES_UNITS": (DEPT_LABELS, DEPT_LABELS, (("shared", "INT64"), ("doc_id", "STRING"))),
}

UNIT_LABEL = {UnitKind.TASK: "Task", UnitKind.KEY_PROJECT: "KeyProject", UnitKind.TARGET: "Target"}
ROLE_REL = {Role.LEAD: "LEADS", Role.COOP: "COOPERATES_ON"}


def dept_fallback_id(name: str) -> str:
    """The id of a department the resolver has not named: from the name as written."""
    return f"dept:name:{name}"


class Table(Sequence):
    """Rows of one label or relationship type, held as one list per column.

    It reads as a sequence of dict rows too (a slice is a list of dicts), for a store
    that sends rows one by one; a store that copies in bulk takes :attr:`columns`.

    >>> t = Table({"id": ["a", "b"], "n": [1, 2]})
    >>> len(t), t[1], t[:1]
    (2, {'id': 'b', 'n': 2}, [{'id': 'a', 'n': 1}])
    >>> t.take([1]).columns
    {'id': ['b'], 'n': [2]}
    """

    def __init__(self, columns: dict[str, list]) -> None:
        self.columns = columns
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of unequal length: {sorted(lengths)}")
        self._len = lengths.pop() if lengths else 0

    @classmethod
    def from_tuples(cls, names: Sequence[str], rows: list[tuple]) -> Table:
        """A table from row tuples, values in the order of ``names``."""
        if not rows:
            return cls({name: [] for name in names})
        return cls({name: list(values) for name, values in zip(names, zip(*rows))})

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._row(i) for i in range(self._len)[index]]
        if not -self._len <= index < self._len:
            raise IndexError(index)
        return self._row(index % self._len)

    def __repr__(self) -> str:
        return f"Table({', '.join(self.columns)}; {self._len} rows)"

    def _row(self, i: int) -> dict:
        return {name: values[i] for name, values in self.columns.items()}

    def take(self, indices: Iterable[int]) -> Table:
        """The rows at ``indices``, in that order."""
        indices = list(indices)
        return Table({name: [values[i] for i in indices] for name, values in self.columns.items()})


def _node_table(label: str, rows: list[dict]) -> Table:
    """A table of a few node rows given as dicts (missing properties are None)."""
    return Table({name: [r.get(name) for r in rows] for name, _ in NODE_PROPS[label]})


REL_ENDS = ("from", "to", "from_label", "to_label")


def rel_columns(rtype: str) -> tuple[str, ...]:
    """The columns of a relationship table: its ends, then its properties."""
    return REL_ENDS + tuple(name for name, _ in REL_SCHEMA[rtype][2])


@dataclass
class Rows:
    """Node tables by label and relationship tables by type, for one document.

    A relationship row has ``from``/``to`` ids, ``from_label``/``to_label`` and its
    properties.
    """

    doc_id: str
    source: str | None
    nodes: dict[str, Table] = field(default_factory=dict)
    rels: dict[str, Table] = field(default_factory=dict)

    def count(self, *labels: str) -> int:
        return sum(len(self.nodes.get(label, ())) for label in labels)

    def rel_count(self, *types: str) -> int:
        return sum(len(self.rels.get(t, ())) for t in types)


def _ref_id(ref: DepartmentRef) -> str:
    return ref.department_id or dept_fallback_id(ref.name)


def _group_ids(doc: PlanDocument) -> set[str]:
    """Ids of collective departments: a group if the resolver or any reference says so."""
    groups = {d.id for d in doc.departments if d.kind is DepartmentKind.COLLECTIVE}
    for plan in doc.plans:
        for u in plan.units:
            groups.update(_ref_id(a.department) for a in u.assignments if a.department.is_group)
    return groups


def _department_rows(doc: PlanDocument, used: dict[tuple[str, str], set[str]]) -> dict[str, list[dict]]:
    known = {d.id: d for d in doc.departments}
    out: dict[str, list[dict]] = {"Department": [], "DepartmentGroup": []}
    for (label, dept_id), names in sorted(used.items(), key=lambda kv: kv[0][1]):
        dept = known.get(dept_id)
        if dept is not None:
            aliases = sorted(set(dept.aliases) | names | {dept.name})
            out[label].append(_node(
                label, id=dept_id, name=dept.name, kind=dept.kind.value, jurisdiction=dept.jurisdiction,
                function=dept.function, aliases=aliases, resolved=dept.resolved,
            ))
        else:
            name = min(names, key=lambda n: (-len(n), n))
            kind = DepartmentKind.COLLECTIVE if label == "DepartmentGroup" else DepartmentKind.UNKNOWN
            out[label].append(_node(
                label, id=dept_id, name=name, kind=kind.value, aliases=sorted(names), resolved=False,
            ))
    return out


def _node(label: str, **values) -> dict:
    return {name: values.get(name) for name, _ in NODE_PROPS[label]}


def _add_rel(rows: list[tuple], src: tuple[str, str], dst: tuple[str, str], *values) -> None:
    """Append one relationship row (ends, then property values in schema order)."""
    rows.append((src[1], dst[1], src[0], dst[0], *values))


def _plan_rows(doc: PlanDocument, nodes: dict[str, list[dict]], rels: dict[str, list[tuple]]) -> None:
    """Plans, sections and the relationships between them (few rows: dicts)."""
    for plan in doc.plans:
        top = plan.parent_id is None
        nodes["Plan"].append(_node(
            "Plan", id=plan.id, doc_id=doc.id, title=plan.title, source=doc.source or plan.source,
            issuer=plan.issuer, doc_number=plan.doc_number, date=plan.date, published=plan.published,
            jurisdiction=plan.jurisdiction, status=plan.status, parent_id=plan.parent_id,
            number=plan.number, owner=plan.owner, owner_id=plan.owner_id,
            content_hash=content_hash(doc.text) if top else None,
            span_start=plan.span.start if plan.span else None, span_end=plan.span.end if plan.span else None,
        ))
        if plan.parent_id is not None:
            _add_rel(rels["PART_OF"], ("Plan", plan.id), ("Plan", plan.parent_id))
        for s in plan.sections:
            nodes["Section"].append(_node(
                "Section", id=s.id, doc_id=doc.id, plan_id=plan.id, number=s.number, title=s.title,
                level=s.level, path=" / ".join(s.path), span_start=s.span.start, span_end=s.span.end,
                is_toc=s.is_toc,
            ))
            _add_rel(rels["HAS_SECTION"], ("Plan", plan.id), ("Section", s.id))


def _sections_by_path(plan: Plan) -> dict[tuple[str, ...], str]:
    by_path: dict[tuple[str, ...], str] = {}
    for s in plan.sections:
        if not s.is_toc:
            by_path.setdefault(tuple(s.path), s.id)
    return by_path


def _assignment_order(a) -> tuple[int, int]:
    return (a.evidence_span.start, a.department.span.start)


def build_rows(doc: PlanDocument) -> Rows:
    """Rows for every node and relationship of ``doc``; raises StoreError on bad ids.

    The cyclic garbage collector is paused meanwhile: the rows are hundreds of
    thousands of new tuples, none in a cycle, and each collection it would start
    walks all of them (it took most of the time at 100,000 units).
    """
    with paused():
        return _build_rows(doc)


def _build_rows(doc: PlanDocument) -> Rows:
    doc_id = doc.id
    small: dict[str, list[dict]] = {"Plan": [], "Section": []}
    units: dict[str, list[tuple]] = {label: [] for label in UNIT_LABELS}
    rels: dict[str, list[tuple]] = {rtype: [] for rtype in REL_SCHEMA}
    _plan_rows(doc, small, rels)
    used_depts: dict[tuple[str, str], set[str]] = {}
    sectors: set[str] = set()
    groups = _group_ids(doc)
    contains, in_sector = rels["CONTAINS"], rels["IN_SECTOR"]
    pairs: Counter[tuple[str, str]] = Counter()
    for plan in doc.plans:
        by_path = _sections_by_path(plan)
        for u in plan.units:
            label = UNIT_LABEL[u.kind]
            ind = u.indicator
            n_leads, dept_ids = _unit_assignments(u, label, doc_id, groups, used_depts, rels)
            if len(dept_ids) > 1:
                pairs.update(combinations(sorted(dept_ids), 2))
            units[label].append((
                u.id, doc_id, plan.id, _KIND_VALUE[u.kind], u.number, u.title, u.text, " / ".join(u.section_path),
                u.span.start, u.span.end, "；".join(d.text for d in u.deadlines) or None,
                ind.indicator if ind else None, ind.value if ind else None, plan.title, n_leads,
            ))
            section_id = by_path.get(tuple(u.section_path)) if u.section_path else None
            if section_id is not None:
                contains.append((section_id, u.id, "Section", label))
            tagged: set[str] = set()
            for tag in u.sectors:
                if tag.sector_id not in tagged:
                    tagged.add(tag.sector_id)
                    in_sector.append((u.id, tag.sector_id, label, "Sector", tag.reason, tag.matched))
            sectors |= tagged
    dept_label = {dept_id: label for label, dept_id in used_depts}
    rels["SHARES_UNITS"] = [(a, b, dept_label[a], dept_label[b], n, doc_id) for (a, b), n in sorted(pairs.items())]
    nodes: dict[str, Table] = {label: _node_table(label, small[label]) for label in small}
    nodes.update((label, Table.from_tuples(_UNIT_COLS, items)) for label, items in units.items())
    for label, items in _department_rows(doc, used_depts).items():
        nodes[label] = _node_table(label, items)
    nodes["Sector"] = Table({"id": sorted(sectors), "name": sorted(sectors)})
    rows = Rows(doc_id=doc_id, source=doc.source, nodes=nodes,
                rels={rtype: Table.from_tuples(rel_columns(rtype), items) for rtype, items in rels.items()})
    _check(rows)
    return rows


def _unit_assignments(u: Unit, label: str, doc_id: str, groups: set[str],
                      used_depts: dict[tuple[str, str], set[str]], rels: dict[str, list[tuple]]
                      ) -> tuple[int, set[str]]:
    """The LEADS and COOPERATES_ON rows of one unit: one per department and role.

    Returns how many departments lead the unit and the ids of every department in it.
    """
    seen: set[tuple[str, Role]] = set()
    depts: set[str] = set()
    n_leads = 0
    ordered = u.assignments if len(u.assignments) < 2 else sorted(u.assignments, key=_assignment_order)
    for a in ordered:
        ref = a.department
        dept_id = ref.department_id or dept_fallback_id(ref.name)
        key = (dept_id, a.role)
        if key in seen:
            continue
        seen.add(key)
        depts.add(dept_id)
        n_leads += a.role is Role.LEAD
        dept_label = "DepartmentGroup" if dept_id in groups else "Department"
        names = used_depts.get((dept_label, dept_id))
        if names is None:
            used_depts[(dept_label, dept_id)] = {ref.name}
        else:
            names.add(ref.name)
        span = a.evidence_span
        rels[_ROLE_REL[a.role]].append((
            dept_id, u.id, dept_label, label, _ROLE_VALUE[a.role], _BASIS_VALUE[a.basis], a.evidence,
            span.start, span.end, a.plan_id, doc_id, u.id, ref.name, ref.mention,
        ))
    return n_leads, depts


# Enum values looked up once (an enum's .value is a descriptor call).
_UNIT_COLS = tuple(name for name, _ in _UNIT_PROPS)
_KIND_VALUE = {k: k.value for k in UnitKind}
_ROLE_VALUE = {r: r.value for r in Role}
_BASIS_VALUE = {b: b.value for b in Basis}
_ROLE_REL = dict(ROLE_REL)


def _first_missing(values: list, known: set) -> int | None:
    """Index of the first value not in ``known`` (None if all are)."""
    if set(values) <= known:
        return None
    return next(i for i, v in enumerate(values) if v not in known)


def _check(rows: Rows) -> None:
    """Every id once per label family, every relationship between rows that exist."""
    where = rows.source or rows.doc_id
    ids: dict[str, set[str]] = {}  # label -> ids
    family_ids: dict[str, set[str]] = {}  # family -> ids, Department and DepartmentGroup together
    for label, table in rows.nodes.items():
        values = table.columns["id"]
        family = family_ids.setdefault("dept" if label in DEPT_LABELS else label, set())
        own = set(values)
        if len(own) == len(values) and not (own & family) and all(values):
            ids[label] = own
            family |= own
            continue
        for value in values:  # find the first bad id, for the message
            if not value:
                raise StoreError(f"{where}: a {label} without an id")
            if value in family:
                raise StoreError(f"{where}: id {value!r} given twice ({label}); ids must be unique")
            family.add(value)
    for rtype, table in rows.rels.items():
        cols = table.columns
        for end in ("from", "to"):
            labels, ends = cols[f"{end}_label"], cols[end]
            kinds = set(labels)
            if len(kinds) == 1:
                bad = _first_missing(ends, ids.get(next(iter(kinds)), set()))
            else:
                bad = next((i for i, (label, v) in enumerate(zip(labels, ends)) if v not in ids.get(label, ())), None)
            if bad is not None:
                raise StoreError(
                    f"{where}: {rtype} relationship {cols['from'][bad]!r} -> {cols['to'][bad]!r} names "
                    f"{ends[bad]!r}, which is not a {labels[bad]} of this document"
                )


def merge_rows(parts: Sequence[Rows]) -> Rows:
    """The rows of several documents as one set of tables, to be written together.

    Each document's own nodes and relationships are kept as they are; a department,
    group or sector named by several documents becomes one row, with the first
    document's fields and the union of every document's aliases — what loading the
    documents one after another leaves in a store.

    >>> a = Rows("plan-a", "a.txt", nodes={"Sector": Table({"id": ["fire"], "name": ["fire"]})})
    >>> b = Rows("plan-b", "b.txt", nodes={"Sector": Table({"id": ["fire", "gas"], "name": ["fire", "gas"]})})
    >>> merge_rows([a, b]).nodes["Sector"].columns["id"]
    ['fire', 'gas']
    """
    if len(parts) == 1:
        return parts[0]
    nodes: dict[str, Table] = {}
    for label in NODE_PROPS:
        tables = [p.nodes[label] for p in parts if label in p.nodes]
        if tables:
            nodes[label] = _merge_shared(label, tables) if label in SHARED_LABELS else _concat(tables)
    rels = {rtype: _concat([p.rels[rtype] for p in parts if rtype in p.rels]) for rtype in REL_SCHEMA}
    return Rows(doc_id=",".join(p.doc_id for p in parts), source=None, nodes=nodes,
                rels={rtype: table for rtype, table in rels.items() if table is not None})


def _concat(tables: list[Table]) -> Table | None:
    if not tables:
        return None
    if len(tables) == 1:
        return tables[0]
    return Table({name: [v for t in tables for v in t.columns[name]] for name in tables[0].columns})


def _merge_shared(label: str, tables: list[Table]) -> Table:
    """One row per id: the first one seen, its aliases (if any) the union of all."""
    first: dict[str, int] = {}
    rows: list[dict] = []
    for table in tables:
        for row in table:
            at = first.get(row["id"])
            if at is None:
                first[row["id"]] = len(rows)
                rows.append(row)
            elif "aliases" in row:
                merged = sorted(set(rows[at]["aliases"] or ()) | set(row["aliases"] or ()))
                rows[at] = {**rows[at], "aliases": merged}
    return _node_table(label, rows)
