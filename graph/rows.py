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

import hashlib
from dataclasses import dataclass, field

from graph.errors import StoreError
from graph.model import DepartmentKind, DepartmentRef, PlanDocument, Role, Unit, UnitKind, normalise_text

# Property columns per node label, in order: (name, type).  Types are LadybugDB's
# names; the Bolt store only uses the names.
_UNIT_PROPS = (
    ("id", "STRING"), ("doc_id", "STRING"), ("plan_id", "STRING"), ("kind", "STRING"),
    ("number", "STRING"), ("title", "STRING"), ("text", "STRING"), ("section_path", "STRING"),
    ("span_start", "INT64"), ("span_end", "INT64"), ("deadlines", "STRING"),
    ("indicator", "STRING"), ("indicator_value", "STRING"),
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
    ("span_end", "INT64"), ("plan_id", "STRING"), ("doc_id", "STRING"), ("name", "STRING"),
    ("mention", "STRING"),
)
# Relationship types: (from labels, to labels, properties).
REL_SCHEMA: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "LEADS": (DEPT_LABELS, UNIT_LABELS, _ASSIGN_PROPS),
    "COOPERATES_ON": (DEPT_LABELS, UNIT_LABELS, _ASSIGN_PROPS),
    "HAS_SECTION": (("Plan",), ("Section",), ()),
    "HAS_UNIT": (("Plan",), UNIT_LABELS, ()),
    "CONTAINS": (("Section",), UNIT_LABELS, ()),
    "PART_OF": (("Plan",), ("Plan",), ()),
    "IN_SECTOR": (UNIT_LABELS, ("Sector",), (("reason", "STRING"), ("matched", "STRING"))),
}

UNIT_LABEL = {UnitKind.TASK: "Task", UnitKind.KEY_PROJECT: "KeyProject", UnitKind.TARGET: "Target"}
ROLE_REL = {Role.LEAD: "LEADS", Role.COOP: "COOPERATES_ON"}


def dept_fallback_id(name: str) -> str:
    """The id of a department the resolver has not named: from the name as written."""
    return f"dept:name:{name}"


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text (the plan id is its first 16 hex digits)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass
class Rows:
    """Node rows by label and relationship rows by type, for one document.

    A relationship row has ``from``/``to`` ids, ``from_label``/``to_label`` and its
    properties.
    """

    doc_id: str
    source: str | None
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    rels: dict[str, list[dict]] = field(default_factory=dict)

    def count(self, *labels: str) -> int:
        return sum(len(self.nodes.get(label, ())) for label in labels)

    def rel_count(self, *types: str) -> int:
        return sum(len(self.rels.get(t, ())) for t in types)


def _node(label: str, **values) -> dict:
    return {name: values.get(name) for name, _ in NODE_PROPS[label]}


def _rel(rtype: str, src: tuple[str, str], dst: tuple[str, str], **values) -> dict:
    row = {"from": src[1], "to": dst[1], "from_label": src[0], "to_label": dst[0]}
    row.update({name: values.get(name) for name, _ in REL_SCHEMA[rtype][2]})
    return row


def _section_of(unit: Unit, by_path: dict[tuple[str, ...], str]) -> str | None:
    return by_path.get(tuple(unit.section_path)) if unit.section_path else None


def _ref_id(ref: DepartmentRef) -> str:
    return ref.department_id or dept_fallback_id(ref.name)


def _group_ids(doc: PlanDocument) -> set[str]:
    """Ids of collective departments: a group if the resolver or any reference says so."""
    groups = {d.id for d in doc.departments if d.kind is DepartmentKind.COLLECTIVE}
    return groups | {_ref_id(a.department) for a in doc.assignments() if a.department.is_group}


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


