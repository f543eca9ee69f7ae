"""Names and places written in another script: Cyrillic (Ukrainian, Russian, Bulgarian), Greek, Armenian, Georgian,
Arabic (also Persian and Urdu), Hebrew and Ge'ez (Tigrinya, Amharic). Families write whole comments so, or a name so
in a Dutch sentence ("Ik wil Оксана bedanken"); the Latin lists know the names only in Latin letters.

Each word with letters of such a script is transliterated with ``anyascii`` ("Светлана" -> "svetlana", "ዮናስ" ->
"yonas", "Γιώργος" -> "giorgos") and looked up in the lists of first names, towns and cities abroad, also without a
case ending ("Оксаною", "Артёму", "в Утрехте") or a prefix joined to it ("لفاطمة", "ለአበበ"). Arabic script writes no
short vowels: its words are compared by their consonants with the first names of the Arabic-speaking, Moroccan,
Turkish and Afghan communities ("مريم" mrym ~ Maryam). A word that is frequent in its language is a word there
(wordfreq: "Надія", hope; "بهار", spring) unless it is capitalised in the middle of a sentence, where scripts with
capitals write only names and places ("Мы из Днепра", "Спасибо Оле"). What the script's capitals show alone: a
capitalised Cyrillic, Greek or Armenian word in the middle of a sentence that is no frequent word is a name too
("дякую Ларисі" with its capital), and one opening a comment that is on a list or rare.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.foreign import _zipf as foreign_zipf
from stemsync.deidentify.lists import _ROLE_WORDS, _name_lists, entries, words, world_cities
from stemsync.deidentify.fastcase import accelerate

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_GREEK = re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")
_ARMENIAN = re.compile(r"[\u0530-\u058F]")
_GEORGIAN = re.compile(r"[\u10A0-\u10FF]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_ETHIOPIC = re.compile(r"[\u1200-\u139F\u2D80-\u2DDF]")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0600-\u06FF\u0750-\u077F"
                           r"\u10A0-\u10FF\u1200-\u139F\u1F00-\u1FFF\u2D80-\u2DDF\uFB50-\uFDFF\uFE70-\uFEFF]")
_WORD_RE = re.compile(r"[^\W\d_](?:[\w\u200c'’-]*[^\W\d_])?")
_SENTENCE_BEFORE_RE = re.compile(r"(?:\A|[.!?:;\n]|[\U0001F300-\U0001FAFF\u2600-\u27BF])\W*\Z")
# the languages wordfreq holds for each script (Armenian, Georgian, Ge'ez: none)
_LANGUAGES = ((_CYRILLIC, ("ru", "uk", "bg", "mk")), (_GREEK, ("el",)), (_ARABIC, ("ar", "fa", "ur")),
              (_HEBREW, ("he",)))
_WORD_ZIPF = 4.5  # a word this frequent in its language is a word ("Надія", "بهار"), but mid-sentence capitalised
_RARE_ZIPF = 3.0
_PROPER_ZIPF = 3.5
_ARABIC_WORD_ZIPF = 5.5
_NAME_AS_WORD_ZIPF = 5.0  # (a listed name below this in lowercase Cyrillic is the name: "оксана" 4.5, "саша" 4.3)
_FUNCTION_WORD_ZIPF = 5.5
_PLACE_WORD_ZIPF = 4.0  # (an Arabic-script word this frequent after "in"/"from" is no town: "از همه")  # (for the review's unknown words: "και", "для", "از" are words, whatever a list says)
# case endings of Ukrainian, Russian and Bulgarian names and towns (transliterated), and what the name ends in
_ENDINGS = ("oyu", "eyu", "oi", "oy", "ey", "ei", "omu", "emu", "ovi", "evi", "om", "em", "ym", "im", "ikh", "akh",
            "yakh", "ami", "u", "yu", "iu", "y", "i", "e", "a", "ya", "ia", "ie", "ye", "ovo", "ogo", "ou", "oy")
_NOMINATIVE = ("", "a", "ya", "ia", "o", "y", "i")
# pet endings of Russian and Ukrainian first names ("Сашенька", "Настюха", "Артёмка", "Лёшка")
_PET_ENDINGS = ("enka", "onka", "ochka", "echka", "ushka", "yusha", "yukha", "ukha", "ka")
# letters joined before a word: Arabic "wa", "bi", "li", "fa", "ka"; Persian "be"; Ge'ez "le", "be", "ke", "ye", "n"
_ARABIC_PREFIXES = "وبلفك"
_ETHIOPIC_PREFIXES = "ለበከየንእ"
_WORD_NAMES = words("script_word_names")
_COMMON_SCRIPT_WORDS = words("script_common_words")
_ARABIC_SCRIPT_NAMES = frozenset(entries("first_names_arabic_script"))
# words after which a word is a person's name in Arabic script: "my son", "my daughter", "Mr", "Mrs", "father of",
# "mother of" (Arabic, Persian, Pashto, Sorani, Levantine): "ابني عمر", "پسرم امید", "زما زوی نورالله", "آقای رحیمی",
# "أبو سامر"
_ARABIC_KIN = frozenset("""ابني ابنی بنتي بنتی ابنتي ابنتی پسرم دخترم کوچیکم بزرگم زوی لور زویه کوڕەکەم کچەکەم کوڕم کچم
آقای خانم خانوم ست أبو ابو أم ام پدر مادر برادرم خواهرم أخي اخي أختي اختي زوجي شوهرم جاري جارتي""".split())
_VOWELS_RE = re.compile(r"[aeiouyw'`]")
_WORD_BEFORE_RE = re.compile(r"(\w+)\s+\Z")
_ROLES = frozenset(_ROLE_WORDS) | frozenset("пані пан мама тато бабуся дідусь мамы мамі тётя дядя госпожо господине "
                                            "имя получатель отримувач δικαιούχος όνομα".split())  # ("на имя ...")
# prepositions of place: Russian and Ukrainian, Bulgarian, Greek, Arabic, Persian ("в Утрехте", "из Днепра", "στην
# Αθήνα", "في حلب", "در هرات")
_LOCATIVES = frozenset("в во у із з зі из от од до στην στο στη από σε في من الى إلى در از به".split())
# Urdu and Pashto write "in", "from", "to" after the place: "لاہور سے", "روتردام کې"
_POSTPOSITIONS = frozenset("میں سے کو تک کې ته نه".split())
_WORD_AFTER_RE = re.compile(r"\s+(\w+)")


@functools.lru_cache(maxsize=1 << 14)
def _translit(word: str) -> str:
    try:
        from anyascii import anyascii  # noqa: PLC0415
    except ImportError:  # (without it no word of another script is read as a name)
        return ""
    return re.sub(r"['’`]", "", anyascii(word)).lower()


def _skeleton(latin: str) -> str:
    """The consonants of a name as Arabic script writes them: "maryam" -> "mrm", "fatima" -> "ftm"."""
    s = _VOWELS_RE.sub("", latin.replace("ph", "f").replace("ou", "u").replace("ee", "i"))
    return re.sub(r"(.)\1+", r"\1", s)


@functools.cache
def _arabic_skeletons() -> frozenset[str]:
    names: set[str] = set()
    for name in ("first_names_syrian_afghan", "first_names_moroccan", "first_names_turkish"):
        for entry in entries(name):
            sk = _skeleton(entry.lower())
            if len(sk) >= 3:
                names.add(sk)
    return frozenset(names)


def _zipf(word: str, languages: tuple[str, ...]) -> float:
    """foreign.py's Zipf frequency of ``word`` in the most of ``languages`` (0 for none: Armenian, Ge'ez)."""
    return foreign_zipf(word.lower(), languages)


def _forms(latin: str) -> set[str]:
    # (a Dutch town in Cyrillic letters: "Зволле" zvolle, "Гаага" gaaga/haaha, "Утрехт" utrekht)
    forms = {latin, latin.replace("v", "w"), latin.replace("kh", "ch"), latin.replace("kh", "ch").replace("v", "w")}
    if "y" in latin or "gg" in latin:  # (Greek as anyascii writes it: "nikoy" nikou, "eyaggelia" evangelia)
        greek = latin.replace("oy", "ou").replace("ey", "ev").replace("ay", "av").replace("gg", "ng")
        forms |= {greek, greek[:-2] + "os" if greek.endswith("ou") else greek}
    for written in list(forms):
        for end in _ENDINGS:
            if written.endswith(end) and len(written) - len(end) >= 3:
                base = written[: -len(end)]
                forms |= {base + n for n in _NOMINATIVE}
        for end in _PET_ENDINGS:  # ("sashenka" -> sasha, "nastyukha" -> nastya, "artemka" -> artem)
            if written.endswith(end) and len(written) - len(end) >= 3:
                base = written[: -len(end)]
                forms |= {base, base + "a", base + "ya"}
                break
    return forms


def _listed(word: str, arabic: bool) -> bool:
    first = _name_lists().first_any
    latin = _translit(word)
    if arabic and word.replace("\u200c", "") in _ARABIC_SCRIPT_NAMES:
        return True
    if arabic:
        sk = _skeleton(latin)
        return len(sk) >= 3 and sk in _arabic_skeletons()
    return any(f in first for f in _forms(latin) if len(f) >= 3)


@functools.cache
def _place_skeletons() -> frozenset[str]:
    """The consonants of the Dutch towns and the world's cities as Arabic script writes them ("rotterdam" rtrdm,
    "eindhoven" ndhn: a "v" is written "و" there)."""
    out = set()
    for name in _name_lists().places | world_cities()[0]:
        sk = _skeleton(re.sub(r"[\s'-]", "", name.lower()).replace("v", "w"))
        if len(sk) >= 3:
            out.add(sk)
    return frozenset(out)


@functools.cache
def _country_skeletons() -> frozenset[str]:
    return frozenset(_skeleton(re.sub(r"[\s'-]", "", c).replace("v", "w")) for c in words("countries"))


def _arabic_place(word: str, locative: bool) -> bool:
    """A town in Arabic script by its consonants: "روتردام" (five or more, rare as a word); after "in", "from" or
    "to", or before "in"/"from" of Urdu and Pashto, also a shorter one ("از کابل", "آئندہوون میں") that is no frequent
    word ("از همه", from everyone; "از طرف", on behalf of)."""
    sk = _skeleton(_translit(word))
    if sk not in _place_skeletons() or sk in _country_skeletons() or word.replace("\u200c", "") in _ARABIC_SCRIPT_NAMES:
        return False  # (not a country: "في هولندا", in Holland)
    frequency = _zipf(word, ("ar", "fa", "ur"))
    return locative and frequency < _PLACE_WORD_ZIPF or len(sk) >= 5 and frequency < _RARE_ZIPF  # (not "از همه")


def _place(word: str) -> bool:
    towns, cities = _name_lists().places, world_cities()[0]
    return any(f in towns or f in cities for f in _forms(_translit(word)) if len(f) >= 4)


def _language(word: str) -> tuple[str, ...]:
    for script, langs in _LANGUAGES:
        if script.search(word):
            return langs
    return ()


def _word_before(text: str, pos: int, width: int) -> str:
    """The word right before ``pos`` (only blanks between; searched in ``width`` characters), lowercase, or ""."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - width), pos)
    return m.group(1).lower() if m else ""


