"""Department analytics on a tiny fixture with known answers."""
from __future__ import annotations

import pytest

nx = pytest.importorskip("networkx")
from graph import network as N  # noqa: E402

# t1: A leads, B and C co-operate; t2: A leads, B co-operates; t3: D leads, E co-operates.
ROWS = [("t1", "A", "lead"), ("t1", "B", "coop"), ("t1", "C", "coop"),
        ("t2", "A", "lead"), ("t2", "B", "coop"), ("t3", "D", "lead"), ("t3", "E", "coop")]


@pytest.fixture
def tiny():
    return N.graph_from_rows(ROWS)


def test_role_counts(tiny):
    c = N.role_counts(tiny)
    assert c["dept:A"] == {"lead": 2, "coop": 0}
    assert c["dept:B"] == {"lead": 0, "coop": 2}
    assert c["dept:E"] == {"lead": 0, "coop": 1}


def test_cooperation_weights_and_degree(tiny):
    C = N.cooperation_network(tiny)
    assert sorted(C.edges(data="weight")) == [
        ("dept:A", "dept:B", 2), ("dept:A", "dept:C", 1), ("dept:B", "dept:C", 1), ("dept:D", "dept:E", 1)]
    assert N.weighted_degree(C) == {"dept:A": 3, "dept:B": 3, "dept:C": 2, "dept:D": 1, "dept:E": 1}


def test_betweenness_uses_inverse_weight_as_distance():
    # A-B strong (3 shared units), B-C weak (1), A-C weak (1): the shortest A..C path is direct,
    # but with C-D hanging off C, C is the only bridge to D.
    rows = [(f"a{i}", "A", "lead") for i in range(3)] + [(f"a{i}", "B", "coop") for i in range(3)]
    rows += [("x", "B", "lead"), ("x", "C", "coop"), ("y", "A", "lead"), ("y", "C", "coop"),
             ("z", "C", "lead"), ("z", "D", "coop")]
    bc = N.betweenness(N.cooperation_network(N.graph_from_rows(rows)))
    assert bc["dept:D"] == 0.0
    assert bc["dept:C"] == pytest.approx(2 / 3)  # A-D and B-D go through C, of 3 pairs not involving C
    assert bc["dept:A"] == 0.0 and bc["dept:B"] == 0.0


def test_communities_are_deterministic(tiny):
    C = N.cooperation_network(tiny)
    assert N.communities(C) == [["dept:A", "dept:B", "dept:C"], ["dept:D", "dept:E"]]
    assert N.communities(C, seed=0) == N.communities(C, seed=0)


def test_department_table(tiny):
    rows = N.department_table(tiny)
    assert [r["department"] for r in rows][:2] == ["dept:A", "dept:D"]
    a = rows[0]
    assert (a["lead"], a["coop"], a["weighted_degree"], a["community"]) == (2, 0, 3, 0)


def test_graphml_and_gexf_are_deterministic_and_read_back(tiny):
    import io

    g1, g2 = N.to_graphml(tiny), N.to_graphml(N.graph_from_rows(list(reversed(ROWS))))
    assert g1 == g2
    back = nx.read_graphml(io.StringIO(g1))
    assert back.number_of_nodes() == tiny.number_of_nodes()
    x1 = N.to_gexf(tiny)
    assert x1 == N.to_gexf(N.graph_from_rows(list(reversed(ROWS)))) and "lastmodifieddate" not in x1


def test_build_graph_from_a_document():
    from graph.model import (Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, SectorTag, Span,
                             Unit, UnitKind)

    pid = "plan-00000000000000cc"
    uid = Unit.make_id(pid, 1)
    a = Assignment(uid, DepartmentRef("省应急厅", "省应急厅", Span(5, 9)), Role.LEAD, Basis.CLAUSE,
                   "（省应急厅牵头）", Span(4, 12), pid)
    u = Unit(uid, pid, UnitKind.TASK, "加强监管（省应急厅牵头）", (), Span(0, 12), assignments=(a,),
             sectors=(SectorTag("general", "default", ""),))
    G = N.build_graph([PlanDocument("加强监管（省应急厅牵头）", (Plan(pid, "规划", units=(u,)),))])
    assert G.has_edge("dept:name:省应急厅", f"unit:{uid}", key="lead")
    assert G.has_edge(f"unit:{uid}", "sector:general", key="sector")
    assert G.has_edge(f"unit:{uid}", f"plan:{pid}", key="in_plan")
