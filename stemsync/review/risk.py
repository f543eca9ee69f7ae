"""Risk signals: why a person should look twice at a de-identified comment.

:func:`assess` takes the raw text, the text as it would be published (after the
automatic layer) and how many findings the layer made with low confidence, and
returns the signals it sees, each with a reason in plain Dutch (B1) for the
reviewer and the words to highlight. A comment with at least one signal is
*flagged*.

The signals, and what they catch:

- ``naam``: a word that may name someone or somewhere, in any case (also when the writer
  says so: "zo heet ze", "is de naam van"): a first name or place
  from the de-identifier's lists that is not a frequent word ("ik vond jet heel fijn",
  "IN KRIMPEN"); a surname after a title or role word ("mevrouw bakker", "juf de wit",
  "de gezinsvoogd van leeuwen"); a town or neighbourhood after "in", "uit", "naar"
  ("in lombok"), also misspelt or abroad ("in appeldoorn", "in paramaribo"); the seat
  after "rechtbank"; a school's name after its type ("obs de vlinder", "roc van
  twente") or with a capitalised article ("op De Tweemaster"); a word before a role or
  an age in brackets ("Bo (mijn begeleider)", "storm (11)"); the person in "met hoop
  gesproken" (Wat Werkt); the one who acts before "zei", "belde", "luisterde" ("toen
  kadijatu belde"); a first name, however frequent as a word, where the words around it
  make it a person ("mijn zus kim", "storm is echt de eerste", "dank je storm", "nimco
  als begeleider", "mark de begeleider", "de moeder van lieve", "bedankt wil voor"); a
  rare plain noun someone is "op", "bij" or goes "naar" (a living group or school: "op de
  kajuit zaten we met 8", "naar de toermalijn"); the word a naming verb gives ("vriendin heet mei") and a first name
  by where the person lives ("met storm van hiernaast"); the seat after "rechtbank den" ("rechtbank den bos"); a
  title's surname that is also a meeting's name ("mvr de Bor"); a month that is a first name, opening a sentence
  before "van het" or "van de", a service and a person's verb ("MEI VAN HET JONGERENLOKET HEEFT ME GEHOLPEN"); a
  first name that is also a frequent word
  without the article, possessive, adjective or pronoun a noun or verb has ("dat mark
  wegging", "op storm was het", not "de storm", "ik hoop", "hoop dat"); fixed expressions
  stay ("hoop doet leven", "zon, zee en strand", "mark my words"); the one to be told
  ("kun je zon ff zeggen"); a word before a school word ("het stedelijk lyceum"); a town,
  neighbourhood or vocational school on the lists that is no Dutch word ("noorderpoort").
- ``hoofdletter``: a capitalised word in the middle of a sentence (names, places,
  schools), or a word in capitals only (``JAN``, ``SBO``).
- ``onbekend``: a word that is not in the Dutch word list of ``wordfreq``; ``zeldzaam``:
  a word that is in it but rare (names from other languages, misspellings, street
  names, brand and school names). Not a frequent English, Spanish, Portuguese or French
  word that is no name, nor a word of the regional languages (Frisian, Low Saxon,
  Limburgish) the de-identifier's chat words hold.
- ``getal``: a number that may be an age, a date, a house number or a code (``toen ik
  13 was``, ``op 3 maart``, ``kerkstraat 4b``, ``sinds mijn 10e``, ``(dertien)``, the year a family came here:
  ``wij kwamen in 2019 uit syrie``), or
  anything shaped like a licence plate (``jd br 72``, ``87HVL3``), not
  when it is plainly an amount or a duration (``3 keer``, ``45 minuten``, ``5 euro``).
- ``restant``: part of a name the automatic layer found still appears elsewhere in
  the text, or a tag has letters glued to it (``[naam]s``, ``[naam]'s``).
- ``specifiek``: a long text with several family members and places or other details.
- ``twijfel``: the automatic layer found something with low confidence.
- ``teken``: an ``@`` or ``#``, or a word shaped like a user name (``mo_r2009``,
  ``noorr.xx``, ``berkje2010``; not ``covid19`` or a web address).

Measured rates are printed by ``bench/bench_review.py`` and listed in docs/publish.md.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from stemsync.deidentify import lists as dl
from stemsync.deidentify.common import EMOJI_RE, UNIT_AFTER_RE, one_edit
from stemsync.deidentify.contact import _CODE_WORDS as _CONTACT_CODE_WORDS
from stemsync.deidentify.foreign import _lang_zipf as lang_zipf, _listed_name as listed_name, \
    _no_name_word as no_name_word, _zipf as foreign_zipf
from stemsync.deidentify.scripts import script_word
from stemsync.deidentify.world_words import world_word
from stemsync.deidentify.dates import FEAST_DAY_RE as _FEAST_DAY_RE, FEAST_YEAR_RE as _FEAST_YEAR_RE, LATE_DAY_ORDINALS, _DAY_ORDINALS, _WEEKDAYS
from stemsync.deidentify.dictated import LETTER_NAMES, number_word, written_out
from stemsync.deidentify.hidden import SYMBOLS
from stemsync.deidentify.numbers import _PAIR_WORD
from stemsync.deidentify.english import misspelt_english, is_english, ordinary_english
from stemsync.deidentify.lists import world_cities as _world_cities
from stemsync.deidentify.names import _ABBREVIATIONS, BRACKET_ROLE_ABBREVIATIONS as _ROLE_ABBREVIATIONS, IDIOM_RE, KIN_WORDS as _KIN_WORDS
from stemsync.deidentify.names import PARENT_WORDS, TALK_VERBS as _TALK_VERBS, _proper_adjective
from stemsync.deidentify.numbers import _DIGIT_WORD
from stemsync.deidentify.places import _misspelled_town
from stemsync.deidentify.resolver import _public_bodies_re
from stemsync.deidentify.venues import _COMMUNITY_CENTRES
from stemsync.deidentify.spoken import _SPELLED_GATE_RE, _SPELLED_RE

TAG_RE = re.compile(r"\[([a-z][a-z-]*)\]")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
NUMBER_RE = re.compile(r"\d+(?:[.,/:-]\d+)*")
SENTENCE_END = ".!?:;\n\"'(\u2022*>-–—|"  # (also a pasted form's field separators: "| Zou je ons aanraden")

# Below this Zipf frequency (wordfreq: log10 of uses per billion words) a word is rare.
RARE_ZIPF = 3.0
# a word this frequent in Polish, Romanian, Hungarian, Turkish, German (or Spanish, Portuguese, French) is a known word
FOREIGN_WORD_ZIPF = 3.5
# From this many words on, a text with several details counts as a specific description.
LONG_WORDS = 35
SPECIFIC_DETAILS = 4

# A number followed by one of these is an amount or duration, not an identifier.
_UNIT_WORDS = frozenset("""
keer maal uur uren minuut minuten seconde seconden dag dagen week weken maand maanden
euro eurootjes procent kinderen jongeren mensen begeleiders gesprekken keren stuks
kwartier nachten avonden ochtenden afspraken sessies min km kilometer meter kilo
""".split())
# A year after these ("de zomer van 2023", "kerst 2023") is a season, not a birth year.
_SEASON_WORDS = frozenset("""
zomer winter herfst lente voorjaar najaar kerst pasen zomervakantie kerstvakantie herfstvakantie
meivakantie voorjaarsvakantie schooljaar januari februari maart april mei juni juli augustus september
oktober november december begin eind einde midden sinds
""".split())
# Numbers after these are grades or rooms, not identifiers ("groep 8", "klas 2").
_GRADE_WORDS = frozenset({"groep", "klas", "leerjaar", "niveau", "stap", "fase", "week", "blok", "hoofdstuk"})
_NUMBER_WORDS = frozenset("""
twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien
achttien negentien twintig eenentwintig tweeëntwintig anderhalf
""".split())
_AGE_CONTEXT = frozenset({"ben", "is", "was", "werd", "word", "wordt", "van", "pas", "bijna", "toen", "zijn", "nu", "net"})
# A word after one of these is probably a name ("meneer de jong", "juf sanne", "broer ahmed").
_ROLE_WORDS = frozenset("""
meneer mevrouw mw mevr dhr juf meester voogd broer zus broertje zusje neef nicht oom tante opa oma
vriend vriendin buurman buurvrouw mentor coach begeleider hulpverlener jeugdbeschermer gezinsvoogd
dokter dr therapeut stiefvader stiefmoeder pleegmoeder pleegvader zoon dochter
""".split())
_INTERFIXES = frozenset({"de", "van", "der", "den", "ter", "ten", "te", "het", "la", "le", "el", "al", "da", "di",
                         "von", "vd", "v"})
# A rare word after these may be a place or neighbourhood ("wij wonen in kanaleneiland").
_CLAUSE_END_RE = re.compile(r"\s*(?:[.?!,;)]|$)")
_PLACE_BEFORE = frozenset({"in", "uit", "naar", "vanuit", "richting", "wijk", "buurt", "dorp", "stad"})
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "singel", "steeg", "pad", "dreef",
                   "hof", "park", "markt", "wal", "veld", "erf", "plantsoen")
_ROLE_OR_PERSON = dl.words("role_words") | dl.words("person_words")
# what only a person does: "de wit zei dat ..." (not "De groep is gezellig", "de bank belt": a word, see zipf)
_SPEAKING_VERBS = frozenset("""zei zegt belde belt vond vindt appte appt mailde mailt stuurde beloofde luisterde
luistert snapte wist praatte hielp helpt kwam""".split())
# Dutch words an English comment uses for its care ("the gemeente", "de wijkteam"): no name after "de"
_DUTCH_IN_ENGLISH = dl.words("care_words_in_english") | dl.words("generic_care_words") | dl.words("public_bodies") | {"school"}
# "wij wonen (nu) in de hoogte": the verb of living, "in" and an article before a word
_LIVE_VERBS = frozenset("wonen woon woont woonde woonden wonend gewoond opgegroeid verhuisd live lived living".split())
# where anyone lives, no name: "in de stad", "in de wijk", "in het centrum"
_GENERIC_LIVING = frozenset("""stad wijk buurt flat straat regio omgeving polder buitenwijk binnenstad dorp dorpje centrum
randstad provincie buurt bossen bos buitengebied buurtje flatje flats woonwijk nieuwbouw nieuwbouwwijk opvang
instelling groep leefgroep woongroep gezinshuis pleeggezin kamer studio caravan kelder zolder tent tuin straatje
noorden zuiden oosten westen stadsdeel gemeente buurtschap hoek achterbuurt wijkje straten wijken
buurt city neighbourhood neighborhood area village town""".split())
_AT_STREET = frozenset({"op", "aan", "in", "bij", "naar", "langs", "via"})
_GENERIC_SQUARES = ("school", "speel", "parkeer", "voetbal", "sport", "trap", "zwem", "kinder")
_SCHOOL_WORDS = frozenset({"college", "lyceum", "school", "basisschool", "academie", "mavo", "havo", "vwo",
                           "gymnasium", "scholengemeenschap"})
_YEAR_WORDS = frozenset({"jaar", "jaren"})
# a word before these names a school ("het stedelijk lyceum", "nova college", "gilde opleidingen")
_SCHOOL_NAME_HEADS = frozenset({"college", "lyceum", "school", "opleidingen", "scholengemeenschap", "gymnasium",
                                "academie", "basisschool", "kindcentrum"})
_GENERIC_SCHOOL_ADJ = frozenset("""goed slecht groot klein nieuw oud ander speciaal gewoon regulier zwart wit openbaar
christelijk katholiek islamitisch particulier hele andere eigen welk elk geen een die dat deze dit zijn haar mijn
jouw onze hun naar op bij van voor met uit in de het""".split())
# "N jaar" is a duration only after these ("al 3 jaar") or before "lang"/"geleden"; else maybe an age.
_DURATION_BEFORE = frozenset({"al", "sinds", "over", "na", "binnen", "ruim", "ongeveer", "afgelopen", "in",
                              "laatste", "eerste", "per", "elke", "iedere", "zo", "circa", "ca"})
_DURATION_AFTER = frozenset({"lang", "geleden", "later", "eerder"})

_FAMILY_WORDS = frozenset("""
moeder vader mama papa mam pap ouders ouder broer broertje zus zusje zussen broers oma opa
tante oom neef nicht zoon dochter zoontje dochtertje kinderen kind baby peuter kleuter stiefvader stiefmoeder
pleegouders pleegmoeder pleegvader pleegzus pleegbroer halfbroer halfzus vriend vriendin
ex man vrouw schoonmoeder grootouders gezin familie
""".split())
_PLACE_TAGS = frozenset({"plaats", "adres", "school", "instelling", "locatie", "postcode", "organisatie"})
_DETAIL_TAGS = _PLACE_TAGS | {"naam", "datum", "leeftijd", "medewerker", "team", "nummer"}

# After a role word these are no names ("mijn voogd is ...", "meneer zei").
_FUNCTION_AFTER_ROLE = frozenset("""
is was en of die dat zei zegt heeft had kan kon wil moet mag gaat ging komt kwam belt belde luistert snapt
weet vindt vond doet deed zijn waren werd wordt niet nooit ook al nog wel altijd echt heel erg zo te om op in
met voor bij naar uit over aan door tegen zonder als dan want maar omdat toen hij zij ze ik je jij we wij mij me
""".split())

_NOT_NAMES = dl.words("capitalised_words")

# Capitalised words that are fine in the middle of a sentence.
_CAPITAL_OK = frozenset({"ik", "jeugdzorg", "god", "nederland", "nederlands", "nederlandse", "engels",
                         "wifi", "tv", "ok", "oke", "oké", "covid", "corona", "whatsapp", "teams", "zoom",
                         "k1", "k2", "k3", "k4", "ggz", "ggd", "bso", "mbo", "hbo", "vmbo", "havo", "vwo",
                         "wmo", "pgb", "adhd", "add", "autisme", "sms", "app", "cliëntenraad", "kerst",
                         "pasen", "ramadan", "suikerfeest", "sinterklaas", "oud", "nieuw",
                         "bsn", "iban", "roc", "ov", "ov-kaart", "digid", "uwv", "svb", "ind", "coa", "mijn",
                         "raad",  # ("de Raad": the Raad voor de Kinderbescherming)
                         # care and justice written with a capital out of respect ("de Rechter besliste", "de Voogd"):
                         # a role or a body, no one's name (a surname after a title is the automatic layer's)
                         "rechter", "kinderrechter", "rechtbank", "gemeente", "politie", "wijkteam",
                         "jeugdbescherming", "jeugdreclassering", "kinderbescherming", "gezinsvoogd", "voogd"})


LABELS = {
    "naam": "Dit woord kan een naam of een plaats zijn.",
    "hoofdletter": "Woord met een hoofdletter midden in de zin, of in hoofdletters: misschien een naam, "
                   "plaats of school.",
    "onbekend": "Dit woord staat niet in de Nederlandse woordenlijst: misschien een naam of een "
                "verschreven naam.",
    "zeldzaam": "Dit woord komt weinig voor: misschien een naam, een straat of een school.",
    "getal": "Er staat een getal in: misschien een leeftijd, datum, nummer of kenteken.",
    "restant": "Er is een naam weggehaald, maar een deel ervan staat er nog.",
    "specifiek": "Lange tekst met veel details (familie, plaatsen): iemand kan misschien herkend worden.",
    "twijfel": "Het filter twijfelde of hier een naam of gegeven stond.",
    "teken": "Er staat een @ of #: misschien een account of gebruikersnaam.",
    "weggehaald": "Het filter heeft hier al iets weggehaald (een naam, plaats, school, leeftijd of "
                  "nummer). Wie één gegeven noemt, noemt vaak meer: lees de rest extra goed.",
}


@dataclass(frozen=True)
class Reason:
    signal: str          # one of LABELS
    label: str           # the reason in Dutch, for the reviewer
    words: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "label": self.label, "words": list(self.words)}


@dataclass(frozen=True)
class Assessment:
    reasons: tuple[Reason, ...] = ()
    spans: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)  # in the published text

    @property
    def flagged(self) -> bool:
        return bool(self.reasons)

    def as_dicts(self) -> list[dict[str, Any]]:
        return [r.as_dict() for r in self.reasons]


# -- word lists ------------------------------------------------------------------


@dataclass(frozen=True)
class Lists:
    names: frozenset[str]      # lowercase first names and surnames (deduce)
    places: frozenset[str]     # lowercase places and municipalities (deduce)
    phrases: frozenset[str]    # names and places of more than one word ("den bosch")
    common: frozenset[str]     # lowercase common and stop words (deduce's whitelist)
    freq: Mapping[str, float]  # wordfreq's Dutch frequencies, shared with the de-identifier


_LOCK = threading.Lock()
_LISTS: Lists | None = None


def lists() -> Lists:
    """The word lists, loaded once per process (about 0.2 s)."""
    global _LISTS
    if _LISTS is None:
        with _LOCK:
            if _LISTS is None:
                names: set[str] = set()
                places: set[str] = set()
                common: set[str] = set()
                src = dl._deduce_src_path()  # deduce's lookup lists (the model is not loaded)

                def read(sub: str) -> set[str]:
                    return {n.lower() for n in dl._read_list(src / sub)}

                if src is not None:
                    for sub in ("names/lst_first_name", "names/lst_surname"):
                        names |= read(sub)
                    for sub in ("locations/lst_placename/lst_residence", "locations/lst_placename/lst_municipality"):
                        places |= read(sub)
                    for sub in ("whitelist/lst_common_word", "whitelist/lst_stop_word"):
                        common |= read(sub)
                phrases = {n for n in names | places if " " in n and len(n.split()) <= 3}
                phrases |= {q.lower() for q in dl.entries("neighbourhoods")
                            if " " in q and len(q.split()) <= 3}  # "de indische buurt"
                _LISTS = Lists(frozenset(n for n in names if " " not in n and len(n) >= 3),
                               frozenset(n for n in places if " " not in n and len(n) >= 3),
                               frozenset(phrases), frozenset(common), dl.frequencies().nl)
    return _LISTS


# "op de twaalfde": a day of the month said as an ordinal (not "de vierde keer")
_DAY_ORDINAL_WORDS = _DAY_ORDINALS - {"eerste", "tweede", "derde"}
# a day of the month without its month ("op de 2e van de maand"; not the first, when rent and allowances come)
_DAY_OF_THE_MONTH_RE = re.compile(r"(?<![\w-])de\s+(?:(?:[2-9]|[12]\d|3[01])(?:e|ste|de)|tweede|derde|vierde|vijfde|zesde|"
                                  r"zevende|achtste|negende|tiende|[a-zë]+(?:tiende|tigste))\s+van\s+de\s+maand\b", re.I)
# an English day of the month on its own after a preposition (not "the 4th time", "the 12th floor")
_EN_DAY_ORDINAL_RE = re.compile(
    r"(?<![\w-])(?:from|on|by|until|till|since|before|after|of)\s+the\s+(?P<d>(?:[4-9]|[12]\d|3[01])(?:st|nd|rd|th))\b"
    r"(?!\s+(?:floor|time|times|grade|place|year|years|week|weeks|day|days|attempt|try|session|sessions|meeting|meetings|"
    r"child|son|daughter|birthday|month|months|round|step|class|term|level|hour|century)\b)", re.I)
_BEFORE_DAY_ORDINAL = frozenset({"op", "sinds", "vanaf", "tot"}) | _WEEKDAYS
_ORDINAL_NOUNS = frozenset("""keer maal klas week weken maand jaar dag plaats plek afspraak gesprek verdieping groep
leerjaar periode ronde etage verjaardag""".split())


@lru_cache(maxsize=1)
def _single_word_streets() -> frozenset[str]:
    """deduce's street names of one word ("singel", "vaart", "brink"), lowercase."""
    return frozenset(s for s in dl._name_lists().streets if " " not in s and len(s) >= 4)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lowercase word in Dutch (0: not in the list)."""
    from math import log10

    share = lists().freq.get(word, 0.0)
    return round(log10(share * 1e9), 2) if share > 0 else 0.0


@lru_cache(maxsize=65536)
def _dictionary_word(word: str) -> bool:
    """In OpenTaal's Dutch word list (the de-identifier's dictionary), a compound of two of
    its words, or a chat word."""
    d = dl.dictionary()
    if not d.available:
        return False
    return word in d.words or word in dl.words("chat_words") or dl._compound(word, d.words)


def _first_name(word: str) -> bool:
    """On the de-identifier's lists of first names that are no ordinary word ("jan")."""
    return word in dl._name_lists().first_lower


