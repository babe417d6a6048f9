"""Loading many documents in few transactions gives what loading them one by one gives."""
from __future__ import annotations

import pytest
from fixtures import dump, plan_a, plan_a_v2, plan_b, plan_unresolved

from graph.errors import StoreError
from graph.model import Plan, PlanDocument
from graph.rows import build_rows


def _sequential(store, docs):
    for doc in docs:
        store.load(doc)
    content = dump(store)
    for doc in docs:
        store.delete_plan(doc.id)
    assert set(store.counts().values()) == {0}
    return content


def test_one_transaction_for_several_documents_writes_the_same_graph(store):
    docs = [plan_a(), plan_b(), plan_unresolved()]
    expected = _sequential(store, docs)
    summaries = list(store.load_many(docs, batch_units=1000))
    assert [s.plan_id for s in summaries] == [d.id for d in docs]
    assert not any(s.skipped for s in summaries)
    assert all(s.units for s in summaries)
    assert dump(store) == expected


def test_batches_of_one_unit_write_the_same_graph(store):
    docs = [plan_a(), plan_b(), plan_unresolved()]
    expected = _sequential(store, docs)
    list(store.load_many(docs, batch_units=1))
    assert dump(store) == expected


def test_rows_built_elsewhere_load_like_documents(store):
    docs = [plan_a(), plan_b()]
    expected = _sequential(store, docs)
    list(store.load_many([build_rows(d) for d in docs]))
    assert dump(store) == expected


def test_the_same_document_twice_in_one_batch_is_written_once(store):
    summaries = list(store.load_many([plan_a(), plan_a()]))
    assert [s.skipped for s in summaries] == [False, True]
    assert store.counts()["Plan"] == 2


def test_a_later_version_in_the_same_batch_replaces_the_earlier(store):
    expected = _sequential(store, [plan_a_v2(), plan_b()])
    summaries = list(store.load_many([plan_a(), plan_b(), plan_a_v2()]))
    assert summaries[-1].replaced == (plan_a().id,)
    assert dump(store) == expected


def _broken() -> PlanDocument:
    doc = plan_unresolved()
    return PlanDocument(text=doc.text + "坏", source="plans/broken.txt", departments=doc.departments,
                        plans=(doc.plans[0], Plan(id="plan-x", title="t", parent_id="plan-missing")))


def test_a_bad_document_is_reported_and_the_others_load(store):
    expected = _sequential(store, [plan_a(), plan_b()])
    failed = []
    summaries = list(store.load_many([plan_a(), _broken(), plan_b()],
                                     on_error=lambda doc, e: failed.append((doc.source, str(e)))))
    assert [s.source for s in summaries] == ["plans/a.txt", "plans/b.txt"]
    assert [source for source, _ in failed] == ["plans/broken.txt"]
    assert "plan-missing" in failed[0][1]
    assert dump(store) == expected


def test_without_on_error_a_bad_document_raises(store):
    with pytest.raises(StoreError, match="plan-missing"):
        list(store.load_many([_broken()]))
    assert set(store.counts().values()) == {0}


def test_a_failed_batch_is_written_again_one_by_one(store, monkeypatch):
    """A write that fails for one document rolls its batch back; the others still load."""
    expected = _sequential(store, [plan_a(), plan_unresolved()])
    bad = plan_b().id
    real = type(store)._write_rels

    def fail_on_b(self, tx, rows):
        if bad in rows.doc_id.split(","):
            raise StoreError("injected: this document cannot be written")
        return real(self, tx, rows)

    monkeypatch.setattr(type(store), "_write_rels", fail_on_b)
    failed = []
    summaries = list(store.load_many([plan_a(), plan_b(), plan_unresolved()],
                                     on_error=lambda doc, e: failed.append(doc.id)))
    monkeypatch.undo()
    assert failed == [bad]
    assert [s.plan_id for s in summaries] == [plan_a().id, plan_unresolved().id]
    assert dump(store) == expected


def test_a_document_already_in_the_store_is_skipped_in_a_batch(store):
    store.load(plan_a())
    summaries = list(store.load_many([plan_a(), plan_b()]))
    assert [s.skipped for s in summaries] == [True, False]
    assert store.counts()["Plan"] == 4


def test_a_batch_replaces_a_version_already_in_the_store(store):
    expected = _sequential(store, [plan_a_v2(), plan_b()])
    store.load(plan_a())
    summaries = list(store.load_many([plan_b(), plan_a_v2()]))
    assert [s.replaced for s in summaries] == [(), (plan_a().id,)]
    assert dump(store) == expected
