"""Dutch licence plates (kentekens), every side code in use (1-14).

Side codes 1-6 are two-two-two groups of letters (L) and digits (D); 7-14 mix a group of
three: DD-LLL-D, D-LLL-DD, LL-DDD-L, L-DDD-LL, LLL-DD-L, L-DD-LLL, D-LL-DDD, DDD-LL-D.
The groups are joined by hyphens (or single spaces); any case. Plates issued since
1978 use consonants only (no vowels, C, M, Q, W, Y), which keeps ordinary text such as
"3-de-12" out; the older side codes 1-6 require hyphens. After the word "kenteken" a
plate written without separators ("GJ123K") is taken too; elsewhere without separators
only side codes 7-14 (any case), 1-6 in capitals ("87HVL3", "k463tp", "HB4721") and 1-6
with consonants only in any case ("xb52zj"); with spaces, side codes 1-6 in capital
consonants ("61 HD 38") and side codes 7-14 in capitals with their letters spaced too
("G Z 118 K", as a voicemail's transcript writes a plate).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, Span, _Ctx
from stemsync.deidentify.fastcase import accelerate

_C = "[BDFGHJKLNPRSTVXZbdfghjklnprstvxz]"  # consonants of current plates
_C_UPPER = "[BDFGHJKLNPRSTVXZ]"  # (in capitals)
_L = "[A-Za-z]"
_NEW = [  # side codes 7-14, as (group, group, group) with C = consonants
    ("DD", "CCC", "D"), ("D", "CCC", "DD"), ("CC", "DDD", "C"), ("C", "DDD", "CC"),
    ("CCC", "DD", "C"), ("C", "DD", "CCC"), ("D", "CC", "DDD"), ("DDD", "CC", "D"),
]
_OLD = [  # side codes 1-6, any letters (L)
    ("LL", "DD", "DD"), ("DD", "DD", "LL"), ("DD", "LL", "DD"),
    ("LL", "DD", "LL"), ("LL", "LL", "DD"), ("DD", "LL", "LL"),
]


_OLD_CONSONANTS = [tuple(g.replace("L", "C") for g in code) for code in _OLD]


def _group(code: str, upper: bool) -> str:
    kind = code[0]
    cls = {"D": r"\d", "L": "[A-Z]" if upper else _L,
           "C": _C_UPPER if upper else _C}[kind]
    return f"{cls}{{{len(code)}}}"


def _plates(codes: list[tuple[str, str, str]], sep: str, upper: bool) -> list[str]:
    return [sep.join(_group(g, upper) for g in code) for code in codes]


def _spaced_letters(code: tuple[str, str, str]) -> str:
    """A current side code in capitals with a blank between every letter of its groups too ("G Z 118 K")."""
    return " ".join(r"\d{%d}" % len(g) if g[0] == "D" else " ".join([_C_UPPER] * len(g)) for g in code)


# hyphens in any case; single spaces only with capital letters ("73 HNX 2", not "3 kg 500")
_PLATE_RE = re.compile(
    r"(?<![\w/.:-])(?:"
    # (a dash with spaces too: "79 - NLB - 4"; a dot between spaces: "TZ . 519 . P"; a middle dot: "ZN · 47 · PG")
    + "|".join(_plates(_NEW + _OLD, r"(?: ?- ?| streepje | \. | ?[·•] ?)", False) + _plates(_NEW, " ", True) + _plates(_NEW, " ", False)
               # the current side codes with dots: "5.TZX.21", or slashes: "hg/429/f" (also said: "hg slash 429 slash f")
               + _plates(_NEW, r"\.", False) + _plates(_NEW + _OLD_CONSONANTS, r" ?/ ?", False)
               # side codes 4-6 (1978-1999, consonants only) with spaces: "jd br 72", "72 JD BR"
               + _plates([tuple(g.replace("L", "C") for g in code) for code in _OLD if code.count("LL") == 2], " ", False)
               # side codes 1-3 with spaces in capital consonants: "61 HD 38", "HD 61 38"
               + _plates(_OLD_CONSONANTS, " ", True)
               # the current side codes with their letters spaced too, as a voicemail's transcript writes them
               + [_spaced_letters(code) for code in _NEW])
    + r")(?![\w/-])"
)
# Belgian plates (1-ABC-234, also without hyphens in capitals) and German ones (AC-LM 2207,
# NOH-GT 345, B-AB 1234E): foreign cars of families along the borders
_FOREIGN_PLATE_RE = re.compile(
    r"(?<![\w/.:-])(?:[1-9]-[A-Za-z]{3}-\d{3}|[1-9][A-Z]{3}\d{3}"
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?)(?![\w/-])")
# without separators ("87HVL3", "k463tp", "HB4721"): side codes 7-14 in any case (their
# consonant groups keep words out), side codes 1-6 with capital letters only
_COMPACT_PLATE_RE = re.compile(
    r"(?<![\w/.:-])(?:"
    + "|".join(_plates(_NEW, "", False) + _plates(_OLD, "", True)
               # side codes 1-6 in any case when their letters are a plate's consonants: "xb52zj"
               + _plates(_OLD_CONSONANTS, "", False))
    + r")(?![\w/-])"
)
# "de auto 1ABC23", "een busje met ab12cd": six letters and digits after a vehicle, in
# groups of at most three letters, even when the letters are no plate's (vowels)
_VEHICLE_WORDS = frozenset("auto busje bus wagen scooter brommer camper bestelbus motor".split())
_VEHICLE_PLATE_RE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(_VEHICLE_WORDS, key=len, reverse=True)) + r")(?:\s+(?i:met\s+)?|\s*\(\s*)"
    # also "ons oude busje (96tgpl)"; a foreign plate in capitals in two groups: "een poolse auto WPR 4812F"
    r"(?P<plate>[A-Za-z0-9]{6}|(?-i:[A-Z]{1,3}\s(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{3,5}))(?![\w-])")
# a car named by its make: "de bmw hk 23 61 van zijn vader"
_CAR_WORDS = _VEHICLE_WORDS | frozenset("""bmw audi opel golf polo toyota mercedes volvo peugeot renault fiat ford
kia skoda volkswagen vw citroen citroën tesla mazda nissan seat hyundai suzuki dacia""".split())
# in lowercase with spaces, next to a car: current side codes and the old ones in consonants (not "12 en 13")
_SPACED_CAR_PLATE_RE = re.compile(
    r"(?<![\w/.:-])(?:" + "|".join(_plates(_NEW + _OLD_CONSONANTS, " ", False)) + r")(?![\w/-])")
# a plate's word: "kenteken", "nummerbord", "nummerplaat", and their common misspellings ("ketneken", "kentekn",
# "kenteeken", "nummerbort")
_KENTEKEN = r"k[ea](?:nt|tn|nnt|t)e{1,2}k[ea]?n"
_OTHER_PLATE_WORDS = r"nummerbor[dt]|nummerpla[at]t?"
_PLATE_WORD = _KENTEKEN + "|" + _OTHER_PLATE_WORDS
_PLATE_WORD_RE = re.compile(_PLATE_WORD, re.I)
# six letters and digits in groups joined by dashes (with a plate's word in the comment)
# (a group may be typed apart too: "NB - 1 2 - R T")
_GROUP = r"(?:[A-Za-z0-9](?:[ \t][A-Za-z0-9](?![\w]))+|[A-Za-z0-9]{1,3})"
_DASHED_GROUPS_RE = re.compile(rf"(?<![\w/.:-]){_GROUP}(?:[ \t]?-[ \t]?{_GROUP}){{1,5}}(?![\w/-])")
# every side code with any letters ("HL220Q": a plate as someone remembers or misspells it)
_ANY_LETTERS_RE = re.compile("|".join(_plates([tuple(g.replace("C", "L") for g in code) for code in _NEW + _OLD], "", False)))
_ANY_CASE_COMPACT_RE = re.compile(
    r"(?<![\w/.:-])(?:" + "|".join(_plates(_NEW + _OLD, "", False)) + r")(?![\w/-])")
# the side codes with letters at both ends, in any letters and case ("hn45tp", "ab123c"): a token
# of letters around digits in this shape is a plate's, not a user name's (contact.py)
_LETTER_ENDED_RE = re.compile("|".join(_plates(
    [tuple(g.replace("C", "L") for g in code) for code in _NEW + _OLD if "D" not in code[0] + code[2]], "", False)))


def plate_shaped(token: str) -> bool:
    """``token`` has the shape of a plate's side code with letters at both ends ("hn45tp")."""
    return _LETTER_ENDED_RE.fullmatch(token) is not None