def _proper_noun(word: str) -> bool:
    """In OpenTaal's list of proper nouns (names, places, schools, brands)."""
    return word in dl.dictionary().proper


@lru_cache(maxsize=65536)
def _typo(word: str) -> bool:
    """One typing error away from a frequent Dutch word ("tekend", "therepie")."""
    return dl.near_frequent_word(word)


# (forty-fifth session) a lowercase word this frequent in the language of its (foreign) sentence is a word there, whatever
# a list of names holds: "todo bien", "pero na 3 maanden", "no esperaba nada" (not "ali" in a Dutch sentence; names of
# Spanish text are less frequent: "ana" 4.6, "luz" 5.3)
SENTENCE_WORD_ZIPF = 5.5


_WESTERN = ("es", "pt", "fr", "it")
_TEXT_WORD_RE = re.compile(r"[^\W\d_]+")


def _frequent_in_its_sentence(text: str, start: int, end: int, word: str) -> bool:
    """``word`` is this frequent in Spanish, Portuguese, French or Italian, and two other words of the text at least are
    frequent words of that language and no Dutch words (the comment is written in it, or partly)."""
    langs = [lang for lang in _WESTERN if lang_zipf(word, lang) >= SENTENCE_WORD_ZIPF]
    if not langs:
        return False
    others = {w.lower() for w in _TEXT_WORD_RE.findall(text[:start] + " " + text[end:])} - {word}
    return any(sum(1 for w in others if lang_zipf(w, lang) >= 5.0 and not _dictionary_word(w)) >= 2 for lang in langs)


# (fifty-first session) city and regional dialect spellings of a Dutch word's ending: "eerluk", "moeiluk" (-lijk),
# "dinsdach", "donderdach" (-dag)
_DIALECT_ENDINGS = (("lukke", "lijke"), ("luk", "lijk"), ("lük", "lijk"), ("dach", "dag"), ("dage", "dagen"))


def _dialect_word(word: str) -> bool:
    """A Dutch word with its ending written as a city dialect says it."""
    for said, written in _DIALECT_ENDINGS:
        if word.endswith(said) and len(word) > len(said) + 2:
            plain = word[: -len(said)] + written
            return _dictionary_word(plain) or _typo(plain)
    return False


def _known_word(word: str) -> bool:
    """A Dutch word (or a compound of two) that the lists know."""
    if zipf(word) >= RARE_ZIPF or _dictionary_word(word) or _typo(word):
        return True
    if _dialect_word(word):
        return True
    if dl.frequencies().at_least(word, 3.5, "en") and word not in _any_names():
        return True  # English written in a Dutch comment ("honestly", "shoutout")
    if word in dl.romance_words():
        return True  # Spanish, Portuguese or French between Dutch words ("minha filha", "merci beaucoup"; no names)
    if no_name_word(word):
        return True  # a word of Afrikaans, Basque, Zulu, Shona, the Celtic languages, Catalan, Galician or Haitian
        # Creole on a hand-made list that holds no name ("yebo", "almal", "mesos")
    if foreign_zipf(word) >= FOREIGN_WORD_ZIPF and word not in _any_names() and not listed_name(word):
        return True  # a frequent word of Polish, Romanian, Hungarian, Turkish or German ("dziękuję", "mulțumim"; no names)
    if (not word.isascii() and script_word(word, FOREIGN_WORD_ZIPF) or world_word(word, FOREIGN_WORD_ZIPF)) \
            and word not in _any_names():
        return True  # a frequent word of another script's language, or of Vietnamese, Tagalog or Greek ("спасибо",
        # "ευχαριστώ", "شكرا", "salamat", "cảm"; no name on a list, in any script)
    if _proper_noun(word) and not _dictionary_word(word):
        return False  # a rare name in the list of proper nouns ("larenstein") is no compound of words
    for cut in range(3, len(word) - 3):  # samenstellingen: groeps+leiding, wacht+lijst (tail of 4+)
        head, tail = word[:cut], word[cut:]
        if zipf(tail) >= 3.0 and (zipf(head) >= 3.0 or (head.endswith("s") and zipf(head[:-1]) >= 3.0)):
            return True
    return False


# -- aligning the published text with the raw text --------------------------------


def redacted_parts(raw: str, published: str) -> list[tuple[str, str]]:
    """(kind, raw text) of every tag in ``published``, found by aligning it with ``raw``."""
    pieces = TAG_RE.split(published)
    if len(pieces) == 1:
        return []
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(pieces))
    try:
        match = re.fullmatch(pattern, raw, re.S)
    except re.error:
        return []
    if match is None:
        return []
    return list(zip(pieces[1::2], match.groups()))


# -- the signals -----------------------------------------------------------------


