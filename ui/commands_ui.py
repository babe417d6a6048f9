"""``dutygraph ui``: the web interface (Streamlit) over the graph store."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

APP = Path(__file__).resolve().parent / "app.py"


def register(cli: click.Group) -> None:
    cli.add_command(ui)


def streamlit_command(port: int, headless: bool) -> list[str]:
    """The command line that serves the app."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
           "--browser.gatherUsageStats", "false"]
    return cmd + (["--server.headless", "true"] if headless else [])


@click.command()
@click.option("--store", "store", metavar="PATH|URI",
              help="A store folder path or a bolt:// URI (default: $DUTYGRAPH_STORE, $NEO4J_URI, "
                   "or graph.lbug in the user data folder).")
@click.option("--port", type=int, default=8501, show_default=True, help="The port to serve on.")
@click.option("--headless", is_flag=True, help="Do not open a browser.")
def ui(store: str | None, port: int, headless: bool) -> None:
    """Open the web interface: overview, departments, audit, network and Cypher pages.

    \b
    Examples:
      dutygraph ui
      dutygraph ui --store ./graph.lbug --port 8599 --headless
      dutygraph ui --store bolt://127.0.0.1:7687
    """
    env = dict(os.environ)
    if store:
        env["DUTYGRAPH_STORE"] = store
    raise SystemExit(subprocess.call(streamlit_command(port, headless), env=env))
