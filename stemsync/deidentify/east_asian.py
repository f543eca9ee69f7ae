"""East and Southeast Asian names that the name lists miss: given names of two romanised syllables joined by a
hyphen ("Ji-woo", "hyun-woo", "Mei-ling", "DAE-HO"), and names with a Japanese or Korean honorific ("Tanaka-san",
"Yuki-chan", "ishikawa sensei", "Min-ji ssi").

Korean, Taiwanese and Hong Kong families write a child's given name as two syllables with a hyphen; in lowercase or
capitals no name list holds them all, and no Dutch or English word has that shape. A word of two different syllables
of ``data/east_asian_syllables.txt`` joined by one hyphen is taken as a name (not "ha-ha", "na-na": the same
syllable twice; not a word of a Dutch or English dictionary: "yin-yang"; not a place: "Hong-Kong").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary, entries
from stemsync.deidentify.fastcase import accelerate

# a name with its honorific glued on ("Tanaka-san", "Yuki-chan", "Jisoo-ssi") or after it ("ishikawa sensei", "Park
# seonsaengnim"): the honorific stays, the name goes
_HONORIFIC_GLUED_RE = re.compile(r"(?<![\w-])(?P<name>[^\W\d_]{2,})-(?:san|sama|chan|kun|ssi|nim|sensei|senpai)(?![\w-])", re.I)
_HONORIFIC_AFTER_RE = re.compile(r"(?<![\w-])(?P<name>[^\W\d_]{2,})\s+(?:sensei|seonsaengnim|songsaengnim|laoshi)(?![\w-])", re.I)
_PAIR_RE = re.compile(r"(?<![\w-])(?P<a>[^\W\d_]{1,6})-(?P<b>[^\W\d_]{1,6})(?![\w-])")


_HONORIFICS = frozenset("sensei seonsaengnim songsaengnim laoshi".split())


@functools.cache
def _syllables() -> frozenset[str]:
    return frozenset(w for line in entries("east_asian_syllables") for w in line.split())


def find_east_asian_names(ctx: _Ctx) -> Iterator[Span]:
    if ctx.words & _HONORIFICS or "-" in ctx.text and _HONORIFIC_GLUED_RE.search(ctx.text):
        for rx in (_HONORIFIC_GLUED_RE, _HONORIFIC_AFTER_RE):
            for m in rx.finditer(ctx.text):
                if m.group("name").lower() not in _FUNCTION_WORDS and m.group("name").lower() not in dictionary().words:
                    yield m.start("name"), m.end("name"), "naam", LOW
    if "-" not in ctx.text:
        return
    syllables = _syllables()
    for m in _PAIR_RE.finditer(ctx.text):
        a, b = m.group("a").lower(), m.group("b").lower()
        if a != b and a in syllables and b in syllables and len(a + b) >= 4 \
                and m.group().lower() not in dictionary().words and a + b not in dictionary().words \
                and not ordinary_english(m.group().lower()) and f"{a} {b}" not in _name_lists().places:
            yield m.start(), m.end(), "naam", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
