"""Schools: a type word before a name ("basisschool De Regenboog", "obs de klimop")
or a name before a type word ("Gomarus College", "Nassauschool")."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import (_LOWER_NAME_PHRASE, _NAME_PHRASE, HIGH, LANGUAGES, LOW, Span, _Ctx,
                                        _phrase_is_generic, _strip_trailing, has_gate_word, name_gate, one_edit, tails)
from stemsync.deidentify.english import is_english, misspelt_english, name_word, ordinary_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _ROLE_WORDS, _name_lists, alternation,
                                       dictionary, entries, frequencies, inflected_adjective, words)
from stemsync.deidentify.names import _verb_form, past_tense

_ROLE_WORDS_SET = frozenset(_ROLE_WORDS)
_STAFF_WORDS = frozenset("trainer trainster coach eigenaar leiding baas docent directeur directrice conciërge".split())

_SCHOOL_PREFIX = alternation("school_prefixes")
_SCHOOL_SUFFIX = alternation("school_suffixes")
_SCHOOL_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?i:{_SCHOOL_PREFIX})\s+(?:{_NAME_PHRASE}|{_LOWER_NAME_PHRASE})",
)
_SCHOOL_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_NAME_PHRASE})[\s-](?:{_SCHOOL_SUFFIX})\b"
    rf"|(?<![\w-])[A-Z][\w'’-]+(?:school|college|lyceum|gymnasium)\b",
)
_GENERIC_SCHOOL_WORDS = words("generic_school_words")

# Type words that are ordinary nouns: a lowercase phrase after them is usually not a
# name ("op school de hele dag", "op de havo de lessen"); a capitalised one still is.
_ORDINARY_PREFIXES = frozenset({"school", "college", "lyceum", "gymnasium", "atheneum",
                                "hogeschool", "universiteit", "mavo", "havo", "vwo", "vmbo",
                                "mbo", "vo", "pro", "so", "kc"})
_LEVEL_TAIL_RE = re.compile(r"\s*\d{1,2}[a-zA-Z]?")
_PERSON_WORDS = words("person_words")
# type words that never start an ordinary phrase: a lowercase word after one is a name
_BARE_PREFIXES = ("obs cbs rkbs pcbs kbs vcbs ibs hbs gbs ikc sbo sbao vso isk roc rsg csg osg ksg sg vavo 2college "
                  "montessorischool daltonschool jenaplanschool praktijkschool basisschool "
                  "kindcentrum instituut kdc odc mkd zml zmlk praktijkcollege vakcollege").split()
_BARE_PREFIX_RE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(_BARE_PREFIXES) + r"|pro(?!\s+(?:deo|forma|rata|en|of|is|was)\b))"
    r"(?=\s+[a-zà-ÿ])(?!\s+(?:de|het|'t)\s)")  # "pro zuidoost": praktijkonderwijs (not "pro deo")
_SCHOOL_GATE = frozenset(e.split()[0].lower() for e in entries("school_prefixes"))
_SCHOOL_ENDINGS = tuple(w.lower() for w in entries("school_suffixes"))
_SCHOOL_TAILS = tails(_SCHOOL_ENDINGS)

_LOWER_SUFFIXES = ("college", "colege", "collage", "lyceum", "lyseum", "lycuem", "liceum", "lyceim", "lycium", "gymnasium", "scholengemeenschap", "atheneum", "scholengroep",
                   "praktijkonderwijs")
_LOWER_TAILS = tails(_LOWER_SUFFIXES)
# Lowercase names before a type word: "het ichthus college", "het stedelijk lyceum", "zadkine startcollege".
_LOWER_SUFFIX_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[a-zà-ÿ][\w'’-]+\s+){1,2})"
    r"[a-z]*(?:" + "|".join(_LOWER_SUFFIXES) + r")(?![\w-])"
)
_SCHOOL_ADJECTIVES = words("school_adjectives")
_NEXT_LOWER_RE = re.compile(r"\s+([a-zà-ÿ][\w'’-]+)")


def _attributive(word: str) -> bool:
    """An inflected adjective before its noun: "kleine" (klein), "witte" (wit), "boze"
    (boos), "gouden" (goud). In a name such a word is always followed by its noun."""
    low = word.lower()
    ordinary = dictionary().words
    if len(low) < 4 or low in _FUNCTION_WORDS:
        return False
    if low.endswith("en"):
        return low[:-2] in ordinary and low not in ordinary or low in _MATERIAL
    if not low.endswith("e"):
        return False
    base = low[:-1]
    bases = {base}
    if len(base) > 2 and base[-1] == base[-2]:
        bases.add(base[:-1])  # witte -> wit
    if base.endswith("z"):
        bases.add(base[:-2] + base[-2] * 2 + "s" if len(base) > 2 else base)  # boze -> boos
        bases.add(base[:-1] + "s")
    if base.endswith("v"):
        bases.add(base[:-1] + "f")  # brave -> braaf (approximately)
    return any(b in ordinary for b in bases)


_MATERIAL = frozenset({"gouden", "zilveren", "houten", "stenen", "ijzeren", "koperen",
                       "glazen", "wollen", "zijden", "bronzen", "tinnen", "gulden"})


def _extend_lower(text: str, end: int, stop: frozenset[str], last: str) -> int:
    """Take up to two more lowercase words of a name ("obs de klimop noord"). After an
    inflected adjective the next word is its noun and is taken even when it is an
    ordinary word ("obs de kleine prins", "sbo de blauwe vogel")."""
    for _ in range(2):
        m = _NEXT_LOWER_RE.match(text, end)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _FUNCTION_WORDS or word in _ROLE_WORDS_SET or word in _CLAUSE_VERBS or past_tense(word):
            break  # (not over the verb: "op gbs de zaaier dacht meester ...")
        if word in stop and not _attributive(last):
            break
        end, last = m.end(), word
    return end


# A school known only by its own name, after "zit op", "ging naar" ... with a
# capitalised article: "hij zit op De Tweemaster", "ik ging naar 't Startpunt".
_GO_TO_RE = re.compile(
    r"(?<![\w-])(?:zit|zat|zitten|zaten|ga|gaat|ging|gingen|gaan|kwam|kom|komt)"
    r"\s+(?:nu\s+|nog\s+|al\s+|toen\s+|sinds\s+kort\s+)?(?:op|naar)\s+"
    r"(?P<name>(?:De|Het|'[tT])\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# the same name after any of these, in the middle of a sentence: "mijn mentor op De Hef",
# "we waren bij Het Anker" (a school, a home, a living group: redacted as a location)
_AT_CAPITAL_ARTICLE_RE = re.compile(
    r"(?<=[a-zà-ÿ,] )(?:op|naar|bij|in|van|aan)\s+(?P<name>(?:De|Het|'[tT])\s+[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)")
_GO_GATE = frozenset("zit zat zitten zaten ga gaat ging gingen gaan kwam kom komt aangenomen ingeschreven toegelaten".split())
# "zit op", "zaten eerst op", "zat sinds kort op": the verb, an adverb perhaps, and "op" (read by both patterns below)
# (sixtieth session: also admitted or enrolled, "is aangenomen op Da Vinci!!", "ingeschreven op de sprankel")
_SIT_OP = (r"(?:zit|zat|zitten|zaten|aangenomen|ingeschreven|toegelaten)\s+"
           r"(?:nu\s+|nog\s+|al\s+|toen\s+|daar\s+|sinds\s+kort\s+|eerst\s+|vroeger\s+|samen\s+|allebei\s+)?op\s+")
# "mijn zoon zit nu op de werkplaats", "kinderen zitten op de sprankel": a school named
# with one rare word, without capitals (sitting "op" something else is on the stop list)
_SIT_ON_RE = re.compile(
    r"(?<![\w-])" + _SIT_OP +
    r"(?P<name>(?:de|het|'t|t)\s+(?P<word>[a-zà-ÿ][\w'’-]+))(?=\s*(?:[,.!?;:)]|$|\s+(?:en|maar|want|omdat|sinds|nu|"
    r"in|te|bij|van|daar|waar|het|dat|en|is|was|gaat|ging|heeft|had|zijn|waren|toen)\b))", re.I)
# the same without an article, one or two words in no dictionary: "zoon zit op da vinci en daar"
_SIT_END = (r"(?:en|maar|want|omdat|sinds|nu|in|te|bij|van|daar|waar|het|dat|is|was|gaat|ging|heeft|had|zijn|waren|"
            r"met|voor|al|ook|nog|sinds|of|dus|toen)")
_SIT_ON_BARE_RE = re.compile(
    r"(?<![\w-])" + _SIT_OP +
    r"(?P<name>(?:(?:da|di|de\s+la|von)\s+)?(?!(?:de|het|een|'t|die|dat|deze|mijn|zijn|haar|hun|ons|onze|je|jouw|m'n|z'n|mn)\b)"
    r"(?P<w1>[a-zà-ÿ][\w'’-]{2,})(?:\s+(?!" + _SIT_END + r"\b)(?P<w2>[a-zà-ÿ][\w'’-]{2,}))?)"
    r"(?=\s*(?:[,.!?;:)]|$|\s+" + _SIT_END + r"\b))", re.I)
# (fifty-fourth session) a school named after a person, in lowercase: "zit op het thomas a kempis en", "zat op de jan
# ligthart", "zit op het beyers naudé" (a listed first name or a word in no dictionary, then one or two more words, the
# last in no dictionary, and the clause ends)
_SCHOOL_TITLES = frozenset("graaf gravin koning koningin prins prinses pater paus kardinaal bisschop dr mgr".split())
_SIT_ON_PERSON_RE = re.compile(
    r"(?<![\w-])" + _SIT_OP + r"(?:de|het|'t|t)\s+(?P<name>(?P<first>[a-zà-ÿ][\w'’-]{2,})(?:\s+(?:a|à|van|de|der|den|von|ten|ter))?"
    r"(?:\s+[a-zà-ÿ][\w'’-]+)?\s+(?P<last>[a-zà-ÿ][\w'’-]{2,}))"
    r"(?=\s*(?:[,.!?;:)]|$|\s+" + _SIT_END + r"\b))")
# (fifty-second session) a name of ordinary words, then the class the child is in: "zit op de lage waard in de
# derde", "zit op het groene hart in groep 5" (a class says it is a school)
_SIT_ON_CLASS_RE = re.compile(
    r"(?<![\w-])" + _SIT_OP + r"(?P<name>(?:de|het|'t)\s+(?P<words>[a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+){0,2}))"
    r"(?=\s+in\s+(?:de\s+|het\s+)?(?:groep\s*\d|klas\s*\d|brugklas|kleuterklas|examenklas|onderbouw|bovenbouw|"
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|\d\s*(?:e|de|ste))\b(?!\s+(?:week|weken|keer|maand|dag|ronde|helft|"
    r"periode|jaar|plaats|poging))|\d\s*(?:havo|vwo|vmbo|mavo|gym|atheneum)\b))", re.I)
_NOT_SCHOOL_ISLANDS = frozenset("bonaire saba statia texel vlieland terschelling ameland schiermonnikoog kreta ibiza".split())
_SIT_ON_STOP = frozenset("""
wachtlijst lijst seh spoed ic ehbo groep bank bus trein tram fiets stoel bed grond vloer kamer zolder wc toilet hoek stoep gang
trap bank bankje bench schoot knieën tafel rand randje punt moment goede juiste verkeerde eind einde nippertje
internet telefoon mobiel laptop computer app site pagina cursus training opleiding stage werk school schoolplein
middelbare basisschool havo vwo vmbo mavo mbo hbo uni universiteit hogeschool cursus les lessen zolderkamer
boot schip paard kamp camping terras balkon dak muur hek bankstel bankje vensterbank plank keukentafel
""".split())
# words that start a phrase of time, not a school's name: "de hele dag", "de volgende week"
_TIME_ADJECTIVES = frozenset("hele gehele volgende vorige laatste afgelopen komende eerste tweede".split())
# "taalschool de globe", "muziekschool het podium": any kind of school before a name
_ANY_SCHOOL_TYPE_RE = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_]{4,}school\s+(?:(?:de|het|'t)\s+[^\W\d_][\w'’-]+|(?-i:[A-Z])[\w'’-]+))(?![\w-])", re.I)
# "zit op de kleine wereld, een basisschool in ...": the name before an apposition
_SCHOOL_APPOSITION_RE = re.compile(
    r"(?<![\w-])(?:op|naar|van|bij)\s+(?P<name>(?:de|het|'t)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)"
    # "het palet in Breda, dat is een speciale basisschool"
    r"(?:\s+(?:in|te)\s+(?:\[\w+\]|[^\W\d_][\w'’-]*))?"
    r"\s*,\s*(?:dat\s+is\s+)?(?:(?:een|de|onze|hun|haar|zijn|mijn)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:basisschool|school|kindcentrum|college|lyceum|scholengemeenschap|praktijkschool|mavo|vmbo)\b", re.I)
# the school, then its name in an apposition: "de nieuwe school, het sophianum, is ...",
# "de school (het baken in [plaats])"
_SCHOOL_THEN_NAME_GATE = frozenset({"basisschool", "school", "kindcentrum", "college", "lyceum", "middelbare"})
_SCHOOL_THEN_NAME_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_SCHOOL_THEN_NAME_GATE)) + r")"
    # also "de school van mijn zoon (het echnaton)", "De school van Noor (De Sterrenwacht)"
    r"(?:\s+van\s+(?:(?:mijn|m'n|mn|onze|ons|zijn|z'n|haar|hun|de|het)\s+)?[^\W\d_][\w'’-]*(?=\s*\())?\s*[,(]\s*"
    r"(?P<name>(?:de|het|'t)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)(?=\s*[,)]|\s+(?:in|te)\s|[.!?](?:\s|$))", re.I)
# a kind of school or day care right before its name with an article: "de school De Tamboerijn in ...",
# "mijn zoon zit op school de vijfsprong", "SCHOOL DE KIKKERT IN ...", "kinderopvang de regenboog"
_TYPE_THEN_NAME_GATE = frozenset("""school scool skool basisschool basisscool basisschol kinderopvang opvang
peuterspeelzaal kinderdagverblijf kdv bso kindcentrum creche crèche""".split())
_TYPE_THEN_NAME_RE = re.compile(
    r"(?<![\w-])(?P<type>" + "|".join(sorted(_TYPE_THEN_NAME_GATE)) + r")\s+"
    r"(?P<name>(?:de|het|'t)\s+(?P<w>[^\W\d_][\w'’-]{2,})(?:\s+(?P<w2>[^\W\d_][\w'’-]{2,}))?)", re.I)


_IN_TOWN_AFTER_RE = re.compile(r"\s+(?:in|te)\s+(?-i:[A-Z])[\w'’-]+")
_ARTICLE_BEFORE_TYPE_RE = re.compile(r"(?<![\w-])(?:de|het|onze|ons|mijn|m'n|mn|zijn|haar|hun|the|our|my)\s+\Z", re.I)


def _name_word(word: str, shouting: bool) -> bool:
    """The second word of a school's name: capitalised ("De Kleine Wereld"), not "for" or "en" after it."""
    return word.lower() not in _FUNCTION_WORDS and word[0].isupper() and not shouting


