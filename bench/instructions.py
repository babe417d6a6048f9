"""Instructions executed by each extraction step, counted by valgrind's callgrind.

    python -m bench.instructions --scale 1
    python -m bench.instructions --scale 1 --against /tmp/dutygraph-base   # side by side

Wall and CPU times on a shared machine move by 1.5x between identical runs; the number
of instructions a step executes does not (callgrind counts them, whatever else the
machine is doing).  So this is the figure to compare two versions of the parser by:
each step of ``loaders.parse_plan`` (structure, responsibilities, resolution, sectors)
is run over the corpus in a child process under callgrind, cumulatively, and the
difference between consecutive runs is that step's count.  With ``--against DIR`` (an
other checkout of dutygraph, e.g. ``git worktree add /tmp/dutygraph-base main``) both
are counted in the same invocation and the ratio printed.

Counting is slow (callgrind runs Python about 50x slower), so the 1x corpus is the
usual size; the children run in parallel, one per core.  It needs valgrind
(``apt install valgrind``).
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import DEFAULT_SEED, ensure_corpus

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("structure", "responsibilities", "resolution", "sectors")
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


# The child: the steps of loaders.parse_plan run over a corpus, up to a given one.  It
# is source text run with ``python -c`` in the checkout counted, so that a checkout
# without this file (an older revision) can be counted too.
CHILD = """
import inspect
import sys
from pathlib import Path
from graph.collector import paused
from graph.resolve import default_resolver, resolve_departments
from graph.sectors import classify_sectors
from loaders import parse_plan
from loaders.responsibility import extract_responsibilities
from loaders.structure import parse_structure

upto, corpus = int(sys.argv[1]), Path(sys.argv[2])
parse_plan("一、规划目标\\n1.生产安全事故死亡人数下降15%（省应急厅牵头）。\\n")  # tables loaded
resolver = default_resolver()
# as parse_plan calls them: extraction is handed the resolver where it takes one
handed = "resolver" in inspect.signature(extract_responsibilities).parameters
def responsibilities(doc):
    return extract_responsibilities(doc, resolver) if handed else extract_responsibilities(doc)
def resolution(doc):
    return resolve_departments(doc, resolver)
steps = (parse_structure, responsibilities, resolution, classify_sectors)[:upto]
for path in sorted(corpus.glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    with paused():  # as parse_plan does
        doc = None
        for step in steps:
            doc = step(text, source=str(path)) if doc is None else step(doc)
"""


def count(root: Path, corpus: Path, upto: int, valgrind: str) -> int:
    """Instructions of one run of ``CHILD`` through ``upto`` steps in the checkout ``root``."""
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0")
    cmd = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, "-c", CHILD, str(upto), str(corpus)]
    proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    found = _COLLECTED.search(proc.stderr)
    if proc.returncode != 0 or not found:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise SystemExit(f"counting in {root} failed (exit {proc.returncode}): {' / '.join(tail)}")
    return int(found.group(1))


def step_counts(root: Path, corpus: Path, valgrind: str, pool: cf.Executor) -> dict[str, cf.Future]:
    return {label: pool.submit(count, root, corpus, upto, valgrind)
            for upto, label in enumerate(("imports and reading",) + STEPS)}


def per_step(futures: dict[str, cf.Future]) -> dict[str, int]:
    """Cumulative counts turned into each step's own, plus ``all steps``."""
    totals = [f.result() for f in futures.values()]
    out = {label: b - a for label, a, b in zip(list(futures)[1:], totals, totals[1:])}
    out["all steps"] = totals[-1] - totals[0]
    return out


def _millions(n: int) -> str:
    """Millions of instructions, with a decimal below ten (a small step is not shown as 0).

    >>> _millions(739_412_000), _millions(312_000), _millions(0)
    ('739', '0.3', '0.0')
    """
    return f"{n / 1e6:,.0f}" if n >= 10e6 else f"{n / 1e6:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--corpus", type=Path, help="a folder of .txt plans (default: the generated corpus)")
    ap.add_argument("--against", type=Path, metavar="DIR", help="another dutygraph checkout, counted alongside")
    args = ap.parse_args(argv)
    if args.against is not None and not (args.against / "loaders" / "__init__.py").is_file():
        raise SystemExit(f"{args.against} is not a dutygraph checkout (no loaders/__init__.py)")
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed; install it (apt install valgrind) to count instructions")
    corpus = args.corpus or ensure_corpus(args.scale, args.seed)[0]
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        here = step_counts(ROOT, corpus, valgrind, pool)
        there = step_counts(args.against, corpus, valgrind, pool) if args.against else None
        mine = per_step(here)
        theirs = per_step(there) if there else None
    print(f"## Instructions per extraction step ({corpus}, {size / 1e6:.2f} MB)\n")
    mega = _millions
    if theirs is None:
        print("| step | million instructions | instructions per byte |\n|---|---:|---:|")
        for label, n in mine.items():
            print(f"| {label} | {mega(n)} | {n / size:,.0f} |")
        return 0
    print(f"| step | {args.against} (M) | this checkout (M) | {args.against.name} / this |\n|---|---:|---:|---:|")
    for label, n in mine.items():
        m = theirs[label]
        print(f"| {label} | {mega(m)} | {mega(n)} | {m / n:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
