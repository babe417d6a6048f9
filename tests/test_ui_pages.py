"""Each page of the Streamlit app, run in-process by AppTest against a real embedded store."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
pytest.importorskip("ladybug")

from streamlit.testing.v1 import AppTest  # noqa: E402

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"
EVIL = "<script>alert(1)</script>局"
PLAN = (
    "海岳省安全方案\n一、主要任务\n"
    "（一）加强执法。（省应急厅牵头，省公安厅配合）\n"
    f"（二）强化检查。（{EVIL}牵头，省公安厅配合）\n"
    "（三）开展宣传。\n"
    "（四）整治隐患。（省应急厅、省住房城乡建设厅牵头）\n"
)


@pytest.fixture(scope="module")
def ui_store(tmp_path_factory):
    """A temporary embedded store holding PLAN, named by DUTYGRAPH_STORE for the app."""
    import streamlit as st

    from graph.store_ladybug import LadybugStore
    from loaders import parse_plan

    path = tmp_path_factory.mktemp("ui") / "graph.lbug"
    with LadybugStore(path) as store:
        store.load(parse_plan(PLAN))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DUTYGRAPH_STORE", str(path))
        yield path
    st.cache_data.clear()
    st.cache_resource.clear()  # closes the store


def _page(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    assert not at.exception, at.exception
    if name != "overview":
        at.switch_page(f"pages/{name}.py").run()
        assert not at.exception, at.exception
    return at


def _cells(at: AppTest) -> list[str]:
    return [str(v) for df in at.dataframe for v in df.value.to_numpy().ravel()]


def _no_raw_html(at: AppTest) -> None:
    """The document's markup never reaches an element that renders Markdown or HTML."""
    for kind in ("markdown", "caption", "title", "subheader", "html", "error", "info"):
        for el in at.get(kind):
            assert "<script>" not in str(getattr(el, "value", "")), (kind, el)


def test_overview_shows_counts(ui_store):
    at = _page("overview")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["规划（方案）/ plans"] == "1"
    assert metrics["目标、任务、重点工程 / units"] == "4"
    assert metrics["部门 / departments"] == "4"
    assert metrics["分工（牵头+配合）/ assignments"] == "6"
    assert str(ui_store) in at.text[0].value


def test_department_page_by_short_name(ui_store):
    at = _page("department")
    assert at.info[0].value.startswith("输入或选择")
    at.text_input(key="department_typed").input("省应急厅").run()
    assert not at.exception
    led, profile = (df.value for df in at.dataframe)  # it co-operates on nothing
    assert [i.value for i in at.info] == ["没有结果 / no rows"]
    assert sorted(led["text"]) == ["（一）加强执法。（省应急厅牵头，省公安厅配合）",
                                   "（四）整治隐患。（省应急厅、省住房城乡建设厅牵头）"]
    assert set(led["evidence"]) == {"（省应急厅牵头，省公安厅配合）", "（省应急厅、省住房城乡建设厅牵头）"}
    assert set(profile["role"]) == {"lead"}


def test_department_page_shows_markup_as_text(ui_store):
    at = _page("department")
    assert EVIL in at.selectbox(key="department_picked").options
    at.selectbox(key="department_picked").select(EVIL).run()
    assert not at.exception
    assert EVIL in _cells(at)  # a cell of the data grid: drawn as text
    _no_raw_html(at)


def test_audit_page(ui_store):
    at = _page("audit")
    without, several, pairs = (df.value for df in at.dataframe)
    assert list(without["text"]) == ["（三）开展宣传。"]
    assert list(several["leads"]) == [2]
    assert {(r.department_a, r.department_b) for r in pairs.itertuples()} >= {(EVIL, "海岳省公安厅")}
    _no_raw_html(at)


def test_cypher_page_runs_a_read(ui_store):
    at = _page("cypher")
    at.button(key="cypher_run").click().run()
    assert not at.exception and not at.error
    assert sorted(at.dataframe[0].value["text"])[0].startswith("（一）加强执法")


def test_cypher_page_refuses_a_write(ui_store):
    at = _page("cypher")
    at.text_area(key="cypher_text").input("MATCH (n) DETACH DELETE n")
    at.text_area(key="cypher_params").input("{}")
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("refused: DETACH writes to the graph")
    assert not at.dataframe
    assert _page("overview").metric[0].value == "1"  # nothing was deleted


def test_cypher_page_reports_bad_parameters(ui_store):
    at = _page("cypher")
    at.text_area(key="cypher_params").input("{name: 1}").run()
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert "JSON" in at.error[0].value


def _network_data(html: str) -> list[dict]:
    found = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html)
    assert found, "no node data in the page"
    return json.loads(found[1])


@pytest.mark.parametrize("kind", [0, 1])
def test_network_page_escapes_names(ui_store, kind):
    at = _page("network")
    at.radio(key="network_kind").set_value(at.radio(key="network_kind").options[kind]).run()
    assert not at.exception
    if kind == 1:
        at.multiselect(key="network_departments").set_value([EVIL, "海岳省公安厅"]).run()
        assert not at.exception
    html = at.get("iframe")[0].proto.srcdoc
    assert "<script>alert" not in html
    labels = {n["label"] for n in _network_data(html)}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;局" in labels
    _no_raw_html(at)
