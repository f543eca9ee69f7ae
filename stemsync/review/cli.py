"""``stemsync review``: a person checks comments before they go public.

Registered in stemsync/cli.py with one line. Every command opens the private
database, calls one function of :mod:`stemsync.review.queue` and turns its errors
into a one-line ``Error: ...``.
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import click

from stemsync.config import ConfigError, load_config
from stemsync.db import DatabaseError, open_db
from stemsync.review import queue

EXIT_TOO_MANY = 4  # `review count --fail-above N`: more than N texts wait
REVIEWER_ENV = "STEMSYNC_REVIEWER"


def _friendly(fn: Callable) -> Callable:
    """One line ``Error: ...``: exit 2 for configuration (as the other commands), else 1."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (ConfigError, DatabaseError, queue.ReviewError) as exc:
            from stemsync.clikit import Failure  # one line; exit 2 for configuration

            raise Failure(str(exc), getattr(exc, "exit_code", 1)) from None
    return wrapper


def _config(ctx: click.Context):
    obj = ctx.find_root().ensure_object(dict)
    if "config" not in obj:
        obj["config"] = load_config(obj.get("config_path"))
    return obj["config"]


def _db_path(ctx: click.Context, db_path: Path | None) -> Path:
    return db_path or _config(ctx).require_db()


def _db(ctx: click.Context, db_path: Path | None):
    return open_db(_db_path(ctx, db_path))


def _db_option(fn: Callable) -> Callable:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Private SQLite database (default: STEMSYNC_DB or [database] raw).")(fn)


def _by_option(fn: Callable) -> Callable:
    return click.option("--by", "reviewer", default=None,
                        help=f"Who decides (default: ${REVIEWER_ENV}, else your login name); stored with the "
                             "decision.")(fn)


def _reviewer(value: str | None) -> str:
    return value or os.environ.get(REVIEWER_ENV) or getpass.getuser()


@click.group("review")
def review() -> None:
    """Check comments before they go public (the default of [publish] comments).

    `stemsync publish` puts every new comment and action text in a queue; only what
    a person approved is published. See docs/review.md.
    """


@review.command("list")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per waiting text, in a list.")
@click.option("--flagged/--unflagged", "flagged", default=None, help="Only texts with (without) a risk signal.")
@click.pass_context
@_friendly
def review_list(ctx: click.Context, db_path: Path | None, as_json: bool, flagged: bool | None) -> None:
    """The texts that wait for a person, flagged first.

    Example: stemsync review list --json
    """
    db = _db(ctx, db_path)
    items = queue.waiting(db.conn, flagged=flagged)
    if as_json:
        click.echo(json.dumps([item.as_dict() for item in items], ensure_ascii=False, indent=1))
        return
    if not items:
        click.echo("Nothing waits for review.")
        return
    for item in items:
        mark = "!" if item.flagged else " "
        where = " ".join(x for x in (item.source, item.instrument, item.question, item.period) if x)
        click.echo(f"{mark} {item.id:>6}  [{where}]  {item.text}")
        for reason in item.reasons:
            words = f" ({', '.join(reason['words'])})" if reason["words"] else ""
            click.echo(f"          - {reason['label']}{words}")
    n_flagged = sum(1 for i in items if i.flagged)
    click.echo(f"{len(items)} waiting, {n_flagged} with a risk signal (!). "
               "Approve with `stemsync review approve ID`, withhold with `stemsync review withhold ID --reason ...`.")


@review.command("approve")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "all_", is_flag=True, help="Approve every waiting text.")
@click.option("--unflagged", is_flag=True, help="Approve every waiting text without a risk signal.")
@_by_option
@_db_option
@click.pass_context
@_friendly
def review_approve(ctx: click.Context, ids: tuple[int, ...], all_: bool, unflagged: bool, reviewer: str | None,
                   db_path: Path | None) -> None:
    """Approve texts: they are published at the next `stemsync publish`.

    Example: stemsync review approve 12 13 --by anna; stemsync review approve --unflagged
    """
    if bool(ids) + all_ + unflagged != 1:
        raise click.UsageError("give the ids to approve, or --all, or --unflagged (one of them)")
    db = _db(ctx, db_path)
    if ids:
        for item_id in ids:
            queue.get(db.conn, item_id)  # a clear error for an unknown id, before anything changes
        n = queue.approve(db.conn, ids, _reviewer(reviewer))
    else:
        n = queue.approve_waiting(db.conn, _reviewer(reviewer), unflagged_only=unflagged)
    click.echo(f"Approved {n} text(s); run `stemsync publish` to show them on the portal.")


