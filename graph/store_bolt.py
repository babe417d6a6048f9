"""The Bolt store: Neo4j (or ArcadeDB's Bolt plugin) through the ``neo4j`` driver.

``BoltStore(driver, database=None)`` takes a driver built elsewhere (``ui/settings``).
Uniqueness constraints and indexes are created idempotently; an engine that lacks a
piece of that syntax is noted in ``schema_notes`` with its reason, not fatal.  A
document is written in one explicit write transaction as ``UNWIND $rows`` batches;
relationships are created anchored on the unit (the low-degree end).  Reads run in
managed read transactions (``execute_read``) with a timeout.

Faults: reads are retried by the driver on transient errors and dropped connections
for up to its ``max_transaction_retry_time``; a load's transaction or a ``delete_plan`` is retried
whole, for up to ``retry_s`` seconds, on the same errors (a rerun is safe: a document
already committed is found and skipped).  A server that cannot be reached is a
:class:`StoreError` naming the address and what to do, never a driver traceback.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

from graph.errors import QueryError, StoreError
from graph.rows import DOC_LABELS, NODE_PROPS, REL_SCHEMA
from graph.store import DEFAULT_TIMEOUT_S, GraphStore, Writer

BATCH = 5000
DEFAULT_RETRY_S = 30.0  # the neo4j driver's own default max_transaction_retry_time
T = TypeVar("T")


def _retryable(e: BaseException) -> bool:
    """A dropped connection, a lost routing table or a transient server error."""
    from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

    return isinstance(e, (ServiceUnavailable, SessionExpired, TransientError))


def schema_statements() -> list[str]:
    """Constraints on every id, indexes on what deletes and lookups filter by."""
    out = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
           for label in NODE_PROPS]
    out += [f"CREATE INDEX {label.lower()}_doc_id IF NOT EXISTS FOR (n:{label}) ON (n.doc_id)"
            for label in DOC_LABELS]
    out.append("CREATE INDEX plan_source IF NOT EXISTS FOR (n:Plan) ON (n.source)")
    return out


def _props(names) -> str:
    return ", ".join(f"{name}: r.{name}" for name in names)


def _batches(rows: list[dict]) -> Iterator[list[dict]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


class _BoltWriter(Writer):
    def __init__(self, tx) -> None:
        self.tx = tx

    def read(self, text: str, params: dict[str, Any]) -> list[dict]:
        return self.tx.run(text, params).data()

    def execute(self, text: str, params: dict[str, Any]) -> None:
        self.tx.run(text, params).consume()

    def create_nodes(self, label: str, rows: list[dict]) -> None:
        text = f"UNWIND $rows AS r CREATE (n:{label} {{{_props(name for name, _ in NODE_PROPS[label])}}})"
        for batch in _batches(rows):
            self.execute(text, {"rows": batch})

    def update_aliases(self, label: str, rows: list[dict]) -> None:
        self.execute(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET n.aliases = r.aliases", {"rows": rows})

    def create_rels(self, rtype: str, rows: list[dict]) -> None:
        props = [name for name, _ in REL_SCHEMA[rtype][2]]
        body = f" {{{_props(props)}}}" if props else ""
        pairs: dict[tuple[str, str], list[dict]] = {}
        for r in rows:
            pairs.setdefault((r["from_label"], r["to_label"]), []).append(r)
        for (src, dst), items in sorted(pairs.items()):
            # Anchor on the low-degree end: a unit has few departments, a department many units.
            low_is_src = rtype == "IN_SECTOR"
            if low_is_src:
                text = (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.from}}) MATCH (b:{dst} {{id: r.to}}) "
                        f"CREATE (a)-[:{rtype}{body}]->(b)")
            else:
                text = (f"UNWIND $rows AS r MATCH (b:{dst} {{id: r.to}}) MATCH (a:{src} {{id: r.from}}) "
                        f"CREATE (b)<-[:{rtype}{body}]-(a)")
            for batch in _batches(items):
                self.execute(text, {"rows": batch})


_ASSIGNMENT_TYPES = "LEADS|COOPERATES_ON"


class BoltStore(GraphStore):
    """A graph database reached over Bolt with the ``neo4j`` driver it is given."""

    def __init__(self, driver, database: str | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 retry_s: float = DEFAULT_RETRY_S, uri: str | None = None) -> None:
        self.driver = driver
        self.database = database
        self.timeout_s = timeout_s
        self.retry_s = retry_s
        self.uri = uri or f"the Bolt server at {getattr(driver, '_address', None) or '(unknown address)'}"
        self.schema_notes: list[str] = []
        self._ensure_schema()

    def _unreachable(self, e: BaseException) -> StoreError:
        detail = " ".join(str(getattr(e, "message", None) or e).split())
        return StoreError(f"cannot reach {self.uri}: is the server running? (start it, or point --store / "
                          f"NEO4J_URI at one that is) [{detail}]")

    def _retrying(self, work: Callable[[], T]) -> T:
        """Run ``work`` (one whole transaction) again on retryable errors, for up to ``retry_s``."""
        deadline = time.monotonic() + self.retry_s
        pause = 0.2
        while True:
            try:
                return work()
            except Exception as e:
                if not _retryable(e):
                    raise
                if time.monotonic() + pause > deadline:
                    from neo4j.exceptions import TransientError

                    if isinstance(e, TransientError):
                        raise StoreError(f"{self.uri}: the write still failed after retrying for "
                                         f"{self.retry_s:g} s: {e.message}") from e
                    raise self._unreachable(e) from e
                time.sleep(pause)
                pause = min(pause * 2, 2.0)

    def _write_batch(self, parts):
        return self._retrying(lambda: GraphStore._write_batch(self, parts))

    def delete_plan(self, plan_id: str) -> bool:
        return self._retrying(lambda: GraphStore.delete_plan(self, plan_id))

    def _session(self, **kwargs):
        return self.driver.session(database=self.database, **kwargs)

    def _ensure_schema(self) -> None:
        from neo4j.exceptions import AuthError, ClientError, DatabaseError, DriverError

        try:
            with self._session() as session:
                for statement in schema_statements():
                    try:
                        session.run(statement).consume()
                    except AuthError:
                        raise
                    except (ClientError, DatabaseError) as e:
                        self.schema_notes.append(f"{statement}: not supported by this engine ({e.message})")
                self._fill_unit_ids(session)
        except AuthError as e:
            raise StoreError(f"{self.uri}: the server refused the login; check NEO4J_USERNAME and "
                             f"NEO4J_PASSWORD ({e.message})") from e
        except DriverError as e:
            raise self._unreachable(e) from e

    def _fill_unit_ids(self, session) -> None:
        """Give the assignments of a database written before they held their unit's id
        (``unit_id``, by which the department queries choose their page) that id, once.

        Every assignment written since holds it, and this runs at each opening, so one
        assignment tells: its ``unit_id`` is missing only in a database no version with
        it has opened yet."""
        sample = session.run(f"MATCH ()-[r:{_ASSIGNMENT_TYPES}]->() RETURN r.unit_id AS unit_id LIMIT 1").data()
        if not sample or sample[0]["unit_id"] is not None:
            return
        filled = session.execute_write(lambda tx: tx.run(
            f"MATCH ()-[r:{_ASSIGNMENT_TYPES}]->(u) WHERE r.unit_id IS NULL SET r.unit_id = u.id "
            "RETURN count(r) AS n").single()["n"])
        self.schema_notes.append(f"{filled} assignments written by an earlier version given their unit's id (unit_id)")

    def close(self) -> None:
        self.driver.close()

    @contextmanager
    def _transaction(self) -> Iterator[Writer]:
        from neo4j.exceptions import Neo4jError

        with self._session() as session:
            tx = session.begin_transaction(timeout=None)
            try:
                yield _BoltWriter(tx)
            except BaseException as e:
                self._rollback(tx)
                if isinstance(e, Neo4jError) and not _retryable(e):
                    raise StoreError(f"the write failed and was rolled back: {e.message}") from e
                raise
            try:
                tx.commit()
            except Neo4jError as e:
                if _retryable(e):
                    raise
                raise StoreError(f"the write could not be committed: {e.message}") from e

    @staticmethod
    def _rollback(tx) -> None:
        """Roll back; on a dropped connection the server has already dropped the transaction."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            tx.rollback()
        except (DriverError, Neo4jError):
            pass

    def _read(self, text: str, params: dict[str, Any]) -> list[dict]:
        import neo4j
        from neo4j.exceptions import ClientError, DriverError, Neo4jError

        @neo4j.unit_of_work(timeout=self.timeout_s)
        def work(tx):
            return tx.run(text, params).data()

        try:
            with self._session(default_access_mode=neo4j.READ_ACCESS) as session:
                return session.execute_read(work)
        except ClientError as e:
            if "Timeout" in (e.code or "") or "terminated" in (e.message or ""):
                raise QueryError(f"the query ran longer than {self.timeout_s:g} s and was stopped") from e
            raise QueryError(f"the query failed: {e.message}") from e
        except Neo4jError as e:
            raise StoreError(f"{self.uri}: the read failed: {e.message}") from e
        except DriverError as e:  # the driver has already retried for its max_transaction_retry_time
            raise self._unreachable(e) from e
