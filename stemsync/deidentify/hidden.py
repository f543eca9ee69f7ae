"""Characters that hide a value from a filter but not from a reader.

Keycap digits ("0️⃣6️⃣ 1️⃣2️⃣"), invisible characters typed inside a word or a number
("06\u200b1234 5678", "San\u00adne"), and full-width, mathematical or circled letters and
digits ("０６", "𝟎𝟔", "①②") look like plain text on a screen. The annotators read a
plain copy of such a text; the spans they find there are mapped back onto the text as it
was written, so the redaction also covers the hiding characters.

Words typed as one with a number or a name ("bereikbaar op0031 6 ...", "Sinds3/11woont",
"rechtbankAlmelo") hide a value the same way: the plain copy has a blank between them
(``glued_words``), which maps back onto nothing in the written text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from stemsync.deidentify.common import Span
from stemsync.deidentify.fastcase import accelerate

# a text holds something to read plainly (one search; most texts have none of these)
_GATE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u20e3\uff01-\uff5e\u2460-\u24ff\U0001d400-\U0001d7ff"
                      "\u0370-\u03ff\u0400-\u052f\u2010\u2011\u2015\u2024\u2043\u2044\u2160-\u217f\u2215\u2500\u2501\ufe63]")
# Cyrillic letters that look like Latin ones ("1079 МН", "4-ХТВ-91", "ouderhulp.оrg"): read as the Latin letter
# where they stand in a token with Latin letters or digits, or in a short token right beside a figure
# (and Greek ones: "ΝL92ΑSΝΒ...", "οudersοnline"; "ԝ" for "w"; "Ч" for "4")
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТХаеорсухЗбІіЈјЧԝԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιρνϹϲ",
                             "ABEKMHOPCTXaeopcyx36IiJj4wWABEZHIKMNOPTYXaoipvCc")
_LOOK_ALIKE_LETTERS = frozenset("АВЕКМНОРСТХаеорсухЗбІіЈјЧԝԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιρνϹϲ")
_CYRILLIC_TOKEN_RE = re.compile(r"[\w\u0370-\u03ff\u0400-\u052f]*[\u0370-\u03ff\u0400-\u052f][\w\u0370-\u03ff\u0400-\u052f]*")
_LATIN_OR_DIGIT_RE = re.compile("[A-Za-z0-9]")
_CYRILLIC_RE = re.compile("[\u0370-\u03ff\u0400-\u052f]")
# what is left out of the plain copy: a keycap's marks after its digit ("1\ufe0f\u20e3"), invisible
# characters (a zero-width joiner only inside a word: in "👨‍👩‍👧" it joins emoji)
_DROP_RE = re.compile("(?<=[0-9#*])\ufe0f?\u20e3|[\u00ad\u200b\u200c\u2060\ufeff]|(?<=\\w)\u200d(?=\\w)")
# letters and digits written in another form of the same character: read as their plain form
# (Roman numerals as letters: "Ⅼ" for "L")
_COMPAT_RE = re.compile("[\uff01-\uff5e\u2460-\u24ff\U0001d400-\U0001d7ff\u2160-\u217f]")
# dashes, slashes and dots of other forms inside a code: "010 ─ 4 1 7", "NT‐234‐J", "mijnkind․nl∕oproep"
_SIGN_LOOK_ALIKES = {"\u2010": "-", "\u2011": "-", "\u2015": "-", "\u2043": "-", "\u2500": "-", "\u2501": "-",
                     "\ufe63": "-", "\u2044": "/", "\u2215": "/", "\u2024": "."}


# a first name broken up by signs so that a filter does not know it: "Ma.r.ieke", "jo-ris", "Sa|ra" (read joined
# when the joined word is a listed first name and no word of the dictionary; not "Jan-Willem": pieces of four
# letters at most; not "Bart-Jan", a double name of capitalised pieces, nor "a-tje")
_SPLIT_NAME_RE = re.compile(r"(?<![\w.|*_-])[^\W\d_]{1,4}(?:[.|*_-][^\W\d_]{1,4}){1,4}(?![\w|*_-]|\.[^\W\d_])")
_SPLIT_SIGN_RE = re.compile(r"[.|*_-]")
_SPLIT_GATE_RE = re.compile(r"[^\W\d_][.|*_-][^\W\d_]")


def _split_name_signs(text: str) -> list[tuple[int, int]]:
    """The signs inside first names broken up by them, as spans to leave out of the plain copy."""
    from stemsync.deidentify.lists import _name_lists, dictionary  # noqa: PLC0415 (lists load late)

    out: list[tuple[int, int]] = []
    for m in _SPLIT_NAME_RE.finditer(text):
        pieces = _SPLIT_SIGN_RE.split(m.group())
        if len(pieces[0]) < 2 or all(len(p) >= 3 and p[0].isupper() for p in pieces):
            continue  # "a-tje" (a letter's diminutive), "Bart-Jan" (a double first name as it is written)
        joined = "".join(pieces).lower()
        if len(joined) >= 4 and joined in _name_lists().first_any and joined not in dictionary().words:
            out.extend((s.start(), s.end()) for s in _SPLIT_SIGN_RE.finditer(text, m.start(), m.end()))
    return out


class Plain:
    """A plain copy of a text and, for each of its characters, where it was written."""

    __slots__ = ("text", "_origin", "_written")

    def __init__(self, written: str, split_signs: list[tuple[int, int]] | None = None,
                 blanks: Iterable[int] = ()) -> None:
        written_as = written
        written = _leet_letters(_latin_look_alikes(written))  # (same length: the offsets stay)
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        if split_signs is None:
            split_signs = _split_name_signs(written)
        drops = sorted([(m.start(), m.end()) for m in _DROP_RE.finditer(written)] + split_signs)
        # a blank read between two words typed as one is a drop of nothing with a blank in its place
        edits = sorted([(start, end, "") for start, end in drops] + [(at, at, " ") for at in blanks])
        for start, end, blank in edits:
            if start < pos:
                continue
            self._copy(written, pos, start, parts, origin)
            if blank:
                parts.append(blank)
                origin.append(start)  # (where the word after it was written)
            pos = end
        self._copy(written, pos, len(written), parts, origin)
        origin.append(len(written))
        self.text = "".join(parts)
        self._origin = origin
        self._written = written_as

    @staticmethod
    def _copy(written: str, start: int, end: int, parts: list[str], origin: list[int]) -> None:
        for i in range(start, end):
            c = written[i]
            if c in _SIGN_LOOK_ALIKES:
                parts.append(_SIGN_LOOK_ALIKES[c])
                origin.append(i)
            elif _COMPAT_RE.match(c):
                plain = unicodedata.normalize("NFKC", c)
                parts.append(plain)
                origin.extend([i] * len(plain))
            else:
                parts.append(c)
                origin.append(i)

    def written_spans(self, spans: Iterable[Span]) -> list[Span]:
        """``spans`` of the plain copy as spans of the written text; a span also takes the
        hiding characters right after its last character ("2️⃣1️⃣7️⃣" whole)."""
        out: list[Span] = []
        written = self._written
        for start, end, kind, conf in spans:
            a = self._origin[start]
            b = self._origin[end - 1] + 1 if end > start else a
            while True:
                m = _DROP_RE.match(written, b)
                if not m or m.end() == b:
                    break
                b = m.end()
            out.append((a, b, kind, conf))
        return out


def _latin_look_alikes(text: str) -> str:
    """``text`` with Cyrillic look-alikes of Latin letters read as Latin where they hide a code."""
    if _CYRILLIC_RE.search(text) is None:
        return text
    out = list(text)
    for m in _CYRILLIC_TOKEN_RE.finditer(text):
        tok = m.group()
        near = text[max(0, m.start() - 3):m.start()] + text[m.end():m.end() + 3]
        if _LATIN_OR_DIGIT_RE.search(tok) or (len(tok) <= 3 and any(c.isdigit() for c in near)
                                              and all(c in _LOOK_ALIKE_LETTERS for c in tok)):
            # (a short word beside a figure only when every letter has a Latin look-alike: "4-ХТВ-91"; not a word of
            # a Cyrillic sentence, "11 лет", "е на 13")
            out[m.start():m.end()] = tok.translate(_LOOK_ALIKES)
    return "".join(out)


# signs and figures typed for a letter inside a word to hide it from a filter: "Sch!edam", "obs de sp!egel",
# "D€ Wegwijzer", "m1chael", "Jenaplanschool Ter W3ide", "DE B1JLMER"
_LEET = {"!": "i", "€": "e", "@": "a", "$": "s", "1": "il", "3": "e", "0": "o", "4": "a", "5": "s", "7": "t"}
_DIGIT_LIKE = frozenset("OoIlSsBZ")
# the article "de" typed "d3" where an article stands: after a preposition, a title or a school's type word
# (not "vitamine D3")
_ARTICLE_PLACE_RE = re.compile(r"(?i)(?<![\w-])(?:op|naar|bij|van|aan|in|uit|meneer|mevrouw|heer|juf|meester|cbs|obs|"
                               r"pcbs|rkbs|sbo|so|vso|basisschool|school)[ \t]+\Z")
_LEET_GATE_RE = re.compile(r"[^\W\d_][!€@$\d][^\W\d_]|[^\W\d_]€|\b[dD]3 ")
_LEET_TOKEN_RE = re.compile(r"(?:[^\W_]|[!€@$])+")


def _leet_reading(token: str) -> str | None:
    """``token`` with its signs and figures read as letters, when the word so read is on a list (a word, a name,
    a town, a street) and the token as written is not: "sp!egel" -> "spiegel", "B1JLMER" -> "BIJLMER"."""
    from stemsync.deidentify.lists import _name_lists, dictionary, words  # noqa: PLC0415 (lists load late)

    if all(c in _DIGIT_LIKE for c in token if c.isalpha()):
        return None  # "O1O", "lO": figures and letters typed for them (restore_digits reads those)
    letters = sum(c.isalpha() for c in token)
    signs = [n for n, c in enumerate(token) if c in _LEET]
    if not signs or len(signs) > 2 or (letters < 2 or len(signs) >= letters) and not token.endswith("€"):
        return None
    for n in signs:
        inside = 0 < n < len(token) - 1 and token[n - 1].isalpha() and token[n + 1].isalpha()
        if not (inside or token[n] == "€" and n == len(token) - 1 and token[n - 1].isalpha()):
            return None  # (figures only inside a word: "2college", "daan2010", "mp3" stay)
    lists = _name_lists()
    known = dictionary().words
    upper = token.isupper()
    readings = [""]
    for c in token:
        readings = [r + o for r in readings for o in _LEET.get(c, c)]
    for reading in readings:
        low = reading.lower()
        if low in known or low in lists.first_any or low in lists.surnames_all or low in lists.places \
                or low in lists.streets or low in words("neighbourhoods"):
            return reading.upper() if upper else reading
    return None


def _leet_letters(text: str) -> str:
    """``text`` with the signs and figures typed for letters read as those letters (same length)."""
    if _LEET_GATE_RE.search(text) is None:
        return text
    out = text
    for m in _LEET_TOKEN_RE.finditer(text):
        if (reading := _leet_reading(m.group())) is not None and len(reading) == len(m.group()):
            out = out[:m.start()] + reading + out[m.end():]
        elif m.group() in ("d3", "D3", "d€", "D€") and _ARTICLE_PLACE_RE.search(text, max(0, m.start() - 12), m.start()):
            out = out[:m.start()] + ("DE" if m.group()[0] == "D" and text[m.end() + 1:m.end() + 3].isupper() else
                                     m.group()[0] + "e") + out[m.end():]  # "op CBS D3 FONTEIN", "meneer d3 b0er"
    return out


# symbols and emoji (a bullet, a middle dot, geometric shapes, dingbats, arrows and stars, pictographs)
SYMBOLS = "\u2022\u00b7\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF"
# a symbol or an emoji put between the groups of a code to break it up: "64O 🔹 68I 🔹 9O6", "2S8I ⬛ HM",
# "CL – 44 • 7I • 2O9" (read as a blank: the blank and the symbol before the next group are left out of the plain
# copy); each group two to six figures or letters typed for them, with a real figure, or a postcode's two capitals
# after one ("7/10 👍 vorige", "dewit 🙂 xs4all" and the one-character codes are other rules')
_SYMBOL_SEP_RE = re.compile("(?<![\\w/])(?=[OoIliSsZ]{0,5}[0-9])[0-9OoIliSsZ]{2,6}(?P<sep> [" + SYMBOLS + "\ufe0f]+)"
                            "(?= (?:(?=[OoIliSsZ]{0,5}[0-9])[0-9OoIliSsZ]{2,6}|[A-Z]{2})(?![\\w/]))")
_SYMBOL_GATE_RE = re.compile("[0-9OoIliSsZB] [" + SYMBOLS + "]")  # (a symbol after a group's character and a blank)


def _symbol_separators(text: str) -> list[tuple[int, int]]:
    if _SYMBOL_GATE_RE.search(text) is None:
        return []  # (rare, and cheap to look for)
    return [(m.start("sep"), m.end("sep")) for m in _SYMBOL_SEP_RE.finditer(text)]


def plain_copy(text: str) -> Plain | None:
    """A plain copy of ``text`` when it holds hiding characters or words typed as one, else None."""
    split_signs = _split_name_signs(text) if _SPLIT_GATE_RE.search(text) else []
    split_signs = sorted(split_signs + _symbol_separators(text))
    blanks = glued_words(text)
    if not _GATE_RE.search(text) and not split_signs and not blanks and _LEET_GATE_RE.search(text) is None:
        return None
    copy = Plain(text, split_signs, blanks)
    return copy if copy.text != text else None


# Words typed as one with a number or a name, as in a hurried text message: "bereikbaar op0031 6 ...",
# "Sinds3/11woont", "ikben14", "woonop kerkstraat12", "OP18/11VOOR", "rechtbankAlmelo". The rules read the copy with
# a blank between them: where letters that end in a short word of the sentence meet a figure ("op", "ben", "sinds",
# a street's word), where a figure meets a word of four letters or more ("3/11woont", "1/2naar"), and where a word
# that names a court, a person's role or a place meets a capital ("rechtbankAlmelo", "jufSanne"). Not in a code:
# "NL91ABNA...", "zv-117-h", "JO13", "mp3", "1234AB", "2e", "5uur" stay as they are.
_GLUE_GATE_RE = re.compile(r"[^\W\d_][0-9]|[0-9][^\W\d_]{4}|[a-z][A-Z][a-z]")
_GLUED_TOKEN_RE = re.compile(r"(?<![\w@./:#-])[^\W_][\w/.-]*[^\W_](?![\w@#]|[./-]\w)")
_GLUE_RUN_RE = re.compile(r"[^\W\d_]+|[0-9](?:[0-9/.-]*[0-9])?|[/.-]")
# short words after which a figure follows in a sentence (the letters may be more words typed as one: "woonop",
# "ikben"; the last of them counts)
_BEFORE_FIGURE = ("op", "ben", "sinds", "vanaf", "naar", "voor", "tot", "rond", "om", "per", "is", "was", "bel",
                  "belme", "nummer", "nr", "tel", "mob", "ik", "hij", "zij", "ze", "ikke", "wordt", "word", "werd",
                  "bereikbaar", "geboren", "datum", "adres", "postcode", "straat", "laan", "weg", "plein", "kade",
                  "gracht", "dijk", "singel", "hof", "pad", "steeg")
_AFTER_FIGURE_SHORT = frozenset({"naar", "voor", "woont", "woon", "kom", "komt", "ben", "heb", "was", "ging", "gaat",
                                 "tot", "bij", "want", "maar", "dan", "toen", "zijn", "haar", "zien",
                                 "verhuisd", "verhuizen", "jaar", "jaren", "jarig", "jr", "jaaar", "jari"})
_BEFORE_CAPITAL = frozenset({"rechtbank", "juf", "meester", "mevrouw", "meneer", "mw", "dhr", "voogd", "mentor",
                             "bij", "in", "uit", "naar", "van", "met", "door", "woon", "woonop", "wonen", "sinds",
                             "oma", "opa", "tante", "oom", "broer", "zus", "zusje", "broertje", "zoon", "dochter",
                             "mama", "papa", "ex", "school", "groep", "gezinshuis"})
_CODE_START_RE = re.compile(r"(?i)[a-z]{2}[0-9]{2}[a-z0-9]{4}|[a-z]{1,3}-|[0-9]{1,3}-[a-z]")  # an IBAN; a plate
_WEB_PART_RE = re.compile(r"[^\W\d_][./][^\W\d_]|\.(?:nl|com|be|org)\b", re.I)  # a web address's dot or slash
# words before the short word a figure follows, typed as one with it: "ikben14", "woonop3"
_GLUE_PREFIXES = frozenset({"ik", "woon", "wonen", "ben", "en", "nu", "nog", "al", "pas", "ikben", "hij", "zij", "ze",
                            "dus", "is", "me", "mij", "mn", "zn"})
# a label and its value at a colon: "plate:zv-117-h" (not a web address's "https://")
_LABEL_COLON_RE = re.compile(r"(?<![\w./])(?P<label>[^\W\d_]{2,12}):(?=[\w+])(?!//)")
_LABELS = frozenset({"plate", "kenteken", "nummerbord", "tel", "telefoon", "mob", "mobiel", "gsm", "nr", "nummer",
                     "zaaknr", "zaaknummer", "dossiernr", "dossier", "bsn", "iban", "rek", "rekening", "adres", "postcode",
                     "mail", "email", "insta", "snap", "tiktok", "kenmerk", "naam", "bel", "app", "whatsapp"})
# a lowercase word typed as one with a capitalised name: "rechtbankAlmelo"
_CAMEL_RE = re.compile(r"(?<![\w@#./])(?P<word>[a-z]{2,10})(?P<name>[A-Z][a-z]{2,})(?![\w@])")


def _plate(token: str) -> bool:
    from stemsync.deidentify.plates import _COMPACT_PLATE_RE  # noqa: PLC0415

    return _COMPACT_PLATE_RE.fullmatch(token) is not None


# Scripts that write no blank between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) put a Latin name or a
# figure right against their letters ("社工Rachid先生", "คุณLisa", "我们住在Zwaanshals 41"): the copy has a blank there.
_UNSPACED = "\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF"
_UNSPACED_EDGE_RE = re.compile(f"(?<=[{_UNSPACED}])(?=[A-Za-z0-9\u00C0-\u024F])|(?<=[A-Za-z0-9\u00C0-\u024F])(?=[{_UNSPACED}])")


# Hebrew joins "and", "to", "in", "from", "the" to the next word as one letter, also to a Latin name ("וFemke",
# "לMIRJAM"): a blank is read after that letter
_HEBREW_PREFIX_EDGE_RE = re.compile("(?<![\u05D0-\u05EA])(?:[\u05D5\u05DC\u05D1\u05DE\u05D4\u05E9]|\u05D5[\u05DC\u05D1\u05DE])"
                                    "(?=[A-Za-z\u00C0-\u024F])")

_LATIN_OR_FIGURE_RE = re.compile("[A-Za-z0-9\u00C0-\u024F]")
_UNSPACED_RE = re.compile(f"[{_UNSPACED}]")
# (the copy the rules read has a blank at such an edge)
_SCRIPT_EDGE_RE = re.compile(f"(?<=[A-Za-z0-9\u00C0-\u024F])\\s*(?=[{_UNSPACED}])|(?<=[{_UNSPACED}])\\s*(?=[A-Za-z0-9\u00C0-\u024F])")


def within_one_script(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` of names, places and schools cut where Latin letters meet a script without blanks: a name read in
    Latin letters ends where the Chinese or Thai begins ("Rachid先生的帮助" -> "Rachid"), and one read in those scripts
    where the Latin begins (an age or a date keeps its figure and its sign: "9岁", "5月12日")."""
    out = []
    for start, end, kind, conf in spans:
        piece = text[start:end]
        if kind in ("naam", "plaats", "school") and _UNSPACED_RE.search(piece) and _LATIN_OR_FIGURE_RE.search(piece):
            edge = _SCRIPT_EDGE_RE.search(text, start + 1, end)
            if edge is not None:
                end = edge.start()
        out.append((start, end, kind, conf))
    return out


