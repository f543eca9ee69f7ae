"""The quarterly report for the council's meeting: a printable A4 PDF from the public database.

Per questionnaire the key figures, the charts, what changed beyond chance, the actions
('Jij zei, wij deden') and a selection of the comments, as of one period and for one
unit, in Dutch or English. It uses the portal's own page functions, so the report says
exactly what the portal says. Only the public database is read: the report can be handed out.

HTML to PDF with Debian's Chromium (``chromium --headless --print-to-pdf``), offline, in
a temporary profile. Used by ``stemsync report`` and by the portal's download
(``/-/stemsync/rapport.pdf``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from stemsync_portal import actions as actionsmod
from stemsync_portal import comments as commentsmod
from stemsync_portal import data, fmt, i18n, pages
from stemsync_portal.i18n import _

TEMPLATES = Path(__file__).parent / "templates"
CSS = Path(__file__).parent / "static" / "report.css"
COMMENTS_PER_SECTION = 5
CHROMIUM_TIMEOUT = 120  # seconds
FILTERED = ("responses", "scores", "comments")


class ReportError(Exception):
    """The report cannot be made; the message says what to do."""


@dataclass
class ReportSection:
    section: pages.Section
    actions: list[actionsmod.Action] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class Report:
    title: str
    unit_name: str
    period: str
    period_label: str
    published: str
    k: int | None
    lang: str
    sections: list[ReportSection]


def as_of(source: sqlite3.Connection, period: str) -> sqlite3.Connection:
    """An in-memory copy of the public database without anything after ``period``: the
    portal's functions then show the state of that period (latest figures, changes)."""
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    source.backup(copy)
    names = data.table_names(copy)
    with copy:
        for table in FILTERED:
            if table in names:
                copy.execute(f"delete from [{table}] where period > ? and period != 'onbekend'", (period,))
        if "actions" in names:
            copy.execute("delete from actions where period > ?", (period,))
    return copy


def periods(conn: sqlite3.Connection) -> list[str]:
    """The known periods with figures, in time order."""
    return [r["period"] for r in data.rows(conn, "select distinct period from responses where period != 'onbekend' "
                                                 "order by period")]


def find_unit(cat: data.Catalog, unit: str | None) -> str:
    """A unit by its id ('team:team-noord') or name ('Noord', 'Regio Noord'); default the organisation."""
    if not unit:
        top = pages.top_unit(cat)
        if top is None:
            raise ReportError("the public database has no units; publish again with `stemsync publish`")
        return top
    if unit in cat.units:
        return unit
    wanted = unit.strip().lower()
    def names(unit_id: str) -> set[str]:
        out = {cat.units[unit_id].name.lower()}
        for language in i18n.LANGUAGES:
            with i18n.use(language):
                out.add(cat.unit_name(unit_id).lower())
        return out

    found = [u for u in cat.units.values() if wanted in names(u.id)]
    if len(found) == 1:
        return found[0].id
    known = ", ".join(u.id for u in cat.units.values())
    raise ReportError(f"unknown unit '{unit}'" + (" (more than one has that name)" if found else "")
                      + f"; choose one of: {known}")


def build(conn: sqlite3.Connection, period: str | None = None, unit: str | None = None) -> Report:
    """The report's content, in the current language (:func:`i18n.use`)."""
    known = periods(conn)
    if not known:
        raise ReportError("the public database has no figures yet; run `stemsync publish` after a sync")
    if period is None:
        period = known[-1]
    elif period not in known:
        raise ReportError(f"no figures for period '{period}'; choose one of: {', '.join(known)}")
    view = as_of(conn, period)
    try:
        cat = data.load_catalog(view)
        with i18n.use(words=cat.vocabulary):
            unit_id = find_unit(cat, unit)
            home = pages.home(view, cat, unit_id)
            sections = []
            for section in home.sections:
                acts = [a for inst in section.instruments for a in actionsmod.load(view, cat, instrument=inst)]
                unique = list({a.id: a for a in acts}.values())
                texts: list[str] = []
                if section.period:
                    f = commentsmod.CommentFilter(instrument=section.instruments[-1], period=section.period,
                                                  unit=unit_id)
                    texts = [c.text for c in commentsmod.find(view, cat, f, per_page=COMMENTS_PER_SECTION).comments]
                sections.append(ReportSection(section, unique, texts))
            return Report(home.title, cat.unit_name(unit_id), period, fmt.period_label(period), home.published,
                          home.k, i18n.lang(), sections)
    finally:
        view.close()


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    env.globals.update(_=i18n.template_text, tr=i18n._, fmt=fmt)
    return env


