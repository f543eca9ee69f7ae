"""Formatting in the request's language: numbers (7,4 and 1.234 in Dutch; 7.4 and 1,234 in
English), dates, periods and people.

Plain functions without Datasette, used by the pages, the charts, the CSV files and the
report. Words for codes (months, themes, roles, statuses) come from the published
vocabulary (:func:`i18n.word`); Dutch is the default, :func:`i18n.use` switches.
"""

from __future__ import annotations

import re
from datetime import date

from stemsync_portal import i18n
from stemsync_portal.i18n import _

_QUARTER = re.compile(r"^(\d{4})-K([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^(\d{4})$")


def hidden() -> str:
    """What a figure that is not in the public database says instead of a number."""
    return _("niet getoond om de privacy te beschermen")


def hidden_short() -> str:
    return _("niet getoond")


def number(value: float | None, decimals: int = 1) -> str:
    """7.43 -> '7,4'; 1234 -> '1.234' (English: '7.4', '1,234'); None -> ''."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if i18n.english():
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def count(value: int | None) -> str:
    """A whole number with a thousands separator: 12345 -> '12.345'."""
    return number(value, 0)


def percent(value: float | None) -> str:
    """83.0 -> '83%'; 8.25 -> '8%' (rounded: a council reads whole percentages)."""
    return "" if value is None else f"{number(value, 0)}%"


def change(value: float | None, decimals: int = 1) -> str:
    """A signed difference: +0,3 / -0,2 / 0,0."""
    if value is None:
        return ""
    rounded = round(value, decimals)
    if rounded == 0:
        return number(0, decimals)
    return ("+" if rounded > 0 else "−") + number(abs(rounded), decimals)


def long_date(iso: str | None) -> str:
    """'2026-11-22' or '2026-11-22T10:00:00Z' -> '22 november 2026' ('22 November 2026')."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    month = i18n.word("month", str(d.month))
    if month is None:  # a publication without the vocabulary table
        return d.isoformat()
    return f"{d.day} {month} {d.year}"


def period_label(period: str | None) -> str:
    """'2026-K3' -> '3e kwartaal 2026' ('Q3 2026'), '2026-07' -> 'juli 2026', '2026' -> '2026'."""
    if not period:
        return ""
    if m := _QUARTER.match(period):
        return (f"Q{m.group(2)} {m.group(1)}" if i18n.english() else f"{m.group(2)}e kwartaal {m.group(1)}")
    if m := _MONTH.match(period):
        return f"{i18n.word('month', str(int(m.group(2)))) or m.group(2)} {m.group(1)}"
    if period == "onbekend":
        return _("onbekende periode")
    return period


def period_short(period: str) -> tuple[str, str]:
    """Two short lines for a chart axis: ('3e kw.', '2026') / ('Q3', '2026'), ('jul', '2026')."""
    if m := _QUARTER.match(period):
        return (f"Q{m.group(2)}" if i18n.english() else f"{m.group(2)}e kw."), m.group(1)
    if m := _MONTH.match(period):
        return i18n.word("month", str(int(m.group(2))), "short") or m.group(2), m.group(1)
    return period, ""


def in_period(period: str) -> str:
    """'In het 3e kwartaal 2026', 'In juli 2026', 'In 2026' (English: 'In Q3 2026')."""
    if _QUARTER.match(period):
        return _("In het {period}").format(period=period_label(period))
    if period == "onbekend":
        return _("In een onbekende periode")
    return _("In {period}").format(period=period_label(period))


def previous_period(period: str) -> str | None:
    """The period just before: 2026-K1 -> 2025-K4, 2026-01 -> 2025-12."""
    if m := _QUARTER.match(period):
        year, q = int(m.group(1)), int(m.group(2))
        return f"{year - 1}-K4" if q == 1 else f"{year}-K{q - 1}"
    if m := _MONTH.match(period):
        year, month = int(m.group(1)), int(m.group(2))
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    if m := _YEAR.match(period):
        return str(int(m.group(1)) - 1)
    return None


def last_time(period: str, previous: str) -> str:
    """How to name ``previous`` seen from ``period``: 'vorig kwartaal', 'vorige maand' or its label."""
    if previous_period(period) == previous:
        if _QUARTER.match(period):
            return _("vorig kwartaal")
        if _MONTH.match(period):
            return _("vorige maand")
    return (_("in het {period}") if _QUARTER.match(previous) else _("in {period}")).format(
        period=period_label(previous))


def compared_with(period: str, previous: str) -> str:
    """What to compare with, after 'Vergeleken met': 'vorig kwartaal', 'het 1e kwartaal 2026', 'juli 2026'."""
    if previous_period(period) == previous:
        if _QUARTER.match(period):
            return _("vorig kwartaal")
        if _MONTH.match(period):
            return _("vorige maand")
    return (_("het {period}") if _QUARTER.match(previous) else "{period}").format(period=period_label(previous))


def theme_label(theme: str | None) -> str:
    """'inspraak' -> 'Meebeslissen' (from the vocabulary); a theme without words: its code."""
    if not theme:
        return _("Overig")
    return i18n.word("theme", theme) or theme.replace("-", " ").capitalize()


def role_plural(code: str, label: str | None = None) -> str:
    """'ouder' -> 'ouders' (the vocabulary's plural)."""
    return i18n.word("role", code, "plural") or (label or code).lower()


def role_short(code: str, label: str | None = None) -> str:
    """Legend label: 'Ouders', 'Jongeren', 'Hulpverleners' (the vocabulary's group)."""
    return i18n.word("role", code, "group") or (label or code)


def join_words(words: list[str]) -> str:
    """['ouders', 'jongeren', 'hulpverleners'] -> 'ouders, jongeren en hulpverleners'."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " " + _("en") + " " + words[-1]


def status_label(status: str | None, given: str | None = None) -> str:
    """'klaar' -> 'Klaar' (the vocabulary's word; else the publication's ``status_nl``)."""
    return i18n.word("status", (status or "").lower()) or given or (status or "").capitalize()


def score_phrase(mean: float, scale_min: int | None, scale_max: int | None) -> str:
    """'een 7,4' on a 1-10 or 0-10 scale (a report mark), else '4,1 op een schaal van 1 tot 5'."""
    if scale_max == 10:
        return _("een {mark}").format(mark=number(mean))
    if scale_min is not None and scale_max is not None:
        return _("{mean} op een schaal van {low} tot {high}").format(mean=number(mean), low=scale_min,
                                                                     high=scale_max)
    return number(mean)
