"""Numbers: phone numbers, IBAN, BSN (11-test), postcodes and long digit runs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from stemsync.deidentify.common import EMOJI_RE, HIGH, LOW, UNIT_AFTER_RE, Span, _Ctx, _I
from stemsync.deidentify.english import is_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _name_lists, dictionary
from stemsync.deidentify.places import _foreign_town

# Dutch phone numbers: +31 / 0031 / +31 (0) / 0 / (0 prefix, then exactly 9 digits with
# optional separators; plus 0800/0900-style service numbers.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?31[\s.\-]*(?:\(0\)[\s.\-]*)?|\(0|0)"
    r"(?:[\s.\-/)]{0,3}\d){9}(?!\d)(?![\s.\-]\d{2})",
)
# a mobile number with its prefix in words or a letter o: "nul zes 44812793", "o6 55 38 21 90"
_DISGUISED_PHONE_RE = re.compile(
    r"(?<![\w+])(?:nul[\s-]*zes|nul[\s-]*6|[oO][\s-]?6|0[\s-]*zes)[\s.\-]*(?:\d[\s.\-]?){7}\d(?!\d)", re.I)
# any number with a country code: "+44 7700 900461", "+1 (555) 201-8843" (9 to 15 digits; a "+" and
# digit groups are a phone number even where libphonenumber knows the range as unassigned)
# (also with a slash between groups: "+49 (0) 241 / 50 33 17")
_INTERNATIONAL_PHONE_RE = re.compile(r"(?<![\w+])\+\d{1,3}(?:(?:\s?/\s?|[\s.\-])?(?:\(\d{1,5}\)|\d{1,5})){2,6}(?![\w])")
# a North American number: "(617) 555-0148"; a Belgian one with its slash: "09/223.45.67", "02/512 34 56"
_NANP_PHONE_RE = re.compile(r"(?<![\w+)])\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)")
_BELGIAN_PHONE_RE = re.compile(r"(?<![\w+/])0\d{1,2}/\s?\d{2,3}[ .]?\d{2}[ .]?\d{2}(?![\d/])")
_SERVICE_PHONE_RE = re.compile(r"(?<![\w+])0[89]0\d[\s.\-]?(?:\d[\s.\-]?){3,6}\d(?!\d)")
# a mobile number with words between its prefix and its digits: "06 en dan 30 55 81 72"
# (also with a hesitation: "nul zes eh wacht twee acht ...", read from the dictated copy "06 eh wacht 28...";
# "NUL ZES EH EVEN KIJKEN EEN TWEE ...")
_SPLIT_PHONE_RE = re.compile(r"(?<![\w+])06\s*(?:,\s*)?(?:(?:en\s+dan|dan|en|daarna|e+h+m*|u+h+m*|wacht|sorry|ik\s+bedoel"
                             r"|(?:even|ff|effe)\s+(?:kijken|denken|zoeken)|momentje|zeg\s+maar)"
                             r"\s*[,.]?\s*){1,3}:?\s*(?:\d[\s.\-]?){7}\d(?!\d)", re.I)
# a Belgian national register number (rijksregisternummer): "77.06.12-066.69", "770612 066 69"
_BELGIAN_REGISTER_RE = re.compile(r"(?<![\w.,-])\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}(?![\w-]|[.,]\d)")

_IBAN_NL_RE = re.compile(r"(?<![A-Za-z0-9])NL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}(?![0-9])", _I)
_IBAN_ANY_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
    # in lowercase with digit groups: "be69 0865 8476 8678" (the mod-97 check keeps other codes out)
    r"|(?<![A-Za-z0-9])[a-z]{2}\d{2}(?:\s?\d{4}){2,7}(?:\s?\d{1,4})?(?![A-Za-z0-9])"
)
# Nine digits with optional single separators (BSN shape), not part of a longer number.
_NINE_DIGITS_RE = re.compile(r"(?<!\d)(?<!\d[.\- ])\d(?:[.\- ]?\d){8}(?!\d)(?![.\- ]\d)")
_LONG_DIGITS_RE = re.compile(r"[A-Za-z0-9]*\d{7,}[A-Za-z0-9]*")  # with letters glued on: "3SXYZ1234567"
# grouped numbers ("3528 0123 4567 8901", "0005.1676.1222"): 9+ digits in groups
# (also with dashes or slashes and a group of five: "088-2114 5600", "07700 913 584", "06/30/40/50/6")
_GROUPED_DIGITS_RE = re.compile(r"(?<![\d.,/-])\d{2,5}(?:[ .\-/]\d{2,5}){1,6}(?:[ .\-/]\d)?(?![\d]|[.,/-]\d)")
_FOREIGN_POSTCODE_BEFORE_RE = re.compile(r"(?<![\w.,/-])(?P<code>[1-9]\d{3,4}|\d{2}-\d{3}|[1-9]\d{3}-\d{3})\s+(?P<town>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*)(?![\w-])")
_FOREIGN_POSTCODE_AFTER_RE = re.compile(r"(?P<town>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*)\s*,\s*(?P<code>[1-9]\d{4})(?![\w/-]|[.,]\d|\s*(?:euro|eur|€|inwoners|mensen|kinderen|leerlingen|km))")
_BSN_CONTEXT_RE = re.compile(r"(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\W{0,12}$", _I)

_POSTCODE_UNITS = frozenset(
    "km kg mg ml cm mm gr pm am mb gb kb kw ct eu jr st nd rd th uu mi".split()
)
# units of measure that follow a number of four digits even after "in": "in 1500 ml water"
_MEASURES = frozenset("km kg mg ml cm mm gr kw".split())
# a place's preposition right before: "in 7606 kb", "wonen te 1234 mb"
_POSTCODE_PLACE_RE = re.compile(r"(?<![\w])(?:in|naar|uit|te|wonen|woon|woont|adres)\s+$", _I)
# 1234 AB, 1234AB, 1234ab, 1234-AB, 1234 ab; in an ALL-CAPS text the letters may be
# re-cased ("5625 Gv"), so any case is taken, and two-letter words are excluded below.
# (not the start of a word with a hyphen: "SINDS 2020 CO-OUDERSCHAP", fifty-fifth session)
_POSTCODE_RE = re.compile(r"(?<![\w/.-])[1-9]\d{3}(?:[ -]?[A-Za-z]{2})(?![\w]|-[^\W\d_]{2})")
# Two-letter Dutch words: "2000 en" is not a postcode (lowercase with a space).
_TWO_LETTER_WORDS = frozenset(
    "en of op in is ik de te na al om nu zo ja ga me je we ze er ie uw an bv ca ok oh "
    "eh hé he da do ma di wo vr za zo ct".split()
)
# the extension after a phone number: "(020) 618 83 12 toestel 241", "010-4128833 tst 12"
_EXTENSION_WORDS = frozenset("toestel tostel toestl tostl tst toestelnummer ext extensie extension doorkies doorkiesnummer lokaal intern".split())
_EXTENSION_RE = re.compile(
    r"(?<=\d)[ \t,]*\(?(?:toestel(?:nummer)?|tst\.?|ext\.?|extensie|extension|doorkies(?:nummer)?|lokaal|intern)\s*:?\s*\d{1,5}(?!\d)\)?"
    # the extension alone is a person's direct line too: "bel Anja op toestel 4127", "via doorkies 23"
    # (also misspelt, and whose it is: "tostel 5590", "toestel van mij is 2283")
    r"|(?<![\w-])(?:to?e?ste?l(?:nummer)?|tst\.?|ext\.?|extensie|extension|doorkies(?:nummer)?)"
    r"(?:\s+van\s+(?:mij|mijn|haar|hem|ons))?\s*(?::|nr\.?|nummer|no\.?|is)?\s*"
    r"(?=\d)(?P<ext>\d{2,5})(?![\w,.]\d|\s?(?:x|keer|euro|jaar|uur)\b)",
    _I)
# ... and English ones in an English text: "SPRING 2025 MY SON CAME HOME"
_EN_TWO_LETTER_WORDS = frozenset("my me we us to on at it he be so no do go by as an or up if of am".split())
_FUNCTION_PAIRS = frozenset("en of op in is ik de te na al om nu zo ja ga me je we ze er ie uw".split())
_CONJUNCTION_PAIRS = frozenset({"en", "of"})
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:!?)]|\Z)")
_POSTCODE_AT_RE = re.compile(r"(?<![\w])(?:op|in|naar|uit|te|adres)\s+$", _I)
_AFTER_TOWN_RE = re.compile(r"(?:\[plaats\]|(?-i:[A-Z])[a-zà-ÿ]{2,})\s*[,(]\s*$")
# (also an address's word before it: "ons postadres is nu 8401 ja")
_POSTCODE_KEY_RE = re.compile(r"(?<![\w])(?:postcode|postkode|post\s+code|pc|postadres|adres)\s*(?:is|was|:)?\s*(?:nu\s+)?$", _I)
# a postcode after its keyword (also misspelt) with its figures apart: "postcod is 78 11hj", "pc: 7 8 1 1 HJ"
_KEYED_SPLIT_POSTCODE_RE = re.compile(
    r"(?<![\w])(?:post\s?[ck]ode?|pc)\s*(?:is|was|:)?\s*"
    r"(?P<pc>[1-9]\s?\d\s\d\s?\d\s*[-.]?\s*[A-Za-z]\s?[A-Za-z]|[1-9]\d\s?\d\s\d\s*[-.]?\s*[A-Za-z]\s?[A-Za-z])(?![\w])", _I)
_STEP_WORDS = frozenset({"dan", "daarna", "vervolgens", "laatste", "slot", "eindigt"})
# a number told in steps: "mijn nummer begint met 06, dan 19, dan 83 en als laatste 40 27" (a phone number: ten
# figures from a 0), "begint met 1440, dan 974 en eindigt op 97" (a BSN: nine that pass the 11-test)
_STEP = r"(?:(?:en\s+)?(?:dan|daarna|vervolgens|als\s+laatste|tot\s+slot|eindigt\s+op|eindigend\s+op)\s+)"
# the start of a number told apart from its end: "het dossiernummer begint met WW-2023 en eindigt op 4471", "mijn
# telefoonnummer begint met nul zes drie en eindigt op ..." (its end is a number the other finders take)
_END_WORDS = frozenset({"eindigt", "eindigend", "eindigen"})
_TOLD_START_RE = re.compile(
    r"\b(?:begint|beginnen|begon|start|starten)\s+met\s+(?P<a>[^,.;:!?()]{1,40}?)\s*,?\s*(?:en\s+)?(?:het\s+)?"
    r"(?:eindigt|eindigend|eindigen)\s+(?:op|met)\b(?:\s+(?P<b>[^\W_][\w/ -]{0,24}?))?(?=\s*(?:[.,;:!?)]|$)|\s+(?:en|maar|of|dus)\b)", _I)
_CODE_TOKEN_RE = re.compile(r"[^\W_]+")
_FOLLOWED_BY_RE = re.compile(r"\s*,?\s*gevolgd\s+door\s+(?=[\dA-Za-z])", _I)


def _code_like(part: str) -> bool:
    """Digits, digit words and short letter groups only, with a digit or two digit words: a piece of a code."""
    tokens = _CODE_TOKEN_RE.findall(part)
    words = sum(t.lower() in _PH_WORDS - {"een", "één"} for t in tokens)
    return bool(tokens) and (any(c.isdigit() for c in part) or words >= 2) and all(
        any(c.isdigit() for c in t) or t.lower() in _PH_WORDS or len(t) <= 3 and (t.isupper() or len(t) == 1)
        for t in tokens)  # (not "begint met een gesprek en eindigt met koffie")


def _piece_kind(piece: str) -> str:
    """A mobile number's piece starts with its prefix ("06", "nul zes"); any other piece is a number's."""
    return "telefoonnummer" if _MOBILE_START_RE.match(piece) else "nummer"


_MOBILE_START_RE = re.compile(r"0\s?6|nul\s+zes", _I)


def _told_start(text: str) -> Iterator[Span]:
    for m in _TOLD_START_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not _code_like(a):
            continue
        kind = _piece_kind(a)
        yield m.start("a"), m.start("a") + len(a.rstrip()), kind, HIGH
        if b and _code_like(b):
            yield m.start("b"), m.end("b"), kind, HIGH
    for m in _FOLLOWED_BY_RE.finditer(text):
        # the longest piece of a code right before it: "mijn telefoonnummer luidt nul zes, gevolgd door ..."
        pieces = list(_CODE_TOKEN_RE.finditer(text, max(0, m.start() - 40), m.start()))
        for k in range(max(0, len(pieces) - 5), len(pieces)):
            start = pieces[k].start()
            a = text[start:m.start()].rstrip(" \t,")
            if _code_like(a) and sum(c.isdigit() for c in a) + sum(
                    t.lower() in _PH_WORDS for t in _CODE_TOKEN_RE.findall(a)) >= 2:  # (not "stap 3 gevolgd door")
                yield start, start + len(a), _piece_kind(a), HIGH
                break


_PHONE_IN_STEPS_RE = re.compile(
    # (the first step may hold groups too: "begint met 06 41 en eindigt op 77 20 93")
    rf"(?<![\w,-])\d{{1,4}}(?:\s\d{{1,4}}){{0,3}}(?:(?:\s*,\s*|\s+){_STEP}\d{{1,4}}){{1,5}}"
    rf"(?:(?:\s*,\s*|\s+){_STEP}?\d{{1,4}}){{0,3}}(?![\w,-]?\d)", _I)
# a postcode typed apart to slip past a filter: its letters one by one ("1102 - X V", "5045 k.l."), or
# its digits spaced with a word for the blank ("6 2 2 1 (spatie) B X"); a year needs the talk of living
_SPREAD_POSTCODE_RE = re.compile(
    r"(?<![\w/.,-])[1-9](?:\s?\d){3}(?:\s*(?:-|\.|\(?spatie\)?)\s*|\s+)"
    # (a dot after the letters only when a dot stands between them: "k.l.", not the sentence's "G H.")
    r"(?-i:[A-Z]\.\s*[A-Z]\.?|[a-z]\.\s*[a-z]\.?|[A-Z](?:\s*-\s*|\s+)[A-Z]|[a-z](?:\s*-\s*|\s+)[a-z])(?![\w]|\s?[.-]\s?\w)")
_SPREAD_POSTCODE_GATE_RE = re.compile(r"\d\s*(?:-|\.|\(?spatie\)?)?\s*[A-Za-z]\s*[.-]?\s*[A-Za-z](?![\w])")
_SPREAD_POSTCODE_BEFORE_RE = re.compile(r"(?:wonen|woon|woont|wonend|adres|\[plaats\]|\[adres\]|in|postcode)\W*$", re.I)
_WORD_AFTER_POSTCODE_RE = re.compile(r"[ \t,]+([^\W\d_][\w'’-]+)")
# a postcode's four figures alone where someone lives: "wij zitten in 9501", "we wonen in 7841" (not a year)
_LIVING_WORDS = frozenset("woon woont wonen wonend zit zitten zat zaten verhuisd verhuizen".split())
_PC4_LIVING_RE = re.compile(
    r"(?<![\w-])(?:woon|woont|wonen|wonend|zit|zitten|zat|zaten|verhuisd|verhuizen)\s+(?:(?:we|wij|ik|ze|zij|hij|nu|al|"
    r"sinds\s+kort|hier)\s+)*(?:in|naar)\s+(?P<pc>[1-9]\d{3})(?![\w,.-]?\d|\s*(?:euro|keer|mensen|km|kilometer|uur|m)\b)", re.I)
_POSTCODE_FULL_RE = re.compile(r"[1-9]\d{3}\s?[A-Za-z]{2}")

# Letters typed for digits ("O6-I9O2 7733", "O3-II-2OO8", "nr 1O2B"): a word of digits and
# the letters O, o, I and l with at least one real digit after them, plus what is joined
# to it by a dash, dot or slash; letters after the last digit stay when other letters follow
# or the word has a postcode's shape ("1O2B", "9712la", "9712lo").
_LOOKALIKE_WORD_RE = re.compile(r"(?<![^\W\d_])[0-9OoIl]*(?:[0-9][OoIl]|[OoIl][0-9])[0-9OoIl]*(?:[A-Za-z](?![^\W\d_]))?(?![^\W\d_])")
_LOOKALIKE_JOINED_RE = re.compile(r"(?<=[0-9][-./])[OoIl]{1,4}(?=[-./][0-9])|(?<![^\W_])[OoIl]{1,4}(?=[-./][0-9])")
# letters typed for digits, and the digits they stand for (also read in the dictated copy: dictated.py)
LOOKALIKE_LETTERS = "OoIl"
LOOKALIKE_TABLE = str.maketrans(LOOKALIKE_LETTERS, "0011")
_ASCII_DIGIT_RE = re.compile(r"[0-9]")
# digits of other scripts, read as the digits they are (one character each, so every offset stays): Arabic-Indic
# and Persian ("geboren op ٢٢-٠٤-٢٠١٢", "۰۶۱۲۳۴۵۶۷۸"), Devanagari, full-width ("０６－１２")
_OTHER_DIGITS = {c: str(unicodedata.decimal(chr(c))) for c in range(0x80, 0x10000)
                 if chr(c).isdecimal() and unicodedata.decimal(chr(c), None) is not None}
_OTHER_DIGIT_RE = re.compile("[" + "".join(map(chr, _OTHER_DIGITS)) + "]")
_POSTCODE_SHAPE_RE = re.compile(r"\d{4}[A-Za-z]{2}\Z")


def restore_digits(text: str) -> str:
    """``text`` with the letters typed for digits in number-like words read as digits
    (same length, so every offset stays): "O6-I9O2 7733" -> "06-1902 7733". Words
    without a real digit ("Ik", "OOI") are left alone; S, Z and i are read only in a word
    with two real digits ("S99 63I O89" -> "599 631 089"). Digits of other scripts are read as
    digits first ("٣-١١-٢٠٢٠" -> "3-11-2020")."""
    if not text.isascii() and _OTHER_DIGIT_RE.search(text):
        text = text.translate(_OTHER_DIGITS)
    if not _ASCII_DIGIT_RE.search(text):
        return text  # (every look-alike word holds a real digit)
    if not _LOOKALIKE_WORD_RE.search(text):
        return _more_and_runs(text)

    def word(m: re.Match[str]) -> str:
        tok = m.group()
        if tok.isalnum() and all(c.isdigit() or c in LOOKALIKE_LETTERS for c in tok) and not _POSTCODE_SHAPE_RE.match(tok):
            return tok.translate(LOOKALIKE_TABLE)  # "3I2O"
        last = max(i for i, c in enumerate(tok) if c.isdigit()) + 1
        return tok[:last].translate(LOOKALIKE_TABLE) + tok[last:]  # letters after the last digit stay: "9712la", "1O2B"

    out = _LOOKALIKE_WORD_RE.sub(word, text)
    out = _LOOKALIKE_JOINED_RE.sub(lambda m: m.group().translate(LOOKALIKE_TABLE), out)
    return _more_and_runs(out)


def _more_and_runs(text: str) -> str:
    """S, Z and i in a word with two real digits; look-alikes in a run of groups; an IBAN's check figures."""
    if _LOOKALIKE_BESIDE_DIGIT_RE.search(text) is None:
        return text  # (each of these reads a look-alike letter beside a real digit)
    out = _MORE_LOOKALIKES_RE.sub(_more_lookalikes, text) if _MORE_LOOKALIKES_RE.search(text) else text
    out = _RUN_LOOKALIKES_RE.sub(_run_lookalikes, out)
    if "ost" in out or "OST" in out or "pc" in out or "PC" in out or "Pc" in out:
        out = _KEYED_POSTCODE_LOOKALIKE_RE.sub(lambda m: m.group(1) + m.group(2).translate(_MORE_LOOKALIKE_TABLE), out)
    return _IBAN_FRONT_RE.sub(lambda m: m.group(1) + m.group(2).translate(_MORE_LOOKALIKE_TABLE), out)


