"""Places the deduce layer misses: neighbourhoods and districts, towns written in
lowercase, districts of a town ("Rotterdam-Zuid"), the seat or district of a court
("rechtbank Gelderland", "de kinderrechter in Almelo") and streets named without a
house number ("in de Dorpslaan", "aan de Laan van Meerdervoort").

Lists: ``data/neighbourhoods.txt``, ``data/courts.txt``, and deduce's towns,
municipalities and street names. A lowercase word is only taken when it is not an
ordinary Dutch word (OpenTaal's word list), so "in best" or "op de weg" stay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.addresses import _GENERIC_SQUARES
from stemsync.deidentify.common import _TOKEN_RE, HIGH, LANGUAGES, LOW, Span, _Ctx, _I, one_edit, swapped, tails
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.english import _ENGLISH, _sentence_start, is_english, name_word, ordinary_english
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _name_lists, alternation, dictionary, entries, world_cities,
                                       _compound, deletion_index, frequencies, longest_place, near_country, near_frequent_word,
                                       one_letter_from, plain, sound_alike_typo, without_final_n,
                                       words)
from stemsync.deidentify.names import _SCHOOL_TYPES, _at_sentence_start, _misspelled_role, _title_case, _verb_form, role_compound

_STREET_SUFFIXES = tuple(entries("street_suffixes"))
_STREET_PREPS = frozenset(
    "in op aan bij naar langs via vanaf uit over achter tegenover vlakbij richting nabij".split()
)
_ARTICLES = frozenset({"de", "het", "'t", "t"})
_AT_PREPS = frozenset({"op", "naar", "bij", "van"})
_NOT_NAMES = words("capitalised_words")
_COMPASS = r"(?:Noord|Zuid|Oost|West|Centrum|Zuid-?oost|Noord-?oost|Zuid-?west|Noord-?west|Nieuw-West)"  # (also "Zuid-West")
_TOWN_DISTRICT_RE = re.compile(
    rf"(?<![\w-])(?P<town>[A-Za-z][\w'’]+(?:\s[A-Za-z][\w'’]+)?)[- ](?i:{_COMPASS})(?![\w-])")
# a town with its province after it: "Hengelo (Gld)", "hengelo gld", "Bergen NH", "Hengelo Ov."
_TOWN_PROVINCE_RE = re.compile(
    r"(?<![\w-])(?P<town>[^\W\d_][\w'’]+(?:[\s-][^\W\d_][\w'’]+)?)(?:\s+|\s*\(\s*)(?i:gld|gelderland|ov|overijssel|nb|"
    r"n\.b|zh|z\.h|nh|n\.h|lb|fr|gr|dr|ut|zl|fl)\.?(?:\s*\))?(?![\w-])")
_TOWN_SUFFIX_GATE = frozenset("gld gelderland ov overijssel nb zh nh lb fr gr dr ut zl fl n.b n.h z.h".split())
# the court word, also misspelt: "rechtbank", "rechbank", "rechtbak", "rechtbamk", "rechtbnak"
_COURT_WORD = r"(?:(?:jeugd|familie)?rech?t?ba?n?[kmn]k?|rechtbnak)"  # (Belgian: "jeugdrechtbank Dendermonde")
_COURT_RE = re.compile(
    r"(?<![\w-])(?:" + _COURT_WORD + r"|gerechtshof|hof|kinderrechter|rechter|rechters|arrondissement|rb\.?|"
    r"zittingsplaats|zitting|court|judge|hearing)(?:\s+(?:in|te|van|of|at))?\s+(?P<place>"
    # (a blank for a seat's dash too: "rechtbank zeeland west brabant")
    + "|".join(re.escape(e).replace("\\-", r"[\s-]") for e in sorted(entries("courts"), key=len, reverse=True)) + r")(?![\w-])",
    _I,
)
# the seat before the court word, in English: "the Oost-Brabant court", "the Den Haag district court"
_COURT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<place>"
    + "|".join(re.escape(e).replace("\\-", r"[\s-]") for e in sorted(entries("courts"), key=len, reverse=True))
    + r")\s+(?:(?:district|family|juvenile|youth|children's|childrens)\s+)?(?:court|courthouse)\b", _I)
# a seat misspelt by one letter after the court word: "rechtbank Dortrecht", "rechtbank zwole"
_COURT_TYPO_RE = re.compile(
    r"(?<![\w-])(?:" + _COURT_WORD + r"|gerechtshof|kinderrechter|arrondissement|court)(?:\s+(?:in|te|van|of|at))?"
    r"\s+(?P<w>(?:(?:midden|oost|noord|zuid|west)[\s-]+)?[^\W\d_][\w'’-]{4,})", _I)  # (also "Midden Nederlnd")
# a seat written short after the court word: "rechtbank Gld.", "rechtbank n-holl.", "Rb. M-NL." (a short word with a
# full stop that is no Dutch word)
_COURT_SHORT_RE = re.compile(
    r"(?<![\w-])(?:" + _COURT_WORD + r"|rb\.?)\s+(?P<w>(?:[a-z]{1,2}-)?[a-z]{2,5})\.", _I)
_QUARTER_ENDINGS = ("buurt", "wijk", "kwartier")  # "Transvaalbuurt", "Schilderswijk"
_QUARTER_TAILS = tails(_QUARTER_ENDINGS)


@functools.cache
def _court_seats() -> frozenset[str]:
    return frozenset(_seat_key(e) for e in entries("courts") if len(e) >= 6)  # ("middennederland")


def _seat_key(seat: str) -> str:
    """A seat's letters without blanks, dashes and apostrophes, a final "bosch" as "bos": "'s-Hertogenbosch" and
    "s Hertogenbos" (sixtieth session) are one seat."""
    key = re.sub(r"[\s'’-]", "", seat.lower())
    return key[:-2] if key.endswith("bosch") else key


def _court_typo(low: str) -> bool:
    """One letter added, left out or changed from a court seat of six letters or more."""
    if low in dictionary().words:
        return False
    low = _seat_key(low)
    for seat in _court_seats():
        if abs(len(seat) - len(low)) <= 1 and (seat == low or one_edit(seat, low)):
            return True
    return False


_COURT_GATE = frozenset("jeugdrechtbank familierechtbank rechtbank rechbank rechtbnak rechtbak rechtbamk rechtbankk rechtbnk gerechtshof hof kinderrechter rechter rechters arrondissement rb "
                        "zittingsplaats zitting court judge hearing".split())


@functools.cache
def _neighbourhood_sets() -> tuple[frozenset[str], frozenset[str], int]:
    """(names in lowercase that match in any case, names that need their capitals, the
    longest name in words). Names made of ordinary words only need their capitals."""
    ordinary = dictionary().words
    any_case, strict = set(), set()
    longest = 1
    for name in entries("neighbourhoods"):
        norm = " ".join(name.split())
        parts = [p.lower() for p in re.split(r"[\s-]+", norm)]
        longest = max(longest, len(norm.split()))
        if all(p in ordinary or p in _FUNCTION_WORDS for p in parts):
            strict.add(norm)
            if norm.startswith(("De ", "Het ")):
                strict.add(norm[0].lower() + norm[1:])  # "in de Pijp"
        else:
            any_case.add(norm.lower())
            if "-" in norm:
                any_case.add(norm.lower().replace("-", " "))  # "nieuw west" for Nieuw-West
    return frozenset(any_case), frozenset(strict), longest


@functools.cache
def _word_neighbourhoods() -> frozenset[str]:
    """One-word neighbourhoods that are also ordinary words ("Ondiep", "Zuilen"), lowercase."""
    return frozenset(n.lower() for n in _neighbourhood_sets()[1] if " " not in n)


@functools.cache
def _neighbourhood_heads() -> frozenset[str]:
    """The first word of every neighbourhood name, lowercase (and of its part before "-")."""
    out = set()
    any_case, strict, _ = _neighbourhood_sets()
    for name in (*any_case, *strict, *_lower_strict_quarters()):
        toks = _TOKEN_RE.findall(name)
        if toks:
            out.add(toks[0].lower())
            out.add(toks[0].lower().partition("-")[0])
    return frozenset(out)


@functools.cache
def _neighbourhood_prefixes() -> frozenset[str]:
    """The first two words (tokens) of every neighbourhood name of two words or more, lowercase:
    a phrase of several words is looked up only when it starts so ("de", "het" and "in" start
    many names and most sentences)."""
    any_case, strict, _ = _neighbourhood_sets()
    out = set()
    for name in (*any_case, *strict, *_lower_strict_quarters()):
        toks = list(_TOKEN_RE.finditer(name))
        if len(toks) >= 2:
            out.add(" ".join(name[:toks[1].end()].split()).lower())
    return frozenset(out)


_COMPASS_WORDS = frozenset("noord zuid oost west centrum midden noordoost noordwest zuidoost zuidwest".split())
_GENERIC_QUARTER_HEADS = frozenset("""woon nieuwbouw achter volks probleem kracht vinex arbeider rand buiten binnen
stad uitgaan winkel villa rijtjes oude nieuwe rustige eigen hele andere zelfde naast ander woning studenten
achterstand prachtwijk aandacht focus""".split())
_QUARTER_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?:in|uit|naar|bij|rond|vanuit)\s+(?:de|het)\s+(?P<name>[^\W\d_]{4,}(?:buurt|wijk|kwartier))(?![\w-])", re.I)


_THROUGH = frozenset("door vanuit richting langs".split())
# a team or worker named after its neighbourhood: "wijkteam lombok", "buurtteam ondiep"
_QUARTER_TEAMS = frozenset("wijkteam buurtteam jeugdteam wijkteams buurtteams wijkagent buurtcoach wijkcoach".split())


def _follows_in_uit_naar(toks: tuple[tuple[int, int, str], ...], i: int) -> bool:
    """Token ``i`` follows "in", "uit", "naar" (and maybe an article): "in het ..."."""
    prev = toks[i - 1][2].lower() if i else ""
    if prev in {"de", "het", "'t"}:
        prev = toks[i - 2][2].lower() if i > 1 else ""
    return prev in _IN_UIT_NAAR or prev == "van"  # also "verhuisd van bos en lommer naar ..."


@functools.cache
def _lower_strict_quarters() -> frozenset[str]:
    """Names of ordinary words with two words or more after the article ("oude noorden",
    "bos en lommer"), lowercase; "de hoogte" and "de kamp" are left out."""
    out = set()
    for name in _neighbourhood_sets()[1]:
        words_ = name.split()
        if words_[0].lower() in {"de", "het", "'t", "den", "ten", "ter"}:
            words_ = words_[1:]
        if len(words_) >= 2:
            out.add(" ".join(words_).lower())
    return frozenset(out)


def _neighbourhoods(ctx: _Ctx) -> Iterator[Span]:
    """Neighbourhood names, found by looking up phrases of up to a few words."""
    any_case, strict, longest = _neighbourhood_sets()
    lower_strict = _lower_strict_quarters()
    word_quarters = _word_neighbourhoods()
    heads = _neighbourhood_heads()
    prefixes = _neighbourhood_prefixes()
    toks = ctx.tokens
    lows = ctx.lows
    text = ctx.text
    i = 0
    while i < len(toks):
        first = lows[i]
        if first not in heads and first.partition("-")[0] not in heads:
            i += 1  # no name starts with this word: skip the phrase lookups
            continue
        two = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            if n >= 2:
                if two is None:
                    two = " ".join(text[toks[i][0]:toks[i + 1][1]].split()).lower()
                if two not in prefixes:
                    continue  # no name of several words starts with these two
            start, end = toks[i][0], toks[i + n - 1][1]
            phrase = " ".join(text[start:end].split())
            if phrase.lower() in any_case or phrase in strict:
                yield start, end, "plaats", HIGH
                i += n - 1
                break
            if n == 1 and phrase.islower() and phrase in word_quarters and i and (
                    lows[i - 1] in _THROUGH or lows[i - 1] in _QUARTER_TEAMS
                    or _follows_in_uit_naar(toks, i) and not _frequent(phrase, 3.0)):
                # "de wandeling door lunetten", "wijkteam lombok", "WE WONEN IN DE RIETLANDEN" (a rare word)
                yield start, end, "plaats", LOW
                break
            if n >= 2 and phrase.islower() and phrase in lower_strict and _follows_in_uit_naar(toks, i):
                # "we wonen in het oude noorden", "uit bos en lommer": a name of ordinary words,
                # in lowercase, where a place is expected
                yield start, end, "plaats", LOW
                i += n - 1
                break
            head, _, tail = phrase.rpartition("-")
            if n == 1 and tail.lower() in _COMPASS_WORDS and (head.lower() in any_case or head in strict):
                yield start, end, "plaats", HIGH  # "Kanaleneiland-Zuid", "overvecht-noord"
                break
        i += 1


# a care location's name: "groep Kompas", "op de groep zeester", "Huize Eikenrode"
_LOCATION_NAME_RE = re.compile(
    r"(?<![\w-])(?:(?:leef|woon|behandel|jongens|meiden|open|gesloten|crisis|opvang|logeer|kinder|stage)?groep|huize|villa|"
    r"paviljoen|(?:logies|opvang|woon)?locatie|(?:woon|leef)?unit|gezinshuis|logeerhuis|vakantiepark|bungalowpark|"
    # (fifty-seventh session: a children's ward by its name, also misspelt: "op de kinderafdelling Zonnestraal")
    r"(?P<ward>(?:kinder)?afdel?ling|afdeeling|afd\.?)|"
    # (fifty-first session: "stagegroep Vliegwiel", "woonunit Noorderlicht", "verzorgingshuis de hazelaar")
    r"(?P<house>huis|hotel|pension|kraakpand|verzorgingshuis|verpleeghuis|woonzorgcentrum|zorgcentrum)|"  # (forty-fifth session: "in huis de notenboom", "HOTEL DE ZILVERMEEUW")
    # (in English: "the living group De Kajuit", "crisis house de overkant", "holiday park De Wilde Eend", "the group
    # de regenboog" with its Dutch article)
    r"living\s+group|crisis\s+(?:house|home|centre|center)|group\s+home|holiday\s+park|group(?=\s+(?:de|het)\s))\s+"
    # ("verpleeghuis Huize Avondrood"; Frisian "it" for "het": "leefgroep it Weidlân")
    r"(?P<art>(?:de|het|'t|it)\s+)?(?!(?:huize|villa|paviljoen|locatie|gezinshuis)\b)"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+|[a-zà-ÿ][\w'’-]{2,})(?![\w-])", re.I)
# what a hospital or a municipality calls a department by its kind, no name: "afdeling kinderoncologie", "afd.
# neonatologie", "de afdeling Burgerzaken" (a ward's own name is an animal, a tree, a star: "afdeling kikker")
_DEPARTMENT_ENDS = ("logie", "kunde", "atrie", "pedie", "chirurgie", "zaken", "zorg", "hulp", "plicht", "geneeskunde",
                    "revalidatie", "dienst", "beheer", "kwaliteit", "financiën", "techniek", "onderwijs", "opvang")


# words after "groep" that name no group: "groep acht", "de groep is", "groep jongeren"
_GROUP_WORDS = frozenset("""acht zeven zes vijf vier drie twee een leden genoten gesprek gesprekken therapie training
jongeren kinderen ouders meiden jongens leiding begeleiders mensen oudste jongste andere eerste tweede laatste
grote kleine hele afgelopen komende volgende vorige""".split())
# what may follow a group's name after a bare "groep" and an article: the clause ends, or a town follows ("op groep de
# brug in Zwolle"; not "de groep de kans geven")
_GROUP_NAME_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|te|op|bij|van|en|is|was|heeft|had)\b", re.I)


_ARTICLE_BEFORE_GROUP_RE = re.compile(r"(?<![\w-])(?:de|het|die|deze|onze|mijn|jullie|een)\s+\Z", re.I)
_GROUP_VERB_AFTER_RE = re.compile(r"\s+(?:is|was|heeft|had)\b", re.I)
_ON_THE_GROUP_RE = re.compile(r"(?<![\w-])(?:(?:op|in|naar|van)\s+de|op)\s+(?=\w)", re.I)  # (also "op groep zeester in")
_ON_GROUP_RE = re.compile(r"(?<![\w-])(?:op|in|naar|van|voor|bij)\s+\Z", re.I)  # (fifty-eighth session: "ingevuld voor groep vlinder")
_CLAUSE_CLOSE_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")
_GROUP_KIND_RE = re.compile(r"(?:leef|woon|behandel|crisis|opvang|logeer)groep\s", re.I)


# (fifty-third session) the ends of a room's, a desk's or a team's word, no place: "in het invalidenhok", "op het
# gendrteam" (lowercase after a preposition and an article)
_ROOM_HEADS = ("team", "hok", "kamer", "lokaal", "ruimte", "zaal", "loket", "balie", "poli")
_SOCIETY_HEADS = ("vereniging", "stichting", "federatie", "genootschap")


# (fifty-fourth session) a place named, then said to be a group or a crisis bed: "zit op de vuurtoren, de jongensgroep",
# "OPGENOMEN OP DE SPINNAKER, EEN CRISISPLEK IN ..."
_APPOSED_GROUP_RE = re.compile(
    r"(?<![\w-])(?:op|in|naar|uit|bij|van)\s+(?:de|het)\s+(?P<name>[^\W\d_][\w'’-]{2,})\s*,\s*(?:de|het|een|onze|mijn|zijn|haar)\s+"
    r"(?:[^\W\d_]+\s+)?(?:[^\W\d_]*groep|crisisplek|crisisopvang|opvang|gezinshuis|woonvorm|logeerhuis|leefunit|woonunit|"
    r"afdeling|kliniek|woonplek|behandelplek|time-?outplek)(?![\w-])", re.I)
_APPOSED_GATE = ("groep", "crisisplek", "opvang", "gezinshuis", "woonvorm", "logeerhuis", "unit", "afdeling", "kliniek", "plek")


# (fifty-fourth session) a capitalised name after the word for a quarter ("in de wijk Kerkelande", "het dorp Ter Idzard"),
# and a town's "Oude" or "Nieuwe" before a name in no dictionary after a locative ("in Oude Pekla", misspelt)
_NAMED_QUARTER_RE = re.compile(
    r"(?<![\w-])(?i:de\s+(?:wijk|woonwijk|buurt|stadswijk|deelgemeente|buurtschap|kern)|het\s+(?:dorp|dorpje|gehucht|stadsdeel))"
    r"\s+(?P<name>[A-Z][a-zà-ÿ'’-]{3,}(?:\s+[A-Z][a-zà-ÿ'’-]{2,})?)")
_OLD_NEW_TOWN_RE = re.compile(r"(?<![\w-])(?i:in|uit|naar|bij|vanuit)\s+(?P<name>(?:Oude|Nieuwe|Oud|Nieuw|Groot|Klein)[ -]"
                              r"(?P<town>[A-Z][a-zà-ÿ'’-]{2,}))(?![\w-])")


def _named_quarters(ctx: _Ctx) -> Iterator[Span]:
    if ctx.shouting or not ctx.words & {"wijk", "woonwijk", "buurt", "stadswijk", "deelgemeente", "buurtschap", "kern",
                                        "dorp", "dorpje", "gehucht", "stadsdeel", "oude", "nieuwe", "oud", "nieuw",
                                        "groot", "klein"}:
        return
    for m in _NAMED_QUARTER_RE.finditer(ctx.text):
        first = m.group("name").split()[0].lower()
        if first not in _FUNCTION_WORDS and first not in _NOT_NAMES and not _frequent(first, 4.0):
            yield m.start("name"), m.end("name"), "plaats", LOW
    for m in _OLD_NEW_TOWN_RE.finditer(ctx.text):
        town = m.group("town").lower()
        if town not in dictionary().words and town not in _FUNCTION_WORDS and not _frequent(town, 3.0):
            yield m.start("name"), m.end("name"), "plaats", LOW


# (fifty-eighth session) a living group named by its staff: "de groepsleiders van Zeearend", "groepsleiding van de
# Horizon" (a capitalised name, or a word in no dictionary; not "de groepsleiding van de afdeling")
_GROUP_STAFF_RE = re.compile(r"(?<![\w-])(?:groepsleid(?:ers?|sters?|ing)|groepswerkers?|pm['’]?ers)\s+(?:van|op)\s+"
                             r"(?:(?P<art>de|het|'t)\s+)?(?P<name>[^\W\d_][\w'’-]{2,})(?![\w-])", re.I)
_GROUP_STAFF_GATE = ("groepsleid", "groepswerker", "pm'er", "pm’er")
# the ends of the words for a unit any care has: "crisisopvang", "weekenddienst", "jongerenafdeling"
_CARE_UNIT_HEADS = ("opvang", "dienst", "groep", "afdeling", "zorg", "kliniek", "instelling", "unit", "locatie", "school",
                    "team", "ploeg", "huis", "voorziening", "plek", "wacht", "ochtend", "middag", "avond", "nacht",
                    "centrum", "internaat", "verblijf", "woning", "vorm", "kamp", "ing")  # (also "dagbesteding")


def _groups_by_their_staff(ctx: _Ctx) -> Iterator[Span]:
    if not any(g in ctx.lower for g in _GROUP_STAFF_GATE):
        return
    for m in _GROUP_STAFF_RE.finditer(ctx.text):
        name = m.group("name")
        low = name.lower()
        if low in _FUNCTION_WORDS or low in _GROUP_WORDS or low in _NOT_NAMES or _frequent(low, 4.5):
            continue
        if (name[0].isupper() and not ctx.shouting) or (low not in dictionary().words and not _frequent(low, 3.0)):
            yield m.start("name"), m.end("name"), "plaats", LOW
        elif m.group("art") and not _frequent(low, 3.9) and not low.endswith(_CARE_UNIT_HEADS):
            # (fifty-ninth session) a rare word after the article, as groups are named after things: "de groepsleiding
            # van de vlonder" (not "van de crisisopvang", "van de weekenddienst": a unit of any care)
            yield m.start("name"), m.end("name"), "plaats", LOW


def _apposed_groups(ctx: _Ctx) -> Iterator[Span]:
    if "," not in ctx.text or not any(w.endswith(_APPOSED_GATE) for w in ctx.words):
        return
    for m in _APPOSED_GROUP_RE.finditer(ctx.text):
        low = m.group("name").lower()
        if low not in _FUNCTION_WORDS and low not in _GROUP_WORDS and low not in _NOT_NAMES and not _frequent(low, 4.5):
            yield m.start("name"), m.end("name"), "plaats", LOW


def _care_locations(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.words & {"groep", "leefgroep", "woongroep", "behandelgroep", "huize", "villa", "paviljoen", "locatie",
                        "logieslocatie", "opvanglocatie", "woonlocatie",
                        "unit", "afdeling", "afdeeling", "afd", "kinderafdeling", "kinderafdelling", "afdelling", "group", "house", "home", "park", "vakantiepark",
                        "bungalowpark", "centre", "center", "crisisgroep", "opvanggroep", "logeergroep", "kindergroep",
                        "jongensgroep", "meidengroep", "gezinshuis", "logeerhuis", "huis", "hotel", "pension",
                        "kraakpand", "stagegroep", "woonunit", "leefunit", "verzorgingshuis", "verpleeghuis",
                        "woonzorgcentrum", "zorgcentrum"}:
        return
    for m in _LOCATION_NAME_RE.finditer(ctx.text):
        name = m.group("name")
        low = name.lower()
        if len(name) == 3 and name.islower() and not ctx.shouting and (m.group("art") is None or _frequent(low, 3.8)):
            continue  # (a name of three letters only in capitals, where the case was lost: "GROEP DE EIK"; sixtieth
            # session: or a rare word after the article, "op groep de kei en dat ging niet goed")
        if low in _FUNCTION_WORDS or re.fullmatch(r"\d+|[a-z]\d*", low) or low in words("chat_words") \
                or low in _NOT_NAMES:
            continue  # (not "OP DE CRISISGROEP AUB", "de afdeling Leerplicht")
        # a rare noun, not a verb or plural ("de groep schaatsen"), not "de groep de kans", named as a
        # group by an article ("de open groep de vonk"), in capitals ("GROEP KOMPAS IS ..."), or by a
        # verb after it ("die groep zonnebloem is")
        rare_noun = low not in _GROUP_WORDS and (not low.endswith("en") or low in words("common_school_names")) \
            and not _frequent(low, 3.8)  # (a name groups and schools share: "groep vuurtoren was chill")
        named_group = rare_noun and (m.group("art") is not None or ctx.shouting
                                     or _GROUP_VERB_AFTER_RE.match(ctx.text, m.end("name")) is not None
                                     # "op de groep zeepaardjes in het revalidatiecentrum", "op leefgroep valk in
                                     # Zwolle": a rare noun that closes the phrase after "de groep" or a group's kind
                                     or (_ON_THE_GROUP_RE.search(ctx.text, max(0, m.start() - 8), m.start() + 1)
                                         is not None or _GROUP_KIND_RE.match(m.group()) is not None)
                                     and _GROUP_NAME_END_RE.match(ctx.text, m.end("name")) is not None
                                     and not _verb_form(low))  # (not "op de groep rookt en ...")
        if m.group("house") is not None and not (named_group and m.group("art") is not None) \
                and not (name[0].isupper() and m.group("art") is not None):
            continue  # a house, a hotel, a squat by a rare name after its article only (not "in huis koken")
        if m.group("ward") is not None:
            if low.endswith(_DEPARTMENT_ENDS) or _frequent(low, 4.6) or _verb_form(low):
                continue  # "afdeling Kinderoncologie", "AFD. NEONATOLOGIE": the kind of a department
            if name[0].isupper() or low in dictionary().words:
                yield m.start("name"), m.end("name"), "plaats", HIGH  # "op afdeling kikker", "AFDELING VLINDER"
                continue
        # (forty-seventh session) a rare singular noun right after a bare "groep": "ik mis groep zonnebloem soms"
        bare_group = rare_noun and m.group("art") is None and m.group().lower().startswith("groep ") \
            and not low.endswith(("s", "d", "t")) and not low.startswith("ge") and not _verb_form(low) \
            and low in dictionary().words and not _ARTICLE_BEFORE_GROUP_RE.search(ctx.text, max(0, m.start() - 8), m.start())
        # (fifty-first session) a noun after "op groep" that ends the sentence: "mijn vriendinnen op groep regenboog"
        closing_group = m.group("art") is None and m.group().lower().startswith("groep ") and low not in _GROUP_WORDS \
            and low in dictionary().words and not _verb_form(low) and not low.endswith(("en", "s", "d", "t")) \
            and not low.startswith("ge") \
            and not _frequent(low, 4.5) and _CLAUSE_CLOSE_RE.match(ctx.text, m.end("name")) is not None \
            and _ON_GROUP_RE.search(ctx.text, max(0, m.start() - 5), m.start()) is not None
        if name[0].isupper() or named_group or bare_group or closing_group \
                or (low not in dictionary().words and not _frequent(low, 3.0)):
            yield m.start("name"), m.end("name"), "plaats", LOW  # capitalised, or a word in no dictionary
        elif m.group("art") is not None and low not in _GROUP_WORDS and (
                not m.group().lower().startswith(("groep", "group")) or _GROUP_NAME_END_RE.match(ctx.text, m.end("name"))
                or _ON_THE_GROUP_RE.search(ctx.text, max(0, m.start() - 8), m.start() + 1) is not None
                and not _frequent(low, 4.5)):  # ("op groep de horizon blijven")
            # a common noun after a care group's type and an article is its name: "leefgroep de horizon", "op groep
            # de brug in Zwolle", "GEZINSHUIS DE LINDE" (not "de groep de kans geven", "leefgroep de laatste tijd")
            yield m.start("name"), m.end("name"), "plaats", LOW


# a team named after its neighbourhood, in any case: "bij team lunetten", "VAN TEAM TUINDORP" (the neighbourhood on
# a list; "team" alone is no public body's name; not a compass word: "Team Noord" is a team's own name)
_TEAM_QUARTER_RE = re.compile(r"(?i)(?<![\w-])(?:wijk|buurt|jeugd|gebieds)?team[ \t]+(?P<name>[^\W\d_][\w'’-]{3,})")
_COMPASS_TEAMS = frozenset("noord oost zuid west midden centrum noordoost noordwest zuidoost zuidwest stad regio".split())


_PHRASE_CLOSE_RE = re.compile(r"\s*(?:[),;:]|$)")


def _team_quarters(ctx: _Ctx) -> Iterator[Span]:
    if "team" not in ctx.lower:
        return
    any_case = _neighbourhood_sets()[0]
    for m in _TEAM_QUARTER_RE.finditer(ctx.text):
        name = m.group("name")
        low = name.lower()
        # a listed town that is a frequent word too, closing the phrase: "dhr. Jansen (wijkteam leiden)"
        closing_town = len(low) >= 5 and low in _name_lists().places and _PHRASE_CLOSE_RE.match(ctx.text, m.end("name"))
        if (low in _FUNCTION_WORDS or _frequent(low, 4.5) and not closing_town) \
                and not (name[0].isupper() and not ctx.shouting) or low in _COMPASS_TEAMS:
            continue  # "het wijkteam echt", "het team heel lief" (the towns Echt and Heel only capitalised); "Team Noord"
        if low in any_case or low in _word_neighbourhoods() or low in _name_lists().places:
            yield m.start("name"), m.end("name"), "plaats", LOW


def _compound_quarters(ctx: _Ctx) -> Iterator[Span]:
    """"in de bloemenbuurt", "uit de vogelwijk": a neighbourhood named as a compound, in no
    dictionary (not "de woonwijk", "de achterbuurt")."""
    if ctx.may_end(_QUARTER_TAILS) and any(w.endswith(_QUARTER_ENDINGS) and len(w) > 8 for w in ctx.words):
        for m in _QUARTER_COMPOUND_RE.finditer(ctx.text):
            word = m.group("name").lower()
            head = re.sub(r"(?:buurt|wijk|kwartier)$", "", word)
            if head not in _GENERIC_QUARTER_HEADS and head.rstrip("s") not in _GENERIC_QUARTER_HEADS \
                    and not _frequent(word, 3.0):
                yield m.start("name"), m.end("name"), "plaats", LOW


@functools.cache
def _neighbourhood_lower_re() -> re.Pattern[str] | None:
    ordinary = dictionary().words
    names = [n for n in entries("neighbourhoods")
             if all(p.lower() in ordinary or p.lower() in _FUNCTION_WORDS for p in re.split(r"[\s-]+", n))
             and not _frequent(n.lower().split()[-1], 4.5)]  # not "in de buurt"
    if not names:
        return None
    alt = "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:in|uit|naar|wijk|buurt|bij ons in)\s+(?P<name>{alt})(?![\w-])", _I)


@functools.cache
def _neighbourhood_words() -> frozenset[str]:
    """The distinctive words of the neighbourhood names (a cheap gate)."""
    out = set()
    for name in entries("neighbourhoods"):
        out.add(name.lower().split()[0])  # "velve-lindenhof" is one token of a text
        for w in re.split(r"[\s-]+", name.lower()):
            if w not in _FUNCTION_WORDS and w not in _GATE_STOP:
                out.add(w)
    return frozenset(out)


_GATE_STOP = frozenset("noord zuid oost west nieuw oud oude nieuwe midden centrum stad amsterdam "
                       "rotterdam utrecht almere haarlem dordrecht delft tilburg maastricht "
                       "helmond hengelo binnenstad het lage land".split())


def _window(ctx: _Ctx, i: int, known: frozenset[str], longest: int) -> int:
    """How many tokens from ``ctx.tokens[i]`` on spell an entry of ``known`` (0: none)."""
    toks = ctx.tokens
    for n in range(min(longest, len(toks) - i), 0, -1):
        start, end = toks[i][0], toks[i + n - 1][1]
        phrase = re.sub(r"\s+", " ", ctx.text[start:end]).lower()
        if phrase in known:
            return n
    return 0


def _proper_not_word(phrase: str) -> bool:
    """A town's name, not an ordinary word ("zwolle", "den haag"; not "best", "de groep")."""
    d = dictionary()
    low = re.sub(r"\s+", " ", phrase.lower())
    if not d.available:
        return " " not in low
    if " " in low and low in _name_lists().places and not all(w in d.words or w in _FUNCTION_WORDS
                                                              for w in low.split()):
        return True  # "etten leur", "krimpen aan den ijssel": a listed town of several words
    return low in d.proper and low not in d.words


