"""The embedded store: a LadybugDB database in a folder (``LadybugStore(path)``).

The schema is created on first use (node tables with primary keys, relationship tables
with every FROM/TO pair).  A document is written in one transaction with ``COPY …
FROM '<file>.parquet'``, one Parquet file per label and relationship type (written from
an Arrow table into a scratch folder that is removed after the transaction), not one
statement per node.  Free Cypher runs in a ``READ ONLY`` transaction on its own
connection with a query timeout.

Two engine facts shape this module: a ``COPY`` that meets a primary key already in the
table crashes the process inside a transaction, so rows are checked in Python
(:mod:`graph.rows`, and shared nodes are looked up first); and after a transaction with
a ``COPY`` is rolled back the engine's in-process state is not fit for another
``COPY``, so the store reopens the database after a failed load.
"""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from graph.errors import QueryError, StoreError
from graph.rows import NODE_PROPS, REL_SCHEMA, UNIT_LABELS, Table
from graph.store import DEFAULT_TIMEOUT_S, GraphStore, Writer

DEFAULT_BUFFER_POOL = 1 << 30  # 1 GiB; the engine's own default is most of the RAM
_NO_TX = "No active transaction"
ASSIGNMENT_RELS = ("LEADS", "COOPERATES_ON")  # the relationships that carry doc_id


def schema_statements() -> list[str]:
    """DDL for every node and relationship table (idempotent)."""
    out = []
    for label, props in NODE_PROPS.items():
        cols = ", ".join(f"{name} {typ}" for name, typ in props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY (id))")
    for rtype, (froms, tos, props) in REL_SCHEMA.items():
        pairs = ", ".join(f"FROM {f} TO {t}" for f in froms for t in tos)
        cols = "".join(f", {name} {typ}" for name, typ in props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rtype}({pairs}{cols})")
    return out


def _arrow_type(typ: str):
    import pyarrow as pa

    return {"STRING": pa.string(), "INT64": pa.int64(), "BOOLEAN": pa.bool_(),
            "STRING[]": pa.list_(pa.string())}[typ]


def _table(columns: list[tuple[str, str]], table: Table):
    import pyarrow as pa

    schema = pa.schema([(name, _arrow_type(typ)) for name, typ in columns])
    return pa.Table.from_pydict({name: table.columns[name] for name, _ in columns}, schema=schema)


def _by_ends(table: Table) -> dict[tuple[str, str], Table]:
    """A relationship table split by (from label, to label); one part is the table itself."""
    pairs = list(zip(table.columns["from_label"], table.columns["to_label"]))
    kinds = set(pairs)
    if len(kinds) == 1:
        return {kinds.pop(): table}
    indices: dict[tuple[str, str], list[int]] = {}
    for i, pair in enumerate(pairs):
        indices.setdefault(pair, []).append(i)
    return {pair: table.take(idx) for pair, idx in indices.items()}


def _rows(result) -> list[dict]:
    """Rows as dicts; a ``sum()`` of integers (INT128, read as Decimal) as an int, as over Bolt."""
    names = result.get_column_names()
    rows = [dict(zip(names, values)) for values in result.get_all()]
    wide = [name for name, typ in zip(names, result.get_column_data_types()) if typ == "INT128"]
    for row in rows if wide else ():
        for name in wide:
            if row[name] is not None:
                row[name] = int(row[name])
    return rows


class _LadybugWriter(Writer):
    """Writes one transaction; ``COPY`` reads its rows from Parquet files in ``scratch``.

    ``COPY … FROM $rows`` with an Arrow table as the parameter makes the process grow by
    ~120 MB per document at 10× that is never given back (outside the buffer pool and
    outside pyarrow's allocator; 1.3 GB of 2.7 GB stays even after the database is
    closed); the same ``COPY`` from a Parquet file keeps memory flat at the same speed. It is still one ``COPY`` in
    the document's transaction, so a rollback or a killed process leaves nothing.
    """

    def __init__(self, conn, scratch: Path) -> None:
        self.conn = conn
        self.scratch = scratch
        self._files = 0

    def read(self, text: str, params: dict[str, Any]) -> list[dict]:
        return _rows(self.conn.execute(text, params))

    def execute(self, text: str, params: dict[str, Any]) -> None:
        self.conn.execute(text, params)

    def _copy(self, target: str, table, options: str = "") -> None:
        import pyarrow.parquet as pq

        self._files += 1
        path = self.scratch / f"{self._files}.parquet"
        pq.write_table(table, path)
        self.conn.execute(f"COPY {target} FROM '{path.as_posix()}'{options}")

    def create_nodes(self, label: str, rows: Table) -> None:
        self._copy(label, _table(list(NODE_PROPS[label]), rows))

    def update_aliases(self, label: str, rows: list[dict]) -> None:
        self.conn.execute(
            f"UNWIND $rows AS r MATCH (n:{label}) WHERE n.id = r.id SET n.aliases = r.aliases",
            {"rows": rows})

    def create_rels(self, rtype: str, rows: Table) -> None:
        columns = [("from", "STRING"), ("to", "STRING"), *REL_SCHEMA[rtype][2]]
        for (src, dst), items in sorted(_by_ends(rows).items()):
            self._copy(rtype, _table(columns, items), f" (from='{src}', to='{dst}')")


