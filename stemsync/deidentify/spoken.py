"""Codes read out or dictated to a phone: digits and letters as words or one by one
("acht twee twee drie e z", "7 9 0 3 k g", "t b 82 n r", "n l vijfennegentig i n g b vier
negen ..."), and web addresses with "punt" and "slash" ("w w w punt naaiatelier punt n l",
"youtube punt com slash at gamerdaan zeven"). Speech-to-text writes a postcode, a plate, an
IBAN or a dossier number this way; the written notations are the other annotators' work.
Also a name, place or street spelled out letter by letter ("S.a.n.n.e", "u t r e c h t")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, Span, _Ctx
from stemsync.deidentify.dictated import LETTER_NAMES, SAID_LETTERS, number_word
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary
from stemsync.deidentify.numbers import _PAIR_WORD

_NUMBER_WORD_RE = re.compile(rf"(?:{_PAIR_WORD}|honderd|duizend|tweeduizend)", re.I)
# number words but "een" (an article too): a text without one of these and without a figure holds no code
_NUMBER_GATE = frozenset("""nul twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig""".split())
_LETTER_RE = re.compile(r"[a-z]", re.I)
# inside a run: "punt", "streepje", "slash"
_JOINERS = frozenset("punt streepje slash".split())
# one-letter words: "u", "'n", "'s", "'t", "e"
_ONE_LETTER_WORDS = frozenset("u n s t e a o".split())
# between two parts of a run only spaces or a dash
_GAP_RE = re.compile(r"\s*-?\s*")  # (not a comma: "op NL91 ... 1643 00, twee keer")
# the end of a web address said aloud
# (not "nu": "geen hoop punt nu wel weer"; "ee", "io", "gg" only before a path: "linktr punt ee slash x")
_WEB_TLD = r"(?:n\s?l|com|org|net|eu|be|info|(?:ee|io|gg|tv|app)(?=\s+(?:slash|schuine\s+streep)\s))"
_WEB_RE = re.compile(
    # "w w w punt naaiatelier tineke punt n l", "youtube punt com slash at gamerdaan zeven"
    rf"(?<![\w-])(?:w\s?w\s?w\s+punt\s+(?:[\w-]+\s+){{0,3}}?|[\w-]{{3,}}\s+)punt\s+{_WEB_TLD}(?![\w-])"
    # the path, in one or more parts: "facebook punt com slash groups slash pleegouders-dordt"
    r"(?:\s+(?:slash|schuine\s+streep)\s+(?:at\s+|apenstaartje\s+)?[\w-]+(?:\s+" + _PAIR_WORD + r"(?![\w-]))?){0,4}",
    re.I)
_WEB_GATE = frozenset({"punt"})


@functools.lru_cache(maxsize=65536)
def _part(tok: str) -> str | None:
    """What a token is in a spoken code: "d" a digit or number, "l" a letter, "j" a joiner."""
    low = tok.lower()
    if (low.isdigit() and len(low) <= 4) or _NUMBER_WORD_RE.fullmatch(low) \
            or "honderd" in low and number_word(low) is not None:  # (also "vierhonderd", "vierhonderdtwaalf")
        return "d"
    if len(low) == 1 and _LETTER_RE.fullmatch(low):
        return "l"
    if low in _JOINERS:
        return "j"
    return None


def _runs(ctx: _Ctx) -> Iterator[tuple[int, int, list[str]]]:
    """Maximal runs of digits, number words, single letters and joiners."""
    toks = ctx.tokens
    text = ctx.text
    i = 0
    while i < len(toks):
        kind = _part(toks[i][2])
        if kind is None or kind == "j":
            i += 1
            continue
        j, parts = i, [kind]
        while j + 1 < len(toks):
            nxt = _part(toks[j + 1][2])
            gap = text[toks[j][1]:toks[j + 1][0]]
            if nxt is None or _GAP_RE.fullmatch(gap) is None:
                break
            j += 1
            parts.append(nxt)
        while parts and (parts[-1] == "j" or (parts[-1] == "l" and parts.count("l") == 1
                                              and toks[j][2].lower() in _ONE_LETTER_WORDS)):
            parts.pop()  # a joiner, or one letter that is a word, ends no code: "[nummer] u mag altijd bellen"
            j -= 1
        if parts:
            yield i, j, parts
        i = max(i, j) + 1


def _kind(parts: list[str], first: str) -> str:
    digits, letters = parts.count("d"), parts.count("l")
    if first.lower() == "n" and len(parts) > 1 and parts[1] == "l" and digits >= 4:
        return "iban"  # "n l vijfennegentig i n g b ..."
    if letters == 2 and parts[-2:] == ["l", "l"] and 1 <= digits <= 4:
        return "postcode"  # "acht twee twee drie e z", "7 9 0 3 k g"
    if letters >= 2 and digits >= 1 and len(parts) <= 8:
        return "kenteken"  # "t b 82 n r"
    return "nummer"


# a word spelled out letter by letter: "S.a.n.n.e", "j a n s e n", "u t r e c h t", "k e r k s t r a a t 12"
_SPELL_SEP = r"(?:\.\s?|\s|\s?-\s?)"  # between the letters: a dot, a blank or a dash
_SPELLED_RE = re.compile(rf"(?<![\w.-])[^\W\d_](?:{_SPELL_SEP}[^\W\d_]){{3,}}\.?(?![\w]|[.-]\w)")
_SPELLED_GATE_RE = re.compile(rf"(?<![\w.-])[^\W\d_]{_SPELL_SEP}[^\W\d_]{_SPELL_SEP}[^\W\d_]")


def _spelled_words(text: str) -> Iterator[Span]:
    """A name, place or street spelled out letter by letter (the letters together are on a list)."""
    lists = _name_lists()
    for m in _SPELLED_RE.finditer(text):
        word = re.sub(r"\W", "", m.group()).lower()
        if word in lists.first_any or word in lists.surnames_all:
            yield m.start(), m.end(), "naam", HIGH
        elif word in lists.places:
            yield m.start(), m.end(), "plaats", HIGH
        elif word in lists.streets or word.endswith(("straat", "laan", "weg", "plein", "gracht", "singel")) \
                and len(word) > 8 and word not in dictionary().words:
            number = re.match(r"\s+\d{1,4}(?:\s?[a-z])?(?!\w)", text[m.end():])
            yield m.start(), m.end() + (number.end() if number else 0), "adres", HIGH


# a postcode's digits typed apart, its letters together: "3 5 1 2 KL" (not "1 2 3 4 en")
_DIGITS_APART_POSTCODE_RE = re.compile(r"(?<![\w.,-])[1-9](?:[ \t]\d){3}[ \t]?(?P<l>[A-Za-z]{2})(?![\w-])")


# a postcode said in number words after the word "postcode": "postcode ... hier: vijfendertig twaalf A-B"
_SAID_POSTCODE_RE = re.compile(r"(?<![\w-])(?P<n1>[^\W\d_]{3,20})[ \t]+(?P<n2>[^\W\d_]{3,20})[ \t,]+"
                               r"(?P<l1>[^\W\d_]{1,3})(?:[ \t]*-[ \t]*|[ \t]+)(?P<l2>[^\W\d_]{1,3})(?![\w-])")
_POSTCODE_WORD_RE = re.compile(r"(?i)\bpost ?code\b")


def _said_postcodes(text: str) -> Iterator[Span]:
    for k in _POSTCODE_WORD_RE.finditer(text):
        m = _SAID_POSTCODE_RE.search(text, k.end(), min(len(text), k.end() + 80))
        if m is None:
            continue
        n1, n2 = number_word(m.group("n1")), number_word(m.group("n2"))
        if n1 is None or n2 is None or len(n1) != 2 or n1[0] == "0" or len(n2) != 2:
            continue
        if all(len(w) == 1 or w.lower() in LETTER_NAMES or w.lower() in SAID_LETTERS for w in (m.group("l1"), m.group("l2"))):
            yield m.start(), m.end(), "postcode", HIGH


def _find_spoken(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if "postcode" in ctx.words:
        yield from _said_postcodes(text)
    if ctx.n_digits >= 4:
        for m in _DIGITS_APART_POSTCODE_RE.finditer(text):
            letters = m.group("l")
            if letters.isupper() or letters.lower() not in _FUNCTION_WORDS:
                yield m.start(), m.end(), "postcode", HIGH
    if _SPELLED_GATE_RE.search(text):
        yield from _spelled_words(text)
    if ctx.words & _WEB_GATE:
        for m in _WEB_RE.finditer(text):
            yield m.start(), m.end(), "url", HIGH
    if not ctx.n_digits and not ctx.words & _NUMBER_GATE:
        return  # no figure and no number word but "een": no code read out
    toks = ctx.tokens
    for i, j, parts in _runs(ctx):
        digits, letters = parts.count("d"), parts.count("l")
        # enough to be a code: four digits or number words ("twee drie vier vijf zes ..."), or
        # letters and digits together ("t b 82 n r", "acht twee twee drie e z")
        if parts[-2:] == ["l", "l"] and len(parts) > 6 and parts[-6:-2] == ["d"] * 4 and letters == 2:
            # "dorpsstraat 12 7 9 0 3 k g": a house number, then a postcode read out
            yield toks[j - 5][0], toks[j][1], "postcode", HIGH
        elif digits >= 4 and (digits >= 5 or letters or not _small_count(toks[i:j + 1])) \
                or (digits >= 1 and letters >= 2 and digits + letters >= 5):
            yield toks[i][0], toks[j][1], _kind(parts, toks[i][2]), HIGH


def _small_count(toks: tuple[tuple[int, int, str], ...]) -> bool:
    """Four counted numbers are no code: "een twee drie vier", "2 3 4 5"."""
    words = [t[2].lower() for t in toks if _part(t[2]) == "d"]
    seq = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
    if all(w in seq for w in words):
        idx = [seq.index(w) for w in words]
        return all(b == a + 1 for a, b in zip(idx, idx[1:]))
    if all(w.isdigit() for w in words):
        nums = [int(w) for w in words]
        return all(b == a + 1 for a, b in zip(nums, nums[1:]))
    return False


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
