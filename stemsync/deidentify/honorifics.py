"""Names before a title of respect, the way Turkish, Kurdish and Persian put it after the name: "Sanne hanım",
"Bakker bey", "Kemal amca", "ayşe teyze", "Sara khanom", "Rojda xanim". The word or two words right before such a
title are a person's when they are capitalised (not a Dutch article or pronoun opening the sentence) or, in lowercase,
a listed first name or surname in no Dutch dictionary ("mehmet amca"; not "de bey", "mijn abla").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, _ROLE_WORDS, _name_lists, dictionary
from stemsync.deidentify.fastcase import accelerate

TITLES = frozenset("""hanım hanim hanımefendi bey beyefendi amca teyze abla abi ağabey agabey dede nine hoca hocam
yenge enişte dayı dayi hala xanim xanım xatûn khanom khanum khanoum ağa
akka aiya ayya aunty auntie chettan chetta chechi chechy ettan ikka kaka khala khaleh""".split())
# (fifty-ninth session: Dari and Persian "kaka", uncle, and "khala"/"khaleh", aunt, after the name too: "Shirzad kaka
# zegt", as before them: "kaka Nabi", "khala Parwin")
# (forty-third session: Tamil and Sinhala put "akka", elder sister, and "aiya", elder brother, after the name, and
# their English "aunty" too: "Thusy akka", "NIMAL AIYA", "Sumathi aunty"; not "anna", a first name as well; forty-sixth
# session: Malayalam's "chettan"/"chechi", elder brother and sister, and "ikka": "Shiju chettan", "Bindu chechi")
_NOT_BEFORE = _FUNCTION_WORDS | frozenset(_ROLE_WORDS) | frozenset("mijn m'n mn je jouw zijn haar onze ons hun de het een "
                                                                   "bu şu o benim senin bizim onun my your his her our "
                                                                   "their the a an "
                                                                   # (interjections and thanks before "aiya", "aunty":
                                                                   # "Oh aiya", "Thank you aunty")
                                                                   "oh ah ay ai aah ooh och ach hey hi hoi hallo ja jaa "
                                                                   "nee wow you thanks dank bedankt merci".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*\Z")


def find_honorific_names(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.words & TITLES:
        return
    names = _name_lists()
    words = dictionary().words
    toks = ctx.tokens
    for i, (_, _, tok) in enumerate(toks):
        if i == 0 or ctx.lows[i] not in TITLES:
            continue
        first = i - 1
        start, end, prev = toks[first]
        low = prev.lower()
        if not _WORD_RE.match(prev) or low in _NOT_BEFORE or low in TITLES or ctx.text[end:toks[i][0]].strip():
            continue  # (only blanks between the name and its title)
        if prev[0].isupper():
            conf = HIGH
        elif low in names.first_any or low in names.surnames_all and low not in words:
            conf = LOW
        else:
            continue
        if first and prev[0].isupper() and (p2 := toks[first - 1])[2][0].isupper() \
                and (not ctx.shouting or p2[2].lower() in names.first_any) and _WORD_RE.match(p2[2]) \
                and p2[2].lower() not in _NOT_BEFORE and not ctx.text[p2[1]:start].strip():
            start = p2[0]  # "Bahar Demir hanım": the first name too
        yield start, end, "naam", conf


def without_titles(text: str, spans: list[Span]) -> list[Span]:
    """A title of respect is no part of a name: a name found as "Sanne hanım" ends before its title, and a title found
    alone ("hanım", on a list of first names too) is dropped."""
    out = []
    for span in spans:
        if span[2] == "naam":
            parts = list(re.finditer(r"\S+", text[span[0]:span[1]]))
            while parts and parts[-1].group().lower() in TITLES:
                parts.pop()
            if not parts:
                continue
            span = (span[0], span[0] + parts[-1].end(), *span[2:])
        out.append(span)
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