_NOT_A_SCHOOL_NAME = frozenset("""directie juf meester leiding leerkracht leerkrachten mentor team conciërge ouders
kinderen leerlingen klas groep zorgcoördinator intern begeleider ib'er ib""".split())
# a name many schools share after "op/naar/van/bij de": "zit op de regeboog", "naar de
# wegwijzer", "op de vlinder tuin" (``data/common_school_names.txt``), in a text about a
# child or a school
_COMMON_NAME_RE = re.compile(
    r"(?<![\w-])(?:op|naar|van|bij|heet|te|to|at|school,?)\s+(?P<name>(?:de|het|'t|ut)\s+(?:(?:de|het)\s+)?(?P<w>[^\W\d_]+))(?=(?P<w2>\s+[^\W\d_]+)?)", re.I)
# a school named after a saint: "op de sint jozef", "naar de St. Odulphus", "bs sint martinus"
_SAINT_SCHOOL_RE = re.compile(r"(?<![\w-])(?:(?:op|naar|van)\s+(?:de|het)|(?P<type>" + _SCHOOL_PREFIX + r"))\s+"
                              r"(?P<name>(?:sint|st\.?)[\s-]+(?P<w>[^\W\d_][\w'’-]+))", re.I)
_CHILD_OR_SCHOOL = frozenset("""school scholen juf juffrouw jufrouw meester klas leerkracht leerling kind kinderen zoon
dochter zoontje dochtertje kleuter groep onderwijs sbo so vso pleegzoon pleegdochter kleinzoon kleindochter
kleine kids kinders jongste oudste kleuters leerkrachten leerlingen ophalen brengen opgehaald gebracht halen zus zusje
broer broertje ouderavond leerlingenvervoer schoolbus taxibus tweeling vmbo mavo havo vwo brugklas mentor
rapport huiswerk rekenen leraar lerares docent ib ib'er ib-er iber zorgcoördinator
vervoer busje taxi gepest gevochten gevochte meneer""".split())
# (the school's intern begeleider: "tel. met jamal van de ib op de horizon"; forty-fourth session: school transport, a
# fight at school; fifty-fifth: "meneer", what children call a teacher)

_OF_AFTER_RE = re.compile(r"\s+(?:van|voor|of)\b", re.I)


def _common_school_name(phrase: str) -> int:
    """How many words of ``phrase`` (one or two) make a name many schools share, allowing
    a space inside ("vlinder tuin") or one letter off in a long name ("regeboog"); 0 if none."""
    names = words("common_school_names")
    parts = phrase.lower().split()
    for n in (2, 1):
        if len(parts) < n:
            continue
        joined = "".join(parts[:n])
        if joined in names:
            return n
        if n == 1 and len(joined) >= 8 and joined not in dictionary().words \
                and any(one_edit(joined, name) for name in names if abs(len(name) - len(joined)) <= 1):
            return 1  # (a word in the dictionary is no misspelt name: "gemeente")
    return 0


# "de juf van de klimop", "de mentor van het baken": a teacher "of" something is a school
_TEACHER_OF_RE = re.compile(
    r"(?<![\w-])(?:juf|juffrouw|meester|mentor|leerkracht|conciërge|directeur|"
    r"directrice|zorgcoördinator|zorgcoordinator|intern\s+begeleider|ib'er)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+)?van\s+"  # also "juf Soumaya van de regenboog"
    r"(?P<name>(?:de|het|'t)\s+(?P<word>[a-zà-ÿ][\w'’-]{2,}))(?![\w-])", re.I)
