"""Department analytics with networkx: who leads, who co-operates, who bridges whom.

:func:`build_graph` turns plan documents into a :class:`networkx.MultiDiGraph`
(plans, units, departments, sectors); every other function is handed a graph.
Node ids are strings with a type prefix: ``plan:…``, ``unit:…``, ``dept:…``, ``sector:…``.

>>> G = graph_from_rows([("t1", "应急厅", "lead"), ("t1", "公安厅", "coop"),
...                      ("t2", "应急厅", "lead"), ("t2", "住建厅", "coop")])
>>> role_counts(G)["dept:应急厅"]
{'lead': 2, 'coop': 0}
>>> C = cooperation_network(G)
>>> sorted(C.edges(data="weight"))
[('dept:住建厅', 'dept:应急厅', 1), ('dept:公安厅', 'dept:应急厅', 1)]
>>> betweenness(C)["dept:应急厅"]
1.0
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations

from graph.model import PlanDocument

ROLES = ("lead", "coop")


def _nx():
    import networkx

    return networkx


def dept_node(key: str) -> str:
    return f"dept:{key}"


def build_graph(docs: Iterable[PlanDocument]):
    """A MultiDiGraph of the documents.

    Edges: department → unit (key ``lead`` or ``coop``, with ``basis``), unit → plan
    (``in_plan``), unit → sector (``sector``, with ``reason``), sub-plan → plan
    (``part_of``).  Nodes and edges are added in sorted order, so the graph (and its
    GraphML/GEXF) is the same for the same documents.
    """
    G = _nx().MultiDiGraph()
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], dict] = {}
    for doc in docs:
        names = {d.id: d for d in doc.departments}
        for p in doc.plans:
            pn = f"plan:{p.id}"
            nodes[pn] = {"type": "plan", "label": p.title or p.id}
            if p.parent_id:
                edges[(pn, f"plan:{p.parent_id}", "part_of")] = {}
            for u in p.units:
                un = f"unit:{u.id}"
                nodes[un] = {"type": "unit", "label": (u.title or u.text)[:40], "kind": u.kind.value}
                edges[(un, pn, "in_plan")] = {}
                for t in u.sectors:
                    nodes[f"sector:{t.sector_id}"] = {"type": "sector", "label": t.sector_id}
                    edges[(un, f"sector:{t.sector_id}", "sector")] = {"reason": t.reason}
                for a in u.assignments:
                    ref = a.department
                    key = ref.department_id or f"name:{ref.name}"
                    dep = names.get(ref.department_id or "")
                    nodes[dept_node(key)] = {
                        "type": "group" if (dep.is_group if dep else ref.is_group) else "department",
                        "label": dep.name if dep else ref.name,
                        "function": (dep.function or "") if dep else "",
                    }
                    edges.setdefault((dept_node(key), un, a.role.value), {"basis": a.basis.value})
    for n in sorted(nodes):
        G.add_node(n, **nodes[n])
    for (u, v, k) in sorted(edges):
        G.add_edge(u, v, key=k, **edges[(u, v, k)])
    return G


def graph_from_rows(rows: Iterable[tuple[str, str, str]]):
    """A MultiDiGraph from ``(unit, department, role)`` rows: a small fixture builder."""
    G = _nx().MultiDiGraph()
    for unit, dept, role in sorted(rows):
        G.add_node(f"unit:{unit}", type="unit", label=unit, kind="task")
        G.add_node(dept_node(dept), type="department", label=dept, function="")
        G.add_edge(dept_node(dept), f"unit:{unit}", key=role, basis="clause")
    return G


def departments(G) -> list[str]:
    return sorted(n for n, t in G.nodes(data="type") if t in ("department", "group"))


def role_counts(G) -> dict[str, dict[str, int]]:
    """Units each department leads and co-operates on.

    >>> role_counts(graph_from_rows([("t1", "A", "coop")]))
    {'dept:A': {'lead': 0, 'coop': 1}}
    """
    out = {d: {"lead": 0, "coop": 0} for d in departments(G)}
    for d in out:
        for _, _, k in G.out_edges(d, keys=True):
            if k in ROLES:
                out[d][k] += 1
    return out


def cooperation_network(G):
    """Departments linked by the units they share (any role); ``weight`` = shared units.

    >>> C = cooperation_network(graph_from_rows([("t1", "A", "lead"), ("t1", "B", "coop"),
    ...                                          ("t2", "A", "lead"), ("t2", "B", "lead")]))
    >>> C["dept:A"]["dept:B"]["weight"]
    2
    """
    nx = _nx()
    C = nx.Graph()
    for d in departments(G):
        C.add_node(d, label=G.nodes[d].get("label", d))
    units = sorted(n for n, t in G.nodes(data="type") if t == "unit")
    for u in units:
        deps = sorted({s for s, _, k in G.in_edges(u, keys=True) if k in ROLES})
        for a, b in combinations(deps, 2):
            w = C.get_edge_data(a, b, {}).get("weight", 0)
            C.add_edge(a, b, weight=w + 1)
    return C


def weighted_degree(C) -> dict[str, int]:
    """Sum of the weights of a department's co-operation links."""
    return {n: int(d) for n, d in sorted(C.degree(weight="weight"))}