@review.command("edit")
@click.argument("item_id", type=int)
@click.option("--text", required=True, help="The text to publish instead (e.g. with more replaced by [naam]).")
@click.option("--reason", default=None, help="Why (optional).")
@_by_option
@_db_option
@click.pass_context
@_friendly
def review_edit(ctx: click.Context, item_id: int, text: str, reason: str | None, reviewer: str | None,
                db_path: Path | None) -> None:
    """Approve a text with your changes: the edited text is what gets published.

    Example: stemsync review edit 12 --text "Mijn begeleider [naam] luistert goed."
    """
    db = _db(ctx, db_path)
    queue.edit(db.conn, item_id, text, _reviewer(reviewer), reason)
    click.echo(f"Text {item_id} edited and approved; run `stemsync publish` to show it.")


@review.command("withhold")
@click.argument("item_id", type=int)
@click.option("--reason", required=True, help="Why it stays off the portal (stored with the decision).")
@_by_option
@_db_option
@click.pass_context
@_friendly
def review_withhold(ctx: click.Context, item_id: int, reason: str, reviewer: str | None,
                    db_path: Path | None) -> None:
    """Keep a text off the portal, with a reason.

    Example: stemsync review withhold 12 --reason "de familie is te herkennen"
    """
    db = _db(ctx, db_path)
    queue.withhold(db.conn, item_id, reason, _reviewer(reviewer))
    click.echo(f"Text {item_id} withheld; it is not published (removed at the next `stemsync publish`).")


@review.command("count")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@click.option("--fail-above", type=click.IntRange(0), default=None,
              help=f"Exit with code {EXIT_TOO_MANY} when more than this many texts wait (for monitoring).")
@click.pass_context
@_friendly
def review_count(ctx: click.Context, db_path: Path | None, as_json: bool, fail_above: int | None) -> None:
    """How many texts wait, approved and withheld (distinct texts).

    Exit codes: 0 ok, 1 error, 4 more than --fail-above texts wait.

    Example: stemsync review count --json --fail-above 50
    """
    db = _db(ctx, db_path)
    counts = queue.counts(db.conn)
    if as_json:
        click.echo(json.dumps(counts))
    else:
        click.echo(f"{counts['waiting']} waiting ({counts['waiting_flagged']} with a risk signal), "
                   f"{counts['approved']} approved, {counts['withheld']} withheld")
    if fail_above is not None and counts["waiting"] > fail_above:
        sys.exit(EXIT_TOO_MANY)


@review.command("serve")
@_db_option
@click.option("--host", default=None, help="Address to listen on (default: [review] host, else 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port to listen on (default: [review] port, else 8002).")
@click.option("--hash-password", "make_hash", is_flag=True,
              help="Ask for a password, print its hash for [review.accounts] and stop.")
@click.pass_context
@_friendly
def review_serve(ctx: click.Context, db_path: Path | None, host: str | None, port: int | None,
                 make_hash: bool) -> None:
    """The review page for staff (never part of the council portal), on the private database.

    A separate small web app with its own accounts ([review.accounts] name = "<hash>",
    or [review] accounts_file); listens on 127.0.0.1:8002 by default. See docs/review.md.

    Example: stemsync review serve --port 8002
    """
    from stemsync import portal
    from stemsync.review import app

    if make_hash:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            click.echo(portal.hash_password(password))
        except portal.PortalError as exc:
            from stemsync.clikit import Failure

            raise Failure(str(exc), 1) from None
        return
    app.serve(_db_path(ctx, db_path), _config(ctx), host, port, echo=click.echo)
