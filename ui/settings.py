"""Building a graph store from command-line options and the environment.

Only ``ui/`` builds stores.  The target is, first to last: ``--store`` (a path or a
``bolt://`` / ``neo4j://`` URI), ``DUTYGRAPH_STORE``, ``NEO4J_URI``, and otherwise an
embedded store in the per-user data folder.  A Bolt store takes ``NEO4J_USERNAME``,
``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` from the environment, and
``DUTYGRAPH_RETRY_S`` (default 30, the driver's own default): how long a read or a load
is retried after a dropped connection or a transient error before it fails.

>>> is_bolt_uri("bolt://127.0.0.1:7687"), is_bolt_uri("graph.lbug")
(True, False)
"""
from __future__ import annotations

import os
from pathlib import Path

from graph.errors import StoreError

BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def is_bolt_uri(target: str) -> bool:
    return target.lower().startswith(BOLT_SCHEMES)


def default_store_path() -> Path:
    """The embedded store's default place: ``<user data dir>/dutygraph/graph.lbug``."""
    import platformdirs

    return platformdirs.user_data_path("dutygraph") / "graph.lbug"


def store_target(store: str | None = None) -> str:
    """Where the store is: the option, else the environment, else the default path."""
    return store or os.environ.get("DUTYGRAPH_STORE") or os.environ.get("NEO4J_URI") or str(default_store_path())


def retry_seconds() -> float:
    """``DUTYGRAPH_RETRY_S`` as seconds (default 30)."""
    raw = os.environ.get("DUTYGRAPH_RETRY_S", "30")
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise StoreError(f"DUTYGRAPH_RETRY_S={raw!r}: give a number of seconds, e.g. 30")
    return value


def open_store(store: str | None = None):
    """Open the graph store named by ``store`` (see the module docstring)."""
    target = store_target(store)
    if is_bolt_uri(target):
        import logging

        import neo4j

        # The driver logs each retry as a warning; without a handler of the user's own,
        # Python would print them all, and the CLI promises one line per error.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())

        from graph.store_bolt import BoltStore

        user = os.environ.get("NEO4J_USERNAME", "neo4j")
        password = os.environ.get("NEO4J_PASSWORD", "")
        retry_s = retry_seconds()
        try:
            driver = neo4j.GraphDatabase.driver(target, auth=(user, password), max_transaction_retry_time=retry_s)
        except ValueError as e:
            raise StoreError(f"{target}: not a usable Bolt address ({e})") from e
        try:
            return BoltStore(driver, database=os.environ.get("NEO4J_DATABASE") or None, retry_s=retry_s,
                             uri=target)
        except BaseException:
            driver.close()
            raise
    from graph.store_ladybug import LadybugStore

    return LadybugStore(Path(target).expanduser())