def betweenness(C, *, normalized: bool = True) -> dict[str, float]:
    """Betweenness centrality; a link's length is ``1 / weight`` (more shared units, closer).

    >>> C = cooperation_network(graph_from_rows([("t", "A", "lead"), ("t", "B", "coop"),
    ...                                          ("u", "B", "lead"), ("u", "C", "coop")]))
    >>> betweenness(C)
    {'dept:A': 0.0, 'dept:B': 1.0, 'dept:C': 0.0}
    """
    nx = _nx()
    H = C.copy()
    for a, b, w in H.edges(data="weight"):
        H[a][b]["distance"] = 1.0 / w
    bc = nx.betweenness_centrality(H, weight="distance", normalized=normalized)
    return {n: round(v, 6) for n, v in sorted(bc.items())}


def communities(C, *, seed: int = 0) -> list[list[str]]:
    """Louvain communities of the co-operation network (fixed seed), largest first.

    >>> C = cooperation_network(graph_from_rows([("t", "A", "lead"), ("t", "B", "coop"),
    ...                                          ("u", "C", "lead"), ("u", "D", "coop")]))
    >>> communities(C)
    [['dept:A', 'dept:B'], ['dept:C', 'dept:D']]
    """
    nx = _nx()
    if C.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(C, weight="weight", seed=seed)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p))


def department_table(G, *, seed: int = 0) -> list[dict]:
    """One row per department: label, lead and co-op counts, weighted degree,
    betweenness and community number, most leads first."""
    C = cooperation_network(G)
    counts, deg, bc = role_counts(G), weighted_degree(C), betweenness(C)
    community = {n: i for i, part in enumerate(communities(C, seed=seed)) for n in part}
    rows = [
        {"department": d, "label": G.nodes[d].get("label", d), **counts[d],
         "weighted_degree": deg.get(d, 0), "betweenness": bc.get(d, 0.0), "community": community.get(d, -1)}
        for d in departments(G)
    ]
    return sorted(rows, key=lambda r: (-r["lead"], -r["coop"], r["department"]))


def _scalar_copy(G):
    """GraphML/GEXF take only scalars: drop None, keep the rest."""
    H = G.copy()
    for _, data in H.nodes(data=True):
        for k in [k for k, v in data.items() if v is None]:
            del data[k]
    return H


def to_graphml(G) -> str:
    """GraphML text; the same graph gives the same bytes."""
    nx = _nx()
    return "\n".join(nx.generate_graphml(_scalar_copy(G))) + "\n"


def to_gexf(G) -> str:
    """GEXF text without the writer's date stamp, so the same graph gives the same bytes."""
    nx = _nx()
    text = "\n".join(nx.generate_gexf(_scalar_copy(G))) + "\n"
    return re.sub(r' lastmodifieddate="[^"]*"', "", text)