# more letters typed for digits, read in a word of three characters or more with two real digits: "6S4I", "S99",
# "93Z", "73i" (S and s for 5, Z for 2, i for 1; not "2s", "90s", "10e", nor "6iO" with one real digit)
_MORE_LOOKALIKES_RE = re.compile(r"(?<![^\W\d_])(?=(?:[^\d\W]*\d){2})[0-9OoIliSsZB]{3,}(?![^\W\d_])")
# (B for 8 too, not as a word's last letter: "B25O", "5B4", not the house number "12B")
_MORE_LOOKALIKE_TABLE = str.maketrans("OoIliSsZB", "001115528")
_PLURAL_FIGURE_RE = re.compile(r"\d+[sS]")  # "the 90s", "in her 20s"


def _more_lookalikes(m: re.Match[str]) -> str:
    tok = m.group()
    if _POSTCODE_SHAPE_RE.match(tok) or not any(c in "iSsZB" for c in tok) or _PLURAL_FIGURE_RE.fullmatch(tok) \
            or tok.endswith("B") and tok[:-1].isdigit():
        return tok
    return tok.translate(_MORE_LOOKALIKE_TABLE)


# a run of three groups or more, each with a real digit, one with two, most characters digits: the groups' look-alike
# letters are digits too ("6iO 345 874", "I4 82 S7", "o6 . 4o . 73 . 8s . 2i"; not "S1 S2 S3")
_RUN_GROUP = r"(?=[OoIliSsZB]{0,3}[0-9])[0-9OoIliSsZB]{1,4}"  # (each with a real digit: not "is"; B for 8 too)
_RUN_LOOKALIKES_RE = re.compile(rf"(?<![^\W_]){_RUN_GROUP}(?:(?:[ \t]*[.•·-][ \t]*|[ \t]+){_RUN_GROUP}){{2,5}}(?![^\W_])")
_RUN_GROUP_RE = re.compile(_RUN_GROUP)
_LOOKALIKE_BESIDE_DIGIT_RE = re.compile(r"[0-9][OoIliSsZB]|[OoIliSsZB][0-9]")
# a postcode's figures with look-alike letters after its keyword: "postcode S6II PD" (one real figure is enough here)
_KEYED_POSTCODE_LOOKALIKE_RE = re.compile(r"((?i:post\s?[ck]ode|pc)\s*(?:(?i:is|was)\s+|:\s*)?)((?=[A-Za-z]{0,3}[0-9])"
                                          r"[0-9OoIliSsZB]{2}\s?[0-9OoIliSsZB]{2})(?=\s?[A-Za-z]{2}(?![\w]))")
