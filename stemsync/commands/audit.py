"""``stemsync audit``: the attacker's audit of a public database, as a command.

See docs/publish.md ("The attacker's audit").
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from stemsync.clikit import friendly_errors, get_config, register_error
from stemsync.publish.audit import AuditError

register_error(AuditError)


@click.command("audit")
@click.argument("public_db", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--raw", "raw_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Private database: include every earlier release in its ledger.")
@click.option("--width", type=click.IntRange(1, None), default=None,
              help="Protection width (default: half of k, at least 2).")
@click.option("--violations-only", is_flag=True, help="Print only the tables with a violation, and the verdict.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
@friendly_errors
def audit_command(ctx: click.Context, public_db: Path | None, raw_path: Path | None, width: int | None,
                  violations_only: bool, as_json: bool) -> None:
    """Check that nothing hidden in a public database can be worked out.

    Solves the attacker's linear program for every hidden cell from everything shown
    (and, with --raw, from every earlier release in the ledger). Prints per
    instrument × period the hidden cells, the narrowest range and every violation
    with its arithmetic. Exit code 1 when there is a violation.

    Example: stemsync audit /srv/portal/stemsync.db --raw /var/lib/stemsync/private.db
    """
    from stemsync.publish import public_db_path
    from stemsync.publish.audit import as_json as to_json, audit_public

    path = public_db or public_db_path(get_config(ctx))
    progress = (lambda message: click.echo(message, err=True)) if sys.stderr.isatty() and not as_json else None
    result = audit_public(path, raw_path, width=width, progress=progress)
    if as_json:
        click.echo(to_json(result))
    else:
        if raw_path is None:
            click.echo("(without --raw: earlier releases in the ledger are not included)")
        click.echo("\n".join(result.lines(all_tables=not violations_only)))
    if not result.ok:
        ctx.exit(1)
