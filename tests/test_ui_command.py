"""``dutygraph ui`` starts Streamlit on the app with the chosen store."""
from __future__ import annotations

import sys

import click
from click.testing import CliRunner

from ui import commands_ui


def _cli() -> click.Group:
    @click.group()
    def cli() -> None:
        """test group"""

    commands_ui.register(cli)
    return cli


def test_ui_runs_streamlit_on_the_app_with_the_store(monkeypatch):
    calls = []
    monkeypatch.setattr(commands_ui.subprocess, "call", lambda cmd, env: calls.append((cmd, env)) or 0)
    result = CliRunner().invoke(_cli(), ["ui", "--store", "/tmp/g.lbug", "--port", "8599", "--headless"])
    assert result.exit_code == 0, result.output
    (cmd, env), = calls
    assert cmd[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert cmd[4].endswith("ui/app.py")
    assert cmd[cmd.index("--server.port") + 1] == "8599" and "--server.headless" in cmd
    assert env["DUTYGRAPH_STORE"] == "/tmp/g.lbug"


def test_ui_help_has_an_example():
    result = CliRunner().invoke(_cli(), ["ui", "--help"])
    assert result.exit_code == 0 and "dutygraph ui --store" in result.output
