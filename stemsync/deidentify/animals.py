"""Animals' names: at a care farm, a respite home or at home the animals have names ("pony Guus", "geit Saar", "kater
Sjaak", "onze hond Bobby"), and a name right after an animal word is the animal's, no person's. Found names there are
dropped (the animal words: ``data/animal_words.txt``); a title or kinship word before the animal word keeps the name
("mevrouw Kat", "oma Geit"). So is a name with its kind after it ("Henk het varken", "willem de ezel", "Klaartje de
koe"; an animal word that is a surname too only in lowercase after a capitalised name: not "Gerrit de Haan", "petra de
haan") and a name after an animal in the plural, with the names listed after it ("de paarden Bella en Storm").
"""

from __future__ import annotations

import re

from stemsync.deidentify.common import WORD_BEFORE_RE, Span
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _ROLE_WORDS, _name_lists, dictionary, words
from stemsync.deidentify.fastcase import accelerate

ANIMALS = words("animal_words")
_ROLES = frozenset(_ROLE_WORDS)
# the animal's kind right after its name: "Henk het varken", "Willem de ezel", "Klaartje de koe"
_KIND_AFTER_RE = re.compile(r"\s+(de|het)\s+([^\W\d_]+)(?![\w-])", re.I)
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_])")
_PLURALS = ("en", "s", "'s", "ën", "eren")  # "de paarden Bella en Storm", "pony's", "kalveren"


def _a_word(word: str) -> bool:
    """An ordinary Dutch or English word in lowercase, no animal's name ("Lama comes too")."""
    return word.islower() and (word in dictionary().words or ordinary_english(word))


# the animal words and their plurals ("paarden", "koeien", "pony's"): the gate of the filter below
ANIMAL_FORMS = ANIMALS | frozenset(a + p for a in ANIMALS for p in (*_PLURALS, "ien"))


def _animal(word: str) -> bool:
    return word.lower() in ANIMAL_FORMS


def _kind_after(text: str, end: int, found: list[str]) -> bool:
    """The name's animal kind written after it: "Henk het varken", "willem de ezel", "[Klaartje de koe]". An animal
    word that is a surname too is the kind only after a capitalised name, in lowercase ("Gerrit de haan"; not "Gerrit
    de Haan", "petra de haan", "GERRIT DE HAAN")."""
    if len(found) == 3 and found[1].lower() in {"de", "het"}:
        article, kind = found[1], found[2]
    elif len(found) == 1 and (m := _KIND_AFTER_RE.match(text, end)):
        article, kind = m.group(1), m.group(2)
        if (nxt := _NEXT_WORD_RE.match(text, m.end())) and nxt.group(1)[0].isupper():
            return False  # (the animal's own name after its kind: "hoe Noa de pony Storm liet stappen")
    else:
        return False
    if kind.lower() not in ANIMALS:
        return False
    if article.lower() == "het" or kind.lower() not in _name_lists().surnames_all:
        return True  # ("Henk het varken", "willem de ezel", "SJAAK DE GEIT")
    return found[0][:1].isupper() and not found[0].isupper() and kind.islower()  # ("Klaartje de koe"; not "petra de haan")


def without_animal_names(text: str, spans: list[Span]) -> list[Span]:
    # (read in the text's order, whatever order the finders gave: a chain "Bella en Storm" needs its first name first;
    # a span found twice, or inside an animal's name already dropped, goes with it)
    dropped: list[tuple[int, int]] = []

    def inside_dropped(span: Span) -> bool:
        return span[2] in {"naam", "medewerker"} and any(a <= span[0] and span[1] <= b for a, b in dropped)

    for span in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if not inside_dropped(span) and _animal_name(text, span, dropped[-1][1] if dropped else -1):
            dropped.append((span[0], span[1]))
    return [s for s in spans if not inside_dropped(s)] if dropped else spans


def _animal_name(text: str, span: Span, animal_end: int) -> bool:
    """The name ``span`` is an animal's: its kind after it, an animal word before it, or joined by "en" or a comma to
    the animal's name that ends at ``animal_end``."""
    if span[2] in {"naam", "medewerker"}:
        found = text[span[0]:span[1]].split()
        if _kind_after(text, span[1], found) or animal_end >= 0 and len(found) == 1 \
                and text[animal_end:span[0]].lower() in {" en ", ", "}:
            return True  # "Henk het varken", "Klaartje de koe", "de paarden Bella en Storm"
        if found and found[0].lower() in ANIMALS and len(found) == 2 and not _a_word(found[1]):
            before = WORD_BEFORE_RE.search(text, max(0, span[0] - 30), span[0])
            if before is None or before.group(1).lower() not in _ROLES:
                return True  # "Pony Guus is de ster", "Kater Sjaak slaapt"
        before = WORD_BEFORE_RE.search(text, max(0, span[0] - 30), span[0])
        if before is not None and _animal(before.group(1)) and len(found) == 1:
            role = WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start())
            if role is None or role.group(1).lower() not in _ROLES:
                return True  # "geit Saar", "koe Kees", "de paarden Bella"
    return False


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
