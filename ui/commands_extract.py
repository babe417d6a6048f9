"""``dutygraph extract``: print the units of plan files as the extraction contract."""
from __future__ import annotations

import json
from pathlib import Path

import click

from graph.contract import document_rows, dumps_jsonl


def register(cli: click.Group) -> None:
    cli.add_command(extract)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="One JSON object per line, or one JSON array per file.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one file per input into this folder (NAME.jsonl) instead of stdout.")
def extract(files: tuple[Path, ...], fmt: str, out_dir: Path | None) -> None:
    """Print every target, task and key project of FILES with who leads and who co-operates.

    \b
    Examples:
      dutygraph extract examples/sample_plan.txt
      dutygraph extract plan.txt --format json
      dutygraph extract ../shared/corpus/docs/*.txt -o out/
    """
    from loaders import read_plan

    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in files:
        doc = read_plan(path)
        rows = list(document_rows(doc))
        if fmt == "jsonl":
            text = dumps_jsonl(rows)
        else:
            text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
        if out_dir is None:
            click.echo(text, nl=False)
        else:
            target = out_dir / f"{path.stem}.{fmt}"
            target.write_text(text, encoding="utf-8")
