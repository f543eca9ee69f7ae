"""The ``stemsync`` command line: thin commands over the library modules.

Each command loads what it needs, calls one library function and turns the library's
errors into a one-line ``Error: ...`` with a non-zero exit code.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from stemsync import __version__, codebook, deploy as deploymod, lss
from stemsync.config import Config, ConfigError, load_config
from stemsync.db import DatabaseError, open_db
from stemsync.limesurvey import LimeSurveyError, connect

EXPECTED_ERRORS = (ConfigError, LimeSurveyError, DatabaseError, deploymod.DeployError)


def friendly_errors(fn: Callable) -> Callable:
    """Turn stemsync's own exceptions into click errors (one line, exit code 1)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EXPECTED_ERRORS as exc:
            raise click.ClickException(str(exc)) from None
        except codebook.CodebookError as exc:
            raise click.ClickException("\n".join(exc.problems)) from None
    return wrapper


def get_config(ctx: click.Context) -> Config:
    obj = ctx.ensure_object(dict)
    if "config" not in obj:
        obj["config"] = load_config(obj.get("config_path"))
    return obj["config"]


def db_option(fn: Callable) -> Callable:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Private SQLite database (default: STEMSYNC_DB or [database] raw).")(fn)


def open_private_db(ctx: click.Context, db_path: Path | None):
    return open_db(db_path or get_config(ctx).db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


# -- templates -----------------------------------------------------------------


@cli.group()
def templates() -> None:
    """The instruments in survey_templates/: list, show, validate, build."""


@templates.command("list")
@friendly_errors
def templates_list() -> None:
    """List the instruments.

    Example: stemsync templates list
    """
    for inst in codebook.load_all().values():
        n_questions = sum(1 for _ in inst.questions)
        click.echo(f"{inst.id:<18} v{inst.version}  {n_questions:>2} questions  {inst.title[inst.base_language]}")


@templates.command("show")
@click.argument("instrument_id")
@click.option("--language", "-l", default=None, help="Language to show (default: the base language).")
@friendly_errors
def templates_show(instrument_id: str, language: str | None) -> None:
    """Show one instrument's questions, codes, kinds and answer options.

    Example: stemsync templates show samen-sterker --language en
    """
    inst = codebook.get_instrument(instrument_id)
    lang = language or inst.base_language
    if lang not in inst.languages:
        raise click.ClickException(f"{inst.id} has no language '{lang}'; choose one of {', '.join(inst.languages)}")
    click.echo(f"{inst.id} v{inst.version} (survey id {inst.sid}): {inst.title[lang]}")
    click.echo(inst.description[lang])
    for field in inst.context:
        how = "hidden, from the link" if field.hidden else "asked, or from the link"
        values = f" [{', '.join(o.code for o in field.options)}]" if field.options else ""
        click.echo(f"  context {field.code}: {field.label[lang]} ({how}){values}")
    for group in inst.groups:
        click.echo(f"\n[{group.code}] {group.title[lang]}")
        for q in group.questions:
            theme = f" theme={q.theme}" if q.theme else ""
            click.echo(f"  {q.code} ({q.kind}{theme}): {q.text[lang]}")
            if q.scale:
                click.echo(f"      {q.scale.min}..{q.scale.max}: " + "; ".join(
                    f"{v} = {t[lang]}" for v, t in sorted(q.scale.labels.items())))
            for option in q.options:
                click.echo(f"      {option.code} = {option.label[lang]}")


@templates.command("validate")
def templates_validate() -> None:
    """Check every instrument file; lists each problem with file and question.

    Example: stemsync templates validate
    """
    problems = []
    for path in codebook.template_paths():
        try:
            codebook.load_instrument(path)
        except codebook.CodebookError as exc:
            problems.extend(exc.problems)
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise click.ClickException(f"{len(problems)} problem(s) found; fix them in survey_templates/")
    click.echo(f"{len(codebook.template_paths())} instruments are valid")


@templates.command("build")
@click.option("--check", is_flag=True, help="Only report .lss files that are out of date (exit 1 if any).")
@friendly_errors
def templates_build(check: bool) -> None:
    """Compile every instrument to survey_templates/<id>.lss.

    Example: stemsync templates build
    """
    stale = []
    for inst in codebook.load_all().values():
        if check:
            path = lss.lss_path(inst)
            if not path.exists() or path.read_text(encoding="utf-8") != lss.compile_lss(inst):
                stale.append(path.name)
            continue
        path, changed = lss.build(inst)
        click.echo(f"{'wrote' if changed else 'unchanged'} {path.name}")
    if stale:
        raise click.ClickException(f"out of date: {', '.join(stale)}; run: stemsync templates build")


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
                visible = ls.list_surveys()
                checks.append(("permissions", True, f"user may list surveys ({len(visible)} visible)"))
        except LimeSurveyError as exc:
            checks.append(("login", False, str(exc)))
        try:
            open_private_db(ctx, db_path)
            checks.append(("database", True, str(db_path or config.db)))
        except DatabaseError as exc:
            checks.append(("database", False, str(exc)))
    try:
        codebook.load_all()
        checks.append(("templates", True, "all instruments valid"))
    except codebook.CodebookError as exc:
        checks.append(("templates", False, exc.problems[0]))
    for name, ok, detail in checks:
        click.echo(f"{'OK  ' if ok else 'FAIL'} {name}: {detail}")
    if not all(ok for _, ok, _ in checks):
        sys.exit(1)
