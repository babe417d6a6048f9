"""One graph store interface for the embedded LadybugDB store and the Bolt store.

A store is handed its connection (a path for LadybugDB, a driver for Bolt); only
``ui/`` builds stores from settings.  What every store shares lives here: the loading
semantics (a document is all or nothing: ``load`` writes one in a transaction,
``load_many`` several per transaction and falls back to one by one if a batch fails;
the same content again is skipped; a new version of a ``source`` replaces the old one;
departments and sectors are shared), the named queries and the read-only check of
free Cypher.

>>> check_read_only("MATCH (d:Department) RETURN d.name")
>>> check_read_only("match (n) detach delete n")
Traceback (most recent call last):
...
graph.errors.QueryError: refused: DETACH writes to the graph; only reading queries may run here
>>> check_read_only("MATCH (d) WHERE d.name = 'CREATE' RETURN d // SET")
"""
from __future__ import annotations

import abc
import re
import unicodedata
from contextlib import AbstractContextManager
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from graph.errors import DutygraphError, QueryError
from graph.model import PlanDocument
from graph.rows import (DEPT_LABELS, NODE_PROPS, REL_SCHEMA, SHARED_LABELS, UNIT_LABELS, Rows, Table,
                        build_rows, merge_rows)

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_BATCH_UNITS = 20_000

_WRITE_WORDS = {
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "LOAD", "COPY", "FOREACH",
    "ALTER", "INSTALL", "ATTACH", "DETACH", "IMPORT", "EXPORT", "CHECKPOINT", "BEGIN", "COMMIT",
    "ROLLBACK", "TERMINATE", "GRANT", "DENY", "REVOKE",
}
# Procedures that only read; any other CALL is refused.
_READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "show_tables", "table_info", "show_connection", "db.indexes", "db.constraints",
}
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*")


