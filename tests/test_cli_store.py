"""``dutygraph load``, ``query`` and ``cypher`` through click's runner, on an embedded store."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ui.cli import cli

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
sys.path.insert(0, str(Path(__file__).parent / "stores"))


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def loaded(tmp_path, monkeypatch):
    """An embedded store holding the hand-built plans (loaded through the library)."""
    from fixtures import plan_a, plan_b

    from graph.store_ladybug import LadybugStore

    path = tmp_path / "graph.lbug"
    with LadybugStore(path) as store:
        store.load(plan_a())
        store.load(plan_b())
    return str(path)


def test_every_command_has_an_example_in_its_help(runner):
    for name in ("load", "query", "cypher"):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Examples:" in result.output and f"dutygraph {name}" in result.output


def test_query_list_names_every_query(runner):
    result = runner.invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert "tasks-led-by" in result.output and "某部门牵头" in result.output


def test_query_as_table_and_json(runner, loaded):
    table = runner.invoke(cli, ["query", "tasks-led-by", "--param", "department=省应急厅", "--store", loaded])
    assert table.exit_code == 0, table.output
    assert "辽宁省应急管理厅" in table.output and "unit_id" in table.output
    as_json = runner.invoke(cli, ["query", "tasks-led-by", "-p", "department=省应急厅", "--json", "--store", loaded])
    rows = json.loads(as_json.stdout)
    assert len(rows) == 4 and all(r["evidence"] for r in rows)


def test_unknown_query_and_bad_param_are_one_line_errors(runner, loaded):
    result = runner.invoke(cli, ["query", "no-such-query", "--store", loaded])
    assert result.exit_code == 2 and "no query named" in result.output
    result = runner.invoke(cli, ["query", "tasks-led-by", "--param", "department", "--store", loaded])
    assert result.exit_code == 2 and "NAME=VALUE" in result.output
    result = runner.invoke(cli, ["query", "tasks-led-by", "--store", loaded])
    assert result.exit_code == 2 and "required" in result.output


def test_cypher_reads_and_refuses_writes(runner, loaded):
    result = runner.invoke(cli, ["cypher", "MATCH (d:Department) WHERE d.name = $n RETURN d.id AS id",
                                 "-p", "n=辽宁省公安厅", "--json", "--store", loaded])
    assert result.exit_code == 0 and json.loads(result.stdout) == [{"id": "dept:ln:police"}]
    result = runner.invoke(cli, ["cypher", "MATCH (n) DETACH DELETE n", "--store", loaded])
    assert result.exit_code == 2 and "refused" in result.output


def test_load_reports_bad_files_and_loads_the_rest(runner, tmp_path):
    pytest.importorskip("loaders.structure")
    good = tmp_path / "good.txt"
    good.write_text("辽宁省安全生产工作方案\n一、重点任务\n1.加强危险化学品安全监管。（省应急厅牵头，省公安厅配合）\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    store = str(tmp_path / "graph.lbug")
    result = runner.invoke(cli, ["load", str(bad), str(good), "--store", store])
    assert result.exit_code == 2, result.output
    assert "loaded 1 file(s)" in result.stdout
    assert "bad.txt" in result.stderr and "good.txt" not in result.stderr
    strict = runner.invoke(cli, ["load", str(bad), str(good), "--store", store, "--strict"])
    assert strict.exit_code == 2 and "bad.txt" in strict.output and "loaded" not in strict.stdout
    again = runner.invoke(cli, ["load", str(good), "--store", store])
    assert again.exit_code == 0 and "1 unchanged and skipped" in again.stdout


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seed plans")
def test_seeds_load_and_the_emergency_department_leads_tasks(runner, tmp_path):
    pytest.importorskip("loaders.structure")
    store = str(tmp_path / "graph.lbug")
    result = runner.invoke(cli, ["load", str(SEEDS), "--store", store])
    assert result.exit_code == 0, result.output
    rows = json.loads(runner.invoke(cli, ["query", "tasks-led-by", "--param", "department=省应急厅",
                                          "--json", "--store", store]).stdout)
    if not rows:
        pytest.skip("no assignments extracted from the seeds yet")
    seed0 = [r for r in rows if "省应急厅" in r["evidence"]]
    assert seed0 and all(r["evidence"] for r in rows)


def test_load_skips_an_unchanged_file_without_parsing_it(tmp_path, monkeypatch):
    """A file whose text hash is in the store already is not parsed again."""
    from click.testing import CliRunner

    import loaders
    from ui.cli import cli

    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n（一）加强执法检查。（省应急厅牵头，省公安厅配合）\n", encoding="utf-8")
    store = str(tmp_path / "graph.lbug")
    runner = CliRunner()
    first = runner.invoke(cli, ["load", str(plan), "--store", store])
    assert first.exit_code == 0, first.output

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(loaders, "parse_plan", no_parsing)
    again = runner.invoke(cli, ["load", str(plan), "--store", store])
    assert again.exit_code == 0, again.output
    assert "1 unchanged and skipped" in again.output


def test_parallel_batched_load_writes_what_a_file_by_file_load_writes(runner, tmp_path):
    from fixtures import dump

    from graph.store_ladybug import LadybugStore

    contents = []
    for name, options in (("one", ["--jobs", "1", "--batch-units", "1"]), ("two", ["--jobs", "2"])):
        store = str(tmp_path / f"{name}.lbug")
        result = runner.invoke(cli, ["load", str(SEEDS), "--store", store, *options])
        assert result.exit_code == 0, result.output
        with LadybugStore(store) as graph:
            contents.append(dump(graph))
    assert contents[0] == contents[1] and len(contents[0]["Task"]) > 100
