"""Every named query gives the same rows on the embedded store and the Bolt store."""
from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest
from fixtures import plan_a, plan_a_v2, plan_b, plan_unresolved

from queries import all_queries

pytestmark = pytest.mark.bolt
SEEDS = sorted(glob.glob(str(Path(__file__).resolve().parents[3] / "shared" / "seeds" / "*.txt")))
DEPARTMENTS = ["省应急厅", "辽宁省应急管理厅", "省公安厅", "省住房城乡建设厅", "应急厅", "无此部门"]


def _sorted(rows):
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


def _compare(a, b, departments):
    assert a.counts() == b.counts()
    compared = 0
    for q in all_queries():
        needs_dept = any(p.name == "department" for p in q.params)
        for dept in departments if needs_dept else [None]:
            params = {"department": dept} if dept else {}
            ra, rb = a.run(q.name, **params), b.run(q.name, **params)
            assert _sorted(ra) == _sorted(rb), (q.name, params)
            compared += len(ra)
    return compared


def test_named_queries_agree_on_hand_built_plans(store_pair):
    a, b = store_pair
    for doc in (plan_a(), plan_b(), plan_unresolved(), plan_a_v2()):
        a.load(doc)
        b.load(doc)
    assert _compare(a, b, DEPARTMENTS) > 0


@pytest.mark.skipif(not SEEDS, reason="no seed plans in ../shared/seeds")
def test_named_queries_agree_on_the_seed_plans(store_pair):
    pytest.importorskip("loaders.structure")
    from loaders import read_plan

    a, b = store_pair
    names = set()
    for path in SEEDS:
        doc = read_plan(path)
        a.load(doc)
        b.load(doc)
        names |= {x.department.name for x in doc.assignments()}
    _compare(a, b, sorted(names)[:15] + ["省应急厅"])
