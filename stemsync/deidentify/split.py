"""Names, towns and streets written as two or three words.

Speech recognition cuts a long word where it hears a joint, and a hurried thumb does the
same: "we wonen nu in ridder kerk", "naar zoeter meer", "helle voet sluis", "ik vond mar
loes heel aardig", "mevrouw Hoek stra", "op de meeuwen laan". A reader joins the pieces
without thinking; a finder that reads word by word sees "ridder" and "kerk".
:func:`split_word_spans` joins neighbouring words (one blank between them, letters only)
and reads the joined word against the lists:

- a town, or a neighbourhood of one word, of two or three pieces after a locative ("in",
  "naar", "uit", "bij", "vanuit", "te"), as the list has it: not when the joined word is
  a Dutch word ("in hout en steen": "houten") nor when a piece is a function word, a
  number, a chat word or one letter ("in haar en", "twee huizen", "in t verslag");
- a street of deduce's list, a word and a street's ending ("meeuwen laan", "Hoofd
  straat"), after "de" that follows a preposition ("op de", "aan de", "van de") or before
  a capital ("de Hoofd straat"), or right after the preposition; not "weg" in lowercase ("de hele zomer weg": away), not an
  adjective before the ending ("in de hele straat"), not a Dutch word when joined ("op de
  zij straat": "zijstraat");
- a first name or surname of two pieces when the joined word is a published first name or a
  surname no Dutch word is, at least one piece is no Dutch word ("mar loes", "Jes se",
  "Jans sen", "Hoek stra"), no piece is a function word, a chat word or a frequent English
  word ("as an", "nice to", "man nie"), a piece of two letters stands beside no Dutch word
  ("wa anders"), the second piece is no frequent Dutch word ("van der meulen belt": a name
  and a verb), no piece is one letter ("theres a diffrence": "Theresa"), and the name has
  five letters or more ("mi ta", Papiamentu, stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, STREET_ENDS, Span
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _name_lists, dictionary, frequencies, published_first_names_lower,
                                       words)
from stemsync.deidentify.fastcase import accelerate

_WORD_RE = re.compile(r"[^\W\d_]+")
# the words before a town ("in ridder kerk", "naar zoeter meer")
_LOCATIVES = frozenset("in uit naar vanuit bij te richting".split())
# the words before "de" before a street ("op de meeuwen laan"), or right before it ("in oranjeboom straat")
_STREET_PREPOSITIONS = frozenset("op aan in van naar uit bij over langs via vanaf".split())
# a street's last piece ("weg" only capitalised: "de hele zomer weg" is away)
_STREET_ENDS = frozenset(STREET_ENDS)
# number words are no piece of a town ("twee huizen": Tweehuizen)
_NUMBER_WORDS = frozenset("een twee drie vier vijf zes zeven acht negen tien elf twaalf".split())
# "meer" is a function word, and the end of many towns ("zoeter meer", "haarlemmer meer")
_TOWN_TAIL_WORDS = frozenset({"meer"})
_CHAT_WORDS = words("chat_words")  # ("nie", "gwn": chat, no piece of a name)


class _Words:
    """The words of a text (letters only), lowercase, and whether one blank joins each to the next."""

    __slots__ = ("toks", "lows", "blank")

    def __init__(self, text: str) -> None:
        self.toks = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        self.lows = [t[2].lower() for t in self.toks]
        self.blank = [text[a[1]:b[0]] == " " for a, b in zip(self.toks, self.toks[1:])]


def _town_pieces(pieces: list[str]) -> bool:
    return not any((p in _FUNCTION_WORDS and p not in _TOWN_TAIL_WORDS) or p in _NUMBER_WORDS or len(p) < 2
                   or p in _CHAT_WORDS for p in pieces)


def _towns(w: _Words) -> Iterator[Span]:
    from stemsync.deidentify.places import _towns_and_quarters  # noqa: PLC0415 (places imports lists)

    towns = _towns_and_quarters()
    ordinary = dictionary().words
    toks, lows, blank = w.toks, w.lows, w.blank
    for i in range(1, len(toks) - 1):
        if lows[i - 1] not in _LOCATIVES or not blank[i]:
            continue
        for n in (3, 2):
            if i + n > len(toks) or (n == 3 and not blank[i + 1]):
                continue
            pieces = lows[i:i + n]
            joined = "".join(pieces)
            if joined in ordinary or not _town_pieces(pieces):
                continue
            if joined in towns:
                yield toks[i][0], toks[i + n - 1][1], "plaats", LOW
                break


def _streets(w: _Words) -> Iterator[Span]:
    lists = _name_lists()
    ordinary = dictionary().words
    toks, lows, blank = w.toks, w.lows, w.blank
    for i in range(1, len(toks) - 1):
        low_end = lows[i + 1]
        if low_end not in _STREET_ENDS or not blank[i]:
            continue
        first, end = toks[i], toks[i + 1]
        if low_end == "weg" and end[2][0].islower():
            continue
        before = lows[i - 1]
        if not (before in _STREET_PREPOSITIONS or before == "de" and (
                i >= 2 and lows[i - 2] in _STREET_PREPOSITIONS or first[2].istitle())):
            continue  # (after "de" alone with a capital: "of was het nou de Hoofd straat")
        low = lows[i]
        joined = low + low_end
        if low in _FUNCTION_WORDS or low.endswith("e") or joined not in lists.streets \
                or (joined in ordinary and first[2][0].islower()):
            continue  # ("in de hele straat", "op de zij straat"; "de Hoofd straat" is the street)
        yield first[0], end[1], "adres", LOW


def _names(w: _Words) -> Iterator[Span]:
    lists = _name_lists()
    ordinary = dictionary().words
    published = published_first_names_lower()
    toks, lows, blank = w.toks, w.lows, w.blank
    for i in range(len(toks) - 1):
        if not blank[i]:
            continue
        a, b = lows[i], lows[i + 1]
        joined = a + b
        if len(joined) < 5 or len(a) < 2 or len(b) < 2 or joined in ordinary \
                or not (joined in published or joined in lists.first_any or joined in lists.surnames_lower):
            continue
        if a in _FUNCTION_WORDS or b in _FUNCTION_WORDS or a in _CHAT_WORDS or b in _CHAT_WORDS \
                or (a in ordinary and b in ordinary) or (len(a) < 3 and b in ordinary) or (len(b) < 3 and a in ordinary):
            continue  # (not "mn man nie weg": a chat word; not "dat is wa anders": a short piece beside a word)
        if any(p not in ordinary and frequencies().at_least(p, 4.5, "en") for p in (a, b)):
            continue  # ("as an", "not ten": English)
        if len(b) >= 3 and b in ordinary and frequencies().at_least(b, 4.0):
            continue  # ("van der meulen belt volgende week": a name and a verb, not "Meulenbelt")
        yield toks[i][0], toks[i + 1][1], "naam", LOW


def split_word_spans(text: str) -> list[Span]:
    """Towns, streets and names written in pieces (see the module's docstring), as spans of ``text``."""
    w = _Words(text)
    if len(w.toks) < 2:
        return []
    return [*_towns(w), *_streets(w), *_names(w)]


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
