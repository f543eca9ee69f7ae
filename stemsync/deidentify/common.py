"""Shared pieces of the annotators: the span type, per-text context, name phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from stemsync.deidentify.fastcase import accelerate

_I = re.IGNORECASE

_TRAILING_PUNCT = ".,;:!?)'\""

# Proper-name phrase: capitalised words or numbers, joined by lowercase connectors.
_CAP = r"(?:[A-Z0-9][\w'’.&-]*|'[tT]|'s)"
_CONNECT = r"(?:van|de|der|den|het|'t|op|aan|in|voor|ter|te|en|la|da|des)"
_NAME_PHRASE = rf"(?:(?:[Dd]e|[Hh]et|[’']?[tT](?=\s))\s+)?{_CAP}(?:\s+(?:{_CONNECT}\s+)*{_CAP})*"
# (fifty-sixth session) also "ter" before a name that is no phrase of "ter" ("lyceum ter weide"; not "ter plaatse",
# "ter voorbereiding")
_LOWER_NAME_PHRASE = (r"(?:de|het|[’']?t(?=\s)|ter(?=\s+(?!(?:plaatse|sprake|zake|info|ere|wereld|hoogte|inzage|kennisname|"
                      r"attentie|beschikking|discussie|illustratie|vergelijking)\b)[a-zà-ÿ-]*[a-zà-ÿ](?<!ing)(?![\w-])))"
                      r"\s+[a-zà-ÿ][a-zà-ÿ-]{2,}")

# the Dutch ordinals from "eerste" to "eenendertigste", in order (the days of a month; a birthday's ordinal)
DUTCH_ORDINALS = tuple("""eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde
dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste eenentwintigste
tweeëntwintigste drieëntwintigste vierentwintigste vijfentwintigste zesentwintigste zevenentwintigste
achtentwintigste negenentwintigste dertigste eenendertigste""".split())

# languages and dialects written like a street's or a town's name: "in het Fries mocht vertellen"
LANGUAGES = frozenset("fries gronings twents drents limburgs brabants zeeuws nedersaksisch papiamento papiamentu "
                      "sranan tongo sarnami".split())  # "Sranan Tongo", "een tolk Sarnami"

_DIGIT_RE = re.compile(r"\d")
# an emoji (pictographs, dingbats, hearts): "Efua 🌻", a name addressed
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\u2665]")

# Confidence of a finding: "high" for a structured pattern, a listed name or a name
# deduce is sure of; "low" for a guess (a name taken from its context only, a weak
# pattern). Both are redacted; the review queue shows the low ones to a person.
HIGH = "high"
LOW = "low"

# (start, end, kind, confidence) in the original text
Span = tuple[int, int, str, str]


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return end


# what a count, a measure or a span of time is followed by: a number before one is no code and no house
# number ("de Kerkstraat 12 3 kinderen", "op de markt 3 keer", "moved to Utrecht 2 years ago")
UNIT_WORDS = (r"(?:uur|u|jaar|jr|min|minuten|weken|week|dagen|dag|maanden|maand|keer|x|procent|meter|m|cm|kg|km|euro|eur|"
              r"euros?|kinderen|kids|jongens|meisjes|mensen|personen|kamers|stuks|years?|yrs|days?|weeks?|months?|times|"
              r"hours?|nights?|people|children|miles)")
# the last word before a position, searched with ``pos`` and ``endpos`` ("de paarden [Bella]", "mijn zoon [ka lok]")
WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+\Z")
# the emoji of a birthday: a cake, a party popper, a party face, a balloon, a gift ("gefeliciteerd Rima 18 🎂")
PARTY_EMOJI = r"[\U0001F382\U0001F389\U0001F973\U0001F388\U0001F381]"
UNIT_AFTER_RE = re.compile(r"[ \t]*(?:%|" + UNIT_WORDS + r"(?![\w'’-]))", _I)

# a street's own endings, the last part of a street's name (for the rules of streets written in pieces or in capitals;
# older rules keep their own, slightly different lists)
STREET_ENDS = ("straat", "laan", "weg", "plein", "plantsoen", "gracht", "kade", "singel", "dijk", "dreef", "steeg")


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter left out, added or changed."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring letters swapped."""
    return len(a) == len(b) and any(a[:i] + a[i + 1] + a[i] + a[i + 2:] == b for i in range(len(a) - 1))