def render_html(report: Report) -> str:
    """The report as one self-contained HTML document (styles included, no links out)."""
    css = CSS.read_text(encoding="utf-8")
    return environment().get_template("stemsync_report.html").render(report=report, css=css, lang=report.lang)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise ReportError("making a PDF needs Debian's chromium (apt-get install chromium); "
                      "scripts/setup.sh installs it")


def to_pdf(html: str, out: Path) -> None:
    """Print ``html`` to the PDF ``out`` with headless Chromium (no network, a fresh profile)."""
    browser = chromium()
    with tempfile.TemporaryDirectory(prefix="stemsync-report-") as tmp:
        page, pdf = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        page.write_text(html, encoding="utf-8")
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--disable-dev-shm-usage", "--no-pdf-header-footer", f"--user-data-dir={Path(tmp) / 'profile'}",
                   f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, timeout=CHROMIUM_TIMEOUT,
                                  env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise ReportError(f"chromium did not finish the PDF within {CHROMIUM_TIMEOUT} s") from None
        if done.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            raise ReportError(f"chromium could not print the PDF (exit {done.returncode})")
        out = Path(out)
        fd, partial = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(fd)
        try:
            shutil.copyfile(pdf, partial)
            os.replace(partial, out)
        finally:
            Path(partial).unlink(missing_ok=True)


def write(public_db: Path, out: Path, period: str | None = None, unit: str | None = None,
          lang: str = i18n.DEFAULT) -> Report:
    """Build the report from ``public_db`` and print it to ``out`` (PDF)."""
    if lang not in i18n.LANGUAGES:
        raise ReportError(f"unknown language '{lang}'; choose one of: {', '.join(i18n.LANGUAGES)}")
    out = Path(out)
    if not out.parent.is_dir():
        raise ReportError(f"the folder of {out} does not exist; create it first")
    conn = open_public(public_db)
    try:
        with i18n.use(lang):
            report = build(conn, period, unit)
            html = render_html(report)
    finally:
        conn.close()
    to_pdf(html, out)
    return report


def pdf_bytes(conn: sqlite3.Connection, period: str | None, unit: str | None) -> bytes:
    """The PDF as bytes, in the current language (for the portal's download)."""
    report = build(conn, period, unit)
    html = render_html(report)
    with tempfile.TemporaryDirectory(prefix="stemsync-report-") as tmp:
        out = Path(tmp) / "report.pdf"
        to_pdf(html, out)
        return out.read_bytes()


def open_public(path: Path) -> sqlite3.Connection:
    """The public database, read-only; a missing file or another kind of database is refused."""
    path = Path(path)
    if not path.is_file():
        raise ReportError(f"the public database {path} does not exist; run `stemsync publish` first "
                          "(or give it with --db)")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        names = data.table_names(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise ReportError(f"{path} is not a database stemsync published") from None
    if not {"scores", "responses", "instruments", "publication"} <= names:
        conn.close()
        raise ReportError(f"{path} is not a public database of stemsync (no scores, responses, instruments and "
                          "publication tables); give the file `stemsync publish` wrote")
    return conn


def file_name(report: Report) -> str:
    return f"{_('rapport')}-{report.period}.pdf"


__all__: list[Any] = ["Report", "ReportError", "build", "render_html", "to_pdf", "write", "pdf_bytes"]