_SALUTATION_RE = re.compile(r"(?i)^\W*(?:geachte|beste|lieve|hallo|hoi|hey|dear)\b[^.!?\n]{0,60},\s*$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if before and EMOJI_RE.match(before[-1]) or before.endswith("\ufe0f"):
        return True  # "... 📅 Maar soms": an emoji ends a sentence
    # "Geachte heer, mevrouw, Graag ...": the first word after the salutation starts a sentence
    return not before or before[-1] in SENTENCE_END or bool(_SALUTATION_RE.match(text[:start]))


# in an English comment: the words English writes with a capital (the pronoun "I", weekdays, months,
# languages and nationalities), and frequent English words in lowercase that are on no list of
# first names ("both", "six", "advance") or very frequent ("hope", "mark"; not "joy", "grace": those stay flagged)
_EN_CAPITALISED = frozenset("""i i'm i’m i've i’ve i'd i’d i'll i’ll monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december english dutch arabic
ukrainian russian polish turkish french german spanish portuguese italian chinese tigrinya somali farsi persian dari
pashto kurdish hindi urdu tamil romanian bulgarian hungarian berber amharic swahili""".split())


_EN_PERSONS = frozenset("he she son daughter kid child baby boy girl".split())  # "our son is 3,5"
_EN_OBJECTS = frozenset("it you them this that me us".split())  # "love it", "will you": a verb, no name


# English contractions typed without their apostrophe: "i couldnt come", "it wasnt"
_EN_NO_APOSTROPHE = frozenset("""couldnt wouldnt shouldnt didnt doesnt dont wasnt werent isnt arent cant wont havent hasnt
hadnt im ive youre theyre thats whats lets hes shes itll ill youll theyll weve theyve""".split())


def _english_word_or_typo(lower: str) -> bool:
    """In an English comment, a word that is English, an English contraction without its apostrophe, or one letter off
    a frequent English word ("abot", "freind", "sesion"; not a listed name: see :func:`misspelt_english`)."""
    return (lower in _EN_NO_APOSTROPHE or ordinary_english(lower) or dl.frequencies().at_least(lower, 3.0, "en")
            or misspelt_english(lower)) and lower not in dl._name_lists().first_any and lower not in dl._name_lists().places


def _plain_english(word: str, text: str, start: int | None) -> bool:
    low = word.lower()
    if low in _EN_CAPITALISED:
        return True
    if word[:1].isupper() and word[1:].islower() and start is not None and _sentence_start(text, start):
        return dl.frequencies().at_least(low, 5.5, "en")  # "There is hope", "After 15:30 is": not "Grace is"
    if not word.islower() or not dl.frequencies().at_least(low, 3.5, "en") or low in dl._name_lists().places \
            or not ordinary_english(low):
        return False  # (not "from chennai", "with james")
    return low not in dl._name_lists().first_any or dl.frequencies().at_least(low, 5.0, "en")


def _acronym_compound(word: str) -> bool:
    """A compound of abbreviations and words of the dictionary, one abbreviation at least: "JBT-overleg", "POH-GGZ",
    "VT-MELDING" (not "Van-Dijk", "Jansen-de Vries")."""
    parts = [p for p in word.split("-") if p]
    names = dl._name_lists()
    if len(parts) < 2 or word.lower() in names.first_any or word.lower() in names.surnames_all:
        return False
    acronym = [p.isalpha() and p.isupper() and 2 <= len(p) <= 5 and p.lower() not in names.first_any for p in parts]
    return any(acronym) and all(a or _dictionary_word(p.lower()) for a, p in zip(acronym, parts))


def _loose_separator(text: str, a: int, b: int) -> bool:
    """A symbol alone between words, not between two figures: "top 👍 8/10", "huisbezoek | wo 15:30", "jeugdzorg =
    niet eng" (a code written in pieces has a figure on both sides: "06 | 12 | 34")."""
    sep = text[a:b].strip()
    if not sep or not (sep in {"|", "=", "—", "–", "•", "·", "+"} or EMOJI_RE.match(sep)):
        return False  # (a dot in brackets is written to hide a web address: "bit[.]ly")
    left, right = text[:a].rstrip()[-1:], text[b:].lstrip()[:1]
    return not (left.isdigit() and right.isdigit())


def assess(raw: str, published: str, low: Mapping[str, int] | int | None = None) -> Assessment:
    """The risk signals of one comment (``published``: the text after the automatic layer)."""
    found: dict[str, list[str]] = {}
    spans: list[tuple[int, int, str]] = []

    published_lower = published.lower()
    english = is_english(published_lower)

    def hit(signal: str, word: str = "", start: int | None = None, end: int | None = None) -> None:
        if english and signal in {"naam", "hoofdletter"} and _plain_english(word, published, start):
            return  # "I", "on Monday", "in Arabic", "for both", "in advance": English, no name
        if signal in {"naam", "hoofdletter"} and (word.lower() in dl.words("countries")
                                                  or word.lower() in dl.words("person_words")):
            # a country (``data/countries.txt``: "naar turkije", "werk in Duitsland") or a word for a person
            # (``data/person_words.txt``: "Moeder heeft aangegeven", "jongste zit in groep 8") identifies no one
            return
        if signal in {"naam", "hoofdletter", "onbekend", "zeldzaam"} and (
                word.lower() in dl.words("role_words") or _proper_adjective(word) or word.lower() in dl.words("language_names")):
            # a kinship word or title of the families' languages ("mijn tia", "Achchi kan geen Nederlands"), an
            # adjective of a country or people ("Kaapverdische vereniging") or a language ("in het Tsjetsjeens")
            return
        if signal == "naam" and word.islower() and word in dl.romance_words():
            return  # a frequent Spanish, Portuguese or French word in lowercase, on no name list: "minha filha gosta"
        words = found.setdefault(signal, [])
        if word and word not in words:
            words.append(word)
        if start is not None and end is not None:
            spans.append((start, end, signal))

    text = published
    tags = [(m.start(), m.end(), m.group(1)) for m in TAG_RE.finditer(text)]
    in_tag = _covered(tags)
    L = lists()

    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text) if not in_tag(m.start())]
    bodies = [(m.start(), m.end()) for m in _public_bodies_re().finditer(text)]

    def in_body(pos: int) -> bool:
        return any(s <= pos < e for s, e in bodies)

    idioms = [(m.start(), m.end()) for m in IDIOM_RE.finditer(text)]

    def in_idiom(pos: int) -> bool:
        return any(s <= pos < e for s, e in idioms)

    letters_all = [c for c in TAG_RE.sub(" ", text) if c.isalpha()]
    shouting = len(letters_all) >= 5 and sum(c.isupper() for c in letters_all) > 0.6 * len(letters_all)
    lowers = [w.lower() for _, _, w in words]
    after_tag = [bool(i and TAG_RE.search(text[words[i - 1][1]:w[0]])) or (i == 0 and bool(TAG_RE.search(text[:w[0]])))
                 for i, w in enumerate(words)]
    for i, (start, end, word) in enumerate(words):
        lower = word.lower()
        plain = lower.replace("’", "'")
        prev = "[tag]" if after_tag[i] else (lowers[i - 1] if i else "")
        if lower in _world_cities()[0] and len(lower) >= 4 and not _dictionary_word(plain) and not ordinary_english(lower) \
                and lower not in _NOT_NAMES and not in_body(start) and zipf(lower) < 4.0:
            hit("naam", word, start, end)  # "ik mis aleppo", "de tolk heeft in sana'a gewoond": a town abroad
            continue
        upper = sum(c.isalpha() for c in word) >= 2 and word.isupper()
        if lower in _NOT_NAMES and i >= 2 and lowers[i - 1] in _INTERFIXES and lowers[i - 2] in _TITLES \
                and not after_tag[i - 1] and not after_tag[i]:
            hit("naam", word, start, end)  # (fifty-eighth session) "mvr de Bor": a title's surname, though "BOR" is a meeting
            continue
        if in_body(start) or lower in _NOT_NAMES or (in_idiom(start) and not (
                word[:1].isupper() and not upper and not _sentence_start(text, start))):
            continue  # "Raad voor de Kinderbescherming", "Arabisch", "Hoop doet leven" (not "dat Storm en Zon ...")
        if upper and not shouting and lower not in L.names and (len(lower) < 4 or _dictionary_word(plain)) \
                and not _school_name_after(lowers, i, after_tag, True) \
                and not (english and prev in {"at", "to", "from"} and not _dictionary_word(plain)):
            continue  # "ECHT SUPER", "BW", "A4" in a mixed-case text (not "van ROC TOP", not "the mentor at ISH")
        if "-" in word and _acronym_compound(word):
            continue  # "het JBT-overleg", "de POH-GGZ", "HIC-PLAATSING": a professional's abbreviation in a compound
        if upper and lower not in _CAPITAL_OK:
            # in a text written in capitals only unknown words and names count; elsewhere any
            if not shouting or not (plain in L.common or _FUNCTION_AFTER_ROLE.__contains__(lower) or _known_word(lower)) \
                    or ((lower in L.names or lower in L.places) and zipf(lower) < 5.5
                        and (not _dictionary_word(plain) or _first_name(plain))):
                hit("hoofdletter", word, start, end)
                continue
        capital = word[:1].isupper() and not upper
        if capital and i and lowers[i - 1] in {"de", "het"} and words[i - 1][2][:1].isupper() \
                and not _sentence_start(text, words[i - 1][0]) and lower not in _CAPITAL_OK:
            hit("naam", word, start, end)  # "zit op De Tweemaster": a name with its article
            continue
        if capital and not _sentence_start(text, start) and lower not in _CAPITAL_OK \
                and lower not in dl.words("countries") \
                and not (len(plain) == 1 and (shouting or text[end:end + 1] == "." or text[end:end + 1].isdigit())):
            # (not one letter in capitals, as an abbreviation or a level: "M. AKKOORD", "DANK U WEL", "niveau A2"; but
            # "de letters NK, dan 472 en als laatste een S": a plate's part)
            # also in a run of capitals ("uit Villa Zonnedauw"); public bodies were skipped above
            hit("hoofdletter", word, start, end)  # "dat Zon gewoon"
            continue
        nxt_word = lowers[i + 1] if i + 1 < len(lowers) else ""
        if prev in _KIN_WORDS and not after_tag[i] and plain not in _FUNCTION_AFTER_ROLE and nxt_word in _PERSON_VERBS \
                and len(plain) >= 3 and not _function_word(plain):
            hit("naam", word, start, end)  # "mijn dochter hoop is nu rustiger"
            continue
        if (i == 0 or _sentence_start(text, start)) and i + 2 < len(lowers) and lowers[i + 1] in {"mijn", "onze", "m'n", "mn"} \
                and lowers[i + 2] in _KIN_WORDS and not _function_word(plain):
            hit("naam", word, start, end)  # "jun mijn zoon is ..."
            continue
        if english and i == 0 and not upper and nxt_word in _EN_SUBJECT_VERBS and len(plain) >= 2 and not after_tag[i] \
                and not capital and _rare_english(plain.removesuffix("'s")):
            hit("naam", word, start, end)  # "mei loves her mentor", "ade cant come tmrw" (capitalised: below)
            continue
        if english and not upper and plain in dl._name_lists().first_any and len(plain) >= 3 and not after_tag[i] and (
                # (also the last of two: "mark and wil from the team were both good")
                ((i == 0 or _sentence_start(text, start) or prev in {"and", "&"}) and nxt_word == "from" and i + 2 < len(lowers)
                 and lowers[i + 2] in {"the", "our", "my", "your"})
                or (_EN_THANKS_BEFORE_RE.search(text, max(0, start - 30), start) and _EN_ADDRESSED_AFTER_RE.match(text, end))):
            hit("naam", word, start, end)  # "joy from the youth team was kind", "thank you so much rose, you were"
            continue
        if english and i == 0 and capital and plain.endswith("'s") and _rare_english(plain.removesuffix("'s")):
            hit("naam", word, start, end)  # "Jun's violin teacher noticed ..."
            continue
        if prev in {"het", "'t"} and not capital and not upper and not after_tag[i] and not _dictionary_word(plain) \
                and not _typo(plain) and len(plain) >= 4:
            hit("naam", word, start, end)  # "(het hyperion)": a name after "het"
            continue
        if prev in {"het", "de", "'t"} and i >= 1 and text[words[i - 1][0] - 1:words[i - 1][0]] == "(" \
                and text[end:end + 1] == ")" and zipf(plain) < 3.0 and len(plain) >= 4:
            hit("naam", word, start, end)  # "SCHOOL IN DE INSTELLING (DE WAARDING)": a rare word named in brackets
            continue
        if prev in {"het", "de"} and i >= 3 and lowers[i - 2] == "op" and lowers[i - 3] in _SIT_VERBS \
                and not capital and plain not in _SIT_OK:
            hit("naam", word, start, end)  # "ik zit op het erasmiaans": a school
            continue
        if prev in _TITLE_WORDS and i >= 2 and lowers[i - 2] not in _NOUN_BEFORE and lowers[i - 2] not in _POSSESSIVES \
                and not after_tag[i] and lower in dl._name_lists().first_any and len(plain) >= 3 \
                and text[words[i - 1][1]:start] == " ":
            hit("naam", word, start, end)  # "wij hadden juf wil in groep 4": a title, then a first name that is a word
            continue
        role = (prev in _ROLE_WORDS and not any(c in text[words[i - 1][1]:start] for c in ",.;:!?")) or (
            prev in _INTERFIXES and i >= 2 and not after_tag[i - 1] and (
            lowers[i - 2] in _ROLE_WORDS or (lowers[i - 2] in _INTERFIXES and i >= 3 and lowers[i - 3] in _ROLE_WORDS)))
        ordinary = (shouting or (not capital and not upper)) and _dictionary_word(plain) and (
            plain not in L.names or zipf(plain) >= 4.0)  # "de begeleider las", "juf van groep 5"
        if role and not ordinary and lower not in _INTERFIXES and lower not in _FUNCTION_AFTER_ROLE and (
                prev in _INTERFIXES or (plain not in L.common and zipf(lower) < 5.0)):
            hit("naam", word, start, end)
            continue
        if prev in {"den", "ter", "ten"} and i >= 2 and lowers[i - 2] in _PLACE_BEFORE and not after_tag[i - 1]:
            hit("naam", f"{words[i - 1][2]} {word}", words[i - 1][0], end)  # "in den bosch", "naar ter apel"
            continue
        if capital and i + 2 < len(lowers) and lowers[i + 1] == "en" and lowers[i + 2] in {"ik", "mij", "me"} \
                and lower in L.names and _sentence_start(text, start):
            hit("naam", word, start, end)  # "Storm en ik ...": a name that is also a word
            continue
        if capital and i == 0 and plain not in _EXCLAMATIONS and not _function_word(plain) and _addressed(text, end):
            hit("naam", word, start, end)  # "Comfort 🫂 altijd rustig", "Ama je bent n schat"
            continue
        if (capital and i + 1 < len(lowers) and _sentence_start(text, start) and len(plain) >= 3
                and plain not in _FUNCTION_AFTER_ROLE and plain not in _SENTENCE_ADVERBS
                and not plain.endswith(_ABSTRACT_ENDINGS)
                and not _function_word(plain) and lowers[i + 1] in _PERSON_VERBS and not after_tag[i]):
            # a capitalised word without an article right before a verb: "Hoop komt volgende
            # week", "Zon was de eerste" (a name that is also a word)
            hit("naam", word, start, end)
            continue
        if lower in _NUMBER_WORDS and nxt_word not in _UNIT_WORDS and nxt_word not in {"weken", "maanden", "jaar"} and (
                prev in _AGE_CONTEXT or nxt_word in _AGE_VERBS_AFTER or prev in _PRONOUNS_AGE
                or text[start - 1:start] == "(" and text[end:end + 1] == ")"):
            hit("getal", word, start, end)  # "mijn zoon (dertien)", "als je zeventien bent"
            continue
        if plain.endswith(("jarige", "jarig")) and any(plain.startswith(n) for n in _NUMBER_WORDS):
            hit("getal", word, start, end)  # "de veertienjarige dochter"
            continue
        if plain in _DAY_ORDINAL_WORDS and prev == "de" and nxt_word not in _ORDINAL_NOUNS and (
                i >= 2 and lowers[i - 2] in _BEFORE_DAY_ORDINAL
                or plain in LATE_DAY_ORDINALS and (i == 1 or _sentence_start(text, words[i - 1][0]))):
            # "toen we op de twaalfde bij de zitting waren", "dinsdag de twaalfde", "De eenentwintigste gaan we
            # weer": a day of a month
            hit("getal", word, start, end)
            continue
        if i + 2 < len(lowers) and lowers[i + 1] == "als" and lowers[i + 2] in _ROLES and plain in _any_names() \
                and not after_tag[i] and not _function_word(plain):
            hit("naam", word, start, end)  # "IK WIL LIEF ALS BEGELEIDER HOUDEN"
            continue
        if prev in {"uit", "vanuit"} and not capital and len(plain) >= 6 and not _dictionary_word(plain) \
                and not after_tag[i] and zipf(lower) < 3.0 and plain not in L.common:
            hit("naam", word, start, end)  # "de buurvrouw uit kouwenoord": a village in lowercase
            continue
        if not capital and not upper and plain in L.names and len(plain) >= 3 and not _function_word(plain) \
                and plain not in _SEASON_WORDS and not _typo(plain) and (
                i == 0 or _sentence_start(text, start) or prev in _PERSON_BEFORE_WORDS) and (
                i + 1 < len(lowers) and (lowers[i + 1] in _PERSON_VERBS or lowers[i + 1] in {"mijn", "onze", "uit", "van", "wel"}
                                         or (i == 0 and lowers[i + 1] in _EN_PERSON_VERBS))):
            hit("naam", word, start, end)  # "jun mijn zoon", "beer uit de groep", "ik vond mart wel", "jun got his braces off"
            continue
        if nxt_word in _PERSON_SLOT_VERBS and not after_tag[i] and len(plain) >= 3 and not _function_word(plain) \
                and plain not in _FUNCTION_AFTER_ROLE and plain not in _FAMILY_WORDS and plain not in _ROLES \
                and plain not in _NOT_PERSON_SUBJECTS and prev not in _NOUN_BEFORE and prev not in _POSSESSIVES \
                and not plain.endswith(("ing", "heid", "tie", "en")) and (zipf(plain) < 4.8 or plain in _any_names()) \
                and not _dialect_word(plain):
            hit("naam", word, start, end)  # "jet zei dat ...", "toen kadijatu belde": a person who acts
            continue
        if _name_in_person_slot(text, words, lowers, i, after_tag):
            hit("naam", word, start, end)  # "mijn zus kim", "storm is echt de eerste", "nimco als begeleider"
            continue
        if _after_title(lowers, i, after_tag) and not _function_word(plain) and plain not in _FUNCTION_AFTER_ROLE \
                and plain not in _INTERFIXES and len(plain) >= 2:
            hit("naam", word, start, end)  # "mevrouw bakker", "juf de wit", "MENEER VAN DAM"
            continue
        if _school_name_after(lowers, i, after_tag, capital) and not _function_word(plain) and plain not in _FUNCTION_AFTER_ROLE:
            hit("naam", word, start, end)  # "obs de klimop", "IKC HET PALET", "op De Tweemaster"
            continue
        if _place_after(lowers, i, after_tag):
            hit("naam", word, start, end)  # "wij wonen in lombok", "IN KRIMPEN", "rechtbank limburg"
            continue
        if i >= 1 and i + 1 < len(lowers) and lowers[i - 1] in {"de", "het", "'t"} and lowers[i + 1] in _CENTRE_HEADS \
                and not after_tag[i] and not after_tag[i + 1] and not _function_word(plain) \
                and plain not in _GENERIC_SCHOOL_ADJ and plain not in _TIME_WORDS and not dl.inflected_adjective(plain):  # (not "het nieuwe buurthuis")
            hit("naam", word, start, end)  # "we zaten in de vaart buurtcentrum": a community centre's name before it
            continue
        if capital and _sentence_start(text, start) and _BRACKET_ROLE_RE.match(text, end):
            hit("naam", word, start, end)  # "Bo (mijn begeleider) snapt het", "Wil (onze begeleider)"
            continue
        if (b := _ROLE_IN_BRACKETS_RE.match(text, end)) is not None and len(plain) >= 3 and not _function_word(plain) \
                and plain not in _ROLES and plain not in _FAMILY_WORDS and plain not in _GENERIC_AFTER_VAN \
                and (b.group(1).lower() in _ROLES or b.group(1).lower() in _ROLE_ABBREVIATIONS):
            hit("naam", word, start, end)  # "OVERLEG MET SCHUTTERT (RAAD)", "met kuipers (ib)": a person and their role
            continue
        if prev == "met" and nxt_word in _TALK_VERBS and plain not in _FUNCTION_AFTER_ROLE \
                and not _function_word(plain) and plain not in _FAMILY_WORDS:
            hit("naam", word, start, end)  # Wat Werkt: "vandaag met hoop gesproken"
            continue
        if _BRACKET_AGE_AFTER_RE.match(text, end) and not _function_word(plain) and len(plain) >= 2:
            hit("naam", word, start, end)  # "pleegmoeder van storm (11)"
            continue
        if i and text[words[i - 1][1]:start].strip() == "(" and (prev in _FAMILY_WORDS or prev in _ROLES) \
                and text[end:end + 3].lstrip().startswith(")") and not _function_word(plain) and len(plain) >= 2:
            hit("naam", word, start, end)  # "mijn moeder (riet) van tachtig": a word in brackets after a kinship word
            continue
        if prev == "from" and not capital and not upper and len(plain) >= 4 and not after_tag[i] \
                and not _dictionary_word(plain) and not dl.frequencies().at_least(plain, 4.0, "en"):
            hit("naam", word, start, end)  # "we are from chennai": a town in lowercase
            continue
        if capital and plain.endswith("'s") and len(plain) >= 5 and not _function_word(plain[:-2]) \
                and plain[:-2] not in _NOT_NAMES and (plain[:-2] in _any_names() or not (
                    _dictionary_word(plain[:-2]) or dl.frequencies().at_least(plain[:-2], 4.5, "en"))):
            hit("naam", word, start, end)  # "Jun's violin teacher", "Sanne's fiets": a name with its possessive
            continue
        if (prev in _PLACE_BEFORE or prev in {"op", "bij"}) and not capital and not upper and len(plain) >= 5 \
                and not _dialect_word(plain) and (
                _misspelled_town(plain) or not _dictionary_word(plain) and plain not in dl.words("chat_words")
                and not dl.frequencies().at_least(plain, 3.5, "en")):
            hit("naam", word, start, end)  # "in appeldoorn", "naar paramaribo": a place, misspelt or foreign
            continue
        if plain in _listed_proper_names() and not after_tag[i] and not in_body(start):
            hit("naam", word, start, end)  # "beter dan overvecht", "ben gestopt met hanze": a listed place or school
            continue
        if nxt_word in _SCHOOL_NAME_HEADS and not after_tag[i] and len(plain) >= 3 and plain not in _SCHOOL_WORDS \
                and plain not in _GENERIC_SCHOOL_ADJ and not _function_word(plain) and not plain.endswith("e") \
                and zipf(plain) < 4.8 and not in_body(start):
            hit("naam", word, start, end)  # "het stedelijk lyceum", "de regenboog school", "nova college"
            continue
        if plain in _word_first_names() and not after_tag[i] and _bare_name_word(
                lowers, i, prev, nxt_word) and not (english and nxt_word in _EN_OBJECTS):  # (not "- love it")
            hit("naam", word, start, end)  # "dat mark wegging", "op storm was het", "kun je zon ff zeggen"
            continue
        if plain in _any_names() and _english_phrase(lowers, i):
            continue  # "hope for the best", "rain or shine", "precious time": English words, no names
        if len(plain) >= 3 and plain in _any_names() and zipf(plain) < NAME_ZIPF and not _function_word(plain) \
                and plain not in _SEASON_WORDS and plain not in _FUNCTION_AFTER_ROLE and not after_tag[i] \
                and prev not in _NOUN_BEFORE and not (not capital and _frequent_in_its_sentence(text, start, end, plain)):
            hit("naam", word, start, end)  # "ik vond jet heel fijn", "IN KRIMPEN": a name, whatever its case
            continue
        if english and prev in {"het", "'t", "de"} and not after_tag[i] and len(plain) >= 3 \
                and not _function_word(plain) and plain not in _DUTCH_IN_ENGLISH and not dl.frequencies().at_least(plain, 4.0, "en"):
            hit("naam", word, start, end)  # "the school het startpunt": a Dutch article in English opens a name
            continue
        if prev == "de" and nxt_word in _SPEAKING_VERBS and not after_tag[i] and plain in dl._name_lists().surnames_all \
                and plain not in _ROLE_OR_PERSON and zipf(plain) < 5.2 and (i == 1 or _sentence_start(text, words[i - 1][0])):
            hit("naam", word, start, end)  # "de wit zei dat ...": a surname with its article as the subject
            continue
        if prev in {"de", "der", "den", "ter", "ten"} and nxt_word == "van" and i + 2 < len(lowers) \
                and lowers[i + 2] in {"de", "het", "team", "jeugdzorg", "jeugdbescherming", "veilig"} and not after_tag[i] \
                and plain in dl._name_lists().surnames_all and plain not in _ROLE_OR_PERSON \
                and not (lowers[i + 2] in {"de", "het"} and i + 3 < len(lowers) and lowers[i + 3] not in _WORK_PLACES):
            # (not "de borg van de huurwoning", "de mensen van Veilig Thuis", "de tuin van de groep")
            hit("naam", word, start, end)  # "DE HAAN VAN DE JEUGDBESCHERMING": a surname and where the person works
            continue
        if prev in {"de", "het", "'t"} and i >= 3 and lowers[i - 2] == "in" and not after_tag[i] \
                and (lowers[i - 3] in _LIVE_VERBS or (i >= 4 and lowers[i - 4] in _LIVE_VERBS)) \
                and plain not in _GENERIC_LIVING and not _function_word(plain) and len(plain) >= 3:
            hit("naam", word, start, end)  # "wij wonen in de hoogte": where someone lives is a neighbourhood's name
            continue
        if prev in {"de", "het"} and i >= 2 and lowers[i - 2] in {"aan", "op"} and not after_tag[i] \
                and lower in _single_word_streets() and zipf(lower) < 4.5:
            hit("naam", word, start, end)  # "wij wonen aan de singel", "aan de vaart": a street of one word
            continue
        if prev in {"in", "uit", "naar"} and lower in L.places and not after_tag[i] and _CLAUSE_END_RE.match(text, end):
            hit("naam", word, start, end)  # "kan het in echt?", "we wonen nu in best.": a town that is a word
            continue
        if len(lower) < 3 or plain in L.common:
            continue
        if not capital and not upper and _frequent_in_its_sentence(text, start, end, plain):
            continue  # "todo bien", "pero": a frequent word of the comment's other language (see above)
        if lower.endswith(_STREET_ENDINGS) and len(lower) > 6 and lower[:-2] not in L.common and (
                zipf(lower) < 3.0 or (prev in {"de", "het"} and i >= 2 and lowers[i - 2] in _AT_STREET
                                      and not lower.startswith(_GENERIC_SQUARES))):
            hit("naam", word, start, end)  # "op het marktplein", "aan de westkade": maybe a street
            continue
        if (not capital and not upper and prev in {"het", "'t"} and i >= 2 and lowers[i - 2] in _AT_STREET | {"van"}
                and (_proper_noun(plain) or not _dictionary_word(plain))):
            hit("naam", word, start, end)  # "op het horizon", "van het hyperion": a school's name
            continue
        if not capital and not upper and _dictionary_word(plain) and not (prev in _PLACE_BEFORE and lower in L.places):
            continue  # a lowercase ordinary word ("best leuk", "een merel", "klei")
        if (lower in L.places and zipf(lower) < 5.5) or (lower in L.names and (capital or zipf(lower) < 4.0)) or (
                prev in _PLACE_BEFORE and zipf(lower) < 3.0 and not _known_word(lower[:-1])):
            hit("naam", word, start, end)
            continue
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if nxt in _SCHOOL_WORDS and lower not in _SCHOOL_WORDS and zipf(lower) < 4.0:
            hit("naam", word, start, end)
            continue
        if "-" in plain or "'" in plain:
            parts = [p for p in re.split(r"['-]", plain) if p]
            if all(p in L.common or _known_word(p) or len(p) < 3 for p in parts):
                continue
        z = zipf(lower)
        if english and z < RARE_ZIPF and _english_word_or_typo(lower):
            continue  # "i totally panicked", "talk abot my feelings", "i couldnt come": English, or a typo of it
        if z == 0.0 and not _known_word(lower):
            hit("onbekend", word, start, end)
        elif z < RARE_ZIPF and not _known_word(lower):
            hit("zeldzaam", word, start, end)

    for n in (2, 3):
        for i in range(len(words) - n + 1):
            phrase = " ".join(lowers[i:i + n])
            if phrase in L.phrases and not all(w in L.common or w in _INTERFIXES for w in lowers[i:i + n]):
                hit("naam", text[words[i][0]:words[i + n - 1][1]], words[i][0], words[i + n - 1][1])

    for m in NUMBER_RE.finditer(text):
        if in_tag(m.start()) or not _number_may_identify(text, m):
            continue
        hit("getal", m.group(), m.start(), m.end())

    for m in _SITS_AT_RE.finditer(text):
        x = m.group("x")
        low_x = x.lower()
        if not in_tag(m.start("x")) and low_x not in _SIT_OK and low_x not in L.common and not _function_word(low_x) \
                and (any(c.isdigit() for c in x) or zipf(low_x) < 4.0) and not in_body(m.start("x")):
            hit("naam", x, m.start("x"), m.end("x"))  # "ik zit op t startblok", "zit op 2college": a school
    for m in _ON_THE_RE.finditer(text):
        x = m.group("x").lower()
        if in_tag(m.start("x")) or x in _SIT_OK or _function_word(x) or x in _ROLES or x.endswith(("en", "ing", "heid", "s")):
            continue
        if 0 < zipf(x) < 3.3 and _dictionary_word(x) and not dl._compound(x, dl.dictionary().words) \
                and not x.endswith(_ROLE_ENDS):  # not "de kinderrechter", "de wijkverpleegkundige"
            hit("naam", m.group("x"), m.start("x"), m.end("x"))  # "op de kajuit", "van de boei": a group or school
        elif zipf(x) == 0 and x not in dl.dictionary().words and len(x) >= 6 and not _typo(x):
            hit("naam", m.group("x"), m.start("x"), m.end("x"))  # "in de peperklip": a compound no one writes, a building's name
    for m in _COMMA_ROLE_RE.finditer(text):
        w = m.group("w").lower()
        if not in_tag(m.start("w")) and (w in _any_names() or not _dictionary_word(w)) \
                and w not in _FUNCTION_AFTER_ROLE - {"wil", "ben"}:
            hit("naam", m.group("w"), m.start("w"), m.end("w"))  # "boos op wil, mijn gezinsvoogd"
    for m in _NAME_AND_KIN_RE.finditer(text):
        w = m.group("w").lower()
        if not in_tag(m.start("w")) and not _function_word(w) and w not in _FAMILY_WORDS and w not in _ROLES \
                and w not in _FUNCTION_AFTER_ROLE and (w in _any_names() or not _dictionary_word(w)):
            hit("naam", m.group("w"), m.start("w"), m.end("w"))  # "tesfaye & zn zusje zijn weer thuis"
    for rx in (_GROUPED_NUMBER_RE, _SPREAD_NUMBER_RE):
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 6 and not in_tag(m.start()):
                hit("getal", m.group(), m.start(), m.end())  # "773 41 09", "24/0 19 882": a number in groups
    for m in _DAY_OF_THE_MONTH_RE.finditer(text) if " van de maand" in published_lower else ():
        if not in_tag(m.start()):
            hit("getal", m.group(), m.start(), m.end())  # "op de 2e van de maand", "de derde van de maand": a day
    for m in _EN_DAY_ORDINAL_RE.finditer(text) if english else ():
        if not in_tag(m.start("d")):
            hit("getal", m.group("d"), m.start("d"), m.end("d"))  # "the report from the 12th": a day of the month
    for m in _FEAST_YEAR_RE.finditer(text):
        hit("getal", m.group(), m.start(), m.end())  # "op Koningsdag 2023": one particular day
    for m in _FEAST_DAY_RE.finditer(text) if "dag" in published_lower else ():
        if not in_tag(m.start()):
            hit("getal", m.group(), m.start(), m.end())  # "op tweede kerstdag": a day of the year
    for m in _PLATE_SHAPE_RE.finditer(text):
        flat = re.sub(r"[\s-]", "", m.group())
        if len(flat) == 6 and sum(c.isdigit() for c in flat) >= 2 and sum(c.isalpha() for c in flat) >= 2 \
                and not in_tag(m.start()):
            hit("getal", m.group(), m.start(), m.end())  # "jd br 72", "87HVL3": a licence plate's shape
    for m in _EN_STREET_LEFT_RE.finditer(text) if english else ():
        if not in_tag(m.start("s")) and m.group("s").split()[0].lower() not in _EN_NOT_A_STREET:
            hit("naam", m.group("s"), m.start("s"), m.end())  # (fiftieth session) "the office on Front Street"
    for m in _INITIAL_NAME_RE.finditer(text):
        w = m.group("w").lower()
        if not in_tag(m.start()) and not _function_word(w) and w not in L.common and w not in _FUNCTION_AFTER_ROLE:
            hit("naam", m.group(), m.start(), m.end())  # "mail van h. brouwer", "met J. Smit": an initial and a surname
    for m in _IN_PIECES_RE.finditer(text):
        if not in_tag(m.start()) and not UNIT_AFTER_RE.match(text, m.end("n")):
            hit("getal", m.group(), m.start(), m.end())  # a number told in pieces, a part at a time
    for key in _CODE_KEY_RE.finditer(text):
        stop = _SENTENCE_END_RE.search(text, key.end())
        for m in _CODE_PART_RE.finditer(text, key.end(), min(stop.start() if stop else len(text), key.end() + 120)):
            if in_tag(m.start()) or UNIT_AFTER_RE.match(text, m.end()) or re.match(r"[.:]\d\d", text[m.end():]):
                continue  # "het kenteken is twee keer veranderd", "17.00 uur"
            w = m.group().lower()
            if m.group().isdigit() or m.group().isupper() and len(m.group()) > 1 and not _dictionary_word(w) \
                    or w in LETTER_NAMES or (number_word(w) is not None and w not in {"een", "één", "one"}):
                hit("getal", m.group(), m.start(), m.end())  # a part of a code told after its keyword
                break
    for m in _CODE_SHAPE_RE.finditer(text):
        flat = re.sub(r"[\s.-]", "", m.group())
        if not in_tag(m.start()) and sum(c.isdigit() for c in flat) >= 2 and sum(c.isalpha() for c in flat) >= 1 \
                and len(flat) >= 5:
            hit("getal", m.group(), m.start(), m.end())  # "CL-00 47 219", "HL-220-Q", "HL - 22 - 0 - Q": a code's shape
    for m in _SPOKEN_DIGITS_RE.finditer(text):
        hit("getal", m.group(), m.start(), m.end())  # "nul zes vier zes een een ...": a number read out
    for m in _NUMBER_WORDS_RUN_RE.finditer(text):
        digits = [number_word(w) for w in re.findall(r"[^\W\d_]+", m.group())]
        counted = all(d is not None and len(d) == 1 for d in digits) and all(
            int(b) == int(a) + 1 for a, b in zip(digits, digits[1:]))
        if not counted and not in_tag(m.start()):
            hit("getal", m.group(), m.start(), m.end())  # "op vier vier vierentwintig": a date or a code in words
    for a, b in written_out(text):
        if not in_tag(a) and not _loose_separator(text, a, b):
            hit("getal", text[a:b], a, b)  # "vijf-kaa-el-dee", "JB dash 2024", "bit[.]ly": a code written out
    for m in _GOT_SOMEONE_RE.finditer(text):
        x = m.group("x").lower()
        if not in_tag(m.start("x")) and (x in _any_names() or x in _word_first_names()) and x not in _FAMILY_WORDS:
            hit("naam", m.group("x"), m.start("x"), m.end("x"))  # "toen kreeg ik wil en dat ging beter"
    for m in _TELL_SOMEONE_RE.finditer(text):
        x = m.group("x").lower()
        if not in_tag(m.start("x")) and not _function_word(x) and x not in _FAMILY_WORDS and x not in _ROLES \
                and x not in _NOT_PERSON_SUBJECTS:
            hit("naam", m.group("x"), m.start("x"), m.end("x"))  # "kun je zon ff zeggen dat ik later kom"
    # (fifty-eighth session) the word a naming verb gives ("vriendin heet mei en"), and a person by where they live
    # ("met storm van hiernaast", "DOOR VAN HIERNAAST"): a name, however frequent as a word
    for rx in (_CALLED_WORD_RE, _NEXT_DOOR_RE):
        for m in rx.finditer(text):
            x = m.group("x").lower()
            if not in_tag(m.start("x")) and not _function_word(x) and x not in _FAMILY_WORDS and x not in _ROLES \
                    and (rx is _CALLED_WORD_RE or x in _any_names() or x in _word_first_names()):
                hit("naam", m.group("x"), m.start("x"), m.end("x"))
    if (says := _SAYS_NAME_RE.search(text)) is not None:
        hit("naam", says.group(), says.start(), says.end())  # "Zon (ja echt, zo heet ze)", "dat is een naam ja": the writer says a word is a name
    for m in re.finditer(r"@\s?[\w.]+|#[\w.]+", text):  # (also "s a n n e @ g m a i l": a spaced "@")
        hit("teken", m.group(), m.start(), m.end())
    for m in _SYMBOL_DOT_RE.finditer(text):  # "FACEBOOK 🔹 COM 🔹 ...": a symbol for the dot of a web address
        hit("teken", m.group(), m.start(), m.end())
    for m in _SPELLED_RE.finditer(text) if _SPELLED_GATE_RE.search(text) else ():
        joined = re.sub(r"\W", "", m.group()).lower()
        if not in_tag(m.start()) and not _dictionary_word(joined) and joined not in _ABBREVIATIONS \
                and joined not in "abcdefghijklmnopqrstuvwxyz":
            hit("onbekend", m.group(), m.start(), m.end())  # "m a r w a h": a word spelled out letter by letter
    for m in _USERNAME_RE.finditer(text):
        word = m.group()
        head = re.match(r"[^\W\d_]+", word)
        if not in_tag(m.start()) and not (head and head.group().lower() in _CODE_WORDS and "_" not in word) \
                and word.rsplit(".", 1)[-1].lower() not in _WEB_ENDINGS:
            hit("teken", word, m.start(), m.end())  # "mo_r2009", "noorr.xx", "berkje2010": a user name

    # remnants of what the layer found
    found_words = set()
    for kind, part in redacted_parts(raw, published):
        if kind in {"naam", "medewerker", "plaats", "adres", "school", "instelling", "locatie"}:
            found_words |= {w.lower() for w in WORD_RE.findall(part) if len(w) >= 3 and w.lower() not in L.common}
    for start, end, word in words:
        if word.lower() in found_words:
            hit("restant", word, start, end)
    for m in re.finditer(r"\[[a-z-]+\](?:['’]?[^\W\d_]+)|[^\W\d_]+\[[a-z-]+\]", text):
        hit("restant", m.group(), m.start(), m.end())
    # a word left dangling after a school or institution at the end of a sentence: "op [school] prins."
    for m in re.finditer(r"\[(?:school|instelling|organisatie)\][ \t]+([^\W\d_]+)[ \t]*(?:[.!?]|$)", text):
        if m.group(1).lower() not in _FUNCTION_AFTER_ROLE:
            hit("restant", m.group(1), m.start(1), m.end(1))

    # long, specific descriptions
    n_words = len(words) + len(tags)
    if n_words >= LONG_WORDS:
        family = sum(1 for _, _, w in words if w.lower() in _FAMILY_WORDS)
        places = sum(1 for _, _, kind in tags if kind in _PLACE_TAGS)
        details = family + sum(1 for _, _, kind in tags if kind in _DETAIL_TAGS) + len(found.get("getal", ()))
        if details >= SPECIFIC_DETAILS and (family >= 1 and (places >= 1 or family >= 3)):
            hit("specifiek")

    # the layer removed something: a comment that names one person or place often names
    # more, in words the rules do not know
    removed = sorted({kind for _, _, kind in tags if kind not in {"instelling"}})
    if removed:
        hit("weggehaald", ", ".join(f"[{k}]" for k in removed))

    n_low = sum(low.values()) if isinstance(low, Mapping) else int(low or 0)
    if n_low:
        kinds = sorted(low) if isinstance(low, Mapping) else []
        for kind in kinds:
            hit("twijfel", f"[{kind}]")
        if not kinds:
            hit("twijfel")

    reasons = tuple(Reason(signal, LABELS[signal], tuple(ws)) for signal, ws in
                    sorted(found.items(), key=lambda item: list(LABELS).index(item[0])))
    return Assessment(reasons, tuple(sorted(spans)))



