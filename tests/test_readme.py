"""The README's two commands are the ones CI runs and the ones that work."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    assert block, "README.md has no ```bash block with the two commands"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_has_exactly_two_commands_install_and_test():
    install, test = readme_commands()
    assert "pip install -e ." in install and "dutygraph" in install
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    _, test = readme_commands()
    assert test in (REPO / ".ci" / "run").read_text(encoding="utf-8")
