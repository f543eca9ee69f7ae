"""Cantonese names written in Latin letters, as Hong Kong families write them: "Leung Chi Wai", "Chan Hoi Yan" (a
surname and two given-name syllables), "Ka Lok", "mijn zoon ka lok", "WING KEI" (the given name alone), "a-lok" (the
pet form), and a name found beside such syllables grown over them ("[Yip Suk] Man", "chi [keung]").

Every syllable of such a name is a syllable of many names and often a word of Dutch or English too ("man", "kit",
"on", "long"), so no single syllable is taken. A run is taken when its shape says name:
- a surname of ``data/hong_kong_surnames.txt`` and two given-name syllables (``data/cantonese_given_syllables.txt``),
  written alike (each capitalised, all in lowercase or all in capitals);
- two different given-name syllables, each capitalised in a text that is not written in capitals, not both
  frequent Dutch or English words ("Wing Kei" is taken, "Long Man" is not);
- the same in lowercase or capitals, right after a word for a relative ("mijn zoon wing kei", "ZOON WING KEI") or
  right before an age in brackets ("chi keung (45)"), or when neither is a very frequent Dutch or English word ("ka
  lok", "KA LOK"; not "hoi", "long");
- "a-" or "ah-" and a given-name syllable: the Cantonese pet form ("a-lok", "Ah-Wing").
A set phrase, greeting or dish whose words are such syllables is none ("mou man tai", "gung hei fat choi", "siu mai",
"lai see", "Wing Chun": ``data/cantonese_phrases.txt``); a name found inside one is dropped
(:func:`without_cantonese_phrases`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, WORD_BEFORE_RE, Span, _Ctx
from stemsync.deidentify.lists import entries, frequencies
from stemsync.deidentify.names import KIN_WORDS, PARENT_WORDS
from stemsync.deidentify.fastcase import accelerate

_WORD_RE = re.compile(r"[^\W\d_]+")  # (whole words in any script: not "ng" out of "Hoàng")
# the word right before a run (a relative: "zoon", "moeder", "oma"), and an age in brackets right after it
_AGE_AFTER_RE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)")
# the word right after or before a found name that it may grow over ("[Yip Suk] Man", "chi [keung]")
_SYLLABLE_AFTER_RE = re.compile(r"[ -]([A-Za-z]+)(?![\w-])")
_SYLLABLE_BEFORE_RE = re.compile(r"(?<![\w-])([A-Za-z]+)[ -]\Z")
_PET_RE = re.compile(r"(?<![\w-])(?:a|ah)-(?P<g>[a-z]{2,5})(?![\w-])", re.I)
_RELATIVES = KIN_WORDS | PARENT_WORDS | frozenset("man vrouw echtgenoot echtgenote schoonmoeder schoonvader kleinkind "
                                                  "grootmoeder grootvader son daughter mother father husband wife".split())
_COMMON_ZIPF = 3.5
_FREQUENT_ZIPF = 4.0  # (a pair of syllables neither this frequent is a name in any case: "ka lok", not "hoi ka")


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(w for line in entries("hong_kong_surnames") for w in line.split())


@functools.cache
def _given() -> frozenset[str]:
    return frozenset(w for line in entries("cantonese_given_syllables") for w in line.split())


@functools.cache
def phrase_re() -> re.Pattern[str]:
    phrases = sorted(entries("cantonese_phrases"), key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


def _alike(words: list[str], shouting: bool = False) -> bool:
    """Written alike: each capitalised, all in lowercase or all in capitals (in a text written in capitals, which the
    annotators read re-cased word by word, any way)."""
    return shouting or all(w.istitle() for w in words) or all(w.islower() for w in words) or all(w.isupper() for w in words)


def _common(word: str, zipf: float = _COMMON_ZIPF) -> bool:
    f = frequencies()
    return f.at_least(word, zipf) or f.at_least(word, zipf, "en")


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of words of Latin letters joined by one blank or hyphen, each a Cantonese surname or given syllable."""
    syllables = _surnames() | _given()
    run: list[re.Match[str]] = []
    for m in _WORD_RE.finditer(text):
        joined = bool(run) and text[run[-1].end():m.start()] in {" ", "-"}
        if m.group().lower() in syllables and (joined or not run):
            run.append(m)
            continue
        if run:
            yield run
        run = [m] if m.group().lower() in syllables else []
    if run:
        yield run


