"""Set-up and upkeep commands: hash-password, build-cache, emulator, backup."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from stemsync.clikit import Failure, db_option, friendly_errors, get_config


@click.command("hash-password")
@click.option("--stdin", "from_stdin", is_flag=True, help="Read the password from standard input (one line).")
@friendly_errors
def hash_password(from_stdin: bool) -> None:
    """Ask for a portal password and print its hash for [portal.accounts].

    The password itself is never printed or stored; paste the hash into stemsync.toml.

    Example: stemsync hash-password
    """
    from stemsync import portal

    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    click.echo(portal.hash_password(password))


@click.command("build-cache")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--rebuild", is_flag=True, help="Rebuild even when a valid cache is present.")
@click.pass_context
@friendly_errors
def build_cache(ctx: click.Context, directory: Path | None, rebuild: bool) -> None:
    """Build the de-identifier's cache (once, about 2 minutes; scripts/setup.sh does this).

    DIRECTORY defaults to STEMSYNC_DEDUCE_CACHE, else [publish] deduce_cache, else
    ~/.cache/stemsync/deduce.

    Example: stemsync build-cache
    """
    from stemsync import deidentify
    from stemsync.publish import settings_from_config

    target = directory or settings_from_config(get_config(ctx)).deduce_cache_dir()
    args = ["--build-cache", str(target)] + (["--rebuild"] if rebuild else [])
    code = deidentify.main(args)
    if code:
        raise Failure(f"could not build the cache in {target}; see the message above")


@click.command("emulator", context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
               add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Run the LimeSurvey emulator in the foreground (for trying stemsync without a LimeSurvey).

    Options: --port, --user, --password-env VAR, --load FILE.lss, --activate; see
    stemsync emulator --help.

    Example: LIMESURVEY_PASSWORD=geheim stemsync emulator --port 8765
    """
    from stemsync_emulator.__main__ import main

    sys.exit(main(list(args), prog="stemsync emulator"))


@click.command("backup")
@click.argument("target", type=click.Path(path_type=Path))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing unless something is wrong.")
@click.pass_context
@friendly_errors
def backup(ctx: click.Context, target: Path, db_path: Path | None, quiet: bool) -> None:
    """Write a consistent copy of the private database, also while sync is running.

    Uses SQLite's backup API (a plain file copy of a database in WAL mode can miss recent
    commits). TARGET is a file, or a folder to get private-<date>-<time>.db. See
    docs/operations.md for restoring.

    Example: stemsync backup /var/backups/stemsync/
    """
    from stemsync.db import backup as backup_db

    source = db_path or get_config(ctx).require_db()
    result = backup_db(source, target)
    if not quiet:
        click.echo(f"backed up {source} to {result.path}: {result.pages} pages, {result.rows} responses and "
                   f"{result.tables} tables, integrity ok")
