"""Addresses: a street name with a house number ("Kerkstraat 12", "Laan van
Meerdervoort 220"), and post-office boxes."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, UNIT_AFTER_RE, UNIT_WORDS, Span, _Ctx, _I, tails
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _compound, _name_lists, alternation, dictionary, entries,
                                       frequencies, near_frequent_word, words)

# Street names: optional capitalised leading words, a word ending in a street suffix,
# then a house number.
_STREET_SUFFIX = alternation("street_suffixes")
_NOT_STREET_LEAD = (
    r"(?!(?:In|Op|Aan|Naar|Bij|Wij|We|Ik|Mijn|Onze|Ons|Het|De|Een|Uit|Vanaf|Tot|Voor"
    r"|Achter|Langs|Over|Thuis|Wonen|Woon|Hij|Zij|Ze|Nu|Toen|Daar|Hier|Sinds)\b)"
)
_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}(?:e|ste|de)\s+)?(?:{_NOT_STREET_LEAD}[A-Z][\w.'’-]*\s+"
    r"(?:(?:van|de|der|den|het|'t|ter|ten|op|aan|in)\s+)*){0,3}"
    r"(?!(?:naar|aan|op|in|bij|van|de|het|te|en|of|uit|via|langs|vanaf|tot|voor|wonen|woon|woont|is|was|wordt|heet|"
    r"adres|adress|address|ons|mijn|nieuwe|oude|to|at|on|the|my|our|new|old)\s)"  # (a label or a preposition: "adres Kerkstraat 5")
    rf"[A-Za-z][a-zà-ÿ'’]*(?:[- ][A-Z][a-zà-ÿ]+)*?(?:{_STREET_SUFFIX})"
    r"\s+(?:(?:nr\.?|nummer)\s*)?\d{1,5}"
    r"(?:\s?[a-zA-Z](?!\w)|[-/]\d{1,4}(?!\d)|\s?(?:bis|hs|huis|boven)(?!\w))?"
    # Amsterdam floors and other suffixes: "117-III", "42-bis", "9 rood", "3-hoog"
    r"(?:[- ](?:I{1,3}V?|IV|V|bis|hs|huis|boven|rood|zwart|hoog|[1-9]\s?hoog)(?![\w-]))?"
    r"(?!\d)(?![.,]\d)",
)
_POSTBUS_RE = re.compile(r"\bpostbus\s+\d{1,6}\b", _I)
_HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?!\w)|[-/]\d{1,4}(?!\d))?"
# a street of any shape with its number, right before a postcode: "Hoge Vucht 87, 4825 BV"
_BEFORE_POSTCODE_RE = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][\w'’.-]*(?:\s+(?:[A-Za-z][\w'’.-]*)){0,3})\s+"
    + _HOUSE_NUMBER + r",?\s+[1-9]\d{3}[ -]?[A-Za-z]{2}(?![\w])"
)
# after the word "adres" or a form of "wonen op": "ons oude adres Brink 14"
_AFTER_ADDRESS_WORD_RE = re.compile(
    r"(?:adres|adresse|(?:adress|addres|adrees)(?=\s*(?:is|:)\s)|woonadres|postadres|correspondentieadres|wonen\s+op|woon\s+op|woont\s+op|"
    r"verhuisd\s+naar|straat(?=\s*:)|straatnaam|(?<=[,;]\s)straat|^straat)"  # a form's field: "straat: slinge 402"
    # "adres voor de brief is tussen meer 14": a few words on what the address is for, then "is"
    r"(?:\s+(?:voor|van|bij)(?:\s+[^\W\d_][\w'’-]*){1,3}?(?=\s+(?:is|was|:)))?"
    r"\s*(?:is|:|luidt:?)?\s+(?P<street>(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’.-]*)"
    r"\s+" + _HOUSE_NUMBER + r"(?![\w.,]\d|\w)",
    _I,
)
# a title before a street name belongs to it: "prinses irenestraat", "burgemeester de withstraat"
_TITLE_BEFORE_RE = re.compile(
    r"(?:prins|prinses|koning|koningin|burgemeester|burg\.|graaf|gravin|hertog|dokter|dr\.?|pastoor|mgr\.?|"
    r"president|generaal|admiraal|professor|prof\.?|kapitein|sint|st\.?|jonkheer|pater|meester|mr\.?)"
    r"\s+(?:(?:van|de|der|den)\s+)*\Z",
    _I,
)

_STREET_ENDINGS = tuple(entries("street_suffixes"))
_STREET_TAILS = tails(_STREET_ENDINGS)


# the lowercase words inside a street's name: "Laan van Meerdervoort", "Burgemeester de Withstraat"
_STREET_CONNECTORS = frozenset("van de der den het 't op aan in ter te ten la le du des von".split())
# the prepositions before "de", "het" or "the" and a street's name (also English: "near the beijerlandselaan")
_STREET_PREPS = ("in", "op", "aan", "bij", "naar", "langs", "via", "vanaf", "vanuit", "uit", "van", "om", "rond", "rondom",
                 "achter", "over", "door", "near", "on", "at")
_STREET_PREP_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_STREET_PREPS) + r")\s+(?P<art>de|het|'t|the)\s+"
    # the name does not run on over another preposition: "bij de lidl | op de kleiweg"
    r"(?P<street>(?:(?:mgr|dr|st|burg|prof|mr)\.\s*)?(?:(?:'s-)?[A-Za-z][\w'’-]*)"
    r"(?:\s+(?!(?:in|op|aan|bij|naar|langs|via|vanaf|uit|om|en|met)\s)[A-Za-z][\w'’-]*){0,4})",
    _I,
)
_STREET_GATE = frozenset(_STREET_PREPS)
# Squares and fields every town has ("het schoolplein", "het stationsplein"). Not in this
# list: "Dorpsstraat", "Kerkstraat", "Marktplein", "Hoofdweg": streets with those names
# exist in most towns, but the one a family lives on is still their address.
_NAMED_WAYS = ("straat", "weg", "laan", "singel", "dreef", "kade", "gracht")  # (after those: a street's name)
_GENERIC_SQUARES = ("school", "speel", "parkeer", "voetbal", "sport", "trap", "zwem", "kinder", "station")
# markets every town holds: "naar de vrijmarkt" (on King's Day), "de rommelmarkt", "de weekmarkt"
_GENERIC_MARKETS = frozenset(f"{w}markt" for w in ("vrij", "rommel", "kerst", "week", "jaar", "vlooien", "boeken",
                                                     "zaterdag", "woensdag", "vrijdag", "paas", "kofferbak"))
# "naar laan van meerdervoort", "aan de Laan van Nieuw Guinea": a street of that shape
_LAAN_VAN_RE = re.compile(
    r"(?<![\w-])(?:(?i:aan|op|naar|in|bij|via|langs|vanaf|uit)\s+(?:(?i:de)\s+)?)(?P<street>(?i:laan)\s+(?i:van)\s+"
    r"(?:(?i:de|het|der|den|nieuw|oud)\s+)?(?P<name>[^\W\d_][\w'’-]{3,}))")
# ... and a listed one after any "de", in lowercase: "in de buurt van de laan van meerdervoort" (the street-ending
# rules need an ending after the name's first word; here the name follows the street word)
# (sixtieth session: also after "van", "vanaf", "uit", "naast", "achter": "de sleutel van laan van meerdervoort 402")
_LOWER_LAAN_VAN_RE = re.compile(r"(?<![\w-])(?:de|aan|op|bij|naar|in|via|langs|van|vanaf|uit|naast|achter)\s+"
                                r"(?P<street>laan\s+van\s+(?P<rest>(?:[a-zà-ÿ'’-]+\s+){0,3}"
                                r"[a-zà-ÿ'’-]{3,}))(?![\w-])")


# the words a street's name ends in (the first nine also glued to the name: "Kerkstraat")
_STREET_WORDS = ("straat", "laan", "weg", "plein", "gracht", "singel", "kade", "dreef", "steeg",
                 "dijk", "haven", "wal", "markt", "baan", "ring")
_CAPITAL_STREET_RE = re.compile(
    r"(?<![\w-])(?-i:[A-Z])[a-zà-ÿ]{3,}(?:" + "|".join(_STREET_WORDS[:10]) + r")(?![\w-])")
# a street in any case with its house number in words after it: "kerkstraat negen", "DORPSSTRAAT ACHT-EN-VEERTIG"
_STREET_NUMBER_WORDS_RE = re.compile(
    r"(?<![\w-])(?P<street>[^\W\d_]{3,}(?:straat|laan|weg|plein|gracht|singel|kade|dreef|steeg))"
    r"(?=[ \t]+(?:(?:huis)?(?:nummer|nr\.?)[ \t]+)?[a-zë]+)", re.I)


@functools.cache
def _number_word_after_re() -> re.Pattern[str]:
    from stemsync.deidentify.numbers import HOUSE_NUMBER_WORD  # noqa: PLC0415 (numbers imports places, which imports us)

    # (a letter after it: "dorpsstraat achttien a")
    return re.compile(r"[ \t]+(?:(?:huis)?(?:nummer|nr\.?)[ \t]+)?" + HOUSE_NUMBER_WORD + r"(?:[ \t][a-h](?![\w'’-]))?", re.I)


# a street with "nummer" and its house number where someone lives: "woont nu bij zijn vader op Kerk-straat nummer
# dertien", "kwam bij ons thuis op de brink nummer vijf"; after "woonachtig" also without "nummer": "WOONACHTIG MARKT
# TWEEËNTWINTIG"
@functools.cache
def _home_number_re() -> re.Pattern[str]:
    from stemsync.deidentify.numbers import HOUSE_NUMBER_WORD  # noqa: PLC0415 (an import cycle, as above)

    number = r"(?P<num>\d{1,4}(?:[ \t-]?[a-z](?!\w))?(?![\w,.:/-]\w)|" + HOUSE_NUMBER_WORD + r")"
    return re.compile(
        r"(?<![\w-])(?:(?:op|aan)[ \t]+(?:de[ \t]+|het[ \t]+)?(?P<street>[^\W\d_][\w'’-]{2,})[ \t]+(?:huis)?(?:nummer|nr\.?)"
        r"|woonachtig[ \t]+(?:(?:aan|op)[ \t]+)?(?:de[ \t]+)?(?P<street2>[^\W\d_][\w'’-]{2,}))[ \t]+" + number, re.I)


# street endings beyond _STREET_WORDS that English never ends a word in: "westblaak", "zeedijk" (dijk is one already)
_DUTCH_WAY_ENDS = ("blaak", "vest", "singel", "hof", "erf", "pad", "oord", "veld", "hout", "straatje")
_HOME_WORDS = frozenset("woon woont wonen woonde woonden thuis adres woonachtig verhuisd verhuist verhuizen".split())


_STREET_ADJECTIVE_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:lange|korte|oude|nieuwe|grote|kleine|hoge|lage|achter|voor|"
                                         r"noord|oost|zuid|west)[ \t]+\Z")
_NUMBER_WORD_GATE_RE = re.compile(r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig|honderd)\b")
# a street's ending written short, then a house number (in figures, in words or after "nummer"):
# "Lange Nieuwstr. 104", "vd Veldestr 9", "Mgr. Nolensln elf", "Molenstr. no. vierentwintig"
_SHORT_STREET_RE = re.compile(
    r"(?<![\w-])(?P<street>(?:(?:mgr|kon|burg|dr|prof|st|vd|v\.d|gen|pr)\.?\s+|(?-i:[A-Z])[\w'’-]+\s+){0,2}"
    r"[^\W\d_]{3,}(?:str|ln|wg|pln|sngl)\.?)(?=[ \t]*,?[ \t]*(?:(?:huis)?(?:nummer|numer|nr\.?|no\.?)[ \t]*)?[ \t]*"
    r"(?:\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
    r"achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)))", re.I)
_SHORT_STREET_GATE_RE = re.compile(r"[^\W\d_]{3}(?:str|ln|wg|pln|sngl)\b", re.I)
# a street's ending misspelt, with a house number: "Vestdjik 88", "Jan Evertsenstaat 117"
_MISSPELT_STREET_RE = re.compile(
    # (fifty-ninth session: also "weeg", and the street's part before the number: "aan de Rijksweeg Zuid 210")
    r"(?<![\w-])(?-i:[A-Z])[a-zà-ÿ]{3,}(?:djik|dijkk|staat|strat|sraat|straatt|straaat|laaan|lann|wegg|weeg|pleinn|graft|sngel|singl|gragt|plien)"
    r"(?:\s+(?:Zuid|Noord|Oost|West))?\s+\d{1,4}(?:\s\d{1,3})*(?:[ -]?[a-zA-Z])?(?![\w/-]|[.,:]\d)")
# a street of two capitalised words without an article: "ze woont op Oude Gracht", "aan Korte Kade"
_TWO_WORD_STREET_RE = re.compile(
    r"(?<![\w-])(?:op|aan|naar|in|bij|via|langs)\s+(?P<street>[A-Z][a-zà-ÿ]{2,}\s+"
    r"(?:" + "|".join(w.capitalize() for w in _STREET_WORDS) + r"))(?![\w-])")
# every match of the two patterns above holds one of the words in lowercase: their gate
_STREET_WORD_GATE_RE = re.compile("|".join(_STREET_WORDS))
# a Dutch street as two words in lowercase after an article: "on the reinken straat", "op de vlier laan" (the first word
# in no dictionary)
_LOWER_TWO_WORD_STREET_RE = re.compile(
    r"(?<![\w-])(?:de|het|the)\s+(?P<street>(?P<name>[a-zà-ÿ]{3,})\s+(?:" + "|".join(_STREET_WORDS[:9]) + r"))(?![\w-])")
# a street named the English way, its Dutch name before an English word for a street: "Phoenix Street 112", "on the
# Groot Hertogin Lane", "Van Heuven Goedhard lane", "Stratumse Dyke 38-B", "BENOORDENHOUT ROAD 58", "14 Elm Grove"
# (capitalised words, not an English article, pronoun or preposition first; with a house number before or after it, or
# a name in no English dictionary)
_EN_WAYS = ("street", "road", "lane", "avenue", "drive", "dyke", "dike", "square", "grove", "boulevard", "rd", "ave")
_EN_STREET_RE = re.compile(
    r"(?<![\w.,-])(?P<pre>\d{1,4}[a-zA-Z]?\s+)?(?P<street>(?!(?i:the|on|at|in|to|from|our|my|his|her|their|a|an|this|that|main|high|down|up|one|"
    r"memory|wall|baker|sesame|abbey|penny|easy|fast|dead|bus|tree)\s)"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?i:van|de|der|den|het|ter|ten|op|aan)\s+)?(?-i:[A-Z])[\w'’-]+){0,3})"
    r"\s+(?P<way>(?i:" + "|".join(_EN_WAYS) + r"))(?![\w-])"
    r"(?P<num>\s+\d{1,4}(?:[ -]?[a-zA-Z](?![\w-])|-\d{1,3}(?!\d))?(?![\w.,]\d))?")
_EN_WAYS_GATE = frozenset(_EN_WAYS)
# (fiftieth session) ... and in lowercase (a text in capitals reaches the finders re-cased) with its number, after a
# preposition: "we live on back street 22", "my ex live on l.b. scott road 112", "at 8 welgelegen road"
_EN_NOT_STREET_WORDS = frozenset("the a an my our his her their this that same long whole way".split())
_EN_LOWER_STREET_RE = re.compile(
    r"(?<![\w-])(?:on|at|in|from|to|near|by|op|aan)\s+(?:the\s+)?(?P<pre>\d{1,4}[a-z]?\s+)?"
    r"(?P<street>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2})\s+(?:" + "|".join(_EN_WAYS) + r")(?![\w-])"
    r"(?P<num>\s+\d{1,4}[a-z]?(?![\w.,]\d))?")


def _streets() -> frozenset[str]:
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

    return _name_lists().streets


def _compound_of_words(word: str) -> bool:
    """An ordinary compound that ends like a street: "speelplein", "voetbalveld" (not a
    street name such as "kanaalweg", whose parts are words too: only short, frequent
    compounds count)."""
    return frequencies().at_least(word, 3.5)


# the street one lives in, said to be it: "onze nieuwe straat is de meidoornsingel", "mijn straat heet Brink"
_OUR_STREET_IS_RE = re.compile(
    r"(?<![\w-])(?:onze|ons|mijn|m'n|mn|hun|haar|zijn|z'n)\s+(?:nieuwe\s+|oude\s+|eigen\s+)?straat(?:\s+(?:is|was|heet|heette)\s+"
    r"|\s*,\s*(?=(?:de|het|'t)\s))"  # (fifty-third session) "IN ONZE STRAAT, DE PAPENHULST, EN .."
    # (fifty-ninth session: with its street word apart, "onze straat is de Wilhelmiena laan")
    r"(?:nu\s+)?(?:de\s+|het\s+|'t\s+)?(?P<street>[^\W\d_][\w'’-]{2,}(?:\s+(?:" + "|".join(_STREET_WORDS) + r")(?![\w-]))?)", re.I)


_COMPASS_AFTER_RE = re.compile(r"[ \t]+(?:zuid|noord|oost|west)(?![\w-])", re.I)
# (fifty-third session) living there: "mijn ex woont in de hoofdstraat" (a street every village has, and a word)
_LIVES_BEFORE_RE = re.compile(r"(?<![\w-])(?:woon|woont|wonen|woonde|woonden|verhuisd|verhuizen|verhuist)\s+(?:[\w'’]+\s+){0,2}\Z",
                              re.I)


_IDIOM_NOUNS = frozenset("steek war knoop put gaten problemen soep aap watten bloemetjes kou".split())


def _streets_without_number(ctx: _Ctx) -> Iterator[Span]:
    """A street named without a number after "aan de", "op het", "in de": written with a
    capital ("aan het Mgr. Nolensplein", "in de Kastanjelaan"), or in an ALL-CAPS text."""
    text = ctx.text
    shouting = ctx.shouting
    for m in _STREET_PREP_RE.finditer(text):
        words_ = m.group("street").split()
        # the name ends at the first word with a street ending ("Nolensplein is slecht")
        n = next((k for k, w in enumerate(words_) if w.lower().endswith(_STREET_ENDINGS)
                  and len(w) > 6), None)
        if n is None:
            continue
        words_ = words_[:n + 1]
        last = words_[-1].lower()
        if m.group("art").lower() == "the" and (n > 1 or last.endswith(("wijk", "dam")) or last in _name_lists().places
                                                or any(ordinary_english(w) and w.lower() not in _FUNCTION_WORDS for w in words_[:-1])):
            continue  # "in the Schilderswijk" (a neighbourhood), "at the district court Rotterdam"
        stop = m.start("street") + len(" ".join(words_))
        if last.startswith(_GENERIC_SQUARES) and not last.endswith(_NAMED_WAYS) or last in _GENERIC_MARKETS:
            continue  # "het schoolplein", "het stationsplein", "de vrijmarkt": in every town (not "de Stationsstraat")
        if words_[0].lower() == "wet" or (last.endswith("ering") and not last.endswith("wetering")
                                          and last in dictionary().words):
            continue  # "de Wet schuldsanering": a law; "-ering" is a noun's ending there, not "-ring"
        # keep only the words that belong to the name: from a capitalised one (or all, in CAPS)
        start = m.start("street")
        for w in words_:
            if w[0].isupper() or shouting or w.lower().rstrip(".") in {"mgr", "dr", "st", "burg", "prof", "mr"}:
                break
            start += len(w) + 1
        if (compass := _COMPASS_AFTER_RE.match(text, stop)) is not None:
            stop = compass.end()  # (fifty-third session) "op de ambyerstraat zuid": the street's part is its name too
        first = text[start:start + 1]
        kept = text[start:stop].split()
        if not shouting and first.isupper() and any(w.islower() and w not in _STREET_CONNECTORS for w in kept[1:-1]):
            continue  # "in de Dinka-cultuur de oom van moederszijde": a name's middle words are capitalised or connect
        if shouting and len(words_) == 1 and last in dictionary().words and frequencies().at_least(last, 3.8):
            continue  # (fifty-first session) "NAAR OPA EN OMA AAN DE OVERKANT": a frequent word, in capitals
        if words_[0].lower() in _IDIOM_NOUNS:
            continue  # (fifty-sixth session) "IN DE STEEK GELATEN", "in de war": an idiom, no street
        if shouting or first.isupper():
            yield start, stop, "adres", HIGH if not shouting else LOW
        elif ((last not in dictionary().words or (" ".join(words_).lower() in _streets() and not (
                len(words_) == 1 and last.endswith("baan")))) and (
                not _compound_of_words(last) or (" ".join(words_).lower() in _streets()
                                                 and _LIVES_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())))) \
                or (len(words_) >= 2 and _place_adjective(words_[-2])):
            # also "aan de amsterdamse straatweg": a street named after a town
            # in lowercase only when the street's name is no word: "op de kanaalweg",
            # "aan de groenmarkt", "op de meester van der veldestraat" (a track that is a word
            # is no street, though a town has one named so: "op de ijsbaan", "op de kartbaan")
            yield m.start("street"), stop, "adres", LOW


def _lowercase_laan_van(ctx: _Ctx) -> Iterator[Span]:
    streets = _streets()
    for m in _LOWER_LAAN_VAN_RE.finditer(ctx.text):
        rest = m.group("rest").split()
        for n in range(len(rest), 0, -1):
            phrase = "laan van " + " ".join(rest[:n])
            if phrase in streets:
                yield m.start("street"), m.start("street") + len(phrase), "adres", LOW
                break


def _place_adjective(word: str) -> bool:
    """An adjective made from a town's name: "amsterdamse", "utrechtse", "haagse"."""
    low = word.lower()
    if not low.endswith("se") or len(low) < 6:
        return False
    places = _name_lists().places
    stem = low[:-2]
    return any(s in places for s in (stem, stem.rstrip("s"), stem + "en", stem[:-1] if stem.endswith("e") else stem))


