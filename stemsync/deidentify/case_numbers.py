"""Case, dossier, client and reference numbers.

- Court case numbers: ``C/16/512345``, with a youth-protection suffix
  (``C/16/512345 / JE RK 21-1234``), the suffix alone (``JE RK 21-1234``),
  court of appeal numbers (``200.312.456/01``), administrative-court numbers
  (``AWB 23/10422``), public-prosecution numbers
  (``05/123456-22``) and ECLI identifiers of rulings.
- Dossier codes: capitals, a year and a serial number (``JB-2021-04512``, ``VT-23-08812``).
- Any other code of digits and letters in groups, with five digits or more and a group of
  letters ("2025-8841-B", "2025.0318.JdV", "HK-77812/b"): a reference, whatever keyword
  (or misspelt keyword) comes before it. Dates, phone numbers, postcodes and plates
  have no letter group or fewer digits.
- Any code with a digit right after a keyword of ``data/case_keywords.txt``
  ("klantnr 77612", "kenmerk: 2021/0345") or after any compound of ``-nummer``, ``-nr``,
  ``-code`` or ``-kenmerk`` ("lidnummer", "inlogcode"): tagged ``[nummer]`` like other long
  numbers; also a code read out in digit words ("zaaknummer twee nul twee drie vier").
- A single token of letters and four or more digits ("x7731b", "2023JB0451"), unless it is
  a word and a number glued ("zomer2023", "1500euro").
- Letters and a number in two groups ("NL-JB 221-0045"), not two years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.english import _ENGLISH
from stemsync.deidentify.common import HIGH, Span, _Ctx, _I
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _FUNCTION_WORDS, alternation, dictionary, frequencies, words
from stemsync.deidentify.numbers import _DIGIT_WORD, _YEAR_RE

_COURT_RE = re.compile(
    # also with the serial number in two groups and spaces in the suffix: "C/16/5189 22 / JE RK ...",
    # "C/17/17 9023 / JE RK 23 - 704", "C/17/190 112 JE RK 24/688"
    # also with spaces around the slashes and a dash before the suffix: "C /18 /942712 JE RK 25 - 1241",
    # "C/09/260 629", "C/05/876829 - JE RK 22.6296", "C/16/57 2290 of zo"
    r"(?<![\w/.-])(?:[A-Z]{1,3}\s?/\s?\d{2}\s?/\s?(?:\d{2,4}\s\d{3,6}(?![\d,.]\d|[\w/-])|\d{3}\s\d{3}(?!\d)|\d{3,8}|\d{2}(?=\s\d))(?:\s\d{1,6}(?=\s*/?\s*[A-Z]{2}\s?[A-Z]{2}\s?\d))?"
    r"(?:\s*[-/]?\s*[A-Z]{2}\s?[A-Z]{2}\s?\d{2}\s?[-/.]\s?\d{1,6})?"
    r"|[A-Z]{1,3}-\d{2}-\d{3,8}(?:-[A-Z]{2}-?[A-Z]{2}-?\d{2}-\d{1,6})?"  # with dashes: "c-02-418443-je-rk-24-1520"
    r"|[A-Z]{2}\s[A-Z]{2}\s\d{2}\s?[-/]\s?\d{1,6}"  # JE RK 21-1234, JE RK 23 - 704
    r"|(?-i:[A-Z]{2}\s?RK)\s?\d{2}\.\d{3,6}"  # with a dot, in capitals: "JE RK 22.6296" (not "ex om 19.00")
    r"|[A-Z]{2}\s?RK\s?\d{2}\s\d{3,6}"  # with a space only: "fa rk 21 2194"
    r"|[A-Z]{2,4}(?:-[A-Z]{2,4})?\s\d{2}[/-]\d{3,6}"  # AWB 23/10422, JB-NH 19-22314, gi-nn 24/1093
    r"|(?-i:[A-Z]{2,4})\s\d{2}\s[/-]\s(?!(?:19|20)\d\d\b)\d{3,6}"  # with spaces, in capitals: "JR 23 / 10442"
    r"|(?:19|20)\d{2}[/-][A-Z]{1,4}[/-]\d{3,7}"  # 2024/KL/00771, 2024-NH-07731
    r"|\d{3}([.\s]?)\d{3}\1\d{3}\s?/\s?\d{2}"  # gerechtshof 200.312.456/01, 200 539 298/02
    r"|\d{2}/\d{5,7}-\d{2}"  # parketnummer 05/123456-22
    # a ruling's number with its chamber's letters: "beschikking 24/0871 JE" (not "24/1200 EN")
    r"|\d{2}/\d{3,6}\s(?!(?-i:EN|OF|IS|IN|OP|DE|TE|OM|HET|DAT|DIE|MET|VAN|NU|JA|NEE|WE|ZE|IK)\b)(?-i:[A-Z]{2,3})"
    r"|(?:19|20)\d{2}[/.-](?:\d{5,7}|\d{3}\.\d{3})"  # a year and a serial number: 2024/188745, 2024/118.342, 2024-0087431, 2021.206245
    r"|(?-i:[A-Z]{2,4})\s(?:19|20)\d{2}\s?[/-]\s?\d{3}\s?\d{3}(?!\d)"  # letters, a year, a serial in groups: "VT 2023 / 118 274"
    # a serial number and a year: 1187/2023 (a month and year has two digits; not "2022/2023")
    r"|(?!(?:19|20)\d{2}/)\d{3,7}/(?:19|20)\d{2}"
    r"|(?-i:\d{1,4}\s(?!(?:OP|EN|IN|OM|TE|TOT|OF)\s)[A-Z]{1,3}\s\d{1,5}/\d{2})"  # a German court's file number (Az.): 224 F 118/24
    r"|ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}"
    r")(?![\w/-])",
    _I,
)
_LEADING_WORDS_RE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)*(?=\s\d)")
_DOSSIER_RE = re.compile(
    r"(?<![\w/.-])[A-Z]{1,6}(?:[-/][A-Z]{1,6}){0,3}[-/]?(?:19|20)?\d{2}[-/.]\d{2,7}(?:[-/.]\d{1,5})?(?![\w/-])"
)
_GENERIC_CODE_RE = re.compile(
    r"(?<![\w/.:@-])(?=[\w./-]*[^\W\d_])(?:[^\W_]+[./-]){1,5}[^\W_]+(?![\w/@-]|\.\w)"
)
# groups of digits with spaces, a letter group after: "1182 2047 JGZ", "4471 2209"
_SPACED_CODE = r"(?=\d[\d\s]{5,})\d{2,}(?:\s\d{2,}){1,3}(?:\s\d(?![\w.,]))?(?:\s(?-i:[A-Z]{2,4})(?![\w]))?"
# a code typed apart after its keyword: "CL . 88 . 41 . 02", "DOS - 8 8 1 2 3 4" (three digit groups or more)
_SPREAD_CODE = r"(?:[A-Za-z]{1,6}\s*[-./:]\s*|[A-Za-z]{1,6}\s)?\d{1,6}(?:\s*[-./]\s*\d{1,6}|\s\d{1,6}){2,}(?![.,/-]?\d)"
_SPOKEN_CODE = rf"{_DIGIT_WORD}(?:[\s,-]+{_DIGIT_WORD}){{3,}}(?![\w-])"
_CODE = r"(?=[\w/.\-]*\d)[A-Za-z0-9][\w/.\-]*[A-Za-z0-9](?:\s[-–/]\s\d{3,})?|\d"  # also "JZ 2024 - 11873", "23 / 10442"
_KEYWORD_RE = re.compile(
    # "dossier", also glued to an abbreviation: "JGZ-dossier 1182 2047 JGZ"
    r"(?<![\w-])(?:[A-Za-z]{2,5}-)?(?:" + alternation("case_keywords")
    # any compound of a number word: "lidnummer", "inlogcode", "aanmeldkenmerk"
    # (also misspelt: "zaaknumer", "dossiernummmer")
    + r"|[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?:nummer|numer|nummmer|nummr|number|nr\.?|code|kenmerk))"  # also "proces-verbaalnummer", "dossiernumber"
    # "mijn cliëntnummer bij de GI is 7731-009"
    # "het zaaknummer bij de Raad voor de Kinderbescherming is 2024/188745"
    # "het parketnummer betreffende mijn zoon is 15.704587.24"
    # (also the number in brackets after them: "registratienummer van de melding bij Veilig Thuis (24/0 19 882)")
    r"(?:\s+(?:bij|van|voor|in|betreffende|inzake|omtrent|over)(?:\s+(?:de|het|die|mijn|jullie))?(?:\s+[^\W\d_][\w-]*){1,5}?(?=\s+(?:is|was|luidt)\b|\s*:|\s*\(\s*\d)"
    # "kenmerk brief waterschap: 2024.0087.33125": the words that say whose number, then a colon
    r"|(?:\s+[^\W\d_][\w-]*){1,3}?(?=\s*:)"
    # "polisnummer zorgverzekering 44.88.213.7": one word that says whose number, then the number
    r"|\s+(?P<gap>[^\W\d_]{7,20})(?=\s+\d))?"  # (not a short letter code: "dossier jbov 2025.0412")
    # "cliëntnummer bij jullie is volgens mij 773 41 09"
    r"(?:\s+(?:bij|van|voor)\s+(?:jullie|u|de\s+\w+|het\s+\w+|mijn\s+\w+)(?=\s+is\b))?"
    r"(?:\s+is\s+(?:volgens\s+mij|denk\s+ik|geloof\s+ik|nog\s+steeds|nu))?"
    r"(?:\s*(?:is|was|luidt|:|#|\(|,|nummer|nr\.?|no\.?|=))*\s*"  # also "het cliëntnummer (448120)", "het cliëntnummer, CL-00 47 219,"
    # a letter prefix before the code: "registratienummer bjz 19.2231"
    r"(?P<prefix>[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})?[\s-](?=\d))?(?P<code>" + _SPACED_CODE + "|" + _SPREAD_CODE + "|" + _SPOKEN_CODE + "|" + _CODE + r")(?![\w])",
    _I,
)
# capitals, then digits in groups: "CL 55 82 914", "JB 2231 904"; never a phone number's shape
_LETTERS_SPACED_RE = re.compile(r"(?<![\w-])[A-Z]{2,4}(?:\s\d{2,7}){2,4}(?![\w-]|[.,]\d)")  # also "JB 2023 004591"
# three or more digit groups joined by dashes: a registration or client number
# a public prosecutor's case number (parketnummer) without its keyword: "16-204518-24", "(10/123456-23)"
_PARKET_RE = re.compile(r"(?<![\w/.-])\d{2}([-/.])\d{5,6}\1\d{2}(?![\w/-]|[.,]\d)")  # also "15.704587.24"
# three or more groups of digits with spaces and no keyword: "30 12 948", "4471 22 093" (not amounts)
_SPACED_DIGITS_RE = re.compile(r"(?<![\w/.,-])\d{2,4}(?:\s\d{2,4}){2,4}(?![\w/-]|[.,]\d)")
_AMOUNT_AROUND_RE = re.compile(r"[€$]\s?\||\|\s*(?:euro|eur|€|keer|x\b|%|procent|jaar|uur|km|kilo|minuten)", _I)
_DASHED_DIGITS_RE = re.compile(r"(?<![\w/.-])\d{2,5}(?:-\d{2,5}){2,4}(?![\w/-]|[.,]\d)")
# letters, then a number in two groups: "NL-JB 221-0045", "JZ-O 2231/884"
_LETTERS_TWO_GROUPS_RE = re.compile(
    r"(?<![\w/-])(?P<letters>[A-Z]{2,6}(?:-[A-Z]{1,6}){0,2})\s(?P<num>\d{2,5}[-/]\d{2,6})(?![\w/-]|[.,]\d)")
_LETTERS_TWO_GROUPS_CI_RE = re.compile(_LETTERS_TWO_GROUPS_RE.pattern, _I)
# one token of letters and digits: "x7731b", "2023JB0451", "zomer2023"
_MIXED_TOKEN_RE = re.compile(r"(?<![\w@./#-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}(?![\w@/-]|\.\w)", _I)
_PUBLIC_BODIES = words("public_bodies")
# English words before a date ("his birthday is on 12/04"): no letters of a code
_ENGLISH_BEFORE_DATE = _ENGLISH | frozenset("is on in at of by was from since until till due".split())
_KEYWORD_GATE = re.compile(r"nr|nummer|number|kenmerk|code|registr|zaak|dossier|dosier|ref|client|cliënt|klant|"
                           r"beschikking|uitspraak|vonnis|melding|ticket|indicatie|verwijs|rekest|relatie|factuur|vordering|aanvraag|vermelding",
                           _I)


def _find_case_numbers(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.n_digits < 2:
        if "nul" in ctx.words and _KEYWORD_GATE.search(text):  # "zaaknummer twee nul twee drie ..."
            for m in _KEYWORD_RE.finditer(text):
                if re.fullmatch(_SPOKEN_CODE, m.group("code"), _I):
                    yield m.start("code"), m.end("code"), "nummer", HIGH
        return
    for rx in (_COURT_RE, _DOSSIER_RE):
        for m in rx.finditer(text):
            letters = _LEADING_WORDS_RE.match(m.group())
            if letters and all(w.lower() in _FUNCTION_WORDS or w.lower() in _ENGLISH_BEFORE_DATE
                               for w in letters.group().split()) \
                    and (ctx.shouting or not letters.group().isupper()):
                continue  # "in 12/2023 begonnen", "is op 12/2023", "is on 12/04": words before a month and year
            yield m.start(), m.end(), "zaaknummer", HIGH
    for m in _GENERIC_CODE_RE.finditer(text):
        code = m.group()
        groups = re.split(r"[./-]", code)
        # five digits, or four in one group that is no year ("A-4412-K", not "ma-12-03", "covid-2019")
        enough = sum(c.isdigit() for c in code) >= 5 or (any(
            len(g) >= 4 and g.isdigit() and not _YEAR_RE.fullmatch(g) for g in groups) and not any(
            len(g) >= 3 and g.isalpha() and _is_word(g.lower()) for g in groups))  # not "0800-nummer"
        # a group of letters, or letters and digits glued that are no time ("18min-0448", not "14u30-15u00")
        lettered = any(g.isalpha() or (not g.isdigit() and any(c.isdigit() for c in g)
                                       and not _TIME_OR_TIMES_RE.fullmatch(g)) for g in groups)
        if enough and lettered and len(groups) >= 2 and not code.lower().startswith(("www", "http")):
            yield m.start(), m.end(), "zaaknummer", HIGH
    for m in _PARKET_RE.finditer(text):
        yield m.start(), m.end(), "zaaknummer", HIGH
    for m in _DASHED_DIGITS_RE.finditer(text):
        groups = m.group().split("-")
        if sum(len(g) for g in groups) >= 9 and not all(_YEAR_RE.fullmatch(g) for g in groups):
            yield m.start(), m.end(), "nummer", HIGH  # "inschrijfnummer woningnet 0071-2284-553"
    for m in _SPACED_DIGITS_RE.finditer(text):
        groups = m.group().split()
        if sum(len(g) for g in groups) >= 7 and not all(_YEAR_RE.fullmatch(g) for g in groups) \
                and not _AMOUNT_AROUND_RE.search(text[max(0, m.start() - 2):m.start()] + "|" + text[m.end():m.end() + 8]):
            yield m.start(), m.end(), "nummer", HIGH  # "het moet 30 12 948 zijn": a number read out in groups
    for m in _LETTERS_SPACED_RE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 6:
            letters = m.group().split()[0]
            if letters.lower() in _FUNCTION_WORDS or frequencies().at_least(letters.lower(), 4.0):
                continue  # "IK HEB 1500 2000 EURO": a word in a text in capitals, then amounts
            # "het is CL 55 82 914": a code in groups; after a public body only its number ("COA 4418 2270")
            start = m.start() + len(letters) + 1 if letters.lower() in _PUBLIC_BODIES else m.start()
            yield start, m.end(), "nummer", HIGH
    if ctx.n_digits >= 4:
        yield from _mixed_tokens(ctx)
        rx = _LETTERS_TWO_GROUPS_CI_RE if ctx.shouting else _LETTERS_TWO_GROUPS_RE
        for m in rx.finditer(text):
            first = m.group("letters").split("-")[0].lower()
            groups = re.split(r"[-/]", m.group("num"))
            if (sum(len(g) for g in groups) >= 6 and first not in _FUNCTION_WORDS
                    and not all(_YEAR_RE.fullmatch(g) for g in groups)
                    and not (ctx.shouting and frequencies().at_least(first, 4.0))):
                yield m.start(), m.end(), "zaaknummer", HIGH
    if _KEYWORD_GATE.search(text):
        for m in _KEYWORD_RE.finditer(text):
            code = m.group("code")
            digits = sum(c.isdigit() for c in code)
            prefix = m.group("prefix")
            if prefix and prefix[:-1].lower() in _FUNCTION_WORDS:
                continue  # "dossier van 2019": a year, not a code
            if _PRODUCT_KEY_RE.match(m.group()):
                continue  # "artikelnummer 402.334.56": a product in a shop, no person's number
            if m.group("gap") and (digits < 6 or m.group("gap").lower() in _FUNCTION_WORDS):
                continue  # "nummer twee 3": a long number after one word only
            if prefix and not prefix[:-1].isupper() and prefix[:-1].lower() in dictionary().words \
                    and frequencies().at_least(prefix[:-1].lower(), 4.0):
                prefix = None  # "burgerservicenummer luidt 1234...", "sofinummer oma 1234...": a word stays
            if digits >= 4 or (digits >= 2 and any(c.isalpha() or c in "/-." for c in code)) or (
                    digits == 0 and re.fullmatch(_SPOKEN_CODE, code, _I)):
                yield m.start("prefix") if prefix else m.start("code"), m.end("code"), "nummer", HIGH


_PRODUCT_KEY_RE = re.compile(r"(?:artikel|product|model|onderdeel|type)(?:nummer|nr|code)", re.I)
_UNIT_SUFFIXES = frozenset("""e ste de jr jaar jarige x km kg mg ml cm mm gr pm am uur u min sec mb gb kb kw
euro eur k p""".split())


def _is_word(low: str) -> bool:
    return low in dictionary().words or frequencies().at_least(low, 3.0)


_TIME_OR_TIMES_RE = re.compile(r"\d{1,2}[uh]\d{2}u?|\d+x\d+", _I)


def _mixed_tokens(ctx: _Ctx) -> Iterator[Span]:
    """A token of letters and four or more digits is a code ("x7731b", "AB12c4471"), unless
    it is a word or unit and a number glued together ("zomer2023", "1500euro", "2019e")."""
    for m in _MIXED_TOKEN_RE.finditer(ctx.text):
        token = m.group()
        if sum(c.isdigit() for c in token) < 4 or _TIME_OR_TIMES_RE.fullmatch(token):
            continue  # "14u30", "2x1500"
        runs = re.findall(r"\d+|[^\W\d_]+", token)
        if len(runs) == 2:
            letters = runs[0] if runs[1].isdigit() else runs[1]
            low = letters.lower()
            if low in _UNIT_SUFFIXES or low in _FUNCTION_WORDS or (len(low) >= 3 and (
                    _is_word(low) or frequencies().at_least(low, 3.0, "en"))):
                continue
        yield m.start(), m.end(), "zaaknummer", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
