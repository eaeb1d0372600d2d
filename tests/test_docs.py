"""Docs are tested: the README's commands, CI calling the README's test command, every CLI
command documented, every registered stage documented."""

import re

from typer.testing import CliRunner

from conftest import PROJECT
from veille.cli import app
from veille.pipeline import registered_stages

README = (PROJECT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)\n```", README, re.S)


def test_readme_opens_with_the_run_and_test_commands():
    blocks = _bash_blocks()
    assert "veille ingest samples" in blocks[0]
    assert "pytest" in blocks[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert _bash_blocks()[1] in ci


def test_every_cli_command_has_help_and_is_in_the_readme():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.help, f"command {name} has no help text"
        assert f"veille {name}" in README, f"command {name} is not in the README"
        assert runner.invoke(app, [name, "--help"]).exit_code == 0


def test_every_stage_has_a_description():
    for name, info in registered_stages().items():
        if name.startswith("test_"):
            continue
        assert info.description, f"stage {name} has no docstring"
        assert name in README, f"stage {name} is not in the README"
