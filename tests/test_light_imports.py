"""``import graph`` and ``import loaders`` stay light: heavy clients load only at the edges."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("ladybug", "neo4j", "rdflib", "networkx", "streamlit", "pyvis", "pandas", "pyshacl")


def test_core_packages_do_not_import_database_or_ui_clients():
    code = (
        "import sys, graph, graph.model, graph.contract, loaders;"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"heavy modules imported by the core: {out.stdout.strip()}"