# Words around a first name that make it a person, whatever the name's frequency as a word:
# thanks before it ("dank je storm"), a role after "als" ("nimco als begeleider"), an
# apposition after it ("mark de begeleider"), a team after "van de" at a sentence start.
_THANKS = frozenset("bedankt dankjewel dankuwel thanks thx merci".split())
_SUBJECT_PAIR = frozenset({"ik", "mij", "me"})


def _name_in_person_slot(text: str, words: list[tuple[int, int, str]], lowers: list[str], i: int,
                         after_tag: list[bool]) -> bool:
    """A first name (also one that is an ordinary word) where the words around it make it a
    person: "mijn zus kim", "storm is echt de eerste", "dank je storm", "mark de begeleider"."""
    w = lowers[i].replace("’", "'")
    named = w in _any_names() or w in lists().names
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    nxt2 = lowers[i + 2] if i + 2 < len(lowers) else ""
    prev = "" if after_tag[i] or not i else lowers[i - 1]
    thanked = prev in _THANKS or (prev in {"aan", "je", "u"} and i >= 2 and lowers[i - 2] in {"dank", "bedankt"})
    if named and len(w) >= 3 and w not in _FAMILY_WORDS and w not in _NUMBER_WORDS and (
            (thanked and nxt in {"voor", ""})
            or (prev in {"van", "met", "bij"} | _ROLES | _ROLE_WORDS and nxt in {"was", "is", "heeft", "had"})
            or ((i == 0 or _sentence_start(text, words[i][0])) and nxt in _PERSON_SLOT_VERBS)):
        # "bedankt wil voor de koffie", "dank aan wil", "hulp van wil was echt goed", "begeleider wil was
        # goed", "lot regelde alles": a name that is also a verb or a function word
        return True
    if len(w) < 2 or _function_word(w) or w in _FUNCTION_AFTER_ROLE or w in _FAMILY_WORDS or w in _ROLES \
            or w in _NOT_PERSON_SUBJECTS or w in _EXCLAMATIONS:
        return False
    if prev in _KIN_WORDS and (named or not _dictionary_word(w) and zipf(w) < RARE_ZIPF) and len(w) >= 3:
        return True  # "mijn zus kim maar", "mijn pleegbroer haben en ik"
    if prev == "van" and i >= 2 and lowers[i - 2] in PARENT_WORDS and named and len(w) >= 3 and w not in _NUMBER_WORDS:
        return True  # "IK BEN DE MOEDER VAN LIEVE EN ...": a child named by a parent
    if (prev in _THANKS or (prev in {"je", "u"} and i >= 2 and lowers[i - 2] == "dank")) and named:
        return True  # "dank je storm voor alles"
    role_after = nxt2 in _ROLES or nxt2 in _ROLE_WORDS
    if nxt == "als" and role_after and (named or zipf(w) < RARE_ZIPF and not _dictionary_word(w)):
        return True  # "wij hadden eerst nimco als begeleider"
    if not (i == 0 or _sentence_start(text, words[i][0])):
        return False
    if w in _MONTH_NAMES and nxt == "van" and nxt2 in {"de", "het", "t"} and i + 4 < len(lowers) \
            and lowers[i + 4] in _PERSON_VERBS:
        return True  # (fifty-ninth session) a month that is a name: "MEI VAN HET JONGERENLOKET HEEFT ME GEHOLPEN"
    if not named:
        return False
    return (nxt in _PERSON_VERBS or (nxt == "en" and nxt2 in _SUBJECT_PAIR)
            or (nxt in {"de", "onze", "mijn", "mn", "m'n"} and role_after)
            or (nxt == "van" and nxt2 in {"de", "het", "t"} and i + 3 < len(lowers)
                and lowers[i + 3] not in _FAMILY_WORDS))  # "storm is echt", "zon van de nachtdienst"

