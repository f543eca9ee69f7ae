"""Addresses: a street name with a house number ("Kerkstraat 12", "Laan van
Meerdervoort 220"), and post-office boxes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, Span, _Ctx, _I
from stemsync.deidentify.lists import alternation, entries

# Street names: optional capitalised leading words, a word ending in a street suffix,
# then a house number.
_STREET_SUFFIX = alternation("street_suffixes")
_NOT_STREET_LEAD = (
    r"(?!(?:In|Op|Aan|Naar|Bij|Wij|We|Ik|Mijn|Onze|Ons|Het|De|Een|Uit|Vanaf|Tot|Voor"
    r"|Achter|Langs|Over|Thuis|Wonen|Woon|Hij|Zij|Ze|Nu|Toen|Daar|Hier|Sinds)\b)"
)
_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?:{_NOT_STREET_LEAD}[A-Z][\w.'’-]*\s+"
    r"(?:(?:van|de|der|den|het|'t|ter|ten|op|aan|in)\s+)*){0,3}"
    rf"[A-Za-z][a-zà-ÿ'’]*(?:[- ][A-Z][a-zà-ÿ]+)*?(?:{_STREET_SUFFIX})"
    r"\s+(?:(?:nr\.?|nummer)\s*)?\d{1,5}"
    r"(?:\s?[a-zA-Z](?!\w)|[-/]\d{1,4}(?!\d)|\s?(?:bis|hs|huis|boven)(?!\w))?"
    r"(?!\d)(?![.,]\d)",
)
_POSTBUS_RE = re.compile(r"\bpostbus\s+\d{1,6}\b", _I)

_STREET_ENDINGS = tuple(entries("street_suffixes"))


def _find_addresses(ctx: _Ctx) -> Iterator[Span]:
    if ctx.n_digits == 0:
        return
    if any(w.endswith(_STREET_ENDINGS) for w in ctx.words):
        for m in _ADDRESS_RE.finditer(ctx.text):
            yield m.start(), m.end(), "adres", HIGH
    if "postbus" in ctx.words:
        for m in _POSTBUS_RE.finditer(ctx.text):
            yield m.start(), m.end(), "adres", HIGH
