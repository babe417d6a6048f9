"""The department queries pick their page from the relationships and read the units'
texts for its rows only; that gives the rows the plain one-pass query gives, in its order,
and a page is the first rows of the whole answer."""
from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest
from fixtures import plan_a, plan_a_v2, plan_b, plan_unresolved

from bench.paged import PAGED, main as bench_paged, one_pass_query as _one_pass
from queries import get_query

SEEDS = sorted(glob.glob(str(Path(__file__).resolve().parents[3] / "shared" / "seeds" / "*.txt")))


def _departments(store) -> list[str]:
    rows = store.cypher("MATCH (d)-[:LEADS|COOPERATES_ON]->() RETURN DISTINCT d.name AS name, d.id AS id, "
                        "d.aliases AS aliases ORDER BY name")
    names = {r["name"] for r in rows} | {r["id"] for r in rows}
    names |= {a for r in rows for a in r["aliases"] or ()}
    return sorted(names) + ["无此部门"]


@pytest.fixture
def loaded(store):
    for doc in (plan_a(), plan_b(), plan_unresolved(), plan_a_v2()):
        store.load(doc)
    if SEEDS:
        from loaders import read_plan

        for path in SEEDS[:2]:
            store.load(read_plan(path))
    return store


def test_paged_queries_give_the_rows_of_the_one_pass_query_in_its_order(loaded):
    compared = 0
    for name, rel in PAGED.items():
        for department in _departments(loaded):
            for limit in (1, 3, 5000):
                params = {"department": department, "limit": limit}
                rows = loaded.run(name, **params)
                assert rows == loaded.cypher(_one_pass(rel), params), (name, params)
                compared += len(rows)
    assert compared > 100


def test_a_page_is_the_first_rows_of_the_whole_answer(loaded):
    for name in PAGED:
        for department in _departments(loaded)[:12]:
            whole = loaded.run(name, department=department, limit=100_000)
            for limit in (1, 2, 7):
                assert loaded.run(name, department=department, limit=limit) == whole[:limit]


def test_each_assignment_names_the_unit_at_its_end(loaded):
    for rel in PAGED.values():
        rows = loaded.cypher(f"MATCH ()-[r:{rel}]->(u) RETURN r.unit_id AS held, u.id AS unit")
        assert rows and all(r["held"] == r["unit"] for r in rows)


def test_the_paged_queries_read_units_through_every_unit_label():
    """A unit label added to the schema must be looked up by the paged queries too."""
    from graph.rows import UNIT_LABELS

    for name in PAGED:
        looked_up = re.findall(r"\(\w+:(\w+) \{id: unit_id\}\)", get_query(name).text)
        assert sorted(looked_up) == sorted(UNIT_LABELS), name


def test_the_paged_benchmark_compares_both_forms_on_a_loaded_store(tmp_path, capsys):
    pytest.importorskip("ladybug")
    from graph.store_ladybug import LadybugStore

    path = tmp_path / "s.lbug"
    with LadybugStore(path) as store:
        store.load(plan_a())
    assert bench_paged([str(path), "--rounds", "2", "--threads", "1"]) == 0
    table = capsys.readouterr().out
    assert "| tasks-led-by, first 100 |" in table and "| tasks-cooperated-by, all rows |" in table
    assert bench_paged([str(tmp_path / "nothing")]) == 2


def test_a_bolt_database_written_before_assignments_held_their_unit_is_upgraded_on_opening(store):
    """Over Bolt a database has no columns to check: its assignments written without
    ``unit_id`` get it when a version with it first opens the database, so the paged
    queries find their units."""
    from graph.store_bolt import BoltStore

    if not isinstance(store, BoltStore):
        pytest.skip("an embedded store of an older schema is refused (test_conformance)")
    store.load(plan_a())
    expected = store.run("tasks-led-by", department="省应急厅")
    with store._session() as session:
        session.run("MATCH ()-[r:LEADS|COOPERATES_ON]->() REMOVE r.unit_id").consume()
    assert store.run("tasks-led-by", department="省应急厅") != expected  # what an old database would answer

    reopened = BoltStore(store.driver, database=store.database)
    assert any("given their unit's id" in note for note in reopened.schema_notes)
    assert reopened.run("tasks-led-by", department="省应急厅") == expected
    assert BoltStore(store.driver, database=store.database).schema_notes == reopened.schema_notes[:-1]
