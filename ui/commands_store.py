"""``dutygraph load``, ``query`` and ``cypher``: the graph store from the command line."""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import click

from graph.errors import DutygraphError, InputError

STORE_HELP = ("A store folder path or a bolt:// URI (default: $DUTYGRAPH_STORE, $NEO4J_URI, "
              "or graph.lbug in the user data folder).")
_MAX_CELL = 60


def register(cli: click.Group) -> None:
    cli.add_command(load)
    cli.add_command(query)
    cli.add_command(cypher)


def _store_option(f):
    return click.option("--store", "store", metavar="PATH|URI", help=STORE_HELP)(f)


def _plan_files(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.txt"))  # a folder named *.txt is reported when read
            if not found:
                raise InputError(f"{path}: no .txt plan files in this folder")
            files += found
        else:
            files.append(path)
    return files


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes parsing files (default: one per core when there are several MB of text).")
@click.option("--batch-units", type=click.IntRange(min=1), default=None, metavar="N",
              help="Units written per transaction (default: 100,000 embedded, 20,000 over Bolt); "
                   "1 = one document each.")
def load(paths: tuple[Path, ...], store: str | None, strict: bool, jobs: int | None,
         batch_units: int | None) -> None:
    """Load plan files (or folders of .txt files) into the graph store.

    A file already loaded is skipped before it is parsed; a changed version of a file
    replaces the old one.  Files are parsed in parallel and written several to a
    transaction, each one still all or nothing.  A file that fails is reported at the
    end and the others still load (exit code 2).

    \b
    Examples:
      dutygraph load ../shared/seeds
      dutygraph load plan.txt --store ./graph.lbug
      dutygraph load plans/ --store bolt://127.0.0.1:7687 --strict
    """
    from graph.rows import build_rows
    from loaders.files import default_jobs, parse_files
    from ui.settings import open_store, store_target

    files = _plan_files(paths)
    failed: list[str] = []
    totals = {"files": 0, "skipped": 0, "replaced": 0, "plans": 0, "units": 0, "assignments": 0}

    def fail(source: object, error: DutygraphError) -> None:
        if strict:
            raise error
        failed.append(f"{source}: {error}")

    with open_store(store) as graph, click.progressbar(length=len(files), label="loading", file=sys.stderr,
                                                       hidden=len(files) < 3) as bar:
        def parsed_rows():
            for parsed in parse_files(files, jobs=jobs or default_jobs(files), skip=graph.has_plan,
                                      then=build_rows):
                if parsed.doc is not None:
                    yield parsed.doc
                    continue
                bar.update(1)
                if parsed.error is not None:
                    fail(parsed.path, parsed.error)
                else:  # unchanged, passed over before parsing
                    totals["files"] += 1
                    totals["skipped"] += 1

        def write_failed(rows, error: DutygraphError) -> None:
            bar.update(1)
            fail(rows.source, error)

        for summary in graph.load_many(parsed_rows(), batch_units=batch_units, on_error=write_failed):
            bar.update(1)
            totals["files"] += 1
            totals["skipped"] += summary.skipped
            totals["replaced"] += bool(summary.replaced)
            for key in ("plans", "units", "assignments"):
                totals[key] += getattr(summary, key)
    click.echo(
        f"loaded {totals['files']} file(s) into {store_target(store)}: {totals['plans']} plans, "
        f"{totals['units']} units, {totals['assignments']} assignments "
        f"({totals['skipped']} unchanged and skipped, {totals['replaced']} replaced an earlier version)")
    for line in failed:
        click.echo(f"dutygraph: failed: {line}", err=True)
    if failed:
        raise SystemExit(2)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {pair!r}: write it as NAME=VALUE, e.g. --param department=省应急厅")
        out[key.strip()] = value
    return out


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(rows: list[dict]) -> str:
    """Rows as an aligned text table (wide characters count double).

    >>> print(format_table([{"部门": "省应急厅", "n": 2}]))
    部门      n
    --------  -
    省应急厅  2
    """
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _print(rows: list[dict], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(rows))
        click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


@click.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON instead of a table.")
@_store_option
def query(name: str | None, params: tuple[str, ...], list_: bool, as_json: bool, store: str | None) -> None:
    """Run a named query from the query library.

    \b
    Examples:
      dutygraph query --list
      dutygraph query tasks-led-by --param department=省应急厅
      dutygraph query cooperation-pairs --param min_shared=3 --json
    """
    from queries import all_queries, get_query

    if list_:
        for q in all_queries():
            click.echo(f"{q.name}\n  {q.zh}\n  {q.en}")
            for p in q.params:
                default = f" (default {p.default})" if p.default is not None else " (required)"
                click.echo(f"  --param {p.name}=…{default}: {p.description}")
        return
    if not name:
        raise InputError("give a query name, e.g. dutygraph query tasks-led-by --param department=省应急厅 "
                         "(dutygraph query --list shows them all)")
    from ui.settings import open_store

    get_query(name)  # an unknown name fails before the store is opened
    with open_store(store) as graph:
        rows = graph.run(name, **_params(params))
    _print(rows, as_json)


@click.command()
@click.argument("text")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON instead of a table.")
@_store_option
def cypher(text: str, params: tuple[str, ...], as_json: bool, store: str | None) -> None:
    """Run one reading Cypher query; anything that could write is refused.

    \b
    Examples:
      dutygraph cypher "MATCH (d:Department) RETURN d.name AS name ORDER BY name"
      dutygraph cypher "MATCH (d)-[:LEADS]->(t:Task) WHERE d.name = \\$n RETURN t.text" -p n=辽宁省应急管理厅
    """
    from graph.store import check_read_only
    from ui.settings import open_store

    check_read_only(text)
    with open_store(store) as graph:
        rows = graph.cypher(text, _params(params))
    _print(rows, as_json)
