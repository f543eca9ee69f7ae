"""Venues by their own name: mosques, churches, temples, community and youth centres, sports
clubs and gyms, scouting groups and day-care ("de Mevlana moskee", "Pinkstergemeente Bethel",
"buurthuis de mussen", "HVV Laakkwartier", "kinderdagverblijf de Kikker"). A family's mosque,
club or community centre narrows down where they live and who they are; the type word stays
and the name is redacted as ``[locatie]``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _name_lists, alternation, dictionary, frequencies,
                                       inflected_adjective, no_dictionary_form, words)
from stemsync.deidentify.places import _neighbourhood_sets, _word_neighbourhoods

# what may follow a venue's name of one ordinary word: the clause ends, or its town ("camping de kroon in Venlo")
_NAME_ENDS_RE = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|te)\s+(?-i:[A-Z])", re.I)
# the type word before the name: "buurthuis de mussen", "moskee Al Fath", "gym Basic Boxing"
_BEFORE = alternation("venue_words")
_NAME = r"(?:(?:de|het|'t)\s+)?[^\W\d_][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
_TYPE_NAME_RE = re.compile(rf"(?<![\w-])(?P<type>{_BEFORE})\s+(?P<name>{_NAME})", re.I)
_TYPE_TOWN_RE = re.compile(rf"(?<![\w-])(?P<type>{_BEFORE})\s+(?:van\s+)?(?P<town>[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?)", re.I)
# the name before the type word: "de al-hijra moskee", "Sanatan Dharm mandir", "Full Speed Boxing"
_TYPES_AFTER = ("moskee", "mescidi", "camii", "mandir", "tempel", "kerk", "gym", "boxing", "fightclub", "buurthuis",
               "wijkcentrum", "buurtcentrum", "jongerencentrum", "dorpshuis", "clubhuis", "boksschool", "boxschool",
               "vechtsportschool", "parochiehuis", "wijkgebouw",
               # a theatre by its name: "het Agora theater" (children's hospitals are public bodies)
               "theater", "schouwburg")
_NAME_TYPE_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s+(?P<type>" + "|".join(_TYPES_AFTER) + r")\b",
    re.I)
# a children's home abroad by its name: "het Asha Kiran Children's Home te ...", "Sunflower Orphanage", "Hogar Los
# Pinitos" (an adopted child's first home)
_CHILDRENS_HOME_RE = re.compile(r"(?P<name>(?:(?-i:[A-Z])[\w'’-]*\s+){1,3})(?:Children['’]?s\s+Home|Childrens\s+Home|Orphanage|"
                                r"Babies['’]?\s+Home|Baby\s+Home|Kinderheim)\b"
                                r"|(?<![\w-])(?:Hogar|Orfanato|Casa\s+Hogar)\s+(?P<name2>(?:(?-i:[A-Z])[\w'’-]*)(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})", re.I)
# a park by its name: "de ingang van park oudegein", "naar park Sonsbeek" (not "het park was leuk")
_PARK_RE = re.compile(r"(?<![\w-])park\s+(?P<name>[^\W\d_][\w'’-]{2,})", re.I)
# a park or a neighbourhood named with its article: "in park de wezenlanden", "een huis in wijk de kolk"
_ART_NAMED_RE = re.compile(r"(?<![\w-])(?P<type>park|wijk|woonwijk|buurt)\s+(?P<name>(?:de|het|'t)\s+[^\W\d_][\w'’-]{2,})(?![\w-])",
                           re.I)
_ART_NAMED_GATE = frozenset({"park", "wijk", "woonwijk", "buurt"})
# a club's short form and name: "HVV Laakkwartier", "vv Wognum", "sv Spakenburg"
_CLUBS = ("vv", "hvv", "svv", "sv", "rkvv", "rksv", "vvv", "hc", "mhc", "zv", "kv", "asv", "cvv", "fc", "bvv", "sc",
          "zvv", "zpc", "atv", "ltc", "wsv", "ckv", "mhv")  # (not "av", "gv": postcode letters, "gezinsvoogd")
# the rest of a club's name: "sv Twenthe Boys", "vv Rood Wit '58", "RKVV SCHINVELDSE BOYS"
_CLUB_TAIL = (r"(?:\s+(?:(?-i:[A-Z][a-z][\w’-]*)|'\d\d|\d\d|boys|girls|united|stars|sport|city|combinatie|vooruit"
              r"|(?-i:[A-Z]{2,})(?=\s+(?-i:[A-Z]{2,}))))")
_CLUB_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_CLUBS) + r")\s+(?P<name>(?P<art>(?:de|het|'t)\s+)?"
                      r"(?:(?-i:[A-Z])[\w'’-]+|[a-z][\w'’-]{3,})"
                      + _CLUB_TAIL + r"{0,2})", re.I)
_GENERIC_NAMES = frozenset("""moskee kerk club gym school buurt wijk stad dorp centrum nieuwe oude grote kleine
eigen andere hele zelfde buurthuis jongeren kinderen ouders vrouwen mannen islamitische christelijke katholieke
protestantse turkse marokkaanse surinaamse""".split())
# a club's name ends in one of these: "zuidoost united", "de Kaseko Kids", "zuidwijk boys"
_CLUB_ENDS = ("boys", "girls", "kids", "united", "stars", "allstars", "crew", "squad", "dancers")
_CLUB_ENDS_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:[^\W\d_][\w'’-]*\s+){1,2}(?:" + "|".join(_CLUB_ENDS) + r"))(?![\w-])", re.I)
_NOT_CLUB_WORDS = frozenset("""the my our your his her their de het een mijn mn m'n me je ze zn z'n onze ons jullie die deze alle goede oude jonge
kleine grote leuke lieve twee drie vier andere zijn haar hun met en of bij van voor naar in op aan""".split())
# a club's name with its year: "Spartaan'20", "Rood Wit '58", "DVS '33"
_CLUB_YEAR_RE = re.compile(r"(?<![\w-])(?P<name>(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?-i:[A-Z])[\w-]+\s?['’]\d\d)(?![\w'’])")
# a community centre named with ordinary words: "wijkcentrum de boerderij", "buurthuis het anker,"
_COMMUNITY_CENTRES = ("wijkcentrum", "buurthuis", "buurhuis", "mfc", "buurtcentrum", "jongerencentrum", "dorpshuis", "clubhuis",
                      "inloophuis", "kinderdagverblijf", "speeltuin", "community centre", "community center",
                      "parochiehuis", "wijkgebouw", "buurtkamer")
_CENTRES = _COMMUNITY_CENTRES + (
    "gemeenschapshuis", "judovereniging", "atletiekvereniging", "roeivereniging", "carnavalsvereniging",
    "zwemvereniging", "voetbalvereniging", "hockeyclub", "zwemclub", "judoclub", "worstelclub", "korfbalvereniging",
    "zeilvereniging", "tennisvereniging", "boxing gym", "jeugdsoos", "soos", "jongerensoos", "tienersoos", "jongerenhonk",
    "sportcentrum", "sporthal", "sportpark", "zwembad", "kinderboerderij", "speeltuin",
    "revalidatiecentrum", "zorgboerderij", "activiteitencentrum", "gezondheidscentrum", "zaal",
    # day care for adults by its name: "dagcentrum de horizon" (not after "dagbesteding bij": "de bakkerij")
    "dagcentrum")
# "de Mussen (buurthuis)": a name with its type in brackets
_BRACKET_TYPE_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:de|het|'t)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*\(\s*(?:het\s+|de\s+|een\s+)?"
    r"(?:" + "|".join(_COMMUNITY_CENTRES) + r"|moskee|kerk|sportclub|voetbalclub|vereniging|jeugdsoos|soos|gym)\s*\)",
    re.I)
_CENTRE_NAME = (r"(?:de|het|'t)\s+[^\W\d_][\w'’-]+"
                r"|noord|oost|zuid|west")  # "sportcentrum west": a part of town names the venue
# (also an adjective and a noun: "buurthuis de nieuwe brug", "revalidatiecentrum de hoge weide"; checked below)
_CENTRE_ADJ_NAME = r"(?:de|het|'t)\s+(?P<adj>[^\W\d_]{2,}e)\s+(?P<noun>[^\W\d_][\w'’-]+)"
_NOT_VENUE_NOUNS = frozenset("dag week avond middag ochtend nacht tijd keer jaar maand weekend zomer winter".split())
_CENTRE_END = (r"(?=\s*(?:[,.;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])|\s+(?:in|te|aan|op|en|waar|dat|die|is|was|heeft|had|maar|want|met|bij|"
                        r"om|voor|of|zit|zat|gaat|ging|kwam|komt|tijdens|na|naast|achter|tot|and|the|at|with|for|"
                        # "wijkcentrum de dreef elke dinsdag", "zaal de kroon iedere week"
                        r"elke|iedere|ieder|vanaf|sinds|"
                        # and in English: "the community centre de nieuwe regentes every tuesday"
                        r"every|each|on|last|this|next|where|which|when|near|were|are|has|have|"
                        # "speeltuin de pijp als het mooi weer is"
                        r"als|toen|omdat|wanneer|zodra|"
                        # "sportpark de toekomst ga je mee", "WIJKCENTRUM DE DREEF WAREN GOED", "... konden houden"
                        r"ga|gaan|waren|zijn|werd|wordt|hebben|hadden|heb|vond|vonden|kon|konden|kan|kunnen|mag|mocht|mochten|"
                        # "naar het wijkcentrum de schakel geweest": a participle after the name
                        r"geweest|gegaan|gelopen|gefietst|gebracht|gehaald|gekomen|geholpen|geweest|gezeten|geleerd|gespeeld)\b)")
_CENTRE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_CENTRES) + r")\s+(?P<name>" + _CENTRE_NAME + ")" + _CENTRE_END, re.I)
_CENTRE_ADJ_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_CENTRES) + r")\s+(?P<name>" + _CENTRE_ADJ_NAME + ")" + _CENTRE_END, re.I)
# a sports park or hall named after its part of town, one word: "op sportpark zuilen"
_CENTRE_BARE_RE = re.compile(r"(?<![\w-])(?:sportpark|sportcentrum|sporthal|zwembad)\s+(?P<name>[^\W\d_][\w'’-]+)", re.I)
# "in het Lichtpunt te Zwolle": a capitalised name after an article, then "te" and a town
_NAME_TE_TOWN_RE = re.compile(r"(?<![\w-])(?:in|bij|naar|op|vanuit)\s+(?:het|de|'t)\s+(?P<name>(?-i:[A-Z])[\w'’-]+)"
                              r"\s+te\s+(?-i:[A-Z])")
# a church named with a phrase: "de pinkstergemeente jezus is heer in ..."
_CHURCHES = ("pinkstergemeente", "evangeliegemeente", "baptistengemeente", "volle evangelie gemeente")
_CHURCH_PHRASE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(c.replace(" ", r"\s+") for c in _CHURCHES) + r")\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|te|aan|op|en|waar|daar)\b)",
    re.I)
# a text without any of these words holds no venue the patterns above can find
_GATE = (frozenset(w.split()[0].lower() for w in words("venue_words")) | frozenset(_TYPES_AFTER) | frozenset(_CLUBS)
         | frozenset(w.split()[0] for w in _CENTRES + _CHURCHES))

# a swimming pool known by its own name, one word ending in "bad": "in het Bosbad", "het
# sportfondsenbad oost" (not "het buitenbad", "een voetbad": words of the dictionary)
_POOL_RE = re.compile(r"(?<![\w-])(?:het|'t|in|naar|bij)\s+(?P<name>[^\W\d_]{2,}bad(?:\s+(?:noord|oost|zuid|west|centrum))?)"
                      r"(?![\w-])", re.I)
_NOT_POOLS = frozenset("""zwembad buitenbad binnenbad kinderbad peuterbad golfslagbad pierenbad recreatiebad wedstrijdbad
instructiebad doelbad bubbelbad ligbad voetbad stoombad modderbad bloedbad schuimbad zitbad zonnebad olifantenbad
kuipbad ijsbad dompelbad stortbad schoolbad douchebad""".split())

# type words that stand before ordinary verbs as often as before a name ("het gebouw lekt"): a name after them
# has its article or a capital
_NAMED_WITH_ARTICLE = frozenset({"gebouw"})
_INTERJECTION_RE = re.compile(r"(?:ha)+h?|(?:he)+|lol|omg|wow", re.I)
_CLUB_END_GATE = frozenset(_CLUB_ENDS)
# before "'23" these are seasons, months and feasts: "zomer '23", "Kerst '22"
_NOT_CLUB_YEAR = frozenset("""zomer winter lente herfst najaar voorjaar kerst pasen pinksteren januari februari maart
april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec
sinds vanaf in van tot eind begin""".split())


def _generic(phrase: str) -> bool:
    parts = [w.lower() for w in phrase.split()]
    return all(w in _FUNCTION_WORDS or w in _GENERIC_NAMES or w in words("capitalised_words")
               or w in words("countries") for w in parts)


def _ordinary(word: str) -> bool:
    low = word.lower()
    return low in _FUNCTION_WORDS or (low in dictionary().words and frequencies().at_least(low, 3.5))


def _unknown(word: str) -> bool:
    return "-" in word or no_dictionary_form(word.lower())


def _at_start(text: str, start: int, name: str) -> bool:
    """A single capitalised word that opens a sentence ("Fijn (buurthuis)") is no name by its case."""
    before = text[:start].rstrip()
    return " " not in name and (not before or before[-1] in ".!?\n")


# the faith of a church or a school, after a people's adjective: "de Syrisch-orthodoxe kerk", "de Rooms-katholieke kerk"
_FAITH_ADJECTIVE_ENDS = ("orthodoxe", "katholieke", "protestantse", "gereformeerde", "evangelische", "apostolische",
                         "hervormde", "islamitische", "lutherse", "anglicaanse", "koptische", "baptistische")


def _find_venues(ctx: _Ctx) -> Iterator[Span]:
    yield from _find_clubs(ctx)
    text = ctx.text
    if "home" in ctx.words or "orphanage" in ctx.words or "kinderheim" in ctx.words or "hogar" in ctx.words \
            or "orfanato" in ctx.words:
        for m in _CHILDRENS_HOME_RE.finditer(text):
            g = "name" if m.group("name") else "name2"
            yield m.start(g), m.end(g) if g == "name2" else m.end(), "locatie", LOW
    if " te " in text:
        for m in _NAME_TE_TOWN_RE.finditer(text):
            if not _generic(m.group("name")):
                yield m.start("name"), m.end("name"), "locatie", LOW
    if "bad" in ctx.lower:
        for m in _POOL_RE.finditer(text):
            word = m.group("name").split()[0].lower()
            if word not in _NOT_POOLS and (word not in dictionary().words or "zwem" in ctx.lower):
                yield m.start("name"), m.end("name"), "plaats", LOW  # "zwemles in het Bosbad"
    if "park" in ctx.words:
        any_case = _neighbourhood_sets()[0]
        for m in _PARK_RE.finditer(text):
            name = m.group("name")
            low = name.lower()
            if f"park {low}" in any_case or low in any_case or low in _name_lists().places \
                    or low in _FUNCTION_WORDS or _generic(name):
                continue  # "park transwijk": a neighbourhood or town (the place rules name it)
            if low in words("chat_words") or _ordinary(name):
                continue  # "in het park enzo", "park ipv ...": no name
            if name[0].isupper() or low in dictionary().proper or low in _name_lists().streets:
                yield m.start("name"), m.end("name"), "locatie", LOW  # "bij park oudegein", "naar park Sonsbeek"
    if not ctx.words.isdisjoint(_ART_NAMED_GATE):
        for m in _ART_NAMED_RE.finditer(text):
            last = m.group("name").split()[-1].lower()
            if last not in _FUNCTION_WORDS and not frequencies().at_least(last, 4.0) and not _generic(m.group("name")):
                kind = "locatie" if m.group("type").lower() == "park" else "plaats"
                yield m.start("name"), m.end("name"), kind, LOW  # "in park de wezenlanden", "in wijk de kolk"
    if not ctx.words & _GATE:
        return
    places = _name_lists().places
    for m in _TYPE_TOWN_RE.finditer(text):
        # a listed town after the type word, in any case, also after "van": "bibliotheek leiden", "het station van
        # dieren" (a town that is a word too only after "station": not "de scouting kampen", "geen buurthuis meer")
        two, one = m.group("town").lower(), m.group("town").split()[0].lower()
        station = m.group("type").lower() == "station"
        for town in (two, one):
            if town in places and town.split()[0] not in _FUNCTION_WORDS and not _generic(town) \
                    and (station or not any(w in dictionary().words or frequencies().at_least(w, 3.5) for w in town.split())):
                yield m.start("town"), m.start("town") + len(town), "plaats", LOW
                break
        else:
            if one in _word_neighbourhoods() and text[m.end("type"):m.start("town")].strip().lower() == "van":
                yield m.start("town"), m.start("town") + len(one), "plaats", LOW  # "het buurthuis van tuindorp"
    for m in _TYPE_NAME_RE.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        body = name.split()[1:] if first.lower() in {"de", "het", "'t"} else name.split()
        if not body or _generic(" ".join(body)):
            continue
        if m.group("type").lower() in _NAMED_WITH_ARTICLE and not (first.lower() in {"de", "het", "'t"} or body[0][0].isupper()):
            continue  # "het gebouw de wingerd", "het gebouw Esdoorn"; not "in het gebouw achten wij"
        # after the type word: a capitalised name ("jongerencentrum De Kroon"), or a word in no
        # dictionary or not frequent, also with its article ("moskee al-fath", "buurthuis de
        # mussen"; not "bij de gym de trainer")
        if body[0].lower() in words("chat_words"):
            continue  # (fifty-sixth session) "bij de moskee vr suikerfeest": chat for "voor", no name
        if body[0][0].isupper() or not _ordinary(body[0]):
            yield m.start("name"), m.start("name") + len(name), "locatie", LOW
        elif first.lower() in {"de", "het", "'t"} and len(body) == 1 and body[0].lower() not in _FUNCTION_WORDS \
                and body[0].lower() not in words("role_words") and body[0].lower() not in words("person_words") \
                and _NAME_ENDS_RE.match(text, m.start("name") + len(name)):
            # an ordinary noun with its article closing the phrase is the venue's name: "op camping de kroon in
            # Venlo", "buurthuis de boog." (not "in de moskee de imam gesproken", "bij de gym de trainer")
            yield m.start("name"), m.start("name") + len(name), "locatie", LOW
    for m in _NAME_TYPE_RE.finditer(text):
        # the words right before the type word that make a name: capitalised in the middle of a
        # sentence, or in no dictionary ("de [al-hijra] moskee", "de [Mevlana] moskee", not "in de kerk")
        words_: list[str] = []
        for w in reversed(m.group("name").split()):
            if w.lower() in _FUNCTION_WORDS or _generic(w) or not (w[0].isupper() or _unknown(w)) \
                    or w.lower().endswith(_FAITH_ADJECTIVE_ENDS):
                break  # (fifty-sixth session: not "de Syrisch-orthodoxe kerk", a church's faith)
            words_.insert(0, w)
        if not words_:
            continue
        start = m.start("name") + m.group("name").rindex(" ".join(words_))
        yield start, m.end("name"), "locatie", LOW
    for m in _CLUB_RE.finditer(text):
        # (not "MHV GEANNULEERD IVM": an ordinary word after the club's letters)
        if m.group("art") or not _ordinary(m.group("name").split()[0]) or m.group("name")[0].isupper():
            yield m.start("name"), m.end("name"), "locatie", LOW  # also "sv de kraaien"
    if "(" in text:
        for m in _BRACKET_TYPE_RE.finditer(text):
            name = m.group("name")
            body = name.split()[1:] if name.split()[0].lower() in {"de", "het", "'t"} else name.split()
            if body and not _generic(" ".join(body)) and not _at_start(text, m.start("name"), name):
                yield m.start("name"), m.end("name"), "locatie", LOW  # "bij de Mussen (buurthuis)"
    for m in _CENTRE_RE.finditer(text):
        if not _generic(m.group("name")):
            yield m.start("name"), m.end("name"), "locatie", LOW  # "wijkcentrum de boerderij"
    for m in _CENTRE_ADJ_RE.finditer(text):
        noun = m.group("noun").lower()
        if inflected_adjective(m.group("adj").lower()) and noun not in _FUNCTION_WORDS and noun not in _NOT_VENUE_NOUNS \
                and not _generic(m.group("name")):
            yield m.start("name"), m.end("name"), "locatie", LOW  # "buurthuis de nieuwe brug", "zaal de gouden leeuw"
    for m in _CENTRE_BARE_RE.finditer(text):
        word = m.group("name").lower()
        if word not in _FUNCTION_WORDS and not _generic(word) and (
                word in _name_lists().places or word in _word_neighbourhoods() or _unknown(word)):
            yield m.start(), m.end("name"), "locatie", LOW  # "op [sportpark zuilen]", "[sporthal overvecht]"
    for m in _CHURCH_PHRASE_RE.finditer(text):
        if m.group("name").split()[0].lower() not in _FUNCTION_WORDS and not _generic(m.group("name")):
            yield m.start("name"), m.end("name"), "locatie", LOW  # "pinkstergemeente jezus is heer"


def _find_clubs(ctx: _Ctx) -> Iterator[Span]:
    """Clubs known by a name that ends as clubs' names do ("zuidwijk boys", "de Kaseko Kids")
    or carries a year ("Spartaan'20"), with or without a type word."""
    text = ctx.text
    if ctx.words & _CLUB_END_GATE:
        for m in _CLUB_ENDS_RE.finditer(text):
            parts = list(re.finditer(r"\S+", m.group("name")))
            # the name's words right before the tail, after any article or other word that
            # is no name ("bij de Kaseko Kids"; not "de boys", "my girls", "woensdag de kids")
            k = len(parts) - 1
            while k > 0 and parts[k - 1].group().lower() not in _NOT_CLUB_WORDS and parts[k - 1].group().lower() not in _CLUBS \
                    and not _INTERJECTION_RE.fullmatch(parts[k - 1].group()):
                k -= 1
            parts = parts[k:]
            generic_tail = parts[-1].group().lower() in {"kids", "boys", "girls"}
            if len(parts) > 1 and parts[0].group()[:1].isalpha() and not (generic_tail and all(
                    p.group()[:1].islower() and (_ordinary(p.group()) or ordinary_english(p.group().lower()))
                    for p in parts[:-1])):
                # (not "zo lief voor mn kids", "I bring three kids": "kids", "boys", "girls" after ordinary words)
                yield m.start("name") + parts[0].start(), m.end("name"), "locatie", LOW
    if "'" in text or "’" in text:
        for m in _CLUB_YEAR_RE.finditer(text):
            first = m.group("name").split()[0].lower().rstrip("'’0123456789")
            if first not in _NOT_CLUB_YEAR:
                yield m.start("name"), m.end("name"), "locatie", LOW


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
