"""Names that a particle or a title of the family's language marks (forty-fourth session).

- Burmese and Karen names are runs of syllables, each written as a word in Latin letters ("Thin Thin Aye", "Zaw Min",
  "Paw Htoo"), often after a title: "Daw" (Mrs), "U" (Mr), "Ko", "Ma", "Saw", "Naw", "Maung" (data/
  burmese_name_syllables.txt). A run of two or more syllables is a name when one of them is no Dutch word and no
  frequent English one ("aung min", "Ei Mon"; not "Win Win", "Ei Ei"); one syllable is a name after a title ("Daw
  Khin", "U Hla"). The title stays outside the span.
- In Burmese, Lao and Khmer script, the word after "name" (နာမည်, ຊື່, ឈ្មោះ) is the name: "ຂ້ອຍຊື່ ສຸກສະຫວັນ" (my name is ...).
- Zulu, Xhosa and Shona glue a particle to a name: "ku-Nokuthula" (to), "no-Sipho" (and), "u-Ayanda" (the person
  marker), "amai vaTinashe" (the mother of Tinashe), "naTendai" (with). A capitalised word after such a particle is a
  name unless it is a town (the locatives "e-Leiden", "kuHarare" are places: places.py).
- Catalan elides its article before a first name: "el pare de l'Arnau", "de part d'Oriol" (a listed first name).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary, frequencies, plain, words, world_cities
from stemsync.deidentify.fastcase import accelerate

_TITLES = frozenset("daw u ko ma saw naw maung mg mahn nang sai saya sayama".split())
# the titles that are no Dutch word: a name after them in lowercase too ("daw khin myo", not "u hla" or "ma aye")
_LOWER_TITLES = frozenset("daw saw naw maung mahn nang".split())
_SCRIPT_NAME_RE = re.compile(r"(?:နာမည်|ຊື່|ឈ្មោះ)\s*(?P<n>[\u1000-\u109F\u0E80-\u0EFF\u1780-\u17FF]{2,})")
_SCRIPT_GATE_RE = re.compile(r"[\u1000-\u109F\u0E80-\u0EFF\u1780-\u17FF]")
_BANTU_RE = re.compile(r"(?<![\w-])(?:(?:u|ku|no|na|ka|ngu|ngo|kuna)-|(?:va|na|kuna|sa))(?P<n>[A-Z][a-z]{2,})(?![\w-])")
_BANTU_GATE_RE = re.compile(r"(?<![\w-])(?:u|ku|no|na|ka|ngu|ngo|kuna)-[A-Z]|(?<![\w-])(?:va|na|kuna|sa)[A-Z][a-z]")


@functools.cache
def _syllables() -> frozenset[str]:
    return frozenset(words("burmese_name_syllables"))


def _foreign(low: str) -> bool:
    """A syllable no Dutch dictionary holds and English seldom writes."""
    return low not in dictionary().words and not frequencies().at_least(low, 4.0, "en") and low not in _FUNCTION_WORDS


def _burmese_names(ctx: _Ctx) -> Iterator[Span]:
    syllables = _syllables()
    toks = ctx.tokens
    lows = ctx.lows
    i = 0
    while i < len(toks):
        if lows[i] not in syllables:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and lows[j + 1] in syllables and ctx.text[toks[j][1]:toks[j + 1][0]] == " " \
                and (ctx.shouting or toks[j + 1][2][0].isupper() == toks[i][2][0].isupper()):
            j += 1
        run = [toks[k][2] for k in range(i, j + 1)]
        title = lows[i - 1] if i and ctx.text[toks[i - 1][1]:toks[i][0]] == " " else ""
        capitalised = all(t[0].isupper() for t in run)
        titled = title in _TITLES and (toks[i - 1][2][0].isupper() == capitalised or title in _LOWER_TITLES)
        if titled and title not in _LOWER_TITLES and not capitalised and not any(_foreign(w.lower()) for w in run):
            titled = False  # ("u min of meer": Dutch words after "u")
        if len(run) >= 2 and any(_foreign(w.lower()) for w in run) or titled:
            yield toks[i][0], toks[j][1], "naam", LOW
        i = j + 1


def _bantu_names(ctx: _Ctx) -> Iterator[Span]:
    towns = _name_lists().places
    one, _ = world_cities()
    for m in _BANTU_RE.finditer(ctx.text):
        low = m.group("n").lower()
        if low in towns or low in one or low in _FUNCTION_WORDS or low in dictionary().words:
            continue
        yield m.start("n"), m.end("n"), "naam", LOW


# Catalan's article elided before a first name: "el pare de l'Arnau", "de part d'Oriol", "pares d'Èric"
_ELIDED_RE = re.compile(r"(?<![\w])[ldLD]['’](?P<n>[A-ZÀ-Ý][\w]{2,})(?![\w-])")


def _elided_names(ctx: _Ctx) -> Iterator[Span]:
    first = _name_lists().first_any
    for m in _ELIDED_RE.finditer(ctx.text):
        low = m.group("n").lower()
        if (low in first or plain(low) in first) and low not in _FUNCTION_WORDS:
            yield m.start("n"), m.end("n"), "naam", LOW


def find_particle_names(ctx: _Ctx) -> Iterator[Span]:
    if "'" in ctx.text or "’" in ctx.text:
        yield from _elided_names(ctx)
    if not ctx.words.isdisjoint(_syllables()):
        yield from _burmese_names(ctx)
    if not ctx.text.isascii() and _SCRIPT_GATE_RE.search(ctx.text):
        for m in _SCRIPT_NAME_RE.finditer(ctx.text):
            yield m.start("n"), m.end("n"), "naam", LOW
    if _BANTU_GATE_RE.search(ctx.text):
        yield from _bantu_names(ctx)


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