def _without_prefix(word: str) -> list[str]:
    out = [word]
    if len(word) >= 4 and word[0] in _ARABIC_PREFIXES:
        out.append(word[1:])
    if len(word) >= 3 and word[0] in _ETHIOPIC_PREFIXES:
        out.append(word[1:])
    for prefix in ("به\u200c", "از"):  # (Persian "to", "from" joined: "به‌محمد", "ازمریم")
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append(word[len(prefix):])
    return out


# case endings of Georgian and Armenian, joined to a name or a town ("თბილისიდან" from Tbilisi, "ტილბურგში" in
# Tilburg, "ბექას" Beka's; "ալմերեում" in Almere, "Երևանից" from Yerevan): the word without one is looked up too,
# and Georgian also with the "-ი" its nominative ends in ("ქუთაისში" -> "ქუთაისი", Kutaisi)
_GEORGIAN_ENDINGS = ("ისთვის", "იდან", "იდან", "დან", "თან", "ში", "ის", "ით", "ზე", "მდე", "მა", "ს")
_ARMENIAN_ENDINGS = ("ում", "ից", "ով", "ին", "ի", "ը", "ն")
# Greek articles: a lowercase listed name after one is a name, however frequent a word it is ("ο γιώργος",
# "η μαρία", "του νίκου")
_GREEK_ARTICLES = frozenset("ο η τον την τη του της οι o i h ton tin ti tou tis".split())


