"""The pyvis drawing: escaped, script-safe and the same for the same input."""
from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("pyvis")

from ui.network_view import cooperation_graph, network_html  # noqa: E402

EVIL = "<script>alert(1)</script>局"
ROWS = [
    ("省应急厅", "lead", "p-u0000", "加强执法。"),
    ("省公安厅", "coop", "p-u0000", "加强执法。"),
    (EVIL, "lead", "p-u0001", f"强化</script><script>alert(2)</script>检查。"),
]


def _data(html: str, name: str) -> list[dict]:
    found = re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);", html)
    assert found, f"no {name} data in the page"
    return json.loads(found[1])


def test_rows_are_escaped_and_cannot_close_the_script():
    html = network_html(ROWS)
    assert "<script>alert" not in html
    data = html[html.index("nodes = new vis.DataSet("):]
    data = data[: data.index(";\n")]
    assert "</" not in data
    nodes = {n["label"]: n for n in _data(html, "nodes")}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;局" in nodes
    assert any("&lt;/script&gt;&lt;script&gt;alert(2)" in n["title"] for n in nodes.values())
    assert all(re.fullmatch(r"n\d+", n["id"]) for n in nodes.values())  # no text in ids


def test_roles_become_solid_and_dashed_edges():
    edges = _data(network_html(ROWS), "edges")
    assert sorted((e["title"], e["dashes"]) for e in edges) == [("牵头", False), ("牵头", False), ("配合", True)]


def test_same_input_same_html():
    assert network_html(ROWS) == network_html(list(reversed(ROWS)))


def test_cooperation_graph_is_drawn_with_weights():
    G = cooperation_graph([{"department_a": EVIL, "department_b": "省公安厅", "shared": 3}])
    html = network_html(G)
    assert "<script>alert" not in html
    (edge,) = _data(html, "edges")
    assert edge["title"] == "共同任务 3 项"
    assert {n["label"] for n in _data(html, "nodes")} == {"&lt;script&gt;alert(1)&lt;/script&gt;局", "省公安厅"}


def test_unknown_role_is_named():
    with pytest.raises(ValueError, match="'owner'"):
        network_html([("省应急厅", "owner", "u", "t")])
