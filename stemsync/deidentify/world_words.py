"""Words of other languages that the name rules take for names: a weekday or month of another script ("την Τρίτη",
"τον Μάρτιο", "Σεπτέμβριο"), and a lowercase word of a sentence written in another language ("cảm ơn cô nhiều",
"salamat po", "ευχαριστώ πολύ").

A sentence's language is the one of Vietnamese, Tagalog and Greek (wordfreq's smaller lists, words of Zipf >= 3)
in which most of its other words are frequent and clearly more frequent than in Dutch and English; at least three
such words are needed. A found name of such a sentence is dropped when each of its words is written in lowercase, is
a frequent word there and is on no list of first names ("nha" stays: a name as well as "house"), and no title or
kinship word of that language stands before it ("cô Lan", "bé na", "si marites", "ate Joy" stay names). Scripts
without capitals (Arabic, Hebrew, Georgian, the Indian scripts, Chinese, Thai) show no lowercase: not read here.

The weekday, month and country names of the scripts other than Latin come from CLDR (``data/world_weekdays.txt``,
``data/world_months.txt``, ``data/world_countries.txt``); Latin weekdays and months are names too ("Julio", "Abril")
and stay.
"""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import Span, one_edit
from stemsync.deidentify.lists import _ROLE_WORDS, entries, published_first_names_lower, words
from stemsync.deidentify.scripts import _listed as script_name
from stemsync.deidentify.fastcase import accelerate

# the languages read here: Vietnamese, Tagalog and Greek (Cyrillic is read by scripts.py; Polish, Romanian, Hungarian,
# Turkish, Spanish, Portuguese, French and German by foreign.py). Not the languages that inflect names (Czech,
# Lithuanian, Serbo-Croatian...): there a lowercase name in a case ending is on no list and looks like a word, and a
# first version that read them lost such names on a blind round.
_LANGUAGES = ("vi", "fil", "el", "ur-Latn")
_WORD_ZIPF = 3.0  # (the smallest word in wordfreq's small lists)
_SENTENCE_RE = re.compile(r"[^.!?\n。]+[.!?\n。]*")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# titles and kinship words before a name in those languages: Vietnamese, Tagalog, Greek, Indonesian
_BEFORE_A_NAME = frozenset("""cô chị anh em bé ông bà chú bác cháu thầy co chi ba bac si ni kay ate kuya tita tito
lola lolo tiyo tiya ninang ninong κ κυρία κύριε κυρ κυρα θεία θείος γιαγιά παππούς kyria kyrie kyr thia theia thios
giagia pappous pak bu ibu bapak mbak mas kak adik tante om""".split())
# relatives and greetings before a capitalised first name that is also a language ("oom Frans")
_PERSON_BEFORE_A_NAME = frozenset("""oom tante opa oma broer zus neef nicht vader moeder zoon dochter buurman buurvrouw
ome tata hoi hallo hey hi doei houdoe beste lieve""".split())  # (and a greeting: "Hoi Frans!", "HOUDOE FRANS!!")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_GREEK_RE = re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")  # (Greek names are on few lists: its capitals stay names)
_CYRILLIC_IN = frozenset("в во у до с со к после з із".split())
_LOCATIVES = _CYRILLIC_IN | frozenset("из от στην στο στη από σε".split())


_WITH_A_PERSON = frozenset("met with tegen to bij van aan voor".split())  # ("ik sprak met Dinka": a person)
# a verb of speaking or an interpreter a few words before: the word is a language whatever else it names
_SPEAKING_BEFORE_RE = re.compile(r"\b(?:spreken|spreek|spreekt|sprak|spraken|praten|praat|praatte|praatten|tolk|tolken|"
                                 r"speak|speaks|spoke|speaking|interpreter)\b(?:\s+[^\W\d_]+){0,3}\s+\Z", re.I)


@functools.cache
def _language_names() -> frozenset[str]:
    """Names of languages in Dutch ("thai", "kantonees") that are no first name ("akan", "shona" are; English
    "danish" is left out: a name too)."""
    return frozenset(w for w in entries("language_names") if w not in published_first_names_lower())


_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")


