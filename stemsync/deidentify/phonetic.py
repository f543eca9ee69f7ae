"""Dutch written as it sounds (forty-fourth session): parents who read and write little spell words by ear, without
the final "n" ("mense", "lese", "kwame", "afsprake"), with "t" for a final "d" ("gehat", "tijt", "antwoort"), "s" for
"z" ("lese"), "f" for "v" ("tavel") and "ij" for "ei" ("meij"). Such a word is in no dictionary and on no name list,
or it is a first name elsewhere ("Kwame", "Maile"), so the name and place rules took it.

In a text written this way (two other words that read as a Dutch word once respelled, or one and the spoken "ut",
"nie", "mot"; three for a word on a name list), a name or place found on one such word, in lowercase or in a text
written in capitals, is dropped: "er ware 4 [mense] bij ut gesprek", "als je nie goed ken [lese]". A capitalised word
in a text in ordinary case stays a name; "s" and "v" are respelled inside a word only ("sander" is no "zander").
"""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import Span
from stemsync.deidentify.lists import _name_lists, dictionary, frequencies
from stemsync.deidentify.fastcase import accelerate

_WORD_RE = re.compile(r"[a-zà-ÿ]+")
_SPOKEN = frozenset("ut nie mot kenne hep".split())  # (not "ken": standard Dutch too)


@functools.lru_cache(maxsize=1 << 14)
def respelled(low: str) -> str | None:
    """The Dutch word that ``low`` (lowercase, in no dictionary) stands for when it is written as it sounds, or None."""
    words = dictionary().words
    if len(low) < 3 or low in words or not low.isalpha() or frequencies().at_least(low, 3.5, "en"):
        return None  # (not English: "rose", "here")
    forms = [low]
    if low.endswith("t"):
        forms.append(low[:-1] + "d")  # "gehat", "tijt", "antwoort"
    # (inside the word only: not "sander" zander, "vik" fik)
    forms += [f[0] + f[1:].replace("s", "z") for f in list(forms) if "s" in f[1:]]  # "lese" lezen
    forms += [f[0] + f[1:].replace("v", "f") for f in list(forms) if "v" in f[1:]]  # "tavel"
    forms += [f.replace("ij", "ei") for f in list(forms) if "ij" in f]  # "meij"
    forms += [f[:-1] + "ch" for f in list(forms) if f.endswith("g")]  # "tog" toch (the last letter only)
    places = _name_lists().places
    for form in forms:
        if form in words and form != low:
            return None if form in places else form
        if form.endswith("e") and form + "n" in words:
            return None if form + "n" in places else form + "n"  # "mense", "kwame", "afsprake" (not "leide": Leiden)
    return None


def written_as_spoken(lows: list[str], but: str = "") -> int:
    """How many of the words ``lows`` (other than ``but``, and no listed first name) read as Dutch words respelled, with
    one more for the spoken "ut", "nie", "mot"."""
    first = _name_lists().first_any
    return sum(1 for w in lows if w != but and w not in first and respelled(w)) + (
        1 if any(w in _SPOKEN for w in lows) and len(lows) >= 6 else 0)


def without_spoken_words(text: str, spans: list[Span], shouting: bool) -> list[Span]:
    """``spans`` without the names and places of one word that is a Dutch word written as it sounds."""
    lows = _WORD_RE.findall(text.lower())
    if not any(respelled(w) for w in lows):
        return spans
    lists = _name_lists()
    out = []
    for span in spans:
        word = text[span[0]:span[1]]
        low = word.lower()
        if span[2] in {"naam", "plaats"} and word.isalpha() and (word.islower() or shouting) \
                and low not in lists.places and respelled(low):
            # two other such words (three for a listed first name or surname: "kwame" kwamen, "mense" mensen)
            listed = low in lists.first_any or low in lists.surnames_all
            if written_as_spoken(lows, low) >= (3 if listed else 2):
                continue
        out.append(span)
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