_POSTCODE_SHAPE = re.compile(r"[1-9]\d{3}[A-Za-z]{2}")
# a plate typed character by character, with spaces, dots or dashes between: "G-Z . 4 1 2 . K"
# (a dash between dots too: "K.-.4.5.6.-.R.T")
_CHAR_SEP = r"(?:(?:\s*[.-]){1,3}\s*|\s)"
_CHAR_BY_CHAR_RE = re.compile(rf"(?<![\w.-])[A-Za-z0-9](?:{_CHAR_SEP}[A-Za-z0-9]){{5}}(?![\w]|[.-]\w)")
_CHAR_BY_CHAR_GATE_RE = re.compile(rf"(?<![\w.-])[A-Za-z0-9]{_CHAR_SEP}[A-Za-z0-9]{_CHAR_SEP}[A-Za-z0-9](?![\w])")
# a unit as the letters between spaced numbers: "12 KG 30" is a weight
# a unit after a number: "12 KG 30", "2 TB" (not "TB 342 N": a plate that starts with the letters)
_UNIT_GROUP_RE = re.compile(r"\d\s?(?i:kg|gr|ltr|kb|mb|gb|tb|hz|kw|pk)(?![A-Za-z])")
# words that are no group of a plate: "kenteken is 12-AB-34 en", "ONS KENTEKEN IS 12-AB-34"
_NOT_A_GROUP = (r"(?i:en|of|is|in|op|de|het|van|was|maar|met|voor|dus|nu|ik|hij|ze|zij|we|wij|je|u|die|dat|er|al|ook|nog|"
                r"niet|wel|bij|naar|uit|om|te|aan|als|zo|mij|me|hem|haar|ons|geen|een|staat|stond)\b")
