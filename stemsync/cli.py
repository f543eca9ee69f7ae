"""The ``stemsync`` command line: thin commands over the library modules.

Each command loads what it needs, calls one library function and turns the library's
errors into a one-line ``Error: ...`` with a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from stemsync import __version__, actions as actionsmod, codebook, deploy as deploymod, reportcmd
from stemsync import sync as syncmod
from stemsync.settings import ConfigError
from stemsync.db import DatabaseError, check_db, open_db
from stemsync.limesurvey import LimeSurveyError, connect
from stemsync.review.cli import review as review_commands
from stemsync.runlock import Busy, run_lock

from stemsync import clikit
from stemsync.clikit import EXIT_BUSY, db_option, friendly_errors, get_config, open_private_db


class Guarded(click.Group):
    """The top-level group, with a last guard so that no traceback reaches a user."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        import os

        try:
            return super().main(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - the last guard; STEMSYNC_DEBUG=1 shows the traceback
            if os.environ.get("STEMSYNC_DEBUG") or not kwargs.get("standalone_mode", True):
                raise
            first = str(exc).splitlines()[0] if str(exc) else ""
            click.echo(f"Error: unexpected {type(exc).__name__}{': ' + first if first else ''} (run again with "
                       "STEMSYNC_DEBUG=1 to see where, and please report it)", err=True)
            sys.exit(1)


@click.group(cls=Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stemsync")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar="STEMSYNC_CONFIG", help="Path to stemsync.toml (default: ./stemsync.toml).")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """stemsync: client-feedback questionnaires on LimeSurvey, synced and published safely.

    Configure with stemsync.toml or the environment: STEMSYNC_URL (the full
    RemoteControl URL), STEMSYNC_USER, STEMSYNC_PASSWORD, STEMSYNC_DB.
    """
    ctx.ensure_object(dict)["config_path"] = config_path
    # The organisation's own codebooks ([templates] dir) join the built-in ones for this run.
    codebook.TEMPLATE_DIR_HOOK = lambda: get_config(ctx).section("templates")["dir"]
    ctx.call_on_close(lambda: setattr(codebook, "TEMPLATE_DIR_HOOK", None))


# -- deploy and surveys --------------------------------------------------------


@cli.command()
@click.argument("instrument_id")
@click.option("--activate", is_flag=True, help="Activate the survey after importing it.")
@click.option("--title", default=None, help="Survey title in LimeSurvey (default: the instrument's title).")
@click.option("--again", is_flag=True, help="Deploy even if this instrument version was deployed before.")
@click.option("--team", default=None, help="Team code to put in the printed participant link.")
@db_option
@click.pass_context
@friendly_errors
def deploy(ctx: click.Context, instrument_id: str, activate: bool, title: str | None, again: bool,
           team: str | None, db_path: Path | None) -> None:
    """Import an instrument into LimeSurvey and record the deployment.

    Example: stemsync deploy samen-sterker --activate --team team-noord
    """
    inst = codebook.get_instrument(instrument_id)
    config = get_config(ctx)
    config.require_limesurvey()  # before the database is created or touched
    db = open_private_db(ctx, db_path)
    with connect(config) as ls:
        result = deploymod.deploy(ls, db, inst, activate=activate, title=title, again=again,
                                  admin_email=config.admin_email, team=team)
    state = "active" if result.activated else "not active yet (stemsync deploy ... --activate, or in LimeSurvey)"
    click.echo(f"Deployed {result.instrument} v{result.version} as survey {result.survey_id}: {state}")
    for lang, url in result.urls.items():
        click.echo(f"  participant link ({lang}): {url}")
    if not team:
        click.echo("  replace TEAMCODE with the team's code; ROL can be set per respondent")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@friendly_errors
def surveys(ctx: click.Context, db_path: Path | None, as_json: bool) -> None:
    """List deployed surveys with their state and response counts.

    Example: stemsync surveys
    """
    get_config(ctx).require_limesurvey()  # before the database is touched
    db = open_private_db(ctx, db_path)
    with connect(get_config(ctx)) as ls:
        rows = deploymod.survey_states(ls, db)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No deployments yet: stemsync deploy INSTRUMENT")
        return
    click.echo(f"{'survey':>8}  {'instrument':<18} {'ver':>3}  {'state':<9} {'complete':>8} {'incomplete':>10}")
    for r in rows:
        click.echo(f"{r['survey_id']:>8}  {r['instrument']:<18} {r['version']:>3}  {r['state']:<9} "
                   f"{_count(r['complete']):>8} {_count(r['incomplete']):>10}")


def _count(value: Any) -> str:
    return "-" if value is None else str(value)


@cli.command()
@db_option
@click.pass_context
def doctor(ctx: click.Context, db_path: Path | None) -> None:
    """Check configuration, LimeSurvey endpoint, JSON-RPC, login and permissions.

    Example: STEMSYNC_PASSWORD=... stemsync doctor
    """
    checks: list[tuple[str, bool, str]] = []
    try:
        config = get_config(ctx)
        config.require_limesurvey()
        checks.append(("configuration", True, f"endpoint {config.url}, user {config.user}, password set"))
    except ConfigError as exc:
        checks.append(("configuration", False, str(exc)))
        config = None
    if config is not None:
        try:
            with connect(config) as ls:
                checks.append(("login", True, "endpoint reachable, JSON-RPC on, credentials accepted"))
                try:
                    visible = ls.list_surveys()
                    checks.append(("permissions", True, f"user may list surveys ({len(visible)} visible)"))
                except LimeSurveyError as exc:  # after a good login: not a login failure
                    checks.append(("permissions", False, str(exc)))
        except LimeSurveyError as exc:
            checks.append(("login", False, str(exc)))
        try:
            open_private_db(ctx, db_path)
            checks.append(("database", True, str(db_path or config.db)))
        except (DatabaseError, ConfigError) as exc:
            checks.append(("database", False, str(exc)))
    try:
        if "config" in ctx.find_root().obj:
            codebook.load_all()  # built in and the organisation's own ([templates] dir)
        else:
            codebook.load_all(codebook.builtin_dir())  # the file could not be read: the built-in ones
        checks.append(("templates", True, "all instruments valid"))
    except codebook.CodebookError as exc:
        checks.append(("templates", False, exc.problems[0]))
    except ConfigError as exc:
        checks.append(("templates", False, str(exc)))
    for name, ok, detail in checks:
        click.echo(f"{'OK  ' if ok else 'FAIL'} {name}: {detail}")
    if not all(ok for _, ok, _ in checks):
        sys.exit(1)


# -- sync ------------------------------------------------------------------------


class TerminalProgress:
    """A progress bar per survey on a terminal (stderr); nothing at all under cron."""

    def __init__(self) -> None:
        self._bar = None

    def start(self, label: str, total: int) -> None:
        if total:
            self._bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
            self._bar.__enter__()

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def _parse_every(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        value = float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)
    except (ValueError, IndexError):
        raise click.BadParameter(f"'{text}' is not a duration; write e.g. 90s, 15m or 1h") from None
    if value < 10:
        raise click.BadParameter("run at most every 10 seconds")
    return value


def run_sync(ctx: click.Context, db_path: Path | None, survey_ids: tuple[int, ...], full: bool,
             as_json: bool, page_size: int | None, should_stop=lambda: False) -> syncmod.SyncReport:
    config = get_config(ctx)
    settings = config.section("sync")
    path = db_path or config.require_db()
    config.require_limesurvey()
    check_db(path)  # before the lock file: a refused database leaves nothing behind
    with run_lock(path, wait=settings["lock_wait"]):
        db = open_db(path)
        instruments = codebook.load_all()
        progress = TerminalProgress() if (sys.stderr.isatty() and not as_json) else None
        with connect(config) as ls:
            return syncmod.sync(ls, db, instruments, survey_ids=list(survey_ids) or None, full=full,
                                page_size=page_size or settings["page_size"], recheck_days=settings["recheck_days"],
                                trailing_ids=settings["trailing_ids"], lookahead=settings["lookahead"],
                                should_stop=should_stop, progress=progress)


def report_sync(report: syncmod.SyncReport, as_json: bool) -> None:
    if as_json:
        click.echo(report.to_json())
    elif sys.stdout.isatty():
        for s in report.surveys:
            note = f"  ({s.note})" if s.note else ""
            click.echo(f"{s.survey_id} {s.instrument}: {s.new} new, {s.updated} updated, {s.deleted} deleted"
                       f"{f', {s.problems} answers outside the codebook' if s.problems else ''}{note}")
    for s in report.surveys:
        if s.error:
            click.echo(f"Error: {s.error}", err=True)
        elif s.problems and not as_json:
            click.echo(f"Warning: survey {s.survey_id}: {s.problems} answers did not fit the codebook; "
                       "kept in answer_problems", err=True)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)


@cli.command()
@db_option
@click.option("--survey", "survey_ids", type=int, multiple=True, help="Only this survey id (repeatable).")
@click.option("--full", is_flag=True, help="Reconcile: read every response in id windows, add missing ones, "
                                            "update edited ones (recorded in response_changes), mark deleted "
                                            "ones.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary (for monitoring).")
@click.option("--page-size", type=click.IntRange(1, 100_000), default=None,
              help="Responses per export call (default 2500, or [sync] page_size).")
@click.pass_context
@friendly_errors
def sync(ctx: click.Context, db_path: Path | None, survey_ids: tuple[int, ...], full: bool, as_json: bool,
         page_size: int | None) -> None:
    """Pull new and completed responses of every deployed survey into the private database.

    Quiet under cron (only errors), a progress bar on a terminal. Exit codes: 0 ok,
    1 error, 75 another run is busy.

    Example: stemsync sync --json
    """
    try:
        report = run_sync(ctx, db_path, survey_ids, full, as_json, page_size)
    except Busy as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(EXIT_BUSY)
    report_sync(report, as_json)
    if not report.ok:
        ctx.exit(1)


@cli.command()
@click.option("--every", default="15m", show_default=True, help="Time between runs: 90s, 15m, 1h.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary per run.")
@click.option("--publish", "also_publish", is_flag=True,
              help="Also publish after every sync that brought something new (keeps the de-identifier "
                   "loaded between runs).")
@click.pass_context
@friendly_errors
def daemon(ctx: click.Context, every: str, db_path: Path | None, as_json: bool, also_publish: bool) -> None:
    """Run sync in a loop (for a systemd service); stops cleanly on SIGTERM or Ctrl-C between pages.

    Example: stemsync daemon --every 15m --publish
    """
    import signal
    import threading

    interval = _parse_every(every)
    stop = threading.Event()

    def request_stop(signum, frame) -> None:  # noqa: ARG001
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    first = True
    while not stop.is_set():
        try:
            report = run_sync(ctx, db_path, (), False, as_json, None, should_stop=stop.is_set)
            report_sync(report, as_json)
            changed = any(s.new or s.updated or s.deleted for s in report.surveys)
            if also_publish and not stop.is_set() and (changed or first):
                from stemsync.publish import publish_from_config

                published = publish_from_config(get_config(ctx), raw=db_path)
                if as_json:
                    click.echo(json.dumps({"published": published.as_dict()}, ensure_ascii=False))
            first = False
        except Busy as exc:
            click.echo(f"Error: {exc}", err=True)
        except clikit.EXPECTED_ERRORS as exc:
            click.echo(f"Error: {exc}", err=True)  # a failed run is retried at the next interval
        stop.wait(interval)


# -- demo ------------------------------------------------------------------------


@cli.command()
@click.option("--dir", "workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("stemsync-demo"),
              show_default=True, help="Folder for the demo's databases (emptied first).")
@click.option("--scale", type=click.FloatRange(0.01, 100), default=1.0, show_default=True,
              help="Multiply the synthetic year's number of responses.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port of the portal.")
@click.option("--no-serve", is_flag=True, help="Stop after publishing instead of starting the portal.")
@friendly_errors
def demo(workdir: Path, scale: float, port: int, no_serve: bool) -> None:
    """Run the whole pipeline on this machine against the LimeSurvey emulator.

    Starts the emulator, deploys all instruments, fills in a synthetic year of
    responses (with personal data planted in some comments), syncs, records two
    example actions, publishes, and serves the portal with a demo login.

    Example: stemsync demo
    """
    from stemsync.demo import run_demo, serve_demo

    result = run_demo(workdir, scale=scale, echo=click.echo)
    click.echo("")
    click.echo(f"{'survey':>8}  {'instrument':<18} {'state':<9} {'complete':>8} {'incomplete':>10}")
    for r in result.surveys:
        click.echo(f"{r['survey_id']:>8}  {r['instrument']:<18} {r['state']:<9} "
                   f"{_count(r['complete']):>8} {_count(r['incomplete']):>10}")
    click.echo("")
    click.echo("\n".join(result.publish_lines))
    click.echo(f"\nPrivate database: {result.private_db}")
    click.echo(f"Public database:  {result.public_db}")
    if not no_serve:
        serve_demo(result, port, echo=click.echo)



# -- publish ---------------------------------------------------------------------


@cli.command("publish")
@click.option("--raw", "raw_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Private database to read (default: STEMSYNC_DB or [database] raw).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Public database to write (default: [database] public, else public.db).")
@click.option("--reissue", "reissue", multiple=True, metavar="PERIOD",
              help="Compute a published (frozen) period again from the current data, as a new release, "
                   "e.g. --reissue 2026-K3. Repeat for more periods.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing unless something is wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly_errors
def publish_command(ctx: click.Context, raw_path: Path | None, out_path: Path | None, reissue: tuple[str, ...],
                    quiet: bool, as_json: bool) -> None:
    """Build the public database for the client council's portal.

    Counts complete responses per period, team, region and role, withholds groups
    smaller than k (and what would reveal them), de-identifies comments, and swaps the
    new database in atomically, with <out>.metadata.json for Datasette. A period is
    published once it has closed and [publish] grace_days (14) have passed; from then
    on it is frozen: later publishes show the same figures, and responses that come in
    later are counted apart until you --reissue it. See docs/publish.md.

    Example: stemsync publish --out /srv/portal/stemsync.db
    """
    from stemsync.publish import publish_from_config

    progress = None if quiet or as_json or not sys.stderr.isatty() else (
        lambda message: click.echo(message, err=True))
    report = publish_from_config(get_config(ctx), raw=raw_path, out=out_path, progress=progress, reissue=reissue)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    elif not quiet:
        click.echo("\n".join(report.lines()))



# -- portal ----------------------------------------------------------------------


@cli.command("serve")
@click.argument("public_db", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default=None, help="Address to listen on (default: [portal] host, else 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port to listen on (default: [portal] port, else 8001).")
@click.option("--auth/--open", "auth", default=None,
              help="Require a login (the default; [portal.accounts]) or show the portal without login "
                   "([portal] open = true).")
@click.option("--hash-password", "make_hash", is_flag=True,
              help="Ask for a password, print its hash for [portal.accounts] and stop.")
@click.pass_context
@friendly_errors
def serve_command(ctx: click.Context, public_db: Path | None, host: str | None, port: int | None,
                  auth: bool | None, make_hash: bool) -> None:
    """Start the client council's portal (Datasette, in Dutch) on the public database.

    Serves only the database `stemsync publish` writes (default: [database] public);
    a file that looks like the private database is refused. A login is required
    unless --open or [portal] open = true; accounts are [portal.accounts]
    name = "<hash>" (make one with --hash-password). See docs/portal.md.

    Example: stemsync serve /srv/portal/stemsync.db --port 8001
    """
    from stemsync import portal
    from stemsync.publish import public_db_path

    if make_hash:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        click.echo(portal.hash_password(password))
        return
    config = get_config(ctx)
    portal.serve(public_db or public_db_path(config), host, port, auth, config)



# -- actions ('Jij zei, wij deden') -------------------------------------------------


@cli.group()
def actions() -> None:
    """'Jij zei, wij deden': record what the organisation did with the feedback."""


def _action_options(fn: Callable) -> Callable:
    for decorator in reversed([
        click.option("--instrument", default=None, help="Instrument the feedback came from (e.g. samen-sterker)."),
        click.option("--theme", default=None, help="Theme (e.g. luisteren, bereikbaarheid)."),
        click.option("--period", default=None, help="Period of the feedback: 2026, 2026-K3 or 2026-07."),
        click.option("--said", default=None, help="What clients said, in a sentence."),
        click.option("--did", default=None, help="What the organisation did or will do."),
        click.option("--status", default=None, help="gepland, bezig or klaar."),
        click.option("--date", "when", default=None, help="Date of the action, YYYY-MM-DD (default: today)."),
    ]):
        fn = decorator(fn)
    return fn


@actions.command("add")
@_action_options
@db_option
@click.pass_context
@friendly_errors
def actions_add(ctx: click.Context, instrument, theme, period, said, did, status, when, db_path) -> None:
    """Record an action; it reaches the portal at the next publish.

    Example: stemsync actions add --theme luisteren --period 2026-K3 --said "Ouders voelen zich niet
    gehoord" --did "Elk gesprek begint nu met de vraag: wat is voor jou belangrijk?" --status bezig
    """
    if not said or not did:
        raise click.UsageError("give both --said (what clients said) and --did (what was done)")
    instruments = codebook.load_all()
    actionsmod.validate({"instrument": instrument, "theme": theme, "period": period, "said": said, "did": did,
                         "status": status, "date": when}, instruments)  # before the database is touched
    db = open_private_db(ctx, db_path)
    action_id = actionsmod.add(db, instruments, said=said, did=did, instrument=instrument, theme=theme,
                               period=period, status=status or "gepland", when=when)
    click.echo(f"Action {action_id} recorded; run stemsync publish to show it on the portal")


@actions.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
@friendly_errors
def actions_list(ctx: click.Context, db_path: Path | None, as_json: bool) -> None:
    """List the recorded actions, newest first.

    Example: stemsync actions list
    """
    rows = actionsmod.all_actions(open_private_db(ctx, db_path))
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No actions yet: stemsync actions add --theme ... --said ... --did ...")
    for r in rows:
        about = " / ".join(x for x in (r["instrument"], r["theme"], r["period"]) if x)
        click.echo(f"[{r['id']}] {r['date']} {actionsmod.STATUSES[r['status']]:<8} {about}")
        click.echo(f"     jij zei:  {r['said']}")
        click.echo(f"     wij deden: {r['did']}")


@actions.command("update")
@click.argument("action_id", type=int)
@_action_options
@db_option
@click.pass_context
@friendly_errors
def actions_update(ctx: click.Context, action_id: int, instrument, theme, period, said, did, status, when,
                   db_path) -> None:
    """Change an action, e.g. its status when it is done.

    Example: stemsync actions update 3 --status klaar
    """
    actionsmod.update(open_private_db(ctx, db_path), codebook.load_all(), action_id, instrument=instrument,
                      theme=theme, period=period, said=said, did=did, status=status, date=when)
    click.echo(f"Action {action_id} updated")



# -- commands that live in their own modules: one line each ---------------------------------

from stemsync.commands import accounts as _accounts, templates as _templates, tools as _tools  # noqa: E402
from stemsync.commands import audit as _audit  # noqa: E402

cli.add_command(review_commands)  # stemsync review ... (stemsync/review/cli.py)
cli.add_command(reportcmd.report)  # stemsync report: its own module
cli.add_command(_templates.templates)
cli.add_command(_accounts.accounts)  # stemsync accounts add|remove|list
cli.add_command(_tools.hash_password)
cli.add_command(_tools.build_cache)
cli.add_command(_tools.emulator)
cli.add_command(_tools.backup)
cli.add_command(_audit.audit_command)