# "waar dat naar leiden zal", "dat kan nergens naar leiden": the verb after "naar", with the thing it leads to before
_LEAD_TO_RE = re.compile(r"(?<![\w-])(?:n?ergens|waar|daar|hier|wat)(?![\w-])", re.I)


def _letter_too_many(low: str) -> bool:
    """(fifty-second session) A frequent word with one letter typed too many: "in de weeck" (not "op het farel")."""
    return len(low) >= 5 and any(_frequent(low[:k] + low[k + 1:], 4.5) and low[:k] + low[k + 1:] in dictionary().words
                                 for k in range(len(low)))


def _infinitive_town(low: str) -> bool:
    """(fifty-second session) A town that is a verb's infinitive, which never follows "naar": "elke week naar leiden"
    (Leiden; "leidt" is its verb's), in lowercase or in capitals."""
    d = dictionary().words
    return low.endswith("en") and len(low) >= 5 and low in d and low[:-2] + "t" in d and low in _name_lists().places


def _unknown_name(word: str) -> bool:
    """A lowercase word in no dictionary that is no typo of a frequent word, no platform
    and no frequent English word: "deltion", "vinkhuys" (not "therepie", "insta"). Short
    words are not checked for typos: names such as "firda" are one letter from a word."""
    low = word.lower()
    d = dictionary()
    if (not d.available or low in d.words or low in _FUNCTION_WORDS or low in _COUNTRIES
            or low in words("chat_words") or low in words("platforms") or low in _NOT_NAMES):
        return False  # (also a game: "rank diamond gehaald in valorant")
    if _frequent(low, 3.5) or frequencies().at_least(low, 3.5, "en"):
        return False  # "netflix", "hyper", "disguise": written often
    if len(low) >= 6 and _misspelt_country(low):
        return False  # (fifty-sixth session) "uit turkeije": a country misspelt
    if without_final_n(low) and low + "n" not in _name_lists().places:  # (but "naar leide": Leiden)
        return False  # "naar buite", "gesprekke": a word without its final n (said so in the south and east)
    if _misspelled_role(low) is not None or (len(low) == 5 and low[:-1] + "d" in words("role_words")):
        return False  # "de voogt": a role word misspelled
    if low in d.proper:
        return True  # a proper noun in lowercase ("rhedens", "greijdanus")
    if low[-1:] in ("d", "t") and (swap := low[:-1] + ("t" if low[-1] == "d" else "d")) in d.words and _frequent(swap, 4.0):
        return False  # (fifty-second session) "op tijt": a frequent word with its final d written as it sounds
    if _compound(low, d.words):
        # an ordinary compound ("gezinsplan", "moederdag"), unless it ends as places do and
        # web text has it ("sonsbeek", a park)
        return low.endswith(_TOPONYM_ENDS) and frequencies().at_least(low, 1.5)
    return not (len(low) >= 6 and near_frequent_word(low))