# what a teacher is "van" that is no school: "de juf van de klas", "de mentor van de opleiding"
_NOT_A_SCHOOL = frozenset("""klas groep opleiding afdeling bovenbouw onderbouw brugklas kinderen leerlingen
jongeren gemeente dag week maand jaar buurt wijk overkant club vereniging kleuters peuters zorg instelling
begeleiding praktijk kantoor""".split())
# "school hier heet het baken", "de groep heet de wilg": a school or group named with "heet"
_NAMED_PLACE_RE = re.compile(
    r"\b(?P<what>school|groep|leefgroep|woongroep|locatie|opvang|afdeling|unit)\s+(?:hier\s+|daar\s+|nu\s+)?"
    r"(?:(?:op|bij|naast|in)\s+(?:het|de|'t)\s+[a-z]+\s+)?"  # "de school op het terrein heet de boog"
    r"(?:heet|heette|noemt|noemde)\s+(?:ook\s+)?(?P<name>(?:de|het|'t)\s+[^\W\d_][\w'’-]*|(?-i:[A-Z])[\w'’-]+)", re.I)
# "ik heb ook op de parel gezeten": where someone "sat" is a school
_SAT_AT_RE = re.compile(
    r"(?<![\w-])op\s+(?P<name>(?:de|het|'t)\s+(?P<word>[a-zà-ÿ][\w'’-]{2,}))\s+(?:gezeten|gezete|gezeeten)\b", re.I)
# a company's name before "BV": where a young person trains or works
_COMPANY_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w'’&-]*\s+){1,4}(?:B\.?V\.?|VOF)(?![\w])")
# "de regenboog school": a name of one noun written apart from "school"
_APART_SCHOOL_RE = re.compile(r"(?<![\w-])(?:de|het|'t)\s+(?P<name>(?:(?P<adj>[a-zà-ÿ]+e)\s+)?(?P<word>[a-zà-ÿ][\w'’-]{2,})\s+school)"
                              r"(?![\w-])", re.I)  # also "de kleine reus school"
# an adjective that makes no name of "de <adjective> <word> school": "de nieuwe basis school"
_NOT_A_NAME_ADJECTIVE = _GENERIC_SCHOOL_WORDS | _SCHOOL_ADJECTIVES | _FUNCTION_WORDS | _TIME_ADJECTIVES


_BARE_TAIL_RE = re.compile(r"\s+((?:st\.\s?)?[a-zà-ÿ][\w'’-]+)")  # also "rkbs st. jan": a saint's name
_CLAUSE_VERBS = frozenset(
    "heeft hebben had gaat ging gaan zit zat zitten doet deed is was zijn waren wordt werd "
    "kan kon mag mocht moet moest wil wilde vind vond vindt snapt snapte belde belt "
    "begonnen begon gestart gestopt geweest gegaan gezeten geplaatst verhuisd gekomen terecht "
    "gekomen weg heen naartoe".split())


def _type_word(m: re.Match[str]) -> str:
    return m.group().split()[0].lower()