# "op de 2e jan steenstraat", "de 1e Van der Helststraat": an ordinal starts the name
_ORDINAL_STREET_RE = re.compile(
    r"(?<![\w-])(?:\d{1,2}(?:e|ste|de)|eerste|tweede|derde)\s+(?:[^\W\d_][\w.'’-]*\s+){0,3}"
    r"[^\W\d_]{2,}(?:straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steeg|hof|park)(?![\w-])", re.I)
_STREET_NAME_PARTS = frozenset({"van", "der", "den", "de", "ter", "ten", "het", "'t", "v.d."})
# "bij plein 1944", "aan de Laan 1940-1945": a street named after a year
_YEAR_STREET_RE = re.compile(
    r"(?<![\w-])(?:(?:bij|aan|op|naar|in|via|langs|vanaf|achter|van)\s+(?:(?:de|het)\s+)?)"
    r"(?P<street>(?:plein|laan|straat|weg|park|plantsoen|singel|kade)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"
    r"(?![\w-])", re.I)
# "mijn adres is groene hilledijk": a street after "adres is", without a number
_ADDRESS_NO_NUMBER_RE = re.compile(
    r"(?:adres|woonadres|postadres|nieuwe\s+adres|oude\s+adres)\s*(?:is|:|=)\s*(?:nu\s+)?"
    r"(?P<street>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steeg|"
    r"hof|park|markt|wal|ring|baan|pad|erf|plantsoen))(?![\w-])", re.I)