_TOKEN_RE = re.compile(r"[^\W_][\w'’-]*")
_DIGITS_RE = re.compile(r"\d")


@dataclass(frozen=True)
class _Ctx:
    """Per-text facts shared by the finders (computed once; used as cheap gates)."""

    text: str
    lower: str
    tokens: tuple[tuple[int, int, str], ...]
    words: frozenset[str]
    n_digits: int
    shouting: bool = False  # the original was written in capitals (``text`` is re-cased)
    lows: tuple[str, ...] = ()  # each token in lowercase (``tokens[i][2].lower()``)
    ends3: frozenset[str] = frozenset()  # the last three letters of each word (see :meth:`may_end`)

    @classmethod
    def of(cls, text: str, shouting: bool = False) -> _Ctx:
        tokens = tuple([(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)])
        lower = text.lower()
        lows = tuple([t[2].lower() for t in tokens])
        # (when no letter changes length in lowercase, the words are the lowercase tokens)
        words = frozenset(lows) if len(lower) == len(text) else frozenset(_TOKEN_RE.findall(lower))
        return cls(
            text=text,
            lower=lower,
            tokens=tokens,
            words=words,
            n_digits=len(_DIGITS_RE.findall(text)),
            shouting=shouting,
            lows=lows,
            ends3=frozenset([w[-3:] for w in words]),
        )

    def may_end(self, tails: frozenset[str]) -> bool:
        """Whether a word may end in one of the endings whose :func:`tails` are ``tails``: a
        necessary condition, one set operation, checked before a loop over the words with
        ``str.endswith`` (which tries every ending on every word)."""
        return not self.ends3.isdisjoint(tails)

    def at(self, words: frozenset[str], last: int | None = None) -> list[int]:
        """The indices of the tokens (before index ``last``) that are one of ``words`` in
        lowercase: a loop that acts only on those words visits only them."""
        lows = self.lows if last is None else self.lows[:last]
        return [i for i, w in enumerate(lows) if w in words]


def tails(endings: Iterable[str]) -> frozenset[str]:
    """The last three letters of each ending (each three letters or longer): a word that ends in
    one of ``endings`` ends in one of these (:meth:`_Ctx.may_end`)."""
    endings = tuple(endings)
    out = frozenset(e[-3:] for e in endings)
    if any(len(e) < 3 for e in endings):
        raise ValueError("endings of three letters or more")
    return out


_RUN_RE = re.compile(r"\w+")
_GATE_ARTICLES = frozenset({"de", "het", "t"})


def name_gate(names: Iterable[str]) -> frozenset[str]:
    """The gate of a list of names: the first run of word characters of each name, lowercase,
    after an article ("De Leijgraaf": "leijgraaf", "113.nl": "113"). A case-insensitive match of
    a name holds that run as a run of its own ("Jumbo" in "Jumbo's"), so a text whose runs
    (:func:`has_gate_word`) miss every gate word holds none of the names: the gate is exact."""
    return frozenset(runs[1 if len(runs) > 1 and runs[0] in _GATE_ARTICLES else 0]
                     for n in names if (runs := _RUN_RE.findall(n.lower())))


def has_gate_word(gate: frozenset[str], lower: str) -> bool:
    """Whether the lowercase text ``lower`` holds a word of ``gate`` (see :func:`name_gate`)."""
    return not gate.isdisjoint(_RUN_RE.findall(lower))


def _first_words(alternatives: str) -> frozenset[str]:
    return frozenset(a.split()[0].strip("'").lower() for a in alternatives.split("|") if a.split())


def _phrase_is_generic(phrase: str, generic: frozenset[str]) -> bool:
    words = [w.lower() for w in re.findall(r"[\w'’]+", phrase)]
    return all(w in generic for w in words)


# surnames of Eastern Europe, Turkey, Scandinavia, Armenia and Georgia by their ending ("kowalski", "popescu",
# "karapetyan", "beridze"; fifty-fourth session: "shvili" for every "-shvili", and "dze"): read by the resolver after a
# first name and by names.py for a surname alone in lowercase
SURNAME_ENDINGS = ("ski", "ska", "wicz", "czyk", "enko", "ović", "ovic", "ević", "evic", "escu", "eanu", "oğlu", "oglu",
                   "sson", "dottir", "shvili", "yan", "dze")


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
