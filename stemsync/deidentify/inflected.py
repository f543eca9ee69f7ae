"""Names and places inside a sentence of Polish, Romanian or Hungarian, which inflect them and, in chat, write them in
lowercase: "że kuba znowu się bił", "mulțumim lui marius", "w tilburgu", "z częstochowy", "venlóban", "Zevenhuizenben".

In a sentence of such a language (foreign.py's test: its other words are words of the language more than Dutch ones)
- a lowercase word that is a listed first name or surname, also with a case ending ("oliwii", "dawida", "martą"), is a
  name, unless it is a frequent word there (Zipf 4.8; in Turkish, whose names are often words, 4.0: "mutlu", "umut");
- a word that is a town of the Netherlands or a city abroad with a case ending ("tilburgu", "iași", "debrecenben"),
  or a Dutch town in lowercase after a preposition of place ("w tegelen", "în zwolle"), is a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.foreign import _in_foreign_sentence, _migrant_words, lowercase_name, plain
from stemsync.deidentify.lists import _FUNCTION_WORDS, _ROLE_WORDS, _name_lists, dictionary, words, world_cities

# case endings of a place: Polish ("w Tilburgu", "z Częstochowy", "w Krakowie"), Romanian ("Iașiul"), Hungarian
# ("Venlóban", "Debrecenben", "Utrechtből")
_PLACE_ENDINGS = ("ban", "ben", "ból", "ből", "ról", "ről", "ra", "re", "on", "en", "ön", "hoz", "hez", "höz", "tól",
                  "től", "ba", "be", "ig", "ie", "iu", "u", "y", "i", "a", "ul", "ului", "em", "ą")
_LOCATIVE = frozenset("w we z ze do od în in din la spre ot v vav iz u na pe".split())
_ROLES = frozenset(_ROLE_WORDS)
_APOSTROPHE_RE = re.compile(r"['’](?=[^\W\d_]{1,5}\Z)")  # (a Turkish case ending after the name)
_CHAT = words("chat_words")


def _place_base(low: str) -> bool:
    """A Dutch town or a city abroad, as written or with one of the case endings (and a long vowel it lengthens:
    "venlóban")."""
    towns, cities = _name_lists().places, world_cities()[0]
    forms = {low, plain(low)}
    for end in _PLACE_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            base = low[: -len(end)]
            forms |= {base, plain(base), base + "a", plain(base) + "a", base[:-1] + "a" if base[-1] in "yi" else base}
            if end in {"ie"} and base.endswith("ow"):
                forms.add(base[:-2] + "ów")  # (Kraków: "w Krakowie")
    return any(f in towns or f in cities for f in forms if len(f) >= 4)


def find_inflected(ctx: _Ctx) -> Iterator[Span]:
    migrant = _migrant_words()
    n = sum(1 for w in ctx.lows if w in migrant)
    if n < 2 and not (n and any(not w.isascii() for w in ctx.lows)):
        return  # (no sentence of those languages: a cheap gate; "nagymamám debrecenben él")
    d = dictionary().words
    text = ctx.text
    toks = ctx.tokens
    towns = _name_lists().places
    cities = world_cities()[0]
    for i, (start, end, tok) in enumerate(toks):
        low = ctx.lows[i]
        if (cut := _APOSTROPHE_RE.search(tok)) is not None and cut.start() >= 3:
            tok, low, end = tok[:cut.start()], low[:cut.start()], start + cut.start()  # "berkay'ın", "mehmet'e"
        if len(low) < 3 or not tok.isalpha() or low in _FUNCTION_WORDS or low in _ROLES or low in _CHAT:
            continue
        before = ctx.lows[i - 1] if i else ""
        if low in towns and before in _LOCATIVE or low not in d and low not in towns \
                and (low not in migrant or plain(low) in cities) and _place_base(low):
            if _in_foreign_sentence(text, start, end):  # ("w tegelen": a town that is a Dutch word too, after "w")
                yield start, end, "plaats", LOW
        elif tok.islower() and lowercase_name(text, start, end):
            yield start, end, "naam", LOW
