"""Where extraction time goes: cProfile over reading and parsing a corpus.

    python -m bench.profile --scale 10 [--top 25]
    python -m bench.profile --scale 1 --load     # the end-to-end load instead

Prints the time per pipeline step (structure, responsibilities, resolution, sectors)
measured without the profiler, then the top functions by own time and by cumulative
time under cProfile.  With ``--load``, the profile is of loading every file into a
fresh embedded store (read + parse + write, one file at a time).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import DEFAULT_SEED, ensure_corpus


def _steps() -> list[tuple[str, object]]:
    """The pipeline of ``loaders.parse_plan`` as separate, timeable steps."""
    from graph.resolve import resolve_departments
    from graph.sectors import classify_sectors
    from loaders.responsibility import extract_responsibilities
    from loaders.structure import parse_structure

    return [("structure", parse_structure), ("responsibilities", extract_responsibilities),
            ("resolution", resolve_departments), ("sectors", classify_sectors)]


def step_times(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds spent in each pipeline step over all texts (no profiler)."""
    from graph.collector import paused
    from loaders.reading import decode_bytes

    out: dict[str, float] = {}
    steps = _steps()
    for path, _ in texts[:1]:
        decode_bytes(Path(path).read_bytes(), path)
    for path, text in texts:
        t0 = time.perf_counter()
        decode_bytes(Path(path).read_bytes(), path)
        out["read + decode"] = out.get("read + decode", 0.0) + time.perf_counter() - t0
        doc = None
        with paused():  # as parse_plan does
            for label, fn in steps:
                t0 = time.perf_counter()
                doc = fn(text, source=path) if doc is None else fn(doc)
                out[label] = out.get(label, 0.0) + time.perf_counter() - t0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--load", action="store_true", help="profile loading into the embedded store")
    args = ap.parse_args(argv)
    corpus, manifest = ensure_corpus(args.scale, args.seed)
    files = [str(corpus / f["file"]) for f in manifest["list"]]
    texts = [(f, Path(f).read_text(encoding="utf-8")) for f in files]
    size = manifest["bytes"]

    from loaders import read_plan

    read_plan(files[0])  # imports and tables
    if args.load:
        return profile_load(files, size, args)
    steps = step_times(texts)
    total = sum(steps.values())
    print(f"## Extraction profile, scale {args.scale:g} ({size / 1e6:.2f} MB, {len(files)} files)\n")
    print("| step | s | share | MB/s of this step alone |")
    print("|---|---:|---:|---:|")
    for label, secs in steps.items():
        print(f"| {label} | {secs:.2f} | {secs / total:.0%} | {size / 1e6 / secs:.1f} |")
    print(f"| all | {total:.2f} | 100% | {size / 1e6 / total:.2f} |\n")

    prof = cProfile.Profile()
    prof.enable()
    for f in files:
        read_plan(f)
    prof.disable()
    print_profile(prof, args.top)
    return 0


def profile_load(files: list[str], size: int, args) -> int:
    """Load every file into a fresh embedded store under cProfile; split parse / rows / write."""
    import tempfile

    from graph.rows import build_rows
    from graph.store_ladybug import LadybugStore
    from loaders import read_plan

    with tempfile.TemporaryDirectory(prefix="profile-", dir="/tmp") as tmp:
        store = LadybugStore(Path(tmp) / "graph.lbdb")
        parse = rows = load = 0.0
        prof = cProfile.Profile()
        for f in files:
            t0 = time.perf_counter()
            doc = read_plan(f)
            t1 = time.perf_counter()
            build_rows(doc)
            t2 = time.perf_counter()
            prof.enable()
            store.load(doc)
            prof.disable()
            t3 = time.perf_counter()
            parse, rows, load = parse + t1 - t0, rows + t2 - t1, load + t3 - t2
        store.close()
    print(f"## Load profile, scale {args.scale:g} ({size / 1e6:.2f} MB, {len(files)} files)\n")
    print("| step | s |\n|---|---:|")
    print(f"| read + parse | {parse:.2f} |\n| build_rows alone | {rows:.2f} |\n"
          f"| store.load (rows + write, under cProfile) | {load:.2f} |\n")
    print_profile(prof, args.top)
    return 0


def print_profile(prof: cProfile.Profile, top: int) -> None:
    for key, title in (("tottime", "own time"), ("cumulative", "cumulative time")):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key)
        stats.print_stats(top)
        print(f"### top {top} functions by {title} (cProfile)\n")
        print("```")
        body = buf.getvalue()
        print(body[body.find("ncalls"):].rstrip())
        print("```\n")


if __name__ == "__main__":
    raise SystemExit(main())