# the ends of Dutch place names: "-beek", "-veld", "-horst"
_TOPONYM_ENDS = ("beek", "bos", "veld", "hoven", "wijk", "dijk", "horst", "broek", "berg", "dam", "dorp", "hof",
                 "rode", "loo", "werf", "hem", "huizen", "hout", "meer", "oord", "sloot", "zijl", "kerk", "lo")

# after a verb of living, a word in no dictionary with the end of a place's name is one
_LIVING_PLACE_ENDS = _TOPONYM_ENDS + ("burg", "hoek", "veen", "kamp", "stein", "haven", "heuvel", "waard", "weerd",
                                      "zand", "rade", "hage", "polder", "stede", "burcht")

# countries, also without their diaeresis ("oekraine", "italie")
_COUNTRIES = words("countries") | {plain(c) for c in words("countries")}
_SIDE_WORDS = frozenset({"kant", "zijde"})  # "aan de lage kant", "aan de andere zijde": a side, no street
# a verb of living or moving before "in"/"naar"/"uit", or after the place: "we wonen in best"
_LIVING_RE = re.compile(r"\b(?:wonen|woon|woont|woonde|woonden|wone|verhuisd|verhuizen|verhuist|verhuizing|kom|komt|"
                        r"komen|kwam|kwamen|opgegroeid|geboren)\b[^.!?,\n]{0,30}\Z")
