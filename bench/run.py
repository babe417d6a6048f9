"""Benchmarks of dutygraph on the synthetic corpus, printed as one markdown table.

    python -m bench.run --scale 1 [--repeat 5] [--jobs 2] [--bolt]

Every figure is the median of ``--repeat`` runs, with min and max.  Each phase runs
in a fresh process (so its peak memory is its own): extraction in one process and
with ``--jobs`` worker processes across files; end-to-end load (parse + resolve +
write, as ``dutygraph load`` does it: parsing in ``--jobs`` processes, several files
per transaction; with ``--file-by-file`` also the old way for the ratio) into the
embedded LadybugDB store and, with ``--bolt``, into
the Bolt store over an ArcadeDB server; the latency of every named query at the
corpus' task count; reloading the unchanged corpus; peak memory; size on disk.  Both
sides of a comparison are measured in the same invocation and their ratio printed.
What cannot run here (the Bolt server's packages missing, say) is reported as ``n/a (…)``.

The corpus is generated (deterministically) into /tmp/dutygraph-bench/corpus-SCALE
if it is not there yet; databases go to a scratch folder under /tmp/dutygraph-bench.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import multiprocessing as mp
import os
import platform
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import DEFAULT_ROOT, DEFAULT_SEED, ensure_corpus

FIRST_ROWS = 100


# --- small helpers ------------------------------------------------------------------
class NotAvailable(Exception):
    """Something a phase needs is not installed or did not start (e.g. the Bolt server)."""


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # KiB on Linux


def _dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _files(corpus: Path, manifest: dict) -> list[str]:
    return [str(corpus / f["file"]) for f in manifest["list"]]


def _need(module: str):
    """An optional package (the Bolt driver, the ArcadeDB server), or NotAvailable."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise NotAvailable(f"{module} not available: {e}") from None


def _parse_file(path: str) -> tuple[int, int, int]:
    """Read and parse one file: (bytes, units, assignments)."""
    from loaders import read_plan

    doc = read_plan(path)
    units = doc.units()
    return os.path.getsize(path), len(units), sum(len(u.assignments) for u in units)


# --- phases (each runs in its own process) -------------------------------------------
def phase_extract(files: list[str], repeat: int) -> dict:
    """Parse every file in this one process, ``repeat`` times."""
    _parse_file(files[0])  # imports and table loading outside the timing
    times, cpu = [], []
    units = assignments = size = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        size = units = assignments = 0
        for f in files:
            b, u, a = _parse_file(f)
            size += b
            units += u
            assignments += a
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"times": times, "cpu": cpu, "bytes": size, "units": units, "assignments": assignments,
            "maxrss_mb": _maxrss_mb()}


def _warm(_: int) -> int:
    from loaders import parse_plan

    parse_plan("一、规划目标\n1.生产安全事故死亡人数下降15%（省应急厅牵头）。\n")
    return os.getpid()


def phase_extract_jobs(files: list[str], repeat: int, jobs: int) -> dict:
    """Parse every file across ``jobs`` worker processes (largest files first)."""
    order = sorted(files, key=lambda f: -os.path.getsize(f))
    times = []
    units = size = 0
    with mp.get_context("fork").Pool(jobs) as pool:
        pool.map(_warm, range(jobs * 2), chunksize=1)
        for _ in range(repeat):
            t0 = time.perf_counter()
            size = units = 0
            for b, u, _a in pool.imap_unordered(_parse_file, order, chunksize=1):
                size += b
                units += u
            times.append(time.perf_counter() - t0)
    return {"times": times, "bytes": size, "units": units,
            "maxrss_mb": max(_maxrss_mb(), _maxrss_mb(resource.RUSAGE_CHILDREN))}


def _open_store(kind: str, path: Path, bolt_uri: tuple | None):
    if kind == "embedded":
        from graph.store_ladybug import LadybugStore

        pool = os.environ.get("DUTYGRAPH_BENCH_BUFFER_POOL_MB")
        if pool:
            return LadybugStore(path, buffer_pool_size=int(pool) << 20)
        return LadybugStore(path)
    from graph.store_bolt import BoltStore

    neo4j = _need("neo4j")
    uri, password, database = bolt_uri
    driver = neo4j.GraphDatabase.driver(uri, auth=("root", password))
    store = BoltStore(driver, database=database)
    store._bench_driver = driver  # closed with the store below
    return store


