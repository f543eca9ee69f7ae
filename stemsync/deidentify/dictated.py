"""Codes written out so that a filter does not see them, read as the characters they stand for.

People who do not want a form to "catch" a number write it in words or break it up:
digits and letters by name ("vijf-kaa-el-dee-zeventwee", "ka-el-vier-nul-negen-ex",
"ZERO SIX - 19 48 27 36", "vijfendertig twaalf kaa el"), separators as words ("JB dash 2024
dash 00871", "XR dash 227 dash B") or in brackets ("bit[.]ly/...", "naam(at)live(punt)nl"),
spaced dots and dashes ("lot_tje . 2010", "3818 - BA") and a doubled "@@". A reader reads
all of these as the code. :func:`dictated_spans` writes a *dictated copy* of the text in
which each of these is the character it stands for, a code written out as one word
("5KLD72", "JB-2024-00871", "bit.ly/..."), and runs the finders of structured codes over
the copy; what they find where the copy differs from the text is mapped back onto the
text as written.

Words for letters and digits are read only inside a run of at least three such parts
(letters, digits, their names), so "mijn ex", "tee" or "twee weken" stay words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from stemsync.deidentify.caps import is_shouting
from stemsync.deidentify.common import HIGH, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary
from stemsync.deidentify.numbers import LOOKALIKE_LETTERS, LOOKALIKE_TABLE
from stemsync.deidentify.fastcase import accelerate

_UNITS = {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
          "zeven": "7", "acht": "8", "negen": "9", "zeve": "7", "nege": "9",  # (as speech-to-text writes them)
          "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9"}
_TEENS = {"tien": "10", "elf": "11", "twaalf": "12", "dertien": "13", "veertien": "14", "vijftien": "15",
          "zestien": "16", "zeventien": "17", "achttien": "18", "negentien": "19",
          "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
          "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
_TENS = {"twintig": "2", "dertig": "3", "veertig": "4", "vijftig": "5", "zestig": "6", "zeventig": "7",
         "tachtig": "8", "negentig": "9",
         "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
         "ninety": "9"}
# the names of letters, Dutch and English, that are no common word of their own
# (not "aa", "ee", "em" ('m), "en", "er", "oo", "uu", "ie", "are"; "ex" only inside a run)
LETTER_NAMES = {"bee": "B", "cee": "C", "dee": "D", "ef": "F", "gee": "G", "haa": "H", "jee": "J", "jot": "J",
                "kaa": "K", "ka": "K", "kee": "K", "el": "L", "ell": "L", "ha": "H", "ee": "E", "pee": "P", "kuu": "Q", "ku": "Q", "es": "S", "tee": "T",
                "vee": "V", "wee": "W", "iks": "X", "ex": "X", "ix": "X", "zet": "Z", "ypsilon": "Y",
                "aitch": "H", "jay": "J", "kay": "K", "cue": "Q", "ess": "S", "zed": "Z", "wye": "Y"}
# letters said as Dutch speech-to-text writes them that are words too ("te", "er", "de"): read as their letter only
# inside a run of a code's parts (like the wordy letters below; no gate word: "te" is in every other comment)
SAID_LETTERS = {"be": "B", "ce": "C", "de": "D", "ge": "G", "pe": "P", "te": "T", "ve": "V", "er": "R",
                "ie": "I"}  # (a bank's I: "en el achttien ie en gee bee ...", "tee er ie o"; "ie" is "hij" too)
# (of those, the ones that are seldom a Dutch word: "en" between one of them and a letter is an "N")
_RARE_SAID_LETTERS = frozenset({"be", "ce", "ge", "pe", "ve"})
# the spelling alphabets, international (NATO) and Dutch: "Kilo Sierra Tango", "Gerard Zaandam Theodoor"; read as
# their letter only beside another of them (see _edits: "Johan 06 ..." stays a name)
SPELLING_ALPHABET = {w: w[0].upper() for w in (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa "
    "quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu "
    "anton bernard cornelis dirk eduard ferdinand gerard hendrik izaak johan karel lodewijk maria nico otto pieter "
    "quotient rudolf simon theodoor utrecht willem xantippe ypsilon zaandam "
    "johannes teunis").split()}  # (the older Dutch words for J and T, as grandparents spell)
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER_WORD_RE = re.compile(
    rf"(?P<units>(?:{_UNIT_ALT}){{2,}})"  # "zeventwee" = 72, "nulzes" = 06
    rf"|(?P<unit>{_UNIT_ALT})?(?:en|ën|-)?(?P<tens>{'|'.join(_TENS)})"  # "vijfendertig", "zevenenveertig", "twenty-one"
    rf"|(?P<tens2>{'|'.join(_TENS)})-?(?P<unit2>{_UNIT_ALT})"  # (English: "twentyone", "sixty-two")
    rf"|(?P<teen>{'|'.join(_TEENS)})|(?P<one>{_UNIT_ALT})")


_YEAR_WORD_RE = re.compile(r"(?P<c>tweeduizend|negentienhonderd)(?:en|ën)?(?P<rest>[a-zë]*)")
# hundreds: "negenhonderdtwaalf" = 912, "honderddrie" = 103, "vijfhonderdnegen" = 509
_HUNDRED_WORD_RE = re.compile(rf"(?P<h>{_UNIT_ALT})?honderd(?:en|ën)?(?P<rest>[a-zë]*)")
# thousands: "vierduizendachthonderdeenentwintig" = 4821 (a postcode said as one number), "zevenduizenddrie" = 7003
_THOUSAND_WORD_RE = re.compile(rf"(?P<t>{_UNIT_ALT})duizend(?:en|ën)?(?P<rest>[a-zë]*)")


def number_word(word: str) -> str | None:
    """The digits a number word stands for ("zeventwee" -> "72", "vijfendertig" -> "35",
    "tweeduizendvierentwintig" -> "2024"), or None."""
    low = word.lower()
    if (y := _YEAR_WORD_RE.fullmatch(low)) is not None:
        rest = number_word(y.group("rest")) if y.group("rest") else "00"
        if rest is None or len(rest) > 2:
            return None
        return ("20" if y.group("c") == "tweeduizend" else "19") + rest.zfill(2)
    if (t := _THOUSAND_WORD_RE.fullmatch(low)) is not None and t.group("t") not in {"nul", "zero", "een", "één"}:
        rest = number_word(t.group("rest")) if t.group("rest") else "000"
        if rest is None or len(rest) > 3:
            return None
        return _UNITS[t.group("t")] + rest.zfill(3)
    if (h := _HUNDRED_WORD_RE.fullmatch(low)) is not None and not low.startswith(("tweeduizend", "negentienhonderd")):
        rest = number_word(h.group("rest")) if h.group("rest") else "00"
        if rest is None or len(rest) > 2 or h.group("h") in {"nul", "zero"}:
            return None
        return (_UNITS[h.group("h")] if h.group("h") else "1") + rest.zfill(2)
    m = _NUMBER_WORD_RE.fullmatch(low)
    if m is None:
        return None
    if m.group("units"):
        return "".join(_UNITS[u] for u in re.findall(_UNIT_ALT, m.group("units")))
    if m.group("tens"):
        return _TENS[m.group("tens")] + (_UNITS[m.group("unit")] if m.group("unit") else "0")
    if m.group("tens2"):
        return _TENS[m.group("tens2")] + _UNITS[m.group("unit2")]
    if m.group("teen"):
        return _TEENS[m.group("teen")]
    return _UNITS[m.group("one")]


# letters typed for digits inside a run: also an "S" for a five ("4l4 38S S8S")
_RUN_LOOKALIKES = LOOKALIKE_LETTERS + "Ss"
_RUN_LOOKALIKE_TABLE = str.maketrans(_RUN_LOOKALIKES, "0011" + "55")
_LOOKALIKE_GROUP_RE = re.compile(r"(?<!\w)(?=[OoIlSs]*\d)[\dOoIl]*[Ss][\dOoIlSs]*(?!\w)")  # (with an "S": the others are read anyway)
# the codes of Dutch banks in IBANs (not "trio" or "hand", which are words)
_BANK_CODES = frozenset("abna rabo ingb asnb snsb rbrb knab bunq fvlb nnba revo deut bick".split())
_CONSONANT_GROUP_RE = re.compile(r"[bcdfghjklmnpqrstvwxz]{2,3}")
_MIXED_DIGITS_RE = re.compile(rf"(?:\d|{_UNIT_ALT})+")


@functools.lru_cache(maxsize=65536)
def _part(token: str) -> str | None:
    """What a token of a run reads as: its digits, its letter, or None (no part of a code)."""
    if token.isdigit():
        return token
    if " " in token:
        return token[0].upper()  # a letter said with a word for it: "J van Jan" (merged in _edits)
    low = token.lower()
    if len(low) == 1 and low.isalpha():
        return token
    if low in LETTER_NAMES:
        return LETTER_NAMES[low]
    if low in SAID_LETTERS:
        return SAID_LETTERS[low] if token.islower() else SAID_LETTERS[low].upper()
    if low in SPELLING_ALPHABET:
        return SPELLING_ALPHABET[low]
    if (digits := number_word(low)) is not None:
        return digits
    if any(c.isdigit() for c in token) and all(c.isdigit() or c in _RUN_LOOKALIKES for c in token):
        return token.translate(_RUN_LOOKALIKE_TABLE)  # "o9", "1O", "38S": letters typed for digits
    if any(c.isdigit() for c in token) and (mixed := _MIXED_DIGITS_RE.fullmatch(low)) is not None:
        return "".join(c if c.isdigit() else _UNITS[c] for c in re.findall(rf"\d|{_UNIT_ALT}", mixed.group()))  # "1two3"
    if low in _BANK_CODES:
        return token  # a Dutch bank's code in a run: "nl twintig asnb drie negen ..." (as written: no word read)
    if _CONSONANT_GROUP_RE.fullmatch(low):
        return token  # a plate's or a dossier's letters in lowercase: "ktl", "jb" (no vowel: no word)
    if len(token) <= 4 and token.isalnum() and token.isupper() and (
            any(c.isdigit() for c in token) or (low not in _FUNCTION_WORDS and low not in dictionary().words
                                                and not ordinary_english(low))):
        return token  # a group of a code in capitals: "XR", "JB", "2B", a bank's "RABO" (not "MIJN", "IS", "YEAR")
    return None


_TOKEN_RE = re.compile(r"[^\W_]+")
# a dash written as a word, dashes of other lengths, and emoji (as characters of a pattern)
_DASH_WORDS = "dash|streepje|streep|koppelteken|hyphen|minteken"
_DASHES = "–—‒−"
_EMOJI = "\U0001F100-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"  # (also enclosed letters: "🅿️")
# a dash as a word, and inside a run of a code's parts also "plus": "06 plus zes-drie-negen-1-2-8-0-5"
# (and "min", as speech-to-text writes a dash: "jee bee min twintig vierentwintig min nul acht ...")
_RUN_JOINER_RE = re.compile(rf"(?i:{_DASH_WORDS}|plus|ster|sterretje|hekje|min)")  # ("06 ster 41 ster 55 ...")
# between two parts of a run: blanks, a dash or a dot, or a dash as a word ("2024 streep nul nul acht")
_GAP_RE = re.compile(rf"[ \t]*[-{_DASHES}=#·•]?[ \t]*|[ \t]+_[ \t]+|[ \t]*\.[ \t]*|[ \t]+(?i:{_DASH_WORDS})[ \t]+"
                     r"|[ \t]+(?i:plus|ster|sterretje|hekje|min)[ \t]+|[ \t]+/[ \t]+|,[ \t]+|/")  # ("/" only between figures: below)  # (a comma only in a long run of digits: below)
_TLDS = "nl|com|c0m|org|net|eu|be|info|io|ly|me|ee|gg|tv|co|app|de"  # (also "c0m" with a nought)
# the ends of other countries' mail domains, read only after a mail provider ("yahoo punt ro", "wp punt pl")
_COUNTRY_TLDS = "ro|pl|tr|fr|it|es|uk|ua|ma|pt|gr|hu|cz|sk|bg|hr|rs|ru|sr|cw|aw|se|dk|fi|ie|ng|gh|ph|so"
# a dot of a web address, also as a word, in brackets or with blanks
_DOT = r"[ \t]*(?:\.|[ \t](?i:dot|punt)[ \t]|[\[({<][ \t]?(?:\.|(?i:dot|punt))[ \t]?[\])}>])[ \t]*"
_WEB_END_RE = re.compile(rf"[^\W_]{_DOT}(?i:{_TLDS})\Z")
# the user name before "op" or "at": with a dot, an underscore or a figure ("ilse.vermeulen"), or a mail
# provider after it
_SLASH_AFTER_RE = re.compile(r"[a-zA-Z]{2,4}[ \t]*/[ \t]*[\w@]")
_MAIL_DOMAIN_BEFORE_RE = re.compile(r"(?:@|[ \t](?i:at|op|bij|[åäàáâ]t)[ \t])[ \t]*[\w-]+\Z")
_USER_BEFORE_RE = re.compile(r"([\w.\-]+)\Z")
_USER_MARK_RE = re.compile(r"[._\d]")
# a user name said with a dot before its figures: "rami punt haddad " (before "12 at gmail punt com")
# the Dutch word for "@", also misspelt: "apenstaartje", "appenstaartje", "apenstaarje", "apestaartje"
_AT_SIGN_WORD = r"(?:app?e?n?staa?rt?je+|at-teken)"  # (and "at-teken", the "at sign")
# the "@" said before a mail domain: "apenstaartje ...", or "at" before a domain and its end ("at gmail punt com")
_SAID_AT_DOMAIN = (rf"(?:(?i:{_AT_SIGN_WORD}|arobase)[ \t]"
                   rf"|(?i:at|[åäàáâ]t)[ \t]+[\w-]+(?:[ \t][^\W_]{{1,9}})?{_DOT}(?i:{_TLDS})(?![\w.-]))")
_SAID_DOT_BEFORE_RE = re.compile(r"(?i)[^\W_]+[ \t]+(?:dot|punt)[ \t]+[^\W_]+[ \t]*\Z")
_MAIL_PROVIDERS = frozenset("gmail hotmail outlook live ziggo kpnmail kpnplanet planet icloud yahoo home xs4all msn "
                            "telfort upcmail casema quicknet online proton protonmail "
                            "hotmial hotmal gmial gamil outlok".split())  # (and common typos)
_PROVIDER_ALT = "|".join(sorted(_MAIL_PROVIDERS, key=len, reverse=True))
_DASHED_ADDRESS_RE = re.compile(
    rf"(?i)(?<![\w-])[^\W_]+(?:[-_](?:dot|punt)[-_][^\W_]+)*[-_](?:at|[åäàáâ]t|apenstaartje)[-_][^\W_]+"
    rf"(?:[-_](?:dot|punt)[-_][^\W_]+)*[-_](?:dot|punt)[-_](?:{_TLDS})(?![\w-])")
# ... or groups of them, also joined by dashes: "[P][D]-[J][V]-[5][2]", "(60)(14)(32)(79)(4)", "[0][2][0] - [6]..."
_BRACKETED_CHARS_RE = re.compile(r"(?:[\[(][A-Za-z0-9]{1,4}[\])](?:[ \t]*-[ \t]*)?){3,}(?<![ \t-])")
_BRACKET_RE = re.compile(r"[\[\]()]")
_DASHED_SIGN_RE = re.compile(r"(?i)[-_](dot|punt|at|[åäàáâ]t|apenstaartje)[-_]")
# separators written as words or in brackets, and spaced or doubled ones
_SEPARATORS_RE = re.compile(
    rf"(?P<dash>(?<=[^\W_])[ \t]+(?i:{_DASH_WORDS})[ \t]+(?=[^\W_]))"
    r"|(?P<slash>(?<=[^\W_])[ \t]+(?i:slash|schuine[ \t]+streep)[ \t]+(?=[^\W_]))"
    r"|(?P<under>(?<=[^\W_])[ \t]+(?i:underscore|laag[ \t]+streepje)[ \t]+(?=[^\W_]))"
    # (also between signs as brackets: "sanne_devries #at# outlook #dot# com", "*punt*")
    r"|(?P<bdot>[ \t]?(?:[\[({<][ \t]?(?:\.|(?i:dot|punt))[ \t]?[\])}>]|(?P<h1>[#*])(?i:dot|punt)(?P=h1))[ \t]?)"
    r"|(?P<bslash>[ \t]?(?:[\[({<][ \t]?(?:/|(?i:slash))[ \t]?[\])}>]|(?P<h2>[#*])(?i:slash)(?P=h2))[ \t]?)"
    r"|(?P<bunder>[ \t]?[\[({<][ \t]?(?:_|(?i:underscore|laag[ \t]+streepje))[ \t]?[\])}>][ \t]?)"
    r"|(?P<bat>[ \t]?(?:[\[({<«][ \t]?(?:@|(?i:at|apenstaartje))[ \t]?[\])}>»]|(?P<h3>[#*])(?i:at|apenstaartje)(?P=h3))[ \t]?"
    rf"|[ \t]+(?i:arobase|{_AT_SIGN_WORD})[ \t]+)"
    # "punt" before the end of a web address, also in a chain: "chat punt whatsapp punt com slash x"
    rf"|(?P<tld>(?<=[^\W_])[ \t]+(?i:dot|punt)[ \t]+(?=(?:[\w-]+[ \t]+(?i:dot|punt)[ \t]+){{0,3}}"
    rf"(?i:{_TLDS})(?![\w.-])))"
    # ... and before another country's end after a mail provider: "yahoo punt ro" (the provider: checked in _edits)
    rf"|(?P<ptld>(?<=[^\W_])[ \t]+(?i:dot|punt)[ \t]+(?=(?i:{_COUNTRY_TLDS})(?![\w.-])))"
    # ... and in a user name said before "apenstaartje": "anouk punt smit apenstaartje ..."
    rf"|(?P<udot>(?<=[^\W_])[ \t]+(?i:dot|punt)[ \t]+(?=[^\W_]+(?:[ \t]+\d{{1,4}})?[ \t]+{_SAID_AT_DOMAIN}))"
    # ... and its figures said after a blank: "rami punt haddad 12 at gmail punt com"
    rf"|(?P<ufig>(?<=[^\W\d_]{{2}})[ \t]+(?=\d{{1,4}}[ \t]+{_SAID_AT_DOMAIN}))"
    # ... or a dot with blanks, in a mail address or before a path: "GMAIL . COM", "bit . ly / x" (checked in
    # _edits; not "naar huis . nl vond ik")
    rf"|(?P<sptld>(?<=[^\W_])[ \t]+\.[ \t]+(?=(?i:{_TLDS})(?![\w.-])))"
    # "at", "op" or "bij" between a user name and a mail domain: "ilse.vermeulen op ziggo punt nl",
    # "BOOS.OUDER ÅT GMAIL . COM" (the user name is checked in _edits)
    rf"|(?P<wat>(?<=[^\W_])[ \t]+(?i:at|op|bij|[åäàáâ]t)[ \t]+(?=[\w-]+(?:[ \t][^\W_]{{1,9}})?{_DOT}(?i:{_TLDS})(?![\w.-])))"
    # a spaced bullet for a dot before the end of an address: "kimvanderlinden • gmail • com" (checked in _edits)
    rf"|(?P<sbul>(?<=[^\W_])[ \t]+[•·∙●][ \t]+(?=(?:[\w-]+[ \t]+[•·∙●][ \t]+)?(?i:{_TLDS})(?![\w.-])))"
    # a slash with blanks after a web address: "bit . ly / 3xYzK9q" (checked in _edits)
    r"|(?P<wslash>(?<=[^\W_])(?:[ \t]+/[ \t]*|[ \t]*/[ \t]+)(?=[\w@-]))"
    # "dot" is no Dutch word: between two words it is a dot ("yara dot el dot amrani")
    r"|(?P<edot>(?<=[^\W_])[ \t]+(?-i:dot|DOT)[ \t]+(?=[^\W_]))"
    # a code's parts joined by another sign: "2024 – 00 – 18733", "06=45=80=31=72", "D#2024#00412"
    rf"|(?P<sign>(?<=[^\W_])[ \t]?[{_DASHES}=#~|+][ \t]?(?=[^\W_])|(?<=[^\W_])[ \t]+[{_DASHES}][ \t]+(?=[^\W_]))"
    # a middle dot typed inside a word or number: "niekie·2·0·0·8"; a dot as a sign between words: "x●nl"
    r"|(?P<mid>(?<=[^\W_])[·•∙][ \t]?(?=[^\W_])|(?<=\b[^\W_])[ \t][·•∙][ \t](?=[^\W_]\b))"
    r"|(?P<bullet>(?<=[a-z])[●◦∘⚫](?=[a-z]))"
    # an emoji for the "@" before a mail provider and its end: "sanne.bakker🐒gmail.com" (the providers: below)
    rf"|(?P<emat>(?<=[^\W_])[ \t]?[{_EMOJI}][\ufe0f]?[ \t]?(?=(?i:{_PROVIDER_ALT})(?:{_DOT}|[ \t]?[{_EMOJI}][\ufe0f]?[ \t]?)"
    rf"(?i:{_TLDS})(?![\w-])))"
    # ... and an emoji for the dot before the end, after a mail provider (checked in _edits): "dewit 🙂 xs4all 🙂 nl"
    rf"|(?P<emdot>(?<=[^\W_])[ \t]?[{_EMOJI}][\ufe0f]?[ \t]?(?=(?i:{_TLDS})(?![\w.-])))"
    # an emoji with blanks between single characters: "K ❤️ 5 ❤️ 1 ❤️ 9 ❤️ R ❤️ T", "1 O 5 6 ❤ b j"
    # (the same way at least twice in a row)
    rf"|(?P<emspc>(?<=\b[^\W_])[ \t][{_EMOJI}][\ufe0f]?[ \t](?=[^\W_][ \t][{_EMOJI}])"
    rf"|(?<=[{_EMOJI}][ \t][^\W_])[ \t][{_EMOJI}][\ufe0f]?[ \t](?=[^\W_]\b)"
    rf"|(?<=[{_EMOJI}]\ufe0f[ \t][^\W_])[ \t][{_EMOJI}][\ufe0f]?[ \t](?=[^\W_]\b))"
    # an emoji between a code's parts: "78🚗DPN🚗4", "29🎈01🎈2007", "6 🙂 4 🙂 1 ..."
    rf"|(?P<emoji>(?:(?<=\d)[ \t]?[{_EMOJI}][\ufe0f]?[ \t]?(?=\d|[A-Z]{{1,4}}(?![^\W_])|[^\W\d_]{{1,3}}[ \t]?[{_EMOJI}]|(?!(?i:ik|je|ze|en|of|op|in|is|te|na|al|nu|zo|om|me|we|u)\b)[^\W\d_]{{1,2}}(?![^\W_])(?![ \t]+[^\W\d_]))"
    rf"|(?<=[^\W_])[ \t]?[{_EMOJI}][\ufe0f]?[ \t]?(?=\d)))"  # (a figure beside it)
    # (letters after the figure in capitals, before the next emoji, or one or two at the code's end before a sign:
    # "hr 💢 291 💢 x,"; not "lina_xo2011 😬 vdr wist er niks van", "[06 ...] 📱 gr Ans")
    # (or between two short parts of letters, which it joins: "H🚗R🚗764🚗F" -> "HR-764-F")
    rf"|(?P<emojil>(?<=\b[^\W\d_])[{_EMOJI}][\ufe0f]?(?=[^\W\d_]\b)|(?<=\b[^\W\d_]{{2}})[{_EMOJI}][\ufe0f]?(?=[^\W\d_]{{1,2}}\b))"
    # "lot_tje . 2010", "sanne . 2010": a user name's parts (not ". Daarna", "huis . nl", "TZ . 519")
    r"|(?P<sdot>(?<=[a-z_])[ \t]\.[ \t](?=\d{2,4}(?![\w.])))"
    # "3818 - BA", "HL - 22" (not "een 8 - top")
    r"|(?P<sdash>(?<=\d\d)[ \t]+-[ \t]+(?=[A-Za-z]{1,3}(?![\w-]))|(?<=\b[A-Za-z])[ \t]+-[ \t]+(?=\d)"
    r"|(?<=\b[A-Za-z]{2})[ \t]+-[ \t]+(?=\d)|(?<=\b[A-Za-z]{3})[ \t]+-[ \t]+(?=\d))"
    r"|(?P<at2>@@+)"
    # a comma for a dot in a web address: "www,ouderhulplijn-noord,nl", "ouderhulp,nl/contact"
    # (after a word of five letters or more, before "nl", "com", "org", "net", "info" or "eu", or before a path)
    rf"|(?P<cdot>(?<=\bwww),(?=[\w-])|(?<=[^\W_]{{5}}),(?=(?i:nl|com|org|net|info|eu)\b(?![.,]\w))"
    rf"|(?<=[^\W_]),(?=(?i:{_TLDS})/\w))")
_SEPARATOR_CHARS = {"bunder": "_", "ptld": ".", "udot": ".", "ufig": "", "emspc": "", "emat": "@", "emdot": ".", "sbul": ".", "cdot": ".", "bslash": "/", "sptld": ".", "wat": "@", "wslash": "/", "dash": "-", "slash": "/", "under": "_", "bdot": ".", "bat": "@", "tld": ".", "sdot": ".",
                    "sdash": "-", "at2": "@", "edot": ".", "sign": "-", "mid": "", "bullet": ".", "emoji": "-", "emojil": ""}
# (the gates are literal tests and case-sensitive patterns on the lowercase text: cheap on every comment)
_BRACKETED_RE = re.compile(r"[\[({<][ \t]?(?:\.|@|[a-z]{2,12})[ \t]?[\])}>]|([#*])(?:at|dot|punt|slash|apenstaartje)\1")
_SPACED_DASH_RE = re.compile(r"\d - |[a-z] - \d")
_SIGN_GATE_RE = re.compile(rf"[{_DASHES}=#·•∙«|~●◦∘⚫]|arobase|{_AT_SIGN_WORD}|\w _ \w|_ \d|\w ?[{_EMOJI}]\ufe0f? ?\w")
_COMMA_WEB_GATE_RE = re.compile(rf"www,|[a-z0-9],(?:{_TLDS})(?:/|\b)")
_SPACED_FIGURES = 6  # (fewer are marks or a count: "cijfers 7 8 6 7")
_ONE_BY_ONE_GAPS = (" ", ".", "-", ". ", "- ", "/")  # ("7/7/0/9/5/9/0/8/8": a BSN told figure by figure)
# (the gate of those and of characters in brackets: _one_by_one and _BRACKETED_CHARS_RE decide)
_SPACED_FIGURES_RE = re.compile(rf"\w(?:(?:{'|'.join(map(re.escape, _ONE_BY_ONE_GAPS))})\w){{{_SPACED_FIGURES - 1}}}"
                                r"|(?:[\[(]\w{1,4}[\])]-?){3}")
_DIGIT_WORD_DIGIT_RE = re.compile(r"\d[a-z]{3,5}\d")
_GATE_WORDS = frozenset(LETTER_NAMES) | frozenset(_DASH_WORDS.split("|")) | frozenset(
    "slash schuine underscore laag dot punt ster sterretje hekje zero one two three four five six seven eight nine".split())
_SPELLING_GATE = frozenset(SPELLING_ALPHABET)
_TO_BLANKS = str.maketrans({c: " " for c in "-_.,;:!?()[]{}<>/\\'\"@#&*+=|~`^%$€0123456789"})
# Dutch number words: read only beside a figure or a code's capitals ("NL negenentachtig RABO 0123 ...")
_DUTCH_NUMBER_GATE_RE = re.compile(r"(?:tig|tien|twaalf|elf|duizend|honderd|nul|twee|drie|vier|vijf|zes|zeven|acht|negen)\b")
# (or parts joined by dashes; or an IBAN's country in lowercase before a number word: "nl twintig asnb drie ...")
_FIGURE_OR_CODE_RE = re.compile(r"\d|\b[A-Z]{2,4}\b|[^\W_]-[^\W_]+-[^\W_]"
                                r"|(?i:\bnl\s+(?:nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien|\w*tig)\b)")


def _gated(text: str) -> bool:
    low = text.lower()
    if ("[" in low or "(" in low or "{" in low or "<" in low or "*" in low or "#" in low) \
            and _BRACKETED_RE.search(low) is not None:
        return True
    if " . " in low or "@@" in low or (" - " in low and _SPACED_DASH_RE.search(low) is not None):
        return True
    if _SIGN_GATE_RE.search(low) is not None:
        return True
    words = set(low.translate(_TO_BLANKS).split())
    if not _GATE_WORDS.isdisjoint(words):
        return True
    if len(words & _SPELLING_GATE) >= 2:
        return True  # two words of a spelling alphabet: "vijfenveertig Gerard Zaandam Theodoor drie"
    if _SPACED_FIGURES_RE.search(text) is not None:
        return True
    groups = [m.group() for m in _LOOKALIKE_GROUP_RE.finditer(text) if len(m.group()) >= 3]
    if len(groups) >= 2 or any(len(g) >= 4 and sum(c.isdigit() for c in g) >= 2 for g in groups):
        return True  # groups with an "S" typed for a five: "4l4 38S S8S", "ABNA 04S1 2345"
    if "," in low and _COMMA_WEB_GATE_RE.search(low) is not None:
        return True
    figure = _FIGURE_OR_CODE_RE.search(text) is not None
    return figure and (_DIGIT_WORD_DIGIT_RE.search(low) is not None or _DUTCH_NUMBER_GATE_RE.search(low) is not None)


class _Copy:
    """A text with parts rewritten, and for each character of the copy the part of the text it stands for."""

    __slots__ = ("text", "starts", "ends", "changed", "brackets")

    def __init__(self, written: str, edits: list[tuple[int, int, str, str]]) -> None:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        changed: list[tuple[int, int]] = []
        brackets: dict[int, tuple[int, int]] = {}  # brackets left out of the copy, by their place in it
        pos = 0
        out = 0
        for a, b, rep, _ in sorted(edits):
            if a < pos:
                continue  # (overlapping edits: the first stays)
            parts.append(written[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
            out += a - pos
            parts.append(rep)
            starts.extend([a] * len(rep))
            ends.extend([b] * len(rep))
            changed.append((out, out + len(rep)))
            if not rep and not written[a:b].strip("[]()"):
                brackets[out] = (a, b)
            out += len(rep)
            pos = b
        parts.append(written[pos:])
        starts.extend(range(pos, len(written)))
        ends.extend(range(pos + 1, len(written) + 1))
        self.text = "".join(parts)
        self.starts = starts
        self.ends = ends
        self.changed = changed
        self.brackets = brackets

    def written(self, span: Span) -> Span | None:
        """``span`` of the copy as a span of the text, if it covers a rewritten part."""
        s, e, kind, conf = span
        if e <= s or not any(a < e and s < b for a, b in self.changed):
            return None
        # (a code in brackets, "[P][D]-[J][V]-[5][2]", takes its first and last bracket too)
        start = self.brackets[s][0] if s in self.brackets else self.starts[s]
        end = self.brackets[e][1] if e in self.brackets else self.ends[e - 1]
        return start, end, kind, conf


# letter names and digits that are words too ("mijn ex", "een XR dash 227"): part of a code at its ends only
# when a dash joins them to it
_WORDY_LETTERS = frozenset({"ex", "jay", "kay", "cue", "ess", "een", "één", "one", "ten"}) | frozenset(SAID_LETTERS)  # ("ten name van": no 10)
WORDY_DIGITS = frozenset({"een", "één", "one"})
_WORDY_NUMBERS = frozenset({"ten"})  # (a number word that is a word too: "ten name van")  # (an article before a code, not after it: "een XR dash 227")
_NOUGHTS = frozenset("oO")
# words that are a letter or a bank's code only before a letter's name and more of a code: "en el" (N L),
# "ing bee" (ING B)
_PAIRED_LETTERS = {("en", "el"): "N", ("en", "ell"): "N", ("ing", "bee"): "ING", ("ing", "b"): "ING"}
_HUNDRED_RE = re.compile(r"[1-9]00")
_LONG_RUN = 8  # (a run this long is a number told figure by figure: its "one" at the start is a figure)
_AFTER_UNDERSCORE_RE = re.compile(r"(?i)(?:underscore|laag[ \t]+streepje)[ \t]+\Z")
_WORD_BEFORE_RE = re.compile(r"([^\W_]+)[ \t]*\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]*([^\W_]+)")


def _code_side(word: str | None) -> bool:
    """A word beside a separator written as a word that can be part of a code (not "met een underscore ertussen")."""
    # (a code's letters in capitals are a code's side even when they spell a word: "498211 slash JE RK 23-2290")
    return word is not None and (word.lower() not in _FUNCTION_WORDS or word.isupper() and len(word) <= 3)


def _one_by_one(text: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """The gaps to close in the stretches of a run typed one character at a time with the same gap (six characters
    or more, four figures at least)."""
    out: list[tuple[int, int, str, str]] = []
    k = 0
    while k < len(run):
        m = k
        gap = text[run[k][1]:run[k + 1][0]] if k + 1 < len(run) else None
        while m + 1 < len(run) and len(run[m][2]) == 1 and len(run[m + 1][2]) == 1 and gap in _ONE_BY_ONE_GAPS \
                and text[run[m][1]:run[m + 1][0]] == gap:
            m += 1
        stretch = run[k:m + 1]
        figures = sum(t[2].isdigit() for t in stretch)
        if len(stretch) < _SPACED_FIGURES and gap == " " and (mixed := _signed_stretch(text, run, k)):
            out.extend(mixed[0])  # blanks in the groups, signs between them: "1 2 . 0 5 . 0 9"
            k = mixed[1] + 1
            continue
        if len(stretch) >= _SPACED_FIGURES and (figures >= 4 or gap != " " and len(stretch) <= _PLATE_CHARACTERS
                                               and figures >= 2 and len(stretch) - figures >= 2):
            # (or a plate's six characters joined by dots or dashes: "V-H-N-2-3-1", not "a b c 1 2 3")
            # (with the groups of figures typed before and after it the same way: "06 48 1 5 0 3 2 6" is one number)
            lo, hi = k, m
            while lo > 0 and run[lo - 1][2].isdigit() and text[run[lo - 1][1]:run[lo][0]] == gap:
                lo -= 1
            while hi + 1 < len(run) and run[hi + 1][2].isdigit() and text[run[hi][1]:run[hi + 1][0]] == gap:
                hi += 1
            stretch = run[lo:hi + 1]
            out.extend((a[1], b[0], "", "gap") for a, b in zip(stretch, stretch[1:]))
            m = hi
        k = m + 1
    return out


_FIGURES_AFTER_UNDERSCORE_RE = re.compile(r"(?:(?<=[^\W_]_)|(?<=[^\W_]__))[ \t]\d(?:[ \t]\d){1,3}(?![\w])")
_NOUGHT_COM_RE = re.compile(r"(?<=[.\s])[cC]0[mM](?![\w.-])")
_DOTTED_DOMAIN_RE = re.compile(r"(?<=@)[A-Za-z](?:\.[A-Za-z]){5,}(?![\w.])")
_SAID_SCHEME_RE = re.compile(r"(?i)\bhttps?(?P<sep>[ \t]+(?:dubbele[ \t]+punt|colon|:)[ \t]+(?:slash[ \t]+slash|//)[ \t]+)(?=[^\W_])")
# mail providers as speech-to-text writes them down
_HEARD_PROVIDERS = {"jeemail": "gmail", "geemail": "gmail", "geemel": "gmail", "jeemel": "gmail", "hotmel": "hotmail",
                    "hotmale": "hotmail", "otmail": "hotmail", "ziego": "ziggo", "zigo": "ziggo", "outluk": "outlook", "autlook": "outlook"}
_SPLIT_PROVIDER_RE = re.compile(rf"(?<![\w.])([^\W_]{{1,9}})[ \t]([^\W_]{{1,9}})(?={_DOT}(?i:{_TLDS})(?![\w.-]))")
_SPACED_WEB_RE = re.compile(
    r"(?i)(?<![\w.])(?:h[ \t]?t[ \t]?t[ \t]?p[ \t]?s?[ \t]?:[ \t]?/[ \t]?/[ \t]*(?:w(?:[ \t]?w){2}[ \t]*\.[ \t]*)?"
    r"[^\W_][\w-]*|w(?:[ \t]?w){2}(?:[ \t]*\.[ \t]*[^\W_][\w-]*))(?:[ \t]*\.[ \t]*[^\W_][\w-]*){0,2}?[ \t]*\.[ \t]*"
    r"(?:n[ \t]?l|c[ \t]?o[ \t]?m|o[ \t]?r[ \t]?g|n[ \t]?e[ \t]?t|b[ \t]?e|e[ \t]?u|i[ \t]?n[ \t]?f[ \t]?o)(?![\w])")
_BLANKS_RE = re.compile(r"[ \t]+")
# words before a said "@" that are no user name ("onder apenstaartje x", "via apenstaartje x")
_NO_USER = frozenset("onder via daar naar heet volg volgt volgen account insta instagram tiktok snap snapchat".split())
_PLATFORM_PATH_BEFORE_RE = re.compile(
    r"(?i)(?<![\w-])(?:linkedin|facebook|instagram|tiktok|youtube|twitter|fb|insta)(?:[ \t]+(?:dot|punt)[ \t]+(?:com|kom|komm|con))?"
    r"(?:[ \t]+slash[ \t]+[^\W_]+)*\Z")
# a web address said with a dash before and after each dot: "WWW – PUNT – OUDERSTEMMEN – PUNT – NL"
_DASHED_WEB_RE = re.compile(rf"(?i)(?<![\w-])(?:www|[^\W_]+)(?:[ \t]*[-{_DASHES}][ \t]*(?:punt|dot)[ \t]*[-{_DASHES}][ \t]*[^\W_]+)+")
_DASHED_DOT_RE = re.compile(rf"(?i)[ \t]*[-{_DASHES}][ \t]*(?:punt|dot)[ \t]*[-{_DASHES}][ \t]*")
# ".com" misheard after a platform's name or a mail provider: "facebook punt kom"
_HEARD_COM_RE = re.compile(r"(?i)(?<=[^\W_])[ \t]+(?:punt|dot)[ \t]+(?P<kom>kom|komm|con)(?![\w.-])")
_SAID_AT = rf"(?:@[ \t]*|(?i:{_AT_SIGN_WORD}|arobase)[ \t]+)"
_SAID_HANDLE_RE = re.compile(rf"(?P<at>{_SAID_AT})[^\W_]+(?:[ \t]+(?i:punt|dot)[ \t]+(?![A-Z][a-z])[^\W_]+)+")
_SAID_DOT_RE = re.compile(r"[ \t]+(?i:punt|dot)[ \t]+")
_SPLIT_DOMAIN_RE = re.compile(rf"{_SAID_AT}[^\W_]{{2,20}}(?P<gap>[ \t])[^\W_]{{2,20}}(?={_DOT}(?i:{_TLDS})(?![\w.-]))")
_PLATE_CHARACTERS = 6
_SIGN_GAP_RE = re.compile(r"[ \t]*[-./][ \t]*|[ \t]+_[ \t]+")  # (a spaced "_" as a dash: "0 6 _ 4 8 _ 1 5")


def _signed_stretch(text: str, run: list[tuple[int, int, str]], k: int) -> tuple[list[tuple[int, int, str, str]], int] | None:
    """Single characters from ``run[k]`` with blanks inside their groups and a spaced dot, dash or slash between
    the groups ("1 2 . 0 5 . 0 9", "0 6 - 4 8 1 5 0 3 2 6"): the edits that close the blanks and keep the signs, and
    the stretch's last index (six characters or more, four figures at least, two groups at least)."""
    edits: list[tuple[int, int, str, str]] = []
    m = k
    signs = 0
    while m + 1 < len(run) and len(run[m][2]) == 1 and len(run[m + 1][2]) == 1:
        gap = text[run[m][1]:run[m + 1][0]]
        if gap == " ":
            edits.append((run[m][1], run[m + 1][0], "", "gap"))
        elif _SIGN_GAP_RE.fullmatch(gap) and " " in gap:
            edits.append((run[m][1], run[m + 1][0], gap.strip(" \t").replace("_", "-"), "sep"))
            signs += 1
        else:
            break
        m += 1
    if m - k + 1 < _SPACED_FIGURES or not signs or sum(t[2].isdigit() for t in run[k:m + 1]) < 4:
        return None
    return edits, m