def _strip(text: str) -> str:
    """Comments, string literals and quoted names blanked out; NFKC; no format chars."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("//", i):  # Cypher has no "--" comment: (a)--(b) is a pattern
            j = text.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            out.append(" '' " if ch != "`" else " _q ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def check_read_only(text: str) -> None:
    """Raise QueryError if ``text`` could write (any spelling), else return None."""
    stripped = _strip(text)
    tokens = [re.sub(r"\s+", "", t) for t in _TOKEN.findall(stripped)]
    upper = [t.upper() for t in tokens]
    for i, word in enumerate(upper):
        if word in _WRITE_WORDS:
            raise QueryError(f"refused: {word} writes to the graph; only reading queries may run here")
        if word == "CALL":
            proc = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if proc not in _READ_PROCEDURES:
                raise QueryError(
                    f"refused: CALL {proc or '{…}'} may write; only the read procedures "
                    f"{', '.join(sorted(_READ_PROCEDURES))} may be called here"
                )
    if ";" in stripped.strip().rstrip(";"):
        raise QueryError("refused: several statements; give one reading query")


@dataclass(frozen=True)
class LoadSummary:
    """What one ``load`` did."""

    plan_id: str
    source: str | None
    plans: int = 0
    sections: int = 0
    units: int = 0
    assignments: int = 0
    departments: int = 0  # departments (and groups) this document names
    skipped: bool = False  # the same content was already there
    replaced: tuple[str, ...] = ()  # plan ids of earlier versions of the same source


class Writer(abc.ABC):
    """The write primitives of one open transaction."""

    @abc.abstractmethod
    def read(self, text: str, params: dict[str, Any]) -> list[dict]: ...

    @abc.abstractmethod
    def execute(self, text: str, params: dict[str, Any]) -> None: ...

    @abc.abstractmethod
    def create_nodes(self, label: str, rows: Table) -> None: ...

    @abc.abstractmethod
    def update_aliases(self, label: str, rows: list[dict]) -> None: ...

    @abc.abstractmethod
    def create_rels(self, rtype: str, rows: Table) -> None: ...


class GraphStore(abc.ABC):
    """The interface both stores implement; the loading logic is shared."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    batch_units: int = DEFAULT_BATCH_UNITS  # load_many: units written per transaction

    # -- implemented by each store ------------------------------------------------
    @abc.abstractmethod
    def _transaction(self) -> AbstractContextManager[Writer]:
        """A write transaction: committed on exit, rolled back (store unchanged) on error."""

    @abc.abstractmethod
    def _read(self, text: str, params: dict[str, Any]) -> list[dict]:
        """Run a reading query (read transaction, timeout) and return rows as dicts."""

    @abc.abstractmethod
    def close(self) -> None: ...

    # -- shared --------------------------------------------------------------------
    def has_plan(self, plan_id: str) -> bool:
        """Whether a document with this id (the hash of its text) is loaded already."""
        return bool(self._read("MATCH (p:Plan) WHERE p.id = $id RETURN p.id AS id", {"id": plan_id}))

    def load(self, doc: PlanDocument) -> LoadSummary:
        """Load one document in one transaction (see the module docstring)."""
        if self.has_plan(doc.id):
            return LoadSummary(plan_id=doc.id, source=doc.source, skipped=True)
        return self._write_batch([build_rows(doc)])[0]

    def load_many(self, docs: Iterable[PlanDocument | Rows], *, batch_units: int | None = None,
                  on_error: Callable[[PlanDocument | Rows, DutygraphError], None] | None = None,
                  ) -> Iterator[LoadSummary]:
        """Load documents, several per transaction; one summary per document, in order.

        Documents are gathered until they hold ``batch_units`` units (default
        :attr:`batch_units`, the store's own) and written in one transaction, much faster
        than one transaction each where a commit is costly.  Each document is still all
        or nothing: if a batch fails it is rolled back and its documents are written
        again one by one, so only the one at fault fails.  A failure raises, or, with
        ``on_error``, is handed to it with the document and loading goes on.  A document
        may be given as its :class:`~graph.rows.Rows` (built elsewhere, e.g. in the
        process that parsed it).  Documents already in the store are found in the
        batch's transaction, with one query per batch.
        """
        limit = self.batch_units if batch_units is None else batch_units
        pending: list[tuple[PlanDocument | Rows, Rows | LoadSummary]] = []  # in the given order
        ids: set[str] = set()
        sources: set[str] = set()
        size = 0
        items = iter(docs)
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except Exception:  # the documents' source failed: what came before it is loaded
                yield from self._flush(pending, on_error)
                raise
            doc_id, source = (item.doc_id, item.source) if isinstance(item, Rows) else (item.id, item.source)
            if doc_id in ids:  # the same content twice in one batch
                pending.append((item, LoadSummary(plan_id=doc_id, source=source, skipped=True)))
                continue
            if source and source in sources:  # a newer version replaces the pending one
                yield from self._flush(pending, on_error)
                pending, ids, sources, size = [], set(), set(), 0
            try:
                rows = item if isinstance(item, Rows) else build_rows(item)
            except DutygraphError as e:
                if on_error is None:
                    yield from self._flush(pending, on_error)  # what came before it is loaded
                    raise
                on_error(item, e)
                continue
            pending.append((item, rows))
            ids.add(doc_id)
            if source:
                sources.add(source)
            size += rows.count(*UNIT_LABELS)
            if size >= limit:
                yield from self._flush(pending, on_error)
                pending, ids, sources, size = [], set(), set(), 0
        yield from self._flush(pending, on_error)

    def _flush(self, pending: list[tuple[PlanDocument | Rows, Rows | LoadSummary]],
               on_error: Callable[[PlanDocument | Rows, DutygraphError], None] | None) -> Iterator[LoadSummary]:
        """Write a batch and yield its summaries in order; if it fails, write its documents one by one."""
        parts = [rows for _, rows in pending if isinstance(rows, Rows)]
        done: dict[str, LoadSummary] = {}
        if len(parts) > 1:
            try:
                done = {s.plan_id: s for s in self._write_batch(parts)}
            except DutygraphError:
                done = {}
        for item, rows in pending:
            if isinstance(rows, LoadSummary):
                yield rows
                continue
            if rows.doc_id in done:
                yield done[rows.doc_id]
                continue
            try:
                summary = self._write_batch([rows])[0]
            except DutygraphError as e:
                if on_error is None:
                    raise
                on_error(item, e)
                continue
            yield summary

    def _write_batch(self, parts: list[Rows]) -> list[LoadSummary]:
        """Write documents in one transaction; a summary per document (skipped if present)."""
        with self._transaction() as tx:
            present = {r["id"] for r in tx.read(
                "MATCH (p:Plan) WHERE p.id IN $ids RETURN p.id AS id", {"ids": [r.doc_id for r in parts]})}
            new = [rows for rows in parts if rows.doc_id not in present]
            by_source: dict[str, list[str]] = {}
            for r in tx.read("MATCH (p:Plan) WHERE p.source IN $sources AND p.parent_id IS NULL "
                             "RETURN p.id AS id, p.source AS source",
                             {"sources": sorted({rows.source for rows in new if rows.source})}):
                by_source.setdefault(r["source"], []).append(r["id"])
            old = {rows.doc_id: sorted(i for i in by_source.get(rows.source, ()) if i != rows.doc_id)
                   for rows in new}
            replaced = sorted({plan_id for ids in old.values() for plan_id in ids})
            for plan_id in replaced:
                self._delete_doc(tx, plan_id)
            if new:
                merged = merge_rows(new)
                self._write_nodes(tx, merged)
                self._write_rels(tx, merged)
            if replaced:
                self._delete_orphans(tx)
        return [_summary(rows, tuple(old[rows.doc_id])) if rows.doc_id in old
                else LoadSummary(plan_id=rows.doc_id, source=rows.source, skipped=True) for rows in parts]

    def delete_plan(self, plan_id: str) -> bool:
        """Delete a document's subgraph by its plan id; True if it was there."""
        with self._transaction() as tx:
            if not tx.read("MATCH (p:Plan) WHERE p.id = $id RETURN p.id AS id", {"id": plan_id}):
                return False
            self._delete_doc(tx, plan_id)
            self._delete_orphans(tx)
        return True

    def run(self, query_name: str, **params: Any) -> list[dict]:
        """Run a named query from ``queries/`` with its parameters."""
        from queries import get_query

        query = get_query(query_name)
        return self._read(query.text, query.bind(params))

    def cypher(self, text: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run a reading Cypher statement; anything that could write is refused."""
        check_read_only(text)
        return self._read(text, dict(params or {}))

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type."""
        out: dict[str, int] = {}
        for label in NODE_PROPS:
            out[label] = self._read(f"MATCH (n:{label}) RETURN count(n) AS c", {})[0]["c"]
        for rtype in REL_SCHEMA:
            out[rtype] = self._read(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS c", {})[0]["c"]
        return out

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- steps of a load (separate so a test can make one fail) ---------------------
    def _write_nodes(self, tx: Writer, rows: Rows) -> None:
        for label, items in rows.nodes.items():
            if not items:
                continue
            if label in SHARED_LABELS:
                self._write_shared(tx, label, items)
            else:
                tx.create_nodes(label, items)

    def _write_shared(self, tx: Writer, label: str, items: Table) -> None:
        """Create the departments and sectors not there yet; add new aliases to the rest."""
        ids = items.columns["id"]
        found = tx.read(
            f"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id AS id"
            + (", n.aliases AS aliases" if label in DEPT_LABELS else ""),
            {"ids": list(ids)})
        existing = {r["id"]: r.get("aliases") or [] for r in found}
        new = [i for i, node_id in enumerate(ids) if node_id not in existing]
        if new:
            tx.create_nodes(label, items if len(new) == len(ids) else items.take(new))
        if label in DEPT_LABELS:
            grown = []
            for node_id, aliases in zip(ids, items.columns["aliases"]):
                if node_id in existing:
                    merged = sorted(set(existing[node_id]) | set(aliases or []))
                    if merged != sorted(existing[node_id]):
                        grown.append({"id": node_id, "aliases": merged})
            if grown:
                tx.update_aliases(label, grown)

    def _write_rels(self, tx: Writer, rows: Rows) -> None:
        for rtype, items in rows.rels.items():
            if items:
                tx.create_rels(rtype, items)

    def _delete_doc(self, tx: Writer, plan_id: str) -> None:
        tx.execute("MATCH ()-[r:SHARES_UNITS]->() WHERE r.doc_id = $id DELETE r", {"id": plan_id})
        for label in ("Task", "KeyProject", "Target", "Section", "Plan"):
            tx.execute(f"MATCH (n:{label}) WHERE n.doc_id = $id DETACH DELETE n", {"id": plan_id})

    def _delete_orphans(self, tx: Writer) -> None:
        """Shared nodes no document points at any more."""
        for label in SHARED_LABELS:
            tx.execute(f"MATCH (n:{label}) WHERE NOT EXISTS {{ MATCH (n)-[]-() }} DELETE n", {})


def _summary(rows: Rows, replaced: tuple[str, ...]) -> LoadSummary:
    return LoadSummary(
        plan_id=rows.doc_id, source=rows.source, plans=rows.count("Plan"),
        sections=rows.count("Section"), units=rows.count(*UNIT_LABELS),
        assignments=rows.rel_count("LEADS", "COOPERATES_ON"), departments=rows.count(*DEPT_LABELS),
        replaced=replaced,
    )