# after "kenteken": Dutch and foreign plates in up to four groups ("Roemeens kenteken (CJ 07 RZV)",
# "Pools kenteken WA 12345", "kenteken: B-AB 1234")
_KEYWORD_PLATE_RE = re.compile(
    r"(?i:" + _KENTEKEN + r"(?:nummer|plaat)?|" + _OTHER_PLATE_WORDS + r")\s*(?:is|was|:|=|nr\.?|\()?\s*"
    r"(?P<plate>(?=[A-Za-z0-9 -]*\d)(?=[A-Za-z0-9 -]*[A-Za-z])(?!" + _NOT_A_GROUP + r")[A-Za-z0-9]{1,4}"
    # (the groups apart, also with spaces around a dash: "kenteken 12 - ABC - 3")
    # (or typed apart into five or six groups: "kenteken XK 2 4 7 P", read only when they make a plate)
    r"(?:(?: ?- ?| )?(?!" + _NOT_A_GROUP + r")[A-Za-z0-9]{1,5}){1,5})(?![\w-])"
)


def _plate_start(groups: str) -> str:
    """The start of ``groups`` whose characters are a plate's six ("XK 2 4 7 P" of "XK 2 4 7 P sorry"), or ""."""
    parts = re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]+", groups)
    for k in range(len(parts), 0, -2):  # (whole groups only: the parts end with a letter or digit)
        flat = re.sub(r"[\s-]", "", "".join(parts[:k]))
        if len(flat) == 6 and _ANY_LETTERS_RE.fullmatch(flat) and sum(c.isdigit() for c in flat) >= 2 \
                and sum(c.isalpha() for c in flat) >= 2:
            return "".join(parts[:k])
    return ""


