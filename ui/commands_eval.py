"""``dutygraph eval`` and ``dutygraph departments``: extraction quality and the department table."""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from graph.contract import document_rows, dumps_jsonl
from graph.errors import InputError

DEFAULT_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
_STEM = re.compile(r"^(\d{3})(?:_[0-9a-f]+)?$")


def register(cli: click.Group) -> None:
    cli.add_command(eval_cmd)
    cli.add_command(departments)


def gold_documents(gold_dir: Path) -> dict[str, Path]:
    """The documents of a gold set, by number: ``docs/NNN.txt`` or ``NNN_hash.txt`` beside ``gold/``."""
    folder = gold_dir / "docs" if (gold_dir / "docs").is_dir() else gold_dir
    out: dict[str, Path] = {}
    for path in sorted(folder.glob("*.txt")):
        m = _STEM.match(path.stem)
        if m:
            out[m.group(1)] = path
    return out


def write_predictions(gold_dir: Path, out_dir: Path) -> list[str]:
    """Extract every document of a gold set into ``out_dir/NNN.jsonl``; returns the numbers."""
    from loaders import read_plan

    docs = gold_documents(gold_dir)
    if not docs:
        raise InputError(f"{gold_dir}: no documents (expected docs/NNN.txt or NNN_hash.txt)")
    for stem, path in docs.items():
        doc = read_plan(path)
        (out_dir / f"{stem}.jsonl").write_text(dumps_jsonl(document_rows(doc)), encoding="utf-8")
    return list(docs)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--scorer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The scoring script (default: ../shared/eval/score.py beside the repository).")
@click.option("--json", "as_json", is_flag=True, help="Print the scorer's figures as JSON.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the predictions into this folder instead of a temporary one.")
def eval_cmd(gold_dir: Path, scorer: Path | None, as_json: bool, keep: Path | None) -> None:
    """Extract every document of GOLD_DIR and score lead/co-operation against its gold.

    \b
    Examples:
      dutygraph eval ../shared/seeds
      dutygraph eval ../shared/corpus --json
    """
    scorer = scorer or DEFAULT_SCORER
    if not scorer.is_file():
        raise InputError(f"{scorer}: scorer not found; pass --scorer PATH")
    with tempfile.TemporaryDirectory(prefix="dutygraph-eval-") as tmp:
        out_dir = keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        write_predictions(gold_dir, out_dir)
        args = [sys.executable, str(scorer), str(gold_dir), str(out_dir)] + (["--json"] if as_json else [])
        result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InputError(f"{scorer}: exited with {result.returncode}: {result.stderr.strip()[-300:]}")
    click.echo(result.stdout, nl=False)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--unresolved", is_flag=True, help="Only the names the department table does not know.")
def departments(files: tuple[Path, ...], unresolved: bool) -> None:
    """List the canonical departments named in FILES (id, name, kind, spellings seen).

    \b
    Examples:
      dutygraph departments ../shared/seeds/000_*.txt
      dutygraph departments ../shared/seeds/*.txt --unresolved
    """
    from loaders import read_plan

    paths = [p for f in files for p in (sorted(f.glob("*.txt")) if f.is_dir() else [f])]
    for path in paths:
        doc = read_plan(path)
        for dept in doc.departments:
            if unresolved and dept.resolved:
                continue
            aliases = "、".join(a for a in dept.aliases if a != dept.name)
            flag = "" if dept.resolved else "\tunresolved"
            click.echo(f"{path.name}\t{dept.id}\t{dept.name}\t{dept.kind.value}\t{aliases}{flag}")