def _without_case_ending(word: str, shortest: int = 4) -> list[str]:
    low = word.lower()
    if _GEORGIAN.search(low):
        return [low[: -len(e)] + n for e in _GEORGIAN_ENDINGS if low.endswith(e) and len(low) - len(e) >= shortest
                for n in ("", "ი")]
    if _ARMENIAN.search(low):
        return [low[: -len(e)] for e in _ARMENIAN_ENDINGS if low.endswith(e) and len(low) - len(e) >= shortest]
    return []


# initials before a surname in a script with capitals ("Т. В. Ковальчук", "О. БОНДАРЬ", "Β. ΚΑΡΑΓΙΑΝΝΗ"), and the
# holder of an account after "in the name of" ("на имя н. кравченко", "отримувач: Олена Коваль")
_INITIALS_RE = re.compile(r"(?<![\w.])(?:[А-ЯЁІЇЄҐΑ-ΩԱ-Ֆ]\.\s?){1,2}[А-ЯЁІЇЄҐΑ-ΩԱ-Ֆ][^\W\d_]{2,}(?:-[^\W\d_]+)?")
_HOLDER_RE = re.compile(r"(?:на\s+имя|на\s+ім['’]я|получатель|отримувач|δικαιούχος|στο\s+όνομα)\s*:?\s+"
                        r"(?P<name>(?:[^\W\d_]\.\s?){0,2}[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)", re.I)


