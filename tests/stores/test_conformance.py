"""One body of tests for every store: the embedded store and the Bolt store(s)."""
from __future__ import annotations

import pytest
from fixtures import plan_a, plan_a_v2, plan_b, plan_unresolved

from graph.errors import QueryError, StoreError
from graph.model import PlanDocument, Plan
from queries import all_queries

def test_empty_store_counts_zero(store):
    assert set(store.counts().values()) == {0}


def test_load_reports_what_it_wrote(store):
    summary = store.load(plan_a())
    assert (summary.plans, summary.sections, summary.units, summary.assignments) == (2, 2, 4, 5)
    assert not summary.skipped
    counts = store.counts()
    assert counts["Task"] == 2 and counts["Target"] == 1 and counts["KeyProject"] == 1
    assert counts["DepartmentGroup"] == 1 and counts["LEADS"] == 4 and counts["PART_OF"] == 1


def test_loading_twice_changes_nothing(store):
    store.load(plan_a())
    before = store.counts()
    again = store.load(plan_a())
    assert again.skipped
    assert store.counts() == before


def test_failure_mid_load_leaves_store_unchanged(store, monkeypatch):
    store.load(plan_b())
    before = store.counts()

    def boom(tx, rows):
        raise RuntimeError("injected failure after the nodes were written")

    monkeypatch.setattr(store, "_write_rels", boom)
    with pytest.raises((RuntimeError, StoreError)):
        store.load(plan_a())
    monkeypatch.undo()
    assert store.counts() == before
    store.load(plan_a())  # the store still takes writes afterwards
    assert store.counts()["Plan"] == before["Plan"] + 2


def test_failure_while_replacing_keeps_the_old_version(store, monkeypatch):
    store.load(plan_a())
    before = store.counts()
    monkeypatch.setattr(store, "_write_rels", lambda tx, rows: (_ for _ in ()).throw(ValueError("injected")))
    with pytest.raises(ValueError):
        store.load(plan_a_v2())
    monkeypatch.undo()
    assert store.counts() == before
    assert store.run("units-without-lead")[0]["plan_id"] == plan_a().id


def test_bad_rows_are_refused_before_any_write(store):
    doc = plan_a()
    broken = PlanDocument(text=doc.text, source=doc.source, departments=doc.departments,
                          plans=(doc.plans[0], Plan(id="plan-x", title="t", parent_id="plan-missing")))
    with pytest.raises(StoreError, match="plan-missing"):
        store.load(broken)
    assert set(store.counts().values()) == {0}


def test_changed_version_replaces_the_old(store):
    store.load(plan_a())
    summary = store.load(plan_a_v2())
    assert summary.replaced == (plan_a().id,)
    counts = store.counts()
    assert counts["Plan"] == 2 and counts["Task"] == 3
    ids = {r["plan_id"] for r in store.cypher("MATCH (u) WHERE u.n_leads >= 0 RETURN DISTINCT u.plan_id AS plan_id")}
    assert plan_a().id not in ids and plan_a_v2().id in ids
    assert _derived(store) == _recounted(store)


def _derived(store):
    """The lead counts and shared-unit counts stored at load time."""
    leads = {r["u"]: r["n"] for r in store.cypher("MATCH (u) WHERE u.n_leads >= 0 RETURN u.id AS u, u.n_leads AS n")}
    pairs = {(r["a"], r["b"]): r["n"] for r in store.cypher(
        "MATCH (a)-[s:SHARES_UNITS]->(b) RETURN a.id AS a, b.id AS b, sum(s.shared) AS n")}
    return leads, pairs


def _recounted(store):
    """The same counts recomputed from the LEADS and COOPERATES_ON relationships."""
    leads = {r["u"]: 0 for r in store.cypher("MATCH (u) WHERE u.n_leads >= 0 RETURN u.id AS u")}
    for r in store.cypher("MATCH (u)<-[:LEADS]-(d) RETURN u.id AS u, count(DISTINCT d.id) AS n"):
        leads[r["u"]] = r["n"]
    pairs = {(r["a"], r["b"]): r["n"] for r in store.cypher(
        "MATCH (a)-[:LEADS|COOPERATES_ON]->(u)<-[:LEADS|COOPERATES_ON]-(b) WHERE a.id < b.id "
        "RETURN a.id AS a, b.id AS b, count(DISTINCT u.id) AS n")}
    return leads, pairs


def test_derived_counts_follow_loads_replaces_and_deletes(store):
    for doc in (plan_a(), plan_b(), plan_unresolved()):
        store.load(doc)
    assert _derived(store) == _recounted(store)
    assert _derived(store)[1][("dept:ln:emergency", "dept:ln:police")] == 2  # one task in each of a and b
    store.load(plan_a_v2())
    store.delete_plan(plan_b().id)
    assert _derived(store) == _recounted(store)
    store.delete_plan(plan_a_v2().id)
    store.delete_plan(plan_unresolved().id)
    assert set(store.counts().values()) == {0}