_PHRASE_END = frozenset("en maar want of omdat dus sinds bij met verhuizen verhuisd wonen gaan gegaan gekomen".split())
_LIVING_AFTER = frozenset("verhuizen verhuisd wonen gaan gegaan gekomen verhuist".split())
_TOWN_LOCATIVE = frozenset("in uit naar vanuit richting oet uut from bij fled left në nga na".split())  # (dialect "oet", "uut": uit; English
# "from", "when we fled Aleppo", "since we left Kabul"; forty-fifth session: Albanian "në Shkodër", "nga Prizreni";
# not "via": "via DigiD", "via Kenya", "via IMO"; forty-sixth session: Portuguese and Cape Verdean "na" (in the) before a
# town, "ta mora na Lisboa": a town after Dutch "na" (after) is one as well, "na Breda")
# in capitals, where every word has one: a city after "to" only after a verb of going ("MOVED BACK TO CALGARY")
_GOING_BEFORE_TO = frozenset("back moved move moving return returned returning fly flew flown flying went go going gone "
                             "travel travelled traveled drove drive driving".split())
_LOCATIVE_TRIGGERS = _TOWN_LOCATIVE | {"op", "van", "te", "to", "near"}  # (the words _after_locative acts on)
# "in/uit/naar": before a lowercase neighbourhood of ordinary words, and the locatives of the
# article and proper-noun rules below
_IN_UIT_NAAR = _TOWN_LOCATIVE - {"richting", "në", "nga", "na"}
# Portuguese and Cape Verdean verbs of living, being born or staying before "na" (in the): any town's name after them
_PT_LIVING = frozenset("mora mura móra nasi nasê nasci nasceu nasceram vive vivi mudou muda fika fica sta stá está "
                       "trabadja trabalha kria cria cresceu kreci".split())


@functools.cache
def _place_typos() -> dict[str, str]:
    """Deletion index (distance 1) of the towns: "leewarden" -> "leeuwarden"."""
    # (and neighbourhoods: "kanaaleneiland")
    return deletion_index(place for place in _towns_and_quarters() if len(place) >= 6 and " " not in place)


@functools.cache
def _towns_and_quarters() -> frozenset[str]:
    """Towns and one-word neighbourhoods of eight letters or more, lowercase."""
    return _name_lists().places | {q.lower() for q in entries("neighbourhoods") if " " not in q and len(q) >= 8}


def _misspelled_town(low: str, capitalised: bool = False) -> bool:
    """One letter from a town or neighbourhood ("leewarden"); a dictionary word counts
    only when it was written with a capital where a town belongs ("in Kerkraad")."""
    places = _towns_and_quarters()
    if len(low) < 6 or low in places or (low in dictionary().words and not capitalised):
        return False
    return (one_letter_from(low, _place_typos()) or any(low[:i] + low[i + 1:] in places for i in range(len(low)))) \
        and not near_country(low)  # (not "nederlnd")


def _town_with_a_letter_doubled(low: str) -> bool:
    """A listed town is this short word with one of its letters doubled ("omen": Ommen; "wier": Wieringen is not)."""
    places = _towns_and_quarters()
    return any(low[:i] + low[i] + low[i:] in places for i in range(1, len(low)) if low[i].isalpha())


# islands take "op": "op Texel", "op Bonaire"
_ISLANDS = frozenset("texel vlieland terschelling ameland schiermonnikoog bonaire saba statia".split())


_TOWN_PREFIXES = frozenset("nieuw oud san santa sint st port den le la el".split())  # "Nieuw Nickerie", "San Nicolas"
_NOT_TOWNS = frozenset("""god allah jezus christus maria pasen kerst kerstmis pinksteren ramadan suikerfeest offerfeest
sinterklaas nieuwjaar oudjaar koningsdag bevrijdingsdag""".split())


@functools.cache
def _countries_by_letter() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in words("countries"):
        if " " not in c and len(c) >= 6:
            out.setdefault(c[0], []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def _feast_compound(low: str, ordinary: frozenset[str]) -> bool:
    """A feast (or another word of capitalised_words.txt) and an ordinary word of four letters or more, written as
    one: "kerstviering", "sinterklaasperiode", "ramadanmaand" (the feast five letters or more: not "Kerkstaat", a
    street misspelt)."""
    return any(low[:k] in _NOT_NAMES and low[k:] in ordinary for k in range(5, len(low) - 3))


_DOUBLED_RE = re.compile(r"(.)\1")


def _misspelt_country(low: str) -> bool:
    """One typing error from a country of six letters or more, with the same first letter ("nederlant", "bangaldesh"
    is two: a swap; not "schin", "westlnd"), or its double letters put elsewhere ("marroko": Marokko)."""
    return len(low) >= 6 and any(one_edit(low, c) or swapped(low, c)
                                 or _DOUBLED_RE.sub(r"\1", low) == _DOUBLED_RE.sub(r"\1", c)
                                 for c in _countries_by_letter().get(low[0], ()))


def _foreign_town(low: str) -> bool:
    """A proper noun in OpenTaal's list that is no first name, country or feast: a town abroad
    ("Antwerpen", "Gent", "Paramaribo", "Nickerie")."""
    d = dictionary()
    return (low in d.proper and len(low) >= 3 and low not in _name_lists().first_any and low not in _COUNTRIES
            and low not in _NOT_NAMES and low not in _NOT_TOWNS and low not in _FUNCTION_WORDS
            and low not in LANGUAGES and low not in words("platforms"))


_EN_STREET_PREPS = frozenset("on in at to from near off along".split())
_EN_PLACE_PREPS = _EN_STREET_PREPS | {"around", "by", "past"}
# a street's own endings (no town's: "Amsterdam", "Enschede"; no venue's: "Sportpark", "Speeltuin")
_EN_STREET_ENDS = ("straat", "laan", "weg", "plein", "plantsoen", "gracht", "kade", "singel", "dreef", "steeg")
# a street's ending that no square has: "aan de stationsweg in Zwolle" is a street ("het stationsplein" is not)
_ROAD_ENDS = ("weg", "straat", "laan", "kade", "singel", "dijk", "steeg")


def _towns_in_english(ctx: _Ctx, lists: "_NameLists") -> Iterator[Span]:
    """A Dutch town that is also a Dutch word, capitalised mid-sentence in an English text:
    "the Leiden location", "BIBLIOTHEEK LEIDEN" (no Dutch verb there; not an English word)."""
    if ctx.words.isdisjoint(_ENGLISH):
        return  # (not English: is_english needs English function words)
    found = [(s, e) for (s, e, tok), low in zip(ctx.tokens, ctx.lows)
             if tok[:1].isupper() and low in lists.places and low in dictionary().words
             and len(low) >= 4 and low not in _FUNCTION_WORDS and not _sentence_start(ctx.text, s)]
    # ... and a Dutch street after an English preposition: "our house on Stadhoudersplantsoen"
    streets = [(ctx.tokens[i + 1][0], ctx.tokens[i + 1][1]) for i in ctx.at(_EN_STREET_PREPS, -1)
               if ctx.tokens[i + 1][2][:1].isupper() and ctx.lows[i + 1].endswith(_EN_STREET_ENDS)
               and len(ctx.lows[i + 1]) >= 8 and ctx.lows[i + 1] not in lists.places
               and not (i + 2 < len(ctx.tokens) and ctx.tokens[i + 2][2][:1].isupper())]  # (not "at Sportpark X")
    # ... and a Dutch proper noun in lowercase after one: "we live near vondelpark"
    lower = [(ctx.tokens[i + 1][0], ctx.tokens[i + 1][1]) for i in ctx.at(_EN_PLACE_PREPS, -1)
             if ctx.tokens[i + 1][2].islower() and len(ctx.lows[i + 1]) >= 5 and ctx.lows[i + 1] in dictionary().proper
             and ctx.lows[i + 1] not in dictionary().words and ctx.lows[i + 1] not in lists.first_any
             and ctx.lows[i + 1] not in _COUNTRIES and ctx.lows[i + 1] not in LANGUAGES]
    # ... and a Dutch town that is a Dutch word, in lowercase after one: "we moved from delft to leiden"
    towns = [(ctx.tokens[i + 1][0], ctx.tokens[i + 1][1]) for i in ctx.at(_EN_PLACE_PREPS, -1)
             if ctx.tokens[i + 1][2].islower() and len(ctx.lows[i + 1]) >= 4 and ctx.lows[i + 1] in lists.places
             and ctx.lows[i + 1] in dictionary().words and ctx.lows[i + 1] not in _FUNCTION_WORDS]
    lower += [t for t in towns if t not in lower]
    if (found or streets or lower) and is_english(ctx.lower):
        for s, e in found:
            low = ctx.lower[s:e]
            if not ordinary_english(low) and not frequencies().at_least(low, 3.5, "en"):
                yield s, e, "plaats", LOW
        for s, e in streets:
            if not ordinary_english(ctx.lower[s:e]):
                yield s, e, "adres", LOW
        for s, e in lower:
            if not ordinary_english(ctx.lower[s:e]) and not frequencies().at_least(ctx.lower[s:e], 3.0, "en"):
                yield s, e, "plaats", LOW


@functools.cache
def _places_of_words() -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], bool], ...]]:
    """The listed places of two words or more, by their first two words, longest first: each as its words (the tokens
    ``_TOKEN_RE`` makes: "st. peters" -> ("st", "peters")) and whether every word is an ordinary word ("de wijk",
    "middle region": a place only after a locative)."""
    out: dict[tuple[str, str], list[tuple[tuple[str, ...], bool]]] = {}
    caribbean = {p.lower() for p in words("places_caribbean_suriname")}
    for place in _name_lists().places:
        parts = tuple(_TOKEN_RE.findall(place))
        if len(parts) < 2 or place in _COUNTRIES or place in words("countries_cldr_en"):
            continue  # (not "sint maarten", "saudi arabia": a country, however written)
        # ordinary unless a word of it is a name's (english.name_word) in no Dutch dictionary either ("simpson bay";
        # not "bij de boer", Boer a name in English), or it comes from the hand-made list of the Caribbean part of the
        # Kingdom and Suriname, which holds only its own places ("in oyster pond"), not opening with an article ("in
        # the bottom")
        ordinary = not any(name_word(w) and w not in dictionary().words for w in parts) and not (
            place in caribbean and parts[0] not in _FUNCTION_WORDS and parts[0] not in {"the", "de", "het"})
        out.setdefault(parts[:2], []).append((parts, ordinary))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


@functools.cache
def _first_words_of_places() -> frozenset[str]:
    return frozenset(first for first, _ in _places_of_words())


# the words a place's name can follow in Dutch and English: _after_locative's, and English "at", "by", "around", "of"
_PLACE_PREPS = _LOCATIVE_TRIGGERS | {"at", "by", "around", "of"}
# between the words of a place's name: a space, or an abbreviation's dot ("St. Peters")
_PLACE_GAP_RE = re.compile(r"\.?[ \t]+|-")


def _places_of_words_found(ctx: _Ctx) -> Iterator[Span]:
    """(fiftieth session) A listed place of several words wherever it stands: with its capitals ("she come by the house
    in Middle Region", "Ms. Joy from South Reward", "Sucker Garden by the church"), or after a locative in any case when
    one of its words is no ordinary word ("back to simpson bay", "OP DE ROUTE NAAR BERGEN OP ZOOM"). A place of
    ordinary words only ("De Wijk", "Little Bay", "The Bottom") needs its capitals and a locative before it."""
    index = _places_of_words()
    if ctx.words.isdisjoint(_first_words_of_places()):
        return
    toks, lows = ctx.tokens, ctx.lows
    title = None
    for i in range(len(lows) - 1):
        for parts, ordinary in index.get((lows[i], lows[i + 1]), ()):
            n = len(parts)
            if tuple(lows[i:i + n]) != parts or not all(
                    _PLACE_GAP_RE.fullmatch(ctx.text, toks[k][1], toks[k + 1][0]) for k in range(i, i + n - 1)):
                continue
            s, e = toks[i][0], toks[i + n - 1][1]
            after = lows[i + n] if i + n < len(lows) else ""
            if ordinary and after in {"of", "van", "line"}:
                break  # "at the bottom of", "The Bottom line"
            located = i > 0 and lows[i - 1] in _PLACE_PREPS
            capitals = all(toks[k][2][:1].isupper() for k in range(i, i + n)
                           if lows[k] not in _FUNCTION_WORDS or k == i) and not ctx.shouting
            if capitals:
                if title is None:
                    title = _title_case(ctx)
                if title and not located:
                    break
            if capitals and (located or not ordinary) or not ordinary and located \
                    or ctx.shouting and n >= 3 and not title:  # (fifty-first session) "14 RITTEN BERGEN OP ZOOM NAAR"
                yield s, e, "plaats", LOW
            break


