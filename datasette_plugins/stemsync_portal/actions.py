"""'Jij zei, wij deden': the organisation's actions, each next to its theme and trend.

The public table ``actions`` (id, instrument, theme, period, said, did, status,
status_nl, date) may be missing (an older publication) or empty; then the portal
says there are no actions yet.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from stemsync_portal.i18n import _
from stemsync_portal import data, figures, fmt
from stemsync_portal.data import Catalog

STATUS_ORDER = {"bezig": 0, "gepland": 1, "klaar": 2}


@dataclass
class Action:
    id: int
    instrument: str | None
    theme: str | None
    period: str | None
    said: str
    did: str
    status: str
    status_label: str
    date: str

    @property
    def date_label(self) -> str:
        return fmt.long_date(self.date)

    @property
    def period_label(self) -> str:
        return fmt.period_label(self.period)

    @property
    def theme_label(self) -> str:
        return fmt.theme_label(self.theme) if self.theme else ""


def load(conn: sqlite3.Connection, cat: Catalog, instrument: str | None = None, theme: str | None = None,
         status: str | None = None) -> list[Action]:
    """Actions, newest first; an instrument filter also keeps actions about a theme of any instrument
    that this instrument shares (actions without instrument)."""
    if not cat.has_actions:
        return []
    clauses, params = [], []
    if instrument:
        clauses.append("(instrument = ? or instrument is null)")
        params.append(instrument)
    if theme:
        clauses.append("theme = ?")
        params.append(theme)
    if status:
        clauses.append("status = ?")
        params.append(status)
    where = " and ".join(clauses) or "1"
    found = []
    for r in data.rows(conn, f"select * from actions where {where} order by date desc, id desc", params):
        if instrument and r.get("instrument") is None and r.get("theme") not in cat.themes(instrument):
            continue
        found.append(_action(r))
    return found


def _action(r: dict[str, Any]) -> Action:
    status = (r.get("status") or "").lower()
    return Action(r.get("id") or 0, r.get("instrument"), r.get("theme"), r.get("period"), r.get("said") or "",
                  r.get("did") or "", status, fmt.status_label(status, r.get("status_nl")), r.get("date") or "")


def counts(actions: list[Action]) -> dict[str, int]:
    out = {"bezig": 0, "gepland": 0, "klaar": 0}
    for a in actions:
        out[a.status] = out.get(a.status, 0) + 1
    return out


def theme_lines(cat: Catalog, action: Action) -> list[figures.Line]:
    """The scale questions the action is about: its theme within its instrument (or all instruments)."""
    if not action.theme:
        if action.instrument and (main := cat.main_question(action.instrument)):
            return [figures.Line(main.instrument, main.code, main.text)]
        return []
    instruments = [action.instrument] if action.instrument else list(cat.instruments)
    lines = [figures.Line(q.instrument, q.code, q.text) for inst in instruments for q in cat.scale_questions(inst)
             if q.theme == action.theme]
    return lines[:3]


def trend(conn: sqlite3.Connection, cat: Catalog, action: Action) -> figures.Figure | None:
    """The trend of the action's theme at the top of the organisation, or None."""
    lines = theme_lines(cat, action)
    tops = cat.organisations()
    if not lines or not tops:
        return None
    if len({line.instrument for line in lines}) > 1:
        lines = [figures.Line(line.instrument, line.question,
                              f"{cat.instruments[line.instrument].title}: {line.label}") for line in lines]
    return figures.trend_figure(conn, cat, lines, tops[0].id, key=f"actie-{action.id}",
                                title=_("Zo ontwikkelde {theme} zich").format(
                                    theme=action.theme_label.lower() or _("het cijfer")))
