"""Care institutions: known names (``data/institutions.txt``), a type word before a name
("Jeugdzorg Plus De Lindenhorst") or a name before one ("Spirit Jeugd")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import _RUN_RE, HIGH, _NAME_PHRASE, Span, _Ctx, _phrase_is_generic, _strip_trailing, tails
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _name_lists, alternation, entries, frequencies, longest_place, words

_INSTITUTION_PREFIX = alternation("institution_prefixes")
_INSTITUTION_SUFFIX = alternation("institution_suffixes")
# two name patterns, then the list (an alternation takes the first that matches)
_KNOWN_INSTITUTIONS = (
    r"Veilig Thuis(?: [A-Z][\w-]+)*|Stichting Jeugdteams [A-Z][\w-]+|" + alternation("institutions")
)
_INSTITUTION_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?i:{_INSTITUTION_PREFIX})\s+{_NAME_PHRASE}",
)
_INSTITUTION_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_NAME_PHRASE})[\s-](?:{_INSTITUTION_SUFFIX})\b",
)
_INSTITUTION_KNOWN_RE = re.compile(rf"(?<![\w-])(?:{_KNOWN_INSTITUTIONS})(?![\w])")
# the longest run of word characters of each known name, in its own capitals ("Hondsberg" of "De
# Hondsberg"): a match holds it as a run of its own, so a text without any of them holds none of
# the names (the pattern is case-sensitive)
_KNOWN_GATE = frozenset(max(_RUN_RE.findall(e), key=len) for e in entries("institutions") if _RUN_RE.search(e)) \
    | {"Veilig", "Stichting"}
_GENERIC_CARE_WORDS = words("generic_care_words")
_GENERIC_INSTITUTION_HEADS = words("generic_institution_heads")

_INSTITUTION_GATE = frozenset(e.split()[0].lower() for e in entries("institution_prefixes"))
# an office in a town, all in lowercase: "gemeente den haag", "azc ter apel", "leerplicht ede"
_LOCAL_OFFICES = ("azc", "leerplicht", "leerplichtambtenaar", "politie", "sociaal team", "station van", "station")
_OFFICE_TOWN_RE = re.compile(
    rf"(?<![\w-])(?i:{_INSTITUTION_PREFIX}|" + "|".join(_LOCAL_OFFICES) + r")\s+"
    r"(?P<words>[a-z'’][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,3})")
_OFFICE_GATE = _INSTITUTION_GATE | {o.split()[0] for o in _LOCAL_OFFICES}
_INSTITUTION_ENDINGS = tuple(words("institution_suffixes"))
_INSTITUTION_TAILS = tails(_INSTITUTION_ENDINGS)


def _find_institutions(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if not _KNOWN_GATE.isdisjoint(_RUN_RE.findall(text)):
        for m in _INSTITUTION_KNOWN_RE.finditer(text):
            yield m.start(), m.end(), "instelling", HIGH
    if ctx.words & _OFFICE_GATE:
        for m in _OFFICE_TOWN_RE.finditer(text):
            town = longest_place(m.group("words").split())  # "den haag", "ter apel"
            if town and not (" " not in town and frequencies().at_least(town, 4.0)):
                yield m.start("words"), m.start("words") + len(town), "plaats", HIGH
    common = _name_lists().common
    checks = []
    if ctx.words & _INSTITUTION_GATE:
        checks.append((_INSTITUTION_PREFIX_RE, True))
    if ctx.may_end(_INSTITUTION_TAILS) and any(w.endswith(_INSTITUTION_ENDINGS) for w in ctx.words):
        checks.append((_INSTITUTION_SUFFIX_RE, False))
    for rx, is_prefix in checks:
        for m in rx.finditer(text):
            words = m.group().split()
            # the capitalised part must contain a real name, not only common words
            head = words[1:] if is_prefix else words[:-1]
            generic = _GENERIC_INSTITUTION_HEADS | (frozenset() if is_prefix else common)
            if _phrase_is_generic(" ".join(head), generic):
                continue
            yield m.start(), _strip_trailing(text, m.start(), m.end()), "instelling", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
