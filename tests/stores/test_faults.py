"""Faults lose nothing: a write that fails part-way, a dropped Bolt connection, a server
that is gone, and hostile free Cypher, on every store.

The conformance suite already fails a load in ``_write_rels`` (after every node COPY);
here the failure comes from inside the writer, after some COPYs of relationships, and
from a ``KeyboardInterrupt``.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import HERE, _free_port
from fixtures import plan_a, plan_b

from graph.errors import QueryError, StoreError
from graph.rows import DOC_LABELS


def _writer_class(store):
    if type(store).__name__ == "LadybugStore":
        from graph.store_ladybug import _LadybugWriter

        return _LadybugWriter
    from graph.store_bolt import _BoltWriter

    return _BoltWriter


def _doc_nodes(store, plan_id: str) -> int:
    """Nodes of any document label that belong to ``plan_id`` (its sub-plans included)."""
    total = 0
    for label in DOC_LABELS:
        total += store.cypher(f"MATCH (n:{label}) WHERE n.doc_id = $id OR n.id = $id RETURN count(n) AS c",
                              {"id": plan_id})[0]["c"]
    return total


@pytest.mark.parametrize("error", [RuntimeError("injected engine failure"), KeyboardInterrupt()])
def test_a_failure_after_some_relationship_copies_leaves_nothing_behind(store, monkeypatch, error):
    store.load(plan_b())
    before = store.counts()
    cls = _writer_class(store)
    original = cls.create_rels
    calls = []

    def failing(self, rtype, rows):
        calls.append(rtype)
        if len(calls) == 3:
            raise error
        return original(self, rtype, rows)

    monkeypatch.setattr(cls, "create_rels", failing)
    with pytest.raises((StoreError, RuntimeError, KeyboardInterrupt)):
        store.load(plan_a())
    monkeypatch.undo()
    assert len(calls) == 3  # two relationship types were written before the failure
    assert store.counts() == before
    assert _doc_nodes(store, plan_a().id) == 0
    summary = store.load(plan_a())
    assert not summary.skipped and store.counts()["Plan"] == before["Plan"] + 2


def test_a_failed_delete_keeps_the_document(store, monkeypatch):
    store.load(plan_a())
    before = store.counts()
    cls = _writer_class(store)
    original = cls.execute
    calls = []

    def failing(self, text, params):
        calls.append(text)
        if len(calls) == 3:  # units and sections deleted, the plan not yet
            raise RuntimeError("injected failure while deleting")
        return original(self, text, params)

    monkeypatch.setattr(cls, "execute", failing)
    with pytest.raises((StoreError, RuntimeError)):
        store.delete_plan(plan_a().id)
    monkeypatch.undo()
    assert store.counts() == before


# -- hostile free Cypher (what the conformance suite does not already list) ---------

@pytest.mark.parametrize("text", [
    "create (n:Plan {id: 'x'})",
    "CrEaTe (n:Plan {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "match (n) detach /* gap */ delete n",
    "MATCH (n:Plan) SET n:Other",
    "MATCH (n) REMOVE n:Plan",
    "DROP TABLE Task",
    "load csv from 'file:///etc/passwd' as l return l",
    "COPY Task FROM '/tmp/x.csv'",
    "CALL db.createLabel('x')",
    "call apoc.create.node(['Plan'], {id: 'x'})",
    "CALL db . createLabel('x')",
    "CALL `db.createLabel`('x')",
    "MATCH (n) CALL { WITH n DELETE n } RETURN 1",
    "ＭＥＲＧＥ (n:Plan {id: 'x'})",
    "ｄｅｌｅｔｅ n",
    "MATCH (n) DE\u200dTACH DE\u2060LETE n",
    "C\u00adREATE (n:Plan {id: 'x'})",
    "UNWIND [1] AS x CREATE (:Plan {id: toString(x)})",
])
def test_every_write_spelling_is_refused(store, text):
    store.load(plan_a())
    before = store.counts()
    with pytest.raises(QueryError, match="refused"):
        store.cypher(text)
    assert store.counts() == before


def test_a_keyword_split_by_a_comment_is_no_write(store):
    """``CRE/**/ATE`` passes the keyword check (two words), and every engine rejects it."""
    store.load(plan_a())
    before = store.counts()
    with pytest.raises(QueryError):
        store.cypher("CRE/**/ATE (n:Plan {id: 'x'})")
    assert store.counts() == before


def test_a_write_after_an_undirected_pattern_is_refused(store):
    store.load(plan_a())
    with pytest.raises(QueryError, match="refused"):
        store.cypher("MATCH (a:Plan)--(b:Section) CREATE (:Plan {id: 'smuggled'}) RETURN 1")


def test_a_write_after_an_undirected_pattern_does_not_reach_ladybug(tmp_path):
    """On LadybugDB the READ ONLY transaction is a second wall behind the keyword check."""
    from graph.store_ladybug import LadybugStore

    with LadybugStore(tmp_path / "g.lbug") as store:
        store.load(plan_a())
        before = store.counts()
        with pytest.raises(QueryError):
            store.cypher("MATCH (a:Plan)--(b:Section) CREATE (:Plan {id: 'smuggled'}) RETURN 1")
        assert store.counts() == before


@pytest.mark.parametrize("text", [
    "MATCH (p:Plan) WHERE p.title <> 'CREATE (n) SET n.x = 1; DETACH DELETE n' RETURN p.id AS id",
    'MATCH (p:Plan) WHERE p.title <> "MERGE DROP REMOVE" RETURN p.id AS id',
    "MATCH (p:Plan) WHERE p.title <> 'it\\'s DELETE' RETURN p.id AS id",
    "MATCH (p:Plan) RETURN p.id AS id // DELETE p",
    "MATCH (p:Plan) /* SET p.x = 1 */ RETURN p.id AS id",
    "MATCH (p:Plan) WHERE p.title CONTAINS 'CALL db.createLabel' OR true RETURN p.id AS id",
])
def test_keywords_in_strings_and_comments_are_not_refused(store, text):
    store.load(plan_a())
    rows = store.cypher(text)
    assert {r["id"] for r in rows} >= {plan_a().id}


@pytest.mark.parametrize("value", ["O'Brien", "O'Brien'); MATCH (n) DETACH DELETE n //",
                                   '" OR 1=1 //', "省应急厅' OR '1'='1", "\\' DETACH DELETE n"])
def test_parameters_are_passed_as_parameters(store, value):
    store.load(plan_a())
    before = store.counts()
    assert store.run("tasks-led-by", department=value) == []
    assert store.cypher("MATCH (d:Department) WHERE d.name = $n RETURN d.id AS id", {"n": value}) == []
    assert store.counts() == before


# -- Bolt: a dropped connection, a server that is gone ------------------------------

class _Proxy:
    """A TCP relay to a Bolt server whose connections the test can cut."""

    def __init__(self, port: int) -> None:
        self.target = ("127.0.0.1", port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def drop(self) -> None:
        """Cut every open connection (the server and the driver each see a reset)."""
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.listener.close()
        self.drop()


@pytest.fixture
def proxied_store(arcadedb_bolt):
    """A Bolt store on the session's ArcadeDB server, reached through a relay."""
    import neo4j

    from graph.store_bolt import BoltStore

    uri, auth, database = arcadedb_bolt
    proxy = _Proxy(int(uri.rsplit(":", 1)[1]))
    proxy_uri = f"bolt://127.0.0.1:{proxy.port}"
    driver = neo4j.GraphDatabase.driver(proxy_uri, auth=auth, max_transaction_retry_time=15)
    with driver.session(database=database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    store = BoltStore(driver, database=database, retry_s=15, uri=proxy_uri)
    yield store, proxy
    store.close()
    proxy.close()


@pytest.mark.bolt
def test_a_dropped_connection_is_retried(proxied_store):
    store, proxy = proxied_store
    store.load(plan_a())
    before = store.counts()
    proxy.drop()
    assert store.counts() == before  # the read is retried on a new connection
    proxy.drop()
    assert not store.load(plan_b()).skipped  # so is the write
    assert store.counts()["Plan"] == before["Plan"] + 2


@pytest.mark.bolt
def test_a_connection_dropped_mid_write_reruns_the_whole_load(proxied_store, monkeypatch):
    from graph.store_bolt import _BoltWriter

    store, proxy = proxied_store
    store.load(plan_b())
    clean = store.counts()
    store.delete_plan(plan_b().id)
    original = _BoltWriter.create_rels
    drops = []

    def dropping(self, rtype, rows):
        if not drops:
            drops.append(rtype)
            proxy.drop()
        return original(self, rtype, rows)

    monkeypatch.setattr(_BoltWriter, "create_rels", dropping)
    summary = store.load(plan_b())
    assert drops and not summary.skipped
    assert store.counts() == clean  # loaded exactly once


def _start_arcadedb(work: Path) -> tuple[subprocess.Popen, int]:
    ready = work / "ready"
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "arcadedb_server.py"), str(port), str(_free_port()), str(ready)],
        cwd=work, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() - started > 90:
            proc.kill()
            pytest.fail("the second ArcadeDB server did not start")
        time.sleep(0.1)
    return proc, port