def _world_city_at(ctx: _Ctx, j: int) -> int:
    """How many words from word ``j`` on name a city abroad ("Manchester", "sao paulo"), or 0.
    A capitalised name counts when it is no country; a lowercase one also when it is no
    ordinary Dutch or English word ("from nice", "uit orange" stay)."""
    one, more = world_cities()
    lows = ctx.lows
    low = lows[j]
    if low in more:
        for parts in sorted(more[low], key=len, reverse=True):
            if tuple(lows[j:j + len(parts)]) == parts and all(
                    ctx.text[ctx.tokens[k][1]:ctx.tokens[k + 1][0]] == " " for k in range(j, j + len(parts) - 1)):
                return len(parts)
    if low not in one or len(low) < 3 or low in _COUNTRIES or low in _NOT_TOWNS or low in _FUNCTION_WORDS \
            or low in LANGUAGES or low in _NOT_NAMES:
        return 0
    tok = ctx.tokens[j][2]
    if tok[0].isupper() and not tok.isupper():
        return 1
    if ctx.shouting and not _frequent(low, 4.0) and not frequencies().at_least(low, 4.5, "en"):
        return 1  # "WE CAME FROM SHANGHAI": in capitals a rare word is as good as a capital
    return 0 if low in dictionary().words or ordinary_english(low) or _frequent(low, 3.5) else 1


# a municipality or a prison by its town, in any case: "de gemeente ede", "PI Vught", "naar pi grave" (a listed town
# that is seldom a word: not "de gemeente best ...", "de gemeente echt niet")
_BODY_OF_TOWN_GATE = frozenset({"gemeente", "pi", "gem"})
_BODY_OF_TOWN_RE = re.compile(r"(?<![\w-])(?:gemeente|gem\.|pi|p\.i\.) (?P<w>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3})",
                              re.I)


def _towns_of_bodies(ctx: _Ctx) -> Iterator[Span]:
    for m in _BODY_OF_TOWN_RE.finditer(ctx.text):
        town = longest_place(m.group("w").split())
        if town and town.split()[0].lower() not in _FUNCTION_WORDS and not _frequent(town.lower(), 4.6) \
                and (town[0].isupper() or town.lower() not in dictionary().words or not _frequent(town.lower(), 4.3)):
            # (not "de gemeente sloot niet aan": a word written more often than the town)
            yield m.start("w"), m.start("w") + len(town), "plaats", LOW


@functools.cache
def _ter_towns() -> tuple[str, ...]:
    """The listed towns of two words that begin with "ter" or "ten" ("ter apel", "ten boer")."""
    return tuple(p for p in _name_lists().places if p.startswith(("ter ", "ten ")) and p.count(" ") == 1)


# cities abroad that are mostly something else in these comments: a club ("Ajax"), a feast ("Natal", Christmas), a
# care organisation ("Philadelphia"), a hero ("Batman"), a dish ("Singapore noodles")
_NOT_CITIES_MID = frozenset("ajax natal batman philadelphia singapore".split())
_CLUB_BEFORE_RE = re.compile(r"(?:fan|fans|supporter|supporters|wedstrijd|wedstrijden|voetbal|voetbalt|speelt|spelen|"
                             r"shirt|shirtje|club|tegen)\s+(?:van\s+|bij\s+)?\Z")
_CLUB_AFTER_RE = re.compile(r"\s+(?:wedstrijd|wedstrijden|shirt|shirtje|fan|fans|supporter|noodles|stijl)\b")


def _cities_mid_sentence(ctx: _Ctx) -> Iterator[Span]:
    """A city abroad with its capital inside a sentence, after any word ("ze kent ons al sinds Kinshasa", "een
    spreekbeurt over Aleppo"): a place though no locative comes before it. Not a city that is a first name or surname
    ("sinds Jackson", "Victoria"), a Dutch word or a very frequent English one ("Nice weather"), a club ("fan van
    Barcelona"), nor one in a text of capitals or title case."""
    cities, _ = world_cities()
    if ctx.words.isdisjoint(cities) and ctx.words.isdisjoint(_exonyms()):
        return
    if ctx.shouting:
        yield from _rare_cities_shouted(ctx, cities)
        return
    if _title_case(ctx):
        return
    lists = _name_lists()
    toks = ctx.tokens
    for i, (s, e, tok) in enumerate(toks):
        low = ctx.lows[i]
        if low not in cities and low not in _exonyms() or not tok[:1].isupper() or tok.isupper() or i == 0 \
                or _at_sentence_start(ctx.text, s) or low in lists.first_any or low in lists.surnames_all:
            continue
        if low in _NOT_CITIES_MID or low in dictionary().words or frequencies().at_least(low, 5.0, "en") \
                or _frequent(low, 4.5) \
                or _CLUB_BEFORE_RE.search(ctx.lower, max(0, s - 24), s) \
                or _CLUB_AFTER_RE.match(ctx.lower, e):
            continue  # "fan van Barcelona", "een Liverpool wedstrijd": a club; "Met Natal": Christmas in Portuguese
        if n := _world_city_at(ctx, i) or int(low in _exonyms()):
            yield s, toks[i + n - 1][1], "plaats", LOW  # (also a Dutch name of a city abroad: "praten over Teheran")


_CITY_AFTER_RE = re.compile(r" (?:City|CITY)(?![\w-])")


@functools.cache
def _exonyms() -> frozenset[str]:
    """The Dutch names of towns abroad (``data/places_dutch_exonyms.txt``) of one word, lowercased."""
    return frozenset(w.lower() for w in entries("places_dutch_exonyms") if " " not in w)


def _rare_cities_shouted(ctx: _Ctx, cities: frozenset[str]) -> Iterator[Span]:
    """(forty-ninth session) In a text of capitals, a city abroad of one word of six letters or more that is no word of
    Dutch or English and no name ("WHY THE FORM SAY PARAMARIBO??", "HIJ WOONT NU IN KRAGUJEVAC"): a place wherever it
    stands."""
    lists = _name_lists()
    d = dictionary()
    for i, (s, e, tok) in enumerate(ctx.tokens):
        low = ctx.lows[i]
        if low in cities and len(low) >= 6 and tok.isalpha() and low not in d.words and low not in lists.first_any \
                and low not in lists.surnames_all and low not in _NOT_CITIES_MID and not ordinary_english(low):
            yield s, e, "plaats", LOW


_GREETING_BEFORE_RE = re.compile(r"\b(?:groetjes|groeten|groet|liefs|doei)\b[^.!?\n]{0,40}\Z")


