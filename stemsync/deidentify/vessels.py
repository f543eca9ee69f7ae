"""Where a family lives or works that is no town: a ship by its name, a berth, a barracks.

Shipping families live on board; the ship's name is their address ("aan boord van de Hoop op Zegen", "ons schip
Dankbaarheid", "ligplaats Maashaven"). Military families name the barracks ("de Johannes Postkazerne", "op de
Generaal-Majoor De Ruyter van Steveninckkazerne"). The type words stay ("aan boord van de", "ligplaats") and the name
is redacted as ``[locatie]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary
from stemsync.deidentify.fastcase import accelerate

# a ship after the words that name one; its name is capitalised ("Hoop op Zegen", "Twee Gebroeders"), small words
# may join its words ("op", "van", "der")
_SHIP_BEFORE = (r"aan\s+boord\s+van(?:\s+(?:de|het|'t))?|aan\s+boord(?:\s+(?:de|het|'t))?(?=\s+(?-i:[A-Z]))|"
                r"(?:ons|hun|het|zijn|haar|mijn|m'n|mn|een|vaart\s+mee\s+op)\s+schip(?:\s+(?:de|het|'t))?|"
                r"schip(?:\s+(?:de|het|'t))?(?=\s+(?-i:[A-Z]))|(?:binnenvaart|vracht|motor|tank|duw|passagiers)schip"
                r"(?:\s+(?:de|het|'t))?|boot\s+(?:de|het)(?=\s+(?-i:[A-Z]))|"
                r"(?:vaart|varen)\s+mee\s+op\s+(?:de|het)(?=\s+(?-i:[A-Z]))")
_CAP_WORD = r"(?-i:[A-Z])[\w'’-]+"
_SHIP_NAME = rf"{_CAP_WORD}(?:\s+(?:(?:op|van|der|den|de|en)\s+)?{_CAP_WORD}){{0,3}}"
_SHIP_RE = re.compile(rf"(?<![\w-])(?:{_SHIP_BEFORE})\s+(?P<name>{_SHIP_NAME})", re.I)
# in a text in capitals only the words after "aan boord van (de)" or "schip (de)", up to the clause's end
_SHIP_SHOUT_RE = re.compile(r"(?<![\w-])(?:aan\s+boord\s+van|(?:ons|hun|het)\s+schip)(?:\s+(?:de|het|'t))?\s+"
                            r"(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,3}?)(?=\s*(?:[.,;:!?)]|$))", re.I)
# a berth: "ligplaats Maashaven", "ligplaats maashaven", "ligplaats: Eemhaven"
_BERTH_RE = re.compile(r"(?<![\w-])ligplaats(?:\s*:)?\s+(?P<name>[^\W\d_][\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)
# a barracks by its name: one word ending in "kazerne", and before it the words of its namesake ("Johannes Post",
# "Generaal-Majoor De Ruyter van Steveninck"): ranks, particles, first names and capitalised words
_BARRACKS_RE = re.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w'’-]*?(?P<stem>[^\W\d_]{3})kazerne)(?![\w-])", re.I)
_GENERIC_BARRACKS = frozenset("leger brandweer politie marine mariniers luchtmacht oude nieuwe grote kleine".split())
_RANKS = frozenset("generaal luitenant-generaal generaal-majoor generaal-luitenant majoor kolonel luitenant-kolonel "
                   "kapitein luitenant adjudant sergeant korporaal admiraal schout-bij-nacht".split())
_PARTICLES = frozenset("de van der den het 't ter ten".split())
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def _namesake_start(text: str, start: int, shouting: bool) -> int:
    """Where the words of a barracks' namesake before ``start`` begin (``start`` when there are none)."""
    lists = _name_lists()
    begin = pos = start
    for _ in range(6):
        m = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in _PARTICLES:
            pos = m.start(1)
            continue  # (kept only between words of the name: "De Ruyter van Steveninck")
        if low in _RANKS or (low in lists.first_any or low in lists.surnames_all) and low not in _FUNCTION_WORDS \
                or not shouting and word[0].isupper() and low not in _FUNCTION_WORDS and low not in dictionary().words:
            begin = pos = m.start(1)
            continue
        break
    return begin


# a fishing vessel's registration, its port's letters and a number ("UK 171", "SCH-6", "KW 174", "TX 36"): like a
# licence plate, it names one family's ship (only in a text about fishing or the sea; the port letters in capitals)
_FISHING_PORTS = "UK|SCH|KW|TX|IJM|HD|WR|ARM|HA|ZK|YE|VL|OD|BR|GO|LO|ST|TH|WL|HK|WON|EB|DZ|KG|MA|SL|UQ|VLI"
_FISHING_NUMBER_RE = re.compile(rf"(?<![\w-])(?:{_FISHING_PORTS})[ .-]?\d{{1,3}}(?![\w-]|[.,]\d)")
_AFTER_DE_PORTS = "UK|SCH|KW|TX|IJM|HD|WR|ARM|HA|ZK|YE|GO|VLI|WON|HK"  # (not "ST", "MA", "LO": words and classes)
_SHIP_BY_NUMBER_RE = re.compile(rf"(?<=\b[dD][eE]\s)(?:{_AFTER_DE_PORTS})[ .-]?\d{{1,3}}(?![\w-]|[.,]\d|\s*(?:jaar|keer|uur|dagen|weken))",
                                re.I)
_SEA_WORDS = frozenset("""kotter kotters trawler trawlers vissersschip vissersboot viskotter vissers visser visserij vissen
zee zeevisserij bemanning schipper schippers stuurman matroos vloot haven afslag vangst garnalen haring tong boomkor
kustvisser mosselkotter schip boot vaart varen schipper-eigenaar boord heit""".split())


def find_vessels(ctx: _Ctx) -> Iterator[Span]:
    text, low = ctx.text, ctx.lower
    if ctx.n_digits and ctx.words & _SEA_WORDS:
        for m in _FISHING_NUMBER_RE.finditer(text):
            yield m.start(), m.end(), "kenteken", LOW
    if ctx.n_digits and "de" in ctx.words:  # "op de UK 171", "met de ha 27": a ship by its registration, any case
        for m in _SHIP_BY_NUMBER_RE.finditer(text):
            yield m.start(), m.end(), "kenteken", LOW
    if "boord" in low or "schip" in low or "boot" in ctx.words:
        for m in (_SHIP_SHOUT_RE if ctx.shouting else _SHIP_RE).finditer(text):
            first = m.group("name").split()[0].lower()
            if first in _FUNCTION_WORDS:
                continue
            yield m.start("name"), m.end("name"), "locatie", LOW
    if "ligplaats" in low:
        for m in _BERTH_RE.finditer(text):
            first = m.group("name").split()[0]
            if first.lower() not in _FUNCTION_WORDS and (first[0].isupper() or first.lower() not in dictionary().words):
                yield m.start("name"), m.end("name"), "locatie", LOW
    if "kazerne" in low:
        for m in _BARRACKS_RE.finditer(text):
            word = m.group("word").lower()
            if word == "kazerne" or word[:-len("kazerne")].rstrip("-") in _GENERIC_BARRACKS:
                continue
            yield _namesake_start(text, m.start(), ctx.shouting), m.end(), "locatie", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
