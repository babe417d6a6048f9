"""Audit: units no one leads, units with several leads (多头管理), co-operation pairs."""
from __future__ import annotations

import streamlit as st

from ui.pages import _data


def render() -> None:
    st.title("责任审查 / Audit")
    without, several, pairs = st.tabs(["无牵头部门 / no lead", "多头牵头 / several leads",
                                        "协作部门对 / co-operation pairs"])
    with without:
        st.caption("没有牵头部门的目标、任务和重点工程（责任落空）")
        _data.table(_data.run("units-without-lead"))
    with several:
        min_leads = st.number_input("最少牵头部门数 / fewest leads", min_value=2, value=2, step=1,
                                    key="audit_min_leads")
        _data.table(_data.run("units-with-several-leads", min_leads=int(min_leads)))
    with pairs:
        min_shared = st.number_input("最少共同任务数 / fewest shared units", min_value=1, value=1,
                                     step=1, key="audit_min_shared")
        _data.table(_data.run("cooperation-pairs", min_shared=int(min_shared)))


render()
