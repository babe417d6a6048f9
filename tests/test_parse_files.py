"""Parsing many files: in worker processes or not, the same documents in the same order."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.rows import build_rows
from loaders.files import default_jobs, parse_files

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture
def plans(tmp_path):
    """Three small plans and, between them, a file that is not text."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_text("一、主要任务\n（一）加强监管。（省应急厅牵头，省公安厅配合）\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "c.txt").write_text("一、重点工作\n1. 排查隐患。（市住建局负责）\n", encoding="gb18030")
    (folder / "d.txt").write_text("一、主要任务\n（一）开展培训。（县教育局牵头）\n", encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def _outcomes(parsed):
    return [(p.path.name, p.plan_id, repr(p.doc), type(p.error).__name__ if p.error else None, p.skipped)
            for p in parsed]


def test_two_workers_give_what_one_process_gives_in_order(plans):
    one = _outcomes(parse_files(plans, jobs=1))
    two = _outcomes(parse_files(plans, jobs=2))
    assert one == two
    assert [name for name, *_ in two] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert two[1][3] == "UnreadableFile" and two[1][2] == "None"


def test_a_skipped_file_is_not_parsed(plans):
    first = next(parse_files(plans[:1]))
    out = list(parse_files(plans, jobs=2, skip=lambda pid: pid == first.plan_id))
    assert out[0].skipped and out[0].doc is None
    assert not out[2].skipped and out[2].doc is not None


def test_then_runs_on_each_document_in_the_worker(plans):
    rows = [p.doc for p in parse_files(plans, jobs=2, then=build_rows) if p.doc is not None]
    assert [r.source.rsplit("/", 1)[-1] for r in rows] == ["a.txt", "c.txt", "d.txt"]
    assert all(r.count("Task") == 1 for r in rows)


def test_a_few_small_files_are_parsed_in_this_process(plans):
    assert default_jobs(plans) == 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seed plans in ../shared/seeds")
def test_seed_plans_parse_the_same_in_workers():
    files = sorted(SEEDS.glob("*.txt"))
    assert _outcomes(parse_files(files, jobs=2)) == _outcomes(parse_files(files, jobs=1))