def find_script_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _OTHER_SCRIPT.search(text):
        return
    if "." in text or ":" in text or " " in text:
        for m in _INITIALS_RE.finditer(text):
            yield m.start(), m.end(), "naam", LOW
        for m in _HOLDER_RE.finditer(text):
            yield m.start("name"), m.end("name"), "naam", LOW
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if len(word) < 2 or not _OTHER_SCRIPT.search(word):
            continue
        langs = _language(word)
        cased = bool(_CYRILLIC.search(word) or _GREEK.search(word) or _ARMENIAN.search(word))
        arabic = bool(_ARABIC.search(word))
        # (Arabic script writes names without capitals and they are frequent words of its texts: "مريم", "محمد")
        frequent = bool(langs) and _zipf(word, langs) >= (_ARABIC_WORD_ZIPF if arabic else _WORD_ZIPF)
        forms = _without_prefix(word) if not cased else [word]
        start = m.start() + (len(word) - len(forms[-1]) if len(forms) > 1 and any(
            _listed(f, arabic) or _place(f) for f in forms[1:]) else 0)
        ended = _without_case_ending(word)  # (Georgian and Armenian: the word without its case ending)
        listed = any(_listed(f, arabic) for f in forms + ended)
        if arabic and any(f.replace("\u200c", "") in _ARABIC_SCRIPT_NAMES for f in forms) \
                and _translit(forms[-1]) not in _WORD_NAMES:
            frequent = False  # (a name of the Arabic-script list is a name, however frequent: "محمد", "عمر")
        if arabic and _word_before(text, m.start(), 14) in _ARABIC_KIN and word not in _ARABIC_KIN \
                and _zipf(word, langs) < _ARABIC_WORD_ZIPF:  # (not "پسرم خیلی", "my son very"; "امید" 5.3 is a name)
            yield start, m.end(), "naam", LOW  # ("پسرم امید": a word-name after "my son" is his name)
            continue
        locative = _word_before(text, m.start(), 12) in _LOCATIVES
        if arabic and not listed:
            after = _WORD_AFTER_RE.match(text, m.end())
            if (locative or after is not None and after.group(1) in _POSTPOSITIONS) \
                    and any(_arabic_place(f, True) for f in forms) or any(_arabic_place(f, False) for f in forms):
                yield start, m.end(), "plaats", LOW  # ("در آمستردم", "لاہور سے", "روتردام کې")
                continue
        if _GREEK.search(word) and word.islower() and listed and _word_before(text, m.start(), 5) in _GREEK_ARTICLES:
            yield start, m.end(), "naam", LOW  # ("ο γιώργος", "τη μαρία": a name after its article)
            continue
        # (a lowercase Armenian word of four letters is a word: "ամեն" every, not the town Amen)
        if (locative or not listed) and not frequent and (any(_place(f) for f in forms + ended) and not (
                _ARMENIAN.search(word) and word.islower() and not ended and len(word) < 5)):
            yield start, m.end(), "plaats", LOW  # ("в Утрехте"; "дякую ларисі": a name, though Larisa is a town)
            continue
        if locative and cased and _CYRILLIC.search(word) and not listed and _zipf(word, langs) < _RARE_ZIPF \
                and len(word) >= 4:
            yield start, m.end(), "plaats", LOW  # ("ми з ірпеня", "живу в гааге": a town rare as a word)
            continue
        if cased and word[0].isupper() and not word.isupper():
            opening = _SENTENCE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is not None
            rare = not langs or _zipf(word, langs) < _RARE_ZIPF
            if opening and listed and (not frequent or rare) or not opening and (listed or _zipf(word, langs) < _PROPER_ZIPF):
                # (mid-sentence: a listed name, or a capitalised word rare in its language; not a country,
                # "в Нидерландах", nor a month or a word everyone writes)
                yield start, m.end(), "naam", LOW
        elif listed and _translit(word) not in _WORD_NAMES and (
                not frequent or not cased and not arabic or cased and _zipf(word, langs) < _NAME_AS_WORD_ZIPF):
            # (a lowercase Cyrillic name is a name unless it is also a word: "оксана", not "надія"; Ge'ez, Georgian
            # and Armenian have no word frequencies here)
            yield start, m.end(), "naam", LOW