# the months that are also first names (the name lists leave them out)
_MONTH_NAMES = frozenset("april mei juni augustus".split())
_ABSTRACT_ENDINGS = ("heid", "ing", "schap", "isme", "teit", "tie", "nis", "lijk", "lijke")
_SENTENCE_ADVERBS = frozenset("""
daardoor hierdoor hierbij daarbij wellicht daarom derhalve echter tevens voorts ondergetekende
desondanks bovendien overigens kortom uiteraard natuurlijk inmiddels tenslotte gelukkig jammer
daarentegen eerst ineens opeens plots helaas eigenlijk daarna misschien vervolgens uiteindelijk
verder sindsdien meestal vaak altijd nooit soms toch nog ook zelfs vooral nu toen
straks later vroeger vandaag gisteren morgen iedereen niemand alles niets niks sommigen velen
""".split())


# Below this Zipf frequency a word on a list of first names or places counts as a possible
# name in any case and position ("ik vond jet heel fijn", "IN KRIMPEN"); measured on the
# tuning sets: 4.5 flags 96 % of planted names on raw text for 1.4 points more clean comments.
NAME_ZIPF = 4.5


# titles used before a name without an article: "juf wil", "meester ben"
_TITLE_WORDS = frozenset("juf juffrouw meester mevrouw meneer mentor coach tolk oma opa oom tante".split())
_POSSESSIVES = frozenset("mijn m'n mn onze ons zijn z'n zn haar hun jouw je uw jullie als".split())
_NOUN_BEFORE = frozenset("""de het een 't n deze dit elke iedere geen welke zo'n zulke veel weinig
meer minder alle beide
""".split())