_PUBLIC_BODIES = words("public_bodies")
# "(groep 7, De Regenboog in ...)": a school's name right after a class
_CLASS_THEN_NAME_RE = re.compile(
    r"(?<![\w-])(?:groep|klas)\s+\d{1,2}[a-zA-Z]?\s*,\s*(?P<name>(?:(?:De|Het|'t)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _starts_public_body(tail: str) -> bool:
    parts = tail.lower().split()
    return any(" ".join(parts[:n]) in _PUBLIC_BODIES for n in (1, 2, 3, 4))


def _overlapping(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``rx``, also those that start inside an earlier one."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


@functools.cache
def _after_type_stops() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that end a lowercase name after a type word, and the words that make no
    name (without and with the common words), built once."""
    common = _name_lists().common
    role_like = _FUNCTION_WORDS | _ROLE_WORDS_SET | _PERSON_WORDS | _GENERIC_SCHOOL_WORDS
    return _FUNCTION_WORDS | common | _ROLE_WORDS_SET, role_like, role_like | common


def _after_type_word(ctx: _Ctx) -> Iterator[Span]:
    """A name after a type word: "basisschool De Regenboog", "obs de kleine prins",
    "praktijkschool de brug", "pcbs oranje nassau", "isk amersfoort"."""
    text = ctx.text
    lists = _name_lists()
    stop, role_like, no_name = _after_type_stops()
    for m in _overlapping(_SCHOOL_PREFIX_RE, text):  # "pro school de Passer": also the match at "school"
        kind_word = _type_word(m)
        tail = m.group()[len(m.group().split()[0]):]
        if len(tail.strip()) < 2:
            continue  # "so I write"
        if _LEVEL_TAIL_RE.fullmatch(tail):
            continue  # "havo 3", "mbo 2": a level or a year, not a name
        lower = m.group()[-1].islower()
        capitalised = any(w[:1].isupper() for w in tail.split())
        if capitalised and _starts_public_body(tail):
            continue  # "dat de school Veilig Thuis had ingeschakeld"
        if (first := tail.split()[0].strip(".,!?;:").lower()) in LANGUAGES or first in _NOT_NAMES:
            continue  # "thuis Somalisch en op school Nederlands": the language spoken there
        if lower and not capitalised and kind_word in _ORDINARY_PREFIXES:  # (but "school De Passer" is a name)
            # "op school de hele dag", "op de havo de lessen": an ordinary noun; but
            # "vmbo het hooghuis" (never an ordinary phrase) or a singular after "de"
            words_ = tail.split()
            if kind_word in {"so", "vso", "vo", "pro"}:
                pass  # "so de rietlanden": never an ordinary phrase
            elif kind_word in {"school", "college", "universiteit", "hogeschool"} or not (
                    words_[0].lower() in {"het", "'t"}
                    or not words_[-1].lower().endswith(("en", "s"))):
                continue
        end = m.end()
        if lower and not capitalised:  # (not over the verb after "Op Zadkine doe ik")
            end = _extend_lower(text, end, stop, m.group().split()[-1])
            tail = text[m.start() + len(m.group().split()[0]):end]  # "obs de nieuwe" + "brug"
        # (a common word with its capitalised article is a name: "sbo De Brug", "obs Het Anker")
        titled = re.fullmatch(r"\s*(?:De|Het|'t)\s+[A-Z][a-zà-ÿ'’-]+[.,!?]?", tail) is not None
        if _phrase_is_generic(tail, no_name if not lower and not titled else role_like):
            continue
        if lower and any(w.lower() in _TIME_ADJECTIVES for w in tail.split()[:2]):
            continue  # "op de basisschool de hele dag", "op school de volgende week"
        yield m.start(), _strip_trailing(text, m.start(), end), "school", HIGH
    # an abbreviation or a type compound with a bare lowercase name: "pcbs oranje nassau",
    # "isk amersfoort", "montessorischool oost", "roc top" (in ALL CAPS re-cased)
    for m in _BARE_PREFIX_RE.finditer(text):
        end = m.end()
        taken = 0
        if (two := _TWO_WORD_TAIL_RE.match(text, end)) is not None and two.group(1).lower() in lists.places:
            end, taken = two.end(), 3  # "isk den haag", "roc ter aa": a town of two words, one of them a function word
        while taken < 3 and (t := _BARE_TAIL_RE.match(text, end)) is not None:
            word = t.group(1).lower()
            if word == "van" and not taken and (v := _BARE_TAIL_RE.match(text, t.end())) is not None \
                    and v.group(1).lower() not in role_like and not past_tense(v.group(1).lower()):
                end, taken = v.end(), 3  # "roc van flevoland" ends there ("isk van de stad" is no name)
                break
            if word in {"al", "el"} and (v := _BARE_TAIL_RE.match(text, t.end())) is not None \
                    and v.group(1).lower() not in role_like:
                end, taken = v.end(), taken + 2  # "ibs al ghazali": an Arabic article in the name
                continue
            if word in role_like or word in _CLAUSE_VERBS or word in _SCHOOL_GATE or past_tense(word) \
                    or word in _FUNCTION_WORDS or word in _WHEN_WORDS or (_verb_form(word) and word not in lists.places) \
                    or word in {"niveau", "leerjaar", "klas", "groep", "jaar"}:
                break  # (not "de ISK verliep goed", "roc van flevoland niveau 3")
            end, taken = t.end(), taken + 1
        if taken:
            yield m.start(), end, "school", LOW


_TWO_WORD_TAIL_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w'’-]*)(?![\w-])")
_WHEN_WORDS = frozenset("vandaag morgen gisteren vanmiddag vanochtend vanmorgen vanavond straks".split())
_GENERIC_COMPOUND_HEADS = (
    "basis", "hoge", "muziek", "rij", "dans", "zwem", "zomer", "avond", "vak", "kunst", "praktijk",
    "brug", "dag", "taal", "huiswerk", "bijles", "voetbal", "sport", "kook", "speel", "kleuter",
    "peuter", "lagere", "middelbare", "kost", "nieuwe", "oude", "andere", "zondag", "ballet",
    "theater", "toneel", "schaak", "teken", "vervolg", "openbare", "christelijke", "katholieke",
)
# a school by its own name written as one lowercase word: "de sterrenschool", "het alfa-college"
_COMPOUND_SCHOOL_RE = re.compile(
    r"(?:(?<![\w-])(?:de|het|'t|op|naar|van|bij)\s+|\(\s*)(?:(?:sint|st\.?|koning|prins|prinses|pater|johan|maria)\s+)?"
    r"(?P<name>[a-zà-ÿ][\w'’-]*(?:school|college|lyceum|gymnasium))(?![\w-])")
_TITLE_BEFORE_RE = re.compile(
    r"(?:prins|prinses|koning|koningin|graaf|gravin|sint|st\.?|pater|dr\.?|mgr\.?|johan|maria)\s+\Z", re.I)


# a school's own name before its type: "op hofstad mavo", "naar rijnlands lyceum", "op het haags vakcollege",
# "school (trias vmbo)"
_BARE_NAME_TYPES = ("mavo", "havo", "vwo", "vmbo", "college", "vakcollege", "praktijkcollege", "lyceum", "scholengemeenschap",
                    "gymnasium", "lyceim", "lycium", "lyseum", "lycuem", "liceum")
_BARE_NAME_TYPE_RE = re.compile(
    r"(?:(?<![\w-])(?:op|naar|van|bij|aan)\s+(?:(?:het|de|'t)\s+)?|\(\s*)(?P<name>[a-zà-ÿ][\w'’-]{3,}(?:\s+[a-zà-ÿ][\w'’-]{3,})?\s+"
    r"(?:" + "|".join(_BARE_NAME_TYPES) + r"))(?![\w-])", re.I)


def _bare_name_types(ctx: _Ctx) -> Iterator[Span]:
    ordinary = dictionary().words
    for m in _BARE_NAME_TYPE_RE.finditer(ctx.text):
        head = m.group("name").split()[:-1]
        if all((w.lower() not in ordinary or not frequencies().at_least(w.lower(), 3.5))
               and w.lower() not in _FUNCTION_WORDS for w in head):
            yield m.start("name"), m.end("name"), "school", LOW


# a full stop after a word of four letters or more ends the name ("bs de Springplank. Gezinscoach"),
# not after an abbreviation ("rkbs St. Jozef", "Mgr. Zwijsen")
# a school's own lowercase name after its level: "op vmbo merewade"
_LEVEL_LOWER_NAME_RE = re.compile(r"(?<![\w-])(?:vmbo|mavo|havo|vwo)\s+(?P<name>[a-zà-ÿ][\w'’-]{3,})(?![\w-])")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[^\W\d_]{4})[.!?]\s+(?=[A-Z])|[!?]\s+(?=[A-Z])")


# English: a school named with a kind of school, "the British School in the Netherlands",
# "amity international school", "the American School of The Hague", "Brainport International Academy"
_EN_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?!(?:the|a|an|our|my|his|her|their|at|to|of|in|and|new|old|local|dutch|same|other)\b)"
    r"[^\W\d_][\w'’-]*\s+){0,2}(?:international|british|american|european|bilingual|community|montessori|waldorf|"
    r"christian|islamic|primary|secondary)\s+(?:s(?:ch|c|k)ool|academy|college)(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?)"
    r"(?![\w-])", re.I)
# the town of an English school name written in lowercase: "the british school of amsterdam",
# "the international school of the hague" (a town on the place lists)
_EN_LOWER_TOWN_RE = re.compile(r"\s+(?:of|in)\s+(?P<town>(?:the\s+)?[a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)(?![\w-])")
# ... or right after it: "international school delft", "INTERNATIONAL SCHOOL DELFT"
_EN_DIRECT_TOWN_RE = re.compile(r"[ \t]+(?P<town>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)(?![\w-])")
_EN_GENERIC_SCHOOL = frozenset("international british american european bilingual community montessori waldorf christian "
                               "islamic primary secondary".split())
# a Dutch name with its article after an English preposition: "is doing great at de piramide",
# "HE WAITS AT DE SCHALM", "to go to De Kring"
_EN_DUTCH_NAME_RE = re.compile(r"(?<![\w-])(?:at|to|from)\s+(?P<name>(?:de|het|'t)\s+[^\W\d_][\w'’-]{2,})(?![\w-])", re.I)


# (fiftieth session) English: a school named after a person or a place, "Milton Peters College", "sister marie laurence
# school", "ST. MAARTEN ACADEMY" (the words before the kind are checked in _english_schools)
_EN_SAINTS = ("st", "saint", "sint", "sister", "father", "bishop", "mother", "pastor", "rev")
_EN_NAMED_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?P<name>(?P<saint>(?:" + "|".join(_EN_SAINTS) + r")\.?\s+)?"
    r"(?:[^\W\d_][\w'’-]*\s+){1,3}(?:high\s+)?(?:s(?:ch|c|k)ool|academy|college))(?![\w-])", re.I)
# the first word of an English phrase that is no school's name ("the driving school", "every Sunday school")
_EN_NOT_A_SCHOOL_NAME = frozenset("""the a an my our his her their its this that these those every any no each which what
whose new old local dutch same other primary secondary high middle summer sunday bible driving dance police art music
public private special boarding language night weekend after before""".split())


def _near_generic(word: str) -> bool:
    """A kind of school misspelt ("internashional", "montesori"): no school's name."""
    return any(abs(len(g) - len(word)) <= 2 and difflib.SequenceMatcher(None, word, g).ratio() >= 0.8
               for g in _EN_GENERIC_SCHOOL)


def _school_name_word(low: str) -> bool:
    """A lowercase word that names a school's person or place: a name's word ("milton", "kandinsky"), not an English
    word, one of its forms or typos ("attends", "diffrent"), nor a kind of school misspelt ("internashional")."""
    return name_word(low) and not ordinary_english(low) and not misspelt_english(low) and not _near_generic(low)


# the Dutch words an English comment uses for its care, with their article: "help from de gemeente"
_CARE_WORDS_IN_ENGLISH = words("care_words_in_english") | frozenset("politie rechtbank belastingdienst toeslagen".split())


def _english_schools(ctx: _Ctx, english: bool = True) -> Iterator[Span]:
    text = ctx.text
    if "school" in ctx.words or "scool" in ctx.words or "skool" in ctx.words or "academy" in ctx.words \
            or "college" in ctx.words:
        for m in _EN_SCHOOL_RE.finditer(text):
            name = m.group("name")
            words_ = name.lower().split()
            end = m.end("name")
            if (town := _EN_LOWER_TOWN_RE.match(text, end) or _EN_DIRECT_TOWN_RE.match(text, end)) is not None:
                parts = town.group("town").split()
                for n in range(len(parts), 0, -1):
                    if " ".join(parts[:n]) in _name_lists().places or parts[:n] in (["the", "hague"], ["the", "netherlands"]):
                        end = town.start("town") + len(" ".join(parts[:n]))
                        break
            if end == m.end("name"):
                if words_[0] in _EN_GENERIC_SCHOOL and len(words_) == 2 and not name[:1].isupper():
                    continue  # "international school" alone: a kind of school
                if words_[0] in {"primary", "secondary"} and "of" not in words_ and "in" not in words_:
                    continue  # "primary school": a kind
            # (with its town a school's name for certain: it wins over the town inside it)
            yield m.start("name"), end, "school", LOW if end == m.end("name") else HIGH
        for m in _EN_NAMED_SCHOOL_RE.finditer(text) if english else ():
            start = m.start("name")
            parts = list(re.finditer(r"[^\W\d_][\w'’-]*", m.group("name")))[:-1]  # (the words before the kind)
            if parts and parts[-1].group().lower() == "high":
                parts.pop()
            saint = False
            while parts:  # (not "went to", "the same": the sentence's words before the name)
                low = parts[0].group().lower()
                if low in _EN_SAINTS and len(parts) > 1:
                    saint = True
                    break
                if low in _FUNCTION_WORDS or low in _EN_NOT_A_SCHOOL_NAME or not _school_name_word(low):
                    # ("the internashional school", "diffrent school")
                    parts.pop(0)
                    continue
                break
            lows = [p.group().lower() for p in parts]
            if not parts or any(w in {"and", "en", "or", "of"} for w in lows) or lows[-1] in _EN_NOT_A_SCHOOL_NAME:
                continue  # ("ramadan and school exams")
            # every word with its capital, or every word a name ("milton peters college"), or a saint's or a sister's
            bare = [re.sub(r"['’]s\Z", "", w) for w in lows]  # (without a possessive: "son's")
            named = [_school_name_word(w) for w in bare]
            if saint or all(named) or not ctx.shouting and all(p.group()[:1].isupper() for p in parts) and any(named):
                yield start + parts[0].start(), m.end("name"), "school", LOW
    for m in _EN_DUTCH_NAME_RE.finditer(text) if english else ():
        word = m.group("name").split()[-1].lower()
        if word not in _FUNCTION_WORDS and word not in _GENERIC_SCHOOL_WORDS and word not in _CARE_WORDS_IN_ENGLISH:
            yield m.start("name"), m.end("name"), "school", LOW  # (mostly a school: "Our girl now goes to De Regenboog")


# (fifty-fourth session) a school's name in lowercase right after "de school", bare or in brackets: "de school
# eben-haëzer in Ede", "de school (jan tinbergen) werkte niet mee" (words in no dictionary, or a first name and such a word)
_SCHOOL_THEN_LOWER_RE = re.compile(
    r"(?<![\w-])(?i:de|het|onze|ons|mijn|zijn|haar|hun)\s+(?i:school|basisschool)(?:\s*(?P<br>\(\s*)|\s+)"
    r"(?P<name>[a-zà-ÿ][\w'’-]+(?:\s+[a-zà-ÿ][\w'’-]+)?)"
    r"(?(br)\s*\)|(?=\s*(?:[,.!?;:]|$|\s+(?:in|te|heeft|had|is|was|werkt|werkte|doet|deed|wil|wilde|zegt|zei)\b)))")
# a saint's school with a hyphen in lowercase: "ging naar het sint-joris" (not the feasts, "het sint-maartensfeest")
_SAINT_HYPHEN_RE = re.compile(r"(?<![\w-])(?:op|naar|van|bij)\s+(?:het|de|t)\s+(?P<name>(?:sint|st)-(?P<saint>[a-zà-ÿ][\w'’]+))(?![\w-])")
_NOT_SAINT_SCHOOLS = frozenset("maarten maartensfeest nicolaas niklaas juttemis".split())
# a school known by its letters, ending in "C" for college: "wil nie meer naar FGC", "morgen geen GHC" (not "het AZC",
# "het ROC", a hospital: "het AMC", "het LUMC"; nor the COC, after "van": "de oudergroep van het COC")
_COLLEGE_LETTERS_RE = re.compile(r"(?<![\w-])(?:naar|op|vanaf|geen)\s+(?:het\s+|t\s+|de\s+)?(?P<name>[A-Z]{2,3}C)(?![\w-])")
_NOT_COLLEGE_LETTERS = frozenset("azc roc kdc amc umc emc mmc hmc lumc vumc dbc pcc ggc abc coc noc".split())


def _lower_school_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if "school" in ctx.lower and not ctx.shouting:
        for m in _SCHOOL_THEN_LOWER_RE.finditer(text):
            ws = m.group("name").lower().split()
            if not m.group("br") and "-" not in m.group("name") and len(ws) == 1:
                continue  # bare, one word must be joined ("eben-haëzer"): not "met de school prate" (praten)
            if any(w in _FUNCTION_WORDS or w in _GENERIC_SCHOOL_WORDS for w in ws):
                continue
            unknown = [w not in dictionary().words and not frequencies().at_least(w, 3.5) for w in ws]
            if all(unknown) or len(ws) == 2 and ws[0] in _name_lists().first_any and unknown[-1]:
                yield m.start("name"), m.end("name"), "school", LOW
    if "sint-" in ctx.lower or "st-" in ctx.lower:
        for m in _SAINT_HYPHEN_RE.finditer(text):
            if m.group("saint") not in _NOT_SAINT_SCHOOLS:
                yield m.start("name"), m.end("name"), "school", LOW
    if not ctx.shouting:
        for m in _COLLEGE_LETTERS_RE.finditer(text):
            low = m.group("name").lower()
            if low not in _NOT_COLLEGE_LETTERS and low not in _GENERIC_SCHOOL_WORDS and low not in words("capitalised_words") \
                    and low not in words("generic_care_words") and low not in words("public_bodies"):
                yield m.start("name"), m.end("name"), "school", LOW


# a name in brackets after a type word: "de peuterspeelzaal (de toverfluit)", "basisschool (De Klimop)"
_BRACKET_AFTER_TYPE_RE = re.compile(
    rf"(?<![\w-])(?i:{_SCHOOL_PREFIX})\s*\(\s*(?P<name>(?i:de|het|'t)\s+[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)\s*\)")


# a capitalised name after a lowercase article in the middle of a Dutch sentence that speaks of a
# school: "zit op de Kiem", "de brugklas van het Strek", "groep 7 van de Kleine Prinds" (the capital
# makes a noun a name; words for care, institutions, feasts and times are not; "bij de Dirk" is a shop)
_CAPITAL_AFTER_ARTICLE_RE = re.compile(
    r"(?<![\w-])(?P<prep>op|naar|bij|van|aan)\s+(?:de|het|'t)\s+"
    r"(?P<name>(?-i:[A-Z][a-zà-ÿ'’]{2,})(?![\w-])(?:\s+(?:(?-i:[A-Z][a-zà-ÿ'’]+)(?![\w-])|van|der|den|de)){0,3})")
_NOT_NAMES = words("capitalised_words")
_NOT_A_PLACE_NAME = frozenset("""raad gemeente rechtbank rechter kinderrechter politie jeugdbescherming jeugdzorg wijkteam
groep school klas kerk moskee zorg opvang dokter huisarts ziekenhuis voogd gezinsvoogd jeugdarts psycholoog psychiater
begeleiding hulp hulpverlening instelling stichting organisatie overheid staat regering koning koningin kamer
jeugdbeschermer jeugdbeschermers kinderbescherming wet zitting uitspraak verhoor brief app website site pagina
kerst pasen ramadan suikerfeest offerfeest sinterklaas zomer winter herfst lente vakantie week maand jaar
mama papa moeder vader oma opa ouders kinderen familie heer here god allah jezus bijbel koran
cliëntenraad ondernemingsraad directie leiding team teams afdeling locatie centrum""".split())
# the first word of a capitalised phrase that makes it no name in either rule below
_NO_NAME_HEADS = (_NOT_A_PLACE_NAME | _FUNCTION_WORDS | _NOT_NAMES | LANGUAGES | words("generic_care_words")
                  | words("generic_institution_heads"))


# the article written with its capital in the middle of a sentence, then a capitalised name: "te wachten voor
# De Zonnewijzer", "de school De Rank" (a name, of a school, a building or a group)
_CAPITAL_ARTICLE_NAME_RE = re.compile(r"(?<=[a-zà-ÿ,] )(?P<name>(?-i:De|Het)\s+(?-i:[A-Z][a-zà-ÿ'’]{2,})(?![\w-])"
                                      r"(?:\s+(?-i:[A-Z][a-zà-ÿ'’]+)(?![\w-]))?)")


def _capital_after_article(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    capital_article = list(_CAPITAL_ARTICLE_NAME_RE.finditer(text))
    after_article = list(_CAPITAL_AFTER_ARTICLE_RE.finditer(text))
    if not (capital_article or after_article):
        return
    tokens = [t for _, _, t in ctx.tokens if t[:1].isalpha()]
    if sum(t[:1].isupper() for t in tokens) > 0.5 * len(tokens):
        return  # "Ik Vind Het Fijn": every word with a capital, none marks a name
    for m in capital_article:
        first = m.group("name").split()[1].lower()
        if first in _NO_NAME_HEADS or frequencies().at_least(first, 5.0):
            continue  # (not "goed De Eigen Kracht-conferentie": a sentence run on, a frequent word)
        kind = "school" if _SCHOOL_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()) else "plaats"
        yield m.start("name"), m.end("name"), kind, LOW
    for m in after_article:
        name = m.group("name")
        while name.split()[-1].lower() in {"van", "der", "den", "de"}:
            name = name.rsplit(None, 1)[0]  # "op het Strek van": the trailing interfix is the next phrase's
        first = name.split()[0].lower()
        if first in _NO_NAME_HEADS or first in _GENERIC_SCHOOL_WORDS or first in _MONTHS_DAYS_NL \
                or (" " not in name and first.endswith(_GENERIC_ENDINGS)):
            continue  # (not "op de Kinderafdeling", "bij de Jeugdpoli": a kind of place, no name)
        if not _SCHOOL_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()) or m.group("prep") in {"bij", "aan"}:
            continue  # only where a school is spoken of (not "bij de Dirk", "van het Stadskantoor")
        yield m.start("name"), m.start("name") + len(name), "school", LOW


_GENERIC_ENDINGS = ("afdeling", "poli", "kliniek", "praktijk", "dienst", "team", "zorg", "hulp", "opvang", "raad",
                    "rechtbank", "bureau", "loket", "zaken", "huis", "arts", "rechter", "school", "klas", "groep")
_SCHOOL_CONTEXT_RE = re.compile(r"(?<![\w-])(?:zit|zat|zitten|zaten|school|klas|groep\s*\d|juf|meester|leerkracht|mentor|"
                                r"brugklas|begonnen|begon|overgestapt|ingeschreven)\b", re.I)
_MONTHS_DAYS_NL = frozenset("""januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split())


# an English sentence naming the school after "called" or "named": "a primary school called De Zonnewijzer"
_CALLED_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?i:school|college|kindergarten|daycare|nursery|basisschool|opvang)\s+(?i:called|named|genaamd)\s+"
    r"(?P<name>(?:(?i:de|het|'t|the)\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|[a-z][\w'’-]{3,}))")


# a type of school written as a dotted acronym: "o.b.s. De Kl. Prins", "het s.g. de triade", "R.K.B.S. ..."
_DOTTED_TYPE_RE = re.compile(r"(?<![\w.])(?:[a-z]\.){2,4}(?=\s)", re.I)
_DOTTED_TYPES = frozenset(_BARE_PREFIXES) | {"pcb", "rk", "rkb", "bs", "vmbo", "mbo", "havo", "vwo", "mavo"}


def _undotted(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each dotted acronym of a type of school written without its dots, padded with spaces to
    the same length ("o.b.s. X" -> "obs    X"), and where those acronyms stand."""
    out, where = text, []
    for m in _DOTTED_TYPE_RE.finditer(text):
        letters = m.group().replace(".", "")
        if letters.lower() in _DOTTED_TYPES:
            out = out[:m.start()] + letters + " " * (m.end() - m.start() - len(letters)) + out[m.end():]
            where.append((m.start(), m.end()))
    return out, where


def _find_schools(ctx: _Ctx) -> Iterator[Span]:
    dotted: list[tuple[int, int]] = []
    if "." in ctx.text:
        plain, dotted = _undotted(ctx.text)
        if dotted:
            ctx = _Ctx.of(plain, ctx.shouting)
    text = ctx.text
    spans = list(_find_schools_raw(ctx))
    if ("called" in ctx.words or "named" in ctx.words or "genaamd" in ctx.words) and not ctx.shouting:
        for m in _CALLED_SCHOOL_RE.finditer(text):
            body = m.group("name").split()
            if body[-1].lower() not in _FUNCTION_WORDS and not (body[0].islower() and len(body) == 1):
                spans.append((m.start("name"), m.end("name"), "school", LOW))  # "a school called De Zonnewijzer"
    if not ctx.shouting and not is_english(ctx.lower):
        spans.extend(_capital_after_article(ctx))
    spans.extend(_lower_school_names(ctx))
    if "(" in text:
        for m in _BRACKET_AFTER_TYPE_RE.finditer(text):
            body = m.group("name").split()[1:]
            if any(w[0].isupper() or not frequencies().at_least(w.lower(), 4.0) for w in body) \
                    and not _phrase_is_generic(m.group("name"), _GENERIC_SCHOOL_WORDS | _FUNCTION_WORDS):
                spans.append((m.start("name"), m.end("name"), "school", HIGH))  # (not "op school (de hele dag)")
    if any(w in ctx.words for w in _BARE_NAME_TYPES):
        spans.extend(_bare_name_types(ctx))
    if ctx.words & _LOWER_TYPE_GATE and not ctx.shouting:
        for m in _LOWER_TYPE_NAME_RE.finditer(text):
            name = m.group("name").lower()
            if name in _COMPASS or name not in dictionary().words and name not in _FUNCTION_WORDS \
                    and not frequencies().at_least(name, 4.0) and not ordinary_english(name) \
                    and name not in _GENERIC_SCHOOL_WORDS and not _PARTICIPLE_RE.fullmatch(name):
                spans.append((m.start(), m.end(), "school", LOW))  # (not "van het college afgestuurt")
    if ctx.words & _KIND_GATE:
        for m in _KIND_TOWN_RE.finditer(text):
            if m.group("town").lower() in _name_lists().places and m.group("town").lower() not in _FUNCTION_WORDS:
                spans.append((m.start(), m.end(), "school", HIGH))  # "de vrije school zeist": a kind of school and its town
    if ctx.words & _ACRONYM_GATE:
        for m in _international_acronym_re().finditer(text):
            spans.append((m.start("name"), m.end("name"), "school", HIGH))  # "a place at the ISR", "groep 8 vd ISH"
    if ctx.words & {"school", "scool", "skool", "at", "to", "from", "academy", "college"}:
        english = is_english(ctx.lower)
        if english and ctx.words & _EN_SCHOOL_TALK:
            for m in _EN_ACRONYM_SCHOOL_RE.finditer(text):
                name = m.group("name")
                low = name.lower()
                if low in _FUNCTION_WORDS or frequencies().at_least(low, 3.5) or frequencies().at_least(low, 3.5, "en") \
                        or low in words("care_words_in_english"):
                    continue  # ("at ADHD", "to ASK", "from UWV": frequent words; a public body is dropped later)
                spans.append((m.start("name"), m.end("name"), "school", LOW))
        if english or {"the", "school"} <= ctx.words:  # also "hij zit op the British School of Amsterdam"
            spans.extend(_english_schools(ctx, english))
    if ("lyceum" in ctx.lower or "college" in ctx.lower or "gymnasium" in ctx.lower
            or "atheneum" in ctx.lower or "academie" in ctx.lower):
        for m in _CAPITAL_ARTICLE_SCHOOL_RE.finditer(text):
            spans.append((m.start(), m.end(), "school", HIGH))  # "contact met Het Nieuwe Lyceum verliep"
    places = _name_lists().places
    if "universit" in ctx.lower or "hogeschool" in ctx.lower or "tu " in ctx.lower:  # (also "de tu delft")
        for m in _UNIVERSITY_RE.finditer(text):
            town = (m.group("town") or m.group("town2") or "").lower()
            if town in places or town.split()[0] in places:
                spans.append((m.start(), m.end(), "school", HIGH))  # "Leiden University", "universiteit utrecht"
    for span in spans:
        start, end = span[0], span[1]
        t = _TITLE_BEFORE_RE.search(text, max(0, start - 15), start)
        cut = _SENTENCE_BREAK_RE.search(text, start, end)  # "bs de Springplank. Gezinscoach": the name ends there
        lowered = ctx.shouting or text[start:end].islower()  # (a text in capitals, or a name written in lowercase)
        if cut is None and (town := (_TOWN_AFTER_ANY_RE if lowered else _TOWN_AFTER_RE).match(text, end)) is not None \
                and town.group(1).lower() in places and (not lowered or _town_in_capitals(town.group(1).lower(), text[start:end])):
            end = town.end()  # a school's town after its name: "Stedelijk Gymnasium Leiden" (in capitals: "LEIDEN")
        end = cut.start() if cut else end
        end = next((b for a, b in dotted if a <= end < b), end)  # a dotted acronym whole: "[o.b.s.]", not "[o.b]"
        yield (t.start() if t else start, end, *span[2:])


# the short names of international schools, in capitals after an article or a preposition (data file)
_ACRONYM_GATE = words("international_school_acronyms")


@functools.cache
def _international_acronym_re() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(entries("international_school_acronyms"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?i:at|to|from|near|the|de|het|vd|op|naar|bij|van|attends|attend|attended|attending)\s+"
                      rf"(?P<name>(?:{names}))(?![\w-])")


# in an English comment about school, an unlisted acronym of three or four capitals after "at", "to", "from" or
# "attends": "the buddy system at RIS", "MY SON GOES TO DIS IN ..." (not a public body: "at the GGD", "from COA";
# not in a word list: "to ADHD")
_EN_ACRONYM_SCHOOL_RE = re.compile(r"(?<![\w-])(?i:at|to|from|attends|attend|attended|attending)\s+(?P<name>[A-Z]{3,4})(?![\w-])")
_EN_SCHOOL_TALK = frozenset("""school schools grade year class classes classmates teacher teachers mentor counsellor
counselor bullying bullied exams exam homework pupils students student""".split())


# a kind of school that a town has one of, and the town: "de vrije school alkmaar", "het stedelijk gymnasium leiden"
_KIND_TOWN_RE = re.compile(r"(?i)(?<![\w-])(?:vrije[ \t]+school|vrijeschool|montessorischool|montessori[ \t]+college|jenaplanschool|"
                           r"daltonschool|stedelijk[ \t]+gymnasium|christelijk[ \t]+gymnasium|stedelijk[ \t]+lyceum)[ \t]+"
                           r"(?P<town>[^\W\d_][\w'’-]+)(?![\w-])")
_KIND_GATE = frozenset("vrije vrijeschool montessorischool montessori jenaplanschool daltonschool stedelijk christelijk".split())
# a type word and a name in no dictionary after it, in lowercase: "mn oude school was het lyceum delfland"
# (also after a kind of school: "de vrije school parcival"; a compass word is a name there: "het lyceum zuidwest")
_LOWER_TYPE_NAME_RE = re.compile(r"(?<![\w-])(?:het[ \t]+|'t[ \t]+|de[ \t]+)?(?:lyceum|college|gymnasium|atheneum|"
                                r"vrije[ \t]+school|vrijeschool|montessorischool|jenaplanschool|daltonschool)[ \t]+"
                                r"(?P<name>[a-zà-ÿ][\w'’-]{3,})(?![\w-])")
_COMPASS = frozenset("noord zuid oost west noordwest noordoost zuidwest zuidoost centrum".split())
_PARTICIPLE_RE = re.compile(r"(?:af|op|uit|aan|in|door|over|mee|weg|terug|naar|toe)?ge[a-zà-ÿ]{3,}[td]")
_LOWER_TYPE_GATE = frozenset("lyceum college gymnasium atheneum vrije vrijeschool montessorischool jenaplanschool "
                             "daltonschool".split())


def _town_in_capitals(town: str, name: str) -> bool:
    """In a text in capitals, a listed town after a school's name is its town when it is no function word and
    no frequent word, or the name ends in a type word ("GYMNASIUM LEIDEN"; not "[school] HEM", "[school] EEN")."""
    if town in _FUNCTION_WORDS or ordinary_english(town):
        return False  # (not "at [school] son was not eating": an English word)
    return not frequencies().at_least(town, 4.5) or name.split()[-1].lower() in _TYPE_ENDS


_TYPE_ENDS = frozenset("school college lyceum gymnasium atheneum academie".split())


# a school's name mid-sentence with its article in capitals: "het contact met Het Nieuwe Lyceum"
_CAPITAL_ARTICLE_SCHOOL_RE = re.compile(
    r"(?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_],[ \t]))(?:Het|De|'t)\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:College|Lyceum|Gymnasium|Atheneum|Academie)\b")
# a university by its town: "Leiden University", "wageningen university", "Erasmus University Rotterdam",
# "universiteit utrecht", "University of Amsterdam"
_UNIVERSITY_RE = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w'’-]+\s+)?(?P<town>[^\W\d_][\w'’-]+)\s+(?i:university|universiteit|hogeschool)"
    r"|(?i:university\s+of|universiteit(?:\s+van)?|hogeschool(?:\s+van)?|tu)\s+(?P<town2>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?))"
    r"(?![\w-])")
