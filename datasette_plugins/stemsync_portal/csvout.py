"""CSV downloads of the figures, for Dutch spreadsheets.

Semicolons between columns and a comma in numbers (7,4), as Excel expects them in a
Dutch setting, with a byte order mark so accents survive. Cells that a spreadsheet would run as a
formula are neutralised (:mod:`stemsync_portal.csvsafe`). Each download rebuilds the
figure from the same parameters as the page, so it holds exactly the table shown.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from typing import Any

from stemsync_portal.i18n import _
from stemsync_portal import actions as actionsmod
from stemsync_portal import comments, csvsafe, figures
from stemsync_portal.data import ALL, Catalog

Result = tuple[str, list[str], list[list[str]]]  # file name, headers, rows


class BadRequest(ValueError):
    """The parameters do not name something in this database."""


def to_csv(headers: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(csvsafe.neutralise_row(headers))
    writer.writerows(csvsafe.neutralise_row(row) for row in rows)
    return "\ufeff" + out.getvalue()


def _need(args: Any, name: str, allowed: Any) -> str:
    value = args.get(name) or ""
    if value not in allowed:
        raise BadRequest(name)
    return value


def _lines(cat: Catalog, args: Any) -> list[figures.Line]:
    lines = figures.parse_lines(cat, args.get("reeks") or "")
    if not lines:
        raise BadRequest("reeks")
    return lines


def _figure(fig: figures.Figure, name: str) -> Result:
    return name, fig.table.headers, fig.table.rows


def vragen(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    inst = _need(args, "vragenlijst", cat.instruments)
    codes = [c for c in (args.get("vragen") or "").split(",") if c] or None
    fig = figures.questions_figure(conn, cat, inst, _need(args, "periode", cat.periods),
                                   _need(args, "eenheid", cat.units), codes)
    return _figure(fig, f"vragen-{inst}")


def rollen(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    inst = _need(args, "vragenlijst", cat.instruments)
    fig = figures.roles_figure(conn, cat, inst, _need(args, "periode", cat.periods), _need(args, "eenheid", cat.units))
    return _figure(fig, f"rollen-{inst}")


def trend(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    lines = _lines(cat, args)
    role = args.get("rol") or ALL
    fig = figures.trend_figure(conn, cat, lines, _need(args, "eenheid", cat.units), role)
    return _figure(fig, f"trend-{lines[0].instrument}")


def eenheden(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    lines = _lines(cat, args)
    level = args.get("niveau") or "team"
    if level not in figures.LEVEL_WORDS:
        raise BadRequest("niveau")
    fig = figures.units_figure(conn, cat, lines, _need(args, "periode", cat.periods), level=level)
    return _figure(fig, f"teams-{lines[0].instrument}")


def antwoorden(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    inst = _need(args, "vragenlijst", cat.instruments)
    question = _need(args, "vraag", {q.code for q in cat.figures_questions(inst)})
    fig = figures.distribution_figure(conn, cat, inst, question, _need(args, "periode", cat.periods),
                                      _need(args, "eenheid", cat.units), args.get("rol") or ALL)
    return _figure(fig, f"antwoorden-{inst}-{question.lower()}")


def opmerkingen(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    f = comments.CommentFilter.from_args(args, cat)
    return "opmerkingen", comments.csv_headers(), comments.all_rows(conn, cat, f)


def acties(conn: sqlite3.Connection, cat: Catalog, args: Any) -> Result:
    found = actionsmod.load(conn, cat, args.get("vragenlijst") or None, args.get("thema") or None,
                            args.get("status") or None)
    rows = [[str(a.id), cat.instruments[a.instrument].title if a.instrument in cat.instruments else "",
             a.theme_label, a.period_label, a.said, a.did, a.status_label, a.date_label] for a in found]
    return "jij-zei-wij-deden", [_("Nummer"), _("Vragenlijst"), _("Onderwerp"), _("Periode"), _("Jullie zeiden"),
                                 _("Wij deden"), _("Stand van zaken"), _("Datum")], rows


BUILDERS: dict[str, Callable[[sqlite3.Connection, Catalog, Any], Result]] = {
    "vragen": vragen, "rollen": rollen, "trend": trend, "eenheden": eenheden, "antwoorden": antwoorden,
    "opmerkingen": opmerkingen, "acties": acties,
}
