"""Every gold anchor (corpus and seeds) falls inside exactly one extracted unit."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from loaders.reading import read_text
from loaders.structure import parse_structure

SHARED = Path(__file__).parents[2] / "shared"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} (the shared seeds and corpus) is absent")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split()).replace("|", "")


def _cases() -> list[tuple[Path, Path]]:
    out = [(SHARED / "corpus" / "docs" / g.name.replace(".jsonl", ".txt"), g)
           for g in sorted((SHARED / "corpus" / "gold").glob("*.jsonl"))]
    for g in sorted((SHARED / "seeds" / "gold").glob("*.jsonl")):
        out += [(p, g) for p in (SHARED / "seeds").glob(g.stem + "_*.txt")]
    return out


@pytest.mark.parametrize("doc_path,gold_path", _cases() if SHARED.is_dir() else [],
                         ids=lambda p: p.name)
def test_every_gold_anchor_lies_inside_a_unit(doc_path: Path, gold_path: Path) -> None:
    text, _ = read_text(doc_path)
    units = [norm(u.text) for u in parse_structure(text).units()]
    missing = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if "anchor" not in row:
            continue
        if not any(norm(row["anchor"]) in u for u in units):
            missing.append(row["anchor"])
    assert not missing, f"{doc_path.name}: anchors outside every unit: {missing}"