# a capitalised town right after a school's name
_TOWN_AFTER_RE = re.compile(r"[ \t]+((?-i:[A-Z])[\w'’-]+)(?![\w-])")
_TOWN_AFTER_ANY_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]+)(?![\w-])")  # (in a text in capitals, re-cased)


# a name with a roman numeral before a type word: "Koning Willem I College" (also re-cased)
_NUMERAL_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?:(?i:koning|koningin|prins|prinses|graaf|sint)\s+)?[A-Za-z][\w'’-]+\s+(?i:i{1,3}|iv|v|[1-5])\s+"
    r"(?i:college|lyceum|gymnasium|school)(?![\w-])")
# a level word and a proper noun: "vmbo calvijn", "havo Stedelijk"
_LEVEL_NAME_RE = re.compile(
    r"(?<![\w-])(?i:vmbo|havo|vwo|mavo|mbo|atheneum)\s+(?P<art>(?i:de|het|'t)\s+)?(?P<name>[A-Za-z][\w'’-]+)")


# "het Stedelijk Dalton", "het Christelijk Lyceum Veenendaal": an adjective of school names
# with a capital, then a name
_ADJECTIVE_NAME_RE = re.compile(
    r"(?<![\w-])(?:het|de|'t)\s+(?P<name>(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[\w'’-]+)", re.I)


