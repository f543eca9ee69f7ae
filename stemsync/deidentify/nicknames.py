"""Street names and nicknames that the words around them mark as a person's: "Lil K", "lil dree", "bekend als 'Shaq'",
"alias Dree", "iedereen noemde hem gewoon Lil K". Young people who were groomed or exploited often know the person
only so; the nickname is what identifies him to everyone around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _FUNCTION_WORDS, dictionary

# "Lil K", "lil dree", "Yung Fresh": a rapper's style of name (not "lil bit", "lil bro")
_LIL_RE = re.compile(r"(?<![\w@#])(?:lil|lil['’]|yung)\s+(?P<n>[^\W\d_](?:[\w$'’-]{0,14}[\w$])?)(?![\w@])", re.I)
_LIL_NOT = frozenset("bit beetje bro broer sis zus one man kid kids boy girl baby".split())
# "bekend als 'Shaq'", "alias Dree", "aka Dree", "noemde hem gewoon Lil K", "noemt zich altijd Shaq"
_KNOWN_AS_RE = re.compile(
    r"(?<![\w-])(?:bekend\s+als|alias|aka|a\.k\.a\.?|"
    r"noem(?:t|en|de|den)\s+(?:zich(?:zelf)?|hem|haar)\s+(?:gewoon|altijd|ook|toen|nog\s+steeds|steeds|vaak|zelf)"
    r"(?:\s+(?:gewoon|altijd|ook|zelf))?)"
    r"\s+['\"‘’“”]?(?P<n>[^\W\d_](?:[\w$'’-]{0,20}[\w$])?(?:\s+[A-Z](?:[\w$'’-]{0,14}[\w$])?)?)", re.I)
_GATE_RE = re.compile(r"\b(?:lil|yung|bekend\s+als|alias|aka|a\.k\.a|noem)", re.I)


def find_nicknames(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if not _GATE_RE.search(text):
        return
    for m in _LIL_RE.finditer(text):
        low = m.group("n").lower()
        if low in _LIL_NOT or low in _FUNCTION_WORDS or (m.group("n").islower() and len(low) > 1 and (
                low in dictionary().words or ordinary_english(low))):
            continue
        yield m.start(), m.end(), "naam", LOW
    for m in _KNOWN_AS_RE.finditer(text):
        name = m.group("n")
        first = name.split()[0].lower()
        if first in _FUNCTION_WORDS or first in {"de", "het", "een", "the", "a", "an"}:
            continue  # ("bekend als de man die ...")
        if name.islower() and (first in dictionary().words or ordinary_english(first)):
            continue  # ("bekend als lastig")
        if not name[0].isupper() and not ctx.shouting and first in dictionary().words:
            continue
        end = m.end("n")
        if len(name.split()) == 2 and name.split()[1].lower() in dictionary().words and not name.split()[1].isupper():
            end = m.start("n") + len(name.split()[0])  # ("alias Dree Het ..."): one word only
        yield m.start("n"), end, "naam", HIGH if name[0].isupper() else LOW
