"""A name a phone changed, and its writer corrected: the changed word is the name too.

Autocorrect and predictive text turn a name into an ordinary word ("Thijs" into "thuis",
"Daan" into "Dan"), and the writer often corrects it in the same comment: "Dan *Daan was
altijd op tijd", "Gids (= Guus) kwam altijd met koekjes", "Mijn begeleider thuis (sorry
autocorrect, ik bedoel Thijs)", "jullie waren top vooral Som oops Sem", "mijn ex Ruud ('rood'
volgens autocorrect)", "hvj Door!! ❤️ *door zegt mn tel". The word the phone made reads as a
word to every finder, but beside its correction it is the name as the phone wrote it, and it
identifies the same person.

:func:`corrected_names` finds such a word beside a found name in one of these fixed shapes
only: a word directly before "*Name"; a word before a bracket or "oops" that says what was
meant ("(= Name)", "(ik bedoel Name)", "oeps ik bedoel Name"); a word quoted after the name
with what made it ("('rood' volgens autocorrect)"); a starred word after it that the phone
said ("*door zegt mn tel"). A word that only leads to the name ("thx *Lisa", "juf *Sanne":
a greeting, a role) is no name.
"""

from __future__ import annotations

import re

from stemsync.deidentify.common import Span
from stemsync.deidentify.lists import _ROLE_WORDS
from stemsync.deidentify.fastcase import accelerate

# what made the word: the phone, its autocorrect or its keyboard
_PHONE = (r"(?:(?:de\s+|mijn\s+|mn\s+|m'n\s+|me\s+)?(?:auto[\s-]?correct(?:ie)?|autocorrectie|tel|telefoon|phone|gsm|"
          r"mobiel|toetsenbord|keyboard|spellcheck|woordvoorspelling))")
# the word before a star that corrects it into the name: "Dan *[Daan]"
_STAR_BEFORE_RE = re.compile(r"([^\W\d_]{2,})\s*\*\s*\Z")
# the word before a bracket or a sigh that says what was meant: "Gids (= [Guus])", "thuis (sorry autocorrect, ik
# bedoel [Thijs])", "Som oops [Sem]" (not after a comma: "eerlijk was, oeps ik bedoel [Fenna]" corrects an earlier word)
_MEANT_BEFORE_RE = re.compile(
    r"([^\W\d_]{2,})\s*(?:\(\s*(?:=|(?:sorry[\s,]+)?" + _PHONE + r"[\s,!]*(?:ik\s+)?bedoel|(?:ik\s+)?bedoel(?:\s+ik)?|"
    r"lees|read|i\s+mean)|\s(?:oops|oeps|woops)[\s,!]*"
    r"(?:ik\s+bedoel|bedoel\s+ik|i\s+mean)?|\s+sorry[\s,!]*(?:ik\s+bedoel|bedoel\s+ik|i\s+mean))\s*\Z", re.I)
# a word quoted after the name with what made it: "[Ruud] ('rood' volgens autocorrect)", "('robben' volgens mijn
# telefoon)", "(autocorrect maakt er 'rood' van)"
_QUOTED_AFTER_RE = re.compile(
    r"\s*\(\s*['\"‘’“”]([^\W\d_]{2,})['\"‘’“”]\s*(?:volgens|zegt|zei|van|by|says|dankzij|door)\s+" + _PHONE, re.I)
# a starred word after the name that the phone said: "[Door]!! ❤️ *door zegt mn tel"
_STAR_AFTER_RE = re.compile(r"[^*\w]{0,12}\*\s*([^\W\d_]{2,})\s+(?:zegt|zei|maakt|volgens|says)\s+" + _PHONE, re.I)
# the gate: a star, a bracket or a sigh in the text
_GATE_RE = re.compile(r"[*(]|\b(?:oops|oeps|woops|sorry)\b", re.I)
# words that only lead to a name: thanks, greetings
_LEADING = frozenset("thx tnx thanks thank bedankt dank dankje dankjewel merci hoi hey hallo hi doei groetjes groeten "
                     "liefs lief beste dear".split())


def _word_before(text: str, start: int, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    m = pattern.search(text, max(0, start - 80), start)
    if not m or m.end() != start:
        return None
    return m.start(1), m.end(1)


def corrected_names(text: str, spans: list[Span]) -> list[Span]:
    """The words a phone made of a name found in ``spans``, where the writer corrects it (see the module)."""
    if not _GATE_RE.search(text):
        return []
    out: list[Span] = []
    for start, end, kind, conf in spans:
        if kind != "naam":
            continue
        found = [_word_before(text, start, _STAR_BEFORE_RE), _word_before(text, start, _MEANT_BEFORE_RE)]
        for rx in (_QUOTED_AFTER_RE, _STAR_AFTER_RE):
            if m := rx.match(text, end):
                found.append((m.start(1), m.end(1)))
        for where in found:
            if where is None:
                continue
            low = text[where[0]:where[1]].lower()
            if low in _LEADING or low in _ROLE_WORDS:
                continue  # ("thx *Lisa", "juf *Sanne": no name the phone made)
            out.append((where[0], where[1], "naam", conf))
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