# a listed street name of one to four words with a house number, where the comment talks about where
# someone lives or gets post: "op de markt 3", "WOENSELSE MARKT 9", "(de greiden 44)", ", gouw 8"
_LISTED_STREET_NUMBER_RE = re.compile(
    r"(?P<words>(?:[^\W\d_][\w'’-]*\s+){1,4})(?P<num>\d{1,4}(?:[ -]?[a-zA-Z](?![\w'’-]))?(?:-\d{1,3})?)"
    r"(?![\w/-]|[.,:]\d)(?!\s*(?:%|" + UNIT_WORDS + r"\b))", re.I)
_ADDRESS_TALK = frozenset("""woon woont wonen woonde woonden wonnen wone woonrt adres adress addres address adresse
postcode postkode huisnummer huisnumer huisnr verhuisd verhuizen verhuist brief brieven post live lives living
moved stay stays staying kamer flat appartement voordeur ophalen opgehaald afgezet afzetten""".split())
# (fifty-first session: and where a taxi or a visitor comes: "de taxi stond weer niet voor de deur op de klinge 14")
_AT_THE_DOOR = ("voor de deur", "aan de deur", "bij de deur")
_BEFORE_STREET = frozenset("op aan naar in bij at on to de het 't".split())


def _listed_streets_with_number(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    streets = _streets()
    for m in _LISTED_STREET_NUMBER_RE.finditer(text):
        found = list(re.finditer(r"\S+", m.group("words")))
        words_ = [w.group() for w in found]
        for k in range(len(words_)):
            phrase = " ".join(words_[k:]).lower()
            if phrase in _FUNCTION_WORDS or phrase not in streets:
                continue
            before = words_[k - 1].lower() if k else text[:m.start()].rstrip()[-1:].lower()
            if k == 0 and before not in {"(", ",", ":", ""} and len(words_) == 1:
                break
            if k and before not in _BEFORE_STREET and len(words_) - k < 2:
                continue  # one listed word must follow a preposition or article: "op de markt 3", not "groep 7"
            yield m.start("words") + found[k].start(), m.end("num"), "adres", LOW
            break


# a word with a house number right before a postcode: "kerkbuurt 88, 1234 AB" (not "naar 5, ...")
_BEFORE_POSTCODE_RE = re.compile(r"(?<![\w-])(?P<street>[^\W\d_][\w'’-]{3,})\s+"
                                 r"(?P<num>\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?)\s*,?\s+[1-9]\d{3}\s?[A-Za-z]{2}(?![\w-])")
_NOT_AN_ADDRESS = frozenset("onbekend geheim bekend veranderd gewijzigd hetzelfde anders nieuw oud".split())
# a capitalised name after "adres is": "Ons oude adres was Honderdland (dat grote gebouw ...)"
_ADDRESS_NAME_RE = re.compile(
    r"(?:adres|woonadres|postadres)\s*(?:is|was|:|=)\s*(?:nu\s+)?(?P<street>(?-i:[A-Z])[\w'’-]{3,}"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?![\w-])"
    # in any case when a postcode follows: "ONS NIEUWE ADRES IS EVENAAR, 1234 AB"
    r"|[^\W\d_][\w'’-]{3,}(?:\s+[^\W\d_][\w'’-]+){0,2}(?=\s*,?\s*[1-9]\d{3}\s?[A-Za-z]{2}(?![\w-])))", re.I)
