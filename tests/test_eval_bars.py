"""Extraction quality held at its bars, measured by the shared scorer (never re-implemented)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ui.commands_eval import DEFAULT_SCORER, write_predictions

SHARED = DEFAULT_SCORER.parents[1]
pytestmark = pytest.mark.skipif(not DEFAULT_SCORER.is_file(), reason="shared gold sets and scorer not present")


def _score(gold_dir: Path, tmp_path: Path):
    spec = importlib.util.spec_from_file_location("score", DEFAULT_SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    write_predictions(gold_dir, tmp_path)
    total, files, _, _ = score.score(gold_dir, tmp_path)
    return total, files


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return _score(SHARED / "seeds", tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _score(SHARED / "corpus", tmp_path_factory.mktemp("corpus"))


def test_seed_000_strict_f1(seeds):
    assert seeds[1]["000"]["strict"]["f1"] >= 1.0


def test_seed_004_lenient_f1(seeds):
    assert seeds[1]["004"]["lenient"]["f1"] >= 0.90


def test_corpus_lenient_and_strict_f1(corpus):
    assert corpus[0]["lenient"]["f1"] >= 0.85
    assert corpus[0]["strict"]["f1"] >= 0.80


def test_eval_command_prints_figures():
    from click.testing import CliRunner

    from ui.cli import cli

    result = CliRunner().invoke(cli, ["eval", str(SHARED / "corpus")])
    assert result.exit_code == 0, result.output
    assert "lenient:" in result.output
