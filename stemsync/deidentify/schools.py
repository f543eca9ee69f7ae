"""Schools: a type word before a name ("basisschool De Regenboog", "obs de klimop")
or a name before a type word ("Gomarus College", "Nassauschool")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import (_LOWER_NAME_PHRASE, _NAME_PHRASE, HIGH, Span, _Ctx,
                                        _phrase_is_generic, _strip_trailing)
from stemsync.deidentify.lists import _name_lists, alternation, entries, words

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

_SCHOOL_GATE = frozenset(e.split()[0].lower() for e in entries("school_prefixes"))
_SCHOOL_ENDINGS = tuple(w.lower() for w in entries("school_suffixes"))

def _find_schools(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.words & _SCHOOL_GATE:
        generic = _GENERIC_SCHOOL_WORDS | _name_lists().common
        for m in _SCHOOL_PREFIX_RE.finditer(text):
            tail = m.group()[len(m.group().split()[0]):]
            if not _phrase_is_generic(tail, generic):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school", HIGH
    if any(w.endswith(_SCHOOL_ENDINGS) for w in ctx.words):
        for m in _SCHOOL_SUFFIX_RE.finditer(text):
            if not _phrase_is_generic(m.group(), _GENERIC_SCHOOL_WORDS):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school", HIGH
