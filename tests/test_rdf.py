"""RDF export: stable IRIs, round trips, byte-identical output (also through the CLI)."""
from __future__ import annotations

import subprocess
import sys

import pytest

rdflib = pytest.importorskip("rdflib")
from rdflib.compare import isomorphic  # noqa: E402

from graph import rdf  # noqa: E402
from graph.errors import InputError  # noqa: E402
from graph.model import (Assignment, Basis, Department, DepartmentKind, DepartmentRef, Plan,  # noqa: E402
                         PlanDocument, Role, Section, Span, Unit, UnitKind)
from graph.sectors import classify_sectors  # noqa: E402

PID = "plan-0123456789abcdef"
TEXT = "一、主要任务\n1.危险化学品安全。强化危化品企业风险管控。（省应急厅牵头，省、中直相关部门配合）\n"


def tiny_doc() -> PlanDocument:
    """A three-clause plan by hand: one section pair, one task, a lead and a group that co-operates."""
    s1 = Section(Section.make_id(PID, 1), PID, "一、", "主要任务", 1, ("主要任务",), Span(0, 6))
    s2 = Section(Section.make_id(PID, 2), PID, "1.", "危险化学品安全", 2, ("主要任务", "危险化学品安全"), Span(7, 16))
    start, end = TEXT.index("强化"), len(TEXT) - 1
    ev = TEXT.index("（")
    uid = Unit.make_id(PID, 1)
    lead = Assignment(uid, DepartmentRef("省应急厅", "省应急厅", Span(ev + 1, ev + 5), "ln-yjt"),
                      Role.LEAD, Basis.CLAUSE, TEXT[ev:end], Span(ev, end), PID)
    coop = Assignment(uid, DepartmentRef("省、中直相关部门", "省、中直相关部门", Span(ev + 8, ev + 16), "ln-group", True),
                      Role.COOP, Basis.CLAUSE, TEXT[ev:end], Span(ev, end), PID)
    unit = Unit(uid, PID, UnitKind.TASK, TEXT[start:end], ("主要任务", "危险化学品安全"), Span(start, end),
                assignments=(lead, coop))
    deps = (Department("ln-yjt", "辽宁省应急管理厅", DepartmentKind.GOVERNMENT, "辽宁省", "应急管理", ("省应急厅",)),
            Department("ln-group", "省、中直相关部门", DepartmentKind.COLLECTIVE, "辽宁省"))
    plan = Plan(PID, "示例安全生产规划", jurisdiction="辽宁省", date="2021-12-28", sections=(s1, s2), units=(unit,))
    return classify_sectors(PlanDocument(TEXT, (plan,), source="tiny.txt", departments=deps))


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_each_format_round_trips_to_the_same_graph(fmt, parser):
    g = rdf.to_rdf([tiny_doc()])
    back = rdflib.Graph().parse(data=rdf.export([tiny_doc()], fmt), format=parser)
    assert isomorphic(g, back)


def test_no_blank_nodes_and_stable_iris():
    g = rdf.to_rdf([tiny_doc()])
    assert not any(isinstance(t, rdflib.BNode) for triple in g for t in triple)
    uid = Unit.make_id(PID, 1)
    asg = rdflib.URIRef(f"https://w3id.org/dutygraph/id/assignment/{uid}--ln-yjt--lead")
    DG = rdflib.Namespace("https://w3id.org/dutygraph/ontology#")
    assert (asg, DG.role, DG.RoleLead) in g
    assert (rdflib.URIRef(rdf.department_iri("ln-yjt")), DG.leads, rdflib.URIRef(rdf.unit_iri(uid))) in g
    assert (rdflib.URIRef(rdf.department_iri("ln-group")), DG.cooperatesOn, rdflib.URIRef(rdf.unit_iri(uid))) in g
    assert (rdflib.URIRef(rdf.department_iri("ln-yjt")), DG.supervisesSector,
            rdflib.URIRef("https://w3id.org/dutygraph/id/sector/hazardous-chemicals")) in g


def test_output_does_not_depend_on_hash_seed():
    code = ("import sys; sys.path.insert(0, 'tests'); from test_rdf import tiny_doc; from graph import rdf;"
            "sys.stdout.write(rdf.export([tiny_doc()], sys.argv[1]))")
    for fmt in ("ttl", "jsonld", "nt"):
        outs = {subprocess.run([sys.executable, "-c", code, fmt], capture_output=True, text=True, check=True,
                               env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
        assert len(outs) == 1, fmt


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="unknown RDF format"):
        rdf.export([tiny_doc()], "rdfxml")


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "nt", "graphml", "gexf"])
def test_cli_export_twice_is_byte_identical(fmt, seed_paths, tmp_path):
    from click.testing import CliRunner

    from ui.cli import cli

    files = [str(p) for p in seed_paths.values()]
    outs = []
    for i in (1, 2):
        target = tmp_path / f"out{i}.{fmt}"
        result = CliRunner().invoke(cli, ["export", *files, "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        outs.append(target.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 10_000
