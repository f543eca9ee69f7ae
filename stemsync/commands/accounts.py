"""``stemsync accounts add|remove|list``: the portal's accounts in stemsync.toml.

The password is asked twice (never echoed, never written anywhere); only its pbkdf2
hash goes into ``[portal.accounts]``. The file is edited with tomlkit, so comments and
the order of everything else stay as they were; it is replaced atomically and keeps
its permissions. A running portal picks up the change at its next start.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import click
import tomlkit

from stemsync.config import DEFAULT_CONFIG, ConfigError
from stemsync.settings import config_path

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


class AccountError(ConfigError):
    """The accounts cannot be changed as asked; the message says what to do."""


def _file(ctx: click.Context, create: bool) -> Path:
    given = (ctx.find_root().obj or {}).get("config_path")
    path = config_path(given, os.environ)
    if path is None:
        if not create:
            raise AccountError("no stemsync.toml found: give --config or STEMSYNC_CONFIG, or run in its folder")
        path = DEFAULT_CONFIG
    return Path(path)


def read(path: Path) -> tomlkit.TOMLDocument:
    if not path.exists():
        return tomlkit.document()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError) as exc:
        raise AccountError(f"cannot read {path}: {str(exc).splitlines()[0]}") from None


def write(path: Path, doc: tomlkit.TOMLDocument) -> None:
    """Replace the file atomically, keeping its permissions (a new file: owner only)."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=".stemsync-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(tomlkit.dumps(doc))
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def table(doc: tomlkit.TOMLDocument, create: bool):
    portal = doc.get("portal")
    if portal is None:
        if not create:
            return None
        portal = tomlkit.table()
        doc["portal"] = portal
    accounts = portal.get("accounts")
    if accounts is None and create:
        accounts = tomlkit.table()
        portal["accounts"] = accounts
    return accounts


def add(path: Path, name: str, password: str, replace: bool = False) -> bool:
    """Store the hash of ``password`` for ``name``; True if it replaced an existing account."""
    from stemsync.portal import hash_password

    if not NAME.fullmatch(name):
        raise AccountError(f"{name!r} is not a usable account name: letters, digits, '.', '_' and '-', at most "
                           "40 characters, starting with a letter or digit")
    doc = read(path)
    accounts = table(doc, create=True)
    existed = name in accounts
    if existed and not replace:
        raise AccountError(f"account {name!r} exists already; give --replace to set a new password")
    accounts[name] = hash_password(password)
    write(path, doc)
    return existed


def remove(path: Path, name: str) -> None:
    doc = read(path)
    accounts = table(doc, create=False)
    if accounts is None or name not in accounts:
        raise AccountError(f"there is no account {name!r}; `stemsync accounts list` shows them")
    del accounts[name]
    write(path, doc)


def names(path: Path) -> list[str]:
    accounts = table(read(path), create=False) if path.exists() else None
    return sorted(str(k) for k in (accounts or {}))


@click.group("accounts")
def accounts() -> None:
    """The portal's accounts in [portal.accounts] (only password hashes are stored)."""


@accounts.command("add")
@click.argument("name")
@click.option("--replace", is_flag=True, help="Set a new password for an existing account.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def add_command(ctx: click.Context, name: str, replace: bool, password_stdin: bool) -> None:
    """Add an account: asks for its password twice and stores only the hash.

    Example: stemsync accounts add raad
    """
    try:
        path = _file(ctx, create=True)
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = click.prompt("Password", hide_input=True, confirmation_prompt="Password again")
        replaced = add(path, name, password, replace)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'Changed the password of' if replaced else 'Added'} account {name} in {path}; restart the "
               "portal to use it")


@accounts.command("remove")
@click.argument("name")
@click.pass_context
def remove_command(ctx: click.Context, name: str) -> None:
    """Remove an account; its sessions end when the portal restarts.

    Example: stemsync accounts remove raad
    """
    try:
        path = _file(ctx, create=False)
        remove(path, name)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Removed account {name} from {path}; restart the portal")


@accounts.command("list")
@click.pass_context
def list_command(ctx: click.Context) -> None:
    """List the account names (never the hashes).

    Example: stemsync accounts list
    """
    try:
        found = names(_file(ctx, create=False))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if not found:
        click.echo("No accounts yet: stemsync accounts add NAME")
    for name in found:
        click.echo(name)
