"""Ages, anchored on what says a person's age follows, so durations stay.

- a person word and "van": "mijn zoon van 12", "een meisje van vijftien jaar";
- a subject and a form of "zijn"/"worden": "hij is 11", "ik ben veertien", "ze is net
  16 geworden", "toen ik 11 was";
- a number in brackets after a person word or a name: "onze dochter (14)", "Sanne (9)";
- ordinals after a possessive: "sinds mijn 12e", "op haar zestiende";
- "15-jarige", "vijftienjarige".

After the number only "jaar", "jr", "oud", "geworden", a conjunction or punctuation
may follow: "hij is 3 dagen weg", "ik ben 2 keer verhuisd" and "na 3 maanden
begeleiding" are left alone. Person words: ``data/person_words.txt``; number words:
``data/age_words.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx, _I
from stemsync.deidentify.lists import alternation, words

_NUM_WORDS = "(?:" + alternation("age_words") + ")"
_NUM = r"(?:\d{1,2}|" + alternation("age_words") + r")"
_ORD = r"(?:\d{1,2}(?:e|ste|de|ste)|" + r"(?:" + alternation("age_words") + r")(?:de|ste))"
_PERSON = r"(?:" + alternation("person_words") + r")"
_AFTER = (
    r"(?=\s*(?:jaar|jr\.?|jaartjes|oud|geworden|en|maar|of|dus|toen|nu|want|terwijl|is|was|"
    r"en\s+half)\b|\s*[.,;:!?)\]]|\s*$)"
)
# after "zoon van 12" anything but a unit of time, money or count may follow
_NOT_UNIT = (
    r"(?![.,/:-]?\d)(?!\s*(?:maanden|maand|weken|week|dagen|dag|uur|uren|minuten|min|seconden|keer|"
    r"euro|eur|kilo|kg|km|meter|procent|%|kinderen|jongeren|mensen|stuks|pagina|pagina's|"
    r"punten|cijfers|jaren|nachten|nacht|groepen|gezinnen|families|klassen|x)\b)"
)
_SUBJECT = (
    r"(?:ik\s+ben|ben\s+ik|hij\s+is|is\s+hij|zij\s+is|ze\s+is|is\s+ze|jij\s+bent|je\s+bent|"
    r"bent\s+u|u\s+bent|"
    + _PERSON + r"\s+is|" + _PERSON + r"\s+wordt|"
    r"ik\s+word|hij\s+wordt|ze\s+wordt|zij\s+wordt|ik\s+werd|hij\s+werd|ze\s+werd|zij\s+werd|"
    r"toen\s+ik|toen\s+hij|toen\s+ze|toen\s+zij|als\s+ik|als\s+hij|als\s+ze|"
    r"ik\s+was|hij\s+was|ze\s+was|zij\s+was)"
)
_ADV = r"(?:\s+(?:net|pas|bijna|al|nu|toen|ook|maar|inmiddels|sinds\s+kort|nog|straks|dan|"
_ADV += r"ongeveer|rond|zo'n))?"

# Candidates: a number of one or two digits, a number word, an ordinal, "-jarige".
_CANDIDATE_RE = re.compile(
    rf"(?<![\w.,/-])(?P<age>\d{{1,2}}(?:e|ste|de)?|{_NUM_WORDS}(?:de|ste)?)"
    r"(?P<jarig>[- ]?jarige?n?)?(?![\w/-]|[.,:]\d)",
    _I,
)
# What must stand right before a candidate (searched in the 60 characters before it).
_BEFORE_VAN = re.compile(rf"(?<![\w-]){_PERSON}\s+van\s+\Z", _I)
_BEFORE_SUBJECT = re.compile(rf"(?<![\w-]){_SUBJECT}{_ADV}\s+\Z", _I)
_BEFORE_POSSESSIVE = re.compile(r"(?<![\w-])(?:mijn|m'n|zijn|z'n|haar|ons|onze|hun|jouw|je)\s+\Z", _I)
_NOT_UNIT_RE = re.compile(_NOT_UNIT)
_AFTER_RE = re.compile(_AFTER, _I)
_ORDINAL_RE = re.compile(r"(?:\d{1,2}(?:e|ste|de)|\w+(?:de|ste))\Z", _I)
# a number in brackets after a person word, a capitalised word (a name) or a tag
_BRACKET_RE = re.compile(r"(?P<who>[\w\]]+)\s*\((?P<age>\d{1,2})\)")
_PERSON_WORDS = words("person_words")
_AL_JAAR_RE = re.compile(r"\s(?:al|ruim|bijna)\s+\S+$", _I)
# "al 3 jaar bij jullie" (a duration) but "al 16 jaar." or "al 16 jaar oud" (an age)
_JAAR_RE = re.compile(r"\s+jaar(?!\s*(?:oud\b|[.,;:!?)]|$))", _I)
_DURATION_WORDS = words("duration_words")


_AGE_WORDS = words("age_words")


def _find_ages(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.n_digits and not any(w in _AGE_WORDS or w.endswith(("jarige", "jarig", "de", "ste"))
                                    for w in ctx.words):
        return
    text = ctx.text
    for m in _CANDIDATE_RE.finditer(text):
        start, end = m.start("age"), m.end("age")
        age = m.group("age")
        if m.group("jarig"):  # 15-jarige
            if not _ORDINAL_RE.match(age) or age.isdigit():
                yield start, end, "leeftijd", HIGH
            continue
        lo = max(0, start - 60)
        if _ORDINAL_RE.match(age):  # sinds mijn 12e, op haar zestiende
            if _BEFORE_POSSESSIVE.search(text, lo, start):
                yield start, end, "leeftijd", HIGH
            continue
        if _BEFORE_VAN.search(text, lo, start) and _NOT_UNIT_RE.match(text, end):
            yield start, end, "leeftijd", HIGH
        elif (s := _BEFORE_SUBJECT.search(text, lo, start)) and _AFTER_RE.match(text, end):
            if _AL_JAAR_RE.search(text[s.start():end]) and _JAAR_RE.match(text, end):
                continue  # "ik ben al 3 jaar bij jullie": a duration
            yield start, end, "leeftijd", HIGH
    if "(" in text:
        for m in _BRACKET_RE.finditer(text):
            who = m.group("who")
            if who.lower() in _PERSON_WORDS or who.endswith("]"):
                yield m.start("age"), m.end("age"), "leeftijd", HIGH
            elif who[0].isupper() and m.start() > 0:
                yield m.start("age"), m.end("age"), "leeftijd", LOW


_PREV_WORD_RE = re.compile(r"([\w']+)\W*$")


def is_duration(text: str, start: int) -> bool:
    """True when the word before ``start`` makes "N jaar" a duration ("duurde 2 jaar")."""
    m = _PREV_WORD_RE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in _DURATION_WORDS
