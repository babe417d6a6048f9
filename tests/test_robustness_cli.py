"""Faults through the command line: bad files among good ones, hostile parameters, a
Bolt server that is not there, and reloads that change nothing."""
from __future__ import annotations

import json
import socket
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ui.cli import cli

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
sys.path.insert(0, str(Path(__file__).parent / "stores"))

GOOD = ("辽宁省安全生产工作方案\n一、重点任务\n"
        "1.加强危险化学品安全监管。（省应急厅牵头，省公安厅配合）\n"
        "2.开展建筑施工安全专项整治。（省住房城乡建设厅牵头，省应急厅配合）\n")
GOOD2 = ("沈阳市安全生产工作要点\n一、主要任务\n"
         "1.推进道路交通安全整治。（市公安局牵头，市交通运输局配合）\n")


@pytest.fixture
def runner():
    return CliRunner()


def _counts(store: str) -> dict[str, int]:
    from graph.store_ladybug import LadybugStore

    with LadybugStore(store) as s:
        return s.counts()


def _bad_folder(folder: Path) -> dict[str, str]:
    """Two good plans and five bad files, all named *.txt; returns name → reason word."""
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "z_good.txt").write_text(GOOD2, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with zipfile.ZipFile(folder / "d_document.txt", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (folder / "e_truncated.txt").write_bytes(GOOD.encode("utf-8")[:-2])  # cut inside the last character
    (folder / "f_binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\x00\x05" * 10)
    return {"b_empty.txt": "empty", "c_image.txt": "PNG", "d_document.txt": "ZIP archive",
            "e_truncated.txt": "not text in any known encoding", "f_binary.txt": "binary"}


def test_load_reports_every_bad_file_in_one_line_and_loads_the_good_ones(runner, tmp_path):
    bad = _bad_folder(tmp_path / "plans")
    store = str(tmp_path / "graph.lbug")
    result = runner.invoke(cli, ["load", str(tmp_path / "plans"), "--store", store])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "loaded 2 file(s)" in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("dutygraph: failed:")]
    assert len(lines) == len(bad)
    for name, reason in bad.items():
        assert [line for line in lines if name in line and reason in line], (name, lines)
    assert "good" not in result.stderr
    assert _counts(store)["Plan"] == 2


def test_load_names_a_folder_given_as_a_plan_file(runner, tmp_path):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["load", str(folder), str(good), "--store", str(tmp_path / "g.lbug")])
    # A folder argument means "its .txt files"; this one holds none.
    assert result.exit_code == 2 and "dir.txt" in result.stderr and "no .txt plan files" in result.stderr