def test_departments_are_shared_across_plans(store):
    store.load(plan_a())
    depts = store.counts()["Department"]
    store.load(plan_b())
    assert store.counts()["Department"] == depts
    rows = store.run("tasks-led-by", department="辽宁省应急管理厅")
    assert {r["plan_id"] for r in rows} >= {plan_a().id, plan_b().id}


def test_delete_plan_returns_to_empty(store):
    store.load(plan_a())
    assert store.delete_plan(plan_a().id)
    assert set(store.counts().values()) == {0}
    assert not store.delete_plan(plan_a().id)


def test_any_name_finds_a_department(store):
    store.load(plan_a())
    for name in ("省应急厅", "辽宁省应急管理厅", "应急厅", "dept:ln:emergency"):
        rows = store.run("tasks-led-by", department=name)
        assert {r["unit_id"] for r in rows} == {f"{plan_a().id}-u0000", f"{plan_a().id}-p01-u0000"}, name
        assert all(r["evidence"] for r in rows)


def test_unresolved_departments_get_ids_from_their_names(store):
    store.load(plan_unresolved())
    rows = store.run("tasks-led-by", department="省应急厅")
    assert [r["department"] for r in rows] == ["省应急厅"]
    assert store.cypher("MATCH (d:Department) WHERE d.id = $id RETURN d.resolved AS r",
                        {"id": "dept:name:省应急厅"}) == [{"r": False}]


@pytest.mark.parametrize("text", [
    "CREATE (n:Plan {id: 'x'})",
    "match (n) detach delete n",
    "MATCH (n) SET n.x = 1",
    "MATCH (n) REMOVE n.x",
    "MERGE (n:Plan {id: 'x'})",
    "DROP TABLE Plan",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "COPY Plan FROM 'x.csv'",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "CALL { CREATE (n) }",
    "/* MATCH */ CREATE (n)",
    "MATCH (n) RETURN n // harmless\nDELETE n",
    "ＣＲＥＡＴＥ (n)",  # full-width letters
    "CRE\u200bATE (n)",  # a zero-width space inside
    "MATCH (n) RETURN n; MATCH (m) DELETE m",
    "FOREACH (x IN [1] | CREATE (:Plan))",
])
def test_writes_are_refused(store, text):
    with pytest.raises(QueryError, match="refused"):
        store.cypher(text)
    assert set(store.counts().values()) == {0}


def test_keywords_inside_strings_are_not_writes(store):
    store.load(plan_a())
    rows = store.cypher("MATCH (p:Plan) WHERE p.title <> 'CREATE; DELETE' AND p.id = $id RETURN p.title AS t",
                        {"id": plan_a().id})
    assert rows == [{"t": "辽宁省安全生产专项整治方案"}]


def test_named_query_parameters_are_checked(store):
    with pytest.raises(QueryError, match="required"):
        store.run("tasks-led-by")
    with pytest.raises(QueryError, match="unknown parameter"):
        store.run("tasks-led-by", department="x", dept="y")
    with pytest.raises(QueryError, match="no query named"):
        store.run("tasks-led-by-nobody")


def test_every_named_query_runs(store):
    store.load(plan_a())
    store.load(plan_b())
    for q in all_queries():
        params = {p.name: "省应急厅" for p in q.params if p.default is None}
        assert isinstance(store.run(q.name, **params), list)


def test_a_failing_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.cypher("MATCH (n:NoSuchLabel RETURN n")


def test_a_long_query_is_stopped(store, request):
    if request.node.callspec.params["store"] == "arcadedb":
        pytest.skip("ArcadeDB's Bolt plugin does not enforce transaction timeouts")
    store.timeout_s = 0.3
    with pytest.raises(QueryError, match="longer than"):
        store.cypher("UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b "
                     "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS c")


def test_a_store_with_an_older_schema_is_refused_in_words(tmp_path):
    ladybug = pytest.importorskip("ladybug")
    from graph.store_ladybug import LadybugStore

    path = tmp_path / "old"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Task(id STRING, doc_id STRING, PRIMARY KEY (id))")
    conn.close()
    db.close()
    with pytest.raises(StoreError, match="older graph schema"):
        LadybugStore(path)


def test_a_store_whose_assignments_lack_a_column_is_refused_in_words(tmp_path):
    """A store written before assignments held their unit's id: its nodes are as now."""
    ladybug = pytest.importorskip("ladybug")
    from graph.store_ladybug import LadybugStore, schema_statements

    path = tmp_path / "old"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for statement in schema_statements():
        conn.execute(statement.replace(", unit_id STRING", ""))
    conn.close()
    db.close()
    with pytest.raises(StoreError, match=r"older graph schema \(LEADS has role, .*mention\); load the plans"):
        LadybugStore(path)
