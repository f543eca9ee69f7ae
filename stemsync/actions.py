"""'Jij zei, wij deden' (you said, we did): what the organisation did with the feedback.

Actions live in the private database (``actions`` table); ``stemsync publish`` copies
them into the public one so the portal can show each next to its theme and trend.
An action names an instrument or a theme (or both), the period the feedback came
from, what clients said, what was done, a status and a date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import sqlite_utils

from stemsync.codebook import Instrument
from stemsync.db import now

STATUSES = {"gepland": "Gepland", "bezig": "Bezig", "klaar": "Klaar"}
PERIOD_RE = re.compile(r"^\d{4}(-K[1-4]|-(0[1-9]|1[0-2]))?\Z")
MAX_TEXT = 1000


class ActionError(Exception):
    """An action cannot be saved as given; the message says what to change."""


def _themes(instruments: dict[str, Instrument]) -> set[str]:
    return {q.theme for inst in instruments.values() for q in inst.questions if q.theme}


def validate(values: dict[str, Any], instruments: dict[str, Instrument]) -> dict[str, Any]:
    """Check and normalise action fields; raises ActionError with one clear line."""
    out = dict(values)
    if out.get("instrument") is not None and out["instrument"] not in instruments:
        raise ActionError(f"unknown instrument {out['instrument']!r}; choose one of {', '.join(sorted(instruments))}")
    if out.get("theme") is not None:
        themes = _themes(instruments if not out.get("instrument") else {out["instrument"]: instruments[out["instrument"]]})
        if out["theme"] not in themes:
            raise ActionError(f"unknown theme {out['theme']!r}; choose one of {', '.join(sorted(themes))}")
    if out.get("period") is not None and not PERIOD_RE.match(out["period"]):
        raise ActionError(f"period {out['period']!r} must look like 2026, 2026-K3 or 2026-07")
    if out.get("status") is not None:
        out["status"] = out["status"].lower()
        if out["status"] not in STATUSES:
            raise ActionError(f"status {out['status']!r} must be one of {', '.join(STATUSES)}")
    if out.get("date") is not None:
        try:
            out["date"] = date.fromisoformat(out["date"]).isoformat()
        except ValueError:
            raise ActionError(f"date {out['date']!r} must be YYYY-MM-DD") from None
    for field in ("said", "did"):
        if field in out and out[field] is not None:
            out[field] = out[field].strip()
            if not out[field]:
                raise ActionError(f"'{field}' may not be empty")
            if len(out[field]) > MAX_TEXT:
                raise ActionError(f"'{field}' is longer than {MAX_TEXT} characters; keep it short for the council")
    return out


def add(db: sqlite_utils.Database, instruments: dict[str, Instrument], *, said: str, did: str,
        instrument: str | None = None, theme: str | None = None, period: str | None = None,
        status: str = "gepland", when: str | None = None) -> int:
    if instrument is None and theme is None:
        raise ActionError("name the --instrument or the --theme the action is about (or both)")
    values = validate({"instrument": instrument, "theme": theme, "period": period, "said": said, "did": did,
                       "status": status, "date": when or date.today().isoformat()}, instruments)
    stamp = now()
    with db.conn:
        return db["actions"].insert({**values, "created_at": stamp, "updated_at": stamp}).last_pk


def update(db: sqlite_utils.Database, instruments: dict[str, Instrument], action_id: int, **changes: Any) -> None:
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise ActionError("nothing to change; give e.g. --status klaar or --did '...'")
    existing = list(db["actions"].rows_where("id = ?", [action_id]))
    if not existing:
        raise ActionError(f"there is no action {action_id}; see stemsync actions list")
    merged = validate({**existing[0], **changes}, instruments)
    with db.conn:
        db["actions"].update(action_id, {**{k: merged[k] for k in changes}, "updated_at": now()})


def all_actions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db["actions"].rows_where(order_by="date desc, id desc"))