# the word right after a naming verb (not "heet water", "is heet buiten": hot)
_CALLED_WORD_RE = re.compile(
    r"(?<![\w-])(?<!is\s)(?<!was\s)(?<!te\s)(?<!zo\s)(?<!erg\s)(?<!heel\s)(?<!best\s)(?:heet|heette|heetten|heten|genaamd)\s+"
    r"(?!(?:zo|ook|echt|gewoon|eigenlijk|nu|nou|niet|dus|anders|officieel|hetzelfde|water|buiten|binnen|weer|eten|vandaag|"
    r"daar|hier|en|of|maar|in|op)\b)(?P<x>[^\W\d_][\w'’-]+)", re.I)
# a person by where they live: "met storm van hiernaast", "DOOR VAN HIERNAAST PAST OP"
_NEXT_DOOR_RE = re.compile(r"(?<![\w-])(?P<x>[^\W\d_][\w'’-]{2,})\s+van\s+(?:hiernaast|de\s+overkant|verderop|om\s+de\s+hoek)\b",
                           re.I)
# the writer says that a word is a name: "zo heet mijn begeleidster", "X is de naam van mijn dochter"
_SAYS_NAME_RE = re.compile(
    r"\b(?:zo|zoals)\s+(?:heet|heette|heten)\b|\bheet\s+(?:ze|hij|zij)\b|\b(?:ze|hij|zij|ik)\s+heet\b"
    r"|\b(?:heet|heette|heten|heetten)\s+(?:(?:echt|ook|nou|gewoon|écht|dus|echt\s+waar)\s+){1,2}zo\b"
    r"|\bis\s+(?:een|de|haar|zijn|mijn|z'n|m'n)\s+(?:(?:echte|eigen)\s+)?(?:voor)?naam\b|\bde\s+naam\s+van\b|\bmijn\s+naam\s+is\b"
    r"|\b(?:zo|die)\s+noem(?:en|t|de)\s+(?:we|wij|ze|zij|hij)\b|\bnoem(?:en|t)\s+(?:ze|we|wij)\s+(?:me|mij|hem|haar)\b"
    # English: "Grace (yes, she's actually called that)", "her name is", "we call him"
    r"|\b(?:(?:is|was|are|actually|really)\s+)?called\s+(?:that|like\s+that|after)\b|\b(?:her|his|my|their)\s+(?:real\s+)?name\s+is\b"
    r"|\bwe\s+call(?:ed)?\s+(?:him|her|them)\b|\bnamed\s+(?:him|her|them|after)\b", re.I)
# a symbol or an emoji for the dot before a web address's end: "FACEBOOK 🔹 COM 🔹 JEUGDZORGSLACHTOFFERS", "dewit 🙂 nl"
_SYMBOL_DOT_RE = re.compile("(?i)(?<![\\w-])[^\\W_][\\w-]*[ \t]?[" + SYMBOLS + "\ufe0f]+[ \t]?(?:com|nl|org|net|be|eu|info)(?![\\w-])"
                            # (then the end, a sign or another symbol: not "👍 nl is", namelijk)
                            "(?=[ \t]*(?:$|[.,!?)/]|[" + SYMBOLS + "]))")
# the shape of a user name: an underscore, letters glued to two or more digits, or a dotted
# word that is no web address ("mo_r2009", "berkje2010", "noorr.xx", "oma.riet.1951")
_USERNAME_RE = re.compile(r"(?<![\w@./-])(?:\w*_\w+|[^\W\d_]{3,}\d{2,}[\w]*|[a-z][a-z0-9]{1,20}\.[a-z0-9][a-z0-9._]{0,20})"
                          r"(?![\w@/-]|\.\w)")
_CODE_WORDS = _CONTACT_CODE_WORDS | frozenset("week niveau leerjaar mp ipad pixel samsung".split())
_WEB_ENDINGS = frozenset("nl com org net be eu info de nu me io co uk fr html php pdf jpg png doc docx".split())
# "kun je zon ff zeggen dat ...", "wil je jet even laten weten": the one to be told is a person
# "toen kreeg ik wil en dat ging beter": the one you got (a new worker) is a person
_GOT_SOMEONE_RE = re.compile(r"\b(?:kreeg|kregen|krijg|krijgen)\s+(?:ik|we|wij|hij|ze|zij)\s+(?:toen\s+|daarna\s+)?"
                             r"(?P<x>[^\W\d_]{3,})(?=\s*(?:[,.!?]|$|\s+(?:en|als|maar|die|want)\b))", re.I)
_TELL_SOMEONE_RE = re.compile(r"\b(?:kun|kan|wil|wilt|kunt)\s+(?:je|jij|u|jullie)\s+(?P<x>[^\W\d_]{3,})\s+(?:ff\s+|even\s+|nog\s+)?"
                              r"(?:zeggen|vragen|laten\s+weten|doorgeven|bellen|appen|mailen|vertellen)\b", re.I)
_EN_ROLES = frozenset("guardian caseworker mentor teacher coach worker therapist counsellor counselor".split())
_COMMA_ROLE_RE = re.compile(r"(?<![\w\]-])(?P<w>[^\W\d_][\w'’-]{1,})\s*,\s*(?:mijn|m'n|mn|onze|ons|de|haar|zijn|the|my|our)\s+(?:"
                            + "|".join(sorted(dl.words("role_words") | _EN_ROLES, key=len, reverse=True)) + r")\b", re.I)
# a name and a sibling: "tesfaye & zn zusje zijn weer thuis", "mo en zijn broer"
_NAME_AND_KIN_RE = re.compile(r"(?<![\w\]-])(?P<w>[^\W\d_][\w'’-]{2,})\s+(?:&|en|and)\s+(?:zn|z'n|zijn|haar|his|her)\s+"
                              r"(?:zusje|zus|broertje|broer|zussen|broers|sister|brother|sis|bro)\b", re.I)
_SPREAD_NUMBER_RE = re.compile(r"(?<![\w/.,-])\d{1,4}(?:[ /.-]\d{1,4}){2,}(?![\w/-]|[.,]\d)")
_GROUPED_NUMBER_RE = re.compile(r"(?<![\w.,-])\d{2,4}(?:[ .]\d{2,4}){1,4}(?![\w]|[.,]\d)")
_PLATE_SHAPE_RE = re.compile(
    r"(?<![\w-])(?:[bdfghjklnprstvxz\d]{1,3}[\s-]?){2}[bdfghjklnprstvxz\d]{1,3}(?![\w-])", re.I)
# an English street left in a text: a preposition, one or two words and the word for a street ("ON FRONT STREET")
_EN_STREET_LEFT_RE = re.compile(r"(?<![\w-])(?:on|at|in|from|near|off)\s+(?P<s>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?"
                                r"\s+(?:street|road|rd|lane|avenue|drive|boulevard))(?![\w-])", re.I)
_EN_NOT_A_STREET = frozenset("the a an my our your his her their this that same main high wrong other".split())
# an initial and a word in the middle of a sentence: "van h. brouwer", "met J. Smit"
_INITIAL_NAME_RE = re.compile(r"(?<=[^\W\d_] )[A-Za-z]\.[ \t]?(?:[A-Za-z]\.[ \t]?)?(?P<w>[^\W\d_][\w'’-]{2,})")
# letters and digits in groups joined by dashes: "CL-00 47 219", "HL - 22 - 0 - Q"
_CODE_SHAPE_RE = re.compile(r"(?<![\w-])[A-Za-z]{1,4}[ \t]?-[ \t]?\d{1,3}(?:[ \t]?-[ \t]?[A-Za-z0-9]{1,4}|[ .]\d{1,4}){1,3}(?![\w-])"
                            r"|(?<![\w-])\d{1,3}[ \t]?-[ \t]?[A-Za-z]{1,3}[ \t]?-[ \t]?\d{1,3}(?![\w-])"
                            r"|(?<![\w/-])[A-Za-z]{1,3}/\d{1,3}/[A-Za-z]{1,3}(?![\w/-])")  # "JV/09/HT"
# a number told in pieces: "begint met 521, dan 698 en eindigt op 304", "begint met CL, daarna 88"
_IN_PIECES_RE = re.compile(r"(?<![\w-])(?:(?:begint|beginnen|begon|start)[ \t]+met[ \t]+(?:[^\d.!?\n]{0,12}?)"
                           r"|(?:eindigt|eindigen)[ \t]+(?:op|met)[ \t]+|(?<=\d)[ \t]*,?[ \t]+(?:dan|daarna|en[ \t]+dan|dan[ \t]+nog)[ \t]+)"
                           # (or a code's capitals: "begint met TZ, in het midden 48, eindigt op BH")
                           r"(?P<n>\d{2,}|(?-i:[A-Z]{2,3})(?![\w]))(?![\w.,:]\d)", re.I)
# a code's keyword and, in its sentence, a part of a code nothing redacted: a figure, a number word, a letter's name,
# a plate's consonants ("het kenteken ... was iets met 52 en dan HXN", "postcode 1013 kaa em", "insta is roos met een
# puntje en dan 04")
_CODE_KEY_RE = re.compile(r"(?<![\w-])(?:kenteken|nummerbord|postcode|postkode|bsn|burgerservicenummer|iban|"
                          r"rekeningnummer|telefoonnummer|mobiel|zaaknummer|dossiernummer|cliëntnummer|clientnummer|"
                          r"insta|instagram|snap|snapchat|tiktok|account|mailadres|e-mailadres|website|licen[cs]e\s+plate|"
                          r"phone\s+number|postal\s+code)(?![\w-])", re.I)
