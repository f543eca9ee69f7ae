"""Arabic names written in Arabizi, the chat alphabet with digits for the Arabic sounds Latin letters lack: "3bood"
(ʿAbbud), "7amza" (Hamza), "mo7ammed", "3aisha". A word of letters with such a digit that, read with the letters the
digits stand for, is a first name on the lists, is a name (a reading of four letters or more: not "3ami", my uncle); the rule for a number never sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _name_lists, dictionary
from stemsync.deidentify.fastcase import accelerate

# the digits of Arabizi and the letters they are read as (a name may be written with either: "3ali" is "ali" and
# "aali"; "7amza" is "hamza")
_READINGS = {"2": ("a", ""), "3": ("a", "", "aa"), "5": ("kh",), "6": ("t",), "7": ("h",), "8": ("gh",), "9": ("q", "s")}
_WORD_RE = re.compile(r"(?<![\w@./-])(?=[^\W_]*[a-z])(?=[^\W_]*[235679])[^\W_]{4,}(?![\w@/-])", re.I)


def _readings(word: str) -> list[str]:
    out = [""]
    for c in word:
        out = [o + r for o in out for r in _READINGS.get(c, (c,))]
        if len(out) > 64:
            return []
    return out


def find_arabizi_names(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.n_digits:
        return
    first = _name_lists().first_any
    for m in _WORD_RE.finditer(ctx.text):
        word = m.group().lower()
        if sum(c.isdigit() for c in word) > 2 or word[-1].isdigit() or any(c in "0148" for c in word) \
                or word[0] == "2":
            continue  # (a code or a handle: "ab12", "x7y"; not "jan2024"; chat English: "2day", "2morrow")
        if any(r in first and len(r) >= 4 and r not in dictionary().words and not ordinary_english(r)
               for r in _readings(word)):
            yield m.start(), m.end(), "naam", LOW


# (forty-fifth session) a word of Arabic chat: lowercase letters with one or two of its digits inside or at the end
# ("dilwa2ty", now; "bt7eb", she loves; "gama3a", folks), not a code's shape ("ab12")
_CHAT_WORD_RE = re.compile(r"(?<![\w@./#-])(?=[a-z]*[235679])[235679]?[a-z]+(?:[235679][a-z]*){0,2}(?![\w@/-])")
_PLATFORM_RE = re.compile(r"\b(?:snap|snapchat|insta|instagram|ig|tiktok|tik tok|discord|twitch|x|twitter|facebook|fb|"
                          r"telegram|account|acc|gebruikersnaam|username|user|handle|profiel|volg|follow|add)\b", re.I)


def arabic_chat_word(text: str, word: str) -> bool:
    """``word`` (a letters-digit-letters word the account rule found) is a word of Arabic chat, no user name: the text
    holds another word of that shape and names no platform or account ("shukran 3ala kol 7aga", "w bt7eb el basket";
    not "op snap ben ik st3rr3tje")."""
    if not _CHAT_WORD_RE.fullmatch(word) or _PLATFORM_RE.search(text):
        return False
    return sum(1 for m in _CHAT_WORD_RE.finditer(text) if m.group() != word) >= 1


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
