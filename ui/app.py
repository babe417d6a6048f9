"""The dutygraph web interface: ``streamlit run ui/app.py`` (or ``dutygraph ui``).

A router and nothing else: the pages in ``ui/pages/`` each run named queries through
the store (see ``ui/pages/_data.py`` for the cache policy) and render the rows.  The
store is ``DUTYGRAPH_STORE`` (a path or a bolt:// URI), else ``NEO4J_URI``, else the
embedded store in the user data folder.
"""
from __future__ import annotations

import streamlit as st

from ui.pages import _data

PAGES = [
    st.Page("pages/overview.py", title="概览 Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/department.py", title="部门 Department", icon=":material/apartment:"),
    st.Page("pages/audit.py", title="审查 Audit", icon=":material/fact_check:"),
    st.Page("pages/network.py", title="网络 Network", icon=":material/hub:"),
    st.Page("pages/cypher.py", title="Cypher", icon=":material/terminal:"),
]

st.set_page_config(page_title="dutygraph", layout="wide")
page = st.navigation(PAGES)
with st.sidebar:
    st.caption("dutygraph：安全生产规划的责任分工图谱")
    if st.button("重新读取 / reload results", key="reload", help="after dutygraph load"):
        _data.clear_results()
page.run()
