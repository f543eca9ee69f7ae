"""Animals' names: at a care farm, a respite home or at home the animals have names ("pony Guus", "geit Saar", "kater
Sjaak", "onze hond Bobby"), and a name right after an animal word is the animal's, no person's. Found names there are
dropped (the animal words: ``data/animal_words.txt``); a title or kinship word before the animal word keeps the name
("mevrouw Kat", "oma Geit").
"""

from __future__ import annotations

import re

from stemsync.deidentify.common import Span
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _ROLE_WORDS, dictionary, words

ANIMALS = words("animal_words")
_ROLES = frozenset(_ROLE_WORDS)
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+\Z")


def _a_word(word: str) -> bool:
    """An ordinary Dutch or English word in lowercase, no animal's name ("Lama comes too")."""
    return word.islower() and (word in dictionary().words or ordinary_english(word))


def without_animal_names(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        if span[2] in {"naam", "medewerker"}:
            found = text[span[0]:span[1]].split()
            if found and found[0].lower() in ANIMALS and len(found) == 2 and not _a_word(found[1]):
                before = _WORD_BEFORE_RE.search(text, max(0, span[0] - 30), span[0])
                if before is None or before.group(1).lower() not in _ROLES:
                    continue  # "Pony Guus is de ster", "Kater Sjaak slaapt"
            before = _WORD_BEFORE_RE.search(text, max(0, span[0] - 30), span[0])
            if before is not None and before.group(1).lower() in ANIMALS and len(found) == 1:
                role = _WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start())
                if role is None or role.group(1).lower() not in _ROLES:
                    continue  # "geit Saar", "koe Kees"
        out.append(span)
    return out
