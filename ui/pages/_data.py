"""What the pages share: the store opened once, query results cached, rows as tables.

Cache policy: the store is a resource (``st.cache_resource``), one per store target
for the whole server, closed when the cache is cleared.  Query results are data
(``st.cache_data``), keyed on the store target, the query (name or text) and its
parameters, kept for ``RESULT_TTL_S`` seconds; the sidebar's reload button clears
them after ``dutygraph load``.  Errors are not cached.  Calls into one store are
serialised by a lock, since a store's read connection is not shared between threads.
"""
from __future__ import annotations

import json
import threading
from typing import Any

import streamlit as st

from graph.errors import DutygraphError

RESULT_TTL_S = 300
_SCALARS = (str, int, float, bool, type(None))


def _release(resource: tuple) -> None:
    resource[0].close()


@st.cache_resource(show_spinner="打开图数据库 / opening the graph store…", on_release=_release)
def _open(target: str) -> tuple:
    from ui.settings import open_store

    return open_store(target), threading.Lock()


def target() -> str:
    """The store the app reads: ``DUTYGRAPH_STORE``, ``NEO4J_URI`` or the default path."""
    from ui.settings import store_target

    return store_target()


def _call(store_target: str, method: str, *args: Any) -> Any:
    store, lock = _open(store_target)
    with lock:
        return getattr(store, method)(*args)


@st.cache_data(ttl=RESULT_TTL_S, show_spinner=False)
def _run(store_target: str, name: str, params: tuple[tuple[str, Any], ...]) -> list[dict]:
    store, lock = _open(store_target)
    with lock:
        return store.run(name, **dict(params))


@st.cache_data(ttl=RESULT_TTL_S, show_spinner=False)
def _cypher(store_target: str, text: str, params_json: str) -> list[dict]:
    return _call(store_target, "cypher", text, json.loads(params_json))


@st.cache_data(ttl=RESULT_TTL_S, show_spinner=False)
def _counts(store_target: str) -> dict[str, int]:
    return _call(store_target, "counts")


def run(name: str, **params: Any) -> list[dict] | None:
    """Rows of a named query, or None after showing its error."""
    try:
        return _run(target(), name, tuple(sorted(params.items())))
    except DutygraphError as e:
        st.error(str(e))
        return None


def cypher(text: str, params: dict[str, Any]) -> list[dict] | None:
    """Rows of a reading Cypher statement, or None after showing why it was refused."""
    try:
        return _cypher(target(), text, json.dumps(params, sort_keys=True, ensure_ascii=False))
    except DutygraphError as e:
        st.error(str(e))
        return None


def counts() -> dict[str, int] | None:
    try:
        return _counts(target())
    except DutygraphError as e:
        st.error(str(e))
        return None


def clear_results() -> None:
    st.cache_data.clear()


def _cell(value: Any) -> Any:
    if isinstance(value, _SCALARS):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def table(rows: list[dict] | None, *, key: str | None = None) -> None:
    """Rows as a data frame (every cell shown as text, never as HTML)."""
    if rows is None:
        return
    if not rows:
        st.info("没有结果 / no rows")
        return
    st.dataframe([{k: _cell(v) for k, v in r.items()} for r in rows], hide_index=True,
                 width="stretch", key=key)
    st.caption(f"{len(rows)} 行 / rows")


def department_names(*, busiest_first: bool = False) -> list[str]:
    """Departments that share units with another one (from ``cooperation-pairs``),
    by name, or those of the pairs sharing most units first."""
    rows = run("cooperation-pairs", min_shared=1) or []
    names = dict.fromkeys(n for r in rows for n in (r["department_a"], r["department_b"]))
    return list(names) if busiest_first else sorted(names)
