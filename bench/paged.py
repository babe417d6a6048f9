"""The department queries as they are (a page chosen from the relationships, then its
units looked up by primary key) against the one-pass form they replaced (every row's
unit read, then sorted and cut), on one embedded store, alternately in one process.

    python -m bench.paged PATH [--department NAME] [--rounds 21] [--threads 2]

PATH is a store ``dutygraph load`` wrote.  Prints one markdown table: for the first 100
rows and for all of them, the median, min and max of each form and the median of the
per-round ratios (one pass / paged).  Both forms must give the same rows, or it stops.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/paged.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from queries import get_query

PAGED = {"tasks-led-by": "LEADS", "tasks-cooperated-by": "COOPERATES_ON"}
FIRST_ROWS, ALL_ROWS = 100, 10**9


def one_pass_query(rel: str) -> str:
    """The department query as first written: every row's unit read, then sorted and cut."""
    return f"""MATCH (d)-[r:{rel}]->(u)
WHERE d.id = $department OR d.name = $department OR $department IN d.aliases
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, u.plan_id AS plan_id, u.plan_title AS plan,
       d.name AS department, r.name AS named_as, r.evidence AS evidence
ORDER BY unit_id, department
LIMIT $limit"""


def _busiest(conn) -> str:
    rows = conn.execute("MATCH (d)-[:LEADS]->() RETURN d.name AS name, count(*) AS n "
                        "ORDER BY n DESC, name LIMIT 1").get_all()
    if not rows:
        raise SystemExit("the store holds no LEADS relationships: load some plans first")
    return rows[0][0]


def compare(conn, department: str, rounds: int) -> list[tuple[str, list[float], list[float], int]]:
    """(case, one-pass times, paged times, rows) for each query and page size, in ms."""
    cases = []
    for name, rel in PAGED.items():
        for limit in (FIRST_ROWS, ALL_ROWS):
            params = {"department": department, "limit": limit}
            before, after = one_pass_query(rel), get_query(name).text
            rows = conn.execute(before, params).get_all()
            if conn.execute(after, params).get_all() != rows:
                raise SystemExit(f"{name}: the two forms give different rows for {department}")
            label = f"{name}, " + (f"first {FIRST_ROWS}" if limit == FIRST_ROWS else "all rows")
            cases.append((label, before, after, params, len(rows)))
    times = {label: ([], []) for label, *_ in cases}
    for _ in range(rounds):
        for label, before, after, params, _ in cases:
            for text, out in ((before, times[label][0]), (after, times[label][1])):
                t0 = time.perf_counter()
                conn.execute(text, params).get_all()
                out.append((time.perf_counter() - t0) * 1000)
    return [(label, *times[label], n) for label, *_, n in cases]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.paged", description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path, help="a store dutygraph load wrote")
    ap.add_argument("--department", help="default: the department leading the most units")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--threads", type=int, default=0, help="LadybugDB's threads per query (default: its own)")
    args = ap.parse_args(argv)
    if not args.store.exists():
        print(f"{args.store}: no store there; load one first (dutygraph load … --store PATH)", file=sys.stderr)
        return 2
    import ladybug

    conn = ladybug.Connection(ladybug.Database(str(args.store), read_only=True))
    if args.threads:
        conn.set_max_threads_for_exec(args.threads)
    department = args.department or _busiest(conn)
    results = compare(conn, department, args.rounds)
    print(f"`python -m bench.paged {' '.join(sys.argv[1:] if argv is None else argv)}` — {department}, "
          f"{args.rounds} rounds, threads {args.threads or 'default'}\n")
    print("| query | rows | one pass: median (min–max) | paged: median (min–max) | one pass / paged |")
    print("|---|---:|---:|---:|---:|")
    for label, before, after, n in results:
        ratio = statistics.median(b / a for b, a in zip(before, after))
        print(f"| {label} | {n:,} | {statistics.median(before):.1f} ({min(before):.1f}–{max(before):.1f}) ms "
              f"| {statistics.median(after):.1f} ({min(after):.1f}–{max(after):.1f}) ms | {ratio:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