# a lowercase street name in no dictionary: "op burgemeester hogguerstraat"
_LOWER_STREET_RE = re.compile(
    r"(?<![\w-])[a-zà-ÿ]{3,}(?:straat|laan|weg|plein|gracht|singel|kade|dreef|steeg|dijk)(?![\w-])")
# "achter de zuidwijkflat": a block of flats named after its neighbourhood or street
_FLAT_RE = re.compile(r"(?<![\w-])(?P<name>[^\W\d_]{3,}flat)(?![\w-])", re.I)


# a farm, a caravan site or a village green by its name: "erve Brookhuis", "op het erve kamphuis",
# "woonwagenkamp de brem", "op de brink in ..." (a village's green, where a family lives)
_NAMED_HOME_RE = re.compile(
    r"(?<![\w-])(?:(?P<kind>erve|woonwagenkamp|woonwagencentrum|woonwagenlocatie|standplaats)\s+"
    r"(?P<name>(?:(?:de|het|'t)\s+)?[^\W\d_][\w'’-]+)"
    r"|(?:op|aan|bij)\s+(?P<green>(?:de|het)\s+(?:brink|esch|dries|plaetse))(?=\s+(?:in|te)\s))", _I)
_HOME_GATE = frozenset("erve woonwagenkamp woonwagencentrum woonwagenlocatie standplaats brink esch dries plaetse".split())