def _find_plates(ctx: _Ctx) -> Iterator[Span]:
    if ctx.n_digits == 0:
        return
    text = ctx.text
    for m in _PLATE_RE.finditer(text):
        group = m.group()
        if group.replace("-", "").replace(" ", "").isdigit():
            continue
        if "-" not in group and _UNIT_GROUP_RE.search(group):
            continue  # "12 KG 30": a weight, not a plate (a plate with hyphens stays one)
        # "12-09-23" has no letters; "ab-12-cd" and mixed groups are plates
        yield m.start(), m.end(), "kenteken", HIGH
    for m in _FOREIGN_PLATE_RE.finditer(text):
        if sum(c.isalpha() for c in m.group()) >= 3 and sum(c.isdigit() for c in m.group()) >= 2:
            yield m.start(), m.end(), "kenteken", HIGH  # (not "de A-B 12 weg")
    plate_word = _PLATE_WORD_RE.search(text) is not None  # "kenteken", "nummerbord", "nummerplaat"
    if plate_word:  # with a plate's word in the comment, six letters and digits in any case
        for m in _ANY_CASE_COMPACT_RE.finditer(text):
            flat = m.group()
            if not _POSTCODE_SHAPE.fullmatch(flat) and sum(c.isdigit() for c in flat) >= 2 and sum(c.isalpha() for c in flat) >= 2:
                yield m.start(), m.end(), "kenteken", HIGH  # "ik heb zn kenteken opgezocht gzhr71"
        for m in _DASHED_GROUPS_RE.finditer(text):
            # the longest start of the groups that is a plate: "NB - 1 2 - R T" (not "... R T IS")
            plate = _plate_start(m.group())
            if plate:
                yield m.start(), m.start() + len(plate), "kenteken", HIGH  # "HL-220-Q", "HL - 22 - 0 - Q"
    for m in _COMPACT_PLATE_RE.finditer(text):
        if not _POSTCODE_SHAPE.fullmatch(m.group()):  # "1234AB" is a postcode
            yield m.start(), m.end(), "kenteken", HIGH
    if _CHAR_BY_CHAR_GATE_RE.search(text):
        for m in _CHAR_BY_CHAR_RE.finditer(text):
            compact = re.sub(r"[\s.-]", "", m.group())
            if _COMPACT_PLATE_RE.fullmatch(compact) and not _POSTCODE_SHAPE.fullmatch(compact) \
                    and not compact.isdigit() and not compact.isalpha():
                yield m.start(), m.end(), "kenteken", HIGH  # "G-Z . 4 1 2 . K"
    if ctx.words & _CAR_WORDS:
        for m in _SPACED_CAR_PLATE_RE.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 2 and sum(c.isalpha() for c in m.group()) >= 2 \
                    and not _UNIT_GROUP_RE.search(m.group()):
                yield m.start(), m.end(), "kenteken", HIGH  # "de bmw hk 23 61" (not "12 kg 30")
    if ctx.words & _VEHICLE_WORDS:
        for m in _VEHICLE_PLATE_RE.finditer(text):
            plate = m.group("plate")
            if sum(c.isdigit() for c in plate) >= 2 and sum(c.isalpha() for c in plate) >= 1 + (" " not in plate) \
                    and all(len(r) <= 4 for r in re.findall(r"[A-Za-z]+", plate)):  # "96tgpl": 96-TG-PL
                yield m.start("plate"), m.end("plate"), "kenteken", HIGH
    if plate_word:
        for m in _KEYWORD_PLATE_RE.finditer(text):
            plate = m.group("plate")
            if len(re.findall(r"[A-Za-z0-9]+", plate)) > 4:  # five groups or more: only a plate's six characters
                plate = _plate_start(plate)
            # drop trailing groups that make it too long: "kenteken hn45tp heeft" (not "hn45tp heeft")
            while sum(c.isalnum() for c in plate) > 8 and re.search(r"[- ]", plate):
                plate = re.split(r"[- ](?=[^- ]*$)", plate)[0]
            # (what is left holds a digit and a letter: not "busje k" of "kenteken busje k-512-pd")
            if 6 <= sum(c.isalnum() for c in plate) <= 8 and re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate):
                yield m.start("plate"), m.start("plate") + len(plate), "kenteken", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
