"""RDF export of plan documents: ontology.ttl terms, stable IRIs, deterministic bytes.

No blank nodes: every node has an IRI minted from the model's ids under one data base
(``https://w3id.org/dutygraph/id/``), so two exports of the same documents are the same
triples; the writers below sort subjects, predicates and objects so they are the same
bytes too (Turtle, N-Triples and JSON-LD are written here, not by rdflib's serializers,
whose order depends on hashing).

>>> from graph.model import Plan, PlanDocument
>>> doc = PlanDocument("", (Plan("plan-0000000000000000", "示例规划"),))
>>> print([line for line in export([doc], "nt", with_scheme=False).splitlines() if "#type" in line][0])
<https://w3id.org/dutygraph/id/plan/plan-0000000000000000> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dutygraph/ontology#Plan> .
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from graph.errors import InputError
from graph.model import Assignment, Department, PlanDocument, Unit
from graph.sectors import SCHEME_IRI, scheme, sector_iri
from graph.vocab import BASIS_TERMS, DATA_BASE, DG, KIND_CLASSES, ROLE_TERMS, VOCAB_BASE

FORMATS = ("ttl", "jsonld", "nt")
# ontology.ttl and shapes.ttl live at the top of the repository; graph/data holds links
# to them, so that an installed package (a wheel) carries them too
DATA = Path(__file__).with_name("data")
ONTOLOGY = DATA / "ontology.ttl"
SHAPES = DATA / "shapes.ttl"

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {
    "asg": DATA_BASE + "assignment/",
    "dcterms": "http://purl.org/dc/terms/",
    "dept": DATA_BASE + "department/",
    "dg": VOCAB_BASE,
    "ev": DATA_BASE + "evidence/",
    "org": "http://www.w3.org/ns/org#",
    "plan": DATA_BASE + "plan/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "section": DATA_BASE + "section/",
    "sector": DATA_BASE + "sector/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "tag": DATA_BASE + "sector-tag/",
    "unit": DATA_BASE + "unit/",
    "xsd": XSD_NS,
}


def _seg(s: str) -> str:
    return quote(s, safe="-_.~")


def plan_iri(plan_id: str) -> str:
    return f"{DATA_BASE}plan/{_seg(plan_id)}"


def section_iri(section_id: str) -> str:
    return f"{DATA_BASE}section/{_seg(section_id)}"


def unit_iri(unit_id: str) -> str:
    return f"{DATA_BASE}unit/{_seg(unit_id)}"


def department_key(ref) -> str:
    """The id a department reference stands for; ``name:`` + its name when unresolved."""
    return ref.department_id or f"name:{ref.name}"


def department_iri(key: str) -> str:
    """
    >>> department_iri("name:省应急厅")
    'https://w3id.org/dutygraph/id/department/name%3A%E7%9C%81%E5%BA%94%E6%80%A5%E5%8E%85'
    """
    return f"{DATA_BASE}department/{_seg(key)}"


def assignment_iri(a: Assignment) -> str:
    """One IRI per (unit, department, role): the same assignment found twice is one node."""
    return f"{DATA_BASE}assignment/{_seg(a.unit_id)}--{_seg(department_key(a.department))}--{a.role.value}"


def evidence_iri(plan_id: str, start: int, end: int) -> str:
    return f"{DATA_BASE}evidence/{_seg(plan_id)}-{start}-{end}"


def tag_iri(unit_id: str, sector_id: str) -> str:
    return f"{DATA_BASE}sector-tag/{_seg(unit_id)}--{sector_id}"


# --- triples (plain tuples; rdflib only at the edges) -----------------------------------
# An object is ("iri", value) or ("lit", value, lang_or_None, datatype_or_None).

def _i(v: str) -> tuple:
    return ("iri", v)


def _s(v: str, lang: str | None = None) -> tuple:
    return ("lit", v, lang, None)


def _typed(v, datatype: str) -> tuple:
    if isinstance(v, bool):
        v = "true" if v else "false"
    return ("lit", str(v), None, XSD_NS + datatype)


RDF_TYPE, LABEL = RDF_NS + "type", RDFS_NS + "label"


def _unit_label(u: Unit) -> str:
    if u.title:
        return f"{u.number}{u.title}"
    head = u.text.strip().replace("\n", " ")
    return head if len(head) <= 40 else head[:40] + "…"


def _department_triples(key: str, dep: Department | None, ref, out: set) -> None:
    s = department_iri(key)
    group = dep.is_group if dep else ref.is_group
    out.add((s, RDF_TYPE, _i(DG.DepartmentGroup if group else DG.Department)))
    out.add((s, LABEL, _s(dep.name if dep else ref.name, "zh")))
    out.add((s, DG.resolved, _typed(bool(dep and dep.resolved), "boolean")))
    if dep is None:
        return
    out.add((s, DG.departmentKind, _s(dep.kind.value)))
    for alias in dep.aliases:
        out.add((s, PREFIXES["skos"] + "altLabel", _s(alias, "zh")))
    if dep.jurisdiction:
        out.add((s, DG.jurisdiction, _s(dep.jurisdiction)))
    if dep.function:
        out.add((s, DG.function, _s(dep.function)))
        for sec in scheme().sectors:
            if dep.function in sec.functions:
                out.add((s, DG.supervisesSector, _i(sector_iri(sec.id))))


def scheme_triples() -> set:
    """The sector scheme (from graph/data/sectors.toml) as triples."""
    skos = PREFIXES["skos"]
    out = {
        (SCHEME_IRI, RDF_TYPE, _i(skos + "ConceptScheme")),
        (SCHEME_IRI, LABEL, _s("行业领域", "zh")),
        (SCHEME_IRI, LABEL, _s("Sectors", "en")),
    }
    for sec in scheme().sectors:
        s = sector_iri(sec.id)
        out |= {
            (s, RDF_TYPE, _i(DG.Sector)), (s, skos + "inScheme", _i(SCHEME_IRI)),
            (s, skos + "notation", _s(sec.id)),
            (s, skos + "prefLabel", _s(sec.label, "zh")), (s, skos + "prefLabel", _s(sec.en, "en")),
            (s, LABEL, _s(sec.label, "zh")), (s, LABEL, _s(sec.en, "en")),
        }
        out.add((s, skos + "broader", _i(sector_iri(sec.broader))) if sec.broader
                else (s, skos + "topConceptOf", _i(SCHEME_IRI)))
        out |= {(s, skos + "altLabel", _s(w, "zh")) for w in sec.alt}
        out |= {(s, DG.supervisingFunction, _s(f, "zh")) for f in sec.functions}
    return out


def triples(docs: Iterable[PlanDocument], *, with_scheme: bool = True) -> set:
    """Every triple of the export as plain tuples (see :func:`to_rdf`)."""
    out: set = scheme_triples() if with_scheme else set()
    dc = PREFIXES["dcterms"]
    for doc in docs:
        deps = {d.id: d for d in doc.departments}
        for p in doc.plans:
            s = plan_iri(p.id)
            out |= {(s, RDF_TYPE, _i(DG.Plan)), (s, LABEL, _s(p.title or p.id, "zh"))}
            for prop, value in ((dc + "title", p.title), (DG.issuer, p.issuer), (DG.docNumber, p.doc_number),
                                (DG.jurisdiction, p.jurisdiction), (DG.status, p.status),
                                (dc + "source", doc.source), (DG.ownerName, p.owner)):
                if value:
                    out.add((s, prop, _s(value, "zh" if prop in (dc + "title",) else None)))
            if p.date:
                out.add((s, dc + "issued", _typed(p.date, "date")))
            if p.parent_id:
                out.add((s, DG.parentPlan, _i(plan_iri(p.parent_id))))
            if p.number is not None:
                out.add((s, DG.number, _s(str(p.number))))
            if p.owner_id:
                out.add((s, DG.owner, _i(department_iri(p.owner_id))))
            by_path = {}
            for sec in p.sections:
                t = section_iri(sec.id)
                by_path.setdefault(sec.path, sec.id)
                out |= {
                    (t, RDF_TYPE, _i(DG.Section)), (t, LABEL, _s(sec.heading, "zh")),
                    (t, DG.inPlan, _i(s)), (t, DG.level, _typed(sec.level, "integer")),
                    (t, DG.number, _s(sec.number)), (t, dc + "title", _s(sec.title, "zh")),
                    (t, DG.sectionPath, _s(" > ".join(sec.path))),
                    (t, DG.spanStart, _typed(sec.span.start, "integer")),
                    (t, DG.spanEnd, _typed(sec.span.end, "integer")),
                    (t, DG.isTableOfContents, _typed(sec.is_toc, "boolean")),
                }
                parent = by_path.get(sec.path[:-1]) if len(sec.path) > 1 else None
                if parent:
                    out.add((t, DG.parentSection, _i(section_iri(parent))))
            for u in p.units:
                _unit_triples(u, s, by_path, deps, out)
    return out


def _unit_triples(u: Unit, plan: str, by_path: dict, deps: dict, out: set) -> None:
    s = unit_iri(u.id)
    out |= {
        (s, RDF_TYPE, _i(DG[KIND_CLASSES[u.kind.value]])), (s, LABEL, _s(_unit_label(u), "zh")),
        (s, DG.inPlan, _i(plan)), (s, DG.text, _s(u.text)),
        (s, DG.sectionPath, _s(" > ".join(u.section_path))),
        (s, DG.spanStart, _typed(u.span.start, "integer")), (s, DG.spanEnd, _typed(u.span.end, "integer")),
    }
    if u.number:
        out.add((s, DG.number, _s(u.number)))
    if u.section_path and u.section_path in by_path:
        out.add((s, DG.inSection, _i(section_iri(by_path[u.section_path]))))
    out |= {(s, DG.deadline, _s(d.text)) for d in u.deadlines}
    if u.indicator:
        out |= {(s, DG.indicator, _s(u.indicator.indicator)), (s, DG.indicatorValue, _s(u.indicator.value))}
    for tag in u.sectors:
        t = tag_iri(u.id, tag.sector_id)
        out |= {
            (s, DG.sector, _i(sector_iri(tag.sector_id))), (s, DG.sectorTag, _i(t)),
            (t, RDF_TYPE, _i(DG.SectorTag)), (t, DG.taggedSector, _i(sector_iri(tag.sector_id))),
            (t, DG.reason, _s(tag.reason)), (t, DG.matched, _s(tag.matched)),
        }
    for a in u.assignments:
        key = department_key(a.department)
        d, asg = department_iri(key), assignment_iri(a)
        ev = evidence_iri(a.plan_id, a.evidence_span.start, a.evidence_span.end)
        _department_triples(key, deps.get(a.department.department_id or ""), a.department, out)
        out |= {
            (d, DG.leads if a.role.value == "lead" else DG.cooperatesOn, _i(s)),
            (s, DG.hasAssignment, _i(asg)),
            (asg, RDF_TYPE, _i(DG.Assignment)), (asg, DG.unit, _i(s)), (asg, DG.department, _i(d)),
            (asg, DG.role, _i(DG[ROLE_TERMS[a.role.value]])), (asg, DG.basis, _i(DG[BASIS_TERMS[a.basis.value]])),
            (asg, DG.evidenceText, _s(a.evidence)), (asg, DG.nameAsWritten, _s(a.department.name)),
            (asg, DG.spanStart, _typed(a.evidence_span.start, "integer")),
            (asg, DG.spanEnd, _typed(a.evidence_span.end, "integer")),
            (asg, PREFIXES["prov"] + "wasDerivedFrom", _i(ev)),
            (ev, RDF_TYPE, _i(DG.Evidence)), (ev, DG.text, _s(a.evidence)),
            (ev, DG.inPlan, _i(plan_iri(a.plan_id))),
            (ev, DG.spanStart, _typed(a.evidence_span.start, "integer")),
            (ev, DG.spanEnd, _typed(a.evidence_span.end, "integer")),
        }


def _term(o: tuple):
    from rdflib import Literal, URIRef

    if o[0] == "iri":
        return URIRef(o[1])
    return Literal(o[1], lang=o[2], datatype=URIRef(o[3]) if o[3] else None)


def to_rdf(docs: Iterable[PlanDocument], *, with_scheme: bool = True):
    """An :class:`rdflib.Graph` of the documents (and the sector scheme)."""
    from rdflib import Graph, URIRef

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o in triples(docs, with_scheme=with_scheme):
        g.add((URIRef(s), URIRef(p), _term(o)))
    return g


# --- deterministic writers ----------------------------------------------------------------

_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?$")


def _iri_ttl(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


_ESC = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _obj_nt(o: tuple, iri=lambda v: f"<{v}>") -> str:
    if o[0] == "iri":
        return iri(o[1])
    s = '"' + o[1].translate(_ESC) + '"'
    if o[2]:
        return f"{s}@{o[2]}"
    return f"{s}^^{iri(o[3])}" if o[3] else s


def _sorted(ts: set) -> list:
    return sorted(ts, key=lambda t: (t[0], t[1] != RDF_TYPE, t[1], t[2]))


def write_nt(ts: set) -> str:
    return "".join(sorted(f"<{s}> <{p}> {_obj_nt(o)} .\n" for s, p, o in ts))


def write_ttl(ts: set) -> str:
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())] + [""]
    subject = pred = None
    for s, p, o in _sorted(ts):
        obj = _obj_nt(o, _iri_ttl)
        if s != subject:
            if subject is not None:
                lines[-1] += " ."
                lines.append("")
            lines.append(f"{_iri_ttl(s)} {'a' if p == RDF_TYPE else _iri_ttl(p)} {obj}")
            subject, pred = s, p
        elif p != pred:
            lines[-1] += " ;"
            lines.append(f"    {'a' if p == RDF_TYPE else _iri_ttl(p)} {obj}")
            pred = p
        else:
            lines[-1] += f", {obj}"
    if subject is not None:
        lines[-1] += " ."
    return "\n".join(lines) + "\n"


def _compact(iri: str) -> str:
    c = _iri_ttl(iri)
    return iri if c.startswith("<") else c


def write_jsonld(ts: set) -> str:
    nodes: dict[str, dict] = {}
    for s, p, o in _sorted(ts):
        node = nodes.setdefault(s, {"@id": _compact(s)})
        if p == RDF_TYPE:
            node.setdefault("@type", []).append(_compact(o[1]))
            continue
        if o[0] == "iri":
            value = {"@id": _compact(o[1])}
        else:
            value = {"@value": o[1]}
            if o[2]:
                value["@language"] = o[2]
            if o[3]:
                value["@type"] = _compact(o[3])
        node.setdefault(_compact(p), []).append(value)
    body = {"@context": dict(sorted(PREFIXES.items())), "@graph": [nodes[k] for k in sorted(nodes)]}
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


WRITERS = {"ttl": write_ttl, "nt": write_nt, "jsonld": write_jsonld}


def export(docs: Iterable[PlanDocument], format: str = "ttl", *, with_scheme: bool = True) -> str:
    """The documents as ``ttl``, ``jsonld`` or ``nt`` text, byte-identical across runs."""
    if format not in WRITERS:
        raise InputError(f"unknown RDF format {format!r}: use one of {', '.join(FORMATS)}")
    return WRITERS[format](triples(docs, with_scheme=with_scheme))


def validate(graph, *, shapes: Path = SHAPES, ontology: Path = ONTOLOGY) -> tuple[bool, str]:
    """SHACL-validate an rdflib graph against shapes.ttl: ``(conforms, report text)``."""
    import pyshacl
    from rdflib import Graph

    conforms, _, text = pyshacl.validate(
        graph, shacl_graph=Graph().parse(shapes), ont_graph=Graph().parse(ontology),
        inference="none", advanced=True,
    )
    return bool(conforms), text