@pytest.mark.bolt
def test_a_server_that_is_gone_is_a_clear_store_error(tmp_path, arcadedb_bolt):
    import neo4j

    from arcadedb_server import DATABASE, PASSWORD
    from graph.store_bolt import BoltStore

    proc, port = _start_arcadedb(tmp_path)
    uri = f"bolt://127.0.0.1:{port}"
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=("root", PASSWORD), max_transaction_retry_time=1)
        store = BoltStore(driver, database=DATABASE, retry_s=1, uri=uri)
        store.load(plan_a())
        assert store.counts()["Plan"] == 2
    finally:
        # The server crashes (a graceful stop would wait for the store's open connections).
        proc.kill()
        proc.wait()
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=f"cannot reach {uri}: is the server running"):
            store.counts()
        with pytest.raises(StoreError, match=f"cannot reach {uri}"):
            store.load(plan_b())
        with pytest.raises(StoreError, match=f"cannot reach {uri}"):
            store.delete_plan(plan_a().id)
        assert time.monotonic() - started < 30  # bounded by the retry time, not hung
    finally:
        store.close()
    with pytest.raises(StoreError, match=f"cannot reach {uri}"):
        BoltStore(neo4j.GraphDatabase.driver(uri, auth=("root", PASSWORD)), database=DATABASE, uri=uri)


