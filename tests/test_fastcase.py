"""stemsync.deidentify.fastcase: the faster case-insensitive scans give exactly the matches of
the patterns themselves."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import stemsync.deidentify as deid_pkg
from stemsync.deidentify.fastcase import FastIgnoreCase, _lowercase_safe, accelerate

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
    b = re.compile(r"Zoon", re.I)  # does not qualify: stays as it is
    ns = {"A": a, "B": b, "PAIRS": ((a, frozenset({"x"})), (b, None)), "LIST": [a]}
    accelerate(ns)
    assert isinstance(ns["A"], FastIgnoreCase) and ns["B"] is b
    assert ns["PAIRS"][0][0] is ns["A"] and ns["PAIRS"][1][0] is b and ns["LIST"][0] is ns["A"]


def _sample_texts() -> list[str]:
    from deid_cases import PARTS

    texts: list[str] = []
    for name in sorted(PARTS)[::7]:  # a spread of the open sets: every style, ALL CAPS, English
        cases, clean = PARTS[name]
        texts += [c.text for c in cases[:40]] + list(clean[:20])
    return texts + TEXTS


def test_every_wrapped_pattern_of_the_package_matches_as_before() -> None:
    """Every accelerated pattern of the de-identifier finds exactly what its own pattern finds
    on a spread of the helper-written sets (and the texts above)."""
    texts = _sample_texts()
    wrapped = []
    for info in pkgutil.iter_modules(deid_pkg.__path__):
        if info.name == "__main__":
            continue
        module = importlib.import_module(f"stemsync.deidentify.{info.name}")
        wrapped += [v for v in vars(module).values() if isinstance(v, FastIgnoreCase)]
    assert len(wrapped) > 150  # (most of the annotators' patterns qualify)
    for fast in {id(w): w for w in wrapped}.values():
        rx = fast._pattern
        for text in texts:
            assert _spans(fast, text) == _spans(rx, text), (rx.pattern[:80], text)