def script_word(word: str, zipf: float) -> bool:
    """A word of Cyrillic or Greek that is at least this frequent in its languages and on no list of names
    ("спасибо", "ευχαριστώ"; not "оксана"). Not Arabic or Hebrew script: a first version that took their frequent
    words as known left six Hebrew comments with a name unflagged on a blind round (names there are words too)."""
    langs = _language(word)
    if not langs or langs in (("ar", "fa", "ur"), ("he",)) or _zipf(word, langs) < zipf:
        return False  # (Arabic and Hebrew script write no vowels: their names are frequent words the lists miss)
    if _zipf(word, langs) >= _FUNCTION_WORD_ZIPF:
        return True  # (the most frequent words are names somewhere too: "και" Kai, "για" Gia, "خیلی")
    arabic = bool(_ARABIC.search(word))
    if arabic and word.replace("\u200c", "") in _ARABIC_SCRIPT_NAMES:
        return False
    return not any(_listed(f, arabic) for f in _without_prefix(word))


def without_script_words(text: str, spans: list[Span]) -> list[Span]:
    """Drop a name found by the Latin rules that is a lowercase word of Cyrillic or Greek, frequent in its language
    and on no list ("приехала", "зустріла", "συνάντηση"): those scripts write names with a capital."""
    out = []
    for span in spans:
        if span[2] == "naam" and _OTHER_SCRIPT.search(text, span[0], span[1]):
            found = _WORD_RE.findall(text[span[0]:span[1]])
            if found and all((langs := _language(w)) and langs != ("ar", "fa", "ur") and not _listed(w, False)
                             and w.islower() and _zipf(w, langs) >= _RARE_ZIPF
                             or w.islower() and _translit(w) in _WORD_NAMES
                             # (Armenian has capitals and no word list here: a lowercase word on no list and no
                             # town, also without its case ending, is a word: "ապրում", "ամեն")
                             or w.islower() and _ARMENIAN.search(w) and not any(
                                 _listed(f, False) or _place(f) for f in [w] + _without_case_ending(w, 3))
                             # (Georgian and Armenian: a frequent word or feast of a hand-made list, any case)
                             or w.lower() in _COMMON_SCRIPT_WORDS
                             for w in found) \
                    and _word_before(text, span[0], 20) not in _ROLES:
                continue
        out.append(span)
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
