"""``dutygraph export``: plan files as RDF (Turtle, JSON-LD, N-Triples) or a network (GraphML, GEXF)."""
from __future__ import annotations

from pathlib import Path

import click

FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf")


def register(cli: click.Group) -> None:
    cli.add_command(export)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ttl", show_default=True,
              help="RDF (ttl, jsonld, nt; terms of ontology.ttl) or a network for Gephi/yEd (graphml, gexf).")
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")
@click.option("--validate", is_flag=True,
              help="RDF only: check the export against shapes.ttl (SHACL) and fail if it does not conform.")
def export(files: tuple[Path, ...], fmt: str, out: Path | None, validate: bool) -> None:
    """Export FILES as one graph; the same files always give the same bytes.

    \b
    Examples:
      dutygraph export plan.txt --format ttl -o plan.ttl
      dutygraph export ../shared/seeds/*.txt --format jsonld --validate -o seeds.jsonld
      dutygraph export ../shared/seeds/*.txt --format graphml -o seeds.graphml
    """
    from graph.errors import DutygraphError
    from loaders import read_plan

    docs = [read_plan(path) for path in files]
    if fmt in ("graphml", "gexf"):
        from graph import network

        if validate:
            raise click.UsageError("--validate applies to the RDF formats (ttl, jsonld, nt)")
        G = network.build_graph(docs)
        text = network.to_graphml(G) if fmt == "graphml" else network.to_gexf(G)
    else:
        from graph import rdf

        text = rdf.export(docs, fmt)
        if validate:
            conforms, report = rdf.validate(rdf.to_rdf(docs))
            if not conforms:
                click.echo(report, err=True)
                raise DutygraphError("the export does not conform to shapes.ttl (report above)")
            click.echo("SHACL: conforms to shapes.ttl", err=True)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
