"""Fixtures: a fresh embedded store, and a Bolt store against a real server.

The Bolt server is ArcadeDB with its Bolt plugin, started once per test session as a
child process listening on 127.0.0.1 (a free port), from a scratch directory.  If
``NEO4J_URI`` is set, the same tests also run against that Neo4j.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))  # the fixtures module

from arcadedb_server import DATABASE, PASSWORD  # noqa: E402

STORE_KINDS = ["ladybug", "arcadedb"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def arcadedb_bolt(tmp_path_factory):
    """(uri, auth, database) of an ArcadeDB Bolt server running for this session."""
    pytest.importorskip("arcadedb_embedded")
    neo4j = pytest.importorskip("neo4j")
    work = tmp_path_factory.mktemp("arcadedb")
    ready = work / "ready"
    bolt_port, http_port = _free_port(), _free_port()
    log = open(work / "server.out", "w")
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "arcadedb_server.py"), str(bolt_port), str(http_port), str(ready)],
        cwd=work, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    started = time.monotonic()
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() - started > 90:
            proc.kill()
            pytest.fail(f"the ArcadeDB server did not start; see {work / 'server.out'}")
        time.sleep(0.1)
    uri = f"bolt://127.0.0.1:{bolt_port}"
    auth = ("root", PASSWORD)
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        driver.verify_connectivity()
    try:
        yield uri, auth, DATABASE
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _wipe(driver, database) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


def _bolt_store(uri, auth, database):
    import neo4j

    from graph.store_bolt import BoltStore

    driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    _wipe(driver, database)
    return BoltStore(driver, database=database)


def make_store(kind: str, request, tmp_path):
    if kind == "ladybug":
        from graph.store_ladybug import LadybugStore

        return LadybugStore(tmp_path / "graph.lbug")
    if kind == "arcadedb":
        return _bolt_store(*request.getfixturevalue("arcadedb_bolt"))
    return _bolt_store(os.environ["NEO4J_URI"],
                       (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")),
                       os.environ.get("NEO4J_DATABASE"))


@pytest.fixture(params=[pytest.param(k, marks=[] if k == "ladybug" else [pytest.mark.bolt]) for k in STORE_KINDS])
def store(request, tmp_path):
    """A fresh, empty store of each kind."""
    s = make_store(request.param, request, tmp_path)
    yield s
    s.close()


@pytest.fixture
def store_pair(request, tmp_path):
    """A fresh embedded store and a fresh Bolt store, to compare query results."""
    a = make_store("ladybug", request, tmp_path)
    b = make_store("neo4j" if os.environ.get("NEO4J_URI") else "arcadedb", request, tmp_path)
    yield a, b
    a.close()
    b.close()
