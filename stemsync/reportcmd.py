"""``stemsync report``: the quarterly report for the council's meeting, as an A4 PDF.

A command module of its own (registered with one line in ``cli.py``); the report itself
is built by the portal's :mod:`stemsync_portal.report` from the public database only.
"""

from __future__ import annotations

from pathlib import Path

import click

from stemsync.config import ConfigError, load_config

EXIT_CONFIG = 2


@click.command("report")
@click.option("--period", "period", default=None, metavar="P",
              help="The period the report is about, e.g. 2026-K3 (default: the latest with figures).")
@click.option("--unit", "unit", default=None, metavar="U",
              help="A team, region or organisation, by id (team:team-noord) or name (default: the organisation).")
@click.option("--lang", "lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="The language of the report.")
@click.option("--db", "public_db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The public database (default: [database] public, else public.db).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF file to write.")
@click.pass_context
def report(ctx: click.Context, period: str | None, unit: str | None, lang: str, public_db: Path | None,
           out: Path) -> None:
    """Write the printable quarterly report (A4 PDF) from the public database.

    Per questionnaire: the key figures, the charts, what changed beyond chance, the
    actions ('Jij zei, wij deden') and a selection of the comments. Only the public
    database is read, so the report can be handed out. Needs Debian's chromium.
    See docs/portal.md.

    Example: stemsync report --period 2026-K3 --lang nl --out rapport-2026-K3.pdf
    """
    from stemsync_portal.report import ReportError, write

    from stemsync.publish import public_db_path

    try:
        if public_db is None:
            public_db = public_db_path(load_config((ctx.obj or {}).get("config_path")))
        made = write(public_db, out, period, unit, lang)
    except ConfigError as exc:
        raise _failure(str(exc), EXIT_CONFIG) from None
    except ReportError as exc:
        raise _failure(str(exc), 1) from None
    click.echo(f"Wrote {out}: {len(made.sections)} questionnaire section(s), {made.period_label}, {made.unit_name}")


def _failure(message: str, code: int) -> click.ClickException:
    error = click.ClickException(message.splitlines()[0] if message else "failed")
    error.exit_code = code
    return error
