"""The collector is paused while a plan is built, and what was built is not walked after."""
import gc
import weakref

from graph.collector import paused


class Node:
    pass


def _young() -> list:
    return gc.get_objects(generation=0)


def test_objects_built_while_paused_go_to_the_oldest_generation():
    with paused():
        kept = [Node() for _ in range(5000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 1000  # no young collection pending for the burst
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(o) in oldest for o in kept[:50])


def test_cyclic_garbage_built_while_paused_is_still_collected():
    with paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None
    gc.collect()
    assert gone() is None


def test_a_callers_frozen_objects_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused():
            [Node() for _ in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