_CODE_PART_RE = re.compile(r"(?<![\w-])(?:\d{1,6}|(?-i:[BDFGHJKLNPRSTVXZ]{2,3})|[^\W\d_]+)(?![\w-])", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# three number words in a row (not "een twee drie"): "op vier vier vierentwintig", "nul zes twaalf"
_NUMBER_WORDS_RUN_RE = re.compile(rf"(?<![\w-])(?i:{_PAIR_WORD})(?:[ \t-]+(?i:{_PAIR_WORD})){{2,}}(?![\w-])")
_SPOKEN_DIGITS_RE = re.compile(rf"(?<![\w-]){_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}){{5,}}(?![\w-])", re.I)
# verbs after which the word before is the one who acts: a person ("jet zei", "rik belde")
_PERSON_SLOT_VERBS = frozenset("""zei zegt belde belt luisterde luistert snapte snapt hielp helpt vroeg vraagt
appte appt legde legt bleef kwam komt praatte praat lachte lacht regelde regelt""".split())
_POSSESSIVES = frozenset("mijn m'n mn zijn z'n haar ons onze hun jullie je jouw uw".split())
_NOT_PERSON_SUBJECTS = frozenset("""school jeugdzorg gemeente politie rechter raad team groep niemand iedereen
dokter huisarts juf meester mentor leiding organisatie instantie hulpverlening hulp therapie""".split())
_BRACKET_ROLE_RE = re.compile(r"\s*\(\s*(?:(?:mijn|m'n|mn|onze|ons|de|haar|zijn)\s+(?:[^\W\d_]+\s+)?)?(?:"
                              + "|".join(sorted(dl.words("role_words"), key=len, reverse=True)) + r")\b", re.I)
_ROLE_IN_BRACKETS_RE = re.compile(r"\s*\(\s*([^\W\d_][\w'’-]+)\s*\)")
_BRACKET_AGE_AFTER_RE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)")
_TITLES = dl.words("formal_roles") | frozenset({"juf", "juffrouw", "meester", "familie", "mnr", "mvr"})
_ROLES = dl.words("role_words") - _FAMILY_WORDS
_GENERIC_AFTER_VAN = dl.words("generic_care_words") | dl.words("generic_school_words") | frozenset(
    "school groep klas raad team gemeente huis werk kantoor afdeling dienst zorg thuis".split())


def _after_title(lowers: list[str], i: int, after_tag: list[bool]) -> bool:
    """Word ``i`` is the surname after a title or role word, with or without an interfix:
    "mevrouw bakker", "juf de wit", "de gezinsvoogd van leeuwen", "MENEER VAN DAM"."""
    j = i - 1
    ifx: list[str] = []
    while j >= 0 and lowers[j] in _INTERFIXES and len(ifx) < 3 and not after_tag[j + 1]:
        ifx.insert(0, lowers[j])
        j -= 1
    if j < 0 or after_tag[j + 1] or (lowers[j] not in _TITLES and lowers[j] not in _ROLES):
        return False
    word = lowers[i]
    title = lowers[j] in _TITLES
    n = dl._name_lists()
    if not ifx:
        # "mevrouw bakker", "begeleider sarmo" (not "mevrouw zei", "de begeleider kwam")
        return word in n.surnames_all or word in n.first_any or not _dictionary_word(word) or (
            title and zipf(word) < 4.5)
    if ifx[0] not in {"van", "v"} or len(ifx) > 2 or ifx[-1] in {"der", "den", "'t", "t"}:
        return True  # "meneer de jong", "mevrouw van der berg", "juf ter horst"
    # "van" / "van de": a surname ("van dijk", "van de berg"), not "van de gemeente"
    return word not in _GENERIC_AFTER_VAN and (word in n.surnames_all or not _dictionary_word(word)
                                               or (title and zipf(word) < 3.5))


_SCHOOL_PREFIXES = frozenset(p for p in dl.words("school_prefixes") if " " not in p) - {"school"}
# community centres, which follow their name too ("de vaart buurtcentrum")
_CENTRE_HEADS = frozenset(c for c in _COMMUNITY_CENTRES if " " not in c)

# venues named after their type word and an article ("wijkcentrum de schakel"): the venue annotator's words
_TIME_WORDS = frozenset("dag week middag ochtend avond nacht maand keer tijd eerste laatste volgende vorige".split())
_VENUE_HEADS = frozenset(w for w in dl.words("venue_words") if " " not in w) | frozenset(
    c for c in _COMMUNITY_CENTRES if " " not in c) | {"kindercentrum"}
# school types that are no ordinary word: what follows them is a name ("ROC TOP", "obs klimop")
_BARE_SCHOOL_TYPES = frozenset("obs cbs rkbs pcbs kbs ikc sbo sbao vso isk roc rsg csg osg ksg".split())
_PLACE_BEFORE_ANY = _PLACE_BEFORE | frozenset({"te", "bij", "rond", "rondom", "vanaf", "van"})
_COURT_WORDS = frozenset({"rechtbank", "rechbank", "rechtbanken", "gerechtshof", "arrondissement", "rb"})


def _school_name_after(lowers: list[str], i: int, after_tag: list[bool], words_capitalised: bool) -> bool:
    """Word ``i`` names a school after its type: "obs de klimop", "ROC TOP", "IKC Het Palet",
    "jenaplanschool het zevengesternte"."""
    j = i - 1
    if j >= 0 and lowers[j] in {"de", "het", "'t"} and not after_tag[j + 1]:
        j -= 1
    if j < 0 or after_tag[j + 1] or j == i - 1 and lowers[i] in {"de", "het", "'t"}:
        return False
    if j >= 1 and lowers[j] == "van" and lowers[j - 1] in _SCHOOL_PREFIXES and not after_tag[j]:
        return True  # "roc van twente"
    head = lowers[j]
    if head == "so" and _english_only(lowers[i]):
        return False  # "thank you so much": English, not a school for special education
    if j == i - 1 and _dictionary_word(lowers[i]) and not words_capitalised and head not in _BARE_SCHOOL_TYPES:
        return False  # "ik heb mijn havo gehaald", not "havo leeuwenborgh"
    if head in _VENUE_HEADS and j < i - 1:
        return lowers[i] not in _GENERIC_SCHOOL_ADJ and lowers[i] not in _TIME_WORDS  # "wijkcentrum de schakel", "buurthuis het anker": a venue named with an article
    return head in _SCHOOL_PREFIXES or (head.endswith(("school", "kindcentrum")) and len(head) > 8
                                        and head not in {"basisschool", "middelbareschool"} or (
                                            head in {"basisschool", "kindcentrum"} and j < i - 1))


@lru_cache(maxsize=1)
def _places_and_quarters() -> frozenset[str]:
    """Towns, municipalities and neighbourhoods in lowercase (one word), and the first word
    of a town of several words ("krimpen" of Krimpen aan den IJssel)."""
    n = dl._name_lists()
    out = {p for p in n.places if " " not in p}
    out |= {p.split()[0] for p in n.places if " " in p and len(p.split()[0]) >= 4}
    out |= {q.lower() for q in dl.entries("neighbourhoods") if " " not in q}
    out |= {q.lower().split()[1] for q in dl.entries("neighbourhoods") if q.lower().startswith(("de ", "het "))
            and len(q.split()) == 2}
    return frozenset(w for w in out if len(w) >= 4) - dl.words("chat_words")


@lru_cache(maxsize=1)
def _listed_proper_names() -> frozenset[str]:
    """Towns, neighbourhoods and vocational schools on the lists that are no Dutch word in
    any sense (not "best", "echt", "zetten"): a name wherever they stand."""
    names = _places_and_quarters() | {w.lower() for w in dl.entries("school_names") if " " not in w}
    return frozenset(w for w in names if not _dictionary_word(w) and not _known_word(w) and zipf(w) < 5.0
                     and not dl.frequencies().at_least(w, 4.0, "en") and w not in _NOT_NAMES)


def _place_after(lowers: list[str], i: int, after_tag: list[bool]) -> bool:
    """Word ``i`` is a town or neighbourhood after "in", "uit", "naar", "te" ... (with or
    without "de": "in de schilderswijk"), or the seat after "rechtbank"."""
    j = i - 1
    if j >= 0 and lowers[j] in {"de", "het"} and not after_tag[j + 1]:
        j -= 1
    if j < 0 or after_tag[j + 1]:
        return False
    word = lowers[i]
    if lowers[j] in _COURT_WORDS and j == i - 1 and not _function_word(word) and word not in _FUNCTION_AFTER_ROLE:
        return True
    if i >= 2 and lowers[i - 1] == "den" and lowers[i - 2] in _COURT_WORDS and not after_tag[i - 1] \
            and not _function_word(word):
        return True  # (fifty-eighth session) the seat with its "den": "bij de rechtbank den bos"
    if i + 1 < len(lowers) and lowers[i + 1] == "van" and j < i - 1:
        return False  # "in het kader van", "in de buurt van": a fixed phrase
    return lowers[j] in _PLACE_BEFORE_ANY and word in _places_and_quarters() and not _function_word(word) and (
        zipf(word) < 4.6 or not _dictionary_word(word))  # not "in het park", "op de hoek"


@lru_cache(maxsize=1)
def _any_names() -> frozenset[str]:
    n = dl._name_lists()
    return frozenset(x for x in n.first_any | {p.lower() for p in dl.population_first_names()} | n.places
                     if len(x) >= 3 and " " not in x) - dl.words("chat_words")


@lru_cache(maxsize=1)
def _word_first_names() -> frozenset[str]:
    """First names that are also frequent words ("storm", "hoop", "zon", "mark"): the names
    the other rules let pass unless the context says "person"."""
    n = dl._name_lists()
    names = n.first_any | {p.lower() for p in dl.population_first_names()}
    return frozenset(x for x in names if len(x) >= 3 and " " not in x and zipf(x) >= NAME_ZIPF
                     and not _function_word(x) and x not in _SEASON_WORDS and x not in _NUMBER_WORDS
                     and x not in _FAMILY_WORDS and x not in _ROLES and x not in _NAME_AS_VERB)


# first names that are also verb forms or function words: "ik wil", "ik ben", "ken je", "hij koos"
_NAME_AS_VERB = frozenset("wil ben ken kent koos men aan erin hoi klaar bouwen jouw zus kun kan mag rijk".split())
_SUBJECT_PRONOUNS = frozenset("ik je jij hij zij ze we wij u men jullie".split())
# after these the word is used as a verb or a noun ("hoop dat", "hoop echt", "hoop op", "ik heb hoop")
_VERB_USE_AFTER = frozenset("dat je jij jullie ik we wij ze u het op echt wel ook nog van in".split())
_NOUN_USE_BEFORE = frozenset("is heb hebt heeft hebben geeft gaf geven vol weer nieuwe".split())


def _bare_name_word(lowers: list[str], i: int, prev: str, nxt: str) -> bool:
    """A first name that is also a word, without the article, possessive, adjective or
    pronoun that a noun or a verb has: "wandelen met hoop", "dat storm volgende week komt"."""
    if prev in _NOUN_BEFORE or prev in _POSSESSIVES or prev in _SUBJECT_PRONOUNS or prev in _NOUN_USE_BEFORE:
        return False
    if len(prev) >= 4 and prev.endswith("e") and _dictionary_word(prev) or prev in {"eigen", "echt", "vast", "big"}:
        return False  # "een lange storm", "echte hoop"
    return nxt not in _VERB_USE_AFTER


@lru_cache(maxsize=65536)
def _english_only(word: str) -> bool:
    """A frequent English word, ten times more frequent in English than in Dutch text
    ("the", "for", "or", "time"; not "me", "of", "best")."""
    share = dl.frequencies().en.get(word, 0.0)
    return share >= 1e-5 and share >= 10 * lists().freq.get(word, 0.0)


def _english_phrase(lowers: list[str], i: int) -> bool:
    """Word ``i`` is a frequent English word next to English-only words: written in English."""
    if not dl.frequencies().at_least(lowers[i], 4.0, "en"):
        return False
    around = lowers[max(0, i - 1):i] + lowers[i + 1:i + 3]
    return any(_english_only(w) for w in around)


def _function_word(word: str) -> bool:
    return word in dl._FUNCTION_WORDS


# the one thanked in English, then a comma, a full stop, an exclamation mark or the end
_EN_THANKS_BEFORE_RE = re.compile(r"(?:thank\s+(?:you|u)|thanks|thx)(?:\s+(?:so|very)\s+much)?[\s,]+\Z", re.I)
_EN_ADDRESSED_AFTER_RE = re.compile(r"\s*(?:[,.!]|$)")


def _rare_english(word: str) -> bool:
    """A word that opens an English comment and is no frequent English word, chat word or
    function word: a name ("mei", "ade", "jun")."""
    return (not dl.frequencies().at_least(word, 4.0, "en") and not _function_word(word)
            and word not in dl.words("chat_words") and word not in _ROLES and word not in _FAMILY_WORDS)


