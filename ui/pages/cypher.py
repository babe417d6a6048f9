"""Cypher: one reading query with JSON parameters; anything that could write is refused."""
from __future__ import annotations

import json

import streamlit as st

from ui.pages import _data

EXAMPLE = "MATCH (d)-[:LEADS]->(u) WHERE d.name = $name RETURN u.id AS unit, u.text AS text ORDER BY unit"
EXAMPLE_PARAMS = '{"name": "海岳省应急管理厅"}'


def _params(text: str) -> dict | None:
    try:
        params = json.loads(text or "{}")
    except json.JSONDecodeError as e:
        st.error(f"参数不是有效的 JSON / the parameters are not JSON: {e}")
        return None
    if not isinstance(params, dict):
        st.error('参数应为 JSON 对象 / the parameters must be a JSON object, e.g. {"name": "省应急厅"}')
        return None
    return params


def render() -> None:
    st.title("Cypher 查询 / Cypher")
    st.caption("只读：写入图的语句会被拒绝 / read-only: statements that could write are refused")
    text = st.text_area("Cypher", value=EXAMPLE, key="cypher_text", height=140)
    params_text = st.text_area("参数（JSON）/ parameters (JSON)", value=EXAMPLE_PARAMS,
                               key="cypher_params", height=80)
    if not st.button("运行 / run", key="cypher_run", type="primary"):
        return
    params = _params(params_text)
    if params is None:
        return
    _data.table(_data.cypher(text, params))


render()
