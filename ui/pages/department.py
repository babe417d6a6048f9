"""Department: the units a department leads and co-operates on, with the evidence."""
from __future__ import annotations

import streamlit as st

from ui.pages import _data


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
    _data.table(_data.run("tasks-led-by", department=name))
    st.subheader("配合 / co-operates on")
    _data.table(_data.run("tasks-cooperated-by", department=name))
    st.subheader("职责概况 / profile")
    _data.table(_data.run("department-profile", department=name))


render()
