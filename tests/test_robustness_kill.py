"""A load killed with SIGKILL part-way leaves the embedded store consistent.

A child process loads a small plan, then a large one; the test kills it while the large
one is being written (inside its transaction, after some COPYs), opens the store itself
and checks that every plan present is whole: the counts equal a clean load of the plans
that committed, and loading everything again completes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
HERE = Path(__file__).parent

CHILD = r"""
import sys, time
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from fixtures import plan_a
from test_robustness_kill import big_doc
from graph.store_ladybug import LadybugStore, _LadybugWriter

mode = sys.argv[4]
original = _LadybugWriter.create_rels
def signalling(self, rtype, rows):
    print("copy", rtype, flush=True)
    if mode == "pause":
        time.sleep(120)  # inside the open transaction, every node already copied
    return original(self, rtype, rows)

store = LadybugStore(sys.argv[1])
store.load(plan_a())
print("first", flush=True)
_LadybugWriter.create_rels = signalling
store.load(big_doc())
print("second", flush=True)
store.close()
"""


def big_doc(n_units: int = 2000):
    """One plan with ``n_units`` tasks, each led by one department and co-operated by another."""
    from fixtures import EMERGENCY, HOUSING, POLICE

    from graph.model import (Assignment, Basis, DepartmentRef, Plan, PlanDocument, Role, Section, Span,
                             Unit, UnitKind, plan_id)

    clauses = [f"{i}.开展第{i}批重点企业安全检查。（省应急厅牵头，省公安厅配合）\n" for i in range(n_units)]
    text = "辽宁省安全生产大检查方案\n" + "".join(clauses)
    pid = plan_id(text)
    sec = Section(id=Section.make_id(pid, 0), plan_id=pid, number="一、", title="检查任务", level=1,
                  path=("检查任务",), span=Span(0, 12))
    units, at = [], 13
    for i, clause in enumerate(clauses):
        uid = Unit.make_id(pid, i)
        span = Span(at, at + len(clause) - 1)
        ev_at = at + clause.index("（")
        evidence = "（省应急厅牵头，省公安厅配合）"

        def ref(dept, name, offset):
            start = ev_at + evidence.index(name, offset)
            return DepartmentRef(name=name, mention=name, span=Span(start, start + len(name)),
                                 department_id=dept.id)

        units.append(Unit(
            id=uid, plan_id=pid, kind=UnitKind.TASK, text=clause[:-1], section_path=("检查任务",), span=span,
            number=f"{i}.",
            assignments=tuple(
                Assignment(unit_id=uid, department=ref(dept, name, 0), role=role, basis=Basis.CLAUSE,
                           evidence=evidence, evidence_span=Span(ev_at, ev_at + len(evidence)), plan_id=pid)
                for dept, name, role in ((EMERGENCY, "省应急厅", Role.LEAD), (POLICE, "省公安厅", Role.COOP)))))
        at += len(clause)
    plan = Plan(id=pid, title="辽宁省安全生产大检查方案", source="plans/big.txt", sections=(sec,),
                units=tuple(units))
    return PlanDocument(text=text, plans=(plan,), source="plans/big.txt",
                        departments=(EMERGENCY, POLICE, HOUSING))


def _clean_counts(tmp_path: Path, docs) -> dict[str, int]:
    from graph.store_ladybug import LadybugStore

    with LadybugStore(tmp_path / f"clean-{len(docs)}.lbug") as store:
        for doc in docs:
            store.load(doc)
        return store.counts()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """Counts of a clean load of the small plan alone, and of both plans."""
    sys.path.insert(0, str(HERE / "stores"))
    from fixtures import plan_a

    tmp = tmp_path_factory.mktemp("clean")
    return _clean_counts(tmp, [plan_a()]), _clean_counts(tmp, [plan_a(), big_doc()])


@pytest.mark.parametrize("mode,delay", [("pause", 0.0), ("copy", 0.0), ("copy", 0.3)])
def test_a_killed_load_leaves_every_plan_whole(tmp_path, clean, mode, delay):
    from fixtures import plan_a

    from graph.store_ladybug import LadybugStore

    path = tmp_path / "graph.lbug"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(HERE), str(HERE / "stores"), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE.parent)
    seen = []
    try:
        for line in child.stdout:
            seen.append(line.split()[0])
            if seen[-1] == "copy" and "first" in seen:
                time.sleep(delay)
                break
        else:
            pytest.fail(f"the child ended before the second load was written: {seen} {child.stderr.read()}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    small, both = clean
    with LadybugStore(path) as store:
        counts = store.counts()
        assert counts in (small, both), "the store holds part of a document"
        big = big_doc()
        present = store.cypher("MATCH (p:Plan) RETURN p.id AS id ORDER BY id")
        assert {r["id"] for r in present} in ({plan_a().id, plan_a().plans[1].id},
                                              {plan_a().id, plan_a().plans[1].id, big.id})
        assert store.load(plan_a()).skipped
        store.load(big)
        assert store.counts() == both
