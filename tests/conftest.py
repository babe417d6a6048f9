"""Shared fixtures: where the real documents are, and tiny named plan strings."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The folder of real plans with gold annotations (beside the checkout)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"real documents not found at {SHARED}: put shared/ beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_paths(shared_dir: Path) -> dict[str, Path]:
    """The five seed plans by number: {'000': Path(...000_….txt), …}."""
    return {p.name[:3]: p for p in sorted((shared_dir / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def corpus_paths(shared_dir: Path) -> dict[str, Path]:
    """The real corpus excerpts by number."""
    return {p.stem: p for p in sorted((shared_dir / "corpus" / "docs").glob("*.txt"))}