# where someone lives or stays, "op de" a named place: "we wonen op de bongerd", "sinds ik op de
# kaap woon", "ik zit nu 8 maanden op de boomgaard" (a street, a living group or a home)
_LIVE_ON_RE = re.compile(
    r"(?<![\w-])(?:(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven)"
    r"(?:\s+(?:nu|al|nog|daar|toen|sinds\s+\w+|\d+\s+\w+|ook)){0,2}\s+op\s+(?:de|het|'t)\s+(?P<a>[a-zà-ÿ][\w'’-]+)"
    # sitting only for a stay: "ik zit nu 8 maanden op de boomgaard", "zit al een jaar op de kaap"
    r"|(?:zit|zat|zitten|zaten)\s+(?:nu\s+|al\s+|nog\s+)?(?:sinds\s+\w+|\d+\s+\w+|een\s+(?:jaar|maand|week|tijdje)|"
    r"twee\s+\w+|drie\s+\w+)\s+op\s+(?:de|het|'t)\s+(?P<c>[a-zà-ÿ][\w'’-]+)"
    r"|op\s+(?:de|het|'t)\s+(?P<b>[a-zà-ÿ][\w'’-]+)\s+(?:woon|woont|wonen|woonde|woonden)\b"
    # (sixtieth session) coming to or staying on a living group by its name, a rarer word: "toen hij op de zwaluw kwam",
    # "dat hij op de boomgaard mag blijven" (not "op de proppen kwam", "op de televisie kwam")
    r"|op\s+(?:de|het|'t)\s+(?P<d>[a-zà-ÿ][\w'’-]+)\s+(?:kwam|kwamen|terechtkwam|"
    r"(?:(?:mag|mocht|kan|kon|moet|moest)\s+)?blijven|blijft|bleef|bleven)\b)", re.I)
_ARRIVAL_IDIOMS = frozenset("proppen gedachte televisie tv radio been benen hoogte markt wereld lijst wachtlijst matje "
                            "nippertje valreep spoor rand randje eerste tweede laatste".split())
_LIVE_ON_STOP = frozenset("""verdieping etage zolder camping boerderij groep kamer kamers flat boot woonboot hoek grens
bank wachtlijst school bus trein fiets bed stoel grond vloer straat markt plek plaats rand eerste tweede derde bovenste
onderste begane juiste goede computer telefoon laptop internet app site bankstel stoep gang trap wc toilet
randje moment tijd weg terrein zorgboerderij kinderboerderij dagbesteding middelbare basisschool opleiding
wereld been benen buik rug knieën schoot achterbank bijrijdersstoel balkon entree maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag zelf mezelf erf erve hof land platteland kamp woonwagenkamp""".split())
# English: "lives with us at Kamp 52", "we moved to Hoefkade 12": a capitalised name and a house number
_EN_LIVE_AT_RE = re.compile(
    r"(?<![\w-])(?:live|lives|lived|living|stay|stays|stayed|staying|moved|moving)(?:\s+with\s+\w+)?\s+(?:at|on|to)\s+"
    r"(?P<street>(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){0,2}\s+\d{1,4}(?:[ -]?[a-zA-Z])?)(?![\w/-]|[.,:]\d)"
    r"(?!\s+" + UNIT_WORDS + r"\b)", _I)
_EN_LIVE_GATE = frozenset("live lives lived living stay stays stayed staying moved moving".split())
# English: "my ex lives on the westblaak", "we live on the Zeedijk": a Dutch street with "the" (no English word, no
# Dutch common noun: not "lives on the street", "on the edge", "on the boot")
_EN_LIVE_ON_THE_RE = re.compile(
    r"(?<![\w-])(?:live|lives|lived|living|moved|moving)\s+(?:on|at|to|in)\s+the\s+(?P<street>[^\W\d_][\w'’-]{3,})(?![\w'’-])", _I)
_LIVE_GATE = frozenset("woon woont wonen woonde woonden zit zat zitten zaten verblijf verblijft verblijven "
                       "kwam kwamen terechtkwam blijven blijft bleef bleven".split())


def _living_on(ctx: _Ctx) -> Iterator[Span]:
    for m in _LIVE_ON_RE.finditer(ctx.text):
        g = next(k for k in ("a", "b", "c", "d") if m.group(k))
        word = m.group(g).lower()
        if g == "d" and (word in _ARRIVAL_IDIOMS or frequencies().at_least(word, 3.5) or word.endswith("en")
                         or word.endswith(("ing", "heid", "teit", "tie"))):
            continue
        if word in _LIVE_ON_STOP or word in _FUNCTION_WORDS or frequencies().at_least(word, 4.8) \
                or word.endswith(("verdieping", "etage", "groep", "kamer")) \
                or word in words("school_prefixes") or word in words("generic_school_words") \
                or word.endswith(("en", "ing", "heid")) and word in dictionary().words and frequencies().at_least(word, 3.5):
            continue
        yield m.start(g), m.end(g), "adres", LOW


# a pitch or chalet on a holiday park where a family lives: "camping Het Bos, plek 22", "chalet 63"
_PARK_WORDS = frozenset("camping vakantiepark recreatiepark chaletpark bungalowpark woonwagenkamp park".split())
# (the words of a pitch that need no park beside them: "in chalet 114", "op kavel 212"; not "plek 56", "unit 3")
_PITCH_WORDS = frozenset("chalet kavel standplaats bungalow caravan".split())
_PITCH_RE = re.compile(r"(?<![\w-])(?:plek|chalet|caravan|standplaats|kavel|bungalow|unit|huisje)\s*(?:nr\.?|nummer)?\s*\d{1,4}[a-zA-Z]?(?![\w,.]\d|\w)(?!\s+(?:van|op|in)\s+de\s+(?:wacht)?lijst)", _I)


# a street abroad after its abbreviation: "ul. Kwiatowa 12" (Polish ulica), "str. Florilor 7" (Romanian strada)
# (Ukrainian "vul. Sumska 112, kv. 14", Russian "ul."; the flat's number after it: "kv. 14", "m. 4", "app. 3")
_ABROAD_STREET_WORDS = frozenset("ul str strada ulica vul vulytsia vulitsa ulitsa kaya kaminda".split())
# (and the streets of Bonaire and Curaçao, "Kaya" or "Kaminda" and a name: "Kaya Grandi 12", "Kaya Gob. N. Debrot 41")
_ABROAD_STREET_RE = re.compile(r"(?<![\w.])(?:ul|str|strada|ulica|vul|vulytsia|vulitsa|ulitsa|kaya|kaminda)\.?\s+"
                               r"(?P<street>(?-i:[A-ZÀ-Þ\u0100-\u017F])[\w'’.-]+"
                               r"(?:\s+(?-i:[A-ZÀ-Þ\u0100-\u017F])[\w'’.-]+){0,3}\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?"
                               r"(?:,?\s*(?:kv|m|app|apt|kw)\.?\s*\d{1,4}(?!\d|[.,]\d))?)(?![\w-])", _I)

# Indonesian and Malay streets: "jl. pahlawan no. 17", "Jln Merdeka 5", "Jalan Ampang" (the word "jalan" alone is a
# verb too, "jalan-jalan", to walk: only before a capital there)
_JALAN_RE = re.compile(r"(?<![\w.])(?:(?:jl|jln)\.?\s+[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2}?"
                       r"|(?-i:Jalan|JALAN)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}?)"
                       r"(?:,?\s*(?:no|nomor|nr)\.?\s*\d{1,4}[a-zA-Z]?(?![\w]))?(?![\w'’-])", _I)
_JALAN_WORDS = frozenset({"jl", "jln", "jalan"})

# (forty-eighth session) streets of French, Belgian, Spanish, Portuguese and Catalan towns: the kind of street first, then
# its capitalised name, with or without a number ("Rue de la Gare", "rue des Champs 12", "Avenida da Liberdade 45",
# "Calle Mayor"); not "Via", "Place", "Route", words of Dutch or English too
_ROMANCE_STREET_WORDS = frozenset("rue avenue boulevard chaussée chaussee impasse allée allee chemin quai rua avenida "
                                  "travessa calle carrer plaza praça praca".split())
_ROMANCE_STREET = (
    r"(?<![\w-])(?:" + "|".join(sorted(_ROMANCE_STREET_WORDS, key=len, reverse=True)) + r")\s+(?:(?:de|du|des|d['’]|de\s+la|de\s+l['’]|del|de\s+los|de\s+las|da|do|dos|das|la|le|les|dels)\s*)?"
    r"CAP[\w'’-]+(?:\s+(?:(?:de|du|des|la|le|del|da|do|dos|das|y|e)\s+)?"
    r"(?!(?:en|in|op|is|was|dat|het|met|naar|bij|van|voor|maar|of|and|at|to|on)\b)CAP[\w'’-]+){0,MORE}"
    r"(?:,?\s+\d{1,4}[a-zA-Z]?(?![\w/-]|[.,]\d))?")
_ROMANCE_STREET_RE = re.compile(_ROMANCE_STREET.replace("CAP", r"(?-i:[A-ZÀ-Þ])").replace("MORE", "3"), _I)
# (in a text of capitals every word has one: a name of two words at most, "RUE HAUTE", not "RUE HAUTE EN DAT")
_ROMANCE_STREET_ANY_CASE_RE = re.compile(_ROMANCE_STREET.replace("CAP", r"[^\W\d_]").replace("MORE", "1"), _I)


_WORD_NUMBER_RE = re.compile(r"([^\W\d_]+)\s+\d{1,2}")
_STREET_WORD_ENDS = ("straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "singel", "dreef", "steeg", "hof",
                     "park", "markt", "pad", "erf", "dam", "haven", "rijn")


# a season or holiday and a year ("zomer 2023", "Kerst 2022", "since spring 2024"): no street and number
SEASON_YEAR_RE = re.compile(
    r"(?:lente|voorjaar|zomer|herfst|najaar|winter|kerst|kerstmis|pasen|pinksteren|"
    r"zomervakantie|kerstvakantie|meivakantie|herfstvakantie|voorjaarsvakantie|"
    r"spring|summer|autumn|fall|christmas|easter)\s+(?:19|20)\d{2}",
    re.IGNORECASE,
)


def word_and_mark(phrase: str) -> bool:
    """One frequent ordinary word and a number that is no street and house number:
    "Omgang 8", "Contact 6" (a mark per theme), not "Kerkstraat 8" (also read by deduce_layer.py)."""
    m = _WORD_NUMBER_RE.fullmatch(phrase.strip())
    if m is None:
        return False
    low = m.group(1).lower()
    return low in dictionary().words and frequencies().at_least(low, 3.5) and not low.endswith(_STREET_WORD_ENDS)


# (fifty-eighth session) an address by its ward and house number, as on Urk and in some villages: "op Wijk 4-112",
# "wijk 2 - 45" (not "wijk 4" alone: a part of town; not "wijk 4-5": two parts)
_WARD_HOUSE_RE = re.compile(r"(?<![\w-])wijk\s+\d{1,2}\s*[-–]\s*\d{2,3}[a-z]?(?![\w/-]|[.,]\d)", re.I)