def _language_word(low: str) -> bool:
    """A language's name, its adjective ("bengaalse": Bengaals) or a word of who speaks it ("engelstalige",
    "franstalig": Engels, Frans)."""
    if low in _language_names():
        return True
    if low.endswith("se") and low[:-1] in _language_names():
        return True
    stem = low.removesuffix("e").removesuffix("talig")
    return stem != low and len(stem) >= 4 and stem in words("language_names")


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """CLDR's countries in the scripts other than Latin, by their first three letters."""
    out: dict[str, list[str]] = {}
    for name in entries("world_countries"):
        out.setdefault(name[:3], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _country(low: str, locative: bool = False) -> bool:
    """A country in another script ("нидерланды", "ελλάδα"), after "in" or "from" also in a case ending ("в
    нидерландах"; not "Данила", which begins like "Дания")."""
    return any(low == c and (locative or len(c) >= 5) or locative and len(c) >= 5 and low.startswith(c[:-1])
               and 0 <= len(low) - len(c) + 1 <= 3 for c in _countries().get(low[:3], ()))  # (not "дани", a name)


@functools.cache
def _calendar() -> frozenset[str]:
    return frozenset(entries("world_weekdays")) | frozenset(m for m in entries("world_months") if not _LATIN_RE.search(m))


def _calendar_word(low: str, before: str = "") -> bool:
    """A weekday or month of a script other than Latin, also in the accusative of Greek ("μάρτιο": "μάρτιος") and
    in the locative of Russian and Ukrainian after "в" ("в марте", "в мае"; not "спасибо Марте")."""
    if low in _calendar() or len(low) >= 5 and not _LATIN_RE.search(low) and low + "ς" in _calendar():
        return True
    return before in _CYRILLIC_IN and len(low) >= 3 and any(low[:-1] + e in _calendar() for e in ("", "а", "я", "ь"))


def _listed(low: str) -> bool:
    """A first name of the published lists ("marina", "nina"; "νίκου" as Nikos): a lowercase name is one there as
    well."""
    return low in published_first_names_lower() or not _LATIN_RE.search(low) and script_name(low, False)


@functools.cache
def _romanized() -> frozenset[str]:
    return frozenset(entries("romanized_words"))


@functools.lru_cache(maxsize=1 << 15)
def _zipf(low: str, lang: str) -> float:
    if lang == "ur-Latn":  # (Urdu, Hindi and Persian in Latin letters: a hand-made list, as frequent as a word)
        return 5.0 if low in _romanized() else 0.0
    try:
        import wordfreq  # noqa: PLC0415
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return wordfreq.zipf_frequency(low, lang, wordlist="small")


@functools.lru_cache(maxsize=1 << 15)
def _home(low: str) -> float:
    """How frequent ``low`` is in Dutch or English."""
    return max(_zipf(low, "nl"), _zipf(low, "en"))


def world_word(low: str, zipf: float) -> bool:
    """A lowercase word at least this frequent in Vietnamese, Tagalog or Greek and on no list of first names
    ("salamat", "cảm", "ευχαριστώ"; not "nha", which is a name too)."""
    return _world_zipf(low) >= zipf and not _listed(low) and _home(low) < zipf


@functools.lru_cache(maxsize=1 << 15)
def _world_zipf(low: str) -> float:
    return max(_zipf(low, lang) for lang in _LANGUAGES)


def _language(words: list[str]) -> str:
    """The language most of ``words`` are frequent words of (and not of Dutch or English); "" when none is clear."""
    best, best_n = "", 0
    home = sum(1 for w in words if _home(w) >= 4.0)
    for lang in _LANGUAGES:
        n = sum(1 for w in words if _zipf(w, lang) >= _WORD_ZIPF and _zipf(w, lang) >= _home(w) + 1.0)
        if n > best_n:
            best, best_n = lang, n
    return best if best_n >= 3 and best_n > home else ""


# (fifty-first session) Tagalog kinship words, alone a grandparent, an elder sibling, an aunt ("lola belt elke zondag",
# "kuya en ate"): "Lola" and "Ate" are first names too, so only in a comment that says it is Filipino, or that has
# another of them that is no first name ("kuya")
_TAGALOG_KIN = frozenset("lola lolo kuya ate tita tito ninang ninong manang manong inay itay nanay tatay".split())
_TAGALOG_ONLY_KIN = _TAGALOG_KIN - {"lola", "lolo", "ate", "tito", "tita"}  # (no first names: "Lola en Ate spelen")
_FILIPINO_RE = re.compile(r"(?<![\w-])(?:filipijn\w*|filipin[oa]s?|philippin\w*|tagalog|pinoy|pinay|pilipinas|manila|"
                          r"cebu|davao|bisaya|visaya\w*|ilocano|salamat)(?![\w-])", re.I)


def _filipino(text: str, kin: str) -> bool:
    """A comment of a Filipino family: it names the Philippines or Tagalog, or a second kinship word of Tagalog."""
    return _FILIPINO_RE.search(text) is not None or any(
        w in _TAGALOG_ONLY_KIN and w != kin for w in map(str.lower, _WORD_RE.findall(text)))


_DUTCH_LOCATIVES = frozenset("in uit naar te bij op rond".split())  # (a town follows: "op school in kapelle")


def _language_typo(word: str) -> bool:
    """(fifty-third session) A language's name with one letter off, after a verb of speaking: "sprak niet goed Koerdis"."""
    if len(word) < 6:
        return False
    return word + "ch" in words("language_names") or any(
        w[0] == word[0] and one_edit(word, w) for w in entries("language_names") if len(w) >= 7)  # ("Koerdis")


def without_world_words(text: str, spans: list[Span], shouting: bool = False) -> list[Span]:
    """``spans`` without the weekdays, months and languages found as names or places, and the words of a sentence in
    Vietnamese, Tagalog or Greek found as names (``shouting``: the text was written in capitals, which show nothing)."""
    out = []
    sentences = None
    for span in spans:
        if span[2] not in ("naam", "plaats"):
            out.append(span)
            continue
        written = _WORD_RE.findall(text[span[0]:span[1]])
        lows = [w.lower() for w in written]
        if not written:
            out.append(span)
            continue
        prev = _WORD_RE.findall(text[max(0, span[0] - 8):span[0]])
        prev_low = prev[-1].lower() if prev else ""
        if _calendar_word(lows[-1], prev_low if len(lows) == 1 else lows[-2]) \
                and all(_calendar_word(w) or len(w) <= 4 for w in lows[:-1]):
            continue  # ("την Τρίτη", "τον Μάρτιο", "в марте"; the article is short)
        if span[2] == "naam" and len(lows) == 1 and prev_low in _PERSON_BEFORE_A_NAME and written[0][:1].isupper():
            out.append(span)  # (fifty-third session) "oom Frans", "OOM FRANS": a relative's name, no language
            continue
        if all(w in _language_names() for w in lows) or (
                all(_language_word(w) for w in lows) and not _CAPITAL_NEXT_RE.match(text, span[1])):
            continue  # ("een tolk Thai", "in het Kantonees", "de Bengaalse cultuur", "Engelstalig en Franstalig"; not
            # an adjective before a capitalised name: "de Drentse Aa")
        if prev_low not in _WITH_A_PERSON and _SPEAKING_BEFORE_RE.search(text, max(0, span[0] - 40), span[0]) \
                and all(w in words("language_names") or (prev_low not in _DUTCH_LOCATIVES and _language_typo(w))
                        for w in lows):
            continue  # ("thuis spreken we Dinka", "de tolk sprak geen goed Dinka": a language that is a first name too)
        if not _LATIN_RE.search(lows[0]) and all(_country(w, prev_low in _LOCATIVES) for w in lows):
            continue  # ("в Нидерланды", "στην Ελλάδα")
        if span[2] == "naam" and len(lows) == 1 and lows[0] in _TAGALOG_KIN and prev_low not in _ROLE_WORDS \
                and _filipino(text, lows[0]):
            continue  # ("lola is ziek in de Filipijnen", "kuya en ate helpen"; not "onze dochter Lola")
        if span[2] != "naam" or not all(_world_zipf(w) >= _WORD_ZIPF for w in lows):
            out.append(span)  # (most names are no frequent word of those languages: the sentence is not read)
            continue
        if sentences is None:
            sentences = [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text)]
        a, b = next(((s, e) for s, e in sentences if s <= span[0] < e), (0, len(text)))
        before = _WORD_RE.findall(text[a:span[0]])
        # (a word opening its sentence has its capital from there: "Gia đình em", "Salamat po")
        opening = not before and len(written) <= 2 and all(w[1:].islower() for w in written)
        if span[2] != "naam" or not (shouting and not _GREEK_RE.search(text, span[0], span[1]) or opening
                                     or all(w.islower() for w in written)):
            out.append(span)
            continue
        if before and (before[-1].lower() in _BEFORE_A_NAME or before[-1].lower() in _ROLE_WORDS):
            out.append(span)  # ("cô lan", "si marites", "juf anouk")
            continue
        others = [w.lower() for w in before + _WORD_RE.findall(text[span[1]:b])]
        lang = _language(others)
        if lang and all(_zipf(w, lang) >= _WORD_ZIPF and _zipf(w, lang) >= _home(w) and not _listed(w) for w in lows):
            continue
        out.append(span)
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