def _handle_like(word: str) -> bool:
    """A word after a said "@" that can be a handle: a name, figures, a word in no dictionary."""
    low = word.lower()
    return any(c.isdigit() for c in low) or low in _name_lists().first_any or low not in dictionary().words


def _en_is_a_letter(before: str, after: str) -> bool:
    """"en" is the letter N between the names of letters ("ka en tee", "a be en a", "el en streepje negen"): one of
    them a letter's name that is no common word, the other a letter, a letter's name or a dash said as a word."""
    def named(w: str) -> bool:
        return w in LETTER_NAMES or w in _RARE_SAID_LETTERS

    def letter(w: str) -> bool:
        return named(w) or len(w) == 1 and w.isalpha() or w == "ie"  # ("ie en gee bee": I N G B)

    joiner = _RUN_JOINER_RE.fullmatch(after) is not None
    # (also "tee en er": the R said "er" after a letter's name and its "en")
    return named(before) and (letter(after) or joiner or after == "er") or letter(before) and named(after) \
        or before in SAID_LETTERS and joiner  # ("te en streepje zes acht": TN-68; not "zet jee en de rest")


_POSTCODE_FRONT_RE = re.compile(r"[1-9]\d{3}[A-Za-z]")  # a postcode's figures and first letter: "3581P [er]"