def test_load_reports_a_folder_named_txt_inside_the_plans_folder(runner, tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (plans / "sub.txt").mkdir()
    result = runner.invoke(cli, ["load", str(plans), "--store", str(tmp_path / "g.lbug")])
    assert result.exit_code == 2 and "sub.txt" in result.stderr and "directory" in result.stderr


def test_strict_load_stops_at_the_first_bad_file(runner, tmp_path):
    _bad_folder(tmp_path / "plans")
    store = str(tmp_path / "graph.lbug")
    result = runner.invoke(cli, ["load", str(tmp_path / "plans"), "--store", store, "--strict"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("dutygraph:")]
    assert len(errors) == 1 and "b_empty.txt" in errors[0] and "empty" in errors[0]
    counts = _counts(store)
    assert counts["Plan"] == 1  # a_good.txt came first; nothing of b_empty.txt or after it
    # The bad file first: the store is left exactly as it was.
    bad = tmp_path / "0_bad.txt"
    bad.write_bytes(b"PK\x03\x04rest")
    again = runner.invoke(cli, ["load", str(bad), str(tmp_path / "plans" / "z_good.txt"), "--store", store,
                                "--strict"])
    assert again.exit_code == 2 and "0_bad.txt" in again.stderr
    assert _counts(store) == counts


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("plan.docx", b"PK\x03\x04word/document.xml", "ZIP archive"),
    ("cut.txt", GOOD.encode()[:-2], "not text"),
])
def test_extract_on_a_bad_file_is_one_line_and_exit_2(runner, tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and name in result.stderr and reason in result.stderr
    assert "Traceback" not in result.output


def test_extract_on_a_folder_named_txt_is_one_line(runner, tmp_path):
    (tmp_path / "d.txt").mkdir()
    result = runner.invoke(cli, ["extract", str(tmp_path / "d.txt")])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "directory" in result.stderr


def _big_plan(n_bytes: int) -> str:
    """Realistic plan text repeated to ``n_bytes`` of UTF-8 (each clause numbered apart)."""
    parts = ["辽宁省安全生产专项整治三年行动实施方案\n\n一、工作目标\n\n"
             "  1.生产安全事故死亡人数下降15%（省应急厅牵头，省、中直负有安全生产监管职责的部门按职责分工负责）。\n\n"
             "二、主要任务\n\n"]
    size = len(parts[0].encode())
    i = 0
    while size < n_bytes:
        i += 1
        clause = (f"  {i}.加强第{i}批危险化学品企业安全监管，开展重大危险源专项检查，"
                  f"推动企业落实安全生产主体责任。（省应急厅牵头，省公安厅、省住房城乡建设厅配合）\n\n")
        parts.append(clause)
        size += len(clause.encode())
    return "".join(parts)


@pytest.mark.slow
def test_a_50_mb_plan_loads_or_gives_one_clear_error(runner, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(_big_plan(50 * 1024 * 1024), encoding="utf-8")
    store = str(tmp_path / "graph.lbug")
    result = runner.invoke(cli, ["load", str(path), "--store", store])
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        counts = _counts(store)
        assert counts["Plan"] == 1 and counts["Task"] > 100_000
    else:
        assert result.stderr.count("\n") == 1 and "big.txt" in result.stderr


# -- parameters are parameters; a gone server is one line ----------------------------

@pytest.fixture
def loaded(tmp_path):
    from fixtures import plan_a, plan_b

    from graph.store_ladybug import LadybugStore

    path = tmp_path / "graph.lbug"
    with LadybugStore(path) as store:
        store.load(plan_a())
        store.load(plan_b())
    return str(path)


@pytest.mark.parametrize("value", ["O'Brien", "O'Brien'); MATCH (n) DETACH DELETE n //",
                                   "x\" OR 1=1 RETURN 1 //", "省应急厅' OR true //"])
def test_a_hostile_param_value_is_only_a_value(runner, loaded, value):
    before = _counts(loaded)
    result = runner.invoke(cli, ["query", "tasks-led-by", "--param", f"department={value}", "--json",
                                 "--store", loaded])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    result = runner.invoke(cli, ["cypher", "MATCH (d:Department) WHERE d.name = $n RETURN d.id AS id",
                                 "-p", f"n={value}", "--json", "--store", loaded])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert _counts(loaded) == before


@pytest.mark.parametrize("text", ["CRE/**/ATE (n:Plan {id: 'x'})", "ＣＲＥＡＴＥ (n:Plan {id: 'x'})",
                                  "CALL db.createLabel('x')", "match (n) dEtAcH delete n"])
def test_cli_cypher_refuses_or_fails_every_write(runner, loaded, text):
    before = _counts(loaded)
    result = runner.invoke(cli, ["cypher", text, "--store", loaded])
    assert result.exit_code == 2 and result.stderr.startswith("dutygraph: error:")
    assert "Traceback" not in result.output
    assert _counts(loaded) == before


def test_cli_cypher_syntax_error_is_one_line(runner, loaded):
    result = runner.invoke(cli, ["cypher", "MATCH (n RETURN n", "--store", loaded])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", [["query", "units-without-lead"], ["cypher", "MATCH (n) RETURN count(n) AS c"]])
def test_a_bolt_server_that_is_not_there_is_one_line(runner, command):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    result = runner.invoke(cli, [*command, "--store", uri])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1
    assert f"cannot reach {uri}: is the server running?" in result.stderr


# -- reloads change nothing -----------------------------------------------------------

@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seed plans in ../shared/seeds")
def test_seeds_loaded_twice_give_the_same_counts_and_export_the_same_bytes(runner, tmp_path):
    from graph import rdf
    from loaders import read_plan

    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    store = str(tmp_path / "graph.lbug")
    first = runner.invoke(cli, ["load", *seeds, "--store", store])
    assert first.exit_code == 0, first.output
    counts = _counts(store)
    second = runner.invoke(cli, ["load", *seeds, "--store", store])
    assert second.exit_code == 0 and f"{len(seeds)} unchanged and skipped" in second.stdout
    assert _counts(store) == counts
    assert counts["Plan"] >= len(seeds) and counts["LEADS"] > 0
    one = rdf.export([read_plan(p) for p in seeds], "nt")
    two = rdf.export([read_plan(p) for p in reversed(seeds)], "nt")
    assert one == two and one
    cli_a = runner.invoke(cli, ["export", *seeds, "--format", "ttl"])
    cli_b = runner.invoke(cli, ["export", *seeds, "--format", "ttl"])
    assert cli_a.exit_code == 0 and cli_a.stdout_bytes == cli_b.stdout_bytes


_CLAUSES = st.lists(st.tuples(
    st.sampled_from(["加强危险化学品安全监管", "开展建筑施工安全整治", "推进道路交通安全治理", "完善应急预案"]),
    st.lists(st.sampled_from(["省应急厅", "省公安厅", "省住房城乡建设厅", "省交通运输厅"]), min_size=1,
             max_size=3, unique=True),
    st.lists(st.sampled_from(["省消防救援总队", "省市场监管局", "省生态环境厅"]), max_size=2, unique=True),
), min_size=1, max_size=6)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(clauses=_CLAUSES, title=st.sampled_from(["安全生产工作方案", "专项整治实施方案"]))
def test_any_plan_loaded_again_leaves_the_counts_unchanged(tmp_path_factory, clauses, title):
    from graph.store_ladybug import LadybugStore
    from loaders import parse_plan

    lines = [f"辽宁省{title}", "一、重点任务"]
    for i, (task, leads, coops) in enumerate(clauses, 1):
        tail = f"，{'、'.join(coops)}配合" if coops else ""
        lines.append(f"{i}.{task}。（{'、'.join(leads)}牵头{tail}）")
    text = "\n".join(lines) + "\n"
    path = tmp_path_factory.mktemp("reload") / "graph.lbug"
    with LadybugStore(path) as store:
        store.load(parse_plan(text, source="generated.txt"))
        counts = store.counts()
        assert store.load(parse_plan(text, source="generated.txt")).skipped
        assert store.counts() == counts
    with LadybugStore(path) as store:  # and after the store is closed and opened again
        assert store.load(parse_plan(text, source="generated.txt")).skipped
        assert store.counts() == counts
