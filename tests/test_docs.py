"""The README's commands are the ones CI runs, and every CLI command is documented."""

import re
from pathlib import Path

import click

from stemsync.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def readme_command(what: str) -> str:
    row = next(line for line in README.splitlines() if line.startswith(f"| {what}"))
    return re.search(r"`([^`]+)`", row.split("|")[2]).group(1)


def test_ci_runs_the_readme_test_command():
    command = readme_command("the whole test suite")
    ci = (ROOT / ".ci" / "run").read_text()
    assert command in ci.splitlines()


def test_readme_demo_command_exists():
    command = readme_command("the demo")
    assert command.startswith("bash scripts/setup.sh && stemsync ")
    assert command.split()[-1] in cli.commands


def all_commands(group: click.Group, prefix=""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix}{name} ")


def test_every_command_has_help_with_an_example_and_is_documented():
    docs = README + "".join(p.read_text() for p in (ROOT / "docs").glob("*.md"))
    for name, command in all_commands(cli):
        if isinstance(command, click.Group):
            continue
        assert command.help and re.search(r"Example: (\S+=\S+ )*stemsync ", command.help), name
        assert f"stemsync {name}" in docs, f"'stemsync {name}' is not mentioned in README.md or docs/"


def test_every_dependency_is_explained_in_the_readme():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = project["dependencies"] + project["optional-dependencies"]["test"]
    for requirement in names:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        assert f"`{name}`" in README, f"{name} is not explained in the README's dependency table"
