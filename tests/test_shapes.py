"""SHACL: the export satisfies shapes.ttl, and a broken graph is reported."""
from __future__ import annotations

import pytest

rdflib = pytest.importorskip("rdflib")
pytest.importorskip("pyshacl")
from graph import rdf  # noqa: E402

from test_rdf import tiny_doc  # noqa: E402

DG = rdflib.Namespace("https://w3id.org/dutygraph/ontology#")


def test_hand_built_document_conforms():
    conforms, report = rdf.validate(rdf.to_rdf([tiny_doc()]))
    assert conforms, report


def _assignment(g):
    return next(g.subjects(rdflib.RDF.type, DG.Assignment))


def test_assignment_without_department_is_reported():
    g = rdf.to_rdf([tiny_doc()])
    g.remove((_assignment(g), DG.department, None))
    conforms, report = rdf.validate(g)
    assert not conforms
    assert "exactly one department or department group" in report


def test_assignment_with_two_roles_is_reported():
    g = rdf.to_rdf([tiny_doc()])
    g.add((_assignment(g), DG.role, DG.RoleCoop))
    g.add((_assignment(g), DG.role, DG.RoleLead))
    conforms, report = rdf.validate(g)
    assert not conforms and "exactly one role" in report


def test_unit_without_sector_or_span_is_reported():
    g = rdf.to_rdf([tiny_doc()])
    unit = next(g.subjects(rdflib.RDF.type, DG.Task))
    g.remove((unit, DG.sector, None))
    g.remove((unit, DG.spanStart, None))
    conforms, report = rdf.validate(g)
    assert not conforms
    assert "at least one sector" in report and "span" in report


def test_seed_export_conforms(seed_paths):
    from loaders import read_plan

    docs = [read_plan(p) for p in seed_paths.values()]
    conforms, report = rdf.validate(rdf.to_rdf(docs))
    assert conforms, report[:3000]
