"""Network: the co-operation network of departments, or who leads and co-operates on what."""
from __future__ import annotations

import streamlit as st

from ui import network_view
from ui.pages import _data

NETWORK_PX = 600
FRAME_PX = NETWORK_PX + 110  # the pyvis page adds its (empty) headings and a card border
COOPERATION, RESPONSIBILITY = "部门协作网络 / co-operation", "部门—任务 / departments and units"


def _cooperation() -> str | None:
    min_shared = st.number_input("最少共同任务数 / fewest shared units", min_value=1, value=1,
                                 step=1, key="network_min_shared")
    rows = _data.run("cooperation-pairs", min_shared=int(min_shared))
    if not rows:
        if rows is not None:
            st.info("没有协作部门对 / no co-operating departments")
        return None
    return network_view.network_html(network_view.cooperation_graph(rows), height=f"{NETWORK_PX}px")


def _responsibility() -> str | None:
    busiest = _data.department_names(busiest_first=True)
    chosen = st.multiselect("部门 / departments", sorted(busiest), default=busiest[:3],
                            key="network_departments")
    rows = []
    for name in chosen:
        for query, role in (("tasks-led-by", "lead"), ("tasks-cooperated-by", "coop")):
            rows += [(r["department"], role, r["unit_id"], r["text"]) for r in _data.run(query, department=name) or []]
    if not rows:
        st.info("选择至少一个有任务的部门 / pick at least one department with units")
        return None
    return network_view.network_html(rows, height=f"{NETWORK_PX}px")


def render() -> None:
    st.title("责任网络 / Network")
    kind = st.radio("网络 / network", [COOPERATION, RESPONSIBILITY], horizontal=True, key="network_kind")
    page = _cooperation() if kind == COOPERATION else _responsibility()
    if page is not None:
        st.iframe(page, height=FRAME_PX)
        st.caption("实线：牵头；虚线：配合 / solid: leads; dashed: co-operates")


render()