def _find_addresses(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.n_digits >= 3 and "wijk" in ctx.words:
        for m in _WARD_HOUSE_RE.finditer(text):
            yield m.start(), m.end(), "adres", HIGH
    if ctx.n_digits and not ctx.words.isdisjoint(_ABROAD_STREET_WORDS):
        for m in _ABROAD_STREET_RE.finditer(text):
            yield m.start(), m.end("street"), "adres", HIGH  # (with its "ul." or "vul.": one phrase)
    if ctx.words & _JALAN_WORDS:
        for m in _JALAN_RE.finditer(text):
            yield m.start(), m.end(), "adres", LOW
    if ctx.words & _ROMANCE_STREET_WORDS:
        for m in (_ROMANCE_STREET_ANY_CASE_RE if ctx.shouting else _ROMANCE_STREET_RE).finditer(text):
            yield m.start(), m.end(), "adres", HIGH  # "in de Rue de la Gare", "rue des Champs 12"
    park = bool(ctx.words & _PARK_WORDS)
    if ctx.n_digits and (park or ctx.words & _PITCH_WORDS):
        for m in _PITCH_RE.finditer(text):
            if park or m.group().split()[0].lower().rstrip("0123456789") in _PITCH_WORDS:
                yield m.start(), m.end(), "adres", LOW
    if ctx.words & _LIVE_GATE and " op " in ctx.lower:
        yield from _living_on(ctx)
    if ctx.words & _HOME_WORDS and ("nummer" in ctx.words or "nr" in ctx.words or "woonachtig" in ctx.words):
        for m in _home_number_re().finditer(text):
            g = "street" if m.group("street") else "street2"
            word = m.group(g).lower()
            if word in _LIVE_ON_STOP and word not in _streets() or word in _FUNCTION_WORDS \
                    or word.endswith(("verdieping", "etage", "kamer")) \
                    or m.group("num").lower() in {"een", "één"} or UNIT_AFTER_RE.match(text, m.end()) \
                    or word in _name_lists().places and g == "street2" \
                    or word not in _streets() and frequencies().at_least(word, 4.0):
                continue  # (not "op kamer nummer 5", "op de lijst nummer 3", "woonachtig Utrecht 3 jaar")
            yield m.start(g), m.end(), "adres", LOW
    if ctx.n_digits and (ctx.words & _ADDRESS_TALK or "deur" in ctx.words and any(d in ctx.lower for d in _AT_THE_DOOR)):
        yield from _listed_streets_with_number(ctx)
    if ctx.words & _EN_LIVE_GATE and " the " in ctx.lower:
        for m in _EN_LIVE_ON_THE_RE.finditer(text):
            word = m.group("street").lower()
            if word.endswith(_STREET_WORDS + _DUTCH_WAY_ENDS) and not ordinary_english(word) \
                    and (word not in dictionary().words or word in _streets()):
                yield m.start("street"), m.end("street"), "adres", LOW
    if ctx.n_digits and ctx.words & _EN_LIVE_GATE:
        for m in _EN_LIVE_AT_RE.finditer(text):
            if not re.search(r"\s(?:19|20)\d\d\Z", m.group("street")):  # not "moved to Utrecht 2023"
                yield m.start("street"), m.end("street"), "adres", LOW
    if ctx.words & _HOME_GATE:
        for m in _NAMED_HOME_RE.finditer(text):
            group = "name" if m.group("name") else "green"
            last = m.group(group).split()[-1]
            if group == "name" and last.islower() and " " not in m.group(group) \
                    and (last in dictionary().words and frequencies().at_least(last, 4.0)
                         or last not in dictionary().words and near_frequent_word(last)):
                continue  # (fifty-first session) "een standplaats krijg je niet", "standplaats aangevraagt": a verb
            if last.lower() not in _FUNCTION_WORDS:
                # a farm's "erve" is part of its name ("Erve Olthof"); "woonwagenkamp" stays
                start = m.start("kind") if m.group("kind") and m.group("kind").lower() == "erve" else m.start(group)
                yield start, m.end(group), "adres", LOW
    if ctx.n_digits or ctx.words & {"eerste", "tweede", "derde"}:
        for m in _ORDINAL_STREET_RE.finditer(text):
            between = m.group().split()[1:-1]
            if all(w.lower() in _STREET_NAME_PARTS or w.lower() not in _FUNCTION_WORDS for w in between):
                yield m.start(), m.end(), "adres", HIGH  # not "de 3e keer in het speelpark"
        for m in _YEAR_STREET_RE.finditer(text):
            yield m.start("street"), m.end("street"), "adres", HIGH
    if "adres" in ctx.lower:
        for m in _ADDRESS_NO_NUMBER_RE.finditer(text):
            yield m.start("street"), m.end("street"), "adres", LOW
        for m in _ADDRESS_NAME_RE.finditer(text):
            if m.group("street").split()[0].lower() not in _FUNCTION_WORDS | _NOT_AN_ADDRESS:
                yield m.start("street"), m.end("street"), "adres", LOW
    if ctx.may_end(_STREET_TAILS) and any(w.endswith(_STREET_ENDINGS) and len(w) > 8 and w.islower() for w in ctx.words):
        ordinary = dictionary().words
        for m in _LOWER_STREET_RE.finditer(text):
            word = m.group()
            if word not in ordinary and word not in _streets() and not _compound_of_words(word) \
                    and not word.startswith(_GENERIC_SQUARES) and not _compound(word, ordinary):
                t = _TITLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                yield t.start() if t else m.start(), m.end(), "adres", LOW
    if "flat" in ctx.lower and any(w.endswith("flat") and len(w) > 7 for w in ctx.words):
        ordinary = dictionary().words
        for m in _FLAT_RE.finditer(text):
            head = m.group("name")[:-4].lower()
            if m.group("name").lower() not in ordinary and head not in ordinary and head.rstrip("s") not in ordinary:
                yield m.start(), m.end(), "adres", LOW
    if "straat" in ctx.words:
        for m in _OUR_STREET_IS_RE.finditer(text):
            if "," in text[m.start():m.start("street")] and not re.match(r"\s*[,.;:)]", text[m.end():]):
                continue  # (an apposition closes: "in onze straat, de buurman zei ..." is no street's name)
            if m.group("street").lower() not in _FUNCTION_WORDS and not frequencies().at_least(m.group("street").lower(), 4.5):
                yield m.start("street"), m.end("street"), "adres", LOW  # "onze straat is de meidoornsingel"
    if ctx.words & _STREET_GATE:
        yield from _streets_without_number(ctx)
        if "laan" in ctx.words:
            for m in _LAAN_VAN_RE.finditer(text):
                if m.group("name").lower() not in _FUNCTION_WORDS:
                    yield m.start("street"), m.end("street"), "adres", LOW
            yield from _lowercase_laan_van(ctx)
    if ctx.words & _EN_WAYS_GATE:
        for m in _EN_STREET_RE.finditer(text):
            numbered = m.group("num") or m.group("pre")
            if numbered or not all(ordinary_english(p.lower()) or p.lower() in _FUNCTION_WORDS
                                   for p in m.group("street").split()):
                yield m.start(), m.end(), "adres", HIGH if numbered else LOW
        for m in _EN_LOWER_STREET_RE.finditer(text) if ctx.n_digits else ():
            if (m.group("num") or m.group("pre")) and not UNIT_AFTER_RE.match(text, m.end()) and not any(
                    w in _FUNCTION_WORDS or w in _EN_NOT_STREET_WORDS for w in m.group("street").split()):
                yield m.start("pre") if m.group("pre") else m.start("street"), m.end(), "adres", LOW
    if " straat" in ctx.lower or " laan" in ctx.lower or " weg" in ctx.lower:
        for m in _LOWER_TWO_WORD_STREET_RE.finditer(text):
            name = m.group("name")
            if name not in dictionary().words and name not in _FUNCTION_WORDS and not ordinary_english(name) \
                    and not frequencies().at_least(name, 3.0):
                yield m.start("street"), m.end("street"), "adres", LOW
    street_word = _STREET_WORD_GATE_RE.search(ctx.lower) is not None  # (in every match of the next two)
    for m in _TWO_WORD_STREET_RE.finditer(text) if street_word else ():
        first = m.group("street").split()[0].lower()
        if first not in _FUNCTION_WORDS and first not in _name_lists().places:  # not "in Almere Haven"
            yield m.start("street"), m.end("street"), "adres", LOW
    for m in _SHORT_STREET_RE.finditer(text) if _SHORT_STREET_GATE_RE.search(text) else ():
        if m.group("street").split()[-1].lower().rstrip(".") not in dictionary().words:
            yield m.start("street"), m.end("street"), "adres", LOW  # (its number: the resolver's tail rule)
    for m in _MISSPELT_STREET_RE.finditer(text) if ctx.n_digits else ():
        word = m.group().split()[0].lower()
        fixed = re.sub(r"(?:staat|strat|sraat)\Z", "straat", word)
        if (word not in dictionary().words or fixed != word and fixed in _streets()) \
                and word not in _name_lists().places:
            yield m.start(), m.end(), "adres", LOW  # (also "Kerkstaat 15": a word, but "Kerkstraat" is a street)
    for m in _STREET_NUMBER_WORDS_RE.finditer(text) if street_word and _NUMBER_WORD_GATE_RE.search(ctx.lower) else ():
        low = m.group("street").lower()
        n = _number_word_after_re().match(text, m.end())
        if n is None or n.group().strip().lower() in {"een", "één"} or UNIT_AFTER_RE.match(text, n.end()) \
                or low.startswith(_GENERIC_SQUARES) and not low.endswith(_NAMED_WAYS):
            continue
        if not (m.group("street").islower() or ctx.shouting):
            continue  # (a capitalised street is the other rules', its number in words the resolver's tail)
        if low in _streets() or ctx.shouting or (low not in dictionary().words and not _compound_of_words(low)):
            before = _STREET_ADJECTIVE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            yield before.start() if before else m.start("street"), n.end(), "adres", LOW  # "lange nieuwstraat negentien"
    for m in _CAPITAL_STREET_RE.finditer(text) if street_word else ():
        word = m.group().lower()
        if word.endswith("dijk") and word in _name_lists().places:
            continue  # a town or quarter that ends in "dijk" ("Kralendijk", "Marsdijk")
        if not (word.startswith(_GENERIC_SQUARES) and word.endswith("plein")) \
                and (m.start() > 0 and text[:m.start()].rstrip()[-1:] not in {".", "!", "?", ""}
                                                      or word not in dictionary().words):
            # also at the start of a sentence when no dictionary has it: "Hoefkade 🙄 altijd lawaai"
            yield m.start(), m.end(), "adres", LOW  # "(Parkweg)", "naar de Kerkstraat"
    if ctx.n_digits >= 5:
        for m in _BEFORE_POSTCODE_RE.finditer(text):
            street = m.group("street")  # (a capitalised street and number are the address pattern's)
            if street.islower() and street not in _FUNCTION_WORDS and not (
                    street in dictionary().words and frequencies().at_least(street, 3.5)):
                yield m.start("street"), m.end("num"), "adres", LOW  # "kerkbuurt 88, 1234 AB": a street and number
    if ctx.n_digits == 0:
        return
    text = ctx.text
    if ctx.may_end(_STREET_TAILS) and any(w.endswith(_STREET_ENDINGS) for w in ctx.words):
        for m in _ADDRESS_RE.finditer(text):
            if word_and_mark(m.group()) or SEASON_YEAR_RE.fullmatch(m.group()):
                continue  # "Omgang 8, Luisteren 7": a theme and its mark, no street; "since spring 2024"
            if UNIT_AFTER_RE.match(text, m.end()) and m.group().split()[0].lower() in dictionary().words:
                continue  # "schuld bij zorgverzekering 600 euro": a word ending like a street ("-ring") and an amount
            start = m.start()
            t = _TITLE_BEFORE_RE.search(text, max(0, start - 40), start)
            yield t.start() if t else start, m.end(), "adres", HIGH
    for m in _BEFORE_POSTCODE_RE.finditer(text):
        street = m.group("street")
        if street.split()[0].lower() not in _FUNCTION_WORDS:
            yield m.start(), m.end(), "adres", HIGH
    if "adres" in ctx.lower or "addres" in ctx.lower or "adrees" in ctx.lower \
            or " op " in ctx.lower or "verhuisd" in ctx.lower \
            or "straat" in ctx.words or "straatnaam" in ctx.words:
        for m in _AFTER_ADDRESS_WORD_RE.finditer(text):
            words_ = m.group("street").split()
            if words_[0].lower() not in _FUNCTION_WORDS or len(words_) > 1:
                yield m.start("street"), m.end(), "adres", HIGH
    if "postbus" in ctx.words:
        for m in _POSTBUS_RE.finditer(ctx.text):
            yield m.start(), m.end(), "adres", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