def _after_locative(ctx: _Ctx) -> Iterator[Span]:
    """Towns right after "in", "uit", "naar": capitalised even when they are words ("in
    Haren", "in Leek"), foreign towns ("uit Aleppo"), lowercase towns that are rare as a
    word ("in hoorn", "van kampen naar"), and misspelled towns ("in leewarden")."""
    toks = ctx.tokens
    lows = ctx.lows
    lists = _name_lists()
    d = dictionary()
    for i in ctx.at(_LOCATIVE_TRIGGERS, -1):  # (not the last word)
        low = lows[i]
        if low == "op" and lows[i + 1] in _ISLANDS:
            yield toks[i + 1][0], toks[i + 1][1], "plaats", HIGH  # "ik woon op Bonaire", "op texel"
            continue
        if low == "to":
            s, e, nxt = toks[i + 1]
            if nxt[:1].isupper() and not nxt.isupper() and nxt.isalpha() and not ctx.shouting \
                    and nxt.lower() not in lists.first_any and not ordinary_english(nxt) \
                    and (n := _world_city_at(ctx, i + 1)):
                # "a wish to return to Paramaribo" (not "talk to Victoria", "welcome to Nice weather")
                yield s, toks[i + n][1], "plaats", LOW
            elif ctx.shouting and i and (lows[i - 1] in _GOING_BEFORE_TO or i >= 2 and lows[i - 2] == "from") \
                    and nxt.isalpha() \
                    and nxt.lower() not in lists.first_any and not ordinary_english(nxt) \
                    and nxt.lower() not in dictionary().words and (n := _world_city_at(ctx, i + 1)):
                # "WANTS TO GO BACK TO CALGARY": a city after a verb of going; "FROM AUCKLAND TO CHRISTCHURCH"
                yield s, toks[i + n][1], "plaats", LOW
            elif i and lows[i - 1] in _GOING_BEFORE_TO and nxt.islower() and nxt.isalpha() and len(nxt) >= 3 \
                    and nxt in lists.places and nxt not in lists.first_any and nxt not in _COUNTRIES \
                    and not frequencies().at_least(nxt, 3.5, "en"):
                yield s, e, "plaats", LOW  # (fifty-eighth session) "we moved to delft for my job": a Dutch town
            continue
        if low == "near":
            s, e, nxt = toks[i + 1]
            if nxt[:1].isupper() and nxt.isalpha() and nxt.lower() not in lists.first_any:
                n = _world_city_at(ctx, i + 1)
                if nxt.lower() in lists.places or not ordinary_english(nxt) and n:
                    yield s, toks[i + (n or 1)][1], "plaats", LOW  # "stuck on the A4 near Leiden"
            continue
        if low == "te":
            s, e, nxt = toks[i + 1]
            if nxt[:1].isupper() and not nxt.isupper() and nxt.lower() in lists.places and not ctx.shouting \
                    and not _title_case(ctx):
                yield s, e, "plaats", HIGH  # "geboren te Leiden": a town that is a verb too, with its capital
            elif nxt[:1].isupper() and not nxt.isupper() and nxt.isalpha() and not ctx.shouting \
                    and (n := _world_city_at(ctx, i + 1)):
                yield s, toks[i + n][1], "plaats", LOW  # "het kindertehuis te Mumbai", "geboren te Addis Abeba"
            continue
        if low not in _TOWN_LOCATIVE and not (low == "van" and i + 2 < len(toks) and lows[i + 2] == "naar"):
            continue
        s, e, nxt = toks[i + 1]
        nl = nxt.lower()
        if nl in _MONTH_NAMES:
            continue  # "in Mei begin ik": a month, however written
        if low == "na":  # (only a listed town, rare as a word, or a city abroad: not "na Aswoensdag", "na schoool")
            if nxt.isalpha() and ctx.text[s - 1:s] != "[" and nl not in _COUNTRIES:
                if nl in lists.places and not _frequent(nl, 4.0):
                    yield s, e, "plaats", LOW  # "ta mora na Lisboa", "na Fogo"
                elif n := _world_city_at(ctx, i + 1):
                    yield s, toks[i + n][1], "plaats", LOW
                elif i and lows[i - 1] in _PT_LIVING and nxt[0].isupper() and nl not in d.words \
                        and not _frequent(nl) and nl not in _NOT_NAMES:
                    yield s, e, "plaats", LOW  # "ta mora na Lisboa", "nasi na Fogo": after a verb of living
            continue
        if low == "bij":
            if nl in lists.places and not _frequent(nl, 4.0) and nxt.isalpha() and ctx.text[s - 1:s] != "[":
                yield s, e, "plaats", LOW  # "het bos bij soest": only a listed town that is rare as a word
            continue
        if nl.startswith("s-") and len(nl) >= 6 and nxt[2:3].isupper() \
                and (nl in lists.places or f"'{nl}" in lists.places or _misspelled_town(f"'{nl}", capitalised=True)):
            # (forty-ninth session) "in s-Hertogenbosch", "in 's-Hertogebosch": the apostrophe (the tokens leave it
            # out) or a letter left out; "s-Hertogenbosch" is no word of letters only, which the rule below needs
            yield s - (ctx.text[s - 1:s] in ("'", "’")), e, "plaats", LOW
            continue
        if nl in _COUNTRIES and nxt[0].isupper() and low in _IN_UIT_NAAR and (n := _world_city_at(ctx, i + 1)) > 1:
            yield s, toks[i + n][1], "plaats", LOW  # (fifty-first session) "in Mexico City", "uit Guatemala-Stad"
            continue
        if "-" in nxt and low in _IN_UIT_NAAR and nl not in _COUNTRIES and ctx.text[s - 1:s] != "[" \
                and nxt.replace("-", "").isalpha() and (n := _world_city_at(ctx, i + 1)):
            yield s, toks[i + n][1], "plaats", LOW  # (fifty-ninth session) "in cap-haïtien", "IN PORT-AU-PRINCE"
            continue
        if not nxt.isalpha() or nl in _COUNTRIES or ctx.text[s - 1:s] == "[" \
                or any(c in ".!?;\n" for c in ctx.text[toks[i][1]:s]):
            continue  # (not "licht uit. Drie avonden": a sentence ends between them)
        # a verb of living before, and the place ends the phrase: "wij wonen in echt en ...", not
        # "ik woon in een huis", "we wonen in best een mooi huis"
        after_place = lows[i + 2] if i + 2 < len(toks) else ""
        ends_phrase = (after_place in _PHRASE_END or i + 2 >= len(toks)
                       or bool(re.match(r"\s*[,.;:!?)]", ctx.text[e:e + 3])))
        living = ends_phrase and (_LIVING_RE.search(ctx.lower, max(0, toks[i][0] - 40), toks[i][0]) is not None
                                  or after_place in _LIVING_AFTER)
        if nl in {"ter", "ten"} and nxt[:1].isupper() and i + 2 < len(toks) and toks[i + 2][2][:1].isupper() \
                and ctx.text[e:toks[i + 2][0]] == " " and low in _IN_UIT_NAAR:
            two_words = f"{nl} {lows[i + 2]}"
            if two_words in lists.places or any(one_edit(two_words, p) for p in _ter_towns()):
                yield s, toks[i + 2][1], "plaats", LOW  # "papa zit in Ter Appel": "Ter Apel" misspelt
            continue
        if nl in _FUNCTION_WORDS:
            if nxt[0].isupper() and low in _IN_UIT_NAAR and (n := _world_city_at(ctx, i + 1)) > 1:
                yield s, toks[i + n][1], "plaats", LOW  # (fiftieth session) "uit El Alto", "from La Paz"
                continue
            if nl in lists.places and low in {"in", "naar", "uit"} and nxt[0].isupper() and not nxt.isupper() \
                    and not ctx.shouting and not _title_case(ctx):
                yield s, e, "plaats", LOW  # "op school in Echt, haar juf", "naar Heel komen": a capital mid-sentence
                continue
            if nl in lists.places and living and low in {"in", "naar", "uit"}:
                yield s, e, "plaats", LOW  # "dat we misschien naar echt verhuizen", "wij wonen in echt"
            continue
        if nxt[0].isupper() and not nxt.isupper():
            # a second capitalised word goes with it: "uit Nieuw Nickerie", "in San Nicolas"
            second = toks[i + 2] if i + 2 < len(toks) else None
            two = (second is not None and second[2][:1].isupper() and not second[2].isupper() and second[2].isalpha()
                   and (nl in d.proper or nl in _TOWN_PREFIXES)
                   and ctx.text[e:second[0]] == " " and second[2].lower() not in _FUNCTION_WORDS
                   and second[2].lower() not in _NOT_NAMES)
            if nl in lists.places or (nl not in d.words and len(nl) >= 3 and not _frequent(nl)
                                      and nl not in _NOT_NAMES and not _misspelt_country(nl)):  # (not "in Nederlant")
                n = _window(ctx, i + 1, lists.places, 4)  # a town of several words in any case: "Bergen op zoom"
                if n <= 1 and (w := _world_city_at(ctx, i + 1)) > 1 and " ".join(lows[i + 1:i + 1 + w]) not in _COUNTRIES:
                    n = w  # (fifty-first session) "in Quezon City", "uit Ho Chi Minh" (not "uit Hong kong": a country too)
                end = toks[i + n][1] if n > 1 else e
                if n <= 1 and second is not None and second[2][:1].isupper() and second[2][1:].islower() \
                        and second[2].isalpha() and len(second[2]) >= 3 and ctx.text[e:second[0]] == " " \
                        and second[2].lower() not in d.words and second[2].lower() not in _FUNCTION_WORDS \
                        and second[2].lower() not in _NOT_NAMES:
                    end = second[1]  # "in Addis Abeba", "uit Deir Hafer": a second word in no dictionary
                if _CITY_AFTER_RE.match(ctx.text, end):
                    end = _CITY_AFTER_RE.match(ctx.text, end).end()  # "in Davao City", "IN ILOILO CITY"
                yield s, end, "plaats", HIGH if nl in lists.places else LOW
            elif ctx.text[toks[i][1]:s].strip() == "" and (_foreign_town(nl) or two and _foreign_town(second[2].lower())):
                yield s, second[1] if two else e, "plaats", LOW  # "in Antwerpen", "in Gent", "uit Nieuw Nickerie"
            elif n := _world_city_at(ctx, i + 1):
                yield s, toks[i + n][1], "plaats", LOW  # "from Manchester", "uit Sao Paulo"
            elif len(nl) >= 6 and _misspelled_town(nl, capitalised=True):
                yield s, e, "plaats", LOW  # "wij wone op het kamp in Kerkraad"
            elif 4 <= len(nl) < 6 and low in _IN_UIT_NAAR and not _frequent(nl, 3.0) and not _title_case(ctx) \
                    and not frequencies().at_least(nl, 3.5, "en") and _town_with_a_letter_doubled(nl):
                yield s, e, "plaats", LOW  # (fifty-first session) "het gezinshuis in Omen": Ommen, a letter not doubled
        elif nxt.islower():
            if low in _IN_UIT_NAAR and (n := _world_city_at(ctx, i + 1)):
                yield s, toks[i + n][1], "plaats", LOW  # "we moved from sao paulo", "uit aleppo"
            elif nl in lists.places and (not _frequent(nl, 4.6) or living or low == "uit" and ends_phrase
                                          and _GREETING_BEFORE_RE.search(ctx.lower, max(0, s - 50), s)):
                yield s, e, "plaats", LOW  # also "we wonen in best", "naar echt verhuizen", "groetjes van X uit best."
            elif nl in lists.places and (ends_phrase or after_place in {"is", "was"}) and low in {"in", "naar"} \
                    and nl.endswith("en") and not _frequent(nl, 5.5):
                # "op het da vinci in leiden en ...", "de reis naar zetten is 3 uur": a town that is also a verb
                yield s, e, "plaats", LOW
            elif low in _IN_UIT_NAAR and ends_phrase and len(nl) >= 4 and _foreign_town(nl) \
                    and (living or not _frequent(nl, 3.6)) and nl not in words("chat_words") \
                    and nl not in words("person_words"):  # (not "in ots sinds", "naar papa gaan")
                yield s, e, "plaats", LOW  # "mijn oom in aken, hij ...": a town abroad that is a rare word
            elif _misspelled_town(nl):
                yield s, e, "plaats", LOW
            elif (low == "van" or living or low in {"in", "uit"}) and nl in _word_neighbourhoods():
                yield s, e, "plaats", LOW  # "verhuisd van ondiep naar ...": a neighbourhood that is a word
            elif living and low in {"in", "naar", "uit"} and len(nl) >= 7 and nl.endswith(_LIVING_PLACE_ENDS) \
                    and nl not in d.words and not _frequent(nl, 3.0):
                yield s, e, "plaats", LOW  # "mijn broer woont in koningshoek en", "wij wonen in lammerenburg"


# the months in Dutch and English: no place after "in" ("in Mei begin ik"; dates.py, which holds them as a pattern,
# reads numbers.py, which reads this module)
_MONTH_NAMES = frozenset("januari februari maart april mei juni juli augustus september oktober november december "
                         "january february march may june july august october".split())
_PROGRAMME_HEADS = frozenset("""
plan cursus training gesprek overleg traject formulier regeling methode aanpak project programma
conferentie avond middag dag week weekend kamp groep team spreekuur uur les lessen therapie
dagen studie fonds
""".split())  # (also "na de Paasdagen", "na de bijbelstudie", "het Genadefonds van de diaconie")


def _head(word: str, ordinary: frozenset[str]) -> str:
    """The last part of a compound: "familiegroepsplan" -> "plan"."""
    for i in range(len(word) - 4, 2, -1):
        if word[i:] in ordinary:
            return word[i:]
    return word


def _frequent(word: str, zipf: float = 4.0) -> bool:
    """Written often in Dutch (a town that is mostly a word: "best", "zijn")."""
    return frequencies().at_least(word, zipf)


def _person_word(low: str) -> bool:
    """A first name ("naar sanne") is left to the name rules."""
    names = _name_lists()
    return low in names.first_lower


def _bare_lower_towns(ctx: _Ctx) -> Iterator[Span]:
    """A town in lowercase anywhere, when it is no word at all ("tollebeek is te klein",
    "team schiedam", "kantoor lelystad"); a town that is also a word needs a locative."""
    lists = _name_lists()
    candidates = ctx.words & lists.places
    if not candidates:
        return
    d = dictionary()
    for start, end, tok in ctx.tokens:
        low = tok.lower()
        if low in candidates and tok.islower() and len(low) >= 5 and low not in d.words \
                and low not in _FUNCTION_WORDS and low not in _NOT_NAMES and low not in _COUNTRIES \
                and not frequencies().at_least(low, 4.0, "en") \
                and ctx.text[start - 1:start] not in {"@", ".", "/", "["}:  # also "rotterdam", "utrecht"
            yield start, end, "plaats", LOW


# "Ondiep is gewoon een goede wijk", "kanaleneiland was een fijne buurt": a name called a place
_PLACE_NOUN_GATE = frozenset("wijk buurt woonwijk dorp stad stadsdeel plaats dorpje gemeente stadje volkswijk "
                             "achterstandswijk probleemwijk vinexwijk nieuwbouwwijk eiland".split())