@functools.cache
def _school_names_res() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The names of ``data/school_names.txt``: in any case, or with their capital when the
    name is also a word ("Summa", "Helicon")."""
    ordinary = dictionary().words
    names = entries("school_names")
    free = sorted((n for n in names if n.lower() not in ordinary), key=len, reverse=True)
    strict = sorted((n for n in names if n.lower() in ordinary), key=len, reverse=True)
    free_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in free) + r")(?![\w-])", re.I)
    strict_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in strict) + r")(?![\w-])") if strict else None
    return free_re, strict_re


@functools.cache
def _strict_lower_re() -> re.Pattern[str] | None:
    """The names of ``data/school_names.txt`` that are also words ("summa", "helicon"), in
    lowercase right after "bij", "op", "naar" or "van" (and an article); used only in a text about studying or
    in capitals."""
    ordinary = dictionary().words
    strict = sorted((n for n in entries("school_names") if n.lower() in ordinary), key=len, reverse=True)
    if not strict:
        return None
    return re.compile(r"(?<![\w-])(?:bij|op|naar|van|via|at|from)\s+(?:(?:het|de)\s+)?(?P<name>" + "|".join(re.escape(n) for n in strict)
                      + r")(?![\w-])", re.I)


@functools.cache
def _misspelt_name_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names of several words of ``data/school_names.txt`` by their first word, lowercase ("gilde": ("gilde",
    "opleidingen"))."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for name in entries("school_names"):
        parts = tuple(name.lower().split())
        if len(parts) > 1:
            heads.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in heads.items()}


def _misspelt_school_names(ctx: _Ctx) -> Iterator[Span]:
    """A listed name of several words with a letter off after its first word: "Gilde Opleidigen", "Graafschap
    Colege" (the rest six letters or more, in no dictionary)."""
    heads = _misspelt_name_heads()
    toks = ctx.tokens
    for i, low in enumerate(ctx.lows):
        for parts in heads.get(low, ()):
            n = len(parts)
            if i + n > len(toks):
                continue
            rest = " ".join(ctx.lows[i + 1:i + n])
            want = " ".join(parts[1:])
            if rest != want and len(want) >= 6 and one_edit(rest, want) \
                    and all(w not in dictionary().words for w in ctx.lows[i + 1:i + n]):
                yield toks[i][0], toks[i + n - 1][1], "school", LOW


