"""Dates: with a year ("5 mei 2023", "12-03-2024"), without ("5 mei"), month and year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, Span, _Ctx, _I

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december"
)
_MONTH_ABBR = r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|ma|di|wo|do|vr|za|zo)\.?\s+)"
)
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
_DATE_RES = (
    # 5 mei, 5e mei, maandag 5 mei, 5 mei 2023, 5 jan.
    re.compile(
        rf"(?<![\w-]){_WEEKDAY}?{_DAY}(?:e|ste|de)?\s*(?:{_MONTHS}|{_MONTH_ABBR})(?![\w])"
        rf"(?:,?\s+{_YEAR}(?!\d))?",
        _I,
    ),
    # maart 2023, mrt '23
    re.compile(rf"(?<![\w-])(?:{_MONTHS}|{_MONTH_ABBR})\s+{_YEAR}(?!\d)", _I),
    # 12-03-2024, 12/3/24, 12.03.2024
    re.compile(
        r"(?<![\d\w])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}(?!\d)"
    ),
    # 2024-03-12
    re.compile(r"(?<![\d\w])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"),
)

_MONTH_WORDS = frozenset(_MONTHS.split("|")) | frozenset(
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec".split()
)

def _find_dates(ctx: _Ctx) -> Iterator[Span]:
    rxs: list[re.Pattern[str]] = []
    if ctx.words & _MONTH_WORDS:
        rxs += [_DATE_RES[0], _DATE_RES[1]]
    if ctx.n_digits >= 4:
        rxs += [_DATE_RES[2], _DATE_RES[3]]
    for rx in rxs:
        for m in rx.finditer(ctx.text):
            yield m.start(), m.end(), "datum", HIGH
