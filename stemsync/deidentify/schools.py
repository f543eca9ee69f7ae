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

_SCHOOL_GATE = frozenset(e.split()[0].lower() for e in entries("school_prefixes"))
_SCHOOL_ENDINGS = tuple(w.lower() for w in entries("school_suffixes"))

# Lowercase names before a type word: "het ichthus college", "het stedelijk lyceum".
_LOWER_SUFFIX_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[a-zà-ÿ][\w'’-]+\s+){1,2})"
    r"(?:college|lyceum|gymnasium|scholengemeenschap|atheneum)(?![\w-])"
)
_SCHOOL_ADJECTIVES = words("school_adjectives")
_NEXT_LOWER_RE = re.compile(r"\s+([a-zà-ÿ][\w'’-]+)")


def _extend_lower(text: str, end: int, stop: frozenset[str]) -> int:
    """Take up to two more lowercase words of a name ("obs de kleine prins")."""
    for _ in range(2):
        m = _NEXT_LOWER_RE.match(text, end)
        if m is None or m.group(1).lower() in stop:
            break
        end = m.end()
    return end


def _find_schools(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.words & _SCHOOL_GATE:
        generic = _GENERIC_SCHOOL_WORDS | _name_lists().common
        stop = _FUNCTION_WORDS | _name_lists().common | _ROLE_WORDS_SET
        for m in _SCHOOL_PREFIX_RE.finditer(text):
            tail = m.group()[len(m.group().split()[0]):]
            if not _phrase_is_generic(tail, generic):
                end = m.end()
                if m.group()[-1].islower():
                    end = _extend_lower(text, end, stop)
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