# an IBAN's country and check figures with a look-alike letter, before the bank's four letters: "NL3O ASNB", "NLO9 TRIO",
# "NL2S BUNQ" (read by OCR)
# (one of the two a real digit, a group with a real digit after the bank: not "beoordeel", "beloofde")
_IBAN_FRONT_RE = re.compile(r"(?<![^\W_])((?i:nl|be))([0-9][OoIlSZB]|[OoIlSZB][0-9])(?=[ \t]?[A-Za-z]{4}[ \t]?[0-9OoIl]{0,3}[0-9])")


def _run_lookalikes(m: re.Match[str]) -> str:
    run = m.group()
    groups = _RUN_GROUP_RE.findall(run)
    chars = sum(len(g) for g in groups)
    digits = sum(c.isdigit() for c in run)
    if any(sum(c.isdigit() for c in g) >= 2 for g in groups) and digits * 5 >= chars * 3 and digits < chars:
        return run.translate(_MORE_LOOKALIKE_TABLE)
    return run


def _register_ok(digits: str) -> bool:
    """The check digits of a Belgian national register number: 97 minus the first nine
    digits modulo 97 (with a 2 before them for people born from 2000)."""
    if len(digits) != 11:
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in {97 - body % 97, 97 - int("2" + digits[:9]) % 97}


