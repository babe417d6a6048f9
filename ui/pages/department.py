"""Department: the units a department leads and co-operates on, with the evidence."""
from __future__ import annotations

import streamlit as st

from ui.pages import _data

LIMIT = 5000  # rows per list; the queries' own default


def _limited(rows: list[dict] | None) -> None:
    _data.table(rows)
    if rows is not None and len(rows) >= LIMIT:
        st.caption(f"只显示前 {LIMIT} 行 / only the first {LIMIT} rows are shown")


def render() -> None:
    st.title("部门职责 / Department")
    typed = st.text_input("部门名称（任一名称、简称或规范名）/ any of a department's names",
                          key="department_typed", placeholder="省应急厅")
    picked = st.selectbox("或从列表中选择 / or pick one", [""] + _data.department_names(),
                          key="department_picked")
    name = typed.strip() or picked
    if not name:
        st.info("输入或选择一个部门 / type or pick a department")
        return
    st.subheader("牵头 / leads")
    _limited(_data.run("tasks-led-by", department=name, limit=LIMIT))
    st.subheader("配合 / co-operates on")
    _limited(_data.run("tasks-cooperated-by", department=name, limit=LIMIT))
    st.subheader("职责概况 / profile")
    _data.table(_data.run("department-profile", department=name))


render()