def build_rows(doc: PlanDocument) -> Rows:
    """Rows for every node and relationship of ``doc``; raises StoreError on bad ids."""
    doc_id = doc.id
    rows = Rows(doc_id=doc_id, source=doc.source)
    nodes: dict[str, list[dict]] = {label: [] for label in NODE_PROPS}
    rels: dict[str, list[dict]] = {rtype: [] for rtype in REL_SCHEMA}
    used_depts: dict[tuple[str, str], set[str]] = {}
    sectors: set[str] = set()
    seen_rel: set[tuple[str, str, str]] = set()
    groups = _group_ids(doc)
    for plan in doc.plans:
        top = plan.parent_id is None
        nodes["Plan"].append(_node(
            "Plan", id=plan.id, doc_id=doc_id, title=plan.title, source=doc.source or plan.source,
            issuer=plan.issuer, doc_number=plan.doc_number, date=plan.date, published=plan.published,
            jurisdiction=plan.jurisdiction, status=plan.status, parent_id=plan.parent_id,
            number=plan.number, owner=plan.owner, owner_id=plan.owner_id,
            content_hash=content_hash(doc.text) if top else None,
            span_start=plan.span.start if plan.span else None, span_end=plan.span.end if plan.span else None,
        ))
        if plan.parent_id is not None:
            rels["PART_OF"].append(_rel("PART_OF", ("Plan", plan.id), ("Plan", plan.parent_id)))
        by_path: dict[tuple[str, ...], str] = {}
        for s in plan.sections:
            nodes["Section"].append(_node(
                "Section", id=s.id, doc_id=doc_id, plan_id=plan.id, number=s.number, title=s.title,
                level=s.level, path=" / ".join(s.path), span_start=s.span.start, span_end=s.span.end,
                is_toc=s.is_toc,
            ))
            rels["HAS_SECTION"].append(_rel("HAS_SECTION", ("Plan", plan.id), ("Section", s.id)))
            if not s.is_toc:
                by_path.setdefault(tuple(s.path), s.id)
        for u in plan.units:
            label = UNIT_LABEL[u.kind]
            ind = u.indicator
            nodes[label].append(_node(
                label, id=u.id, doc_id=doc_id, plan_id=plan.id, kind=u.kind.value, number=u.number,
                title=u.title, text=u.text, section_path=" / ".join(u.section_path),
                span_start=u.span.start, span_end=u.span.end,
                deadlines="；".join(d.text for d in u.deadlines) or None,
                indicator=ind.indicator if ind else None, indicator_value=ind.value if ind else None,
            ))
            rels["HAS_UNIT"].append(_rel("HAS_UNIT", ("Plan", plan.id), (label, u.id)))
            section_id = _section_of(u, by_path)
            if section_id is not None:
                rels["CONTAINS"].append(_rel("CONTAINS", ("Section", section_id), (label, u.id)))
            for tag in u.sectors:
                if (tag.sector_id, u.id, "IN_SECTOR") in seen_rel:
                    continue
                seen_rel.add((tag.sector_id, u.id, "IN_SECTOR"))
                sectors.add(tag.sector_id)
                rels["IN_SECTOR"].append(_rel(
                    "IN_SECTOR", (label, u.id), ("Sector", tag.sector_id), reason=tag.reason, matched=tag.matched,
                ))
            for a in sorted(u.assignments, key=lambda a: (a.evidence_span.start, a.department.span.start)):
                dept_id = _ref_id(a.department)
                key = ("DepartmentGroup" if dept_id in groups else "Department", dept_id)
                rtype = ROLE_REL[a.role]
                if (key[1], u.id, rtype) in seen_rel:  # one relationship per department, role and unit
                    continue
                seen_rel.add((key[1], u.id, rtype))
                used_depts.setdefault(key, set()).add(a.department.name)
                rels[rtype].append(_rel(
                    rtype, key, (label, u.id), role=a.role.value, basis=a.basis.value, evidence=a.evidence,
                    span_start=a.evidence_span.start, span_end=a.evidence_span.end, plan_id=a.plan_id,
                    doc_id=doc_id, name=a.department.name, mention=a.department.mention,
                ))
    nodes.update(_department_rows(doc, used_depts))
    nodes["Sector"] = [_node("Sector", id=s, name=s) for s in sorted(sectors)]
    rows.nodes, rows.rels = nodes, rels
    _check(rows)
    return rows


def _check(rows: Rows) -> None:
    """Every id once per label family, every relationship between rows that exist."""
    where = rows.source or rows.doc_id
    ids: dict[str, dict[str, str]] = {}  # family -> id -> label
    for label, items in rows.nodes.items():
        family = ids.setdefault("dept" if label in DEPT_LABELS else label, {})
        for r in items:
            if not r["id"]:
                raise StoreError(f"{where}: a {label} without an id")
            if r["id"] in family:
                raise StoreError(f"{where}: id {r['id']!r} given twice ({label}); ids must be unique")
            family[r["id"]] = label
    for rtype, items in rows.rels.items():
        for end in ("from", "to"):
            label_key = f"{end}_label"
            for r in items:
                label = r[label_key]
                if ids.get("dept" if label in DEPT_LABELS else label, {}).get(r[end]) != label:
                    raise StoreError(
                        f"{where}: {rtype} relationship {r['from']!r} -> {r['to']!r} names "
                        f"{r[end]!r}, which is not a {label} of this document"
                    )
