"""Unit and section ids built from suffixes formatted once are the model's ``make_id``."""
from __future__ import annotations

import random

from graph.model import Plan, Section, Unit
from loaders.structure import record_ids


def test_record_ids_are_make_id_of_each_index():
    rng = random.Random(7)
    pids = ["", "plan-0123456789abcdef", Plan.make_subplan_id("plan-0123456789abcdef", 3)]
    pids += ["".join(rng.choice("plan-0123456789abcdef省") for _ in range(rng.randint(0, 30))) for _ in range(20)]
    for make_id in (Unit.make_id, Section.make_id):
        for pid in pids:
            for count in (0, 1, 7, rng.randint(0, 12000)):
                assert record_ids(make_id, pid, count) == [make_id(pid, k) for k in range(count)]
