"""Periods: a response is published with its quarter (``2026-K3``) or month (``2026-07``),
never with its date or time.

The period comes from LimeSurvey's submit date. LimeSurvey stores 1980-01-01 for every
date when a survey is anonymised with date stamps off; such dates (anything before
2000), and missing ones, fall back to the date the survey was activated (the
deployment wave), and else to the period ``onbekend``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

UNKNOWN = "onbekend"
FIRST_REAL_DATE = "2000"

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
KIND_NL = {"quarter": "kwartaal", "month": "maand"}


def period_sql(kind: str, date_expr: str) -> str:
    """SQL turning a date text (``YYYY-MM-DD...``) into the period id, or ``onbekend``."""
    if kind == "quarter":
        value = f"substr({date_expr}, 1, 4) || '-K' || ((cast(substr({date_expr}, 6, 2) as integer) + 2) / 3)"
    elif kind == "month":
        value = f"substr({date_expr}, 1, 7)"
    else:
        raise ValueError(f"unknown period kind {kind!r}")
    return f"(case when {date_expr} is null then '{UNKNOWN}' else {value} end)"


def usable_date_sql(submitted: str, fallback: str | None) -> str:
    """The submit date if it is real, else the fallback expression (may be null)."""
    real = f"(case when {submitted} >= '{FIRST_REAL_DATE}' then {submitted} end)"
    return f"coalesce({real}, {fallback})" if fallback else real


def period_row(period_id: str, kind: str) -> dict[str, Any]:
    """The ``periods`` table row for one period id."""
    row: dict[str, Any] = {"id": period_id, "kind": KIND_NL[kind]}
    if period_id == UNKNOWN:
        return {**row, "label_nl": "Onbekende periode", "label_en": "Unknown period", "year": None,
                "position": 99999}
    year = int(period_id[:4])
    if kind == "quarter":
        quarter = int(period_id.split("-K")[1])
        return {**row, "label_nl": f"{quarter}e kwartaal {year}", "label_en": f"Q{quarter} {year}",
                "year": year, "position": year * 100 + quarter}
    month = int(period_id[5:7])
    return {**row, "label_nl": f"{MONTHS_NL[month - 1]} {year}", "label_en": f"{MONTHS_EN[month - 1]} {year}",
            "year": year, "position": year * 100 + month}


def period_end(period_id: str, kind: str) -> date | None:
    """The first day after the period (``2026-K3`` -> 2026-10-01), or None for ``onbekend``
    (a period without a date never closes)."""
    if period_id == UNKNOWN:
        return None
    year = int(period_id[:4])
    month = 3 * int(period_id.split("-K")[1]) if kind == "quarter" else int(period_id[5:7])
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def period_of(day: date, kind: str) -> str:
    """The period a day falls in."""
    return f"{day.year}-K{(day.month + 2) // 3}" if kind == "quarter" else f"{day.year}-{day.month:02d}"


def publish_from(period_id: str, kind: str, grace_days: int) -> date | None:
    """The first day a period may be published: when it has closed and ``grace_days`` passed."""
    end = period_end(period_id, kind)
    return None if end is None else end + timedelta(days=grace_days)


def valid_period(period_id: str, kind: str) -> bool:
    pattern = r"\d{4}-K[1-4]" if kind == "quarter" else r"\d{4}-(0[1-9]|1[0-2])"
    return re.fullmatch(pattern, period_id) is not None