def _letters_with_words(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A letter said with a word that starts with it ("J van Jan", "S VAN SIMON", "k van karel") as one token,
    when another part of a code is beside it (a figure, a number word or another such letter)."""
    out: list[tuple[int, int, str]] = []
    n = 0
    while n < len(toks):
        a = toks[n]
        if n + 2 < len(toks) and len(a[2]) == 1 and a[2].isalpha() and toks[n + 1][2].lower() == "van" \
                and len(toks[n + 2][2]) >= 3 and toks[n + 2][2][0].lower() == a[2].lower() \
                and toks[n + 2][2].isalpha() and text[a[1]:toks[n + 2][0]].lower() == " van " \
                and toks[n + 2][2].lower() not in _FUNCTION_WORDS:  # (not "[...-H] van haar vriend")
            out.append((a[0], toks[n + 2][1], text[a[0]:toks[n + 2][1]]))
            n += 3
            continue
        out.append(a)
        n += 1
    result: list[tuple[int, int, str]] = []
    for i, t in enumerate(out):
        # (one on its own is a phrase: "de K van Karel"; beside a part of a code it is the code's letter)
        near = [out[j][2] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        if " " not in t[2] or any(" " in w or w.isdigit() or number_word(w.lower()) is not None for w in near):
            result.append(t)
        else:
            result.extend(tok for tok in toks if t[0] <= tok[0] < t[1])
    return result


def _edits(text: str) -> list[tuple[int, int, str, str]]:
    """The rewrites of the dictated copy: (start, end, characters, what): "word" a letter or digit
    by name, "sep" a separator written as a word or in brackets, "gap" the blanks in a code."""
    edits: list[tuple[int, int, str, str]] = []
    # runs of letters, digits and their names, written together: "vijf-kaa-el-dee-zeventwee" -> "5KLD72"
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    if " van " in text or " VAN " in text:
        toks = _letters_with_words(text, toks)  # "J van Jan D van Dirk nul zeven": one part each
    # a word of a spelling alphabet is a letter only beside another: "Kilo Sierra Tango", not "11 november 2024"
    spelled = [t[2].lower() in SPELLING_ALPHABET for t in toks]
    parts = [None if spelled[n] and not (n and spelled[n - 1] or n + 1 < len(toks) and spelled[n + 1]) else _part(t[2])
             for n, t in enumerate(toks)]
    # words that are a code's letters only before a given letter: "en el drie drie ing bee 7655 ..." (NL33 INGB ...)
    paired: dict[int, str] = {}
    for n in range(1, len(toks) - 1):
        if toks[n][2] in ("en", "EN") and _en_is_a_letter(toks[n - 1][2].lower(), toks[n + 1][2].lower()):
            parts[n] = paired[toks[n][0]] = "N"  # "en" between letters' names is one: "vijf zes ka en tee drie"
    for n in range(len(toks) - 2):
        if parts[n] is None and (said := _PAIRED_LETTERS.get((toks[n][2].lower(), toks[n + 1][2].lower()))) \
                and toks[n + 1][0] - toks[n][1] == 1 and parts[n + 1] is not None and parts[n + 2] is not None:
            parts[n] = paired[toks[n][0]] = said
    i = 0
    while i < len(toks):
        if parts[i] is None:
            i += 1
            continue
        j = i
        run = [toks[i]]
        slashed = False
        while j + 1 < len(toks):
            k = j + 2 if _RUN_JOINER_RE.fullmatch(toks[j + 1][2]) and j + 2 < len(toks) else j + 1  # (a dash as a word)
            gap = text[toks[j][1]:toks[k][0]]
            if parts[k] is None or _GAP_RE.fullmatch(text, toks[j][1], toks[k][0]) is None or (
                    (gap == "/" or slashed) and not (toks[j][2].isdigit() and toks[k][2].isdigit())):
                break  # ("/" only in a run of figures: "7/7/0/9/5/9/0/8/8", not "op 30/01 een brief")
            slashed = slashed or gap == "/"
            j = k
            run.append(toks[k])
        if len(run) >= 2 and run[0][2].lower() in ("de", "het", "een") and run[1][2].lower() in SPELLING_ALPHABET:
            run = run[1:]  # an article before a word of a spelling alphabet: "de Karel Dirk streepje ..." (not D)
        # a letter name that is a word too stays a word at the run's ends unless a dash joins it: "mijn ex 79 - NLB - 4"
        # (or the run is a code said with two dashes as words: "ge er streepje zes zes zes streepje ha")
        dashed = len(run) >= 5 and sum(_RUN_JOINER_RE.search(text, a[1], b[0]) is not None
                                       for a, b in zip(run, run[1:])) >= 2
        # (a figure said as a word that is a word too is a figure at the ends of a long number: "ONE SEVEN SIX 822 045",
        # "zero six, fifty-one, twenty-two, eighty-eight, ten")
        long_number = len(run) >= _LONG_RUN or sum(len(v) for t in run if (v := _part(t[2]) or "").isdigit()) >= _LONG_RUN
        while not dashed and run and run[0][2].lower() in _WORDY_LETTERS and (
                len(run) == 1 or "-" not in text[run[0][1]:run[1][0]]) \
                and not (run[0][2].lower() in WORDY_DIGITS and long_number):  # ("ONE ZERO SIX TWO ...")
            run = run[1:]
        while not dashed and run and run[-1][2].lower() in _WORDY_LETTERS - WORDY_DIGITS \
                and (len(run) == 1 or "-" not in text[run[-2][1]:run[-1][0]]) \
                and not _POSTCODE_FRONT_RE.fullmatch("".join(_part(t[2]) or "" for t in run[:-1])) \
                and not (long_number and run[-1][2].lower() in _WORDY_NUMBERS and len(run) >= 2
                         and not run[-2][2].isdigit() and "," in text[run[-2][1]:run[-1][0]]):
            run = run[:-1]
        values = [paired.get(t[0]) or _part(t[2]) or "" for t in run]
        if any(v.isupper() and v.isalpha() and v != t[2] for t, v in zip(run, values)):
            values = [v.upper() if len(v) == 1 else v for v in values]  # "a be en a": "ABNA" (a letter's case)
        for n in range(len(values) - 1):  # "vierhonderd achtentachtig": 488, not 40088
            if _HUNDRED_RE.fullmatch(values[n]) and len(values[n + 1]) <= 2 and values[n + 1].isdigit() \
                    and "honderd" in run[n][2].lower():
                values[n], values[n + 1] = values[n][0] + values[n + 1].zfill(2), ""
        if sum(v.isdigit() for v in values) >= 4:  # an "o" among figures is a nought: "o-vijf-o, 3-6-1, 2-2-9-7"
            values = ["0" if t[2] in _NOUGHTS else v for t, v in zip(run, values)]
        elif len(run) == 4 and "".join(values[:2]) in ("19", "20") and all(
                v.isdigit() or len(v) == 1 and v in LOOKALIKE_LETTERS for v in values[2:]):
            values = values[:2] + [v.translate(LOOKALIKE_TABLE) for v in values[2:]]  # a year: "2 0 O 8", "2 0 1 l"
        spelled_letters = sum(t[2].lower() in SPELLING_ALPHABET for t in run)
        if any("," in text[a[1]:b[0]] for a, b in zip(run, run[1:])) and (
                len(run) < 6 or not all(v.isdigit() for v in values)) and not (
                spelled_letters >= 2 and sum(v.isdigit() for v in values) >= 2):
            # (not in a code spelled with a spelling alphabet: "zes, Rudolf Gerard, zeven acht twee")
            # commas: a list ("zes, zeven en acht"), unless a long run of digits told in groups; what stands before
            # the first comma is read on its own ("insta kee-vee 2010, www...")
            cut = next(n for n, (a, b) in enumerate(zip(run, run[1:])) if "," in text[a[1]:b[0]]) + 1
            run, values = run[:cut], values[:cut]
        words = [(t[0], t[1], v) for t, v in zip(run, values) if v != t[2]]
        # the gaps with a dash said as a word ("06 ster 41 ster ...", "2024 streep nul nul acht")
        joiners = [_RUN_JOINER_RE.search(text, a[1], b[0]) is not None for a, b in zip(run, run[1:])]
        if not words and not any(joiners):
            # characters typed one by one with the same blank, dot or dash between: "C/16/5 1 2 3 9 0", "6.8.2.1.d.g"
            edits.extend(_one_by_one(text, run))
        elif not words:
            # figures joined by a dash said as a word: only that dash is written ("JE RK 24 streepje 1876")
            edits.extend((a[1], b[0], "-", "sep") for a, b, said in zip(run, run[1:], joiners) if said)
        elif len(run) >= 3 or len(run) == 2 and (_AFTER_UNDERSCORE_RE.search(text, max(0, run[0][0] - 16), run[0][0])
                                                 or "".join(values) == "06"):
            # (two number words after an underscore said as a word are a user name's figures: "RAYAN UNDERSCORE
            # ZEVEN ZEVEN"; "nul zes" is a mobile number's start: "nul zes eh wacht twee acht ...")
            edits.extend((a, b, v, "word") for a, b, v in words)
            for a, b, said in zip(run, run[1:], joiners):
                gap = text[a[1]:b[0]]
                edits.append((a[1], b[0], "-" if said else "", "sep" if gap.strip(f" \t-.{_DASHES}=#·•") else "gap"))
        i = j + 1
    # a web address said with dashes around its dots ("WWW – PUNT – OUDERSTEMMEN – PUNT – NL"): its dots
    if "unt" in text or "UNT" in text or "dot" in text or "DOT" in text:
        for m in _DASHED_WEB_RE.finditer(text):
            parts = re.split(r"[^\w]+", m.group())
            if parts[0].lower() == "www" or parts[-1].lower() in _TLDS.split("|"):
                edits.extend((d.start(), d.end(), ".", "sep") for d in _DASHED_DOT_RE.finditer(text, m.start(), m.end()))
        for m in _HEARD_COM_RE.finditer(text):
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and (before.group(1).lower() in _MAIL_PROVIDERS or _PLATFORM_PATH_BEFORE_RE.fullmatch(
                    before.group(1))):
                edits.append((m.start(), m.end(), ".com", "sep"))  # "facebook punt kom": facebook.com
    taken = [(a, b) for a, b, _, _ in edits]
    for m in _SEPARATORS_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # (inside a run: written above)
        if m.lastgroup == "emdot":
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if before is None or before.group(1).lower() not in _MAIL_PROVIDERS:
                continue  # (not "top 🙂 nl")
        elif m.lastgroup == "sbul":
            after = _WORD_AFTER_RE.match(text, m.end())
            if after and after.group(1).lower() in _MAIL_PROVIDERS:
                edits.append((m.start(), m.end(), "@", "sep"))  # (a bullet before the mail provider is its "@")
                continue
        elif m.lastgroup == "ptld":
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if before is None or before.group(1).lower() not in _MAIL_PROVIDERS:
                continue  # (not "een punt uk": only "yahoo punt ro")
        elif m.lastgroup == "ufig":
            if _SAID_DOT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None:
                continue  # (not "ik ben 12 at ...": only "rami punt haddad 12 at gmail punt com")
        elif m.lastgroup == "wat":
            user = _USER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            words = text[m.end():m.end() + 30].split()
            domain = words[0].strip(".([{<").lower() if words else ""
            if domain not in _MAIL_PROVIDERS and len(words) > 1:
                domain += words[1].strip(".([{<").lower()  # (split over two words: "kpn mail dot nl")
            name = user.group(1).lower() if user else ""
            domain = _HEARD_PROVIDERS.get(domain, domain)
            if _SAID_DOT_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) is not None or name.isdigit() \
                    and len(name) <= 4 and _SAID_DOT_BEFORE_RE.search(text, max(0, m.start() - 60),
                                                                         m.start() - len(name)) is not None:
                name += "_"  # (a user name said with its dot: "fam punt elamrani at ...", "f punt ouali 77 at ...")
            if not name or name in _FUNCTION_WORDS or name.isdigit() or not (
                    _USER_MARK_RE.search(name) or domain in _MAIL_PROVIDERS and name not in dictionary().words):
                continue  # (not "ik zit op ziggo punt nl")
        elif m.lastgroup == "sptld":
            if _SLASH_AFTER_RE.match(text, m.end()) is None \
                    and _MAIL_DOMAIN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None:
                continue
        elif m.lastgroup in {"wslash", "slash"} and _WEB_END_RE.search(text, max(0, m.start() - 30), m.start()):
            pass  # a slash after a web address, also before a function word: "jeugdzorg-klachten(punt)nl slash ons-verhaal"
        elif m.lastgroup == "wslash":
            continue
        elif m.lastgroup == "slash" and _PLATFORM_PATH_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            pass  # a platform's page said aloud: "linkedin slash in slash bakkerramdin"
        elif m.lastgroup in {"dash", "slash", "under"}:
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            after = _WORD_AFTER_RE.match(text, m.end())
            if not (_code_side(before and before.group(1)) and _code_side(after and after.group(1))):
                continue
        elif m.lastgroup == "bat" and text[m.start()] in " \t":
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and (before.group(1).lower() in _FUNCTION_WORDS or before.group(1).lower() in _NO_USER):
                after = _WORD_AFTER_RE.match(text, m.end())
                if after is None or not _handle_like(after.group(1)):
                    continue  # "die apenstaartje vraag", "met punt en apenstaartje erin": the word, no "@"
                lead = len(m.group()) - len(m.group().lstrip(" \t"))
                edits.append((m.start() + lead, m.end(), "@", "sep"))  # "onder apenstaartje x": no user name before it
                continue
        edits.append((m.start(), m.end(), _SEPARATOR_CHARS[m.lastgroup],
                      "gap" if m.lastgroup in {"sdash", "sdot"} else "sep"))
    # characters each in brackets: "(R)(G)(7)(7)(3)(0)(5)"
    if "(" in text or "[" in text:
        for m in _BRACKETED_CHARS_RE.finditer(text):
            if sum(c.isalnum() for c in m.group()) < 6:
                continue  # (not "(1)(2)(3)")
            edits.extend((b.start(), b.end(), "", "sep") for b in _BRACKET_RE.finditer(text, m.start(), m.end()))
    # an address whose dots and "@" are words between dashes: "monique-dot-brouwer-at-outlook-dot-com"
    if "-" in text or "_" in text:
        for m in _DASHED_ADDRESS_RE.finditer(text):
            for w in _DASHED_SIGN_RE.finditer(text, m.start(), m.end()):
                edits.append((w.start(), w.end(), "." if w.group(1).lower() in {"dot", "punt"} else "@", "sep"))
    # a mail provider and its end typed with a dot between each letter: "s.a.n.n.e@g.m.a.i.l.c.o.m"
    if "@" in text:
        for m in _DOTTED_DOMAIN_RE.finditer(text):
            letters = m.group().replace(".", "").lower()
            tld = next((t for t in _TLDS.split("|") if letters.endswith(t) and letters[:-len(t)] in _MAIL_PROVIDERS), None)
            if tld is not None:
                dots = [d.start() for d in re.finditer(r"\.", m.group())]
                keep = dots[-len(tld)]  # (the dot before the end stays a dot)
                edits.extend((m.start() + d, m.start() + d + 1, "", "gap") for d in dots if d != keep)
    # a user name's figures typed apart after its underscore: "kevin__ 0 7 8"
    if "_ " in text:
        for m in _FIGURES_AFTER_UNDERSCORE_RE.finditer(text):
            edits.extend((b.start(), b.end(), "", "gap") for b in _BLANKS_RE.finditer(text, m.start(), m.end()))
    # a nought typed for the "o" of "com": "gmail punt c0m"
    if "0m" in text or "0M" in text:
        edits.extend((m.start(), m.end(), m.group().replace("0", "o" if m.group().islower() else "O"), "word")
                     for m in _NOUGHT_COM_RE.finditer(text))
    # a web address's scheme said aloud: "https dubbele punt slash slash ouderforum punt nl"
    for m in _SAID_SCHEME_RE.finditer(text):
        edits.append((m.start("sep"), m.end(), "://", "sep"))
    # a handle said after its "@", its dots said too: "apenstaartje daantje punt skate", "apenstaartje gerda punt vd
    # punt dam"; a mail domain of two words after it: "info apenstaartje familie mahabier punt nl"
    if "staa" in text or "STAA" in text or "robase" in text or "@" in text:
        for m in _SAID_HANDLE_RE.finditer(text):
            edits.extend((d.start(), d.end(), ".", "sep") for d in _SAID_DOT_RE.finditer(text, m.end("at"), m.end()))
        for m in _SPLIT_DOMAIN_RE.finditer(text):
            edits.append((m.start("gap"), m.end("gap"), "", "sep"))
    # a mail provider split over two words before its end: "hotmai l.com", "kpn mail dot nl"
    for m in _SPLIT_PROVIDER_RE.finditer(text):
        if (m.group(1) + m.group(2)).lower() in _MAIL_PROVIDERS:
            edits.append((m.end(1), m.start(2), "", "sep"))
        elif (heard := _HEARD_PROVIDERS.get((m.group(1) + m.group(2)).lower())) is not None:
            edits.append((m.start(1), m.end(2), heard, "sep"))  # "jee mail punt com" (speech-to-text): gmail.com
    # a web address with its dots spaced and letters apart: "w w w . jeugdhulpwijzer . n l"
    if "w w" in text or "W W" in text or "www " in text or "WWW " in text or "t t p" in text or "T T P" in text:
        for m in _SPACED_WEB_RE.finditer(text):
            edits.extend((b.start(), b.end(), "", "sep") for b in _BLANKS_RE.finditer(text, m.start(), m.end()))
    return edits


def written_out(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a code out: runs of letters and digits with names among them
    ("vijf-kaa-el-dee", "zero six 19"), separators as words or in brackets ("dash", "[.]")."""
    if not _gated(text):
        return []
    return [(a, b) for a, b, _, what in _edits(text) if what != "gap"]


def dictated_copy(text: str) -> _Copy | None:
    """The dictated copy of ``text``, or None when it holds nothing written out."""
    if not _gated(text):
        return None
    edits = _edits(text)
    return _Copy(text, edits) if edits else None


def dictated_spans(text: str, finders: Iterable[Callable[[_Ctx], Iterator[Span]]]) -> list[Span]:
    """What ``finders`` find in the dictated copy of ``text`` where it differs, as spans of ``text`` (a text in
    capitals is read as one, so a capitalised word before a code is no part of it: "OF BEL 0 5 1 2 - 3 7 4 4 1 9")."""
    copy = dictated_copy(text)
    if copy is None:
        return []
    ctx = _Ctx.of(copy.text, is_shouting(text))
    out = []
    for finder in finders:
        for span in finder(ctx):
            if (mapped := copy.written(span)) is not None:
                out.append(mapped)
    out.extend(_said_joins(copy))
    return out


_JOINED_GROUPS_RE = re.compile(r"(?<![\w/-])\d{2,8}(?:[-/]\d{2,8})+(?![\w/-])")


def _said_joins(copy: _Copy) -> Iterator[Span]:
    """Digit groups joined by a dash or slash said as a word, seven digits or more: a number told to slip past
    a filter ("twee nul twee vier dash 7 7 1 3", copied "2024-7713"), whatever kind of number it is."""
    said = [a for a, b in copy.changed if copy.text[a:b] in ("-", "/")]
    if not said:
        return
    for m in _JOINED_GROUPS_RE.finditer(copy.text):
        if sum(c.isdigit() for c in m.group()) >= 7 and any(m.start() < a < m.end() for a in said):
            if (mapped := copy.written((m.start(), m.end(), "nummer", HIGH))) is not None:
                yield mapped


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