class LadybugStore(GraphStore):
    """A LadybugDB database at ``path`` (a folder-like file path; created if missing)."""

    # Each COMMIT after a COPY checkpoints, at a cost that grows with the database rather
    # than with what the transaction wrote (1.6-1.9 s a commit after 50k units), so
    # load_many writes big batches: the 100x corpus's writes take 34 s at 20,000 units
    # per transaction, 16 s at 100,000 (1.4 GB peak instead of 1.0 GB).
    batch_units = 100_000

    def __init__(self, path: str | Path, *, buffer_pool_size: int = DEFAULT_BUFFER_POOL,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.buffer_pool_size = buffer_pool_size
        self.timeout_s = timeout_s
        self._db = self._conn = self._read_conn = None
        self._open()
        for statement in schema_statements():
            self._conn.execute(statement)
        self._check_schema()

    def _check_schema(self) -> None:
        """Refuse a store written with other node or relationship columns (an older
        schema) in words."""
        expected = {label: [name for name, _ in props] for label, props in NODE_PROPS.items()}
        expected.update({rtype: [name for name, _ in props] for rtype, (_, _, props) in REL_SCHEMA.items()})
        for table, names in expected.items():
            found = [r[1] for r in self._conn.execute(f"CALL table_info('{table}') RETURN *").get_all()]
            if found != names:
                self.close()
                raise StoreError(
                    f"{self.path}: this store was written with an older graph schema ({table} has "
                    f"{', '.join(found) or 'no columns'}); load the plans into a new store")

    def _open(self) -> None:
        import ladybug

        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(self.path), buffer_pool_size=self.buffer_pool_size)
        except RuntimeError as e:
            raise StoreError(f"{self.path}: cannot open the graph store: {e}") from e
        self._conn = ladybug.Connection(self._db)
        self._read_conn = ladybug.Connection(self._db)

    def close(self) -> None:
        for obj in (self._read_conn, self._conn, self._db):
            if obj is not None:
                obj.close()
        self._db = self._conn = self._read_conn = None

    def _reopen(self) -> None:
        self.close()
        self._open()

    @contextmanager
    def _transaction(self) -> Iterator[Writer]:
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        with tempfile.TemporaryDirectory(prefix="dutygraph-copy-") as scratch:
            if "'" in Path(scratch).as_posix():
                raise StoreError(f"{scratch}: a scratch folder whose name cannot be quoted in COPY")
            self._conn.execute("BEGIN TRANSACTION")
            try:
                yield _LadybugWriter(self._conn, Path(scratch))
            except BaseException as e:
                self._rollback(self._conn)
                self._reopen()
                if isinstance(e, RuntimeError):
                    raise StoreError(f"{self.path}: the write failed and was rolled back: {e}") from e
                raise
            try:
                self._conn.execute("COMMIT")
            except RuntimeError as e:
                raise StoreError(f"{self.path}: the commit failed: {e}") from e

    @staticmethod
    def _rollback(conn) -> None:
        try:
            conn.execute("ROLLBACK")
        except RuntimeError as e:  # the engine already rolled back on its own error
            if _NO_TX not in str(e):
                raise

    def _delete_doc(self, tx: Writer, plan_id: str) -> None:
        """Delete a document's relationships by their ``doc_id``, then its nodes.

        Deleting a relationship costs more the more relationships its end nodes have,
        so no node of a document is a hub: units hang off their sections, not their
        plan, and queries find a unit's plan by its ``plan_id``.
        """
        for rtype in ("SHARES_UNITS", *ASSIGNMENT_RELS):
            tx.execute(f"MATCH ()-[r:{rtype}]->() WHERE r.doc_id = $id DELETE r", {"id": plan_id})
        for label in ("Plan", "Section", *UNIT_LABELS):
            tx.execute(f"MATCH (n:{label}) WHERE n.doc_id = $id DETACH DELETE n", {"id": plan_id})

    def _read(self, text: str, params: dict[str, Any]) -> list[dict]:
        if self._read_conn is None:
            raise StoreError(f"{self.path}: the store is closed")
        conn = self._read_conn
        conn.set_query_timeout(int(self.timeout_s * 1000))
        conn.execute("BEGIN TRANSACTION READ ONLY")
        try:
            rows = _rows(conn.execute(text, params))
        except RuntimeError as e:
            self._rollback(conn)
            message = str(e)
            if "interrupted" in message.lower() or "timeout" in message.lower():
                raise QueryError(f"the query ran longer than {self.timeout_s:g} s and was stopped") from e
            first_line = message.strip().splitlines()[0] if message.strip() else "no reason given"
            raise QueryError(f"the query failed: {first_line}") from e
        self._rollback(conn)
        return rows