def _by_relative_or_age(text: str, start: int, end: int) -> bool:
    before = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return bool(before and before.group(1).lower() in _RELATIVES) or bool(_AGE_AFTER_RE.match(text, end))


def _name_at(text: str, run: list[re.Match[str]], i: int, shouting: bool) -> int:
    """How many words of ``run`` from ``i`` make a name (0: none)."""
    words = [m.group() for m in run[i:i + 3]]
    low = [w.lower() for w in words]
    if low[0] in _RELATIVES:
        return 0  # (the relative before a name: "mijn man Leung Chi Wai")
    start = run[i].start()
    if len(words) == 3 and low[0] in _surnames() and low[1] in _given() and low[2] in _given() \
            and _alike(words, shouting) and len(set(low)) == 3 and not all(_common(w) for w in low):
        return 3  # "Leung Chi Wai", "ho lai sim", "CHAN HOI YAN"
    if len(words) >= 2 and low[0] in _given() and low[1] in _given() and low[0] != low[1] and _alike(words[:2], shouting) \
            and not (_common(low[0]) and _common(low[1])):
        end = run[i + 1].end()
        if words[0].istitle() and not shouting or _by_relative_or_age(text, start, end) \
                or not _common(low[0], _FREQUENT_ZIPF) and not _common(low[1], _FREQUENT_ZIPF):
            return 2  # "Ka Lok", "mijn zoon ka lok", "ZOON WING KEI", "ka lok mist zn zus", "NIET VAN KA LOK"
    return 0


def find_cantonese_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if len(ctx.words & (_surnames() | _given())) < 2 and "-" not in text:
        return
    phrases = [(m.start(), m.end()) for m in phrase_re().finditer(text)]
    for run in _runs(text):
        i = 0
        while i < len(run) - 1:
            n = _name_at(text, run, i, ctx.shouting)
            start, end = run[i].start(), run[i + n - 1].end() if n else 0
            if n and not any(a <= start and end <= b for a, b in phrases):
                yield start, end, "naam", LOW
                i += n
            else:
                i += 1
    if "-" in text:
        for m in _PET_RE.finditer(text):
            if m.group("g").lower() in _given() and not any(a <= m.start() < b for a, b in phrases):
                yield m.start(), m.end(), "naam", LOW  # "a-lok"


def grow_cantonese(text: str, start: int, end: int, lo: int, hi: int, shouting: bool = False) -> tuple[int, int]:
    """A name whose words are all Cantonese syllables, grown over the given-name syllables written right after it
    (at most two: "[Yip Suk] Man", "[wing] kei", "[naam] MUI KAM") and the surname or syllable right before it
    ("chi [keung]"), written alike; not into a set phrase ("mou man [tai]")."""
    syllables = _surnames() | _given()
    found = text[start:end].split()
    if not found or not all(w.lower() in syllables for w in found) or len(found) > 3:
        return start, end
    phrases = [(m.start(), m.end()) for m in phrase_re().finditer(text, max(0, start - 30), min(len(text), end + 30))]
    if any(a < end and start < b for a, b in phrases):
        return start, end
    for _ in range(3 - len(found)):
        m = _SYLLABLE_AFTER_RE.match(text, end, hi)
        if not (m and m.group(1).lower() in _given() and _alike([*found, m.group(1)], shouting)):
            break
        end = m.end(1)
        found.append(m.group(1))
    if len(found) < 3 and (b := _SYLLABLE_BEFORE_RE.search(text, max(lo, start - 12), start)) \
            and b.group(1).lower() in syllables and _alike([b.group(1), *found], shouting) \
            and b.group(1).lower() not in _RELATIVES and not (_common(b.group(1).lower()) and _common(found[0].lower())):
        start = b.start(1)
    return start, end


def without_cantonese_phrases(text: str, spans: list[Span]) -> list[Span]:
    """Drop the names and places found inside a Cantonese set phrase ("mou man [tai]", "[siu mai]", "kung hei fat
    [choi]")."""
    if not any(s[2] in {"naam", "plaats"} for s in spans):
        return spans
    phrases = [(m.start(), m.end()) for m in phrase_re().finditer(text)]
    if not phrases:
        return spans
    def inside(s: Span) -> bool:  # (a quote's mark may close the span: "mou man [tai']")
        end = s[0] + len(text[s[0]:s[1]].rstrip("'’\".,!?"))
        return any(a <= s[0] and end <= b for a, b in phrases)

    return [s for s in spans if not (s[2] in {"naam", "plaats"} and inside(s))]


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