_CALLED_A_PLACE_RE = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*(?P<name>[^\W\d_][\w'’-]{2,}(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?)[ \t]+(?:is|was)"
    # (also "lombok is onze wijk", "X is mijn dorp")
    r"(?:[ \t]+(?:gewoon|echt|best|wel|nog|altijd|ook|toch|nou|gwn))*[ \t]+(?:een|onze|ons|mijn|m'n|mn)[ \t]+"
    r"(?:[^\W\d_]+[ \t]+){0,2}?"
    r"(?:" + "|".join(sorted(_PLACE_NOUN_GATE, key=lambda w: (-len(w), w))) + r")\b", re.I)


_A_OR_OUR = frozenset({"een", "onze", "ons", "mijn", "m'n", "mn"})
_FROM_TO = frozenset({"vanaf", "tot"})  # "helemaal vanaf den helder", "met de trein tot schin op geul"
_AT_OR_IN = _AT_PREPS | _IN_UIT_NAAR
_WORD_AFTER_TRIGGERS = _ARTICLES | _IN_UIT_NAAR | _AT_PREPS | _FROM_TO | _STREET_PREPS | {"bij", "op", "naar"}
# a street's word, then "waar we wonen": "het zuiderzeepad waar we nu wonen"
_WHERE_WE_LIVE_RE = re.compile(r"\s+waar\s+(?:we|wij|ik|hij|ze|zij|jullie|mijn\s+\w+)\s+(?:nu\s+|nog\s+|sinds\s+kort\s+)?"
                               r"(?:wonen|woon|woont|woonden|woonde|gaan\s+wonen)\b", re.I)
_IN_TOWN_RE = re.compile(r"\s+(?:in|te)\s+([^\W\d_][\w'’-]+)")


# the words after a postcode, where the town is written: "2545 GR den haag", "1234AB  Alphen aan den Rijn"
_AFTER_POSTCODE_RE = re.compile(r"(?<![\w-])[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})[ \t,]+(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})")


# a town and its quarter or a compass point joined by a hyphen, in any case: "in eindhoven-woensel",
# "UIT PARAMARIBO-NOORD", "Venlo-Trade Port" (not "Amsterdam-achtig", not a word of the dictionary)
_TOWN_HYPHEN_RE = re.compile(r"(?<![\w@./-])(?P<town>[^\W\d_]{3,})-(?P<rest>[^\W\d_]{3,})(?:\s+(?P<more>(?-i:[A-Z])[a-z]+))?"
                             r"(?![\w@/-])")
_COMPASS = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest centrum midden binnenstad".split())
_NOT_A_QUARTER = frozenset("achtig achtige stijl style gebied regio kant kant achtig sfeer".split())


def _town_and_quarter(ctx: _Ctx) -> Iterator[Span]:
    towns = _name_lists().places
    for m in _TOWN_HYPHEN_RE.finditer(ctx.text):
        town, rest = m.group("town").lower(), m.group("rest").lower()
        if (town not in towns and not (_foreign_town(town) and rest in _COMPASS)) or len(town) < 4 \
                or rest in _NOT_A_QUARTER or town in _COMPASS or town in _TOWN_PREFIXES or town in LANGUAGES \
                or town in _COUNTRIES or f"{town}-{rest}" in dictionary().words or town in _FUNCTION_WORDS:
            continue
        if rest not in _COMPASS and (rest in dictionary().words or frequencies().at_least(rest, 3.0, "en")) \
                and not m.group("rest")[:1].isupper() and f"{town} {rest}" not in towns:
            continue  # "best-practice", "ede-achtig": a word after the town, no quarter (but "almere-haven")
        more = m.group("more")
        end = m.end("more") if more and m.group("rest")[:1].isupper() and more.lower() not in _FUNCTION_WORDS \
            and more.lower() not in dictionary().words else m.end("rest")  # "Venlo-Trade Port"
        yield m.start(), end, "plaats", LOW


# a town typed to slip past a filter: digits for letters ("VENL0", "h00fddorp", "'S-HERTOGENB0SCH") or a dash inside
# the word ("Ut-recht", "Hou-ten")
_LEET = str.maketrans("0134578", "oieastb")
_DISGUISED_TOKEN_RE = re.compile(r"(?<![\w'’-])['’]?[^\W_][\w'’]*(?:-[\w'’]+)*(?![\w-])")
# (only a token with a digit beside a letter or a dash between letters can be one: the gate)
_DISGUISED_GATE_RE = re.compile(r"[^\W\d_][0-9]|[0-9][^\W\d_]|[^\W\d_]-[^\W\d_]")


def _disguised_towns(ctx: _Ctx) -> Iterator[Span]:
    places = _name_lists().places
    for m in _DISGUISED_TOKEN_RE.finditer(ctx.text):
        token = m.group()
        if _DISGUISED_GATE_RE.search(token) is None:
            continue
        digits = any(c.isdigit() for c in token)
        low = token.lower()
        if low in places or (not digits and low in dictionary().words):
            continue  # (a town as written: the other rules; "ex-partner")
        plain = low.translate(_LEET) if digits else low
        if digits and sum(c.isdigit() for c in token) > sum(c.isalpha() for c in token):
            continue  # (a code, not a word: "12-ab", "3e")
        for cand in (plain, plain.replace("-", "")):
            # (a town that is a word too only when the token is capitalised: "Hou-ten", not "de hou-ten stoel")
            if cand in places and len(cand) >= 4 and cand != low and (
                    digits or cand not in dictionary().words or token[0].isupper() or token[:2] in ("'S", "’S")):
                yield m.start(), m.end(), "plaats", HIGH
                break


# a team named after its part of town: "Anouk van team Noordoost", "bij team zuid-west" (the part of a town the family
# lives in; after a preposition: a bare "Team Noord" is the name of a team the portal shows anyway)
_TEAM_WORDS = frozenset("team teams wijkteam buurtteam jeugdteam gebiedsteam wijkteams".split())
_TEAM_PART_RE = re.compile(r"(?<![\w-])(?:van|bij|naar|uit|vanuit|in|met)\s+(?:het\s+|ons\s+)?"
                           r"(?:wijk|buurt|jeugd|gebieds)?teams?\s+(?:van\s+)?"
                           r"(?P<part>(?:noord|zuid)(?:[\s-]?(?:oost|west))?|oost|west|centrum)(?![\w-])", re.I)


# a public body across the border and its town: "Jugendamt Bocholt", "Sozialamt Goch", "het OCMW Gent", "CLB Eeklo"
# (the town on a list of towns in the Netherlands or abroad)
_BODY_ABROAD_GATE = frozenset("jugendamt jugendamtes sozialamt jobcenter amtsgericht familiengericht landkreis kreis stadt "
                               "gemeinde ocmw cpas caw clb vdab politiezone".split())
_BODY_ABROAD_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_BODY_ABROAD_GATE, key=len, reverse=True))
                             + r")\s+(?:der\s+stadt\s+|van\s+)?"
                             r"(?P<town>[^\W\d_][\w'’]+(?:-[^\W\d_][\w'’]+){0,2})", re.I)


def _bodies_abroad(ctx: _Ctx) -> Iterator[Span]:
    one, more = world_cities()
    places = _name_lists().places
    for m in _BODY_ABROAD_RE.finditer(ctx.text):
        low = m.group("town").lower()
        if low in _FUNCTION_WORDS or low in _NOT_NAMES:
            continue
        if low in one or low in places or plain(low) in one or low.replace("-", " ") in places \
                or tuple(low.split("-")) in more.get(low.split("-")[0], ()):
            yield m.start("town"), m.end("town"), "plaats", LOW


# the prepositions of place of Sranantongo, Papiamentu, Polish, Romanian and Bulgarian (in Latin letters): "komoto fu
# Paramaribo", "mi ta biba na kralendijk", "w Tilburgu" (read by inflected.py too), "din Vaslui", "ot pazardzhik"
# (forty-second session: Indonesian and Malay "di", "ke", "dari", Swahili "kutoka", the Nordic "i", "fra", "från", "frá",
# "í": "pindah ke den haag", "kutoka kisumu", "vi flyttet til Leiden")
_TOWN_ARTICLES = frozenset({"den", "de", "het", "'s", "s", "ter", "ten"})
# (forty-fourth session: Catalan "a", French "à", Portuguese "em", Zulu "kwa": "visc a Eindhoven", "habite à basse-terre";
# and "en" of Spanish, Catalan and Galician after a word no Dutch dictionary holds: "va al colegio en Leiden", "NACEU
# EN LUGO", not Dutch "Sanne en Leiden" where "en" is "and")
_ROMANCE_LOCATIVE = frozenset("a à em en".split())
_FOREIGN_LOCATIVE = frozenset("fu komoto for na w z ze din în ot iz di ke dari kutoka i fra från frá í til till "
                              "a à em kwa en".split())


def _after_foreign_locative(ctx: _Ctx) -> Iterator[Span]:
    """A listed town (Dutch, Surinamese, Caribbean) or a city abroad right after such a preposition: capitalised, or
    in lowercase when it is no Dutch word and rare in Dutch ("na best" stays)."""
    towns = _name_lists().places
    for i in ctx.at(_FOREIGN_LOCATIVE, -1):
        s, e, nxt = ctx.tokens[i + 1]
        nl = ctx.lows[i + 1]
        if ctx.lows[i] == "en" and (not i or ctx.lows[i - 1] in dictionary().words or ctx.lows[i - 1] in _FUNCTION_WORDS
                                    or not ctx.tokens[i - 1][2].isalpha() or ctx.tokens[i - 1][2][0].isupper()
                                    and not ctx.shouting):
            continue  # (Dutch "en", and: only after a word of another language)
        if not nxt.isalpha() or nl in _COUNTRIES or nl in _FUNCTION_WORDS and nl not in _TOWN_ARTICLES \
                or nl in _NOT_NAMES or ctx.text[s - 1:s] == "[" or ctx.text[ctx.tokens[i][1]:s] != " ":
            continue
        n = _window(ctx, i + 1, towns, 4)  # (a town of several words: "san nicolas", "nieuw nickerie")
        if ctx.lows[i] in _ROMANCE_LOCATIVE and not nxt[0].isupper():
            continue  # (after "a", "en": a town with its capital only, not Papiamentu's "nos a muda", we moved)
        if not n and nl not in _TOWN_ARTICLES:
            n = _world_city_at(ctx, i + 1)
        if not n and nxt[0].isupper() and not nxt.isupper() and _misspelled_town(nl, True):
            n = 1  # "visc a Eindoven"
        if not n:
            continue
        if nxt[0].isupper() and not nxt.isupper() or nl not in dictionary().words and not _frequent(nl, 3.0) \
                or n > 1 and nl in _TOWN_ARTICLES and ctx.lows[i] not in _FUNCTION_WORDS \
                and ctx.lows[i] not in dictionary().words:  # (a town of several words: "ke den haag"; not Dutch "na de dood")
            yield s, ctx.tokens[i + n][1], "plaats", LOW


# a town glued to the locative prefix of Zulu, Xhosa and Shona: "e-almere", "e-Leiden", "kuHarare", "eRotterdam"; and
# Basque's inessive "-(a)n" on a Dutch town in a Basque sentence: "Goudan", "Almeren" (forty-fourth session)
_BANTU_LOCATIVE_RE = re.compile(r"(?<![\w-])(?:e-|ku-?|kwa-?|eku-?|e(?=[A-Z]))(?P<town>[^\W\d_][\w]{2,})(?![\w-])")
_BASQUE_GATE_RE = re.compile(r"\b(?:da|dago|gara|naiz|bizi|joaten|ikastetxean|gaude|eskerrik|oso|eta|gure|nire)\b", re.I)
_BASQUE_INESSIVE_RE = re.compile(r"(?<![\w-])[^\W\d_][\w]{3,}n(?![\w-])")


def _glued_locatives(ctx: _Ctx) -> Iterator[Span]:
    towns = _name_lists().places
    one, _ = world_cities()
    if "-" in ctx.text or "ku" in ctx.lower or re.search(r"\be[A-Z]", ctx.text):
        for m in _BANTU_LOCATIVE_RE.finditer(ctx.text):
            low = m.group("town").lower()
            if low in _COUNTRIES or low in _FUNCTION_WORDS or low in _NOT_NAMES:
                continue
            if low in towns or low in one and low not in dictionary().words or _misspelled_town(low, True):
                yield m.start("town"), m.end("town"), "plaats", LOW
    if len(_BASQUE_GATE_RE.findall(ctx.text)) >= 2:
        for m in _BASQUE_INESSIVE_RE.finditer(ctx.text):
            word = m.group()
            if not word[0].isupper() or word.lower() in dictionary().words or word.lower() in towns:
                continue
            stems = (word[:-1].lower(), word[:-2].lower()) if word.lower().endswith("an") else (word[:-1].lower(),)
            if any(len(low) >= 4 and low in towns and low not in _name_lists().first_any for low in stems):
                yield m.start(), m.end(), "plaats", LOW


# a form's place field: "Woonplaats: Amerfoort |", "- woonplaats: den helder -", "Geboorteplaats: Paramaribo" (the
# value up to the field's end, one to four words, also misspelt or lowercase; not "onbekend", "n.v.t.")
_PLACE_FIELD_GATE = frozenset({"woonplaats", "geboorteplaats", "verblijfplaats", "plaats"})
_PLACE_FIELD_RE = re.compile(r"(?<![\w-])(?:woonplaats|geboorteplaats|verblijfplaats|plaats)\s*:\s*"
                             r"(?P<v>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)(?=\s*(?:[|,;/)(\n]|\s-\s|\s–\s|$|\.(?:\s|$)))",
                             re.I)
_NO_PLACE_VALUES = frozenset({"onbekend", "nvt", "n.v.t", "n.v.t.", "geen", "idem", "zie", "nee", "ja", "-", "x"})


def _place_fields(ctx: _Ctx) -> Iterator[Span]:
    for m in _PLACE_FIELD_RE.finditer(ctx.text):
        first = m.group("v").split()[0].lower().rstrip(".")
        if first not in _NO_PLACE_VALUES and first not in _FUNCTION_WORDS - {"den", "de"}:
            yield m.start("v"), m.end("v"), "plaats", HIGH


# (sixtieth session) a note's word for where someone lives, then "in" or "te": the capitalised words after it are a
# place, even words ("woonachtig in Staart", "wonende te Sint Jansteen"; not "woonachtig in Nederland")
_RESIDENT_GATE = frozenset({"woonachtig", "woonachtige", "wonende", "verblijvende"})
_RESIDENT_RE = re.compile(r"(?<![\w-])(?i:woonachtig|woonachtige|wonende|verblijvende)[ \t]+(?i:in|te)[ \t]+"
                          r"(?P<v>[A-Z][\w'’-]*(?:[ \t]+(?:(?:aan|op|den|de|bij|an)[ \t]+)?[A-Z][\w'’-]*)*)")


def _residences(ctx: _Ctx) -> Iterator[Span]:
    for m in _RESIDENT_RE.finditer(ctx.text):
        first = m.group("v").split()[0].lower()
        if first not in _COUNTRIES and first not in _FUNCTION_WORDS and first not in _NO_PLACE_VALUES:
            yield m.start("v"), m.end("v"), "plaats", HIGH


@functools.cache
def _nicknames() -> frozenset[str]:
    """The towns' nicknames of ``data/place_nicknames.txt`` that are no word and no first name ("kruikenstad",
    "oeteldonk", "mokum"; not "krimpen", "ambacht", "saba")."""
    return frozenset(n for n in words("place_nicknames") if " " not in n and "'" not in n and len(n) >= 5
                     and n not in dictionary().words and n not in _name_lists().first_any
                     and not frequencies().at_least(n, 3.0))


