"""Comments written in English (the templates have an English version).

The name and place rules read Dutch: in an English comment they take ordinary English
words for unknown names ("Mark my words", "MAY AND JUNE WERE VERY DIFFICULT", "we had 12
meetings in total"). :func:`is_english` tells such a comment by its function words, and
:func:`english_words_only` drops the name and place findings that are only frequent
English words."""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import Span
from stemsync.deidentify.lists import _name_lists, dictionary, frequencies

# English words that Dutch does not write (not "is", "in", "we", "was", "had", "me": both languages)
_ENGLISH = frozenset("""the and you my our your to of for with it that this they he she but not at are were have has
i would will can could what when there their them been because very about from which who much just really help
helped didn't don't i'm it's think got too many one year years every always never should need like thank thanks please
son daughter kids children people more only different his her him us since again finally great never back than
then where why how who""".split())
_DUTCH = frozenset("""de het een en ik je jij mijn onze ons niet met voor van dat dit die zijn hebben heeft
waren maar ook wel heel erg naar bij om te er zo nog al wat echt goed hij ze zij wij jullie dank bedankt fijn veel leuk
altijd nooit nu toen dus omdat als kan kon moet moeten wil werd wordt worden kind kinderen zoon dochter zn mn ff geen
hier daar alles iets niks niets ja nee gaat ging hulp""".split())
_WORD_RE = re.compile(r"[a-z']+")
EN_ZIPF = 4.0  # an ordinary English word: "total", "given", "grace" (not "Kowalski")


def is_english(lower: str) -> bool:
    """A comment in English: three English function words or more and twice as many as
    Dutch ones, or two and no Dutch one."""
    toks = _WORD_RE.findall(lower)
    en = sum(t in _ENGLISH for t in toks)
    nl = sum(t in _DUTCH for t in toks)
    return (en >= 3 and en > 2 * nl) or (en >= 2 and nl == 0)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_TITLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:mr|mrs|ms|miss|dr|mister|juf|meester|mevrouw|meneer|mw|dhr)\.?\s+\Z", re.I)
_PLACE_TYPES = frozenset("school college academy lyceum centre center club park".split())
_LAST_WORD_RE = re.compile(r"\s+([^\W\d_]+)\Z")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("est", ""),
             ("er", ""), ("ly", ""))


@functools.cache
def _english_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(words written in lowercase, words written only with a capital) of Webster's 2nd and
    GCIDE, from the ``english-words`` package: "mark" is a word, "james" only a name."""
    from english_words import get_english_words_set  # noqa: PLC0415

    entries = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    lower = frozenset(w for w in entries if w.islower())
    return lower, frozenset(w.lower() for w in entries if w[:1].isupper()) - lower


def ordinary_english(word: str) -> bool:
    """An English word of the dictionary ("given", "grace", "caseworkers", "things"), not
    a name the dictionary writes only with its capital ("James", "Amsterdam")."""
    low = word.lower().strip("'’")
    lower, names = _english_lists()
    if low in _MONTHS_DAYS or low[:-1] in _MONTHS_DAYS or frequencies().at_least(low, 5.5, "en"):
        return True  # ("every Wednesday": the dictionary writes it with its capital; "has", "can", "will")
    if low in names:
        return False  # (also no "jam" + "es" in "james", no "piet" + "er" in "pieter")
    if low in _name_lists().first_any:  # a first name only when it is a word people write often:
        return low in lower and frequencies().at_least(low, EN_ZIPF, "en")  # "mark", "grace"; not "arjun"
    if low in lower and frequencies().at_least(low, 2.5, "en"):
        return True
    if any(low.endswith(a) and len(low) > len(a) + 2 and low[:-len(a)] + b in lower for a, b in _SUFFIXES):
        return True  # a word form the dictionary leaves out: "caseworkers", "things"
    return frequencies().at_least(low, EN_ZIPF, "en")


def english_words_only(spans: list[Span], text: str, shouting: bool) -> list[Span]:
    """``spans`` without the names and places of an English ``text`` that are only ordinary
    English words. A capitalised listed first name or rarer word in the middle of a sentence
    ("with Grace", "school, Amity, has"),
    a capitalised place there ("the office in Best"), a first name in a text in capitals
    ("MARK IS OUR ELDEST") and anything after a title ("Mrs Smith") stay; months and
    weekdays are no first names ("by June things were calmer", "MAY AND JUNE WERE ...")."""
    first = _name_lists().first_any
    out: list[Span] = []
    for span in spans:
        start, end, kind = span[0], span[1], span[2]
        if kind in {"school", "locatie", "plaats"}:  # "AT [DE KAMERAAD] DID NOT": an English word after a name
            while (m := _LAST_WORD_RE.search(text, start, end)) is not None and m.start() > start \
                    and (shouting or not m.group(1)[0].isupper()) and ordinary_english(m.group(1)) \
                    and not frequencies().at_least(m.group(1).lower(), EN_ZIPF) and m.group(1).lower() not in first \
                    and m.group(1).lower() not in dictionary().words:  # (a Dutch word stays: "stedelijk gymnasium")
                end = m.start()
            span = (start, end, *span[2:])
            words = [w.strip("'’").lower() for w in text[start:end].split()]
            if kind != "plaats" and words and all(ordinary_english(w) for w in words) \
                    and not _PLACE_TYPES.intersection(words):
                continue  # "THANK YOU [SO MUCH FOR EVERYTHING]": English words, no school's or place's name
        if kind in {"naam", "plaats"} and not _TITLE_BEFORE_RE.search(text, max(0, start - 12), start):
            words = [w.strip("'’") for w in text[start:end].split()]
            if words and all(ordinary_english(w) for w in words):
                mid = not shouting and not _sentence_start(text, start)
                named = any(w.lower() not in _MONTHS_DAYS and (
                    (mid and w[:1].isupper() and (kind == "plaats" or w.lower() in first
                                                  or not frequencies().at_least(w.lower(), EN_ZIPF, "en")))
                    or (shouting and kind == "naam" and w.lower() in first
                        and not frequencies().at_least(w.lower(), 5.5, "en"))) for w in words)  # (not "HAS", "CAN")
                if not named:
                    continue
        out.append(span)
    return out
