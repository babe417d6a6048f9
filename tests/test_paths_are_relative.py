"""The tests find ../shared beside the checkout, wherever the checkout is.

A test that named this machine's folder for shared/ would be skipped silently (or fail)
on a checkout anywhere else.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_source_or_test_names_an_absolute_shared_folder():
    pattern = re.compile(r"""["'](/[\w.-]+)+/shared\b""")
    found = [f"{p.relative_to(ROOT)}:{i}" for folder in ("tests", "graph", "loaders", "queries", "ui", "bench")
             for p in sorted((ROOT / folder).rglob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []
