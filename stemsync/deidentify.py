"""De-identification of Dutch free-text client feedback.

Clients of youth-protection organisations write free text ("wat kan beter", tips)
that may contain names, phone numbers, addresses and the like. Before a comment
reaches the client council's public database every such span is replaced by a
readable Dutch tag such as ``[naam]`` or ``[telefoonnummer]``.

Two layers find the spans; their findings are merged and then redacted:

1. **deduce** (``deduce`` 3.0.6 from PyPI, Dutch de-identification with large lookup
   lists for first names, surnames, streets, towns and care institutions). Loading it
   is expensive: the first ``Deduce()`` builds lookup structures (~2-4 minutes,
   >1 GiB) and pickles them into ``cache_dir``; later loads take ~6 s (the cyclic GC
   is paused while unpickling and the result is ``gc.freeze()``-d, which also keeps
   interpreter exit fast). Build the cache at set-up time with
   ``python -m stemsync.deidentify --build-cache DIR`` and keep one long-lived
   :class:`Deidentifier` per process (instances with the same cache folder share one
   deduce object). ``import deduce`` reconfigures the root logger (DEBUG, stdout
   handler); :func:`_import_deduce` restores the previous logging state.

2. **A regex layer** (cheap, no deduce needed) for what deduce misses: e-mail
   addresses with any domain ending, Dutch phone numbers in every usual notation
   (plus ``phonenumbers`` for valid numbers), BSN with separators (11-test),
   IBAN, postcodes, URLs, house addresses, dates without a year, every run of 7+
   digits, schools, care institutions, lowercase first names (deduce's own first-name
   list minus ordinary Dutch words), names after role words ("mijn voogd sanne") and
   the organisation's own names from configuration (staff, teams, locations,
   partners). :func:`looks_identifying` uses this layer only.

Overlapping spans are merged into one; the longest span decides the tag, ties go to
the more specific kind (see ``KINDS``). Configured names cut through fuzzy findings
(names, places, institutions), so "Marieke Jansen van Team Noord" becomes
"[medewerker] van [team]" even when deduce saw one long name. Neither layer logs or
prints original text: a
:class:`Result` holds the redacted text plus kinds and character offsets only.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib.util
import logging
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "KINDS",
    "EXTRA_NAME_CATEGORIES",
    "Finding",
    "Result",
    "Deidentifier",
    "looks_identifying",
    "regex_findings",
    "build_cache",
    "main",
]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- kinds

# Kind -> specificity. The longest span of an overlap cluster wins; equal lengths go
# to the higher number here. The tag written into the text is ``[kind]``.
KINDS: dict[str, int] = {
    "medewerker": 100,
    "team": 99,
    "locatie": 98,
    "organisatie": 97,
    "e-mailadres": 90,
    "url": 85,
    "iban": 84,
    "bsn": 83,
    "telefoonnummer": 82,
    "postcode": 80,
    "adres": 70,
    "datum": 65,
    "school": 60,
    "instelling": 58,
    "naam": 50,
    "plaats": 40,
    "leeftijd": 30,
    "nummer": 10,
}

# Configuration category -> kind. Canonical kind names are accepted as well.
EXTRA_NAME_CATEGORIES: dict[str, str] = {
    "staff": "medewerker",
    "medewerkers": "medewerker",
    "employees": "medewerker",
    "teams": "team",
    "team": "team",
    "locations": "locatie",
    "locaties": "locatie",
    "partners": "organisatie",
    "organisations": "organisatie",
    "organizations": "organisatie",
    "organisaties": "organisatie",
    "schools": "school",
    "scholen": "school",
    "institutions": "instelling",
    "instellingen": "instelling",
    "names": "naam",
    "namen": "naam",
    "places": "plaats",
    "plaatsen": "plaats",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One redacted span: its kind and character offsets in the *original* text.

    The original text itself is deliberately not stored, so a Result can be logged.
    """

    kind: str
    start: int
    end: int

    @property
    def tag(self) -> str:
        return f"[{self.kind}]"


@dataclass(frozen=True, slots=True)
class Result:
    """Outcome of de-identifying one text."""

    text: str
    found: tuple[Finding, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Number of redacted spans per kind."""
        return dict(Counter(f.kind for f in self.found))

    @property
    def changed(self) -> bool:
        return bool(self.found)


# ------------------------------------------------------------------ word lists

# Lowercase tokens that are in deduce's first-name list but are (also) ordinary Dutch
# or commonly used English words; standing alone in lowercase they are not taken as a
# name. (Derived from deduce's list intersected with a Dutch dictionary and word
# frequencies, then reviewed by hand.) After a role word ("mijn voogd kim") only
# _FUNCTION_WORDS are excluded.
_WORD_COLLISIONS = frozenset(
    """
    aan adel adem ai alien ale alp amber angel anno april augustus aura baan bars beer
    ben bin blaas bloem bo boy brand bruin buddy burger chi coco constant de deli dia
    dies diesel dim dino domino don dong dot eden emo engel erin fan fake fee feite fin
    fine flip flora fox gene genesis gul hang hart hee hei henna hoi hok hoop hope jazz
    jeep jet job jouw junior kader kam kar kas kee ken kent kick kiem kier kik kin king
    kit klaar kok koop lam lava lee lei lelie lente lieve lion lok lot lotus lucky lux
    maan maatje mans marine marines max men mens merk mine mint mus nader ninja ouwe
    parel pax peer pel pep ping pit pita pluk pol pom pui raaf ram rem rex rijk rim
    rover rijmpje roman ruby sage sang sas sen servet sim skip sol splinter star steef
    storm tak take tam tan tea teddy terra tien tin ton tuba veer vita vos vrouwtje
    wan wiel wil win winter wolf zen zier zilver zomer zus zwaan zweer
    my love day line can just may an mac guy sky river prince mo jo ed bill august
    ray jay joy will happy sunny faith grace rose mercedes paris roma india france
    kong israël sydney florence brooklyn jersey london madison
    kind man vrouw moeder vader oma opa juf meester mentor voogd broer
    has said daily moon seven ocean heaven tiny cars hay summer silver hero june
    justice liberty chase ward haring lijntje tiger nike indie ko ya lan din sal dee
    mas una monte alpha crystal pearl dawn melodie tip top
    islam joke volken beren wen eren raven mees spike violet indigo charisma romein
    nanny botje ceder aster tijm duifje uiltje zoetje engeltje beertje truitje mensje
    meis meiske boet mik rosé riff timber nestor sake berk tromp bate kiek serve hinde
    anemoon huig wiek prudent cerise bintje pier maas trees candy brunette belle penny
    lies
    """.split()
)

# Collisions that are nevertheless mostly names when capitalised at the start of a
# sentence ("Max belde niet"): deduce's finding is kept there.
_NAMEY_COLLISIONS = frozenset(
    """
    max job jet bo roman amber flora ruby rex don sam iris fleur lotus angel
    """.split()
)

# Words never taken as a name, not even right after a role word.
_FUNCTION_WORDS = frozenset(
    """
    aan al als ben bij dan dat de den der des die dit door een en er even ging had heb
    heeft het hij hoe hun ik in is je jij jou jouw kan kon kent ken klaar kom komt kwam
    maar mag me meer men met mij mijn moest moet na naar niet nog nu of om ons onze ook
    op over te tegen tien toch tot u uit van veel voor waar was wat we weer wel werd
    wie wil wij zal ze zei zegt zich zij zijn zo zou zus hoi hee hart baan lot maan
    via naast onder boven achter tussen zonder sinds vanaf tijdens binnen buiten
    langs rond omdat want dus toen terwijl zodat nadat voordat hoewel ook alleen
    samen soms altijd nooit vaak elke iedere iedereen niemand iemand alles niets
    hier daar waarom wanneer welke dit deze dat die zo heel erg echt gewoon even
    wel niet geen graag bedankt dank sorry ja nee oke ok hallo hey hoi
    """.split()
)

_ROLE_WORDS = (
    "voogd gezinsvoogd jeugdbeschermer jeugdbeschermster jeugdzorgwerker hulpverlener "
    "hulpverleenster begeleider begeleidster begeleiding mentor mentrix coach juf "
    "juffrouw meester leraar lerares docent docente moeder vader mama papa mam pap "
    "mams paps ma pa oma opa omi opi broer broertje zus zusje zussen tante oom neef "
    "nicht stiefvader stiefmoeder stiefbroer stiefzus pleegmoeder pleegvader "
    "pleegouder pleegouders pleegmama pleegpapa pleegzus pleegbroer gezinshuisouder "
    "vriend vriendin vriendje vriendinnetje collega therapeut therapeute psycholoog "
    "psychologe psychiater behandelaar casemanager regisseur gedragswetenschapper "
    "orthopedagoog werker groepsleider groepsleidster buurvrouw buurman "
    "dokter huisarts wijkagent advocaat advocate jurist contactpersoon "
    "trajectbegeleider gezinsbegeleider gezinscoach jongerenwerker zoon dochter "
    "zoontje dochtertje partner ex man vrouw pb'er pb-er "
    "meneer mevrouw mevr dhr mw mr heer"
).split()
_FORMAL_ROLES = frozenset({"meneer", "mevrouw", "mevr", "dhr", "mw", "mr", "heer"})

_INTERFIXES = (
    "van der", "van den", "van de", "van 't", "van het", "in 't", "in het", "op de",
    "op den", "uit de", "uit den", "ter", "ten", "van", "de", "den", "der", "'t", "te",
    "le", "la", "du", "da", "di", "el", "al", "bin",
)


def _deduce_src_path() -> Path | None:
    """Folder with deduce's lookup lists, found without importing deduce."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _read_list(folder: Path) -> set[str]:
    """items.txt minus exceptions.txt of one deduce lookup list."""
    items: set[str] = set()
    src = folder / "items.txt"
    if src.is_file():
        items = {ln.strip() for ln in src.read_text(encoding="utf-8").splitlines()}
    exc = folder / "exceptions.txt"
    if exc.is_file():
        items -= {ln.strip() for ln in exc.read_text(encoding="utf-8").splitlines()}
    items.discard("")
    return items


@dataclass(frozen=True)
class _NameLists:
    first_lower: frozenset[str]  # standalone lowercase first names
    role_tokens: frozenset[str]  # lowercase tokens accepted right after a role word
    surnames_lower: frozenset[str]  # lowercase surnames (after formal role / interfix)
    common: frozenset[str]  # deduce's common + stop words (lowercase)


_NAME_LISTS: _NameLists | None = None
_NAME_LISTS_LOCK = threading.Lock()


def _name_lists() -> _NameLists:
    """Load deduce's first-name/surname/whitelist lists once (cheap: plain text)."""
    global _NAME_LISTS
    if _NAME_LISTS is not None:
        return _NAME_LISTS
    with _NAME_LISTS_LOCK:
        if _NAME_LISTS is None:
            src = _deduce_src_path()
            if src is None:
                log.warning("deduce is not installed: lowercase-name detection is off")
                first: set[str] = set()
                sur: set[str] = set()
                common: set[str] = set()
            else:
                first = {n.lower() for n in _read_list(src / "names" / "lst_first_name")}
                sur = {n.lower() for n in _read_list(src / "names" / "lst_surname")}
                common = {
                    w.lower()
                    for sub in ("lst_common_word", "lst_stop_word")
                    for w in _read_list(src / "whitelist" / sub)
                }
            blocked = common | _FUNCTION_WORDS
            _NAME_LISTS = _NameLists(
                first_lower=frozenset(
                    n for n in first
                    if len(n) >= 3 and n not in blocked and n not in _WORD_COLLISIONS
                ),
                role_tokens=frozenset(
                    n for n in first | sur if len(n) >= 2 and n not in blocked
                ),
                surnames_lower=frozenset(n for n in sur if n not in blocked),
                common=frozenset(common),
            )
    return _NAME_LISTS


# ---------------------------------------------------------------- regex layer

_I = re.IGNORECASE

_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[\w.+%'-]+"
    r"\s?(?:@|\(at\)|\[at\]|\{at\})\s?"
    r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])",
    _I,
)
_URL_SCHEME_RE = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+", _I)
_TLDS = (
    "nl|com|org|net|eu|be|de|info|io|nu|app|online|frl|me|tv|co|uk|fr|biz|site|shop|"
    "blog|ly|gl|to|gg|link|page|amsterdam|nl/[\\w-]+"
)
_URL_BARE_RE = re.compile(
    rf"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})"
    r"(?![\w-])(?:/[^\s<>\"'()\[\]]*)?",
    _I,
)
# any domain-like token followed by a path ("linktr.ee/sanne.b", "t.me/xyz")
_URL_PATH_RE = re.compile(
    r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/[^\s<>\"'()\[\]]+", _I
)
_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
_TRAILING_PUNCT = ".,;:!?)'\""

# Dutch phone numbers: +31 / 0031 / +31 (0) / 0 / (0 prefix, then exactly 9 digits with
# optional separators; plus 0800/0900-style service numbers.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?31[\s.\-]*(?:\(0\)[\s.\-]*)?|\(0|0)"
    r"(?:[\s.\-/)]{0,3}\d){9}(?!\d)(?![\s.\-]\d{2})",
)
_SERVICE_PHONE_RE = re.compile(r"(?<![\w+])0[89]0\d[\s.\-]?(?:\d[\s.\-]?){3,6}\d(?!\d)")

_IBAN_NL_RE = re.compile(r"(?<![A-Za-z0-9])NL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}(?![0-9])", _I)
_IBAN_ANY_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)
# Nine digits with optional single separators (BSN shape), not part of a longer number.
_NINE_DIGITS_RE = re.compile(r"(?<!\d)(?<!\d[.\- ])\d(?:[.\- ]?\d){8}(?!\d)(?![.\- ]\d)")
_LONG_DIGITS_RE = re.compile(r"\d{7,}")
# grouped numbers ("3528 0123 4567 8901", "0005.1676.1222"): 9+ digits in groups
_GROUPED_DIGITS_RE = re.compile(r"(?<![\d.,])\d{2,4}(?:[ .]\d{2,4}){2,6}(?![\d]|[.,]\d)")
_BSN_CONTEXT_RE = re.compile(r"(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\W{0,12}$", _I)

_POSTCODE_UNITS = frozenset(
    "km kg mg ml cm mm gr pm am mb gb kb kw ct eu jr st nd rd th uu mi".split()
)
_POSTCODE_RE = re.compile(r"(?<![\w-])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2}| [a-z]{2})(?![\w])")
# Two-letter Dutch words: "2000 en" is not a postcode (lowercase with a space).
_TWO_LETTER_WORDS = frozenset(
    "en of op in is ik de te na al om nu zo ja ga me je we ze er ie uw an bv ca ok oh "
    "eh hé he da do ma di wo vr za zo ct".split()
)
_POSTCODE_FULL_RE = re.compile(r"[1-9]\d{3}\s?[A-Za-z]{2}")

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december"
)
_MONTH_ABBR = r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|ma|di|wo|do|vr|za|zo)\.?\s+)"
)
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
_DATE_RES = (
    # 5 mei, 5e mei, maandag 5 mei, 5 mei 2023, 5 jan.
    re.compile(
        rf"(?<![\w-]){_WEEKDAY}?{_DAY}(?:e|ste|de)?\s*(?:{_MONTHS}|{_MONTH_ABBR})(?![\w])"
        rf"(?:,?\s+{_YEAR}(?!\d))?",
        _I,
    ),
    # maart 2023, mrt '23
    re.compile(rf"(?<![\w-])(?:{_MONTHS}|{_MONTH_ABBR})\s+{_YEAR}(?!\d)", _I),
    # 12-03-2024, 12/3/24, 12.03.2024
    re.compile(
        r"(?<![\d\w])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}(?!\d)"
    ),
    # 2024-03-12
    re.compile(r"(?<![\d\w])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"),
)

# Street names: optional capitalised leading words, a word ending in a street suffix,
# then a house number.
_STREET_SUFFIX = (
    "straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|dreef|hof|"
    "park|pad|steeg|baan|markt|dam|wal|veld|ring|erf|burg|hout|plantsoen|boulevard|allee|"
    "kant|oord|horst|hoek|berg|weide|akker|zoom|haven|brink|straatweg|poort|hoeve|rode|"
    "lei|vliet|kamp|heuvel|hage|donk|schans|wijk|tuin|tuinen|gaarde|veste|wetering|"
    "polder|zijde|gang|promenade|parkweg|esplanade|helling"
)
_NOT_STREET_LEAD = (
    r"(?!(?:In|Op|Aan|Naar|Bij|Wij|We|Ik|Mijn|Onze|Ons|Het|De|Een|Uit|Vanaf|Tot|Voor"
    r"|Achter|Langs|Over|Thuis|Wonen|Woon|Hij|Zij|Ze|Nu|Toen|Daar|Hier|Sinds)\b)"
)
_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?:{_NOT_STREET_LEAD}[A-Z][\w.'’-]*\s+"
    r"(?:(?:van|de|der|den|het|'t|ter|ten|op|aan|in)\s+)*){0,3}"
    rf"[A-Za-z][a-zà-ÿ'’]*(?:[- ][A-Z][a-zà-ÿ]+)*?(?:{_STREET_SUFFIX})"
    r"\s+(?:(?:nr\.?|nummer)\s*)?\d{1,5}"
    r"(?:\s?[a-zA-Z](?!\w)|[-/]\d{1,4}(?!\d)|\s?(?:bis|hs|huis|boven)(?!\w))?"
    r"(?!\d)(?![.,]\d)",
)
_POSTBUS_RE = re.compile(r"\bpostbus\s+\d{1,6}\b", _I)

# Proper-name phrase: capitalised words or numbers, joined by lowercase connectors.
_CAP = r"(?:[A-Z0-9][\w'’.&-]*|'[tT]|'s)"
_CONNECT = r"(?:van|de|der|den|het|'t|op|aan|in|voor|ter|te|en|la|da|des)"
_NAME_PHRASE = rf"(?:(?:[Dd]e|[Hh]et|'[tT])\s+)?{_CAP}(?:\s+(?:{_CONNECT}\s+)*{_CAP})*"
_LOWER_NAME_PHRASE = r"(?:de|het|'t)\s+[a-zà-ÿ][a-zà-ÿ-]{2,}"

_SCHOOL_PREFIX = (
    "basisschool|openbare basisschool|christelijke basisschool|katholieke basisschool|"
    "obs|cbs|rkbs|pcbs|kbs|ikc|kindcentrum|integraal kindcentrum|daltonschool|"
    "montessorischool|jenaplanschool|vrije school|school|scholengemeenschap|"
    "praktijkschool|mavo|havo|vwo|vmbo|mbo|roc|rsg|csg|sg|lyceum|college|gymnasium|"
    "atheneum|hogeschool|universiteit|so-school|vso-school|vso|so|speciaal onderwijs|"
    "cluster 4 school|cluster-4-school|nt2-school|internationale schakelklas|isk"
)
_SCHOOL_SUFFIX = (
    "College|college|Lyceum|lyceum|Gymnasium|gymnasium|Scholengemeenschap|Academie|"
    "School|Mavo|Havo|Atheneum|Campus"
)
_SCHOOL_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?i:{_SCHOOL_PREFIX})\s+(?:{_NAME_PHRASE}|{_LOWER_NAME_PHRASE})",
)
_SCHOOL_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_NAME_PHRASE})[\s-](?:{_SCHOOL_SUFFIX})\b"
    rf"|(?<![\w-])[A-Z][\w'’-]+(?:school|college|lyceum|gymnasium)\b",
)
_GENERIC_SCHOOL_WORDS = frozenset(
    """
    basisschool hogeschool kleuterschool middelbare rijschool muziekschool dansschool
    zwemschool dagschool zomerschool avondschool vakschool praktijkschool
    internaatschool speciaalschool huiswerkschool taalschool bijlesschool school
    college lyceum gymnasium werkcollege hoorcollege scholengemeenschap mbo hbo vmbo
    havo vwo mavo de het een mijn onze deze die die mijn nieuwe oude andere
    """.split()
)

_INSTITUTION_PREFIX = (
    "jeugdzorg|jeugdhulp|jeugdbescherming|gezinsvoogdij|ggz|ggd|veilig thuis|wijkteam|"
    "sociaal wijkteam|buurtteam|jeugdteam|gebiedsteam|ouder- en kindteam|"
    "ouder en kindteam|gezinshuis|kinderopvang|kinderdagverblijf|kdv|bso|"
    "peuterspeelzaal|opvang|crisisopvang|pleegzorg|stichting|zorgboerderij|zorgcentrum|"
    "behandelcentrum|behandelgroep|leefgroep|woongroep|instelling|kliniek|"
    "jeugdkliniek|jeugdinstelling|justitiële jeugdinrichting|jji|gesloten jeugdzorg|"
    "kamertrainingscentrum|ktc|begeleid wonen|beschermd wonen|dagbesteding|"
    "ziekenhuis|huisartsenpraktijk|praktijk|zorggroep|gemeente"
)
_INSTITUTION_SUFFIX = (
    "Jeugdzorg|Jeugdhulp|Jeugdbescherming|Zorg|zorg|GGZ|GGz|Kliniek|Kinderopvang|"
    "Opvang|Zorggroep|Jeugd|Ziekenhuis|Gezinshuis|Zorgboerderij|Wonen|Thuiszorg"
)
_KNOWN_INSTITUTIONS = (
    "William Schrikker(?: Stichting| Groep| Jeugdbescherming)?|Leger des Heils|"
    "Veilig Thuis(?: [A-Z][\\w-]+)*|Raad voor de Kinderbescherming|Kinderbescherming|"
    "'s Heeren Loo|Accare|Karakter|Levvel|Pluryn|Youké|Jeugdformaat|Enver|Yulius|"
    "Parnassia|Lucertis|Youz|Kompaan en De Bocht|De Hondsberg|Cardea|Elker|Xonar|Nidos|"
    "Entrea Lindenhout|Lindenhout|Ambiq|Juzt|Amarant|Jarabee|Altra|Lijn5|Horizon "
    "Jeugdzorg|Triade Vitree|Kwadraad|Koraal|Kenter|Intermetzo|Trajectum|iHUB|Jutters|"
    "Timon|Fier|Spirit|Arkin|Antes|Prokino|Sterk Huis|Combinatie Jeugdzorg|Oosterpoort|"
    "Bijzonder Jeugdwerk|JBRA|Het Poortje|De Hunnerberg|Den Hey-Acker|Teylingereind|"
    "De Doggershoek|Rentray|Juvaid|Schakenbosch|De Sterrenberg|"
    "Jeugdbescherming (?:Rotterdam Rijnmond|west|Gelderland|Noord|Brabant|Regio Amsterdam)|"
    "De Rading|Samen Veilig Midden-Nederland|"
    "Samen Veilig|Zuidwester|Humanitas|Stichting Jeugdteams [A-Z][\\w-]+"
)
_INSTITUTION_PREFIX_RE = re.compile(
    rf"(?<![\w-])(?i:{_INSTITUTION_PREFIX})\s+{_NAME_PHRASE}",
)
_INSTITUTION_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?:{_NAME_PHRASE})[\s-](?:{_INSTITUTION_SUFFIX})\b",
)
_INSTITUTION_KNOWN_RE = re.compile(rf"(?<![\w-])(?:{_KNOWN_INSTITUTIONS})(?![\w])")
# Generic care words that deduce's institution list contains on their own.
_GENERIC_CARE_WORDS = frozenset(
    """
    jeugdzorg jeugdhulp jeugdbescherming ggz ggd thuiszorg kinderopvang huisarts
    huisartsenpraktijk ziekenhuis kliniek zorg opvang pleegzorg wijkteam jeugdteam
    gezinshuis de het
    """.split()
)
_GENERIC_INSTITUTION_HEADS = frozenset(
    """
    de het een mijn onze deze die dit bij van voor met over naar in op
    """.split()
)

_ROLE_SET = frozenset(_ROLE_WORDS)
_CALLED_SET = frozenset({"genaamd", "heet", "heette", "heten"})
_ROLE_TAIL_RE = re.compile(r"\.?(?:\s*,)?\s+(?P<name>[^\W\d_][\w'’-]*)")
_CALLED_RE = re.compile(r"(?<![\w-])(?:noemt zich|naam is|bijnaam is)(?=\s)", _I)
_NAME_TAIL_RE = re.compile(
    r"\s+(?:(?P<ifx>" + "|".join(re.escape(i) for i in _INTERFIXES) + r")\s+)?"
    r"(?P<sur>[^\W\d_][\w'’-]*)",
    _I,
)

_DIGIT_RE = re.compile(r"\d")

Span = tuple[int, int, str]


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return end


def _bsn_ok(digits: str) -> bool:
    """Dutch 11-test for a 9-digit BSN."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
    total -= int(digits[8])
    return total % 11 == 0


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


_TOKEN_RE = re.compile(r"[^\W_][\w'’-]*")


@dataclass(frozen=True)
class _Ctx:
    """Per-text facts shared by the finders (computed once; used as cheap gates)."""

    text: str
    lower: str
    tokens: tuple[tuple[int, int, str], ...]
    words: frozenset[str]
    n_digits: int

    @classmethod
    def of(cls, text: str) -> _Ctx:
        tokens = tuple((m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text))
        return cls(
            text=text,
            lower=text.lower(),
            tokens=tokens,
            words=frozenset(t[2].lower() for t in tokens),
            n_digits=sum(c.isdigit() for c in text),
        )


def _first_words(alternatives: str) -> frozenset[str]:
    return frozenset(a.split()[0].strip("'").lower() for a in alternatives.split("|") if a.split())


_DOMAINISH_RE = re.compile(r"[a-z0-9]\.[a-z]{2}", _I)
_MONTH_WORDS = frozenset(_MONTHS.split("|")) | frozenset(
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec".split()
)
_STREET_ENDINGS = tuple(_STREET_SUFFIX.split("|"))
_SCHOOL_GATE = _first_words(_SCHOOL_PREFIX)
_SCHOOL_ENDINGS = tuple(w.lower() for w in _SCHOOL_SUFFIX.split("|"))
_INSTITUTION_GATE = _first_words(_INSTITUTION_PREFIX)
_INSTITUTION_ENDINGS = tuple({w.lower() for w in _INSTITUTION_SUFFIX.split("|")})
_KNOWN_INSTITUTION_WORDS = frozenset(
    w.lower() for w in re.findall(r"[A-Za-z][\w-]*", _KNOWN_INSTITUTIONS) if len(w) > 2
) - {"w-", "za-z"}
_CALLED_GATE = frozenset("heet heette heten genaamd noemt naam bijnaam".split())


def _find_emails_urls(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if "@" in text or "(at)" in text or "[at]" in text:
        for m in _EMAIL_RE.finditer(text):
            yield m.start(), _strip_trailing(text, m.start(), m.end()), "e-mailadres"
        for m in _HANDLE_RE.finditer(text):
            yield m.start(), m.end(), "naam"
    if "://" in text or "www." in ctx.lower or _DOMAINISH_RE.search(text):
        for rx in (_URL_SCHEME_RE, _URL_BARE_RE, _URL_PATH_RE):
            for m in rx.finditer(text):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "url"


def _find_numbers(ctx: _Ctx) -> Iterator[Span]:
    """Phone numbers, IBAN, BSN, postcodes, long digit runs."""
    text, n_digits = ctx.text, ctx.n_digits
    if n_digits >= 4:
        for m in _POSTCODE_RE.finditer(text):
            letters = m.group()[-2:]
            if letters.lower() in _POSTCODE_UNITS:
                continue
            if letters.islower() and " " in m.group() and letters in _TWO_LETTER_WORDS:
                continue
            yield m.start(), m.end(), "postcode"
    if n_digits < 7:
        return
    phone_digits = 0
    for rx in (_PHONE_RE, _SERVICE_PHONE_RE):
        for m in rx.finditer(text):
            phone_digits += sum(c.isdigit() for c in m.group())
            yield m.start(), m.end(), "telefoonnummer"
    if n_digits - phone_digits >= 8:
        yield from _find_phonenumbers(text)
    for m in _IBAN_NL_RE.finditer(text):
        yield m.start(), m.end(), "iban"
    for m in _IBAN_ANY_RE.finditer(text):
        if _iban_ok(m.group()):
            yield m.start(), m.end(), "iban"
    for m in _NINE_DIGITS_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        kind = "bsn" if _bsn_ok(digits) or _BSN_CONTEXT_RE.search(text, 0, m.start()) else "nummer"
        yield m.start(), m.end(), kind
    for m in _GROUPED_DIGITS_RE.finditer(text):
        if 9 <= sum(c.isdigit() for c in m.group()) <= 20:
            yield m.start(), m.end(), "nummer"
    for m in _LONG_DIGITS_RE.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        kind = "bsn" if _BSN_CONTEXT_RE.search(before) else "nummer"
        yield m.start(), m.end(), kind


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
            yield match.start, match.end, "telefoonnummer"
    except Exception:  # noqa: BLE001 - never let the safety net break redaction
        return


def _find_dates(ctx: _Ctx) -> Iterator[Span]:
    rxs: list[re.Pattern[str]] = []
    if ctx.words & _MONTH_WORDS:
        rxs += [_DATE_RES[0], _DATE_RES[1]]
    if ctx.n_digits >= 4:
        rxs += [_DATE_RES[2], _DATE_RES[3]]
    for rx in rxs:
        for m in rx.finditer(ctx.text):
            yield m.start(), m.end(), "datum"


def _find_addresses(ctx: _Ctx) -> Iterator[Span]:
    if ctx.n_digits == 0:
        return
    if any(w.endswith(_STREET_ENDINGS) for w in ctx.words):
        for m in _ADDRESS_RE.finditer(ctx.text):
            yield m.start(), m.end(), "adres"
    if "postbus" in ctx.words:
        for m in _POSTBUS_RE.finditer(ctx.text):
            yield m.start(), m.end(), "adres"


def _phrase_is_generic(phrase: str, generic: frozenset[str]) -> bool:
    words = [w.lower() for w in re.findall(r"[\w'’]+", phrase)]
    return all(w in generic for w in words)


def _find_schools(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.words & _SCHOOL_GATE:
        generic = _GENERIC_SCHOOL_WORDS | _name_lists().common
        for m in _SCHOOL_PREFIX_RE.finditer(text):
            tail = m.group()[len(m.group().split()[0]):]
            if not _phrase_is_generic(tail, generic):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school"
    if any(w.endswith(_SCHOOL_ENDINGS) for w in ctx.words):
        for m in _SCHOOL_SUFFIX_RE.finditer(text):
            if not _phrase_is_generic(m.group(), _GENERIC_SCHOOL_WORDS):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "school"


def _find_institutions(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.words & _KNOWN_INSTITUTION_WORDS:
        for m in _INSTITUTION_KNOWN_RE.finditer(text):
            yield m.start(), m.end(), "instelling"
    common = _name_lists().common
    checks = []
    if ctx.words & _INSTITUTION_GATE:
        checks.append((_INSTITUTION_PREFIX_RE, True))
    if any(w.endswith(_INSTITUTION_ENDINGS) for w in ctx.words):
        checks.append((_INSTITUTION_SUFFIX_RE, False))
    for rx, is_prefix in checks:
        for m in rx.finditer(text):
            words = m.group().split()
            # the capitalised part must contain a real name, not only common words
            head = words[1:] if is_prefix else words[:-1]
            generic = _GENERIC_INSTITUTION_HEADS | (frozenset() if is_prefix else common)
            if _phrase_is_generic(" ".join(head), generic):
                continue
            yield m.start(), _strip_trailing(text, m.start(), m.end()), "instelling"


def _extend_name(text: str, end: int, lists: _NameLists) -> int:
    """Extend a name span over a following surname ("sanne de vries", "Sanne Bakker")."""
    m = _NAME_TAIL_RE.match(text, end)
    if m is None:
        return end
    sur = m.group("sur")
    low = sur.lower()
    if low in _FUNCTION_WORDS or low in lists.common:
        return end
    if sur[0].isupper() or (m.group("ifx") and low in lists.surnames_lower):
        return m.end()
    if (
        low in lists.surnames_lower
        and len(low) > 3
        and low not in _WORD_COLLISIONS
        and low not in _LOWERCASE_SURNAME_WORDS
    ):
        # lowercase surname without interfix, only when it is not an ordinary word
        return m.end()
    return end


# Lowercase surnames that are ordinary words; never taken as a surname without an
# interfix ("sanne bakker" is, "sanne groot" is not).
_LOWERCASE_SURNAME_WORDS = frozenset(
    """
    dingen niks lange rol mens meter jongens voorbij link bron slag haag zwart franse
    super holland ronde volk oosten schrijver bouw advocaat westen burgers eisen kamp
    veld pak vliegen limburg bergen baas hoeven schat boot gast winkels bloemen spoor
    voeten hof paus held spaans talen haven meester trouw ploeg rijke blik boeren broers
    hout vogels fase bak middag tip banken mars pop zaal boer immers knap soldaat das
    moed straten sloot harte jongste neef blok dam groot klein wit jong oud goed lang
    kort dik dun bos berg hoek post prins koning groen rood blauw zwart bruin wijn
    beter best zwaan vink haan kraai mol hert kip koe steen water vuur brood kaas
    """.split()
)


def _name_after(ctx: _Ctx, pos: int, role: str, lists: _NameLists) -> Span | None:
    """The name right after a role word ending at ``pos``, if it looks like one."""
    m = _ROLE_TAIL_RE.match(ctx.text, pos)
    if m is None:
        return None
    name = m.group("name")
    low = name.lower()
    if low in _FUNCTION_WORDS or low in lists.common or low in _ROLE_SET:
        return None
    ok = (
        name[0].isupper()
        or low in lists.role_tokens
        or (role in _FORMAL_ROLES and low in lists.surnames_lower)
    )
    if not ok:
        return None
    return m.start("name"), _extend_name(ctx.text, m.end("name"), lists), "naam"


def _find_names(ctx: _Ctx) -> Iterator[Span]:
    lists = _name_lists()
    text = ctx.text
    for start, end, tok in ctx.tokens:
        low = tok.lower()
        # 1. word after a role word ("mijn voogd sanne") or "heet"/"genaamd"
        if low in _ROLE_SET or low in _CALLED_SET:
            span = _name_after(ctx, end, low, lists)
            if span is not None:
                yield span
            continue
        # 2. lowercase first names anywhere
        if not tok.islower() or not (tok.isalpha() or "-" in tok):
            continue
        if start and text[start - 1] in "@.'’-":
            continue
        if low in lists.first_lower or (
            "-" in low
            and all(p in lists.first_lower or p in lists.role_tokens for p in low.split("-"))
            and any(p in lists.first_lower for p in low.split("-"))
        ):
            yield start, _extend_name(text, end, lists), "naam"
    if ctx.words & _CALLED_GATE:
        for m in _CALLED_RE.finditer(text):
            span = _name_after(ctx, m.end(), "heet", lists)
            if span is not None:
                yield span


_FINDERS = (
    _find_emails_urls,
    _find_numbers,
    _find_dates,
    _find_addresses,
    _find_schools,
    _find_institutions,
    _find_names,
)


def regex_findings(text: str) -> list[Span]:
    """All spans of the cheap regex layer (no deduce), unresolved."""
    ctx = _Ctx.of(text)
    spans: list[Span] = []
    for finder in _FINDERS:
        spans.extend(finder(ctx))
    return spans


def looks_identifying(value: str, extra_terms: Iterable[str] = ()) -> bool:
    """Fast check for short context values (e.g. a team name typed into a URL).

    Uses the regex layer only (no deduce): True when the value contains an e-mail
    address, phone number, BSN/long number, IBAN, postcode, URL, date, address,
    school, institution, a lowercase or role-marked name, or one of ``extra_terms``.
    """
    if not value or not value.strip():
        return False
    text = re.sub(r"[_+\-/]+", " ", value)
    if regex_findings(value) or regex_findings(text):
        return True
    rx = _compile_terms_cached(tuple(extra_terms))
    return rx is not None and rx.search(text) is not None


# --------------------------------------------------------------- extra names


def _compile_terms(terms: Iterable[str]) -> re.Pattern[str] | None:
    pats = []
    for term in sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True):
        words = term.split()
        pats.append(r"[\s\-_]+".join(re.escape(w) for w in words))
    if not pats:
        return None
    return re.compile(r"(?<![\w@.])(?:" + "|".join(pats) + r")(?![\w@])", _I)


@functools.lru_cache(maxsize=32)
def _compile_terms_cached(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return _compile_terms(terms)


@dataclass(frozen=True)
class _ExtraNames:
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()

    @classmethod
    def from_config(cls, extra: Mapping[str, Sequence[str]] | None) -> _ExtraNames:
        if not extra:
            return cls()
        by_kind: dict[str, set[str]] = {}
        for category, terms in extra.items():
            key = category.strip().lower()
            kind = EXTRA_NAME_CATEGORIES.get(key, key if key in KINDS else None)
            if kind is None:
                raise ValueError(
                    f"unknown extra_names category {category!r}; use one of "
                    f"{sorted(EXTRA_NAME_CATEGORIES)}"
                )
            if isinstance(terms, str):
                raise TypeError(f"extra_names[{category!r}] must be a list of strings")
            bucket = by_kind.setdefault(kind, set())
            for term in terms:
                if not isinstance(term, str) or not term.strip():
                    continue
                bucket.add(term.strip())
                if kind == "medewerker":
                    # "Marieke Jansen" -> "Marieke" alone is redacted too
                    first = term.split()[0]
                    if len(term.split()) > 1 and len(first) >= 3 and first.lower() not in (
                        _FUNCTION_WORDS | _WORD_COLLISIONS
                    ) and not first.endswith("."):
                        bucket.add(first)
        pats = []
        for kind, terms_ in by_kind.items():
            rx = _compile_terms(terms_)
            if rx is not None:
                pats.append((kind, rx))
        return cls(tuple(pats))

    def find(self, text: str) -> Iterator[Span]:
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                yield m.start(), m.end(), kind


# ------------------------------------------------------------------ merging


def _resolve(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans; the longest (then most specific) decides the kind."""
    ordered = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], -s[1]))
    out: list[Span] = []
    cluster: list[Span] = []
    c_end = -1
    for span in ordered:
        if cluster and span[0] < c_end:
            cluster.append(span)
            c_end = max(c_end, span[1])
            continue
        if cluster:
            out.append(_cluster_span(cluster, c_end))
        cluster = [span]
        c_end = span[1]
    if cluster:
        out.append(_cluster_span(cluster, c_end))
    return out


# Kinds whose findings are fuzzy: configured names cut through them.
_CLIPPABLE = frozenset({"naam", "plaats", "instelling", "school", "leeftijd", "adres"})


def _clip_around(text: str, spans: list[Span], fixed: list[Span]) -> list[Span]:
    """Cut fuzzy spans around the configured-name spans in ``fixed``.

    "Marieke Jansen van Team Noord" may be one deduce name; with both names
    configured it becomes [medewerker] van [team]. Leftover pieces that hold only
    blanks, punctuation or connectors ("van") are dropped.
    """
    out: list[Span] = []
    for start, end, kind in spans:
        if kind not in _CLIPPABLE or not any(fs < end and start < fe for fs, fe, _ in fixed):
            out.append((start, end, kind))
            continue
        pieces = [(start, end)]
        for fs, fe, _ in fixed:
            nxt = []
            for ps, pe in pieces:
                if fs < pe and ps < fe:
                    if ps < fs:
                        nxt.append((ps, fs))
                    if fe < pe:
                        nxt.append((fe, pe))
                else:
                    nxt.append((ps, pe))
            pieces = nxt
        for ps, pe in pieces:
            words = [w.lower() for w in re.findall(r"[\w'’]+", text[ps:pe])]
            if words and not all(w in _FUNCTION_WORDS or w in _INTERFIX_WORDS for w in words):
                while ps < pe and not text[ps].isalnum():
                    ps += 1
                while pe > ps and not text[pe - 1].isalnum():
                    pe -= 1
                out.append((ps, pe, kind))
    return out


def _cluster_span(cluster: list[Span], end: int) -> Span:
    best = max(cluster, key=lambda s: (s[1] - s[0], KINDS.get(s[2], 0)))
    return min(s[0] for s in cluster), end, best[2]


_ADJ_GAP_RE = re.compile(r"[ \t]?-?[ \t]?")


def _merge_adjacent_in_text(spans: list[Span], text: str) -> list[Span]:
    """Join same-kind neighbours separated by one space or a hyphen: [naam] [naam]."""
    out: list[Span] = []
    for s in spans:
        if out and out[-1][2] == s[2] and _ADJ_GAP_RE.fullmatch(text[out[-1][1]: s[0]]):
            out[-1] = (out[-1][0], s[1], s[2])
        else:
            out.append(s)
    return out


def _redact(text: str, spans: Sequence[Span]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, kind in spans:
        parts.append(text[pos:start])
        parts.append(f"[{kind}]")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


# ------------------------------------------------------------------ deduce layer

_DEDUCE_LOCK = threading.Lock()
_DEDUCE_INSTANCES: dict[Path, Any] = {}
# deduce processors we do not need: we redact and merge ourselves, and want the raw
# street+housenumber tags instead of the generic "locatie".
_DEDUCE_DISABLED = frozenset({"redactor", "merge_adjacent_annotations", "clean_street_tags"})


def _import_deduce() -> Any:
    """Import deduce and undo its root-logger configuration (DEBUG + stdout handler)."""
    if "deduce" in sys.modules:
        return sys.modules["deduce"]
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        import deduce  # noqa: PLC0415
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
        root.setLevel(level)
    return deduce


def _cache_file(cache_dir: Path) -> Path:
    return cache_dir / "cache" / "lookup_structs.pickle"


def _construct_deduce(deduce: Any, cache_dir: Path, rebuild: bool = False) -> Any:
    """Deduce() with the cyclic GC paused while millions of objects are unpickled.

    A full build (no cache yet) keeps the GC on: it creates garbage cycles, and with
    the GC off its peak memory goes from ~1.2 to ~2 GiB.
    """
    was_enabled = gc.isenabled()
    if _cache_file(cache_dir).is_file() and not rebuild:
        gc.disable()
    try:
        inst = deduce.Deduce(cache_path=cache_dir, build_lookup_structs=rebuild)
    finally:
        if was_enabled:
            gc.enable()
    # deduce's lookup structures are long-lived: move them out of the cyclic GC's
    # view so later collections (and interpreter exit, ~12 s otherwise) skip them.
    gc.freeze()
    return inst


def _load_deduce(cache_dir: Path) -> Any:
    """One deduce instance per cache folder per process."""
    key = cache_dir.resolve()
    with _DEDUCE_LOCK:
        inst = _DEDUCE_INSTANCES.get(key)
        if inst is None:
            deduce = _import_deduce()
            if not _cache_file(key).is_file():
                log.warning(
                    "deduce cache missing in %s: building it now (about 2 minutes); "
                    "run `python -m stemsync.deidentify --build-cache DIR` at set-up",
                    key,
                )
            t0 = time.monotonic()
            inst = _construct_deduce(deduce, key)
            # deduce's lookup structures are millions of long-lived objects: move them
            # out of the cyclic GC's view, so collections (and interpreter exit: ~12 s
            # otherwise) do not walk them again and again.
            log.info("deduce loaded in %.1f s", time.monotonic() - t0)
            _DEDUCE_INSTANCES[key] = inst
    return inst


def _deduce_kind(tag: str, span_text: str) -> str | None:
    tag = tag.lower()
    if tag in {"persoon", "patient"}:
        return "naam"
    if tag.startswith("straat"):
        return "adres"
    if tag == "locatie":
        if _POSTCODE_FULL_RE.fullmatch(span_text.strip()):
            return "postcode"
        if _DIGIT_RE.search(span_text):
            return "adres"
        return "plaats"
    return {
        "ziekenhuis": "instelling",
        "zorginstelling": "instelling",
        "datum": "datum",
        "leeftijd": "leeftijd",
        "bsn": "bsn",
        "id": "nummer",
        "telefoonnummer": "telefoonnummer",
        "emailadres": "e-mailadres",
        "url": "url",
    }.get(tag, "nummer" if _DIGIT_RE.search(span_text) else "naam")


_SENTENCE_END = ".!?:;\n\"'(-\u2022*>"
_INTERFIX_WORDS = frozenset(w for i in _INTERFIXES for w in i.split())


_LEADING_WORD_RE = re.compile(r"([\w'’]+)\s+")


def _skip_leading_function_words(text: str, start: int, end: int) -> int:
    """'Op De Linde' -> 'De Linde': drop capitalised function words deduce glued on."""
    while True:
        m = _LEADING_WORD_RE.match(text, start, end)
        if m is None:
            return start
        word = m.group(1).lower()
        if word in _FUNCTION_WORDS and word not in _INTERFIX_WORDS:
            start = m.end()
        else:
            return start


def _deduce_name_is_word(text: str, start: int, end: int) -> bool:
    """deduce name findings that are ordinary words, not names.

    Spans made of interfixes/function words only ("aan de"), and single capitalised
    words at the start of a sentence that are common Dutch words ("Tip: ...",
    "Hoop dat ...").
    """
    words = [w.lower() for w in re.findall(r"[\w'’]+", text[start:end])]
    if not words:
        return True
    if all(w in _FUNCTION_WORDS or w in _INTERFIX_WORDS for w in words):
        return True
    if len(words) != 1:
        return False
    word = words[0]
    before = text[:start].rstrip()
    at_sentence_start = not before or before[-1] in _SENTENCE_END
    if not at_sentence_start or word in _NAMEY_COLLISIONS:
        return False
    return (
        word in _WORD_COLLISIONS
        or word in _FUNCTION_WORDS
        or word in _LOWERCASE_SURNAME_WORDS
        or word in _name_lists().common
    )


# ---------------------------------------------------------------- public API


@dataclass
class Deidentifier:
    """De-identify free text with deduce plus a regex layer.

    Args:
        cache_dir: Folder for deduce's lookup-structure cache (created if missing;
            must be writable). Build it ahead of time with ``--build-cache``.
        extra_names: Organisation-specific terms that are always redacted
            (case-insensitive, whole words), e.g. ``{"staff": [...], "teams": [...],
            "locations": [...], "partners": [...]}`` -> ``[medewerker]``, ``[team]``,
            ``[locatie]``, ``[organisatie]``.
        use_deduce: False skips deduce (regex layer only; for tests/tools that cannot
            afford the load). Production use keeps the default.
    """

    cache_dir: str | Path
    extra_names: Mapping[str, Sequence[str]] | None = None
    use_deduce: bool = True
    _extra: _ExtraNames = field(init=False, repr=False)
    _deduce: Any = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self.cache_dir = Path(self.cache_dir).expanduser()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._extra = _ExtraNames.from_config(self.extra_names)
        _name_lists()
        if self.use_deduce:
            self._deduce = _load_deduce(self.cache_dir)

    # -- layers
    def _deduce_spans(self, text: str) -> Iterator[Span]:
        if self._deduce is None:
            return
        doc = self._deduce.deidentify(text, disabled=set(_DEDUCE_DISABLED))
        for ann in doc.annotations:
            start, end = ann.start_char, ann.end_char
            # deduce sometimes includes trailing/leading blanks
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            kind = _deduce_kind(ann.tag, text[start:end])
            if kind == "naam":
                start = _skip_leading_function_words(text, start, end)
                if _deduce_name_is_word(text, start, end):
                    continue
            if kind is None:
                continue
            if kind == "instelling" and _phrase_is_generic(text[start:end], _GENERIC_CARE_WORDS):
                continue
            yield start, end, kind

    def spans(self, text: str) -> list[Span]:
        """Resolved (start, end, kind) spans for ``text``."""
        extra = list(self._extra.find(text))
        raw: list[Span] = regex_findings(text)
        raw.extend(self._deduce_spans(text))
        if extra:
            raw = _clip_around(text, raw, extra)
        return _merge_adjacent_in_text(_resolve(extra + raw), text)

    def deidentify(self, text: str) -> Result:
        """Redact one text."""
        if not text or not text.strip():
            return Result(text or "")
        spans = self.spans(text)
        return Result(
            text=_redact(text, spans),
            found=tuple(Finding(kind, s, e) for s, e, kind in spans),
        )

    def deidentify_many(self, texts: Iterable[str]) -> list[Result]:
        """Redact a batch with the same (long-lived) deduce instance."""
        return [self.deidentify(t) for t in texts]

    def looks_identifying(self, value: str) -> bool:
        """:func:`looks_identifying` plus this organisation's extra names."""
        text = value.replace("_", " ")
        return looks_identifying(value) or any(True for _ in self._extra.find(text))


# ---------------------------------------------------------------- set-up CLI


def build_cache(cache_dir: str | Path, *, rebuild: bool = False) -> Path:
    """Build (or verify) deduce's lookup cache in ``cache_dir``; returns the file."""
    path = Path(cache_dir).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    deduce = _import_deduce()
    _construct_deduce(deduce, path, rebuild=rebuild)
    return _cache_file(path)


def _heartbeat(stop: threading.Event, t0: float, every: float = 15.0) -> None:
    """Progress lines on stderr while the (silent) deduce build runs."""
    while not stop.wait(every):
        print(f"stemsync.deidentify: ... still working ({time.monotonic() - t0:.0f} s)",
              file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m stemsync.deidentify",
        description="Set-up tasks for the de-identification layer.",
    )
    parser.add_argument("--build-cache", metavar="DIR", required=True,
                        help="build deduce's lookup cache in DIR (takes ~2 minutes once)")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild even when a valid cache is present")
    args = parser.parse_args(argv)
    target = Path(args.build_cache).expanduser()
    cached = _cache_file(target).is_file() and not args.rebuild
    print(
        f"stemsync.deidentify: {'checking existing' if cached else 'building'} deduce "
        f"cache in {target}" + ("" if cached else " (about 2 minutes, >1 GiB memory)"),
        file=sys.stderr,
        flush=True,
    )
    t0 = time.monotonic()
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(stop, t0), daemon=True)
    beat.start()
    try:
        file = build_cache(target, rebuild=args.rebuild)
    except OSError as exc:
        print(f"stemsync.deidentify: cannot write cache: {exc}", file=sys.stderr)
        return 1
    finally:
        stop.set()
        beat.join()
    size = file.stat().st_size / 2**20 if file.is_file() else 0.0
    print(
        f"stemsync.deidentify: cache ready: {file} ({size:.0f} MiB) in "
        f"{time.monotonic() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
