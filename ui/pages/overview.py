"""Overview: how much the graph store holds."""
from __future__ import annotations

import streamlit as st

from ui.pages import _data

UNIT_LABELS = ("Task", "KeyProject", "Target")
DEPT_LABELS = ("Department", "DepartmentGroup")


def render() -> None:
    st.title("概览 / Overview")
    st.text(f"图数据库 / store: {_data.target()}")
    counts = _data.counts()
    if counts is None:
        return
    cols = st.columns(4)
    cols[0].metric("规划（方案）/ plans", counts.get("Plan", 0))
    cols[1].metric("目标、任务、重点工程 / units", sum(counts.get(k, 0) for k in UNIT_LABELS))
    cols[2].metric("部门 / departments", sum(counts.get(k, 0) for k in DEPT_LABELS))
    cols[3].metric("分工（牵头+配合）/ assignments", counts.get("LEADS", 0) + counts.get("COOPERATES_ON", 0))
    if not counts.get("Plan"):
        st.info("图数据库是空的：先运行 dutygraph load examples/ / the store is empty: run dutygraph load examples/")
    with st.expander("按类型计数 / counts by label and relationship type"):
        _data.table([{"name": k, "count": v} for k, v in counts.items()])


render()