# a text about studying: then "bij summa" is the college
_STUDY_WORDS = frozenset("""opleiding opleidingen mbo roc studie studeer studeren stage bbl bol entree niveau
leerjaar klas school student students study studying uni university degree bachelor""".split())  # (and English:
# "the international student desk at rug")


@functools.cache
def _school_name_gate() -> frozenset[str]:
    """The gate of ``data/school_names.txt`` (:func:`~stemsync.deidentify.common.name_gate`)."""
    return name_gate(entries("school_names"))


def _find_schools_raw(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if has_gate_word(_school_name_gate(), ctx.lower):
        free_re, strict_re = _school_names_res()
        for rx in (free_re, strict_re):
            if rx is not None:
                for m in rx.finditer(text):
                    yield m.start(), m.end(), "school", HIGH  # "ik zit op deltion", "naar Summa"
    if not ctx.words.isdisjoint(_misspelt_name_heads()):
        yield from _misspelt_school_names(ctx)
    if (ctx.words & _STUDY_WORDS or ctx.shouting) and (rx := _strict_lower_re()) is not None:
        # (in a text in capitals the capital of "Erasmiaans" is gone: "NAAR HET ERASMIAANS")
        for m in rx.finditer(text):
            yield m.start("name"), m.end("name"), "school", LOW  # "de entree opleiding bij summa"
    for m in _ADJECTIVE_NAME_RE.finditer(text) if not ctx.words.isdisjoint(_SCHOOL_ADJECTIVES) else ():
        if m.group("name").split()[0].lower() in _SCHOOL_ADJECTIVES:
            yield m.start("name"), m.end("name"), "school", LOW
    school_word = "school" in ctx.lower or "college" in ctx.lower or "lyceum" in ctx.lower or "gymnasium" in ctx.lower
    if school_word:
        for m in _NUMERAL_SCHOOL_RE.finditer(text):
            yield m.start(), m.end(), "school", HIGH
    if ctx.words & {"vmbo", "havo", "vwo", "mavo", "mbo", "atheneum"}:
        proper = dictionary().proper
        for m in _LEVEL_NAME_RE.finditer(text):
            name = m.group("name").lower()
            if name in proper and name not in dictionary().words or (
                    m.group("art") and name not in _FUNCTION_WORDS and name not in _GENERIC_SCHOOL_WORDS and (
                        m.group("name")[0].isupper() or not frequencies().at_least(name, 3.5))):
                yield m.start(), m.end(), "school", LOW  # "vmbo Calvijn", "vmbo De Rosmalen"
    if ctx.words & {"vmbo", "mavo", "havo", "vwo"}:
        for m in _LEVEL_LOWER_NAME_RE.finditer(text):
            name = m.group("name").lower()
            if name not in _GENERIC_SCHOOL_WORDS and name not in dictionary().words and not frequencies().at_least(name, 3.0):
                yield m.start(), m.end("name"), "school", LOW  # "op vmbo merewade": a name in no dictionary
    if school_word:
        for m in _COMPOUND_SCHOOL_RE.finditer(text):
            name = m.group("name").lower()
            head = re.sub(r"-?(?:school|college|lyceum|gymnasium)$", "", name)
            if len(head) >= 3 and not head.startswith(_GENERIC_COMPOUND_HEADS) and name not in _GENERIC_SCHOOL_WORDS:
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _GO_GATE and ("De " in text or "Het " in text or "'t " in text.lower()):
        for m in _GO_TO_RE.finditer(text):
            if not _phrase_is_generic(m.group("name"), _GENERIC_SCHOOL_WORDS | _name_lists().common):
                yield m.start("name"), m.end("name"), "school", LOW
    if ("De " in text or "Het " in text or "'t " in text.lower()) and not ctx.shouting:
        for m in _AT_CAPITAL_ARTICLE_RE.finditer(text):  # (a lowercase "op": no text in title case)
            words_ = m.group("name").split()[1:]
            if not _phrase_is_generic(" ".join(words_), _GENERIC_SCHOOL_WORDS) \
                    and words_[0].lower() not in words("capitalised_words"):
                yield m.start("name"), m.end("name"), "locatie", LOW
    if ctx.words & _SCHOOL_GATE:
        yield from _after_type_word(ctx)
    if ctx.words & _GO_GATE and " op " in ctx.lower:
        for m in _SIT_ON_RE.finditer(text):
            word = m.group("word").lower()
            if word not in _SIT_ON_STOP and word not in _FUNCTION_WORDS and word not in _GENERIC_SCHOOL_WORDS \
                    and not frequencies().at_least(word, 4.0) and not _attributive(word):
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _GO_GATE and " op " in ctx.lower:
        for m in _SIT_ON_PERSON_RE.finditer(text):
            first, last = m.group("first"), m.group("last")
            if (first in _name_lists().first_any or first in _SCHOOL_TITLES
                    or first not in dictionary().words and not frequencies().at_least(first, 3.5)) \
                    and first not in _FUNCTION_WORDS and last not in dictionary().words \
                    and last not in _FUNCTION_WORDS and not frequencies().at_least(last, 3.5):
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _GO_GATE and " op " in ctx.lower and " in " in ctx.lower:
        for m in _SIT_ON_CLASS_RE.finditer(text):
            ws = m.group("words").lower().split()
            if ws[0] not in _SIT_ON_STOP and ws[0] not in _TIME_ADJECTIVES and ws[-1] not in _SIT_ON_STOP \
                    and not all(w in _FUNCTION_WORDS or w in _GENERIC_SCHOOL_WORDS for w in ws):
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _GO_GATE and " op " in ctx.lower:
        ordinary = dictionary().words
        for m in _SIT_ON_BARE_RE.finditer(text):
            parts = [m.group("w1")] + ([m.group("w2")] if m.group("w2") else [])
            if all(w.lower() not in ordinary and w.lower() not in _SIT_ON_STOP
                   and w.lower().split("-")[0] not in _GENERIC_SCHOOL_WORDS  # (not "vmbo-t")
                   and not w.lower().endswith(("ing", "les", "lessen")) and w.lower() not in words("countries")
                   and w.lower() not in _NOT_SCHOOL_ISLANDS  # (not "zit op cheerleading", "djembé-les", "op aruba")
                   and w.lower() not in words("platforms") and w.lower() not in words("chat_words")
                   and not frequencies().at_least(w.lower(), 4.0) for w in parts):
                yield m.start("name"), m.end("name"), "school", LOW
    if "heet" in ctx.words or "heette" in ctx.words or "noemt" in ctx.words:
        for m in _NAMED_PLACE_RE.finditer(text):
            if m.group("name").split()[-1].lower() in _FUNCTION_WORDS:
                continue  # "de school heet het niet"
            kind = "school" if m.group("what").lower() == "school" else "plaats"
            yield m.start("name"), m.end("name"), kind, LOW  # "school hier heet het baken"
    if " van " in ctx.lower or "gezet" in ctx.lower:
        for rx in (_TEACHER_OF_RE, _SAT_AT_RE):
            for m in rx.finditer(text):
                word = m.group("word").lower()
                if word not in _SIT_ON_STOP and word not in _FUNCTION_WORDS and word not in _GENERIC_SCHOOL_WORDS \
                        and word not in _NOT_A_SCHOOL and not _attributive(word) \
                        and not word.endswith(("klas", "groep")) and not frequencies().at_least(word, 4.5):
                    yield m.start("name"), m.end("name"), "school", LOW  # "de juf van de klimop" (not "van de zml-klas")
    if "school" in ctx.lower and any(w.endswith("school") and len(w) > 9 for w in ctx.words):
        for m in _ANY_SCHOOL_TYPE_RE.finditer(text):
            tail = m.group("name").split()[-1].lower()
            if tail not in _FUNCTION_WORDS and tail not in _GENERIC_SCHOOL_WORDS and tail not in _TIME_ADJECTIVES \
                    and tail not in _ROLE_WORDS_SET and tail not in _STAFF_WORDS:
                # (not "bij de sportschool de trainer zei": a person there is no name of the school)
                yield m.start("name"), m.end("name"), "school", LOW
    if ("groep" in ctx.words or "klas" in ctx.words) and "," in text:
        for m in _CLASS_THEN_NAME_RE.finditer(text):
            if not _phrase_is_generic(m.group("name"), _GENERIC_SCHOOL_WORDS | _FUNCTION_WORDS):
                yield m.start("name"), m.end("name"), "school", LOW  # "(groep 7, De Regenboog in Zwolle)"
    if " BV" in text or "B.V." in text:
        for m in _COMPANY_RE.finditer(text):
            yield m.start(), m.end(), "school", LOW  # "Installatietechniek Van Oorschot BV": a training company
    if "," in text:
        for m in _SCHOOL_APPOSITION_RE.finditer(text):
            last = m.group("name").split()[-1].lower()
            if last not in _GENERIC_SCHOOL_WORDS and last not in {"school", "groep", "klas"}:
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & {"sint", "st"}:
        for m in _SAINT_SCHOOL_RE.finditer(text):
            if m.group("w").lower() not in _FUNCTION_WORDS:
                start = m.start("type") if m.group("type") else m.start("name")
                yield start, m.end("name"), "school", LOW  # "onze zoon zat op de sint jozef"
    # (also a word of school: "het schoolplein", "de schoolarts")
    child_or_school = bool(ctx.words & _CHILD_OR_SCHOOL) or "school" in ctx.lower and any(w.startswith("school") for w in ctx.words)
    if child_or_school or ctx.words & words("common_school_names"):
        for m in _COMMON_NAME_RE.finditer(text):
            n = _common_school_name(m.group("w") + (m.group("w2") or ""))
            # in a text about a child or a school; elsewhere only with its capital ("goes to De Regenboog")
            end = m.end("w") if n == 1 else m.end("w2")
            # (in a text written in capitals, where no capital tells: a name that is a rare word, "NAAR DE HOEKSTEEN")
            # (or a name that is rare as a word: "op de fonkelsteen", forty-fourth session)
            if n and (child_or_school or (m.group("w")[0].isupper() and not ctx.shouting)
                      or n == 1 and not frequencies().at_least(m.group("w").lower(), 2.5)
                      or (ctx.shouting and not frequencies().at_least(m.group("w").lower(), 4.0))) \
                    and not _OF_AFTER_RE.match(text, end):  # (not "naar de bron van het probleem")
                yield m.start("name"), end, "school", LOW  # "zit op de regeboog", "naar de wegwijzer"
    if ("," in text or "(" in text) and ctx.words & _SCHOOL_THEN_NAME_GATE:
        for m in _SCHOOL_THEN_NAME_RE.finditer(text):
            last = m.group("name").split()[-1].lower()
            if last not in _GENERIC_SCHOOL_WORDS and last not in _NOT_A_SCHOOL_NAME and last not in _FUNCTION_WORDS \
                    and last not in _ROLE_WORDS_SET and last not in _STAFF_WORDS \
                    and not frequencies().at_least(last, 4.5):
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.words & _TYPE_THEN_NAME_GATE:
        for m in _TYPE_THEN_NAME_RE.finditer(text):
            first = m.group("w").lower()
            if first in _FUNCTION_WORDS or first in _TIME_ADJECTIVES or first in _NOT_A_SCHOOL_NAME \
                    or first in _GENERIC_SCHOOL_WORDS or first in _ROLE_WORDS_SET or first in _STAFF_WORDS:
                continue  # "op school de hele dag", "op school de juf"
            # a rare word after the kind with an article before it ("de school de leerlooier") or after a
            # kind that is no everyday word ("peuterspeelzaal de ..."); else a word in no dictionary
            specific = not ctx.shouting and (m.group("type").lower() not in {"school", "opvang"} or _ARTICLE_BEFORE_TYPE_RE.search(
                text, max(0, m.start() - 8), m.start()) is not None)
            if (m.group("w")[0].isupper() and not ctx.shouting) or _common_school_name(first) \
                    or ((specific or first not in dictionary().words) and not frequencies().at_least(first, 3.0)) \
                    or (specific and _IN_TOWN_AFTER_RE.match(text, m.end("w")) and not frequencies().at_least(first, 4.5)):
                # (also a name that is a word, with its town after it: "de school de tuinders in Venlo")
                end = m.end("w2") if m.group("w2") and _name_word(m.group("w2"), ctx.shouting) else m.end("w")
                yield m.start("name"), end, "school", LOW  # "de school de tamboerijn", "SCHOOL DE KIKKERT"
    if "school" in ctx.words:
        ordinary = dictionary().words
        for m in _APART_SCHOOL_RE.finditer(text):
            word = m.group("word").lower()
            adj = (m.group("adj") or "").lower()
            if word not in _FUNCTION_WORDS and word not in _GENERIC_SCHOOL_WORDS and not word.endswith("e") \
                    and f"{word}school" not in ordinary and word not in _SCHOOL_ADJECTIVES \
                    and adj not in _NOT_A_NAME_ADJECTIVE:
                yield m.start("name"), m.end("name"), "school", LOW
    if ctx.may_end(_LOWER_TAILS) and any(w.endswith(_LOWER_SUFFIXES) for w in ctx.words):  # also "startcollege", "scholengroep"
        ordinary = dictionary().words
        for m in _LOWER_SUFFIX_RE.finditer(text):
            names = m.group("name").split()
            while names and (names[0].lower() in _FUNCTION_WORDS | {"mijn", "zijn", "haar", "ons", "onze"}
                             or names[0].lower() in _GENERIC_SCHOOL_WORDS or names[0].lower() == "school"):
                names.pop(0)  # "school nova college"
            if not names or any(w.lower() in _GENERIC_SCHOOL_WORDS for w in names):
                continue
            common = _name_lists().common
            if all(w.lower() not in ordinary or w.lower() in _SCHOOL_ADJECTIVES
                   or (w.lower() not in common and not inflected_adjective(w.lower()) and not _verb_form(w.lower()))
                   for w in names):  # (not "volgt praktijkonderwijs", "het nieuwe college"; "het globe college" is a name)
                start = m.end() - len(m.group()) + m.group().index(names[0])
                yield start, m.end(), "school", LOW
    if ctx.may_end(_SCHOOL_TAILS) and any(w.endswith(_SCHOOL_ENDINGS) for w in ctx.words):
        for m in _SCHOOL_SUFFIX_RE.finditer(text):
            if not _phrase_is_generic(m.group(), _GENERIC_SCHOOL_WORDS):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
