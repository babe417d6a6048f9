"""The responsibility network as a self-contained pyvis (vis-network) HTML page.

Two drawings, one function, :func:`network_html`:

* rows of ``(department, role, unit id, unit text)`` (role ``lead`` or ``coop``, as the
  named queries ``tasks-led-by`` / ``tasks-cooperated-by`` give them): departments
  linked to the units they lead (solid) or co-operate on (dashed);
* a networkx graph, e.g. :func:`cooperation_graph` of the ``cooperation-pairs`` rows:
  departments linked by the units they share, ``weight`` = shared units.

Every value comes from a document, so every label and tooltip is passed through
:func:`html.escape`, node ids are positional (``n0``, ``n1`` … in sorted order, never
document text), and the node and edge data reach the page through Jinja's ``tojson``,
which writes ``<`` as ``\\u003c``: no ``</script>`` can close the data's script tag.
The same input gives the same HTML (sorted nodes and edges, a fixed layout seed).
pyvis and networkx are imported inside the functions.
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_HEIGHT = "640px"
ROLE_LABEL = {"lead": "牵头", "coop": "配合"}
_UNIT_LABEL_CHARS = 14
_COLOURS = {"department": "#c0392b", "unit": "#5d8aa8"}
_OPTIONS = {
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "stabilization": {"enabled": True, "iterations": 300, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "nodes": {"font": {"size": 14}},
    "edges": {"smooth": False},
}


@dataclass(frozen=True, order=True)
class _Node:
    key: tuple[str, str]  # (kind, name or unit id): what identifies it, sorted on
    label: str
    title: str
    kind: str  # department | unit
    value: int = 1


@dataclass(frozen=True, order=True)
class _Edge:
    source: tuple[str, str]
    target: tuple[str, str]
    title: str
    dashed: bool = False
    width: float = 1.0


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _UNIT_LABEL_CHARS else text[: _UNIT_LABEL_CHARS - 1] + "…"


def _from_rows(rows: Iterable[tuple[str, str, str, str]]) -> tuple[list[_Node], list[_Edge]]:
    nodes: dict[tuple[str, str], _Node] = {}
    edges: dict[tuple, _Edge] = {}
    for department, role, unit_id, unit_text in rows:
        if role not in ROLE_LABEL:
            raise ValueError(f"role {role!r} of {department} in {unit_id}: expected lead or coop")
        dkey, ukey = ("department", str(department)), ("unit", str(unit_id))
        nodes[dkey] = _Node(dkey, str(department), str(department), "department")
        text = str(unit_text or "")
        nodes[ukey] = _Node(ukey, _shorten(text) or str(unit_id), f"{unit_id}\n{text}", "unit")
        edges[(dkey, ukey, role)] = _Edge(dkey, ukey, ROLE_LABEL[role], dashed=role == "coop")
    return sorted(nodes.values()), sorted(edges.values())


def _from_graph(G) -> tuple[list[_Node], list[_Edge]]:
    strength = {n: 0 for n in G.nodes}
    for a, b, w in G.edges(data="weight", default=1):
        strength[a] += w
        strength[b] += w
    nodes = {}
    for n, data in G.nodes(data=True):
        label = str(data.get("label", n))
        nodes[n] = _Node(("department", str(n)), label, f"{label}\n共同任务 {strength[n]} 项",
                         "department", value=max(1, strength[n]))
    edges = []
    for a, b, w in G.edges(data="weight", default=1):
        ka, kb = sorted((nodes[a].key, nodes[b].key))
        edges.append(_Edge(ka, kb, f"共同任务 {w} 项", width=1.0 + min(w, 9)))
    return sorted(nodes.values()), sorted(edges)


def cooperation_graph(rows: Iterable[dict]):
    """A networkx graph of ``cooperation-pairs`` rows (department_a, department_b, shared)."""
    import networkx as nx

    C = nx.Graph()
    for r in rows:
        a, b = r["department_a"], r["department_b"]
        C.add_node(a, label=a)
        C.add_node(b, label=b)
        C.add_edge(a, b, weight=int(r["shared"]))
    return C


def network_html(data, *, height: str = DEFAULT_HEIGHT) -> str:
    """The HTML page of a network: ``data`` is rows of (department, role, unit id,
    unit text) or a networkx graph with ``label`` on nodes and ``weight`` on edges."""
    from pyvis.network import Network

    is_graph = hasattr(data, "nodes") and hasattr(data, "edges")
    nodes, edges = _from_graph(data) if is_graph else _from_rows(data)
    ids = {node.key: f"n{i}" for i, node in enumerate(nodes)}
    net = Network(height=height, width="100%", cdn_resources="in_line")
    net.options = dict(_OPTIONS)
    for node in nodes:
        net.add_node(
            ids[node.key], label=html.escape(node.label), title=html.escape(node.title),
            shape="dot" if node.kind == "department" else "box",
            color=_COLOURS[node.kind], value=node.value,
            font={"color": "#ffffff"} if node.kind == "unit" else {"color": "#222222"},
        )
    for edge in edges:
        net.add_edge(ids[edge.source], ids[edge.target], title=html.escape(edge.title),
                     dashes=edge.dashed, width=edge.width, color="#888888")
    return net.generate_html()