@pytest.mark.bolt
def test_arcadedb_read_transactions_accept_writes(arcadedb_bolt):
    """Why the keyword check is the only wall on ArcadeDB: its read transactions write."""
    import neo4j

    uri, auth, database = arcadedb_bolt
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            session.execute_read(lambda tx: tx.run("CREATE (:RobustnessProbe {id: 'x'})").consume())
            n = session.execute_read(lambda tx: tx.run("MATCH (n:RobustnessProbe) RETURN count(n) AS c").single()["c"])
            session.run("MATCH (n:RobustnessProbe) DELETE n").consume()
    assert n == 1


def test_ladybug_copies_from_scratch_files_it_removes_after_commit_and_rollback(tmp_path, monkeypatch):
    import tempfile

    from graph.store_ladybug import LadybugStore, _LadybugWriter

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.load(plan_b())
        assert list(scratch.iterdir()) == []
        original = _LadybugWriter.create_rels

        def failing(self, rtype, rows):
            assert list(self.scratch.glob("*.parquet"))  # the node COPYs read files
            raise RuntimeError("injected engine failure")

        monkeypatch.setattr(_LadybugWriter, "create_rels", failing)
        with pytest.raises(StoreError):
            store.load(plan_a())
        monkeypatch.setattr(_LadybugWriter, "create_rels", original)
        assert list(scratch.iterdir()) == []
        store.load(plan_a())
        assert _doc_nodes(store, plan_a().id) > 0