# after a name at the start of a sentence ("Hoop komt", "Joy was de enige")
# what someone does, in English, right after a lowercase name that opens a comment: "mei loves her mentor"
_EN_PERSON_VERBS = frozenset("got gets loves loved likes liked said says has had cant can will wants needs misses".split())
# ... and what else follows a person who opens an English comment: "ade cant come", "kofi is"
_EN_SUBJECT_VERBS = _EN_PERSON_VERBS | frozenset("""can't is was isnt isn't wasnt wasn't goes went started starts turned
turns feels felt came comes told called didnt didn't doesnt doesn't couldnt couldn't wont won't""".split())
_PERSON_VERBS = frozenset("""
is was komt kwam heeft had belde belt zei zegt zit zat gaat ging doet deed wil wilde mag mocht moet moest
kan kon weet wist vindt vond helpt hielp snapt snapte luistert luisterde praat praatte appt appte
""".split())
# "ik zit nu op t startblok": what someone sits "op" is often their school
# "op de kajuit", "bij de pijl": a rare noun as a place one is "on" is often a group or school
_ON_THE_RE = re.compile(r"\b(?i:op|van|bij|naar|in)\s+(?:de|het|'t|t)\s+(?P<x>[a-zà-ÿ][\w'’-]{3,})(?=\s*(?:[.,!?;:)]|$|"
                        r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|\s+(?:zat|zit|"
                        r"zaten|woon|woonde|was|is|en|maar|moest|moet|mocht|mag|waren|zijn|gezeten|in|met|gaat|ging)\b))")
_SITS_AT_RE = re.compile(r"\b(?:zit|zat|zitten|zaten)\s+(?:(?:nu|nog|daar|al|eerst|toen|vroeger|altijd|ook|hier|eerder)\s+"
                         r"|sinds\s+kort\s+)?op\s+"
                         r"(?:(?:de|het|'t|t)\s+)?(?P<x>[\w'’-]+)", re.I)
_SIT_VERBS = frozenset("zit zat zitten zaten ga ging gaat gingen gaan kwam kom komt".split())
_SIT_OK = frozenset("""
moment goede juiste verkeerde eind einde randje nippertje punt gebied internet werk plein schoolplein
bank fiets bus trein groep school kamer zolder wc toilet bed bank hoek stoep gang wachtlijst lijst
mijn zijn haar je stage werk training cursus les voetbal
""".split())
_EXCLAMATIONS = frozenset("""
top super toppie dank bedankt thanks thnx goed prima mooi helaas echt respect wauw wow nice chill
goedemorgen goedemiddag goedenavond goeiemorgen hoii hooi heey hallootjes
lekker fijn jammer yes ja nee oke ok okay hoi hallo hey hee hoe wat waarom gewoon heel erg zo
""".split())


def _addressed(text: str, end: int) -> bool:
    """The word is addressed: an emoji, "je bent", "jij bent" or "=" right after it."""
    after = text[end:end + 12].lstrip(" ")
    return bool(EMOJI_RE.match(after)) or bool(re.match(r"(?:je|jij)\s+(?:bent|was)\b|=", after))


_PERSON_BEFORE_WORDS = frozenset("vond vind zag zie sprak spreek mis miste ken kende bel belde met en".split())
_PERSON_NEAR = _FAMILY_WORDS | _ROLE_WORDS | frozenset({"ik", "hij", "zij", "ze", "ben", "bent", "kids", "jarig"})
_RANGE_AROUND_RE = re.compile(r"\s*(?:tot|t/m|à|a)\s*\d", re.I)
_RANGE_BEFORE_RE = re.compile(r"\d\s*(?:tot|t/m)\s*\Z", re.I)
_STREET_WORD_RE = re.compile(r"(?:straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steeg|hof|park|markt|"
                             r"wal|ring|baan|erf|pad|wijk|vest)$", re.I)
_MONTHS = frozenset("""januari februari maart april mei juni juli augustus september oktober november december
jan feb febr mrt apr jun jul aug sep sept okt nov dec""".split())
# before "3/10" these make it a date (a mark is "een 7/10"): "op 3/10", "on 7/10"
_DATE_BEFORE = frozenset("op sinds vanaf tot on since from until till by".split())
_BIRTHDAY_WORDS = frozenset("birthday bday verjaardag jarig geboren geb born datum date".split())
_AGE_VERBS_AFTER = frozenset("was ben bent is werd wordt word geworden werden".split())
_PRONOUNS_AGE = frozenset("ik hij ze zij je jij u".split())
_NOT_ID_BEFORE = frozenset("een om rond tegen vanaf tot cijfer cijfers gemiddeld gemiddelde score rapport "
                           "artikel versie nummer bel belde bellen chat pagina hoofdstuk bus lijn tram "
                           "half kwart".split())
_NOT_ID_AFTER = frozenset("sterren ster punten punt uur uurtje min sec procent euro".split())


# a baby's age in days, weeks or months: the check-ups named by it ("de 6-weken controle", "de controle van
# 2 maanden"), a person who "is"/"was" that old ("mijn dochter was 5 dagen toen", "IS ONLY 5 MONTHS"), "oud"/"old" after
_BABY_UNITS = frozenset("dag dagen dgn week weken wk wkn weekjes maand maanden mnd maandjes day days weeks month months "
                        "mos".split())
_CHECKUP_AT_RE = re.compile(r"\d{1,2}[-\s]?(?:maanden|maand|mnd|weken|week|wkn|wk|dagen|jaar)[-\s]?"
                            r"(?:controle|afspraak|consult|check|prik|vaccinatie)", re.I)
_CHECKUP_BEFORE_RE = re.compile(r"(?:(?:controle|afspraak|consult|check|prik|vaccinatie)\s+(?:van|bij|op|met)|onderzoek\s+bij)\s+\Z", re.I)
_BABY_VERBS = frozenset("is was werd ben wordt only just now pas nog maar toen al nu bijna net".split())
_NOT_BABY_AFTER = frozenset("ziek weg lang later geleden bij in op thuis opgenomen per gewacht wachten begeleiding hulp "
                            "kraamzorg zorg therapie".split())


def _baby_age(text: str, m: re.Match[str], prev: str, nxt: str, before: list[str]) -> bool:
    if _CHECKUP_AT_RE.match(text, m.start()) or (nxt in _BABY_UNITS and _CHECKUP_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())):
        return True
    if nxt not in _BABY_UNITS:
        return False
    tail = re.match(r"\s*[^\W\d_]+\s+([^\W\d_]+)", text[m.end():])
    after = tail.group(1).lower() if tail else ""
    if after in {"oud", "old"}:
        return True
    window = [w.lower() for w in before[-4:]]
    return prev in _BABY_VERBS and after not in _NOT_BABY_AFTER \
        and any(w in _PERSON_NEAR or w in {"she", "he", "daughter", "son", "baby", "dochter", "zoon", "dochtertje", "zoontje"}
                for w in window)


_OWN_STORY = frozenset("ik wij we hij zij ze mijn onze i my our he she".split())
# the verbs of coming here, and what follows the year of it: "wij kwamen in 2019 uit syrie", "sinds 2021 in nederland"
_ARRIVAL_WORDS = frozenset("kwamen kwam gekomen gevlucht vluchtten vluchtte aangekomen verhuisd came arrived fled".split())
_ARRIVAL_AFTER_RE = re.compile(r"\s+(?:(?:naar|in)\s+(?:nederland|nl|holland|belgi[eë])\b|uit\s+[^\W\d_]+|hier\b)", re.I)


# where a person named with "de" works: "DE HAAN VAN DE JEUGDBESCHERMING", "de wit van de gemeente"
_WORK_PLACES = frozenset("""jeugdbescherming jeugdzorg gemeente wijkteam raad ggz school instelling thuiszorg
woningcorporatie dagbesteding kinderbescherming rechtbank politie leefgroep afdeling huisartsenpraktijk praktijk
buurtteam sociaal""".split())
# role words inside compounds ("kinderrechter", "wijkverpleegkundige", "jongerenwerker"): a role, no name
_ROLE_ENDS = ("rechter", "kundige", "werker", "coach", "arts", "voogd", "begeleider", "meester", "juf")
_LONG_UNITS = ("maanden", "weken", "dagen", "minuten", "kwartier", "seconden", "dagdelen")


def _number_may_identify(text: str, m: re.Match[str]) -> bool:
    """Whether a number left in a published text may be (part of) an identifier: an age,
    a date, a long number or code. Grades, times, amounts, counts and scores are not."""
    number = m.group()
    digits = sum(c.isdigit() for c in number)
    after = re.match(r"\s*([^\W\d_]+)", text[m.end():])
    nxt = after.group(1).lower() if after else ""
    before = re.findall(r"[^\W\d_]+|€", text[:m.start()][-40:])
    prev = before[-1].lower() if before else ""
    glued = text[m.end():m.end() + 1]
    if prev == "€" or text[max(0, m.start() - 2):m.start()].strip() in {"€", "$"} or glued == "%":
        return False
    if re.match(r"0[89]00", number) or number in {"112", "113", "144"}:
        return False  # helplines: "0800-0432", "113"
    if _RANGE_AROUND_RE.match(text, m.end()) or _RANGE_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]):
        return False  # "jongeren van 12 tot 18 jaar", "schooljaar 2023-2024": a range, nobody's age
    if _baby_age(text, m, prev, nxt, before):
        return True
    if nxt in _UNIT_WORDS or nxt in _NOT_ID_AFTER or prev in _GRADE_WORDS or prev in _NOT_ID_BEFORE:
        return False
    if len(nxt) >= 5 and nxt.isalpha() and any(one_edit(nxt, u) for u in _LONG_UNITS):
        return False  # a unit misspelt: "9 maandn", "6 weeken", "4 maande"
    if "euro" in [w.lower() for w in before[-3:]]:
        return False  # "van 4000 euro naar 1200"
    if re.fullmatch(r"(19|20)\d\d(?:/(?:19|20)?\d\d)?", number) or text[m.start() - 1:m.start()] in {"'", "’"}:
        # a year identifies someone as a birth year ("geboren in 2011", "Sanne (2011)", "mijn
        # zoon is van 2011"), not as the year something happened ("de lockdown in 2020")
        window = [w.lower() for w in before[-3:]]
        if re.match(r"\s+(?:(?:is|was|werd|ben|zijn)\s+)?geboren\b", text[m.end():], re.I):
            return True  # "die in 2007 is geboren"
        return (any(w in {"geboren", "geb", "geboortejaar", "bouwjaar"} for w in window)
                or "geboortejaar" in text[max(0, m.start() - 80):m.start()].lower()  # "Geboortejaar ... opgevraagd: 2011"
                # (fifty-eighth session) the year a family came here: "wij kwamen in 2019 uit syrie", "sinds 2021 in
                # nederland" (not "in 2022 begon de hulp")
                or (prev in {"in", "sinds"} and (any(w.lower() in _ARRIVAL_WORDS for w in before[-4:])
                                                  or _ARRIVAL_AFTER_RE.match(text, m.end()) is not None))
                or text[max(0, m.start() - 1):m.start()] in {"(", "°"}
                # a year long before the help, in someone's own story: "ik ben in 1998 naar nederland gekomen",
                # "ik heb in 1987 zelf in de jeugdzorg gezeten" (the year one arrived, or one's own past)
                or (prev == "in" and number[:2] in ("19", "20") and int(number[:4]) <= 2012
                    and any(w.lower() in _OWN_STORY for w in before[-4:]))
                or (prev == "van" and any(w in _PERSON_NEAR for w in window)))
    if re.fullmatch(r"\d,5", number) and prev == "van" and any(w.lower() in _PERSON_NEAR for w in before[-3:]):
        return True  # "onze peuter van 2,5"
    if re.fullmatch(r"\d{1,2},5", number) and prev in {"ben", "is", "pas", "bijna", "net", "al", "was", "werd", "wordt"} \
            and any(w.lower() in _PRONOUNS_AGE | _PERSON_NEAR | _EN_PERSONS for w in before[-3:]) and nxt not in _UNIT_WORDS:
        return True  # "ik ben pas 14,5": a half year of an age
    if re.fullmatch(r"\d{1,2}\.\d{2}", number) and prev in _BIRTHDAY_WORDS and 1 <= int(number[-2:]) <= 12:
        return True  # "his birthday 21.09", "geboren 03.11": a day and a month, not a time
    if "," in number or re.fullmatch(r"\d{1,2}[.:]\d{2}", number):
        return False  # 6,5 and 12,50; 14:00 and 8.30
    if re.fullmatch(r"\d{1,2}/\d{1,2}", number):
        a, b = (int(x) for x in number.split("/"))
        in_brackets = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        return b <= 12 and a <= 31 and (b != 10 or in_brackets or prev in _DATE_BEFORE) \
            and a <= b * 3  # 3/11 (a date), not 9/10 or 50/50; "(3/10)", "op 3/10": a date
    if re.fullmatch(r"\d{1,2}-\d{1,2}", number):
        a, b = (int(x) for x in number.split("-"))
        return b <= 12 and a <= 31
    if digits >= 4 or re.search(r"[/.-]", number):
        return digits >= 4  # long numbers, dates with a year, codes
    if nxt in _YEAR_WORDS:
        tail = re.match(r"\s*[^\W\d_]+\s+([^\W\d_]+)", text[m.end():])
        return not (prev in _DURATION_BEFORE or (tail and tail.group(1).lower() in _DURATION_AFTER))
    # one or two digits: an age near a person ("mijn zoon is 12", "Sanne (9)")
    if before and _STREET_WORD_RE.search(before[-1]) and text[m.start() - 1:m.start()] == " ":
        return True  # "Hoofdstraat 88a", "kerkstraat 4b": a house number
    if prev in {"leeftijd", "lft", "age"} or re.match(r"[-‑]?jarige?", text[m.end():m.end() + 7]) \
            or text[m.end():m.end() + 1] in {"e"} and prev in {"mijn", "mn", "m'n", "haar", "zijn", "z'n", "je", "hun"}:
        return True  # "leeftijd: 14", "15-jarige", "sinds mijn 10e"
    if int(number) > 25:
        # grandparents: "wij zijn al 70 en 72", "oma is 78"
        return int(number) < 100 and prev in {"is", "ben", "zijn", "al", "werd", "word", "wordt", "was", "en"} \
            and nxt not in _UNIT_WORDS and nxt not in _NOT_ID_AFTER and any(w in _PERSON_NEAR | {"wij", "we", "al"}
                                                                          for w in [x.lower() for x in before[-4:]])
    window = [w.lower() for w in before[-4:]]
    bracket = text[max(0, m.start() - 1):m.start()] == "(" or nxt in {"jr", "jarig", "jarige"}
    if nxt in _MONTHS and int(number) <= 31:
        return True  # "op 3 maart", "14 feb": a date (a hearing, a birthday)
    if nxt in _AGE_VERBS_AFTER or prev in _PRONOUNS_AGE:
        return True  # "toen ik 13 was", "ben net 18 geworden", "nu ik 21 ben"
    return bracket or prev in _AGE_CONTEXT or any(w in _PERSON_NEAR for w in window) and nxt not in _UNIT_WORDS and (
        not nxt or not _dictionary_word(nxt) or nxt in {"en", "of", "dus", "maar", "toen", "nu"})


def _covered(tags: list[tuple[int, int, str]]):
    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in tags)
    return inside


def assess_many(items: Iterable[tuple[str, str, Any]]) -> list[Assessment]:
    return [assess(raw, published, low) for raw, published, low in items]
