"""Schools: a type word before a name ("basisschool De Regenboog", "obs de klimop")
or a name before a type word ("Gomarus College", "Nassauschool")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import (_LOWER_NAME_PHRASE, _NAME_PHRASE, HIGH, LOW, Span, _Ctx,
                                        _phrase_is_generic, _strip_trailing)
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _ROLE_WORDS, _name_lists, alternation,
                                       dictionary, entries, words)

_ROLE_WORDS_SET = frozenset(_ROLE_WORDS)

_SCHOOL_PREFIX = alternation("school_prefixes")
_SCHOOL_SUFFIX = alternation("school_suffixes")
_SCHOOL_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?i:{_SCHOOL_PREFIX})\s+(?:{_NAME_PHRASE}|{_LOWER_NAME_PHRASE})",
)
_SCHOOL_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_NAME_PHRASE})[\s-](?:{_SCHOOL_SUFFIX})\b"
    rf"|(?<![\w-])[A-Z][\w'’-]+(?:school|college|lyceum|gymnasium)\b",
)
_GENERIC_SCHOOL_WORDS = words("generic_school_words")

# Type words that are ordinary nouns: a lowercase phrase after them is usually not a
# name ("op school de hele dag", "op de havo de lessen"); a capitalised one still is.
_ORDINARY_PREFIXES = frozenset({"school", "college", "lyceum", "gymnasium", "atheneum",
                                "hogeschool", "universiteit", "mavo", "havo", "vwo", "vmbo",
                                "mbo", "vo", "pro", "so", "kc"})
_LEVEL_TAIL_RE = re.compile(r"\s*\d{1,2}[a-zA-Z]?")
_SCHOOL_GATE = frozenset(e.split()[0].lower() for e in entries("school_prefixes"))
_SCHOOL_ENDINGS = tuple(w.lower() for w in entries("school_suffixes"))

# Lowercase names before a type word: "het ichthus college", "het stedelijk lyceum".
_LOWER_SUFFIX_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[a-zà-ÿ][\w'’-]+\s+){1,2})"
    r"(?:college|lyceum|gymnasium|scholengemeenschap|atheneum)(?![\w-])"
)
_SCHOOL_ADJECTIVES = words("school_adjectives")
_NEXT_LOWER_RE = re.compile(r"\s+([a-zà-ÿ][\w'’-]+)")


def _attributive(word: str) -> bool:
    """An inflected adjective before its noun: "kleine" (klein), "witte" (wit), "boze"
    (boos), "gouden" (goud). In a name such a word is always followed by its noun."""
    low = word.lower()
    ordinary = dictionary().words
    if len(low) < 4 or low in _FUNCTION_WORDS:
        return False
    if low.endswith("en"):
        return low[:-2] in ordinary and low not in ordinary or low in _MATERIAL
    if not low.endswith("e"):
        return False
    base = low[:-1]
    bases = {base}
    if len(base) > 2 and base[-1] == base[-2]:
        bases.add(base[:-1])  # witte -> wit
    if base.endswith("z"):
        bases.add(base[:-2] + base[-2] * 2 + "s" if len(base) > 2 else base)  # boze -> boos
        bases.add(base[:-1] + "s")
    if base.endswith("v"):
        bases.add(base[:-1] + "f")  # brave -> braaf (approximately)
    return any(b in ordinary for b in bases)


_MATERIAL = frozenset({"gouden", "zilveren", "houten", "stenen", "ijzeren", "koperen",
                       "glazen", "wollen", "zijden", "bronzen", "tinnen", "gulden"})


def _extend_lower(text: str, end: int, stop: frozenset[str], last: str) -> int:
    """Take up to two more lowercase words of a name ("obs de klimop noord"). After an
    inflected adjective the next word is its noun and is taken even when it is an
    ordinary word ("obs de kleine prins", "sbo de blauwe vogel")."""
    for _ in range(2):
        m = _NEXT_LOWER_RE.match(text, end)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _FUNCTION_WORDS or word in _ROLE_WORDS_SET:
            break
        if word in stop and not _attributive(last):
            break
        end, last = m.end(), word
    return end


# A school known only by its own name, after "zit op", "ging naar" ... with a
# capitalised article: "hij zit op De Tweemaster", "ik ging naar 't Startpunt".
_GO_TO_RE = re.compile(
    r"(?<![\w-])(?:zit|zat|zitten|zaten|ga|gaat|ging|gingen|gaan|kwam|kom|komt)"
    r"\s+(?:nu\s+|nog\s+|al\s+|toen\s+|sinds\s+kort\s+)?(?:op|naar)\s+"
    r"(?P<name>(?:De|Het|'[tT])\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_GO_GATE = frozenset("zit zat zitten zaten ga gaat ging gingen gaan kwam kom komt".split())


def _find_schools(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.words & _GO_GATE and ("De " in text or "Het " in text or "'t " in text.lower()):
        for m in _GO_TO_RE.finditer(text):
            if not _phrase_is_generic(m.group("name"), _GENERIC_SCHOOL_WORDS | _name_lists().common):
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _SCHOOL_GATE:
        generic = _GENERIC_SCHOOL_WORDS | _name_lists().common
        stop = _FUNCTION_WORDS | _name_lists().common | _ROLE_WORDS_SET
        for m in _SCHOOL_PREFIX_RE.finditer(text):
            tail = m.group()[len(m.group().split()[0]):]
            if _LEVEL_TAIL_RE.fullmatch(tail):
                continue  # "havo 3", "mbo 2": a level or a year, not a name
            if m.group()[-1].islower() and m.group().split()[0].lower() in _ORDINARY_PREFIXES:
                continue  # "op school de hele dag": an ordinary noun, not a type prefix
            if not _phrase_is_generic(tail, generic):
                end = m.end()
                if m.group()[-1].islower():
                    end = _extend_lower(text, end, stop, m.group().split()[-1])
                yield m.start(), _strip_trailing(text, m.start(), end), "school", HIGH
    if any(w in ctx.words for w in ("college", "lyceum", "gymnasium", "scholengemeenschap", "atheneum")):
        ordinary = dictionary().words
        for m in _LOWER_SUFFIX_RE.finditer(text):
            names = m.group("name").split()
            while names and names[0].lower() in _FUNCTION_WORDS | {"mijn", "zijn", "haar", "ons", "onze"}:
                names.pop(0)
            if not names or any(w.lower() in _GENERIC_SCHOOL_WORDS for w in names):
                continue
            if all(w.lower() not in ordinary or w.lower() in _SCHOOL_ADJECTIVES for w in names):
                start = m.end() - len(m.group()) + m.group().index(names[0])
                yield start, m.end(), "school", LOW
    if any(w.endswith(_SCHOOL_ENDINGS) for w in ctx.words):
        for m in _SCHOOL_SUFFIX_RE.finditer(text):
            if not _phrase_is_generic(m.group(), _GENERIC_SCHOOL_WORDS):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school", HIGH