def _bsn_ok(digits: str) -> bool:
    """Dutch 11-test for a 9-digit BSN."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
    total -= int(digits[8])
    return total % 11 == 0


# a Dutch IBAN with its parts spread out: "NL65 ING B 4958 7449 68", "NL11 - ASNB - 6753 - 2119 - 68"
# (the 18 characters, read over blanks, dashes and dots, must pass the mod-97 check)
_LOOSE_IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])N[ \t.-]?L\s?[-./]?\s?\d", _I)  # (also "N.L.4.9", "n l 1 0 / t r i o")


def _loose_ibans(text: str) -> Iterator[Span]:
    for m in _LOOSE_IBAN_START_RE.finditer(text):
        chars, i = [], m.start()
        while i < len(text) and len(chars) < 18:
            c = text[i]
            if c.isalnum() and c.isascii():
                chars.append(c)
            elif c not in " -./\t":
                break
            i += 1
        if len(chars) == 18 and (i >= len(text) or not text[i].isalnum()) and (
                _iban_ok("".join(chars)) or any(_iban_ok("".join(chars[:4]) + bank + "".join(chars[8:]))
                                                for bank in _bank_letters("".join(chars[4:8])))):
            yield m.start(), i, "iban", HIGH


def _bank_letters(code: str) -> list[str]:
    """A bank code typed with digits for its letters ("RAB0", "1NGB"): the letters they can stand for."""
    if not any(c in "01" for c in code):
        return []
    out = [""]
    for c in code.upper():
        out = [o + x for o in out for x in ({"0": "O", "1": "IL"}.get(c, c))]
    return out


def _iban_ok(value: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = re.sub(r"\s", "", value).upper()
    if not 15 <= len(s) <= 34:
        return False
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


# (also "zeve" and "nege", as speech-to-text writes them; each full word before its short form in the alternation)
_DIGIT_WORDS = ("nul", "een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "zeve", "acht", "negen", "nege")
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
# "nul zes vier zes een een nul drie negen twee": a number read out digit by digit
_SPOKEN_NUMBER_RE = re.compile(rf"(?<![\w-]){_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}){{7,}}(?![\w-])", re.I)
# "nul zes twaalf vierendertig zesenvijftig achtenzeventig": a mobile number read out in pairs
_UNIT_WORD = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_PAIR_WORD = (rf"(?:{_UNIT_WORD}?(?:en|ën)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
              rf"|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|{_UNIT_WORD}|nul)")
# a year in words: "twee duizend tien", "tweeduizendelf", "negentien honderd zevenentachtig"
# (also with dashes: "twee-duizend-zes")
# (a pair word with dashes: "zeven-en-tachtig", "zes-en-veertig")
DASHED_PAIR_WORD = _PAIR_WORD.replace(")?(?:en|ën)?(?:twintig", ")?-?(?:en|ën)?-?(?:twintig")
# a house number in words: "tweeënveertig", "honderdtwaalf", "hoefkade honderd zeven", "zes-en-veertig"
HOUSE_NUMBER_WORD = (rf"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)?-?honderd(?:[ \t-]?(?:en[ \t-]?)?{DASHED_PAIR_WORD})?"
                     rf"|{DASHED_PAIR_WORD})(?![\w'’-])")
YEAR_IN_WORDS = (r"(?:twee[ \t-]?duizend(?:[ \t-]?(?:en[ \t-]?)?" + DASHED_PAIR_WORD + r")?"
                 r"|negentien[ \t-]?(?:honderd[ \t-]?)?(?:en[ \t-]?)?" + DASHED_PAIR_WORD + r")")
# a postcode in number words after its keyword: "postcode twaalf vierendertig AB", "postcode: twaalfhonderdvierendertig a b"
_POSTCODE_IN_WORDS_RE = re.compile(
    # (also "de postcode van het nieuwe adres is negenentwintig veertien K R")
    rf"(?<![\w-])(?:postcode|postkode)(?:\s+van\s+(?:[^\W\d_]+\s+){{0,3}}?[^\W\d_]+)?\s*(?:is|was|:)?\s*(?P<pc>(?:{_PAIR_WORD}|honderd|duizend)(?:[\s-]?(?:{_PAIR_WORD}|honderd|duizend|en)){{0,6}}"
    r"[\s,-]+(?:(?-i:[A-Z]\s?[A-Z])|[a-z](?:\s|\s?-\s?)[a-z]))(?![\w])", re.I)  # (lowercase letters only apart: not "al")
_SPOKEN_PAIRS_RE = re.compile(rf"(?<![\w-])nul[\s-]+zes(?:[\s,.-]+{_PAIR_WORD}){{3,8}}(?![\w-])", re.I)
# "COA 4418 2270", "DUO 8821 0473": an organisation's abbreviation and a number in groups
_ABBREVIATION_NUMBER_RE = re.compile(r"(?<![\w-])(?P<abbr>[A-Z]{2,5})\s+(?P<num>\d{3,4}(?:[\s.]\d{2,4}){1,3})(?![\w]|[.,]\d)")
_ABBREVIATION_NUMBER_CI_RE = re.compile(_ABBREVIATION_NUMBER_RE.pattern, re.I)
# a bare number of five or six digits is somebody's number (client, invoice, case, pass), wherever
# its keyword is: "the client number stated on the invoice (884120)"; amounts and counts stay
# ("12500 euro", "€ 25000", "ruim 15000 mensen", "30000 volgers")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# (also "76.104.551"; with a check part after a dash: "88120-47")
_BARE_NUMBER_RE = re.compile(r"(?<![\w.,/€$£+#:-])(?:\d{5,6}(?:-\d{1,3})?|\d{1,3}(?:\.\d{3}){2,})(?![\w/-]|[.,:]\d)")
_AMOUNT_BEFORE_RE = re.compile(r"(?:[€$£]|\b(?:eur|euro|usd|gbp|bedrag|amount|ca\.|circa)\b)\s*[.,:-]?\s*$", _I)
_COUNT_AFTER_RE = re.compile(
    r"\s*(?:[€$£%]|,-|(?:euro|eur|dollar|pond|k|km|kilometer|meter|m|m2|kg|gram|kcal|keer|x|per|bruto|netto|stappen|mensen|"
    r"inwoners|kinderen|jongeren|leerlingen|volgers|followers|views|likes|punten|woorden|tekens|bezoekers|deelnemers|"
    r"cliënten|clienten|gezinnen|huishoudens|aanmeldingen|meldingen|people|children|steps|words|points|visitors|"
    r"residents|households|families|pounds)\b)", _I)


# a phone number dictated or typed in pieces: digits and digit words with commas, dots, dashes,
# slashes or "en dan" between them, the prefix repeated in words ("nul zes, 1 4, 5 5, 6 0, 7 2",
# "06 58, dan 30 12 77", "zes-vier-drie-1-8-8-2-0-9-nul", "06 (nul zes) 77 31 02 54");
# "zes" first is a mobile number without its nought
_PH_FILLERS = frozenset("uhm ehm zeg".split())  # (and "eh", "ehh", "uh": in the lowercase text)
_PH_WORDS = frozenset(_DIGIT_WORDS)
# what people put between the parts of a number to spread it out (read by the dictated phones and the
# loose chains below): a bullet, an ellipsis or emoji; a hesitation; an aside without a figure, or a
# counted marker "(2)"
_EMOJI = EMOJI_RE.pattern  # (common's emoji class)
_MARK_CHARS = "…•·|~*"
_MARKS = rf"[{_MARK_CHARS}]|{_EMOJI}{{1,3}}"
_HESITATION = r"(?<![^\W\d_])(?:e+h+m?|u+h+m?|hm+|zeg\s+maar)(?![^\W\d_])"
_ASIDE = r"\((?:[^()\d]{1,25}|\d)\)"
_PH_SEP_ONE = (rf"\s*[,.\-/]{{1,3}}\s*|\s*(?:{_MARKS})\s*|\s+streepje\s+|\s+|\s*,?\s*(?:en\s+dan|dan|daarna)\s*:?\s*"
               r"|\s*\((?:nul[\s-]?zes|0\s?6)\)\s*"
               # a hesitation or a short aside between the pieces: "06 23 ehh 84", "44 (zeg ze) 02", "06 (1) 27 (2) 49"
               # (here an aside may hold a figure: "06 - 4 7 (niet na 9 uur) 1 2")
               rf"|\s*{_HESITATION}\s*|\s*{_ASIDE}\s*|\s*\([^()]{{0,12}}[^\W\d_]{{2}}[^()]{{0,12}}\)\s*"
               # every group in brackets: "06 (12) (90) (55) (31)"
               r"|\s*\(\s*(?=\d{2,4}\s*\))|\s*\)\s*(?=\(\s*\d{2,4}\s*\))")
# one separator or several in a row ("06 - eh - 4127", "29 ... 03"); atomic: a run of blanks is one separator
_PH_SEP = rf"(?>(?:{_PH_SEP_ONE})+)"
# a digit group, a digit word or a number word of two digits ("nul zes - zeventien - drieëntachtig")
# (also a digit word with a figure glued on: "nul6 twee8 vier5")
_PH_TOKEN = rf"(?:{_DIGIT_WORD}\d|\d{{1,8}}|{_DIGIT_WORD}|{_PAIR_WORD})(?![^\W\d_])"
_PH_PAIR_RE = re.compile(_PAIR_WORD, re.I)
_PH_RUN_RE = re.compile(rf"(?<![\w+.,/-])(?:0\d{{0,3}}|nul\d?|zes)(?![^\W\d_])(?:{_PH_SEP}{_PH_TOKEN})+", re.I)
# (a counted marker "(2)" or an aside "(niet na 9 uur)" holds no digit of the number)
_PH_PIECE_RE = re.compile(r"\((?:nul[\s-]?zes|0\s?6|\d|[^()]{0,12}[^\W\d_]{2}[^()]{0,12})\)|\d+|[^\W\d_]+")
_PH_DATE_OR_TIME_RE = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}(?!\d)"  # a date: "01-02-2024"
    r"|\b[0-2]?\d[.:][0-5]\d\b.*\b[0-2]?\d[.:][0-5]\d\b")  # times: "09.00, 10.00"
_GLUED_RE = re.compile(rf"(?<![^\W\d_]){_DIGIT_WORD}\d", re.I)  # a digit word with a figure glued on: "nul6 twee8 ...", "06 zeven4"
_PH_GATE_RE = re.compile(r"(?<![^\W\d_])(?:nul|zes)(?![^\W\d_])|0\d[\d\s]*[,/]|\d(?:\s*,\s*|\s*,?\s*(?:en\s+)?dan\s+)\d"
                         r"|\d\s+(?:-\s+)?(?:e+h+m?|u+h+m?|uhm|ehm|hm+|zeg\s+maar)\s+(?:-\s+)?\d"
                         r"|\d\s*\((?:[^()\d]{1,25}|\d|[^()]{0,12}[^\W\d_]{2}[^()]{0,12})\)\s*\d|\d\s*(?:[.\-]{2,}|…)\s*\d"
                         r"|\d\s*\(\s*\d{2,4}\s*\)\s*\(\s*\d"
                         rf"|{_GLUED_RE.pattern}|\d\s*(?:[•·|~*]|{_EMOJI}){{1,3}}\s*\d|\d\s+streepje\s+\d", re.I)


_EMOJI_RE = re.compile(rf"\d\s*{_EMOJI}{{1,3}}\s*\d")


def _dictated_phones(text: str) -> Iterator[Span]:
    for m in _PH_RUN_RE.finditer(text):
        run = m.group()
        # read out in words: two digit words or more, or the prefix in words ("nul zes", "zes en dan")
        n_words = sum(1 for w in re.findall(r"[^\W\d_]+", run.lower()) if w in _PH_WORDS)
        words = n_words >= 2 or run[:3].lower() in ("nul", "zes")
        if not words and _PH_DATE_OR_TIME_RE.search(run):
            continue  # "01-02-2024, 03", "om 09.00, 10.00, 11.00"
        first = run[:3].lower()
        if not words and not re.match(r"0\d", run):
            continue  # "0, 1, 2, 3, 4, 5 ...": a count, no number
        need = 9 if first == "zes" else 10
        count, end = 0, None
        for piece in _PH_PIECE_RE.finditer(run):
            tok = piece.group().lower()
            if tok.startswith("("):
                continue  # the prefix said again: "06 (nul zes)"
            if tok.isdigit():
                count += len(tok)
            elif tok in _PH_WORDS:
                count += 1
            elif _PH_PAIR_RE.fullmatch(tok):
                count += 2  # "zeventien", "drieëntachtig": two digits
            else:
                continue  # "dan", "en"
            if count >= need and end is None:
                end = m.start() + piece.end()
                if not words:
                    break
            elif end is not None and count > need + 1:
                end = None  # read out by a person: all of it, if it is no longer than a number
                break
        if words and end is not None and count <= need + 1:
            end = m.end()  # "zes-vier-drie-1-8-8-2-0-9-nul": ten digits after all
        elif end is None and need - 1 <= count <= need + 1 and (words or "," in run or "/" in run):
            end = m.end()  # a digit left out or one too many: "zes en dan 3990715"
        if end is not None:
            yield m.start(), end, "telefoonnummer", HIGH


# a number typed to slip past a filter: digit groups with runs of dots or dashes, spaced dashes or
# slashes, hesitations, asides or counted markers between them ("2023 / 0 4 / 5518",
# "D - 2023 - 004 - 771", "C/13/ 71-82-05", "C / 09 / 58 / 44 / 10"); also after "C/13/"
_LOOSE_SEP = (rf"(?>(?:\s*(?:[-/.,]{{1,3}}|{_MARKS}|{_ASIDE}|(?<![^\W\d_])streepje(?![^\W\d_])|{_HESITATION})\s*)+|\s+)")
_LOOSE_CHAIN_RE = re.compile(
    # with its letters: "D - 2023 - ...", "c / 09 / ..."
    rf"(?:(?<![\w/-])(?:(?-i:[A-Z]{{1,3}})\s*-|[A-Za-z]{{1,3}}\s*/)\s*|(?<=[A-Za-z]/)|(?<![\w.,/-]))"
    rf"\d{{1,6}}(?:{_LOOSE_SEP}\d{{1,6}}(?![^\W\d_]))+(?![\w]|[.,/-]\d)", re.I)
# a sign that digits were spread out on purpose: a spaced dash or slash, dots or dashes in a row, a
# hesitation or an aside
_LOOSE_GATE_RE = re.compile(rf"\d\s*(?:\.{{2,}}|-{{2,}}|[…•·|~*]|{_EMOJI}\s*\d|{_ASIDE})"
                            r"|\d\s+[-/.]{1,3}\s*\d|\d\s*[-/.]{1,3}\s+\d|\d\s+streepje\s+\d"
                            r"|\d\s+(?:e+h+m?|u+h+m?|hm+)\s", re.I)


def _loose_chains(text: str) -> Iterator[Span]:
    """Digit groups spread out with loose separators: 9 digits or more, 8 in four groups or more."""
    for m in _LOOSE_CHAIN_RE.finditer(text):
        groups = re.findall(r"\d+", re.sub(r"\(\d\)", " ", m.group()))
        digits = sum(len(g) for g in groups)
        if not (digits >= 9 or digits >= 8 and len(groups) >= 4 or digits >= 7 and "streepje" in m.group().lower()) \
                or digits > 24:
            continue
        if not _LOOSE_GATE_RE.search(m.group()) or _clock_times(text, m.start(), m.end()):
            continue
        if digits == 9 and _bsn_ok("".join(groups)):
            yield m.start(), m.end(), "bsn", HIGH  # "5 6 7 . 4 3 4 . 6 4 3"
            continue
        if all(_YEAR_RE.fullmatch(g) for g in groups) or _counted(groups) or (
                max(map(len, groups)) == 1 and not m.group().startswith("0")):
            continue  # "2019 - 2020 - 2021", "1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9", marks "7 - 8 - 6 - 9 - ..."
        if _AMOUNT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) or _COUNT_AFTER_RE.match(text, m.end()) \
                or UNIT_AFTER_RE.match(text, m.end()):
            continue
        kind = "telefoonnummer" if re.match(r"0[1-9]", m.group()) and 10 <= digits <= 11 else "nummer"
        yield m.start(), m.end(), kind, HIGH


def _counted(groups: list[str]) -> bool:
    nums = [int(g) for g in groups]
    return all(b == a + 1 for a, b in zip(nums, nums[1:])) or all(b == a - 1 for a, b in zip(nums, nums[1:]))


# clock times in a row: "tussen 09.00 - 10.00" is no 0900 number, "09.00 - 10.00 - 11.00" none at all
_CLOCK_RUN_RE = re.compile(r"(?:[0-2]?\d[.:][0-5]\d(?:\s*(?:-|–|tot|t/m|/|,)\s*|\s+)?)+")


def _clock_times(text: str, start: int, end: int) -> bool:
    """The digits from ``start`` to ``end`` are clock times, or begin inside one ("09.[00 - 10.00]")."""
    return _CLOCK_RUN_RE.fullmatch(text, start, end) is not None or (
        start >= 2 and text[start - 1] in ".:" and text[start - 2].isdigit())


def _ordinary_word(word: str) -> bool:
    from stemsync.deidentify.lists import _FUNCTION_WORDS, dictionary  # noqa: PLC0415

    return word in _FUNCTION_WORDS or word in dictionary().words


# the start of an IBAN without the rest ("NL56 BUNQ", "rekening NL85 en dan ..."): a part of one
_IBAN_START_RE = re.compile(
    r"(?i)(?<![\w-])(?P<n>nl\d{2}[ \t.]?(?:abna|rabo|ingb|asnb|snsb|rbrb|knab|bunq|fvlb|nnba|revo|trio|deut|bick))(?![\w-])"
    r"|\b(?:rekening|rekeningnummer|iban)[ \t]+(?P<m>nl\d{2})(?![\w-])")
# a group of figures a few words after the word for a number that gives one away: a part told on its own ("de
# eerste vier cijfers van zijn bsn zijn 7449", "postcode weet ik nog niet precies, wel 7311"; not a year)
_FRAGMENT_KEY_GATE_RE = re.compile(r"bsn|burgerservice|rekening|iban|postcode|dossier|cli[eë]ntnummer")
_FRAGMENT_AFTER_KEY_RE = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|rekening(?:nummer)?|iban|postcode|dossiernummer|cli[eë]ntnummer)\b"
    r"[^.!?\n\d]{0,50}?(?<![\w,.])(?P<num>\d{4,9})(?![\w]|[.,]\d|\s*(?:euro|keer|uur|jaar|dagen|weken|maanden|%))")


# a British postcode, in capitals: "Leeds LS6 2AB", "SW1A 1AA" (families who moved from the UK; no Dutch code has its shape)
_UK_POSTCODE_RE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])")


# a code told in two parts with words between: "postcode 1095 en dan de letters KH", "NL47 ABNA, gevolgd door 8689 2649
# 52" (the words between are redacted with it, so nothing of the code is left)
_POSTCODE_LETTERS_TOLD_RE = re.compile(r"(?<![\w/.-])[1-9]\d{3}\s*,?\s*(?:en\s+)?(?:dan\s+)?(?:de\s+)?(?:letters?|lettertjes)\s*:?\s*"
                                       r"[A-Za-z](?:\s?[A-Za-z])(?![\w])", _I)
_IBAN_TOLD_RE = re.compile(r"(?<![A-Za-z0-9])NL\s?\d{2}\s?[A-Z]{4}\s*[,;:]?\s*(?:en\s+)?(?:dan\s+|daarna\s+|gevolgd\s+door\s+"
                           r"|en\s+dan\s+|met\s+daarachter\s+|daarachter\s+)(?:\s?\d){10}(?![0-9])", _I)


# a local number of seven digits (Bonaire, Curaçao, Aruba, Sint Maarten, Suriname) after a word for calling: "bel
# mevrouw maar op 717 4420", "tel: 717-4420" (three and four digits with a space or hyphen between; not an amount)
_LOCAL_PHONE_RE = re.compile(r"(?i:\b(?:bel|belt|bellen|tel|telefoon|telefoonnummer|nummer|whatsapp|app|call|phone|mobiel|gsm)\b)"
                             r"[^\d\n.!?]{0,30}?(?<![\d.,-])(?P<n>\d{3}[ -]\d{4})(?![\d.,]\d|[\d-]|\s*(?:euro|eur|€|,-))")


def _find_numbers(ctx: _Ctx) -> Iterator[Span]:
    """Phone numbers, IBAN, BSN, postcodes, long digit runs."""
    text, n_digits = ctx.text, ctx.n_digits
    if n_digits >= 4 and ("letters" in ctx.words or "letter" in ctx.words or "lettertjes" in ctx.words):
        for m in _POSTCODE_LETTERS_TOLD_RE.finditer(text):
            yield m.start(), m.end(), "postcode", HIGH
    if n_digits >= 12 and ("nl" in ctx.words or "NL" in text):
        for m in _IBAN_TOLD_RE.finditer(text):
            yield m.start(), m.end(), "iban", HIGH
    if n_digits >= 2:
        for m in _UK_POSTCODE_RE.finditer(text):
            yield m.start(), m.end(), "postcode", HIGH
    if n_digits >= 7:
        for m in _LOCAL_PHONE_RE.finditer(text):
            yield m.start("n"), m.end("n"), "telefoonnummer", HIGH
    if ctx.words & _EXTENSION_WORDS:
        for m in _EXTENSION_RE.finditer(text):
            # "toestel 241" extends the number before it; alone, only its digits are the line
            start = m.start("ext") if m.group("ext") else m.start()
            yield start, m.end(), "telefoonnummer", HIGH
    # a number dictated in words ("nul zes, ...", "zes-vier-drie-...") or typed in pieces with commas,
    # slashes or "dan" between ("06 58, dan 30 12 77", "06/30/40/50/6")
    if "nul" in ctx.words or "zes" in ctx.words or ("-" in text and ("nul-" in ctx.lower or "zes-" in ctx.lower)) or (
            ("nul" in ctx.lower or n_digits >= 6) and _GLUED_RE.search(text)) or (
            n_digits >= 8 and ("," in text or "/" in text or "(" in text or "dan" in ctx.words or ".." in text
                               or "--" in text or any(c in text for c in _MARK_CHARS) or "streepje" in ctx.words
                               or _EMOJI_RE.search(text) is not None or not ctx.words.isdisjoint(_PH_FILLERS)
                               or "eh" in ctx.lower or "uh" in ctx.lower or "hm" in ctx.lower)
            and _PH_GATE_RE.search(text)):
        yield from _dictated_phones(text)
    if "nul" in ctx.words or "zes" in ctx.words:
        for m in _SPOKEN_NUMBER_RE.finditer(text):
            kind = "telefoonnummer" if m.group().lower().startswith("nul") else "nummer"
            yield m.start(), m.end(), kind, HIGH
        for m in _SPOKEN_PAIRS_RE.finditer(text):
            yield m.start(), m.end(), "telefoonnummer", HIGH
    if not ctx.words.isdisjoint(_END_WORDS) or "gevolgd" in ctx.words:
        yield from _told_start(text)
    if n_digits >= 9 and not ctx.words.isdisjoint(_STEP_WORDS):
        for m in _PHONE_IN_STEPS_RE.finditer(text):
            digits = "".join(c for c in m.group() if c.isdigit())
            if len(digits) == 10 and digits[0] == "0":
                yield m.start(), m.end(), "telefoonnummer", HIGH  # "06, dan 19, dan 83 en als laatste 40 27"
            elif len(digits) == 9 and _bsn_ok(digits):
                yield m.start(), m.end(), "bsn", HIGH  # "1440, dan 974 en eindigt op 97"
    if n_digits >= 4:
        for m in _POSTCODE_RE.finditer(text):
            letters = m.group()[-2:]
            if _POSTCODE_KEY_RE.search(text, max(0, m.start() - 24), m.start()):
                yield m.start(), m.end(), "postcode", HIGH  # "postcode 7522 nd", "me postcode is 4535 eh"
                continue
            postcode_talk = "postcode" in ctx.words and letters.lower() not in _FUNCTION_PAIRS
            # (but a postcode in brackets or after a town: "in Kapelle (4421 kb)", "Goes, 4461 kb")
            bracketed = text[max(0, m.start() - 1):m.start()] == "(" and text[m.end():m.end() + 1] == ")"
            after_town = _AFTER_TOWN_RE.search(text, max(0, m.start() - 30), m.start()) is not None
            # (and a town right after it: "Ons postadres: 7511JR Enschede")
            town_next = (nxt := _WORD_AFTER_POSTCODE_RE.match(text, m.end())) is not None \
                and nxt.group(1).lower() in _name_lists().places
            if letters.lower() in _POSTCODE_UNITS and not ctx.shouting and not postcode_talk and not (
                    letters.lower() not in _MEASURES and (bracketed or after_town or town_next
                                                          or _POSTCODE_PLACE_RE.search(text, max(0, m.start() - 12), m.start()))):
                continue  # "1500 ml" (in an ALL-CAPS text "1066 CM" is a postcode; "bij het buurthuis in 7606 kb")
            year = 1900 <= int(m.group()[:4]) <= 2099
            if ((not letters.isupper() or ctx.shouting) and " " in m.group()
                    and (letters.lower() in _TWO_LETTER_WORDS
                         or letters.lower() in _EN_TWO_LETTER_WORDS and is_english(ctx.lower))
                    and not (ctx.shouting and not year)):
                # (but a postcode that ends a clause after "op" or a place's preposition: "ingeschreven op 6532 ze,")
                closing = not year and letters.lower() not in _CONJUNCTION_PAIRS \
                    and (_CLAUSE_END_RE.match(text, m.end()) is not None or letters.lower() not in _FUNCTION_PAIRS) \
                    and _POSTCODE_AT_RE.search(text, max(0, m.start() - 12), m.start()) is not None
                # (or letters that are no Dutch word after a place's preposition: "naar 6285 an laten brengen")
                if not postcode_talk and not closing and not (
                        town_next and not year and text[:m.start()].rstrip()[-1:] in (",", ":")):
                    # "2000 en", "in 2019 Ik", "IN 2019 EN" (but "IK WOON IN 3082 AL", "postcode ... 6512 ct", and a
                    # town right after it, after a comma: "1e etage, 1701 en Zwaag")
                    continue
            yield m.start(), m.end(), "postcode", HIGH
    if n_digits >= 4 and not ctx.words.isdisjoint(_LIVING_WORDS):
        for m in _PC4_LIVING_RE.finditer(text):
            if not 1900 <= int(m.group("pc")) <= 2099:
                yield m.start("pc"), m.end("pc"), "postcode", HIGH  # "wij zitten in 9501" (not "in 2019")
    if n_digits >= 4:
        for m in _KEYED_SPLIT_POSTCODE_RE.finditer(text):
            yield m.start("pc"), m.end("pc"), "postcode", HIGH  # "postcod is 78 11hj"
    if "postcode" in ctx.words or "postkode" in ctx.words:
        for m in _POSTCODE_IN_WORDS_RE.finditer(text):
            yield m.start("pc"), m.end("pc"), "postcode", HIGH  # "postcode twaalf vierendertig AB"
    if n_digits >= 4 and _SPREAD_POSTCODE_GATE_RE.search(text):
        for m in _SPREAD_POSTCODE_RE.finditer(text):
            year = re.sub(r"\D", "", m.group())[:2] in {"19", "20"}
            if not year or _POSTCODE_KEY_RE.search(text, max(0, m.start() - 24), m.start()) \
                    or _SPREAD_POSTCODE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                yield m.start(), m.end(), "postcode", HIGH  # "1102 - X V", "5045 k.l.", "6 2 2 1 (spatie) B X"
    if n_digits >= 4:
        for rx in (_FOREIGN_POSTCODE_BEFORE_RE, _FOREIGN_POSTCODE_AFTER_RE):
            for m in rx.finditer(text):
                town = m.group("town").lower()
                # a locative before the match: "naar 9990 Maldegem", "woont in Nettetal, 41334"
                locative = _POSTCODE_PLACE_RE.search(text, max(0, m.start() - 24), m.start()) is not None
                # a Dutch town, or a town abroad that is no ordinary word ("maldegem", "turnhout")
                known = town in _name_lists().places or (_foreign_town(town) and town not in dictionary().words)
                dashed = "-" in m.group("code")  # Polish "35-064", Portuguese "1000-001"
                known = known or (dashed and town not in dictionary().words)
                if (known or rx is _FOREIGN_POSTCODE_AFTER_RE and locative) and (len(m.group("code")) == 5 or locative or dashed):
                    yield m.start("code"), m.end("code"), "postcode", HIGH  # "naar 9990 Maldegem", "Mönchengladbach, 41334"
    if n_digits >= 2 and ("nl" in ctx.lower):
        for m in _IBAN_START_RE.finditer(text):
            g = "n" if m.group("n") else "m"
            yield m.start(g), m.end(g), "iban", HIGH  # "begint met NL56 BUNQ, de rest ...": the start of an IBAN
    if n_digits >= 4 and _FRAGMENT_KEY_GATE_RE.search(ctx.lower):
        for m in _FRAGMENT_AFTER_KEY_RE.finditer(text):
            num = m.group("num")
            if not (len(num) == 4 and _YEAR_RE.fullmatch(num)):
                yield m.start("num"), m.end("num"), "nummer", LOW  # "de eerste vier cijfers van zijn bsn zijn 7449"
    if n_digits >= 5:
        for m in _BARE_NUMBER_RE.finditer(text):
            if not _AMOUNT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) \
                    and not _COUNT_AFTER_RE.match(text, m.end()):
                yield m.start(), m.end(), "nummer", HIGH  # "the client number on the invoice (884120)"
    if n_digits < 7:
        return
    if n_digits >= 11:
        for m in _BELGIAN_REGISTER_RE.finditer(text):
            if _register_ok(re.sub(r"\D", "", m.group())):
                yield m.start(), m.end(), "bsn", HIGH
    phone_digits = 0
    for rx in (_PHONE_RE, _SERVICE_PHONE_RE, _DISGUISED_PHONE_RE, _SPLIT_PHONE_RE):
        for m in rx.finditer(text):
            if _clock_times(text, m.start(), m.end()):
                continue
            phone_digits += sum(c.isdigit() for c in m.group())
            yield m.start(), m.end(), "telefoonnummer", HIGH
    if "+" in text:
        for m in _INTERNATIONAL_PHONE_RE.finditer(text):
            if 9 <= sum(c.isdigit() for c in m.group()) <= 15:
                yield m.start(), m.end(), "telefoonnummer", HIGH
    if n_digits - phone_digits >= 8:
        yield from _find_phonenumbers(text)
    for m in _IBAN_NL_RE.finditer(text):
        yield m.start(), m.end(), "iban", HIGH
    if n_digits >= 10:
        yield from _loose_ibans(text)
    for m in _IBAN_ANY_RE.finditer(text):
        if _iban_ok(m.group()):
            yield m.start(), m.end(), "iban", HIGH
    for m in _NINE_DIGITS_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        kind = "bsn" if _bsn_ok(digits) or _BSN_CONTEXT_RE.search(text, 0, m.start()) else "nummer"
        yield m.start(), m.end(), kind, HIGH
    # (in a text in capitals the abbreviation was re-cased: "coa 4418 2270")
    # (in lowercase too when the letters are no word: "de raad rvdk 415 2158")
    for m in _ABBREVIATION_NUMBER_CI_RE.finditer(text):
        abbr = m.group("abbr").lower()
        if not (m.group("abbr").isupper() or ctx.shouting) and (len(abbr) < 3 or _ordinary_word(abbr)):
            continue
        if sum(c.isdigit() for c in m.group("num")) >= 7 and abbr not in _TWO_LETTER_WORDS and not (
                (ctx.shouting or not m.group("abbr").isupper()) and _ordinary_word(abbr)):
            yield m.start("num"), m.end("num"), "zaaknummer", HIGH  # the abbreviation may be a public body
    if _LOOSE_GATE_RE.search(text):
        yield from _loose_chains(text)
    for m in _GROUPED_DIGITS_RE.finditer(text):
        groups = re.split(r"[ .\-/]", m.group())
        if 9 <= sum(c.isdigit() for c in m.group()) <= 20 and not all(_YEAR_RE.fullmatch(g) for g in groups) \
                and not _COUNT_AFTER_RE.match(text, m.end()) \
                and not _AMOUNT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end(), "nummer", HIGH
    if "(" in text:
        for m in _NANP_PHONE_RE.finditer(text):
            yield m.start(), m.end(), "telefoonnummer", HIGH
    if "/" in text:
        for m in _BELGIAN_PHONE_RE.finditer(text):
            yield m.start(), m.end(), "telefoonnummer", HIGH
    for m in _LONG_DIGITS_RE.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        kind = "bsn" if _BSN_CONTEXT_RE.search(before) else "nummer"
        yield m.start(), m.end(), kind, HIGH


_PHONENUMBERS: Any = None


def _find_phonenumbers(text: str) -> Iterator[Span]:
    """Valid numbers found by Google's libphonenumber (NL default region)."""
    global _PHONENUMBERS
    if _PHONENUMBERS is None:
        try:
            import phonenumbers  # noqa: PLC0415

            _PHONENUMBERS = phonenumbers
        except ImportError:  # pragma: no cover - optional safety net
            _PHONENUMBERS = False
    if not _PHONENUMBERS:
        return
    pn = _PHONENUMBERS
    try:
        for match in pn.PhoneNumberMatcher(text, "NL", leniency=pn.Leniency.VALID):
            if not _clock_times(text, match.start, match.end):
                yield match.start, match.end, "telefoonnummer", HIGH
    except Exception:  # noqa: BLE001 - never let the safety net break redaction
        return


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
