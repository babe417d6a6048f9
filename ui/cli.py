"""The ``dutygraph`` command: a thin layer over the library.

Every command is a few lines: parse options, call the library, print.  Errors of the
:class:`graph.errors.DutygraphError` family become one line on stderr and exit code 2
for bad input (1 otherwise).
"""
from __future__ import annotations

import sys

import click

from graph.errors import DutygraphError


class _Group(click.Group):
    """Turn dutygraph's own errors into one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DutygraphError as e:
            message = " ".join(line.strip() for line in str(e).splitlines() if line.strip())
            click.echo(f"dutygraph: error: {message}", err=True)
            ctx.exit(e.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="dutygraph")
def cli() -> None:
    """dutygraph: who is responsible for what in safety-production plans.

    \b
    Examples:
      dutygraph extract examples/sample_plan.txt
      dutygraph load examples/
      dutygraph query tasks-led-by --param department=省应急厅
    """


def _register() -> None:
    from ui import (commands_eval, commands_export, commands_extract, commands_store,
                    commands_ui)

    for module in (commands_extract, commands_eval, commands_store, commands_export, commands_ui):
        module.register(cli)


_register()


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="dutygraph")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
