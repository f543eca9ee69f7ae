"""The deduce layer: Dutch names, places, streets, institutions, dates from deduce's
lookup lists, loaded once per process and mapped onto this package's kinds.

Loading is expensive: the first ``Deduce()`` builds lookup structures (~2-4 minutes,
>1 GiB) and pickles them into the cache folder; later loads take ~6 s (the cyclic GC
is paused while unpickling and the result is ``gc.freeze()``-d, which also keeps
interpreter exit fast). ``import deduce`` reconfigures the root logger (DEBUG, stdout
handler); :func:`_import_deduce` restores the previous logging state.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stemsync.deidentify.addresses import SEASON_YEAR_RE, word_and_mark
from stemsync.deidentify.ages import is_duration
from stemsync.deidentify.common import _DIGIT_RE, HIGH, LANGUAGES, LOW, Span, _phrase_is_generic, _strip_trailing
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _INTERFIX_WORDS, _LOWERCASE_SURNAME_WORDS,
                                       _NAMEY_COLLISIONS, _WORD_COLLISIONS, _name_lists, dictionary,
                                       frequencies, words)
from stemsync.deidentify.names import _at_sentence_start, begins_word_pair
from stemsync.deidentify.numbers import _POSTCODE_FULL_RE

log = logging.getLogger("stemsync.deidentify")

_GENERIC_CARE_WORDS = words("generic_care_words")

_DEDUCE_LOCK = threading.Lock()
_DEDUCE_INSTANCES: dict[Path, Any] = {}
# deduce processors we do not need: we redact and merge ourselves, and want the raw
# street+housenumber tags instead of the generic "locatie".
# deduce's "age" annotator takes every "N jaar" ("ik heb 2 jaar hulp gehad"); ages are
# found by stemsync.deidentify.ages, anchored on the person, instead.
# Phone numbers, e-mail addresses, BSN and other identifiers, and "postbus" are found by
# stemsync.deidentify.contact, .numbers and .addresses in every notation deduce knows
# and more; deduce's "prefix_with_initial" ("mw. J.") only widened a span our own initials
# rule finds over the title. Its "street_pattern" (a capitalised word and a number) found
# no street our rules and its street list miss, and took "Eerst 2 uur" for one. Switching
# these off changes no redaction on any open set but those two and saves about a tenth
# of the time per comment. (Its street list and house numbers stay: without them 19
# addresses on the open sets are lost.)
_DEDUCE_DISABLED = frozenset({"redactor", "merge_adjacent_annotations", "clean_street_tags", "age",
                              "prefix_with_initial", "postbus", "phone_numbers", "identifiers", "email_addresses",
                              "street_pattern"})


def _import_deduce() -> Any:
    """Import deduce and undo its root-logger configuration (DEBUG + stdout handler)."""
    if "deduce" in sys.modules:
        return sys.modules["deduce"]
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        import deduce  # noqa: PLC0415
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
        root.setLevel(level)
    return deduce


def _cache_file(cache_dir: Path) -> Path:
    return cache_dir / "cache" / "lookup_structs.pickle"


def _construct_deduce(deduce: Any, cache_dir: Path, rebuild: bool = False) -> Any:
    """Deduce() with the cyclic GC paused while millions of objects are unpickled.

    A full build (no cache yet) keeps the GC on: it creates garbage cycles, and with
    the GC off its peak memory goes from ~1.2 to ~2 GiB.
    """
    was_enabled = gc.isenabled()
    if _cache_file(cache_dir).is_file() and not rebuild:
        gc.disable()
    try:
        inst = deduce.Deduce(cache_path=cache_dir, build_lookup_structs=rebuild)
    finally:
        if was_enabled:
            gc.enable()
    # deduce's lookup structures are long-lived: move them out of the cyclic GC's
    # view so later collections (and interpreter exit, ~12 s otherwise) skip them.
    gc.freeze()
    return inst


def _load_deduce(cache_dir: Path) -> Any:
    """One deduce instance per cache folder per process."""
    key = cache_dir.resolve()
    with _DEDUCE_LOCK:
        inst = _DEDUCE_INSTANCES.get(key)
        if inst is None:
            deduce = _import_deduce()
            if not _cache_file(key).is_file():
                log.warning(
                    "deduce cache missing in %s: building it now (about 2 minutes); "
                    "run `python -m stemsync.deidentify --build-cache DIR` at set-up",
                    key,
                )
            t0 = time.monotonic()
            inst = _construct_deduce(deduce, key)
            # deduce's lookup structures are millions of long-lived objects: move them
            # out of the cyclic GC's view, so collections (and interpreter exit: ~12 s
            # otherwise) do not walk them again and again.
            log.info("deduce loaded in %.1f s", time.monotonic() - t0)
            _DEDUCE_INSTANCES[key] = inst
    return inst


def _deduce_kind(tag: str, span_text: str) -> str | None:
    tag = tag.lower()
    if tag in {"persoon", "patient"}:
        return "naam"
    if tag.startswith("straat"):
        return "adres"
    if tag == "locatie":
        if _POSTCODE_FULL_RE.fullmatch(span_text.strip()):
            return "postcode"
        if _DIGIT_RE.search(span_text):
            return "adres"
        return "plaats"
    return {
        "ziekenhuis": "instelling",
        "zorginstelling": "instelling",
        "datum": "datum",
        "leeftijd": "leeftijd",
        "bsn": "bsn",
        "id": "nummer",
        "telefoonnummer": "telefoonnummer",
        "emailadres": "e-mailadres",
        "url": "url",
    }.get(tag, "nummer" if _DIGIT_RE.search(span_text) else "naam")




_LEADING_WORD_RE = re.compile(r"([\w'’]+)\s+")


def _skip_leading_function_words(text: str, start: int, end: int) -> int:
    """'Op De Linde' -> 'De Linde': drop capitalised function words deduce glued on."""
    while True:
        m = _LEADING_WORD_RE.match(text, start, end)
        if m is None:
            return start
        word = m.group(1).lower()
        if word in _FUNCTION_WORDS and word not in _INTERFIX_WORDS:
            start = m.end()
        else:
            return start


def _deduce_name_is_word(text: str, start: int, end: int) -> bool:
    """deduce name findings that are ordinary words, not names.

    Spans made of interfixes/function words only ("aan de"), and single capitalised
    words at the start of a sentence that are common Dutch words ("Tip: ...",
    "Hoop dat ...").
    """
    words = [w.lower() for w in re.findall(r"[\w'’]+", text[start:end])]
    if not words:
        return True
    if all(w in _FUNCTION_WORDS or w in _INTERFIX_WORDS for w in words):
        return True
    if len(words) != 1:
        return False
    word = words[0]
    if not _at_sentence_start(text, start):
        return False
    if begins_word_pair(text, start, end):
        return True  # "Roos en tulpen op tafel"
    if word in _NAMEY_COLLISIONS:
        return False
    return (
        word in _WORD_COLLISIONS
        or word in _FUNCTION_WORDS
        or word in _LOWERCASE_SURNAME_WORDS
        or word in _name_lists().common
    )


_NOT_NAMES = words("capitalised_words")
_SLOGANS = frozenset({"slava ukraini", "slava ukrayini", "slava ukrajini", "heroyam slava"})
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:de|het|'t)\s+\Z", re.IGNORECASE)
_INDEFINITE_BEFORE_RE = re.compile(r"(?:^|\s)een\s+\Z", re.IGNORECASE)


def _not_a_person(text: str, start: int, end: int) -> bool:
    """A one-word deduce name that is a language, feast or the like ("Engels",
    "Ramadan"), or a first name after an article ("bij de Dirk", a shop)."""
    word = text[start:end]
    if " ".join(word.lower().split()) in _SLOGANS:
        return True  # "Slava Ukraini": a greeting, although "Slava" is also a first name
    last = word.split()[-1] if word.split() else word
    if all(w.lower() in _FUNCTION_WORDS or w.lower() in _INTERFIX_WORDS for w in word.split()[:-1]) \
            and last.lower() in _NOT_NAMES:
        return True  # "in het Turks"
    if not word.isalpha():
        return False
    low = word.lower()
    if low in words("chat_words") and word[:1].isupper() and not word.isupper() \
            and low in _name_lists().first_any and not _at_sentence_start(text, start):
        return False  # "zwanger van Enzo", "pai do Enzo": a first name ("school enzo": and so on)
    if low in _NOT_NAMES or low in words("chat_words") or low in words("case_keywords"):
        return True  # (also "Hai!", "Selam": greetings; "dossiernr": the word before a case number)
    names = _name_lists()
    if _INDEFINITE_BEFORE_RE.search(text, max(0, start - 5), start) and not word.isupper() \
            and low in dictionary().words and frequencies().at_least(low, 4.0):
        return True  # "het papierwerk was een Berg": a noun stressed, no one called Berg (fifty-fourth session)
    return (bool(_ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start))
            and low in names.first_any and low not in names.surnames_all)


_FLAT: dict[int, tuple[Any, list[tuple[str, Any]], list[Any]]] = {}
_FLAT_FOR: dict[tuple[int, bool, bool], tuple[Any, list[Any]]] = {}
# deduce's processors that find nothing in a text without capitals (its name lookups and patterns
# want a capital; a place name too) or without digits (dates, postcodes, house numbers); none of
# them changes what another finds (measured: on the 49,198 open texts without capitals the name
# processors and the place names found nothing)
_NEED_CAPITALS = ("names/prefix_with_interfix", "names/prefix_with_name", "names/interfix_with_name",
                  "names/initial_with_name", "names/initial_interfix", "names/first_name_lookup",
                  "names/surname_lookup", "names/patient_name", "names/name_context",
                  "names/person_annotation_converter", "locations/placename")
_NEED_DIGITS = ("dates/", "locations/postal_code", "locations/housenumber")


def _processors_for(deduce: Any, text: str) -> list[Any]:
    """:func:`_flat_processors` without those that find nothing in ``text`` (see above)."""
    capitals, digits = text != text.lower(), any(c.isdigit() for c in text)
    key = (id(deduce), capitals, digits)
    cached = _FLAT_FOR.get(key)
    if cached is not None and cached[0] is deduce:
        return cached[1]
    out = [p for path, p in _walked(deduce)[0]
           if (capitals or path not in _NEED_CAPITALS) and (digits or not path.startswith(_NEED_DIGITS))]
    _FLAT_FOR[key] = (deduce, out)
    return out


def _flat_processors(deduce: Any) -> list[Any]:
    """deduce's processors that run, in their order, without the groups around them.

    ``Deduce.deidentify(text, disabled=...)`` walks its processor groups for every text and
    checks each name against ``disabled``; the walk gives the same list every time, so it is
    done once per instance and the processors are called straight on a ``Document`` (the
    same calls in the same order: the same annotations)."""
    return _walked(deduce)[1]


def _walked(deduce: Any) -> tuple[list[tuple[str, Any]], list[Any]]:
    """The processors that run, each with its place in deduce's groups ("names/first_name_lookup"),
    and the processors alone: one walk per instance."""
    cached = _FLAT.get(id(deduce))
    if cached is not None and cached[0] is deduce:
        return cached[1], cached[2]
    from docdeid.process.doc_processor import DocProcessorGroup  # noqa: PLC0415

    pairs: list[tuple[str, Any]] = []

    def walk(group: Any, prefix: str) -> None:
        for name, proc in group:
            if name in _DEDUCE_DISABLED:
                continue
            if isinstance(proc, DocProcessorGroup):
                walk(proc, f"{prefix}{name}/")
            else:
                pairs.append((prefix + name, proc))

    walk(deduce.processors, "")
    procs = [p for _, p in pairs]
    _FLAT[id(deduce)] = (deduce, pairs, procs)
    return pairs, procs


def _run_deduce(deduce: Any, text: str) -> Any:
    """The document deduce makes of ``text`` with the processors of :func:`_flat_processors`."""
    from docdeid.document import Document  # noqa: PLC0415

    doc = Document(text, tokenizers=deduce.tokenizers)
    for proc in _processors_for(deduce, text):
        proc.process(doc)
    return doc


def deduce_spans(deduce: Any, text: str) -> Iterator[Span]:
    """deduce's findings in ``text`` as spans of this package's kinds."""
    doc = _run_deduce(deduce, text)
    for ann in doc.annotations:
        start, end = ann.start_char, ann.end_char
        # deduce sometimes includes trailing/leading blanks
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        kind = _deduce_kind(ann.tag, text[start:end])
        if kind is None:
            continue
        if kind == "url":
            end = _strip_trailing(text, start, end)  # "gmail.com? thx": the question mark stays
        conf = HIGH
        if kind == "naam":
            start = _skip_leading_function_words(text, start, end)
            if _deduce_name_is_word(text, start, end) or _not_a_person(text, start, end):
                continue
            # one word at a sentence start may be an ordinary word deduce took as a name
            if " " not in text[start:end] and _at_sentence_start(text, start):
                conf = LOW
        if kind in {"adres", "plaats"} and all(w in _FUNCTION_WORDS for w in text[start:end].lower().split()):
            continue  # (fifty-ninth session) "wonen [aan de] Rijksweg 210": deduce's location of function words alone
        if kind in {"adres", "plaats"} and text[start:end].lower() in LANGUAGES \
                and _ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start):
            continue  # "in het Fries mocht vertellen": a language
        if kind == "adres" and word_and_mark(text[start:end]):
            continue  # "Omgang 8, Luisteren 7": a theme and its mark
        if kind == "adres" and SEASON_YEAR_RE.fullmatch(text[start:end]):
            continue  # "Winter 2022": a season and a year, not a street and a number
        if kind == "leeftijd" and is_duration(text, start):
            continue  # "het duurde 2 jaar", "in 1 jaar": a duration, not an age
        if kind == "instelling" and _phrase_is_generic(text[start:end], _GENERIC_CARE_WORDS):
            continue
        yield start, end, kind, conf


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
