"""``stemsync templates``: the instruments, built in and the organisation's own ([templates] dir)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

from stemsync import codebook, lss, vocabulary
from stemsync.clikit import Failure, friendly_errors, get_config


def _origin(inst: codebook.Instrument) -> str:
    return "built-in" if codebook.is_builtin(inst) else f"own: {inst.source}"


@click.group()
def templates() -> None:
    """The instruments: built in, plus the organisation's own ([templates] dir)."""


@templates.command("list")
@friendly_errors
def templates_list() -> None:
    """List the instruments and where each comes from.

    Example: stemsync templates list
    """
    for inst in codebook.load_all().values():
        n_questions = sum(1 for _ in inst.questions)
        click.echo(f"{inst.id:<18} v{inst.version}  {n_questions:>2} questions  {inst.title[inst.base_language]}"
                   + ("" if codebook.is_builtin(inst) else f"  ({_origin(inst)})"))


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
    click.echo(f"{inst.id} v{inst.version} (survey id {inst.sid}, {_origin(inst)}): {inst.title[lang]}")
    click.echo(inst.description[lang])
    for field in inst.context:
        how = "hidden, from the link" if field.hidden else "asked, or from the link"
        click.echo(f"  context {field.code}: {field.label[lang]} ({how})")
        for option in field.options:
            click.echo(f"      {option.code} = {option.label[lang]}")
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
@friendly_errors
def templates_validate() -> None:
    """Check every instrument file (built in and your own); lists each problem with file and question.

    Example: stemsync templates validate
    """
    try:
        instruments = codebook.load_all()
        problems = vocabulary.missing(vocabulary.load(), instruments.values())
    except codebook.CodebookError as exc:
        problems = exc.problems
    except vocabulary.VocabularyError as exc:
        problems = [str(exc)]
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise Failure(f"{len(problems)} problem(s) found; fix them and run stemsync templates validate "
                      "again") from None
    own = sum(1 for inst in instruments.values() if not codebook.is_builtin(inst))
    click.echo(f"{len(instruments)} instruments are valid" + (f" ({own} of your own)" if own else ""))


@templates.command("build")
@click.option("--check", is_flag=True, help="Only report .lss files that are out of date (exit 1 if any).")
@friendly_errors
def templates_build(check: bool) -> None:
    """Compile each instrument to <id>.lss beside its codebook (for importing by hand).

    Built-in ones are rebuilt only in a source checkout (where their folder is writable).

    Example: stemsync templates build
    """
    stale = []
    for inst in codebook.load_all().values():
        path = lss.lss_path(inst)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != lss.compile_lss(inst):
                stale.append(str(path) if not codebook.is_builtin(inst) else path.name)
            continue
        if codebook.is_builtin(inst) and not os.access(path.parent, os.W_OK):
            continue  # an installed package: the shipped .lss files are built already
        path, changed = lss.build(inst)
        click.echo(f"{'wrote' if changed else 'unchanged'} {path if not codebook.is_builtin(inst) else path.name}")
    if stale:
        raise click.ClickException(f"out of date: {', '.join(stale)}; run: stemsync templates build")


NEW_ID_RE = re.compile(r"^[a-z][a-z0-9-]*\Z")


def _set_header(text: str, key: str, value: object) -> str:
    """Replace a top-level ``key: value`` line of a codebook, keeping the rest (and its comments) as it is."""
    new, count = re.subn(rf"(?m)^{key}:.*$", f"{key}: {value}", text, count=1)
    if not count:
        raise Failure(f"the built-in codebook has no '{key}:' line")
    return new


@templates.command("init")
@click.argument("instrument_id")
@click.option("--as", "new_id", default=None,
              help="Start a new instrument with this id instead of replacing the built-in one.")
@click.option("--dir", "target_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for your own codebooks (default: [templates] dir).")
@click.pass_context
@friendly_errors
def templates_init(ctx: click.Context, instrument_id: str, new_id: str | None, target_dir: Path | None) -> None:
    """Copy a built-in codebook into your own folder as a start.

    Without --as it replaces the built-in instrument (same id, a higher version); with
    --as NEW-ID it becomes an instrument of its own (with a survey id of its own).

    Example: stemsync templates init exit --as exit-jeugd
    """
    builtin = codebook.load_all(codebook.builtin_dir())
    if instrument_id not in builtin:
        raise Failure(f"no built-in instrument '{instrument_id}' (built in: {', '.join(builtin)})")
    configured = get_config(ctx).section("templates")["dir"]
    folder = target_dir or configured
    if folder is None:
        raise Failure("no folder for your own codebooks: set [templates] dir = \"/etc/stemsync/templates\" in "
                      "stemsync.toml, or give --dir", 2)
    if not folder.parent.is_dir():
        raise Failure(f"the folder {folder.parent} does not exist; create it first", 2)
    source = builtin[instrument_id]
    text = source.source.read_text(encoding="utf-8")
    everything = codebook.load_all() if configured is None or configured.is_dir() else builtin
    if new_id is None:
        target_id, version = instrument_id, everything[instrument_id].version + 1
        sid = source.sid
    else:
        if not NEW_ID_RE.match(new_id):
            raise Failure(f"--as {new_id!r}: an id is lowercase letters, digits and '-'", 2)
        if new_id in everything:
            raise Failure(f"there is already an instrument '{new_id}'; choose another id", 2)
        target_id, version = new_id, 1
        used = {inst.sid for inst in everything.values()}
        sid = next(n for n in range(source.sid + 1000, 1_000_000, 1000) if n not in used)
        text = _set_header(text, "id", target_id)
    text = _set_header(_set_header(text, "version", version), "sid", sid)
    target = folder / f"{target_id}.yaml"
    if target.exists():
        raise Failure(f"{target} exists already; edit it, or remove it first")
    try:
        folder.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise Failure(f"cannot write {target}: {exc.strerror}") from None
    what = f"replaces the built-in {instrument_id} as version {version}" if new_id is None else \
        f"a new instrument, survey id {sid}"
    click.echo(f"wrote {target} ({what})")
    if configured is None or Path(configured).resolve() != folder.resolve():
        click.echo(f"add to stemsync.toml:  [templates]  dir = \"{folder.resolve()}\"")
    click.echo(f"next: edit it, then stemsync templates validate; stemsync templates show {target_id}; "
               f"stemsync deploy {target_id} --activate (see docs/codebook.md)")