def _close_store(store) -> None:
    store.close()
    driver = getattr(store, "_bench_driver", None)
    if driver is not None:
        driver.close()


def _clear_bolt(store) -> None:
    """Empty the Bolt database between repeats (documents deleted through the store)."""
    for row in store.cypher("MATCH (p:Plan) WHERE p.parent_id IS NULL RETURN p.id AS id"):
        store.delete_plan(row["id"])


def _rss_mb() -> float:
    """Resident memory now (not the peak), from /proc."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def _load_all(store, files: list[str], rss: list[float] | None = None, *, jobs: int = 1,
              batch_units: int | None = None) -> tuple[int, int]:
    """Load files as ``dutygraph load`` does: read, skip a known plan id, parse (in
    ``jobs`` worker processes), write ``batch_units`` units per transaction.
    (units, skipped files)

    With ``rss``, the resident memory after each quarter of the files is appended."""
    from graph.rows import build_rows
    from loaders.files import parse_files

    units = skipped = done = 0
    marks = {max(1, round(len(files) * q / 4)) for q in (1, 2, 3, 4)}
    t0 = time.perf_counter()

    def parsed():
        nonlocal skipped, done
        for p in parse_files([Path(f) for f in files], jobs=jobs, skip=store.has_plan, then=build_rows):
            if p.error is not None:
                raise p.error
            if p.skipped:
                skipped += 1
                done += 1
                if rss is not None and done in marks:
                    rss.append(_rss_mb())
                continue
            yield p.doc

    try:
        for summary in store.load_many(parsed(), batch_units=batch_units):
            units += summary.units
            skipped += int(summary.skipped)
            done += 1
            if rss is not None and done in marks:
                rss.append(_rss_mb())
    except Exception as e:
        raise RuntimeError(f"{e} — after {done} of {len(files)} files ({units} units) in "
                           f"{time.perf_counter() - t0:.0f} s, {_rss_mb():.0f} MB resident") from e
    return units, skipped


def _query_params(store) -> dict[str, Any]:
    """Parameters for the named queries: the busiest leading department of the store."""
    rows = store.cypher(
        "MATCH (d)-[:LEADS]->(u) RETURN d.id AS id, d.name AS name, count(u) AS n "
        "ORDER BY n DESC, id LIMIT 1")
    department = rows[0]["id"] if rows else "省应急厅"
    return {"department": department, "_busy_name": rows[0]["name"] if rows else "",
            "_busy_units": rows[0]["n"] if rows else 0}


ALL_ROWS = 10**9  # a ``limit`` parameter large enough for every row


def _timed(fn: Callable[[], list], repeat: int) -> dict:
    """``fn`` once to warm up, then ``repeat`` timed runs; an error is kept, not raised."""
    try:
        fn()
        times, rows = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = len(fn())
            times.append(time.perf_counter() - t0)
    except Exception as e:  # a failing query is a row of the table, not the end of the phase
        return {"error": f"{type(e).__name__}: {e}"}
    return {"times": times, "rows": rows}


def _time_queries(store, repeat: int) -> dict:
    """Every named query; for those taking a department, also its first 100 rows
    (through their ``limit`` parameter, or the query with ``LIMIT 100`` appended)."""
    from queries import all_queries

    params = _query_params(store)
    out: dict[str, Any] = {"_department": params["_busy_name"], "_department_units": params["_busy_units"]}
    for q in sorted(all_queries(), key=lambda q: q.name):
        names = {p.name for p in q.params}
        given = {n: params[n] for n in names if n in params}
        if "limit" in names:
            given["limit"] = ALL_ROWS
        out[q.name] = _timed(lambda q=q, g=given: store.run(q.name, **g), repeat)
        if "department" not in given:
            continue
        label = f"{q.name} (first {FIRST_ROWS})"
        if "limit" in names:
            first = dict(given, limit=FIRST_ROWS)
            out[label] = _timed(lambda q=q, g=first: store.run(q.name, **g), repeat)
        elif not re.search(r"\bLIMIT\b", q.text, re.I):
            text = q.text.rstrip().rstrip(";") + f"\nLIMIT {FIRST_ROWS}"
            bound = q.bind(given)
            out[label] = _timed(lambda t=text, b=bound: store.cypher(t, b), repeat)
    return out


def phase_load(kind: str, files: list[str], repeat: int, scratch: str, bolt_uri: tuple | None,
               query_repeat: int, jobs: int, batch_units: int | None, file_by_file: bool) -> dict:
    """First load ``repeat`` times (fresh store each), then reload and run the queries
    ``query_repeat`` times each.  With ``file_by_file``, also one load file after file
    in this process, a transaction each (how loads were done before batching)."""
    _parse_file(files[0])  # imports and tables outside the timing
    loads, reloads, singles = [], [], []
    units = 0
    size = 0
    store = None
    runs = [("single", 1, 1)] if file_by_file else []
    runs += [("batched", jobs, batch_units)] * repeat
    for i, (how, run_jobs, run_batch) in enumerate(runs):
        path = Path(scratch) / f"{kind}-{i}.lbdb"
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        store = _open_store(kind, path, bolt_uri)
        if kind == "bolt":
            _clear_bolt(store)
        rss: list[float] = []
        t0 = time.perf_counter()
        units, _ = _load_all(store, files, rss, jobs=run_jobs, batch_units=run_batch)
        (singles if how == "single" else loads).append(time.perf_counter() - t0)
        if i < len(runs) - 1:
            _close_store(store)
            if kind == "embedded":
                size = _dir_size(path)
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    assert store is not None
    load_rss = _maxrss_mb()
    skipped = 0
    for _ in range(query_repeat):  # reloads are cheap: as many runs as the queries
        t0 = time.perf_counter()
        _n, skipped = _load_all(store, files, jobs=jobs, batch_units=batch_units)
        reloads.append(time.perf_counter() - t0)
    queries = _time_queries(store, query_repeat)
    counts = store.counts()
    _close_store(store)
    if kind == "embedded":
        size = _dir_size(Path(scratch) / f"{kind}-{len(runs) - 1}.lbdb")
    return {"loads": loads, "singles": singles, "reloads": reloads, "units": units, "skipped": skipped,
            "queries": queries, "counts": counts, "db_bytes": size, "load_maxrss_mb": load_rss,
            "maxrss_mb": _maxrss_mb(), "rss_quarters": rss, "jobs": jobs, "batch_units": batch_units}


def run_in_process(fn: Callable, *args: Any) -> dict:
    """Run a phase in a fresh (spawned) process; NotAvailable comes back as a value."""
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as ex:
        try:
            return ex.submit(_guarded, fn, *args).result()
        except cf.process.BrokenProcessPool as e:  # killed, e.g. out of memory
            return {"error": f"the phase process died ({e})"}


def _guarded(fn: Callable, *args: Any) -> dict:
    try:
        return fn(*args)
    except NotAvailable as e:
        return {"na": str(e)}
    except Exception as e:  # reported in the table, with the traceback on stderr
        traceback.print_exc()
        return {"error": f"{type(e).__name__}: {e}"}


# --- the ArcadeDB Bolt server --------------------------------------------------------
_ARCADE_PASSWORD = "dutygraph-bench"
_TESTS_SERVER = Path(__file__).resolve().parent.parent / "tests" / "stores" / "arcadedb_server.py"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_bolt_server(scratch: Path, heap: str | None = None):
    """Start an ArcadeDB server with the Bolt plugin in a child process, from a scratch
    folder, on 127.0.0.1 and free ports; return (process, (uri, password, database)).

    The tests' server script is used when it is there and no heap size is asked for;
    otherwise ``bench.arcade_server`` (same settings, heap as given)."""
    import subprocess

    _need("arcadedb_embedded")
    bolt, http = _free_port(), _free_port()
    workdir = scratch / "arcadedb"
    workdir.mkdir(parents=True, exist_ok=True)
    ready = workdir / "ready"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    if heap is None and _TESTS_SERVER.exists():
        sys.path.insert(0, str(_TESTS_SERVER.parent))
        from arcadedb_server import DATABASE, PASSWORD

        cmd = [sys.executable, str(_TESTS_SERVER), str(bolt), str(http), str(ready)]
        auth = (PASSWORD, DATABASE)
    else:
        from bench.arcade_server import DATABASE

        cmd = [sys.executable, "-m", "bench.arcade_server", str(workdir), str(bolt), str(http),
               heap or "4g", _ARCADE_PASSWORD, str(ready)]
        auth = (_ARCADE_PASSWORD, DATABASE)
    log = open(workdir / "server.out", "w")
    proc = subprocess.Popen(cmd, cwd=workdir, stdin=subprocess.PIPE, stdout=log,
                            stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 180
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise NotAvailable(f"the ArcadeDB Bolt server did not start; see {workdir / 'server.out'}")
        time.sleep(0.1)
    return proc, (f"bolt://127.0.0.1:{bolt}", *auth)


def _peak_of(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of another process, in MB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def stop_bolt_server(proc) -> None:
    proc.stdin.close()  # both server scripts stop when stdin closes
    try:
        proc.wait(timeout=60)
    except Exception:
        proc.kill()


# --- the table -----------------------------------------------------------------------
class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def stat(self, name: str, values: list[float], unit: str, note: str = "", fmt: str = "{:.3g}") -> None:
        if not values:
            self.na(name, note or "no measurement")
            return
        self.rows.append((name, fmt.format(statistics.median(values)), fmt.format(min(values)),
                          fmt.format(max(values)), f"{unit}{' — ' + note if note else ''}"))

    def one(self, name: str, value: str, note: str = "") -> None:
        self.rows.append((name, value, "", "", note))

    def na(self, name: str, why: str) -> None:
        self.rows.append((name, f"n/a ({why})", "", "", ""))

    def render(self) -> str:
        out = ["| measure | median | min | max | unit / note |", "|---|---:|---:|---:|---|"]
        out += [f"| {' | '.join(r)} |" for r in self.rows]
        return "\n".join(out)


def _throughput(table: Table, label: str, res: dict) -> tuple[float, float]:
    mbs = [res["bytes"] / 1e6 / t for t in res["times"]]
    ups = [res["units"] / t for t in res["times"]]
    table.stat(f"{label}: MB/s", mbs, "MB/s")
    table.stat(f"{label}: units/s", ups, "units/s", f"{res['units']} units", fmt="{:,.0f}")
    return statistics.median(mbs), statistics.median(ups)


def _ms(times: list[float]) -> list[float]:
    return [t * 1000 for t in times]


def _ratio(a: list[float], b: list[float]) -> str:
    return f"{statistics.median(a) / statistics.median(b):.2f}×"


def report_queries(table: Table, label: str, q: dict) -> None:
    busy = f"department {q['_department']} ({q['_department_units']} units led)"
    for name in sorted(k for k in q if not k.startswith("_")):
        if "error" in q[name]:
            table.na(f"{label}: query {name}", q[name]["error"])
            continue
        note = f"{q[name]['rows']} rows"
        if "department" in name or "led-by" in name or "cooperated" in name or "profile" in name:
            note += f", {busy}"
        table.stat(f"{label}: query {name}", _ms(q[name]["times"]), "ms", note, fmt="{:.1f}")


def phase_queries(path: str, repeat: int) -> dict:
    """The named queries on an embedded store loaded earlier (``--query-store``)."""
    store = _open_store("embedded", Path(path), None)
    try:
        counts = store.counts()
        return {"queries": _time_queries(store, repeat), "counts": counts, "db_bytes": _dir_size(Path(path)),
                "maxrss_mb": _maxrss_mb()}
    finally:
        store.close()


def report_load(table: Table, kind: str, res: dict) -> None:
    label = {"embedded": "embedded (LadybugDB)", "bolt": "Bolt (ArcadeDB)"}[kind]
    if "na" in res or "error" in res:
        why = res.get("na") or res.get("error")
        for row in ("end-to-end load", "reload unchanged", "named queries"):
            table.na(f"{label}: {row}", why)
        return
    loads, reloads = res["loads"], res["reloads"]
    mb = res.get("bytes", 0)
    how = f"--jobs {res['jobs']}, {res['batch_units'] or 'default'} units per transaction"
    table.stat(f"{label}: first load, whole corpus", loads, "s",
               f"{res['units']} units, {res['counts'].get('LEADS', 0)} LEADS; {how}", fmt="{:.2f}")
    if mb:
        table.stat(f"{label}: first load throughput", [mb / 1e6 / t for t in loads], "MB/s")
    table.stat(f"{label}: first load throughput (units)", [res["units"] / t for t in loads], "units/s",
               fmt="{:,.0f}")
    if res["singles"]:
        table.stat(f"{label}: first load, file by file (1 process, a transaction per file)", res["singles"],
                   "s", fmt="{:.2f}")
        table.one(f"{label}: file by file / {how}", _ratio(res["singles"], loads), "time ratio")
    table.stat(f"{label}: reload unchanged (plan ids checked before parsing)", reloads, "s",
               f"{res['skipped']} of {res['files']} files skipped", fmt="{:.3f}")
    table.one(f"{label}: first load / reload", _ratio(loads, reloads), "goal ≥ 10×")
    report_queries(table, label, res["queries"])
    table.one(f"{label}: peak memory (load process)", f"{res['load_maxrss_mb']:.0f} MB",
              "ru_maxrss after the first loads (the parsing workers' own are not in it)")
    table.one(f"{label}: memory after ¼, ½, ¾, all files", " / ".join(f"{m:.0f}" for m in res["rss_quarters"]),
              "MB resident, last first load; growth = not streaming")
    if res.get("server_maxrss_mb"):
        table.one(f"{label}: peak memory (server process)", f"{res['server_maxrss_mb']:.0f} MB",
                  "VmHWM of the ArcadeDB server (JVM in-process)")
    if res["db_bytes"]:
        table.one(f"{label}: database size on disk", f"{res['db_bytes'] / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="corpus size, × the five seeds (0.4 MB)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure (median, min, max)")
    ap.add_argument("--load-repeat", type=int, help="runs of the whole-corpus loads (default --repeat)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                    help="worker processes for extraction and for parsing during loads")
    ap.add_argument("--batch-units", type=int, help="units per load transaction (default: the store's)")
    ap.add_argument("--file-by-file", action="store_true",
                    help="also one load file after file, a transaction each, for the ratio")
    ap.add_argument("--bolt", action="store_true", help="also load into the Bolt store (ArcadeDB server)")
    ap.add_argument("--no-load", action="store_true", help="extraction rows only")
    ap.add_argument("--no-extract", action="store_true", help="load rows only")
    ap.add_argument("--no-embedded", action="store_true", help="with --bolt: the Bolt store only")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--corpus", type=Path, help="corpus folder (default /tmp/dutygraph-bench/corpus-SCALE)")
    ap.add_argument("--scratch", type=Path, default=DEFAULT_ROOT, help="where databases are written")
    ap.add_argument("--bolt-heap", help="JVM heap of the ArcadeDB server (default: the tests' server, 1g)")
    ap.add_argument("--buffer-pool-mb", type=int, help="LadybugDB buffer pool (default: the store's)")
    ap.add_argument("--query-store", type=Path, metavar="PATH",
                    help="only time the named queries on this embedded store (loaded before, e.g. with "
                         "dutygraph load); nothing else is run")
    args = ap.parse_args(argv)
    if args.buffer_pool_mb:
        os.environ["DUTYGRAPH_BENCH_BUFFER_POOL_MB"] = str(args.buffer_pool_mb)
    load_repeat = args.load_repeat or args.repeat

    t_start = time.perf_counter()
    if args.query_store:
        return _main_queries(args, argv, t_start)
    corpus, manifest = ensure_corpus(args.scale, args.seed, args.corpus)
    files = _files(corpus, manifest)
    args.scratch.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=args.scratch))
    table = Table()
    try:
        table.one("corpus", f"{manifest['bytes'] / 1e6:.2f} MB",
                  f"{manifest['files']} files, {manifest['units']} units generated "
                  f"({manifest['assigned']} with a responsibility statement), seed {manifest['seed']}")

        single = run_in_process(phase_extract, files, args.repeat) if not args.no_extract else {
            "na": "not run; --no-extract"}
        if "times" in single:
            mb1, _ = _throughput(table, "extraction, 1 process", single)
            table.stat("extraction, 1 process: MB/s of CPU time (per core)",
                       [single["bytes"] / 1e6 / t for t in single["cpu"]], "MB/s", "goal ≥ 5")
            table.one("extraction: assignments found", f"{single['assignments']:,}")
        else:
            table.na("extraction, 1 process", single.get("na") or single.get("error"))
        multi = run_in_process(phase_extract_jobs, files, args.repeat, args.jobs) if not args.no_extract \
            else {"na": "not run; --no-extract"}
        if "times" in multi:
            mbn, _ = _throughput(table, f"extraction, --jobs {args.jobs}", multi)
            if "times" in single:
                table.one(f"extraction: --jobs {args.jobs} / 1 process",
                          f"{mbn / mb1:.2f}×", f"{os.cpu_count()} cores on this machine")
            table.one("extraction: peak memory", f"{single.get('maxrss_mb', 0):.0f} MB (1 process), "
                      f"{multi['maxrss_mb']:.0f} MB (largest of the --jobs processes)")
        else:
            table.na(f"extraction, --jobs {args.jobs}", multi.get("na") or multi.get("error"))

        results = {}
        if not args.no_load:
            kinds = (["embedded"] if not (args.no_embedded and args.bolt) else []) + (["bolt"] if args.bolt else [])
            for kind in kinds:
                uri = None
                server = None
                if kind == "bolt":
                    try:
                        server, uri = start_bolt_server(scratch, args.bolt_heap)
                    except NotAvailable as e:
                        results[kind] = {"na": str(e)}
                        continue
                try:
                    res = run_in_process(phase_load, kind, files, load_repeat, str(scratch), uri,
                                         args.repeat, args.jobs, args.batch_units, args.file_by_file)
                finally:
                    if server is not None:
                        res_peak = _peak_of(server.pid)
                        stop_bolt_server(server)
                if server is not None:
                    res["server_maxrss_mb"] = res_peak
                res["bytes"] = manifest["bytes"]
                res["files"] = manifest["files"]
                results[kind] = res
                report_load(table, kind, res)
            if not args.bolt:
                table.na("Bolt (ArcadeDB): load and queries", "not run; pass --bolt")
            elif "loads" in results.get("embedded", {}) and "loads" in results.get("bolt", {}):
                e, b = results["embedded"], results["bolt"]
                table.one("Bolt load / embedded load", _ratio(b["loads"], e["loads"]), "time ratio")
                for name in sorted(k for k in e["queries"] if not k.startswith("_")):
                    if "times" in e["queries"][name] and "times" in b["queries"].get(name, {}):
                        table.one(f"Bolt / embedded: {name}",
                                  _ratio(b["queries"][name]["times"], e["queries"][name]["times"]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    cmd = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"## dutygraph benchmarks, scale {args.scale:g}\n")
    print(f"`{cmd.strip()}` — {interpreter()}, "
          f"{os.cpu_count()} cores, repeat {args.repeat} (loads {load_repeat}); "
          f"wall time {time.perf_counter() - t_start:.0f} s\n")
    print(table.render())
    return 0



def interpreter() -> str:
    """Which Python build ran the figures: the same code parses about a fifth faster on a
    build optimised with profiles and link-time optimisation, linked statically (Debian's
    ``/usr/bin/python3.11``), than on one built without them whose ``libpython`` is a
    shared library (pyenv's default), see docs/benchmarks.md.

    >>> interpreter().startswith(platform.python_implementation())
    True
    """
    where = f"{platform.python_implementation()} {platform.python_version()} ({sys.executable}"
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            shared = any("libpython" in line for line in maps)
    except OSError:  # not Linux: say nothing about the linking
        return where + ")"
    return where + (", libpython shared)" if shared else ", libpython linked in)")


def _main_queries(args, argv, t_start: float) -> int:
    if not args.query_store.exists():
        print(f"{args.query_store}: no store there; load one first (dutygraph load … --store PATH)",
              file=sys.stderr)
        return 2
    res = run_in_process(phase_queries, str(args.query_store), args.repeat)
    table = Table()
    if "queries" not in res:
        table.na("embedded (LadybugDB): named queries", res.get("na") or res.get("error"))
    else:
        c = res["counts"]
        table.one("store", f"{c['Task'] + c['KeyProject'] + c['Target']:,} units",
                  f"{c['Plan']:,} plans, {c['LEADS']:,} LEADS, {c['COOPERATES_ON']:,} COOPERATES_ON, "
                  f"{res['db_bytes'] / 1e6:,.0f} MB on disk")
        report_queries(table, "embedded (LadybugDB)", res["queries"])
        table.one("embedded (LadybugDB): peak memory (query process)", f"{res['maxrss_mb']:.0f} MB")
    cmd = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"`{cmd.strip()}` — {interpreter()}, {os.cpu_count()} cores, repeat {args.repeat}; "
          f"wall time {time.perf_counter() - t_start:.0f} s\n")
    print(table.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
