"""stemsync.deidentify.fastcase: the faster case-insensitive scans give exactly the matches of
the patterns themselves."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import stemsync.deidentify as deid_pkg
from stemsync.deidentify.fastcase import FastIgnoreCase, Prefiltered, _lowercase_safe, _needles, accelerate

TEXTS = [
    "Mijn zoon Daan is 12 jaar en zit op de Regenboog in Zwolle.",
    "MIJN ZOON DAAN IS 12 JAAR EN ZIT OP DE REGENBOOG IN ZWOLLE.",
    "İlker en Işık wonen in İzmir; ſchool van de Kindertelefoon",  # letters IGNORECASE folds otherwise
    "Bel me op 06-12345678 of mail naar Jan.Jansen@Gmail.com 😊",
    "dank je wel juf Ineke!! groetjes van Sanne en Mo",
    "THANK YOU MARTHA!!! YOU ARE THE BEST",
    "",
    "De Raad voor de Kinderbescherming en het Juridisch Loket",
]


def _spans(rx, text: str, *args: int) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(text, *args)]


def test_which_patterns_qualify() -> None:
    assert _lowercase_safe(re.compile(r"(?<![\w-])(?:zoon|dochter)\s+(?P<n>\w+)", re.I))
    assert not _lowercase_safe(re.compile(r"zoon\s+(?-i:[A-Z])\w+", re.I))  # a case-sensitive part
    assert not _lowercase_safe(re.compile(r"Zoon", re.I))  # a capital in a literal
    assert not _lowercase_safe(re.compile(r"[A-Z]\d", re.I))  # capitals in a set
    assert not _lowercase_safe(re.compile(r"(\w)\1", re.I))  # a back-reference
    assert not _lowercase_safe(re.compile(r"zoon"))  # not case-insensitive: nothing to gain


@pytest.mark.parametrize("pattern", [
    r"(?<![\w-])(?:zoon|dochter|juf)\s+(?P<n>[^\W\d_]+)",
    r"(?<![\w-])(?:izmir|ilker|school|kindertelefoon)(?![\w-])",
    r"\d{2}-\d{8}|(?P<user>[\w.]+)@gmail\.com",
    r"(?:dank je wel|thank you)\s+(?P<w>\w+)",
    r"^\s*(?:mijn|de)\b",
])
def test_same_matches_as_the_pattern(pattern: str) -> None:
    rx = re.compile(pattern, re.I)
    fast = FastIgnoreCase(rx)
    for text in TEXTS:
        assert _spans(fast, text) == _spans(rx, text), text
        assert [m.span() for m in [fast.search(text)] if m] == [m.span() for m in [rx.search(text)] if m]
        assert fast.findall(text) == rx.findall(text)
        for pos, endpos in ((3, 30), (10, len(text)), (0, 5)):  # windows: look-behinds see before pos
            assert _spans(fast, text, pos, endpos) == _spans(rx, text, pos, endpos), (text, pos, endpos)
            a, b = fast.search(text, pos, endpos), rx.search(text, pos, endpos)
            assert (a and a.span()) == (b and b.span())
        assert (fast.match(text) and fast.match(text).span()) == (rx.match(text) and rx.match(text).span())
    assert fast.pattern == rx.pattern and fast.groupindex == rx.groupindex


def test_accelerate_keeps_identity_in_tuples() -> None:
    a = re.compile(r"zoon", re.I)
    b = re.compile(r"Zoon", re.I)  # no FastIgnoreCase (a capital), but every match needs "zoon"
    c = re.compile(r"\w+\s\d")  # neither: stays as it is
    ns = {"A": a, "B": b, "C": c, "PAIRS": ((a, frozenset({"x"})), (b, None), (c, 1)), "LIST": [a]}
    accelerate(ns)
    assert isinstance(ns["A"], FastIgnoreCase) and isinstance(ns["B"], Prefiltered) and ns["C"] is c
    assert ns["PAIRS"][0][0] is ns["A"] and ns["PAIRS"][1][0] is ns["B"] and ns["PAIRS"][2][0] is c
    assert ns["LIST"][0] is ns["A"]


@pytest.mark.parametrize(("pattern", "flags", "needles"), [
    (r"(?<![\w-])(?:zoon|zus|dochter)\s+(?P<n>\w+)", re.I, {"zoon", "zus", "dochter"}),
    (r"mijn\s+zoontje|mijn\s+zoon", re.I, {"mijn"}),  # (either alternative needs "mijn")
    (r"\d{2}-\d{8}|(?P<user>[\w.]+)@gmail\.com", 0, {"-", "@gmail.com"}),
    (r"school[ae]?n?", 0, {"school"}),  # (what an optional part adds is not needed)
    (r"(?:ab)+c|x(?=yz)", 0, {"ab", "abc", "c", "x", "yz", "xyz"}),  # (a repeat at least once; a look-ahead's text is there too)
    (r"(?<!\bop\s)(?-i:[A-Z])\w+", 0, None),  # (a look-behind that must not hold needs nothing)
    (r"koning\s+(?i:willem)", 0, {"koning", "willem"}),  # (a part that ignores case: all compared in lowercase)
    (r"\w+\s+\w+", 0, None),
    (r"a?b?", 0, None),
])
def test_needles(pattern: str, flags: int, needles: set[str] | None) -> None:
    got = _needles(re.compile(pattern, flags))
    if needles is None:
        assert got is None
    else:
        assert got is not None and set(got) <= needles and got  # (a string holding another is left out)
        if pattern.startswith("koning"):
            assert set(got) == {"koning"} or set(got) == {"willem"}


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<![\w-])(?:Zoon|Dochter)\s+(?P<n>[A-Z]\w+)", re.I),  # capitals: no FastIgnoreCase
    (r"(?<![\w-])(?:Zoon|Dochter)\s+(?P<n>[A-Z]\w+)", 0),  # case-sensitive
    (r"(?<![\w-])(?i:koning|prins)\s+[A-Z]\w+\s+(?i:i{1,3}|[1-5])\s+(?i:college)", 0),  # parts that ignore case
    (r"(?<=\bvan\s)(?:ISK|Da Vinci)|@gmail\.com", 0),
])
def test_prefiltered_same_matches_as_the_pattern(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    fast = Prefiltered(rx, _needles(rx))
    texts = TEXTS + ["Ik zit op het KONING WILLEM I COLLEGE", "zoon Daan en DOCHTER Mo", "de klas van ISK", "x@GMAIL.COM"]
    for text in texts:
        assert _spans(fast, text) == _spans(rx, text), text
        assert fast.findall(text) == rx.findall(text)
        for pos, endpos in ((3, 30), (10, len(text)), (0, 5)):
            assert _spans(fast, text, pos, endpos) == _spans(rx, text, pos, endpos), (text, pos, endpos)
    assert not fast._may_match("niets hier, alles goed")  # (none of the strings a match needs: no scan)


def _sample_texts() -> list[str]:
    from deid_cases import PARTS

    texts: list[str] = []
    for name in sorted(PARTS)[::7]:  # a spread of the open sets: every style, ALL CAPS, English
        cases, clean = PARTS[name]
        texts += [c.text for c in cases[:40]] + list(clean[:20])
    return texts + [t.upper() for t in texts[::5]] + [t.lower() for t in texts[::5]] + TEXTS


def test_every_wrapped_pattern_of_the_package_matches_as_before() -> None:
    """Every accelerated pattern of the de-identifier (case-insensitive scans and scans behind
    the strings they need) finds exactly what its own pattern finds on a spread of the
    helper-written sets (also in capitals and in lowercase) and the texts above."""
    texts = _sample_texts()
    wrapped = []
    for info in pkgutil.iter_modules(deid_pkg.__path__):
        if info.name == "__main__":
            continue
        module = importlib.import_module(f"stemsync.deidentify.{info.name}")
        wrapped += [v for v in vars(module).values() if isinstance(v, (FastIgnoreCase, Prefiltered))]
    assert len(wrapped) > 500  # (most of the annotators' patterns qualify)
    for fast in {id(w): w for w in wrapped}.values():
        rx = fast._pattern
        for text in texts:
            assert _spans(fast, text) == _spans(rx, text), (rx.pattern[:80], text)
