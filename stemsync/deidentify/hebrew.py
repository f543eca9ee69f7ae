"""Names, ages, dates and towns written in Hebrew letters (Hebrew and Yiddish), which the Latin rules cannot read.

Hebrew writes few vowels, has no capitals, and joins "in", "to", "from", "and", "the" to the next word as one letter
(ב ל מ ו ה ש: "באמסטלפין", in Amstelveen; "לבאס", to Bas). So a name is found by what is said around it:
- after a kinship or role word ("הבן שלי עומר", my son Omer; "סבתא רחל"; "המורה חנה"; "הרב פרידמן"; "משפחת
  גולדשטיין"; Yiddish "מיין זון לייבל"), after "thanks (to)" and "with" ("תודה רונית", "תודה רבה לבאס", "עם יאנקה"),
  after "mother/father of" ("אמא של אביגיל"), or before an age or "from the team" ("שירה בת 12", "יעל מהצוות"); a
  second word that is no frequent Hebrew word is the surname ("דבורה וייס"); a frequent Hebrew word is no name
  ("המורה שלו", "תודה רבה");
- an age is "בן" / "בת" (son / daughter of, i.e. aged) with a number in figures, in words ("בת שש") or in Hebrew
  letters ("בן י"א", "בן ח'");
- a date is a day in Hebrew letters or figures with a month of the Hebrew calendar ("כ"ג באדר", "ג' בחשוון") and
  its year ("תשע"א"), or a year after "born" ("נולדה ב-2012");
- a town is a word whose consonants, without a joined letter, are those of a Dutch town, district or a city abroad
  of four consonants or more and which is no frequent Hebrew word ("באמסטלפין", "בויטנפלדרט": Buitenveldert).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.foreign import _lang_zipf as lang_zipf
from stemsync.deidentify.lists import _name_lists, words, world_cities
from stemsync.deidentify.fastcase import accelerate

_HEBREW_RE = re.compile(r"[\u05D0-\u05EA]")
_WORD = r"[\u05D0-\u05EA][\u05D0-\u05EA'\"׳״]*[\u05D0-\u05EA]"
_WORD_RE = re.compile(_WORD)
_GERESH = "'\"׳״"
# a number in Hebrew letters (1-29: "ח'", "י"א", "ט"ו", "כ"ג"), in words, or in figures
_LETTER_NUMBER = r"(?:[יכ][\"״][א-ט]|ט[\"״][וז]|[א-טיכ][\'׳])"
_NUMBER_WORDS = ("אחת אחד שתיים שתים שניים שנים שלוש שלושה ארבע ארבעה חמש חמישה שש שישה שבע שבעה שמונה תשע תשעה עשר "
                 "עשרה").split()
_NUMBER = rf"(?:\d{{1,2}}(?!\d)|{_LETTER_NUMBER}|(?:{'|'.join(_NUMBER_WORDS)})(?:\s+(?:עשרה|עשר))?(?![\u05D0-\u05EA]))"
_AGE_RE = re.compile(rf"(?<![\u05D0-\u05EA])(?:בן|בת)\s*-?\s*(?P<n>{_NUMBER})")
_MONTHS = "תשרי מרחשוון חשוון חשון כסלו טבת שבט אדר ניסן אייר איר סיוון סיון תמוז אב אלול".split()
_DATE_RE = re.compile(rf"(?<![\u05D0-\u05EA\d])(?:{_LETTER_NUMBER}|[א-ט]|\d{{1,2}})\s*ב-?(?:{'|'.join(_MONTHS)})"
                      rf"(?:\s+(?:א'|ב'|א׳|ב׳))?(?:\s+(?:ה?תש[א-ת]?[\"״][א-ת]|\d{{4}}))?(?![\u05D0-\u05EA])")
# feasts named by their date: Tu BiShvat, Tu BeAv, Tisha BeAv (no one's date)
_FEASTS = frozenset({"טובשבט", "טובאב", "טבאב"})
_BORN_YEAR_RE = re.compile(r"(?<![\u05D0-\u05EA])(?:נולד|נולדה|נולדתי|נולדו)\s+(?:ב-?|בשנת\s+)(?P<y>(?:19|20)\d\d)(?!\d)")
# what comes before a name: kinship and role words ("my son", "grandma", "the teacher", "the rabbi", "family"), and
# Yiddish ones; "thanks (to)", "with"; "mother/father of"
_BEFORE = ("הבן שלי", "הבן שלנו", "הבת שלי", "הבת שלנו", "הילד שלי", "הילד שלנו", "הילדה שלי", "הילדה שלנו", "בני",
           "בתי", "סבתא", "סבא", "המורה", "הרב", "הרבנית", "משפחת", "דודה", "אחי", "אחותי", "בעלי", "אשתי", "אמא של",
           "אבא של", "העובדת הסוציאלית", "העובד הסוציאלי", "תודה רבה ל", "תודה רבה", "תודה ל", "תודה", "עם",
           "מיין זון", "מיין טאכטער", "מיין שוויגער", "מיין מאן", "מיין ווייב", "די מאמע", "דער טאטע")
_BEFORE_RE = re.compile(rf"(?<![\u05D0-\u05EA])(?:{'|'.join(sorted(map(re.escape, _BEFORE), key=len, reverse=True))})"
                        rf"\s*-?\s*(?P<name>{_WORD})(?:\s+(?P<surname>{_WORD}))?")
_AFTER_RE = re.compile(rf"(?P<name>{_WORD})(?:\s*\(|\s*,?\s+)(?:בן|בת)\s*-?\s*{_NUMBER}|(?P<name2>{_WORD})\s+מהצוות")
_NAME_ZIPF = 5.0  # (a word this frequent in Hebrew after such a word is none: "שלו", "רבה", "הצוות")
_LISTED_ZIPF = 4.5  # (a listed name this frequent is a word too, and a name only in context: "חיים", "שירה", "טובה")
# listed names less frequent than that which are words as well: light, halo, my heart, queen, almond, coral, lake,
# luck, planting, spring, Carmel, myrtle, laurel
_ALSO_WORDS = frozenset("אורה הילה ליבי מלכה שקד אלמוג אגם גד נטע מעיין כרמל הדס דפנה".split())
_SURNAME_ZIPF = 4.5  # (surnames are frequent in Hebrew news: "וייס" 4.3)
_TOWN_ZIPF = 3.0
_FREQUENT_ZIPF = 4.0
_PREFIXES = ("וב", "ומ", "ול", "שב", "ב", "ל", "מ", "ו", "ה", "ש")
# Hebrew letters as Latin consonants: a vav or yod alone is a vowel ("מרלוס" mrls), doubled a consonant ("אמסטלווין")
_LETTERS = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                    ["", "b", "g", "d", "", "V", "s", "k", "t", "Y", "k", "k", "l", "m", "m", "n", "n", "s", "", "b",
                     "b", "s", "s", "k", "r", "s", "t"]))


@functools.cache
def _hebrew_words() -> frozenset[str]:
    return words("hebrew_script_names")


def _zipf(word: str) -> float:
    return lang_zipf(word, "he")


def hebrew_skeleton(word: str) -> str:
    """The consonants of a Hebrew word in Latin letters, the way :func:`latin_skeleton` writes a Latin name."""
    s = "".join(_LETTERS.get(ch, "") for ch in word)
    s = s.replace("VV", "b").replace("YY", "j").replace("V", "").replace("Y", "")
    return re.sub(r"(.)\1+", r"\1", s)


def latin_skeleton(name: str) -> str:
    """The consonants of a Latin name as Hebrew letters give them back: b/v/w/f/p are one (ב ו פ), so are s/z/c and
    k/g-less ch/q; vowels and h are not written ("amstelveen" msdlbn, "buitenveldert" btnbldrt)."""
    s = name.lower().replace("ij", "").replace("sch", "sk").replace("ch", "k").replace("ck", "k").replace("x", "ks")
    s = s.replace("c", "k").replace("q", "k")
    s = re.sub(r"[aeiouyhj\W\d_]", "", s)
    s = re.sub(r"[vwfp]", "b", s).replace("z", "s")
    return re.sub(r"(.)\1+", r"\1", s)


@functools.cache
def _town_skeletons() -> frozenset[str]:
    out = set()
    for name in _name_lists().places | world_cities()[0] | words("neighbourhoods"):
        sk = latin_skeleton(name)
        if len(sk) >= 4:
            out.add(sk)
    return frozenset(out)


def _town(word: str) -> bool:
    """A Dutch town, district or a city abroad in Hebrew letters, with or without a joined letter."""
    for cut in ("", *_PREFIXES):
        if cut and not word.startswith(cut):
            continue
        rest = word[len(cut):]
        sk = hebrew_skeleton(rest)
        if len(rest) >= 4 and len(sk) >= 4 and sk in _town_skeletons() and _zipf(rest) < _TOWN_ZIPF \
                and _zipf(word) < _TOWN_ZIPF:
            return True
    return False


def _prefixed_word(word: str) -> bool:
    """A frequent Hebrew word with a joined letter: "מהצוות" (from the team), "ביום" (on the day)."""
    return any(word.startswith(cut) and _zipf(word[len(cut):]) >= _FREQUENT_ZIPF for cut in _PREFIXES)


def _and_name(word: str) -> bool:
    """"And" joined to a name or a word: "ואורה", "והמורה" (not "וייס", Weiss)."""
    rest = word[1:]
    return word.startswith("ו") and (rest in _hebrew_words() or _zipf(rest) >= _SURNAME_ZIPF - 1.5)


def _name(word: str) -> bool:
    return (word in _hebrew_words() or _zipf(word) < _NAME_ZIPF) and not _prefixed_word(word)


_JOINED_RE = re.compile(rf"\s+ו(?P<name>{_WORD})")


def _joined_name(text: str, end: int) -> Iterator[Span]:
    """A second name joined by "and" to a found one: "נתנאל ואורה", "אסתי וחיים" (its "ו" left)."""
    m = _JOINED_RE.match(text, end)
    if m and _name(m.group("name")) and not _prefixed_word(m.group("name")):
        yield m.start("name"), m.end("name"), "naam", LOW


def find_hebrew(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _HEBREW_RE.search(text):
        return
    for m in _AGE_RE.finditer(text):
        yield m.start("n"), m.end("n"), "leeftijd", LOW
    for m in _DATE_RE.finditer(text):
        if re.sub(r"[\s'\"׳״-]", "", m.group()) not in _FEASTS:
            yield m.start(), m.end(), "datum", LOW
    for m in _BORN_YEAR_RE.finditer(text):
        yield m.start("y"), m.end("y"), "datum", LOW
    for m in _BEFORE_RE.finditer(text):
        if not _name(m.group("name")):
            continue
        end = m.end("name")
        surname = m.group("surname")
        if surname and _zipf(surname) < _SURNAME_ZIPF and not _AGE_RE.match(text, m.start("surname")) \
                and not _prefixed_word(surname) and not _town(surname) and not _and_name(surname):
            end = m.end("surname")
        yield m.start("name"), end, "naam", LOW
        yield from _joined_name(text, end)
    for m in _AFTER_RE.finditer(text):
        group = "name" if m.group("name") else "name2"
        if _name(m.group(group)):
            yield m.start(group), m.end(group), "naam", LOW
            yield from _joined_name(text, m.end(group))
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if word in _hebrew_words() and word not in _ALSO_WORDS and _zipf(word) < _LISTED_ZIPF:
            yield m.start(), m.end(), "naam", LOW
            yield from _joined_name(text, m.end())
        elif _town(word):
            yield m.start(), m.end(), "plaats", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
