"""Names that the words around them make names, though they are words or in no list.

- an apposition with a role: "ze vond storm de begeleider geweldig", "met brem de mentor": a listed
  first name right before "de begeleider", "de mentor", "onze gezinsvoogd" ...;
- a name set right: "my name is wrong in it, it is dumitrescu not dumitrescou", "mijn naam is
  verkeerd gespeld, het is kowalczyk niet kowalczik": in a comment about a name, the two words
  after "it is" / "het is" and "not" / "niet" that are in no dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, frequencies, no_dictionary_form, words

_ROLES_AFTER = ("begeleider", "begeleidster", "mentor", "mentrix", "juf", "meester", "hulpverlener", "gezinsvoogd",
                "jeugdbeschermer", "gezinscoach", "coach", "voogd", "pleegmoeder", "pleegvader", "therapeut",
                "jeugdzorgwerker", "groepsleider", "groepsleidster")
_ROLE_GATE = frozenset(_ROLES_AFTER)
_APPOSITION_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]{2,})(?:\s+|(?P<comma>\s*,\s*))(?:de|onze|mijn|m'n|zijn|haar)\s+(?:"
    + "|".join(_ROLES_AFTER) + r")(?(comma)\s*,|(?![\w-]))", re.I)  # (with a comma, one after the role too: "sanne, de mentor,")
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:een|de|het|die|deze|dat|dit|geen|elke)\s+\Z", re.I)
# "it is dumitrescu not dumitrescou", "het is kowalczyk niet kowalczik", "is het nowak ipv nowack"
_SET_RIGHT_RE = re.compile(
    r"(?<![\w-])(?:it\s+is|it['’]s|het\s+is|is\s+het|dat\s+is|moet\s+zijn|should\s+be)\s+(?P<a>[^\W\d_][\w'’-]{3,})\s*,?\s+"
    r"(?:not|niet|instead\s+of|in\s+plaats\s+van|i\.p\.v\.|ipv)\s+(?P<b>[^\W\d_][\w'’-]{3,})", re.I)
_NAME_WORDS = frozenset("name naam achternaam voornaam surname spelled gespeld spelling".split())


def _role_or_kin(word: str) -> bool:
    low = word.lower()
    return low in _FUNCTION_WORDS or low in _ROLE_GATE or low in words("person_words") or low in words("role_words")


def find_appositions(ctx: _Ctx) -> Iterator[Span]:
    """The names above (see the module's docstring)."""
    if not ctx.words.isdisjoint(_ROLE_GATE):
        first = _name_lists().first_any
        for m in _APPOSITION_RE.finditer(ctx.text):
            name = m.group("name")
            if _ARTICLE_BEFORE_RE.search(ctx.text, max(0, m.start() - 8), m.start()):
                continue  # "kreeg een roos de begeleider ...": a thing
            if name.lower() in first and not _role_or_kin(name) and not (
                    name.islower() and frequencies().at_least(name, 5.0)):  # (not "we hebben hoop de begeleider ...")
                yield m.start("name"), m.end("name"), "naam", LOW
    if not ctx.words.isdisjoint(_NAME_WORDS):
        for m in _SET_RIGHT_RE.finditer(ctx.text):
            a, b = m.group("a"), m.group("b")
            if no_dictionary_form(a) and no_dictionary_form(b) and not _role_or_kin(a) and not _role_or_kin(b):
                yield m.start("a"), m.end("a"), "naam", HIGH
                yield m.start("b"), m.end("b"), "naam", HIGH