def _find_places(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if not ctx.words.isdisjoint(_nicknames()):  # (fifty-fifth session) "Kruikenstad blijft mijn stad", "IN DE KRUIKENSTAD"
        for (start, end, _tok), low in zip(ctx.tokens, ctx.lows):
            if low in _nicknames():
                yield start, end, "plaats", HIGH
    if ctx.words & _PLACE_FIELD_GATE and ":" in text:
        yield from _place_fields(ctx)
    if ctx.words & _RESIDENT_GATE:
        yield from _residences(ctx)
    if ctx.words & _BODY_ABROAD_GATE:
        yield from _bodies_abroad(ctx)
    if (ctx.n_digits or "-" in text) and _DISGUISED_GATE_RE.search(text):
        yield from _disguised_towns(ctx)
    if ctx.words & _PLACE_NOUN_GATE and not ctx.words.isdisjoint(_A_OR_OUR):
        for m in _CALLED_A_PLACE_RE.finditer(text):
            first = m.group("name").split()[0].lower()
            if first not in _FUNCTION_WORDS and first not in _NOT_NAMES and not _person_word(first) \
                    and first not in _ARTICLES:
                yield m.start("name"), m.end("name"), "plaats", LOW
    yield from _compound_quarters(ctx)
    yield from _care_locations(ctx)
    yield from _groups_by_their_staff(ctx)
    yield from _apposed_groups(ctx)
    yield from _named_quarters(ctx)
    yield from _team_quarters(ctx)
    if "-" in text:
        yield from _town_and_quarter(ctx)
    gate = _neighbourhood_words()
    if ctx.words & gate or any("-" in w and w.rpartition("-")[0] in gate for w in ctx.words):
        yield from _neighbourhoods(ctx)
        lowered = _neighbourhood_lower_re()
        if lowered is not None:
            # "in spangen", "naar lombok": names that are also words, after a locative
            for m in lowered.finditer(text):
                yield m.start("name"), m.end("name"), "plaats", LOW
    lists = _name_lists()
    compass = any(c in ctx.lower for c in ("noord", "zuid", "oost", "west", "centrum"))  # (in every match)
    if compass and ctx.words & _TEAM_WORDS:
        for m in _TEAM_PART_RE.finditer(text):
            yield m.start("part"), m.end("part"), "plaats", LOW  # "van team Noordoost", "team zuid-west"
    for m in _TOWN_DISTRICT_RE.finditer(text) if compass else ():
        town = m.group("town")
        if town.lower() in lists.places:
            yield m.start(), m.end(), "plaats", HIGH
        elif " " in town and town.split()[-1].lower() in lists.places:
            yield m.start() + town.rindex(" ") + 1, m.end(), "plaats", HIGH  # "uit heerlen-noord"
        elif _misspelled_town((last := town.split()[-1]).lower(), capitalised=last[:1].isupper()):
            yield m.start() + len(town) - len(last), m.end(), "plaats", LOW  # "in Amsterdm-Noord": a town one letter off
    if ctx.words & _TOWN_SUFFIX_GATE:
        for m in _TOWN_PROVINCE_RE.finditer(text):
            town = m.group("town").lower()
            start = m.start()
            if town not in lists.places and re.search(r"[\s-]", town):
                last = re.split(r"[\s-]", town)[-1]  # "in hengelo gld": the last word
                start += len(town) - len(last)
                town = last
            if town in lists.places and not _frequent(town, 4.6):
                yield start, m.end(), "plaats", HIGH  # "hengelo gld", "Hengelo (Gld)"
    yield from _after_locative(ctx)
    yield from _cities_mid_sentence(ctx)
    if ctx.words & _BODY_OF_TOWN_GATE:
        yield from _towns_of_bodies(ctx)
    if ctx.words & _FOREIGN_LOCATIVE:
        yield from _after_foreign_locative(ctx)
    yield from _glued_locatives(ctx)
    yield from _bare_lower_towns(ctx)
    yield from _towns_in_english(ctx, lists)
    yield from _places_of_words_found(ctx)
    if ctx.n_digits >= 4:
        for m in _AFTER_POSTCODE_RE.finditer(text):
            town = longest_place(m.group("words").split())  # "den haag", "alphen aan den rijn"
            if town and not (" " not in town and town.islower() and town in dictionary().words):
                yield m.start("words"), m.start("words") + len(town), "plaats", HIGH
    if ctx.words & _COURT_GATE:
        found = False
        for m in _COURT_RE.finditer(text):
            found = True
            yield m.start("place"), m.end("place"), "plaats", HIGH
        for m in _COURT_BEFORE_RE.finditer(text) if "court" in ctx.words or "courthouse" in ctx.words else ():
            found = True
            yield m.start("place"), m.end("place"), "plaats", HIGH  # "the Oost-Brabant court"
        if not found:
            for m in _COURT_SHORT_RE.finditer(text):
                if m.group("w").lower() not in dictionary().words and m.group("w").lower() not in _FUNCTION_WORDS:
                    found = True
                    yield m.start("w"), m.end("w") + 1, "plaats", HIGH
        if not found:
            for m in _COURT_TYPO_RE.finditer(text):
                if _court_typo(m.group("w").lower()):
                    yield m.start("w"), m.end("w"), "plaats", HIGH  # "rechtbank Dortrecht"
    ordinary = dictionary().words
    toks = ctx.tokens
    lows = ctx.lows
    for i in ctx.at(_WORD_AFTER_TRIGGERS, -1):  # (the words the rules below act on; not the last word)
        low = lows[i]
        if low in _ARTICLES and i + 1 < len(toks):
            # "op de Heldring", "de Wereldboom is ...", "op het rhedens": a capitalised word,
            # or after a preposition a lowercase one, in no dictionary after an article names
            # a school, a home or a place
            word = toks[i + 1][2]
            wl = word.lower()
            after_prep = i > 0 and lows[i - 1] in _AT_OR_IN
            rare_word = wl in ordinary and not _frequent(wl, 2.5)
            if _compound(wl, ordinary) and _head(wl, ordinary) in _PROGRAMME_HEADS:
                continue  # "het Familiegroepsplan", "DE OUDERCURSUS": a plan or course, no place
            if wl.endswith("bank") and _compound(wl, ordinary):
                continue  # "De Kledingbank", "de Speelgoedbank": a charity every town has
            if _feast_compound(wl, ordinary):
                continue  # (fifty-sixth session) "op de Kerstviering", "de Sinterklaasperiode": a feast's time or party
            if word[:1].isupper() and frequencies().at_least(wl, 4.5, "en") and wl not in lists.places:
                continue  # "de Signs of Safety-methodiek": an English word
            if ctx.shouting and _compound(wl, ordinary):
                continue  # "DE PLEEGOUDERAVOND": in capitals only, a compound is an ordinary word
            if wl.endswith(("ische", "aanse", "ese")) and i + 2 < len(toks) and toks[i + 2][2].islower():
                continue  # "De Arabische taal", "de Surinaamse keuken": an adjective before its noun
            if (word.isalpha() and len(word) >= 3 and (wl not in ordinary or (rare_word and word[0].isupper()))
                    and wl not in _NOT_NAMES and wl not in _COUNTRIES and wl not in _SCHOOL_TYPES
                    and wl not in words("platforms")
                    and wl not in _FUNCTION_WORDS and ctx.text[toks[i + 1][0] - 1] != "[" and not role_compound(wl)
                    and not (len(wl) > 12 and wl.endswith(_SOCIETY_HEADS))  # "de Epilepsievereniging": a society, no place
                    and ((word[0].isupper() and not word.isupper())
                         or (after_prep and word.islower() and _unknown_name(word) and not _letter_too_many(wl)
                             and not wl.endswith(_ROOM_HEADS))
                         or (word.islower() and len(word) >= 4 and wl in dictionary().proper
                             and _unknown_name(word) and not sound_alike_typo(wl)))):  # (not "het bsn", "het cak", "als het slegt ging")
                yield toks[i + 1][0], toks[i + 1][1], "plaats", LOW
        if low in {"bij", "op", "naar"} and i + 1 < len(toks):
            # "bij Helicon", "op Zadkine": a capitalised word in no dictionary right after
            word = toks[i + 1][2]
            wl = word.lower()
            if (word[:1].isupper() and not word.isupper() and word.isalpha() and len(word) >= 4
                    and wl not in ordinary and wl not in lists.places and wl not in _COUNTRIES
                    and wl not in _NOT_NAMES and wl not in words("platforms") and not _frequent(wl, 3.5)
                    and wl not in lists.first_any and not ctx.shouting):
                yield toks[i + 1][0], toks[i + 1][1], "plaats", LOW
        if low in _IN_UIT_NAAR or low in _AT_PREPS or low in _FROM_TO:
            # a town in lowercase: "naar zwolle", "in den haag" (not "in best"), "tot schin op geul"
            nxt = toks[i + 1][2]
            if nxt.islower():
                n = _window(ctx, i + 1, lists.places, 4)
                phrase = text[toks[i + 1][0]: toks[i + n][1]] if n else ""
                if n and (_proper_not_word(phrase) or low in _FROM_TO and " " in phrase
                          or n == 1 and low in {"naar", "vanuit"} and _infinitive_town(phrase)
                          and not _LEAD_TO_RE.search(text, max(0, toks[i][0] - 40), toks[i][0])) and not (
                        phrase.split()[0].lower() in {"de", "het", "'t"} and _frequent(phrase.split()[-1].lower(), 3.5)):
                    yield toks[i + 1][0], toks[i + n][1], "plaats", LOW  # not "in de buurt", "in de laan"
                elif low not in _FROM_TO and len(nxt) >= 4 and nxt.isalpha() and not _person_word(nxt) \
                        and nxt not in LANGUAGES and (
                        text[toks[i + 1][0] - 1: toks[i + 1][0]] != "[") and (
                        (low in _IN_UIT_NAAR and _proper_not_word(nxt)) or _unknown_name(nxt)):
                    # a proper noun in lowercase, or a word in no dictionary, after "in",
                    # "uit", "naar": a neighbourhood or village ("in spangen", "naar vinkhuys")
                    yield toks[i + 1][0], toks[i + 1][1], "plaats", LOW
        if low in {"de", "het"} and i + 1 < len(toks) and len(lows[i + 1]) > 6 and lows[i + 1].endswith(_STREET_SUFFIXES) \
                and lows[i + 1].isalpha() and (lows[i + 1] not in ordinary or lows[i + 1] in lists.streets) \
                and not lows[i + 1].startswith(_GENERIC_SQUARES) and _WHERE_WE_LIVE_RE.match(text, toks[i + 1][1]):
            yield toks[i + 1][0], toks[i + 1][1], "adres", LOW  # (fifty-sixth session) "het zuiderzeepad waar we nu wonen"
        if low in _STREET_PREPS and i + 2 < len(toks) and lows[i + 1] in _ARTICLES:
            # a street without a number: "in de Dorpslaan", "aan de molenweg"
            first = toks[i + 2][2]
            n = _window(ctx, i + 2, lists.streets, 5)
            if not n:
                continue
            phrase = text[toks[i + 2][0]: toks[i + 1 + n][1]].lower()
            if phrase in _NOT_NAMES or phrase in LANGUAGES or phrase in _COUNTRIES:
                continue  # "in het Fries mocht vertellen": a language, though a street is named so ("uit de Filipijnen")
            multi = " " in phrase and phrase.split()[-1].endswith(_STREET_SUFFIXES) and not (
                phrase.split()[-1] in _SIDE_WORDS and phrase.split()[0].endswith("e"))  # not "aan de lage kant"
            town = _IN_TOWN_RE.match(text, toks[i + 1 + n][1])
            if first[0].isupper() or (phrase not in ordinary and (" " not in phrase or multi)) or (
                    town is not None and town.group(1).lower() in lists.places and phrase.endswith(_STREET_SUFFIXES)
                    and phrase not in _STREET_SUFFIXES and not (
                        phrase.startswith(_GENERIC_SQUARES) and not phrase.endswith(_ROAD_ENDS))):  # not "het schoolplein"
                # (also "aan de hoofdstraat in Venlo": a street every town has, in a named town)
                yield toks[i + 2][0], toks[i + 1 + n][1], "adres", HIGH if first[0].isupper() else LOW


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