def glued_words(text: str) -> list[int]:
    """Where a blank is read between words typed as one (offsets in ``text``; empty for most texts)."""
    unspaced = [] if text.isascii() else [m.start() for m in _UNSPACED_EDGE_RE.finditer(text)] + [
        m.end() for m in _HEBREW_PREFIX_EDGE_RE.finditer(text)]
    if _GLUE_GATE_RE.search(text) is None and ":" not in text:
        return unspaced
    from stemsync.deidentify.lists import dictionary  # noqa: PLC0415 (lists load late)

    out: list[int] = []
    for m in _GLUED_TOKEN_RE.finditer(text):
        token = m.group()
        if _CODE_START_RE.match(token) or "_" in token or _WEB_PART_RE.search(token) or _plate(token):
            continue  # an IBAN, a plate, a handle, a web address
        runs = list(_GLUE_RUN_RE.finditer(token))
        if len(runs) < 2:
            continue
        for n, (a, b) in enumerate(zip(runs, runs[1:])):
            left, right = a.group(), b.group()
            at = m.start() + b.start()
            if left.isalpha() and right[:1].isdigit():
                low = left.lower()
                if not any(low.endswith(w) and (len(low) == len(w) or len(w) >= 3 or low[:-len(w)] in _GLUE_PREFIXES)
                           for w in _BEFORE_FIGURE):
                    continue
                if left != low and left != left.upper() and not left[:1].isupper():
                    continue  # "mAx12": a handle's capitals
                out.append(at)
                word = next((w for w in _BEFORE_FIGURE if low.endswith(w) and low[:-len(w)] in _GLUE_PREFIXES), "")
                if word and len(low) > len(word):
                    out.append(m.start() + a.end() - len(word))  # "ikben14": "ik ben 14"
            elif left[:1].isdigit() and right.isalpha():
                low = right.lower()
                before = runs[n - 1].group().lower() if n else ""
                if before and left.isdigit() and not any(before.endswith(w) for w in _BEFORE_FIGURE) or len(left) < 2:
                    continue  # a figure inside a word or a name: "face2face", "co1lege", "sara2sterk", "2college"
                if low in _AFTER_FIGURE_SHORT or len(low) >= 4 and low in dictionary().words:
                    out.append(at)
    # a label and its value typed as one at a colon: "plate:zv-117-h", "KENTEKEN:12-BDR-3", "insta:djenna"
    for m in _LABEL_COLON_RE.finditer(text):
        if m.group("label").lower() in _LABELS:
            out.append(m.end())
    # a word of a role or a place typed as one with the capital of a name: "rechtbankAlmelo", "jufSanne"
    for m in _CAMEL_RE.finditer(text):
        if m.group("word").lower() in _BEFORE_CAPITAL:
            out.append(m.start("name"))
    return sorted(set(out + unspaced))


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
