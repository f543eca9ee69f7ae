"""Names the regex layer finds: a word after a role or kinship word ("mijn voogd
sanne"), after "heet"/"genaamd", and lowercase first names from the lists."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import EMOJI_RE, HIGH, LOW, SURNAME_ENDINGS, Span, _Ctx, _I, one_edit
from stemsync.deidentify.english import (_ENGLISH, EN_NAME_AGE_RE, REAL_NAME_BRACKET_RE, english_name_before_age, english_verb_after_name, is_english,
                                         ordinary_english)
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FORMAL_ROLES, _FUNCTION_WORDS, _INTERFIXES,
                                       _LOWERCASE_SURNAME_WORDS, _ROLE_WORDS, _WORD_COLLISIONS,
                                       _NameLists, _name_lists, dictionary, entries, frequencies,
                                       _compound, near_country, near_frequent_word, no_dictionary_form,
                                       population_first_names, sound_alike_typo, unknown_word, words, world_cities)

_ROLE_SET = frozenset(_ROLE_WORDS)
_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
_STREET_ENDS = ("straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dreef", "steeg", "hof")
_PERSON_NOUNS = words("person_words") | frozenset({"stagiaire", "stagiair", "invaller", "invalster"})
_CALLED_SET = frozenset({"genaamd", "heet", "heette", "heten"})
_AND_I_RE = re.compile(r"\s+en\s+(?:ik|mij|me)\b", re.I)
_CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[.,!?;)]|$|\s(?:en|maar|want)\b)")
# what only a person feels: "storm was blij", "Zon is verdrietig"
_FEELINGS = frozenset("""blij boos verdrietig bang moe ziek trots jarig zenuwachtig verlegen gelukkig chagrijnig
opgelucht teleurgesteld eenzaam bezorgd nerveus""".split())
# what a person does, in the past: "Hoop ging vandaag zonder huilen naar binnen", "Zon kwam zingend thuis"
_ACTION_VERBS_PAST = frozenset("""ging kwam liep zat belde lachte huilde zei at sliep speelde vond wilde mocht moest
kreeg deed appte zong danste fietste rende praatte vertelde vroeg""".split())
_STRONG_PAST = frozenset("""bleef kon kreeg stond nam gaf zag wist wou dacht bracht kocht zocht hield riep
schreef las sprong dronk vroeg won verloor zong koos wees""".split())
_VOWELS = "aeiou"
_VERB_PREFIXES = ("ver", "be", "ont", "her", "over", "door", "mee", "op", "af", "aan", "uit", "terug", "weg", "tegen")


@functools.cache
def past_tense(word: str) -> bool:
    """``word`` is a verb in the past tense: one of a few strong ones ("bleef", "gaf") or a
    weak one whose infinitive the dictionary has ("gooide" gooien, "durfde" durven,
    "kookte" koken, "fietste" fietsen)."""
    if word in _ACTION_VERBS_PAST or word in _STRONG_PAST:
        return True
    for prefix in _VERB_PREFIXES:  # "verliep", "begreep", "meekwam"
        if word.startswith(prefix) and (word[len(prefix):] in _ACTION_VERBS_PAST or word[len(prefix):] in _STRONG_PAST):
            return True
    if len(word) < 6 or not word.endswith(("de", "te")):  # a stem of four letters at least: not "grote"
        return False
    return any(f in dictionary().words for f in _infinitives(word[:-2]))


def _infinitives(stem: str) -> set[str]:
    """The infinitives a verb stem may have: "gooi" gooien, "durf" durven, "kook" koken."""
    forms = {stem + "en", stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) + "en"}
    if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] == stem[-2]:
        forms.add(stem[:-2] + stem[-1] + "en")  # "kook": koken, "spreek": spreken
    if len(stem) >= 2 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and (len(stem) == 2 or stem[-3] not in _VOWELS):
        forms.add(stem + stem[-1] + "en")  # "ken": kennen, "bel": bellen
    return forms


# what one calls a person: "angel is echt een engel", "X is een topper"
_PRAISE_NOUNS = frozenset("engel schat schatje topper toppertje held kanjer lieverd legende".split())
# a name with its role in brackets after it: "met Kuipers (IB) en Groothuis (voogd)", "SCHUTTERT (RAAD)"
_NAME_ROLE_BRACKET_RE = re.compile(r"(?<![\w@.'’-])(?P<w>[^\W\d_][\w'’-]{2,})\s*\(\s*(?P<role>[^\W\d_][\w'’-]+)\s*\)")
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:de|het|een|'t)\s+\Z", re.I)
# a name with who that is in brackets: "geert huizinga (de vader) wil ook", "Rahwa (mijn nicht)"
_NAME_WHO_BRACKET_RE = re.compile(r"(?<![\w@.'’-])(?:(?P<first>[^\W\d_][\w'’-]{1,})\s+)?(?P<w>[^\W\d_][\w'’-]{2,})"
                                  r"\s*\(\s*(?:de|mijn|m'n|mn|onze|ons|zijn|haar|z'n|d'r)\s+(?P<role>[^\W\d_][\w'’-]+)\s*\)")
_FAMILY_ROLES = frozenset("moeder vader mama papa oma opa tante oom ouders pleegmoeder pleegvader".split())
# roles written as abbreviations in brackets after a name (also read by the review's risk signals)
BRACKET_ROLE_ABBREVIATIONS = frozenset("ib ib'er raad rvdk gi wt jgz ggz jb gz cjg sw mw".split())
# a name in brackets after a role or kinship word: "mijn moeder (riet)", "de voogd (Sanne)"
_BRACKET_NAME_RE = re.compile(r"\s*\(\s*(?P<name>(?:[^\W\d_]\.\s*)?[^\W\d_][\w'’-]{1,20})\s*\)")  # also "(l. smelt)"
_ROLE_TAIL_RE = re.compile(
    r"\.?(?:\s*,)?\s+(?:(?P<ifx>" + "|".join(re.escape(i) for i in _INTERFIXES) + r")\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*)",
    _I,
)
# "noemt zich", "iedereen noemt me Pinda", "ze noemden hem ..."
_CALLED_RE = re.compile(r"(?<![\w-])(?:noem(?:t|en|de|den)\s+(?:zich(?:zelf)?|hem|haar|me|mij)|naam is|bijnaam is"
                        # (fifty-third session) "mijn oude naam roos staat nog op mijn ov-kaart"
                        r"|(?:mijn|m'n|mn|zijn|z'n|zn|haar|hun|diens)\s+(?:oude|vorige|dode|echte|nieuwe|officiële|officiele)\s+naam"
                        r"(?:\s+(?:is|was|blijft))?"
                        # (and in English: "my name is yordanka petrova", "real name Amara", "everyone calls her Honey")
                        r"|my\s+name\s+is|(?:real|full|first|nick)\s*name(?:\s+is)?|calls\s+(?:her|him|me)|called\s+(?:her|him))(?=\s)", _I)
_NAME_TAIL_RE = re.compile(
    r"\s+(?:(?P<ifx>" + "|".join(re.escape(i) for i in _INTERFIXES) + r")\s+)?"
    r"(?P<sur>[^\W\d_][\w'’-]*)",
    _I,
)

_CALLED_GATE = frozenset("heet heette heten genaamd noemt noemen noemde noemden naam bijnaam achternaam voornaam "
                          "name nickname calls called contactpersoon".split())
# a form's name field: "Naam: Sriwati Kartoredjo.", "Voornaam: Ayaan", "Contactpersoon: Vlot"
_NAME_FIELD_RE = re.compile(r"(?<![\w-])(?:naam|voornaam|achternaam|roepnaam|contactpersoon)\s*:\s*"
                            r"(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:van|de|der|den|el|al)\s+)*(?-i:[A-Z])[\w'’-]+){0,3})", re.I)
# "mijn achternaam (Amoinsie)", "zijn voornaam (Kwame)"
_NAME_IN_BRACKETS_RE = re.compile(r"(?<![\w-])(?:achternaam|voornaam|roepnaam|bijnaam|naam)\s*\(\s*"
                                  r"(?P<w>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)\s*\)", re.I)

# interfixes after which a surname that is also a word is still a surname ("de groot"),
# not "op de groep", "van school"
_SURNAME_IFX = frozenset({"de", "den", "der", "ter", "ten", "te", "van der", "van den", "van de", "v.d.", "vd"})


def _extend_name(text: str, end: int, lists: _NameLists) -> int:
    """Extend a name span over a following surname ("sanne de vries", "Sanne Bakker")."""
    m = _NAME_TAIL_RE.match(text, end)
    if m is None:
        return end
    sur = m.group("sur")
    low = sur.lower()
    ifx = (m.group("ifx") or "").lower()
    if ifx in _SURNAME_IFX and (low in lists.surnames_all or _misspelt_surname(low, lists)) \
            and low not in _FUNCTION_WORDS and not (sur.islower() and low in _TEAM_WORDS):
        return m.end()  # "lisanne de groot", "sanne van der berg", "Ilse de fries": an interfix and a surname
        # (not "mark van de groep": a team)
    if sur[0].isupper() and not ifx and low in lists.first_any and low not in _FUNCTION_WORDS:
        return m.end()  # a double first name: "Gerrit Jan", "Anne Marie"
    if low in _FUNCTION_WORDS or low in lists.common or (low in _ENGLISH and not sur[0].isupper()):
        return end  # (also "Mrs Okafor from the team": an English word, no surname)
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
    if len(low) > 3 and no_dictionary_form(sur) and not (english_verb_after_name(low) and is_english(text.lower())):
        # a word in no dictionary right after a first name: "marek kowalczyk" (in English not a verb: "sofia turned 13")
        return m.end()
    return end


_TEXT_END_RE = re.compile(r"\s*[.!]?\s*\Z")


def _signed_surname(text: str, end: int, lists: _NameLists) -> int:
    """(fifty-sixth session) The end of a signature's name: with a listed surname that closes the text, even a word
    ("groet, rob dekker", "GROET, ROB DEKKER"; not a verb: "groet en tot komen")."""
    m = _NAME_TAIL_RE.match(text, end)
    if m is not None and not m.group("ifx") and _TEXT_END_RE.match(text, m.end()):
        low = m.group("sur").lower()
        if low in lists.surnames_all and len(low) > 3 and low not in _FUNCTION_WORDS and not _verb_form(low) \
                and not (low.endswith("en") and low in dictionary().words):
            return m.end()
    return _extend_name(text, end, lists)


# (fifty-sixth session) thanks for everything, then who is thanked, closing the text: "bedankt voor alles kim."
_THANKS_FOR_ALL_RE = re.compile(r"(?:bedankt|dank\s+je\s+wel|dankjewel|dank\s+u\s+wel|dankuwel|thanks|thx|merci)\s+voor\s+"
                                r"(?:alles|al\s+je\s+hulp|je\s+hulp|jullie\s+hulp|de\s+hulp|uw\s+hulp)\s*,?\s+"
                                r"(?P<n>[^\W\d_][\w'’-]+)\s*[.!]*\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*\Z", re.I)
# (fifty-sixth session) who said it, after a comma and at the end of the sentence: "daar staat het toch, zei rob"
_SAID_TAG_VERBS = frozenset("zei zegt vroeg vraagt riep schreef appte".split())
_SAID_TAG_RE = re.compile(r",\s*(?:zei|zegt|vroeg|vraagt|riep|schreef|appte)\s+(?P<n>[^\W\d_][\w'’-]+)(?=\s*(?:[.!?]|\Z))", re.I)


def _plain_first_name(low: str, lists: _NameLists) -> bool:
    """A listed first name that is no function word, role, relative, person's word, language or feast, or chat: the
    person a frame such as ", zei rob" or "bedankt voor alles kim." names."""
    return low in lists.first_any and low not in _FUNCTION_WORDS and low not in _ROLE_SET and low not in KIN_WORDS \
        and low not in _PERSON_NOUNS and low not in _NOT_NAMES and low not in _CHAT_WORDS


_SOUND_ALIKE = (("f", "v"), ("s", "z"), ("y", "ij"), ("ei", "ij"), ("c", "k"))


def _misspelt_surname(low: str, lists: _NameLists) -> bool:
    """A surname written as it sounds: "de fries" for "de vries", "jansen" for "janssen"."""
    for a, b in _SOUND_ALIKE:
        for x, y in ((a, b), (b, a)):
            if x in low and low.replace(x, y, 1) in lists.surnames_all:
                return True
    return False


def _title_case(ctx: _Ctx) -> bool:
    """Most words after the first are capitalised ("Mijn Zoon Heeft Veel Geleerd")."""
    toks = ctx.tokens
    return len(toks) > 3 and sum(t[0].isupper() for _, _, t in toks[1:]) > 0.4 * (len(toks) - 1)


_NOT_AFTER_HEET = frozenset("eigenlijk echt gewoon ook nou zo anders niet wel officieel voluit trouwens "
                            "bijna iedereen allemaal helemaal toch".split())  # ("heet bijna iedereen hetzelfde")
_WORD_BEFORE_HEET_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+heet\s*\Z", re.I)
_GENERIC_AFTER_VAN = frozenset("""groep klas school gym gymnastiek muziek zwemmen dans handwerken tekenen
natuur rekenen taal engels frans duits wiskunde geschiedenis biologie""".split())


_AGE_WORDS = words("age_words")  # "mijn dochter van negen huilt": an age, no surname
# the public bodies of one word, and the municipality ("de meneer van gemeente"): a service, no surname after "van"
_ONE_WORD_BODIES = frozenset(b.lower() for b in entries("public_bodies") if " " not in b) | {"gemeente"}
_SCHOOL_TYPES = words("school_prefixes")  # "obs", "ikc", "vso" (also read by places.py)
# a role word, lowercase initials and a surname: "de gezinsvoogd s. kromodimedjo", "voogd j. de boer"
_ROLE_INITIALS_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True)) + r")"
    r"\s+(?P<n>(?:[a-zA-Z]\.\s?){1,3}(?:(?:van|de|der|den|ten|ter|el|al|v\.d\.)\s+)*[a-zà-ÿ][\w'’-]{2,})", re.I)
_INITIAL_GATE_RE = re.compile(r"(?<![\w.])[a-zA-Z]\.\s?(?:[a-zA-Z]\.\s?)*(?:(?:van|de|der|den)\s+)*[a-zà-ÿ]{3,}")
# titles written short with a full stop: "mw. de kort", "dhr. van de ven", "mr. bekkers"
_ABBREVIATED_ROLE_RE = re.compile(r"mw|mevr|mvr|mvrw|dhr|hr|mr|mnr|dr|drs|ir|ing|prof|fam|st|juf|mej|mrs|ms|ds")
_OF_CLASS_RE = re.compile(r"\s+van\s+(?:de\s+|het\s+)?(?:brugklas|klas|groep\s*\d|bovenbouw|onderbouw|kleuters|"
                          r"kleutergroep|eindexamenklas|\d\s*(?:havo|vwo|vmbo|mavo))\b", re.I)
_COACH_ROLES = frozenset({"trainer", "trainster", "hulptrainer"})
_PLACE_PREPOSITIONS = frozenset("in uit naar te bij rond nabij richting vanuit".split())
_MODALS = frozenset("en wil wilde mag moet kan kon".split())


_TO_BE = frozenset("is was wordt werd".split())
# a subordinating conjunction and a possessive before a parent's word: "als papa", "toen mijn moeder"
_CLAUSE_OPENER_RE = re.compile(r"(?<![\w-])(?:als|toen|dat|omdat|wanneer|zodra|tot|totdat|voordat|nadat|terwijl|zolang)"
                               r"\s+(?:(?:mijn|m'n|mn|onze|ons|jullie|zijn|haar|de)\s+)?\Z", re.I)
_AFTER_A_KIN_NAME = frozenset("uit van is was heeft had zei zegt kwam komt woont woonde belde belt".split())
# "de heer en mevrouw", "meneer en mevr.": two titles for a couple, ending where the second ends
_TWO_TITLES_BEFORE_RE = re.compile(r"(?<![\w-])(?:heer|meneer|mevrouw|mevr|dhr|vader|moeder)\.?\s+en\s+[\w.]+\Z", re.I)


def _word_after_formal_role(name: str, lists: _NameLists) -> bool:
    """A lowercase word after "mevrouw" or "de heer" that is a word of a note, no surname: a verb or a frequent
    word of the dictionary ("Mevrouw verzoekt", "mevr. tevreden,", "vond mevr. redelijk"), on no name list
    ("mevrouw zomer", "mevrouw kaai", "mevr. doelwijt" stay names)."""
    low = name.lower()
    if not name.islower() or low in lists.surnames_all or low in lists.first_any or low not in dictionary().words:
        return False
    return _verb_form(low) or _third_person(low) or frequencies().at_least(low, 4.4)


def _kin_name_of_a_word(ctx: _Ctx, m: re.Match, role: str, name: str, lists: _NameLists) -> bool:
    """(fifty-third session) A listed first name that is a language or a word of chat, right after a relative and
    before the verb or the clause's end: "oom Frans en buurvrouw Ria", "OOM FRANS.", "mijn moeder ewa werkt" (not
    "een tolk Frans", "mijn moeder, ewa")."""
    low = name.lower()
    if role not in _RELATIVES or m.group("ifx") or not (low in lists.first_any or low in _population_lower()):
        return False
    if ctx.text[m.start("name") - 1:m.start("name")] not in (" ", "\t"):
        return False
    after = _NEXT_WORD_RE.match(ctx.text, m.end("name"))
    if after is None or _CLAUSE_END_AFTER_RE.match(ctx.text, m.end("name")):
        return name[:1].isupper()
    nxt = after.group(1).lower()
    return nxt in _AFTER_A_KIN_NAME or _third_person(nxt) or (nxt == "en" and name[:1].isupper())


# relatives called by a title before the first name ("oma riet", "ome jan")
_TITLED_KIN = frozenset("oma opa omi opi tante oom ome".split())
_KIN_PAIR_AFTER_RE = re.compile(r"\s+en\s+(?:" + "|".join(sorted(_TITLED_KIN)) + r")\s+(?P<n>[^\W\d_][\w'’-]*)", re.I)
_KIN_PAIR_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(_TITLED_KIN)) + r")\s+(?P<n>[^\W\d_][\w'’-]*)\s+en\s+\Z",
                                 re.I)


def _kin_pair(ctx: _Ctx, pos: int, role: str, m: re.Match[str], lists: _NameLists) -> bool:
    """Whether the relative's word after ``role`` (match ``m``) stands beside another titled relative's first name,
    joined by "en": "ome [kees] en tante els", "opa henk en oma [wil]". The other word is a listed first name that is
    no function word or role word."""
    def named(word: str) -> bool:
        low = word.lower()
        return low in lists.first_any and low not in _FUNCTION_WORDS and low not in _ROLE_SET and len(low) >= 3

    after = _KIN_PAIR_AFTER_RE.match(ctx.text, m.end("name"))
    if after is not None and named(after.group("n")):
        return True
    start = pos - len(role)
    before = _KIN_PAIR_BEFORE_RE.search(ctx.text[max(0, start - 40):start])
    return before is not None and named(before.group("n"))


# participles of giving and teaching: "heeft mijn zoon moed gegeven" (two objects: the child, then a word)
_GIVEN_VERBS = frozenset("gegeven geschonken gebracht geleerd gegund bezorgd getoond teruggegeven meegegeven".split())


def _name_after(ctx: _Ctx, pos: int, role: str, lists: _NameLists) -> Span | None:
    """The name right after a role word ending at ``pos``, if it looks like one."""
    m = _ROLE_TAIL_RE.match(ctx.text, pos)
    if m is None:
        return None
    name = m.group("name")
    low = name.lower()
    if low in _PLATFORMS:
        return None  # "zn discord is ...": an app, no one's name
    ifx = m.group("ifx")
    if not ifx and role in _TITLE_ROLES and role not in KIN_WORDS and len(low) >= 3 and low not in _FUNCTION_WORDS \
            and name.isalpha() and _CALLED_TITLE_RE.search(ctx.text, max(0, pos - 40), pos):
        return m.start("name"), m.end("name"), "naam", LOW  # (fifty-eighth session) "de voogd heette mevrouw rechter"
    if not ifx and role in KIN_WORDS and len(low) >= 2 and name.isalpha() and low not in _FUNCTION_WORDS \
            and low not in _ROLE_SET and low not in KIN_WORDS and _AGE_IN_BRACKETS_RE.match(ctx.text, m.end("name")):
        return m.start("name"), m.end("name"), "naam", LOW  # (fifty-eighth session) "MIJN ZUS SALAM (8)": a word too
    title_particle = bool(ifx) and role in _TITLE_ROLES and ifx.lower() in _SURNAME_ONLY_IFX
    if ((low in _NOT_NAMES and not title_particle) or (low in _CHAT_WORDS and not name[:1].isupper())) \
            and not _kin_name_of_a_word(ctx, m, role, name, lists):
        return None  # "een tolk Arabisch": a language (not "juf de fries"); "de begeleider nie": chat for "niet"
    if ifx and role in _COACH_ROLES:
        return None  # "de trainer van zuidwijk boys", "de trainer van de jo11": a club or a team follows
    if ifx and ifx.lower() == "te" and low.endswith("en") and low in dictionary().words:
        return None  # "om de begeleider te bellen": an infinitive
    if "-" in low and all(p in _GENERIC_CARE or p in _FUNCTION_WORDS for p in low.split("-")):
        return None  # "mijn collega van de jeugd-GGZ"
    if "." in ctx.text[pos:m.start("ifx") if ifx else m.start("name")] and not _ABBREVIATED_ROLE_RE.fullmatch(role):
        return None  # "een vaste gezinsvoogd. Daarvoor ...": the sentence ended after the role
    if low.endswith(_STREET_ENDS) and len(low) > 6:
        return None  # "op de meester van der veldestraat": a street
    if not ifx and name.islower() and len(low) >= 8 and low.endswith("eert") and low not in lists.first_any:
        return None  # (fifty-seventh session) "waarin moeder decompenseert": a verb in -eren, no name
    # "juf de wit", "mentor van der berg": after a title an interfix that never starts
    # an ordinary phrase makes the next word a surname, even an ordinary word
    surname_ifx = (bool(ifx) and role in _TITLE_ROLES and ifx.lower() in _SURNAME_ONLY_IFX
                   and (low in lists.surnames_all or not low in dictionary().words))
    formal_surname = role in _FORMAL_ROLES and not ifx and low not in _VERB_AFTER_NAME and len(low) >= 3 \
        and not (not ctx.shouting and _word_after_formal_role(name, lists))
    after = _NEXT_WORD_RE.match(ctx.text, m.end("name"))
    if (role in _TITLE_ROLES and not ifx and low in lists.surnames_all and len(low) >= 3 and after
            and after.group(1).lower() in _VERB_NO_EN | {"van", "uit"}
            and not (role in _RELATIVES and name.islower() and _verb_form(low))):
        # "juf bos van de klimop heeft ons geholpen", "meester visser zei" (not "waar mijn opa ligt is omgewaaid": a
        # relative's verb)
        formal_surname = True
    if role in _TITLE_ROLES and not ifx and len(low) >= 3 and _OF_CLASS_RE.match(ctx.text, m.end("name")):
        formal_surname = True  # "juf dapper van de brugklas": a teacher of a class, by name
    if role == "heet" and not ifx and len(low) >= 3 and low not in _FUNCTION_WORDS and low not in _NOT_AFTER_HEET:
        b = _WORD_BEFORE_HEET_RE.search(ctx.text, max(0, pos - 40), pos)
        if b is not None and (b.group(1).lower() in _ROLE_SET | KIN_WORDS | {"ze", "hij", "zij", "naam"}
                              or _misspelled_role(b.group(1).lower()) is not None):
            formal_surname = True  # "mijn begleider heet dijkstar of zoiets"
    if ifx and ifx.lower() == "van" and (low in _GENERIC_AFTER_VAN and not name[:1].isupper() or low in _SCHOOL_TYPES):
        return None  # "de mentor van school", "juf van groep 5", "de logopedist van ikc de Vlinderboom"
    if ifx and ifx.lower() in _SHORT_IFX and not name[:1].isupper() \
            and (low in _GENERIC_AFTER_VAN or low in _GENERIC_CARE or low in _ONE_WORD_BODIES):
        return None  # (fifty-seventh session) "van de" written short in chat: "de juf vd school", "de meneer v.d. gemeente"
    if ifx and ifx.lower() == "van" and (low in _GENERIC_CARE or low in _ONE_WORD_BODIES):
        return None  # "de meneer van gemeente", "psycholoog van GGZ", "de mevrouw van vluchtelingenwerk": a service
    if ifx and ifx.lower() == "van" and low in _PERSON_NOUNS and name.islower() and low not in lists.surnames_all:
        return None  # (fifty-sixth session) "de moeder van cliënt is": a person's word, no surname
    if ifx and ifx.lower() == "van" and role in _TITLE_ROLES and low in lists.surnames_all \
            and low not in _GENERIC_AFTER_VAN and not name[:1].isupper():
        surname_ifx = True  # "juf van dijk (we noemen haar ...)", not "juf van groep 5"
    same_sentence = "." not in ctx.text[pos:m.start()]  # not "... aan mijn moeder. de tweede was beter"
    if ifx and same_sentence and after and after.group(1).lower() in _VERB_NO_EN and low not in _AGE_WORDS and (
            ifx.lower() == "van" or ifx.lower() in _SURNAME_ONLY_IFX and role not in KIN_WORDS
            and (low in lists.surnames_all or low not in dictionary().words or _misspelt_surname(low, lists))):
        surname_ifx = True  # "de jeugdbeschermer van dam zei", "GEZINSVOOGD DE GRAAF LUISTERT NIET"
    # "mijn vriend Hoop ging mee": a capitalised first name that is also a word, mid-sentence
    capital_name = (same_sentence and not ifx and name[:1].isupper() and not name.isupper() and not ctx.shouting
                    and low not in _NOT_NAMES and not _title_case(ctx))
    # "van der meer", "ten have": after these interfixes only a surname can follow
    strong_ifx = bool(ifx) and ifx.lower() in {"van der", "van den", "ter", "ten", "der", "den"} and (
        low in lists.surnames_all or (role in _TITLE_ROLES and low not in _FUNCTION_WORDS and len(low) >= 3))
    # (fifty-second session) a parent's state in a subordinate clause, no name: "als papa klaar was", "toen mama klaar is"
    parent_state = (not ifx and role in _KIN_OR_PARENT and name.islower() and low in lists.common and after is not None
                    and after.group(1).lower() in _TO_BE
                    and _CLAUSE_OPENER_RE.search(ctx.text, max(0, pos - 30), pos - len(role)) is not None)
    # "oom wil haalt ze op": a name that is a function word, then the verb it does
    verb_name = (not ifx and low in _FUNCTION_WORDS and low in lists.first_any and len(low) >= 3 and after is not None
                 and after.group(1).lower() in _VERB_NO_MODALS and same_sentence and not parent_state)
    # (fifty-first session) "Tante Door uit Heerlen": a first name that is a function word, with its capital after a
    # kinship word, before "uit", "van" or a verb
    verb_name = verb_name or (not ifx and role in _RELATIVES and name[:1].isupper() and not name.isupper()
                              and not ctx.shouting and low in _FUNCTION_WORDS and len(low) >= (3 if low in lists.first_any else 4)
                              and after is not None and after.group(1).lower() in _AFTER_A_KIN_NAME and same_sentence
                              and not _title_case(ctx))
    # "begeleider bloem is altijd positief", "de gezinscoach storm was direct": a first name
    # that is also a word, after a role word and before the verb it does
    role_word_name = (not ifx and role not in KIN_WORDS and low in lists.first_any and len(low) >= 3
                      and after is not None and (after.group(1).lower() in _VERB_NO_MODALS
                                                 or _third_person(after.group(1).lower()))
                      and same_sentence and low not in _ROLE_SET and not parent_state)
    # "mijn dochter ama gaat", "mijn zoon kofi heeft": a first name of a community list that is
    # also a rare word, after a kinship word and before the verb
    kin_name = (not ifx and role in KIN_WORDS and len(low) >= 3 and same_sentence and low not in _ROLE_SET and (
        (low in _population_lower() and after is not None and not frequencies().at_least(low, 3.5)
         and (after.group(1).lower() in _VERB_NO_MODALS or _third_person(after.group(1).lower())))
        # "mijn zus storm en ik": a listed first name, then the writer joins in
        or (low in lists.first_any and low not in _FUNCTION_WORDS and _AND_I_RE.match(ctx.text, m.end("name")) is not None)))
    # (sixtieth session) two relatives by their titles and first names, one of them a word: "opa henk en oma wil uit
    # rijswijk", "tante els en oom toon" (not "opa henk en oma wil graag komen": a function word then needs a verb or
    # "uit" after it)
    kin_name = kin_name or (not ifx and role.lower() in _TITLED_KIN and same_sentence and len(low) >= 3
                            and low in lists.first_any and low not in _ROLE_SET and _kin_pair(ctx, pos, role, m, lists)
                            and (low not in _FUNCTION_WORDS or after is None or after.group(1).lower() in _AFTER_A_KIN_NAME
                                 or _CLAUSE_END_AFTER_RE.match(ctx.text, m.end("name")) is not None))
    # "tolk mehari kende", "oma riet": a listed first name (a community's list too) that is a rare
    # word, right after a role or kinship word
    rare_name = (not ifx and same_sentence and len(low) >= 3 and low not in _FUNCTION_WORDS and low not in _ROLE_SET
                 and (low in lists.first_any or low in _population_lower()) and not frequencies().at_least(low, 4.0))
    # "dat begeleidster hoop de beste was": a role word used as a title (no article or possessive
    # before it), then a listed first name, also a frequent word
    bare_role_name = (not ifx and same_sentence and role not in KIN_WORDS and len(low) >= 3 and low in lists.first_any
                      and low not in _FUNCTION_WORDS and low not in _ROLE_SET and role not in _CALLED_SET
                      and (b := _WORD_BEFORE_ROLE_RE.search(ctx.text, max(0, pos - 60), pos)) is not None
                      and b.group(1).lower() not in _NOT_BEFORE_TITLE)
    # "meester vos weer", "vertrouwenspersoon lindeboom heeft", "JEUGDBESCHERMER VOS, ZONDER": a listed
    # surname that is a rarer word after a role word (a title), or before a verb or the clause's end
    rare_surname = (not ifx and same_sentence and role not in KIN_WORDS and role not in _CALLED_SET and len(low) >= 3
                    and low in lists.surnames_all and low not in _FUNCTION_WORDS and low not in _ROLE_SET
                    and not frequencies().at_least(low, 4.5) and not _verb_form(low)
                    and (role in _TITLE_ROLES or after is None or _CLAUSE_END_AFTER_RE.match(ctx.text, m.end("name"))
                         or after.group(1).lower() in _VERB_NO_EN or _third_person(after.group(1).lower())))
    # "het maatje heet wil en ze is ...": after "heet" a first name that is a function word,
    # then the clause ends
    called_name = (role in _CALLED_SET and not ifx and low in _FUNCTION_WORDS and low in lists.first_any
                   and len(low) >= 3 and _CLAUSE_END_AFTER_RE.match(ctx.text, m.end("name")) is not None
                   and (b := _WORD_BEFORE_HEET_RE.search(ctx.text, max(0, pos - 40), pos)) is not None
                   and b.group(1).lower() in _ROLE_SET | KIN_WORDS | _PERSON_NOUNS | {"ze", "hij", "zij", "naam"}) or (
        # (fifty-seventh session) a month that is a first name, after "ik heet": "IK HEET MEI EN IK BEN 12"
        role == "heet" and not ifx and low in _MONTH_FIRST_NAMES
        and (b := _WORD_BEFORE_HEET_RE.search(ctx.text, max(0, pos - 40), pos)) is not None
        and b.group(1).lower() in {"ik", "ze", "zij", "hij", "dochter", "zus", "zusje", "dochtertje"})
    if ifx and ifx.lower() == "van de" and role in _TITLE_ROLES and low in lists.surnames_all and same_sentence \
            and not frequencies().at_least(low, 5.0) \
            and low not in _GENERIC_AFTER_VAN and low not in _GENERIC_CARE and after is not None \
            and (after.group(1).lower() in _VERB_NO_EN or after.group(1).lower() in _AFTER_A_TITLED_SURNAME
                 or _third_person(after.group(1).lower())):
        surname_ifx = True  # "juf van de berg heeft haar opgevangen", "ds. van de berg niet" (not "juf van de klas heeft")
    if ifx and role in {"fam", "fam."} and low not in _FUNCTION_WORDS and low not in _ROLE_SET and len(low) >= 3 \
            and low not in _PERSON_NOUNS and low not in KIN_WORDS and low not in {"buren", "overkant", "familie"}:
        surname_ifx = True  # (fifty-third session) "groeten van fam. van de beek": "fam." names a family by its surname
    if title_particle and low not in _FUNCTION_WORDS and len(low) >= 3 and not frequencies().at_least(low, 4.5) \
            and (low in lists.surnames_all or low not in dictionary().words or not low.endswith("en")):
        # (not "oma de contactmomenten": a plural noun on no surname list)
        surname_ifx = True  # "juf de fries", "meester de lange": after a title and "de" a surname, even a word
    if strong_ifx or ifx and ifx.lower() in _SHORT_IFX and len(low) >= 3 and low not in _FUNCTION_WORDS:
        surname_ifx = True  # (an interfix written short stands only before a surname: "mevrouw v. d. berg")
    elif verb_name or role_word_name or kin_name or called_name:
        return m.start("name"), m.end("name"), "naam", LOW
    elif rare_name or bare_role_name or rare_surname:
        return m.start("name"), _extend_name(ctx.text, m.end("name"), lists), "naam", LOW
    elif low in _FUNCTION_WORDS or low in _ROLE_SET or (
            low in lists.common and not surname_ifx and not formal_surname and not capital_name):
        return None
    ordinary = low in dictionary().words
    if not ifx and ordinary and not name[:1].isupper() and after is not None and after.group(1).lower() in {"die", "dat"} \
            and frequencies().at_least(low, 5.0):
        return None  # "vertelde mijn zoon dingen die hij ...": a frequent word, then a clause about it
    if not ifx and ordinary and role in KIN_WORDS and after is not None and after.group(1).lower() in _GIVEN_VERBS:
        return None  # (sixtieth session) "HEEFT MIJN ZOON MOED GEGEVEN": what he was given, a word, no name
    if not ifx and ordinary and not name[:1].isupper() and past_tense(low) \
            and after is not None and after.group(1).lower() not in _VERB_AFTER_NAME:
        return None  # "mijn dochter koos 'trots'": the verb she did, not her name
    if ifx and role not in _FORMAL_ROLES and not name[0].isupper() and ordinary and not surname_ifx:
        return None  # "mijn moeder van de overkant", "juf van de klas"; but "juf de wit"
    if ifx and ifx.lower() in {"van de", "van het", "van 't"} and ordinary and not name[0].isupper() and not surname_ifx \
            and not (role in _FORMAL_ROLES and low in lists.surnames_all
                     and low not in _GENERIC_AFTER_VAN and not frequencies().at_least(low, 4.0)):
        return None  # "meneer van de gemeente", "die meneer van de raad" (but "dhr. van de ven")

    if role in _FORMAL_ROLES and not ifx and not ctx.shouting and _word_after_formal_role(name, lists):
        return None  # "Mevrouw verzoekt ...", "mevr. tevreden", "Mevr tevreeden": a note's verb or word, no surname
    if role in _FORMAL_ROLES and not ifx and name.islower() and low in dictionary().words \
            and low.endswith("en") and frequencies().at_least(low, 4.0) and _TWO_TITLES_BEFORE_RE.search(ctx.text, max(0, pos - 40), pos):
        return None  # (fifty-first session) "De heer en mevrouw geven aan": the two of them, then their verb
    if "," in ctx.text[pos:m.start("name")] and (
            ctx.text[m.end("name"):m.end("name") + 1] != "," or low in _FUNCTION_WORDS or ifx):
        return None  # "Geachte heer/mevrouw, Hierbij ..."; but "Mijn moeder, Patience, heeft"
    ok = (
        formal_surname  # "mevrouw zomer", "meneer bakker"
        or name[0].isupper()
        or low in lists.role_tokens
        or (role in _FORMAL_ROLES and (ifx or low in lists.surnames_lower))
        or (ifx and (not ordinary or surname_ifx))
        or _not_ordinary(name)  # "mijn voogd tesfay", "mevrouw azzouzi", "mevrouw bakkker"
    )
    if not ok or (ifx and ordinary and role not in _FORMAL_ROLES and not surname_ifx) or (
            ordinary and not name[0].isupper() and not formal_surname and not surname_ifx
            and low not in lists.role_tokens and role not in _FORMAL_ROLES):
        return None
    conf = HIGH if low in lists.role_tokens and not ifx else LOW  # a listed name, or only its context
    start = m.start("ifx") if ifx else m.start("name")
    return start, _extend_name(ctx.text, m.end("name"), lists), "naam", conf


# after these, a capitalised word that is in no dictionary is a name, also at the
# start of a sentence ("Rigency en ik", "Habtom zei")
_NAME_CONTEXT_AFTER = frozenset(
    "en zei zegt belde belt appte heeft had is was kwam komt doet deed wil wilde mag moet kan "
    "vindt vond snapt luistert praat sprak vroeg vraagt van bracht hielp kent weet woont werkt gaf".split()
)
_SENTENCE_END = ".!?:;\n\"'(-\u2022*>"


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_END


_NOT_NAMES = words("capitalised_words")
# after a first name at the start of a sentence, these verbs say it is a person:
# "Faith is weg", "Mees was ziek", "Joy belde"
_VERB_AFTER_NAME = _NAME_CONTEXT_AFTER | frozenset(
    "is was heeft had wordt werd zit zat gaat ging blijft bleef helpt hielp weet wist "
    "mocht mag moest moet kreeg krijgt woont woonde wou wouden begrijpt begreep kent kende "
    "zegt helpt luistert "
    "regelt regelde snapte begreep luisterde "
    # what a person does: "Mees slaapt weer door", "Diamond gaf me een 10"
    "gaf geeft slaapt sliep eet speelt speelde lacht lachte huilt huilde loopt liep leest schrijft schreef "
    "werkt werkte vertelt vertelde appt stuurde stuurt haalt haalde brengt "
    # (forty-third session) "Thanu mist hem", "Kajan zn verjaardag is ...", "Jay belt morgen" (not "kan", "kon": "EN
    # JAWS KON ER NIKS MEE", a screen reader)
    "mist miste komt kwam belt belde zn z'n".split())
# (fifty-fourth session) and at a sentence's start only: "Dato ziet zn vader weer", "Giorgie vondt het fijn" (the "d"
# typed as "dt"; not after "als": "als wijkteammedewerker zag ik")
_VERB_AFTER_INITIAL_NAME = _VERB_AFTER_NAME | frozenset("ziet zag vondt ligt lag".split())
_APPOSITION_OPEN = frozenset("de het mijn m'n mn onze ons onze zijn haar".split())
_POSSESSIVES = _APPOSITION_OPEN - {"de", "het"}


# a professional's shorthand for a person: "mdr" moeder, "vdr" vader, "jgd" jeugdige, "IB'er"
_NOTE_ABBREVIATIONS = frozenset("mdr vdr jgd jgdg jeugdige ib'er ib’er ibber pm pv po gv gzv cm".split())
_LAST_WORD_RE = re.compile(r"([\w'’]+)\s*\Z")
_HAVE_WORDS = frozenset("heeft hebben heb had hadden".split())
_HAVE_NAME_PARTICIPLE_RE = re.compile(
    r"(?<![\w-])(?:heeft|hebben|heb|had|hadden)\s+(?P<n>[^\W\d_]+)\s+"
    r"(?:(?:echt|goed|heel|super|zo|erg|enorm|ontzettend|ook|al|nog|weer|toch|wel|even|ff|fijn|geweldig)\s+)*"
    # (only what is done to a person: not "heeft havo-advies gekregen", "hebben momo's gemaakt", "heeft sorrie gezegd")
    r"(?:geholpen|opgevangen|opgehaald|gebracht|thuisgebracht|begeleid|ondersteund|gesteund|meegenomen|gezien|"
    r"gesproken|ontmoet|uitgenodigd|getroost|geknuffeld|gemist|bezocht|opgezocht|aangemeld|doorverwezen|"
    r"overgeplaatst|opgevoed|verzorgd|geadopteerd|gered|beschermd|geleerd|aangenomen)(?![\w-])", re.I)
# one word in brackets right after a word: who the word before is, "Shukria (moeder)" (also read by foreign.py)
ROLE_BRACKET_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?P<role>[^\W\d_][\w'’-]+)[ \t]*\)")
_NAME_THEN_ROLE_BRACKET_RE = re.compile(r"(?<![\w'’-])(?P<n>[^\W\d_][\w'’-]{2,})" + ROLE_BRACKET_AFTER_RE.pattern)
_BRACKET_PERSON_RE = re.compile(r"\s*\(\s*(?:(?:m|v|j|x|jongen|meisje)\s*[/,]?\s*\d{1,2}(?!\d)"
                                r"|(?:(?:mijn|m'n|mn|onze|ons|de|het|een)\s+)?(?P<w>[^\W\d_]+))", re.I)


_SENTENCE_STOP_RE = re.compile(r"[.!?\n]")


def _question(text: str, end: int) -> bool:
    """The sentence from ``end`` on is a question: "Wil de begeleider ook komen?"."""
    m = _SENTENCE_STOP_RE.search(text, end)
    return m is not None and m.group() == "?"


def _bracket_person(text: str, end: int) -> bool:
    """A bracket after a word says who it is: "Storm (m, 9)", "Wil (collega ambulant)",
    "hoop (meisje van 9)"; not after a note's abbreviation ("Jgd (zoon van ...)", "IB'er (mw. ...)")."""
    before = _LAST_WORD_RE.search(text, max(0, end - 12), end)
    if before is not None and before.group(1).lower() in _NOTE_ABBREVIATIONS:
        return False
    m = _BRACKET_PERSON_RE.match(text, end)
    if m is None:
        return False
    w = m.group("w")
    return w is None or w.lower() in _ROLE_SET or w.lower() in _PERSON_NOUNS


def _apposition(toks: tuple[tuple[int, int, str], ...], i: int, text: str) -> bool:
    """Token ``i`` is followed by an apposition that names a role: "Gift, de stagiaire,",
    "Beer mijn zoon", "Sanne (mijn voogd)"."""
    j = i + 1
    if j + 1 >= len(toks):
        return False
    between = text[toks[i][1]:toks[j][0]]
    if between.strip() not in {"", ",", "(", "-", "–"}:
        return False
    if toks[j][2].lower() == "als" and toks[j + 1][2].lower() in _ROLE_SET:
        return True  # "heeft Patience als mentor"
    if between.strip() == "(" and _bracket_person(text, toks[i][1]):
        return True  # "Jojo (pleegzoon) zegt", "Storm (m, 9) zat erbij", "Wil (collega ambulant)"
    if toks[j][2].lower() not in _APPOSITION_OPEN:
        return False
    nxt = toks[j + 1][2].lower()
    if nxt.endswith("e") and j + 2 < len(toks) and toks[j][2].lower() in _POSSESSIVES and nxt not in _BEST and nxt not in _FUNCTION_WORDS \
            and nxt not in _ROLE_SET and nxt not in _PERSON_NOUNS and nxt in dictionary().words:
        nxt = toks[j + 2][2].lower()  # an inflected adjective between: "Zon (mijn kleine zusje"
    return nxt in _ROLE_SET or nxt in _PERSON_NOUNS or _misspelled_role(nxt) is not None


# a person's record follows: "Sutini, BSN 123456782", "Jordy, geb. 12-03-2011"
_RECORD_AFTER_RE = re.compile(r"\s*,\s*(?:bsn|burgerservicenummer|geb\b|geboren|geboortedatum|cli[eë]ntnummer|clientnr|"
                              r"dossiernummer|dossiernr)", re.I)
_MARK_AFTER_RE = re.compile(r"\s*:?\s*\d{1,2}(?:[.,]5)?\s*/\s*10(?!\d)")
# a child's age in brackets right after a name: "Bence (12) gaat", "(12, groep 8)", "MIJN ZUS SALAM (8 j)", "(8 jr.)"
# (fifty-ninth session: one pattern for the two frames that read it)
_AGE_IN_BRACKETS_RE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:(?:jaar|jr|j)\.?)?\s*[),]")
_PRONOUNS = frozenset("ze zij hij haar hem die".split())
_BANK_WORD_RE = re.compile(r"(?:mijn|het|ons|zn|z'n|je|uw|jouw|nieuwe|haar|zijn)\s+iban\b|\biban\s*(?::|is\b|nummer|nr|voor\b|van\b|"
                           r"[A-Z]{2}\d{2})", re.I)
_PRONOUN_NAMES = frozenset({"men", "jouw"})  # on deduce's first-name list, but pronouns


def _vocative(text: str, end: int, nxt: str) -> bool:
    """The word is addressed: an emoji, "je"/"jij" or a comma and "dank" right after it."""
    after = text[end:end + 8].lstrip(" !,")  # "Sunny!!! 🌻🌻 thnx"
    return bool(after) and (bool(EMOJI_RE.match(after)) or nxt in {"je", "jij", "jouw", "bedankt", "dankjewel", "dankje",
                                                                    "bby", "babe", "schat", "lieverd", "thanks",
                                                                    "thx", "thnx", "tnx", "merci", "dankuwel"})


def role_compound(low: str) -> bool:
    """A compound whose head is a role or person word: "kinderbegeleidster",
    "netwerkpleegouder" (also read by places.py)."""
    return any(low[k:] in _ROLE_SET or low[k:] in _PERSON_NOUNS for k in range(3, len(low) - 4))


@functools.lru_cache(maxsize=65536)
def _verb_form(word: str) -> bool:
    """A present or past form of a verb, also a short one ("belt", "voert", "zei")."""
    return past_tense(word) or (word.endswith("t") and word in dictionary().words
                                and any(f in dictionary().words for f in _infinitives(word[:-1])))


def _third_person(word: str) -> bool:
    """A verb in the third person present: "spreekt", "woont" (a word ending in -t the
    dictionary has, not a function word)."""
    return len(word) >= 5 and word.endswith("t") and word not in _FUNCTION_WORDS and word in dictionary().words \
        and any(f in dictionary().words for f in _infinitives(word[:-1]))


def _word_pair(toks: tuple[tuple[int, int, str], ...], i: int, lists: _NameLists) -> bool:
    """Token ``i``, a name that is also a word, begins a pair of words: "Joy en verdriet",
    "Hoop en vertrouwen" (not "Joy en ik", "Joy en Sanne")."""
    if i + 2 >= len(toks) or toks[i + 1][2].lower() != "en":
        return False
    return _pair_of_words(toks[i][2].lower(), toks[i + 2][2], lists)


def _pair_of_words(low: str, other: str, lists: _NameLists) -> bool:
    return (low in _WORD_NAMES or low in dictionary().words or frequencies().at_least(low, 4.0, "en")) \
        and other.islower() and other in dictionary().words and other not in lists.first_any \
        and other not in _PRONOUNS and other not in {"ik", "mij", "me", "wij", "we", "jij", "jou"} \
        and other not in _FUNCTION_WORDS and other not in _PERSON_NOUNS and other not in _ROLE_SET \
        and other not in KIN_WORDS  # "Roos en mama", "Roos en mijn moeder": two people


_AND_WORD_RE = re.compile(r"\s+en\s+([^\W\d_]+)")


def begins_word_pair(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` and the word after "en" are a pair of ordinary words:
    "Roos en tulpen op tafel" (deduce's finding of "Roos" is dropped)."""
    m = _AND_WORD_RE.match(text, end)
    return m is not None and _pair_of_words(text[start:end].lower(), m.group(1), _name_lists())


def _refers_to_person(ctx: _Ctx, verb: str) -> bool:
    """The comment speaks of a person: a pronoun or a role word occurs in it, or someone
    did something to the writer ("Storm heeft mij geholpen")."""
    return bool(ctx.words & _PRONOUNS) or bool(ctx.words & _ROLE_SET) or bool(ctx.words & {"mij", "me"})


def _capitalised_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    """Capitalised words that are names: on a first-name list of the communities youth
    care serves (``data/first_names_*.txt``), or in no dictionary at all (LOW); first
    names that are also words where the context marks a person (LOW)."""
    text = ctx.text
    pop = _population_lower()
    toks = ctx.tokens
    lows = ctx.lows
    ordinary = dictionary().words
    caps = [t for s_, _, t in toks[1:] if t[0].isupper()]
    ctx_title_case = len(toks) > 3 and len(caps) > 0.4 * (len(toks) - 1)
    for i, (start, end, tok) in enumerate(toks):
        if not tok[0].isupper() or tok.isupper() or not tok.replace("-", "").replace("'", "").isalpha() \
                or _INTERJECTION_RE.fullmatch(tok) or tok.lower() in _GREETINGS:  # "Hahaha de kids", "Hoi, de trainer"
            continue
        low = tok.lower()
        if low in _NOT_NAMES and i == 1 and lows[0] in _GREETINGS and low in lists.first_any \
                and re.match(r"\s*(?:[!,.:]|$)", text[end:end + 2]):
            yield start, end, "naam", LOW  # (fifty-third session) "Hoi Frans!": a greeting names a person
            continue
        if low in _ROLE_SET or low in _NOT_NAMES:
            continue
        if low == "iban" and _BANK_WORD_RE.search(text, max(0, start - 12), min(len(text), end + 12)):
            continue  # "MIJN IBAN IS ...", "IBAN: NL..": the bank's word (the name Iban elsewhere)
        if low in _ARTICLES:
            continue  # "zit op De Nieuwe Havo": an article, never a name
        if low in _FUNCTION_WORDS:
            if low in _PRONOUN_NAMES:
                continue  # "Men zegt dat ...": a pronoun, never a person's name
            # a capitalised function word in the middle of a sentence that is a first name:
            # "dat Wil gewoon eerlijk zei" (not in text that capitalises every word)
            if (low in lists.first_any and not _at_sentence_start(text, start) and not ctx_title_case
                    and i and lows[i - 1] not in _ARTICLES
                    and not (low in {"ben", "bin", "wil"} and lows[i - 1] in {"ik", "k", "'k", "ich", "iech"}
                             and (i == 1 or _at_sentence_start(text, toks[i - 1][0])
                                  or lows[i - 2] in {"en", "maar", "want", "dus", "dat", "omdat", "als", "toen"}))):
                yield start, end, "naam", LOW  # (not "'k Ben d'r nie gerust op": the verb after the writer)
            elif (low in lists.first_any and _at_sentence_start(text, start) and i + 1 < len(toks)
                  and lows[i + 1] in _VERB_NO_MODAL4):
                yield start, end, "naam", LOW  # "Ben is de eerste begeleider"
            elif low in lists.first_any and _apposition(toks, i, text) and not _question(text, end):
                yield start, end, "naam", LOW  # "Wil (onze begeleider) gaat het uitleggen" (not "Wil de begeleider ...?")
            continue
        if "-" in low and any(p in _ROLE_SET or p in _PERSON_NOUNS or p.endswith(("medewerker", "werker"))
                              for p in low.split("-")):
            continue  # "CJG-medewerker", "Jeugdzorg-begeleider"
        if "-" in low and len(low.split("-")[-1]) >= 4 and low.split("-")[-1] in dictionary().words:
            continue  # "Kracht-conferentie", "Wat Werkt-formulier": a compound noun
        initial = _at_sentence_start(text, start)
        prev = lows[i - 1] if i else ""
        if prev == "het" and i >= 2 and lows[i - 2] in {"is", "was"}:
            prev = "(het)"  # "was het Rik of Daan?": "het" the subject, no article
        nxt = lows[i + 1] if i + 1 < len(toks) else ""
        listed = low in lists.first_any or low in pop
        variant = not listed and tok[0].isupper() and listed_spelling(low)  # "Soenil", "Dannny"
        if initial and (listed or _not_ordinary(tok)) and low not in _EXCLAMATIONS and low not in _CHAT_WORDS \
                and _vocative(text, end, nxt):
            # "Efua 🌻 dankjewel", "Ama je bent n schat", "Faith 🙌 echt een engel"
            yield start, end, "naam", LOW
            continue
        if len(low) >= 3 and _RECORD_AFTER_RE.match(text, end) and no_dictionary_form(tok) and not near_frequent_word(low):
            yield start, end, "naam", LOW  # "de gegevens: Sutini, BSN ...", "Jordy, geb. 2011"
            continue
        if initial and len(low) >= 3 and text[end:end + 3].lstrip().startswith("(") and no_dictionary_form(tok) \
                and (not near_frequent_word(low) or _AGE_IN_BRACKETS_RE.match(text, end)) and low not in _EXCLAMATIONS:
            yield start, end, "naam", LOW  # "Djanira (16) reageert goed", "Yuleisy (cliëntnummer ...)"
            continue
        if prev and (prev in _ROLE_SET or prev in KIN_WORDS or prev in _PERSON_NOUNS) and text[start - 1:start] == "(" \
                and len(low) >= 3 and no_dictionary_form(tok) and not near_frequent_word(low):
            yield start, end, "naam", LOW  # "moeder (Feven) sloot aan", "jongere (Kinan, 16)"
            continue
        if i == 0 and listed and _MARK_AFTER_RE.match(text, end):
            yield start, end, "naam", LOW  # "Lente 10/10 🌟": a person given a mark
            continue
        if i == 0 and low not in _EXCLAMATIONS and _EMOJI_THEN_YOU_RE.match(text, end):
            yield start, end, "naam", LOW  # "Tutu 🫶🏽 je weet zelf": addressed, even when a word
            continue
        if not initial and low not in ordinary and nxt in _VERB_NO_EN and len(low) >= 3 \
                and prev not in _ARTICLES and prev not in _PLACE_PREPOSITIONS and not _at_sentence_start(text, start):
            yield start, end, "naam", LOW  # "nee serieus Favour was de beste"
            continue
        if initial and listed and nxt in _VERB_AFTER_NAME and (
                low in _FUNCTION_WORDS or low in lists.common) and not _ABSTRACT_NEXT_RE.match(text, end) and (
                _refers_to_person(ctx, nxt) or (low not in _FUNCTION_WORDS and _subject_name_context(ctx, i))):
            # "Ben is de eerste begeleider", "Lot heeft ons geholpen ... zij": a name that
            # is also a word, as the subject, with a pronoun or role word in the text
            yield start, end, "naam", LOW
            continue
        if (listed or not initial or not frequencies().at_least(low, 4.5)) and low not in _EXCLAMATIONS \
                and _apposition(toks, i, text):  # (greetings were skipped above: "Hoi, de trainer")
            # "wil ik Gift, de stagiaire, bedanken", "Beer mijn zoon van 8"
            yield start, _extend_name(text, end, lists), "naam", LOW
            continue
        if initial and low in lists.first_any and low not in _FUNCTION_WORDS and past_tense(nxt) \
                and not ctx_title_case and len(low) >= 3:
            yield start, end, "naam", LOW  # "Hoop ging vandaag naar binnen": no article, a person's deed
            continue
        if low in _MONTH_FIRST_NAMES and nxt in _PERSON_VERBS and prev not in _TIME_BEFORE_MONTH \
                and prev not in _ARTICLES and not ctx_title_case and not ctx.shouting \
                and (i + 2 >= len(toks) or lows[i + 2] not in _SUBJECT_PRONOUNS):
            yield start, end, "naam", LOW  # "Mei vond het kamp mega leuk", "Mei zegt dat" (not "Mei vond ik zwaar")
            continue
        if low in _MONTH_NAMES and (prev in _TIME_BEFORE_MONTH or prev.isdigit() or nxt.isdigit()
                                    or text[end:end + 2].strip()[:1].isdigit()):
            continue  # "in Juni", "3 April 2024": a month written with a capital
        if low in lists.common:
            # an ordinary word on a first-name list ("Wil", "Storm", "Hoop"): a name in the
            # middle of a sentence, not after an article ("bij de Dirk", "de Hoop")
            if not initial and low in lists.first_any and prev not in _ARTICLES:
                yield start, end, "naam", LOW
            elif not initial and prev not in _ARTICLES and prev not in _DETERMINERS \
                    and (nxt in _VERB_NO_EN or nxt == "er" or nxt in _ADVERBS_NO_NOT
                         or nxt in _PERSON_PARTICIPLES) \
                    and not ctx_title_case and len(low) >= 3:
                yield start, end, "naam", LOW  # "Fijn dat Hoop er is bij de nachtdienst"
            continue
        if low in pop and (not initial or low not in ordinary):
            yield start, _extend_name(text, end, lists), "naam", HIGH
        elif variant and low not in ordinary and nxt not in _FUNCTION_WORDS:
            yield start, end, "naam", LOW  # (fifty-seventh session) another spelling of a listed name: "Vikaas zet"
        elif initial and (listed or variant) and (
                _named_by_context(toks, i) or nxt in _VERB_AFTER_INITIAL_NAME or _signs_in(text, toks, i)) \
                and not _word_pair(toks, i, lists):
            # a first name at a sentence start with a verb: "Fleur zei", "Mees was ziek"
            yield start, _extend_name(text, end, lists), "naam", LOW
        elif not initial and low in lists.first_any and prev not in _ARTICLES:
            yield start, _extend_name(text, end, lists), "naam", LOW  # "dat Wil echt ..."
        elif len(tok) >= 3 and (not initial or nxt in _VERB_AFTER_NAME or _third_person(nxt)) and unknown_word(
                tok, 2.0 if initial else 3.0):
            # in the middle of a sentence a capital and no dictionary form say "name", even
            # when web text has it now and then ("met Ibrahima", "Abdoulaye")
            yield start, end, "naam", LOW
        elif initial and nxt in _NAME_CONTEXT_AFTER and nxt != "en" and no_dictionary_form(tok) and not (
                len(low) >= 6 and near_frequent_word(low)):
            yield start, end, "naam", LOW  # "Akwasi van de vrijwilligers bracht ons"
        elif len(low) >= 5 and (not initial or nxt in _VERB_AFTER_INITIAL_NAME or nxt in _NAME_CONTEXT_AFTER or nxt == "uit"
                                or nxt in _ENGLISH_AFTER_NAME or _third_person(nxt) or text[end:end + 2].strip() == "(") \
                and prev not in _ARTICLES and not ctx.shouting and _misspelt_first_name(low, lists):
            yield start, end, "naam", LOW  # "Wouterr en", "vond Julliet erg aardig", "Stephaine from the gemeente", "Marrk ("
        elif not initial and _after_a_name_and(toks, i, pop, lists) and (
                low in pop or low in lists.first_any or no_dictionary_form(tok)
                or (nxt in _PLURAL_PERSON_VERBS and not ctx_title_case and not ctx.shouting and len(low) >= 3
                    and low not in _NOT_NAMES and low not in _ROLE_SET and low not in _PERSON_NOUNS
                    and low not in _GENERIC_CARE and low not in _ONE_WORD_BODIES and not frequencies().at_least(low, 3.5))):
            # "Kofi en Ama": a capitalised word joined to a listed first name
            yield start, _extend_name(text, end, lists), "naam", LOW


def _after_a_name_and(toks: tuple[tuple[int, int, str], ...], i: int,
                      pop: frozenset[str], lists: _NameLists) -> bool:
    """Token ``i`` follows "<listed first name> en" or "<listed first name>,"."""
    if i < 2 or toks[i - 1][2].lower() not in {"en", "of", "met"}:
        return False
    prev = toks[i - 2][2]
    return prev[0].isupper() and (prev.lower() in pop or prev.lower() in lists.first_any)


_EN_NEXT = frozenset({"ik", "mij", "mijn", "zij", "hij", "wij", "we", "jij"})
# "Mees hier lol.", "sanne hier!": the writer signing in
_HERE_RE = re.compile(r"\s+hier\s*(?:[!.,:;(]|$|(?:lol|haha|xd|hoor)\b|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\u2665])",
                      re.I)


def _signs_in(text: str, toks: tuple[tuple[int, int, str], ...], i: int) -> bool:
    """Token ``i`` opens the comment (or follows a greeting) with "hier": "Mees hier lol.",
    "Hoi, Storm hier!" (a writer signing in)."""
    return (i == 0 or (i == 1 and toks[0][2].lower() in _GREETINGS)) and bool(_HERE_RE.match(text, toks[i][1]))


def _named_by_context(toks: tuple[tuple[int, int, str], ...], i: int) -> bool:
    """The words after token ``i`` say it is a person: "zei", "belde"... or "en ik"."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2].lower()
    if nxt == "en":
        return i + 2 < len(toks) and (toks[i + 2][2].lower() in _EN_NEXT or toks[i + 2][2][0].isupper())
    return nxt in _NAME_CONTEXT_AFTER and nxt not in {"is", "was", "van", "heeft", "had"}


@functools.cache
def _population_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in population_first_names())


# (fifty-seventh session) spellings of a listed first name: Surinamese Dutch writes Hindi names with Dutch vowels
# ("Soenil" Sunil, "Vikaas" Vikas), Frisian names have an i for a y ("Sitske" Sytske), and a letter is typed three times
# ("Dannny")
_SPELLING_SWAPS = (("oe", "u"), ("aa", "a"), ("ee", "e"), ("ie", "i"), ("i", "y"), ("y", "i"), ("dj", "j"))
_TRIPLED_RE = re.compile(r"(.)\1\1+")


@functools.lru_cache(maxsize=1 << 14)
def listed_spelling(low: str) -> bool:
    """Whether ``low``, a word in no dictionary and rare, is another spelling of a listed first name (see above)."""
    if len(low) < 4 or not low.isalpha() or low in dictionary().words or frequencies().at_least(low, 2.5):
        return False
    names, pop = _name_lists().first_any, _population_lower()
    forms = {_TRIPLED_RE.sub(r"\1\1", low)} | {low.replace(a, b) for a, b in _SPELLING_SWAPS if a in low}
    return any(f != low and len(f) >= 3 and (f in names or f in pop) for f in forms)


# a lowercase word in no dictionary, right after a verb or preposition that takes a
# person, or before "en ik": "ik mis habtom", "met meron", "keithley en shurwin"
_PERSON_BEFORE = frozenset(
    "mis miste zie zag spreek sprak bel belde app appte ken kende heb had met en aan van voor "
    "bij tegen dan naar samen vriendin vriend dankzij".split()
)
_CHAT_WORDS = words("chat_words")
_GENERIC_CARE_WORDS = words("generic_care_words")
_GENERIC_CARE = _GENERIC_CARE_WORDS | {"jeugd", "ggz", "jggz", "zorg"}  # also the parts of "jeugd-GGZ"
# a clause goes on after an English word that is a first name: "voor faith was het",
# "dankzij grace heb ik" (not "sky is the limit", "joy en verdriet")
_PERSON_CLAUSE_RE = re.compile(r"\s+(?:was|is|heb|ben|had|kon|kan|durf|durfde|die|heeft|gaat|ging|zei|zegt)\b", re.I)
_POSTCODE_DIGITS_BEFORE_RE = re.compile(r"\d{4}\s?$")
_SPEECH_AFTER = frozenset("zei zegt belde belt appte vroeg vraagt vertelde legde luisterde snapte".split())
_PERSON_AFTER = frozenset("en zei zegt belde appte heeft had is was kwam doet mag wil".split())


# the word before a role word: "[dat] begeleidster hoop" (a title), not "[de] begeleidster", "[als] juf"
_WORD_BEFORE_ROLE_RE = re.compile(r"([\w'’]+)\s+[\w'’.-]+\Z")
_NOT_BEFORE_TITLE = frozenset("de het 't een mijn m'n mn zijn z'n haar ons onze hun jouw je uw jullie die deze dit "
                              "als zo'n elke iedere ieder geen andere welke welk zonder nieuwe oude vaste".split())
_ARTICLES = frozenset("de het 't een mijn m'n mn zijn z'n haar ons onze hun jouw je".split())
_DETERMINERS = frozenset(
    "de het een die deze dat dit mijn m'n mn je jouw zijn z'n haar ons onze hun jullie "
    "geen elke ieder welke wat veel weinig last".split()
)


_CLAUSE_OPENERS = frozenset("sinds dat omdat want toen en maar als of nadat doordat".split())
_SUB_OPENERS = _CLAUSE_OPENERS - {"en", "of", "maar"}  # (the conjunctions that open a subordinate clause)
_QUESTION_OPENERS = _SUB_OPENERS | {"waarom", "hoe", "wanneer"}
_POSSESSIVE_OPENERS = frozenset("onze mijn m'n mn ons de".split())


_QUESTION_VERBS = frozenset("kan kon mag mocht moet wil gaat komt kunnen".split())
_SUBJECT_PRONOUNS = frozenset("ik je jij u hij ze zij we wij jullie het er dat dit".split())
_AFTER_QUESTION_SUBJECT = frozenset("mee ook nog niet er dan morgen vandaag even ff weer langs".split())


def _subject_name_context(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` (a first name that is also a word) is a person by its context."""
    toks = ctx.tokens
    lows = ctx.lows
    text = ctx.text
    low = lows[i]
    if low in _FUNCTION_WORDS and low not in {"ben", "wil", "mark"}:
        return False
    prev = lows[i - 1] if i else ""
    nxt = [t[2].lower() for t in toks[i + 1:i + 5]]
    if not nxt:
        return False
    subject = (i == 0 or _at_sentence_start(text, toks[i][0]) or prev in _CLAUSE_OPENERS
               or text[:toks[i][0]].rstrip().endswith(",") or _after_emoji(text, toks[i][0]))
    # apposition: "kees onze begeleider", "sinds kees onze begeleider is"
    if nxt[0] in _POSSESSIVE_OPENERS and len(nxt) > 1 and (nxt[1] in _ROLE_SET or _misspelled_role(nxt[1]) or (
            len(nxt) > 2 and nxt[2] in _ROLE_SET)):
        return subject or prev in _PERSON_BEFORE
    start_of_sentence = i == 0 or _at_sentence_start(text, toks[i][0])
    if start_of_sentence and past_tense(nxt[0]) and len(low) >= 3:
        return True  # "precious kookte op vrijdag", "hoop gooide steeds zes", "beer kwam altijd": a deed, no article
    if prev in {"maar", "want", "toen", "en", "dus"} and past_tense(nxt[0]) and len(nxt) > 1 \
            and nxt[1] in {"het", "me", "mij", "ons", "alles", "mijn"}:
        return True  # "maar joy maakte het wel beter"
    if subject and nxt[0] in {"is", "was"} and len(nxt) > 2 and nxt[1] == "de" and nxt[2] in _BEST:
        return True  # "sky was de beste", "storm is de beste": praise for a person
    if subject and nxt[0] in {"heeft", "had"} and any(w in _PERSON_PARTICIPLES for w in nxt[1:4]):
        return True  # "Hoop heeft echt geluisterd"
    if start_of_sentence and nxt[0] == "en" and len(nxt) > 1 and nxt[1] in {"ik", "mij"}:
        return True  # "start: jet en ik over thuis"
    if start_of_sentence and nxt[0] in {"gaat", "ging"} and len(low) >= 3 and _GOES_TO_RE.match(text, toks[i + 1][1]):
        return True  # "rik gaat nu naar [school]", "Storm gaat nu weer 4 dagen naar het ...": a person goes somewhere
    if _signs_in(text, toks, i):
        return True  # "Storm hier!": the writer signs in
    if subject and nxt[0] in {"wil", "wilde", "wou", "durft", "durfde"} and len(nxt) > 1 \
            and nxt[1] in {"niet", "nie", "graag", "weer", "nog", "ook", "zelf", "nooit"}:
        return True  # "Start: Storm wil niet meer naar voetbal": only a person wants
    if subject and nxt[0] in {"is", "werd", "was"} and len(nxt) > 2 and nxt[1] == "geboren" \
            and nxt[2] in {"op", "in", "te", "met", "toen", "na", "voor", "bij"}:
        return True  # (fifty-sixth session) "jet is geboren op 3 juni": only a person is born (not "geboren uit")
    if start_of_sentence and nxt[0] == "zou" and len(nxt) > 1 and nxt[1] not in _SUBJECT_PRONOUNS \
            and _dutch_first_name(low):
        return True  # (fifty-sixth session) "wouter zou het doorgeven" (not "hoop zou ik houden": a word, inverted)
    # "lente is mijn nieuwe begeleider", "storm is echt de eerste die mij serieus nam"
    if subject and nxt[0] in _VERB_AFTER_NAME:
        if nxt[0] in {"is", "was"}:
            if len(nxt) > 2 and nxt[1] == "er" and nxt[2] in {"altijd", "voor", "ook", "nooit", "gewoon", "echt", "elke"}:
                return True  # "sky was er altijd voor me"
            if len(nxt) > 1 and (nxt[1] in _FEELINGS or len(nxt) > 2 and nxt[1] in {"zo", "heel", "erg", "echt"}
                                 and nxt[2] in _FEELINGS):
                return True  # "storm was blij dat hij ...": only a person is glad
            if any(w in _PERSON_NOUNS or w in _PRAISE_NOUNS for w in nxt[1:4]) and "een" in nxt[1:3]:
                return True  # "angel is echt een engel", "X is een topper"
            return any(w in _ROLE_SET for w in nxt[1:]) or bool(ctx.words & _PRONOUNS) and (
                "die" in nxt or "de" in nxt[1:3]) or bool(_NEXT_SENTENCE_PRONOUN_RE.match(text, toks[i][1]))
        return (_refers_to_person(ctx, nxt[0]) or nxt[0] in {"belde", "belt", "zei", "zegt", "appte", "weet", "luisterde",
                                                             "luistert", "hielp", "helpt", "snapte", "begreep", "lachte"}
                or (len(nxt) > 1 and nxt[1] in {"mij", "me", "ons", "jou", "hem", "haar"})  # "lente begrijpt mij"
                # (forty-fourth session) "rowan zit weer in de cel", "joep slaapt eindelijk": a Dutch first name
                # the word list also writes in lowercase, rare as a word, as the subject of a verb without article
                or nxt[0] not in {"en", "van"} and _dutch_first_name(low) and (
                    start_of_sentence or prev in _CLAUSE_OPENERS or _after_emoji(text, toks[i][0])))
    if _dutch_first_name(low) and nxt[0] not in _NOT_AFTER_OPENED_NAME and (
            prev in _NAME_OPENERS or prev in _INVERTING_VERBS and i >= 2 and lows[i - 2] in _BEFORE_INVERSION
            and nxt[0] not in _FUNCTION_WORDS - _ADVERBS_AFTER_SUBJECT):
        return True  # "zegt dat bram de enige is", "sinds rowan 12 is", "daarna heeft joep goed geslapen"
    # a question with the verb first: "kan precious mee naar ...", "mag jet ook komen"
    if prev in _QUESTION_VERBS and i >= 1 and (i == 1 or _at_sentence_start(text, toks[i - 1][0])) \
            and nxt[0] in _AFTER_QUESTION_SUBJECT:
        return True
    # "echt blij met jet, ze nam de tijd"
    after = text[toks[i][1]:toks[i][1] + 6]
    return prev in _PERSON_BEFORE and after.startswith(",") and nxt[0] in _PRONOUNS


# (forty-seventh session) a Dutch first name rare as a word opens a clause or follows its inverted verb
_NAME_OPENERS = frozenset("dat omdat sinds toen nadat doordat want zodat totdat".split())  # (not "als parel")
_NOT_AFTER_OPENED_NAME = frozenset("en van of we wij ze zij hij ik jij je u jullie het er ie".split())  # ("toen warren we")
_INVERTING_VERBS = frozenset("heeft had heb is was zei zegt kan kon wil wilde mag mocht moet moest gaat ging kwam komt".split())
_BEFORE_INVERSION = frozenset("dat toen daarna nu ook gelukkig gisteren vandaag soms altijd daarom".split())
_ADVERBS_AFTER_SUBJECT = frozenset("goed echt ook altijd nooit niet nog weer al gewoon wel heel erg zelf".split())


def _after_emoji(text: str, start: int) -> bool:
    """An emoji right before: it closes a chat's sentence ("thx!! 🙏 joep slaapt eindelijk")."""
    before = text[:start].rstrip()
    return bool(before) and EMOJI_RE.match(before[-1]) is not None


@functools.cache
def _dutch_first_name(low: str) -> bool:
    """A first name that OpenTaal's word list also writes with a capital (a Dutch first name: "Joep", "Rowan", "Ria")
    and that Dutch text seldom uses as a word (Zipf < 4.3: not "winter", "baan", "bloem" ... nor "wil", "ben")."""
    return len(low) >= 3 and low in _name_lists().first_any and low in dictionary().proper \
        and not frequencies().at_least(low, 4.3) and low not in _NOT_NAMES


# "gaat nu weer 4 dagen naar": "naar" in the same clause, a few words on
_GOES_TO_RE = re.compile(r"(?:\s+(?!naar\b)[\w'’]+){0,4}\s+naar\b", re.I)
# "mees is echt gegroeid hier. hij lacht weer": the next sentence goes on about a person
_NEXT_SENTENCE_PRONOUN_RE = re.compile(r"[^.!?\n]{0,120}?(?:[.!?\n]+\s*|\s(?:maar|want|omdat|en)\s+)(?:hij|zij|ze)\b", re.I)
# "Ik heb Zon gevraagd of ...": a capitalised word before a participle of asking or calling
_PERSON_PARTICIPLES = frozenset("""gevraagd gebeld gesproken geappt gemaild verteld gemist bedankt geholpen
geluisterd uitgelegd gesteund""".split())
# "Hoop is het enige wat je hebt", "Hoop is belangrijk": the word, not a person
_ABSTRACT_NEXT_RE = re.compile(r"\s+(?:is|was)\s+(?:het|wat|belangrijk|alles|nodig|mooi)\b", re.I)
# "X was de beste": praise only a person gets
_BEST = frozenset("beste allerbeste liefste leukste aardigste tofste lievste".split())


# "met mees en zijn moeder": a person with his or her own relative
_AND_OWN_KIN_RE = re.compile(r"\s+en\s+(?:zijn|haar|z'n|zn|d'r)\s+(?:moeder|vader|ouders|zus|zusje|broer|broertje|oma|opa|"
                             r"mama|papa|pleegmoeder|pleegvader|pleegouders|tante|oom)\b", re.I)
# "jet uit mn klas", "bas van de jeugdhulp": a person by the class or the service they belong to
_FROM_MY_CLASS_RE = re.compile(r"\s+uit\s+(?:mijn|mn|m'n|onze|zijn|haar)\s+(?:klas|groep|straat|buurt|team|wijk)\b", re.I)
_OF_THE_SERVICE_RE = re.compile(r"\s+van\s+(?:de|het)\s+(?:jeugdhulp|jeugdzorg|ggz|wijkteam|buurtteam|jeugdteam|gemeente|"
                                r"opvang|kerk|moskee|thuiszorg|huisarts|taalschool|jongerenwerk|buurtwerk|welzijn|"
                                r"stichting|vereniging|voedselbank|bibliotheek|buurthuis|"
                                r"buurtvereniging|vluchtelingenwerk)\b", re.I)
_PHONE_AFTER_RE = re.compile(r"\s*[:(,-]?\s*(?:tel\.?\s*:?\s*)?(?:\+31|0031|0)[1-9][\d \-]{7,12}\d(?!\d)", re.I)


def _said_who_after(text: str, end: int) -> bool:
    """What follows a word says it is a person: a phone number ("dirk 06-12345678"), a
    bracket ("hoop (meisje van 9)"), a relative ("mees en zijn moeder"), a class or a
    service ("jet uit mn klas", "bas van de jeugdhulp")."""
    ahead = text[end:end + 10]
    if "(" not in ahead and not any(c.isdigit() for c in ahead) and not ahead.startswith((" en ", " uit ", " van ")):
        return False  # (what follows starts none of these: quick)
    return bool(_PHONE_AFTER_RE.match(text, end) or _bracket_person(text, end) or _AND_OWN_KIN_RE.match(text, end)
                or _FROM_MY_CLASS_RE.match(text, end) or _OF_THE_SERVICE_RE.match(text, end))


def _person_context(ctx: _Ctx, start: int, end: int) -> bool:
    """The words around ``start:end`` say it is a person: "met merel", "roos zei", not
    "een merel", "last van roos" is read as a person too (the review shows it)."""
    before = after = ""
    for s, e, tok in ctx.tokens:
        if e <= start:
            before = tok.lower()
        elif s >= end:
            after = tok.lower()
            break
    if before in {"de", "het", "'t", "een"}:
        return False
    if _said_who_after(ctx.text, end):
        return True  # "de huismeester, dirk 06-12345678": a name with the number to call; "hoop (meisje van 9)"
    if before in _DETERMINERS:
        return False
    if before in {"kwam", "hielp"} and after in {"met", "langs", "ons", "me", "mij", "altijd", "elke", "weer", "ook"}:
        return True  # "en toen kwam anita met een kadootje"
    if after in {"van", "de", "onze", "mijn"} and _SENTENCE_OPENING_RE.search(ctx.text, 0, start) is not None \
            and (m := _ROLE_AFTER_RE.match(ctx.text, end)) is not None \
            and (m.group("w").lower() in _ROLE_SET or m.group("w").lower() in _TEAM_WORDS
                 or m.group("w").lower().endswith(_ROLE_TAILS)):
        return True  # "mark van de gezinsgroep was duidelijk", "mark de pleegzorgwerker heeft ons geholpen"
    if after == "hier" and not before and _HERE_END_RE.match(ctx.text, end):
        return True  # "ewa hier. Joris heeft zijn diploma!": who writes
    return before in _PERSON_BEFORE or after in _PERSON_AFTER


_SENTENCE_OPENING_RE = re.compile(r"(?:\A|[.!?:]\s+|\n)\W*\Z")  # (the word opens the text or a sentence)
# a role or a team right after a word: that word is a person ("mark van de gezinsgroep", "mark de pleegzorgwerker")
_ROLE_AFTER_RE = re.compile(r"\s+(?:van\s+(?:de|het|'t|ons)|de|onze|mijn)\s+(?P<w>[^\W\d_]+)(?![\w-])", re.I)
_TEAM_WORDS = frozenset("""team wijkteam jeugdteam gezinsgroep groep woongroep leefgroep begeleiding opvang pleegzorg
jeugdzorg gemeente kliniek instelling afdeling crisisdienst""".split())
_ROLE_TAILS = ("werker", "begeleider", "begeleidster", "coach", "voogd", "mentor", "hulpverlener", "therapeut")
_HERE_END_RE = re.compile(r"\s+hier\s*[.!,:]")


# endings that make a word on the surname list a surname in lowercase too: Frisian and
# Groningen (-stra, -sma, -inga, -ema), eastern (-ink, -huis, -horst, -kamp), patronymic (-sen)
_DUTCH_SURNAME_ENDINGS = ("stra", "sma", "inga", "enga", "ema", "ink", "huis", "horst", "kamp", "sen", "sens", "mans")


_CASE_KEYWORDS = words("case_keywords")


def _lowercase_unknown_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    toks = ctx.tokens
    lows = ctx.lows
    for i, (start, end, tok) in enumerate(toks):
        if not tok.islower() or not tok.isalpha() or len(tok) < 3 or tok in _NOT_NAMES or tok in _CHAT_WORDS \
                or tok in _ROLE_SET or tok in _CASE_KEYWORDS or tok in _PLATFORMS:
            continue  # (not "met mdr en vdr": abbreviations of notes; not "omke komt": a role word; not "dossiernr:")
        before = lows[i - 1] if i else ""
        after = lows[i + 1] if i + 1 < len(toks) else ""
        if _misspelled_role(tok) is not None:
            continue  # "de jeugbeschermer was ..."
        if (before in _PERSON_BEFORE or after in _PERSON_AFTER or i == 0) and unknown_word(tok):
            yield start, end, "naam", LOW
        elif after == "die" and len(tok) >= 5 and before not in _DETERMINERS and ctx.text[end:end + 1] == " " \
                and unknown_word(tok):
            yield start, end, "naam", LOW  # "alleen zarmina die ook van mn oude school kwam"
        elif after in _POSSESSIVES and len(tok) >= 4 and tok not in _ABBREVIATIONS and _apposition(toks, i, ctx.text) \
                and unknown_word(tok):
            yield start, end, "naam", LOW  # "shudaira mijn zus kwam ook mee"
        elif after in _SPEECH_AFTER and before not in _DETERMINERS and tok not in lists.places and _not_ordinary(tok) \
                and len(tok) >= 4:
            yield start, end, "naam", LOW  # "hulsbosch zei altijd": a proper noun that speaks
        elif tok.endswith(_DUTCH_SURNAME_ENDINGS) and tok in lists.surnames_all and tok not in lists.places \
                and tok not in dictionary().words \
                and not frequencies().at_least(tok, 4.0) and not near_frequent_word(tok):
            yield start, end, "naam", LOW  # "het moet hiemstra zijn", "hoekstra van school belde"


_SHORT_IFX = frozenset({"vd", "v.d.", "v. d.", "v/d"})
_SURNAME_ONLY_IFX = frozenset({"de", "den", "der", "van der", "van den", "ter", "ten", "te", "'t",
                               "van 't", "van t", "el", "al", "le", "la", "du", "da", "di", "bin"}) | _SHORT_IFX
# role words used with a surname: "juf de wit", "oma de jongh", "meester van dijk"
_TITLE_ROLES = frozenset(_FORMAL_ROLES) | frozenset(
    "juf juffrouw meester mentor mentrix docent docente dokter coach oma opa omi opi tante oom "
    "buurman buurvrouw familie fam señor señora senor senora "
    "dominee domineé predikant pastoor pastor ouderling diaken".split())  # (Spanish: "el señor de jong"; sixtieth
# session: the church's titles, "DOMINEE VAN DALEN DURFDEN", "ouderling Top is aanwezig")


def _not_ordinary(word: str) -> bool:
    """In no ordinary Dutch word form (a proper noun, a name, a typo): right after a role
    word that is a name ("mevrouw azzouzi", "meneer nowak")."""
    low = word.lower()
    d = dictionary()
    if not d.available or low in d.words or low in _FUNCTION_WORDS or low in _ROLE_SET or low in _CHAT_WORDS \
            or low in _NOT_NAMES:
        return False  # (also not a language or feast: "zn nederlands")
    if low in d.proper:
        return True  # a proper noun, also one made of words ("kousemaker", "hulsbosch")
    if word.islower() and len(low) >= 4 and sound_alike_typo(low):
        return False  # (fifty-sixth session) "mijn dochter werdt in de brugklas": a verb spelt as it sounds
    return not _compound(low, d.words) and not (len(low) >= 6 and near_frequent_word(low))


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# English words after a name at a sentence's start ("Stephaine from the gemeente explained")
_ENGLISH_AFTER_NAME = frozenset("from has had was is explained helped said told called came".split())


@functools.lru_cache(maxsize=1 << 14)
def _thanks_you_all_typo(word: str, text: str, end: int, lists: _NameLists) -> bool:
    """(fifty-third session) "jullie" misspelt after thanks: "dank juliie", "dank julie wel" (not "dank Julie!", "dank
    julie": a listed name without "wel")."""
    low = word.lower()
    if not one_edit(low, "jullie") or low == "jullie":
        return False
    return re.match(r"\s+wel\b", text[end:end + 5]) is not None or (word.islower() and low not in lists.first_any)


def _misspelt_first_name(low: str, lists: _NameLists) -> bool:
    """A word in no dictionary that is a listed first name with one letter doubled or added, or two letters
    swapped ("kevinn", "julliet", "marrk", "stephaine"): the name misspelt, not a word misspelt ("begleider")."""
    d = dictionary()
    if low in d.words or low in d.proper or low in _FUNCTION_WORDS or low in _ROLE_SET or low in _CHAT_WORDS \
            or low in _NOT_NAMES or low in lists.first_any or ordinary_english(low) or _misspelled_role(low) is not None \
            or low in lists.places or low in world_cities()[0] or frequencies().at_least(low, 2.5) \
            or frequencies().at_least(low, 2.5, "en"):
        return False  # (a town, a city abroad, a word people write: "Breda", "Homs", "British", "CRIES", "PRIVE")
    from stemsync.deidentify.places import _misspelled_town  # noqa: PLC0415 (places reads this module)

    if not low.isalpha() or _misspelled_town(low, capitalised=True):
        return False  # a town misspelt: "in Alkmar" (or "'Bloem'" in quotes)
    if near_country(low) and not any(low[i] == low[i + 1] and low[:i] + low[i + 1:] in lists.first_any
                                     for i in range(len(low) - 1)):
        return False  # a country misspelt, "from the Philipines" (not a name with a letter doubled: "Levann", Levant)
    swaps = {low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1) if low[i] != low[i + 1]}
    return any(len(w) >= 4 and w in lists.first_any for w in _deletes(low) | swaps)


@functools.cache
def _role_deletes() -> dict[str, str]:
    """Every role word of six letters or more with one letter deleted -> the role word."""
    out: dict[str, str] = {}
    for role in _ROLE_SET:
        if len(role) >= 6 and " " not in role:
            for d in _deletes(role) | {role}:
                out.setdefault(d, role)
    return out


# the kinship words and titles of the families' own languages (after "hooyo" in role_words.txt): a name on a list one
# letter from one of them stays a name ("hermans" is no misspelt "hermano")
_OWN_LANGUAGE_ROLES = frozenset(_ROLE_WORDS[_ROLE_WORDS.index("hooyo"):]) if "hooyo" in _ROLE_WORDS else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _misspelled_role(low: str) -> str | None:
    """The role word ``low`` misspells by one letter ("begelijder", "begleider",
    "gezinsvoog"), if it is in no dictionary."""
    if len(low) < 5 or not low.isalpha() or low in dictionary().words or low in _FUNCTION_WORDS:
        return None
    if len(low) == 5 and (low in _name_lists().first_any or low in _name_lists().surnames_all):
        return None  # a short name is no misspelt role word
    table = _role_deletes()
    role = table.get(low) or next((table[d] for d in _deletes(low) if d in table), None)  # (one letter missing; too
    # many or changed)
    if role is not None and role != low and role in _OWN_LANGUAGE_ROLES \
            and (low in _name_lists().first_any or low in _name_lists().surnames_all):
        return None
    return role


_THANKS = ("dank je", "dankje", "dank je wel", "dankjewel", "bedankt", "thanks", "thnx", "thx",
           "merci", "dank u", "dank u wel", "shout out naar", "shoutout naar", "respect voor", "dank aan",
           "dank ook aan", "bedankt aan", "thanks aan", "dankjewel aan", "sorry", "sorrie", "sry",
           "dank", "moi")  # (and "moi": the greeting of Groningen, "moi Tammeling!!")
_THANKS_GATE_RE = re.compile("dank|thanks|thnx|thx|merci|shout|respect|sorr|sry")  # (the gate of _THANKS_RE, lowercase)
_THANKS_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(_THANKS, key=len, reverse=True))
                        + r")[ \t,]+(?P<w>[^\W\d_][\w'’-]*)", _I)  # longest first: "dank je wel mees"
_SIGNOFF_RE = re.compile(
    r"(?<![\w-])(?:mvg|m\.v\.g\.|groetjes|groeten|groet|gr|grtz|liefs|xx+|doei|kusjes|dikke kus|vriendelijke groet"
    # ("familie X" closing the text, not after an article or a word for whose: "vond de hele familie mooi")
    r"|(?<!de\s)(?<!hele\s)(?<!onze\s)(?<!mijn\s)(?<!m'n\s)(?<!mn\s)(?<!je\s)(?<!jouw\s)(?<!hun\s)(?<!zijn\s)(?<!haar\s)"
    r"familie(?=\s+\S+\s*[.!]*\s*$))"
    r"(?:[ \t]+van(?=[ \t]))?"  # "gr van Happy en de kids", "groetjes van Ama"
    r"(?![\w])[ \t,.:!]*\n?[ \t]*(?P<w>[^\W\d_][\w'’-]*)(?:[ \t]+(?P<w2>(?-i:[A-Z])[\w'’-]*))?", _I)
# (forty-ninth session) a message that opens with who sends greetings ("Tevs says hi", "Boeroe zegt hoi vanuit ...",
# "Joy say hi to every1"; not "Everyone says hi", "Mama zegt hoi")
_SAYS_HI_RE = re.compile(r"\W*(?P<w>(?-i:[A-ZÀ-Þ])[\w'’-]+)\s+(?:says|say|sez|zegt|zeggen|doet)\s+"
                         r"(?:hi|hii+|hoi|hooi|hallo|hey|hello|doei|dag|de\s+groeten)\b", re.I)
_NOT_GREETERS = frozenset("everyone everybody iedereen allemaal mama mam papa pap oma opa mum mom dad mummy daddy baby "
                          "nana granny grandma grandpa team groep family familie".split())
# (forty-ninth session) a message signed with a dash and a capitalised name at its very end, after a space ("toch? 👀
# -Lo-A-Njoe", "sorry -Shirlon"; not "5-Havo", "ADHD-Ritalin": no space before the dash)
_DASH_SIGNATURE_RE = re.compile(r"(?<=\s)[-–—~]\s?(?P<w>(?-i:[A-ZÀ-Þ])[a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ]+){0,3})"
                                r"[\s.!]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\U0001F3FB-\U0001F3FF\u200d]\s*)*$")
# a word every sign-off holds (and "xx", "xxx"): the gate of _SIGNOFF_RE ("m.v.g." is the token "m")
_SIGNOFF_WORDS = frozenset("mvg m groetjes groeten groet gr grtz liefs doei kusjes kus vriendelijke familie".split())
# only punctuation and emoji left: the end of the text
_END_RE = re.compile(r"[\s.!?,:;)\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\U0001F3FB-\U0001F3FF\u200d]*$")
_SPEECH_VERBS = frozenset("zei zegt vroeg vertelde antwoordde belde appte schreef mailde riep legde kwam hielp".split())
_SPEECH_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_SPEECH_VERBS)) + ")"
    r"[ \t]+(?P<w>(?-i:[A-ZÀ-Þ])[\w'’-]+)", _I)
_ORG_AFTER_RE = re.compile(
    r"[ \t]+van[ \t]+(?:jullie\b|(?:de|het|'t)[ \t]+(?:\w+[ \t]+)?(?:gemeente|gi|raad|wijkteam|team|jeugdzorg|"
    r"jeugdbescherming|school|groep|instelling|organisatie|kantoor|zorg|opvang|crisisdienst|nachtdienst|"
    r"avonddienst|dagdienst|leiding|woongroep|buurtteam|jeugdteam|wijkteam|gezinshuis|kliniek|dagbesteding|"
    r"huiswerkbegeleiding|huiswerkklas|pleegzorg|ggz|leger|nachtopvang|inloop|buurthuis|voedselbank|"
    r"jongerenwerk|wijkcentrum|kerk|moskee|sportclub|club|vereniging|bewindvoering|schuldhulp|voetbal|hockey|"
    r"training|judo|zwemles|dansles|muziekschool|scouting|buurt|werkplaats|afdeling|dagbehandeling|bso|kinderopvang|"
    r"huiswerkklas|taalles|taalcafé|stage|stageplek|garage|hulp|thuiszorg|woningcorporatie|corporatie|woningbouw|"
    r"woningbouwvereniging|begeleiding|stal|manege|boerderij|zorgboerderij|kinderboerderij|kas|kwekerij)\b)", _I)  # also "mark van jullie": your staff


# lowercase initials and a surname: "(j. de vries)", "tnv s. ummels" (checked against the lists)
_LOWER_INITIALS_RE = re.compile(
    r"(?<![\w.])(?P<i>(?:[a-z]\.\s?){1,3})(?P<ifx>(?:(?:van|de|der|den|ten|ter|v\.d\.)\s+)*)(?P<sur>[a-zà-ÿ][\w'’-]{2,})")
_ACCOUNT_HOLDER_RE = re.compile(r"(?:t\.?n\.?v\.?|ten\s+name\s+van|op\s+naam\s+van|namens|(?:my\s+|account\s+)?name\s+is|"
                                r"in\s+the\s+name\s+of)\s*:?\s*\Z", re.I)  # also "op naam van p. nowak", "name is i. shevchenko"
# short forms written with full stops that are no initials: "i.v.m. de wet", "o.a. de kinderen"
_ABBREVIATIONS = frozenset("""ivm iom mbt mbv obv dmv tov oa ea bv ipv tav nav ovv zsm dwz mvg tnv evt ca nl vlg
vlgs cq resp ie eg nb pm ps mw dhr hr dr mr st vd ad vs etc enz ib gr ggr mvr ook ok zgn mn zn nvt tzt zoz ovb
pag blz wrs ong""".split())
# initials and a surname: "A. Tavares", "G. Dijksta", "J.P. de Vries"
_INITIALS_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,3}(?:(?:van|de|der|den|ten|ter|el|al)\s+)*(?-i:[A-Z])[\w'’-]{1,}")


# "vandaag met jet gesproken": after "met", the one talked with (also the review's signal)
TALK_VERBS = frozenset("""gesproken gepraat afgesproken gebeld geappt gechat gemaild overlegd besproken
samengewerkt gewandeld geweest gezeten gesport gekookt gegamed gewerkt geoefend geluncht
praten bellen appen spreken afspreken""".split())
# after "met" and before a talk verb these are no names: "met school gesproken"
_GENERIC_AFTER_MET = frozenset("""school werk huis thuis jeugdzorg iedereen niemand elkaar allemaal hun
mensen ouders kinderen familie mama papa mam pap oma opa""".split())
_IS_ROLE_RE = re.compile(r"[ \t]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\U0001F3FB-\U0001F3FF][ \t]*)*"  # "Zon 🌞 is"
                         r"\s+(?:is|was)\s+(?:(?:mijn|m'n|mn|ons|onze|haar|zijn|z'n|hun|jullie)\s+(?:[^\W\d_]+\s+)?(?:"
                         + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r"|jongste|oudste|middelste)"  # "Hoop is mijn jongste"
                         # "Hoop is een leuke jongen", "Joy was een lief meisje"
                         r"|een\s+(?:[^\W\d_]+\s+)?(?:jongen|meisje|meid|knul|man|vrouw|kind|puber|jongeman))\b", re.I)
# the clause ends after the role word: "Zon is mn nichtje." (not "Thuis is mijn zoon rustiger")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,!?;:)]|$|\s+(?:en|maar|die|sinds|van|bij|uit|in|ook)\b)", re.I)
_CLAUSE_ADVERBS = frozenset("thuis vandaag gisteren morgen sindsdien verder daarnaast eindelijk inmiddels "
                            "nog steeds altijd soms vaak gelukkig helaas".split())
_IS_NAME_RE = re.compile(r"\s+(?:is|was)\s+(?:mijn|m'n|mn|zijn|z'n|haar|de|een|echt\s+een)\s+"
                         r"(?:(?:echte|eigen|volledige|officiële|echt)\s+)?(?:voor)?naam\b", re.I)
_EXCLAMATIONS = frozenset("""top super echt dank bedankt thanks respect nice goed mooi wauw wow lekker fijn
hoi hey hallo yes ja nee oke ok okay sorry hoogachtend groetjes groeten groet gr mvg vriendelijke regards""".split())
# an emoji, then "je"/"jij"/"jou" within a few words: the first word is addressed
_EMOJI_THEN_YOU_RE = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F3FB-\U0001F3FF\uFE0F\u200d\s"
                                r"\U0001F300-\U0001FAFF\u2600-\u27BF]*(?:[^\W\d_]+\s+){0,2}(?:je|jij|jou|jouw)\b", re.I)
# an account's holder: "op naam van aziz bouazza", "ten name van ...", "t.n.v. ..." (three words at most, in its clause)
_IN_THE_NAME_OF_RE = re.compile(r"(?<![\w-])(?:op\s+naam\s+van|ten\s+name\s+van|t\.n\.v\.?|tnv)\s+"
                                r"(?P<n>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})", re.I)
_CHAT_WORDS = words("chat_words")  # "tnv mn moeder", "op naam van [...] aub"
_HOLDER_INTERFIXES = frozenset("van de der den ter ten".split())  # "t.n.v. van de laar"
_WORD_IN_NAME_RE = re.compile(r"[^\W\d_][\w'’-]*")
_SELF_INTRO_RE = re.compile(r"\s*(?:,|\ben\b|!|\.|\buit\b|\bvan\s+(?:de|het)\b|\bik\s+(?:ben|woon|zit|heb)\b"
                            r"|\b(?:trouwens|btw|hoor)\b)", re.I)  # also "ik bin geert uit ...", "ik ben tommy trouwens"
# ... and the age right after it: "ik ben zalina, ik ben 17 en ...", "ik ben ilyes, 15 jaar" (a word in no dictionary
# one letter from a frequent one is a name there: "salina", "lyes")
_AGE_INTRO_RE = re.compile(r"\s*,\s*(?:ik\s+ben\s+)?(?:\d{1,2}|\[leeftijd\])(?:\s*(?:jaar|jr))?\s*(?:[,.!?]|en\b|$)", re.I)
_INTERJECTIONS = frozenset("nou ok oke oké okay lol serieus echt nee wauw wow omg yes".split())
_INTERJECTION_RE = re.compile(r"ja+|ha(?:ha)+|nee+|yes+|omg+", re.I)
_AGE_NEXT_RE = re.compile(r"\s+(?:is|was)\s+(?:nu\s+|pas\s+|al\s+|bijna\s+|net\s+)?\d{1,2}\s*(?:jaar|jr)?\s*(?:[,.!?]|en\b|$)", re.I)
_REALLY_SO_RE = re.compile(r"\s+(?:heet|heette)\s+(?:echt|ook|gewoon|nou)\s+(?:zo|ze|hij)\b", re.I)
# a parent "van" a child's name: "de moeder van lieve en ik ..." (also the review's)
PARENT_WORDS = frozenset("""moeder vader mama papa mam pap ouders ouder pleegmoeder pleegvader pleegouders pleegouder
stiefmoeder stiefvader oma opa grootouders voogd""".split())
_KIN_OR_PARENT = PARENT_WORDS | frozenset("tante oom nicht neef".split())
# after "dat X": words that continue a clause with X as its subject ("dat puck er was")
_SUBJECT_NEXT = frozenset("""er erbij het gewoon echt altijd nooit ook wel niet eerst toen nu zelf bij me mij ons mee
steeds vaak soms nog meer weer naar""".split()) | frozenset(
    "is was heeft had zei zegt belde kwam komt wil wou mag mocht kan kon doet deed luisterde luistert snapte".split())
_BUSINESSES = frozenset("""garage bakkerij slagerij kapsalon kapper snackbar cafetaria restaurant groenteboer
kwekerij boerderij drukkerij timmerwerkplaats autoschade fietsenmaker""".split())


def _business(word: str) -> bool:
    """A kind of business often named after its owner: "garage", "schildersbedrijf"."""
    return word in _BUSINESSES or (word.endswith("bedrijf") and len(word) > 8)


# words after a word that make it a name whatever the word: "lief is haar echte naam", "Hoop heet ze"
_ANY_WORD_NEXT = frozenset({"is", "was", "heet", "heette"})
# months that are first names ("April", "Juni"), and what makes them a month: "in Juni", "eind April"
_MONTH_NAMES = frozenset({"april", "juni"})
_TIME_BEFORE_MONTH = frozenset("""in op sinds vanaf tot eind begin half medio voor na deze vorige volgende per rond
halverwege komende afgelopen""".split())
# greetings: "hey job", never a name themselves ("Hoi, de trainer wil ...")
_GREETINGS = frozenset("hey hee hoi hallo hi hai yo hoii heey heyy dag geachte moi moin houdoe".split())
# ... and the greetings of the families' chat before a name signing in ("slm", "salam", "wesh", "hola", "oi")
_SIGN_IN_GREETINGS = frozenset("slm salam salaam selam wesh hola oi ola olá ciao bonjour salut sawubona hallo hello".split())  # ("Geachte, mijn kinderen ...")
# verbs before their subject after a clause or an adverb: "(toen ik weg mocht) heeft fleur een taart ..."
_INVERSION_VERBS = frozenset("heeft had is was kwam ging zei hielp deed belde bracht gaf".split())
# three or more words in a list: "sky, jet en mees"
_NAME_LIST_RE = re.compile(r"(?<![\w@.-])[^\W\d_]{3,}(?:\s*,\s*[^\W\d_]{3,})+\s*,?\s+(?:en|&)\s+[^\W\d_]{3,}(?![\w@-])")
_WORD_RE = re.compile(r"[^\W\d_]+")
# after "ons" + a name (southern Dutch for one's child): "ons roos die ...", "ons Door ligt ..."
_OUR_CHILD_NEXT = frozenset("die ligt lag zit slaapt wil wilt durft kan kon moet".split())
# "jet?? die was echt lief": a person, praised
_THAT_ONE_WAS_RE = re.compile(r"\s*[?!.,]*\s*die\s+(?:was|is)\s+(?:echt\s+|zo\s+|heel\s+|super\s+|altijd\s+)*"
                              r"(?:lief|aardig|leuk|top|fijn|chill|gezellig|de\s+beste|eerlijk|streng)\b", re.I)
_MESSAGE_VERBS = frozenset("""doorgeven doorgegeven zeggen gezegd vragen gevraagd vertellen verteld
laten melden gemeld sturen gestuurd geven doorsturen uitleggen""".split())
_MET_END_RE = re.compile(r"\s*(?:[.,!?;:)]|$|\s+(?:en|om|over|want|omdat|maar|vandaag|gisteren)\b)", re.I)
# a verb in the third person after a name at the start, with an object pronoun ("mees pest me")
_PRESENT_VERBS_3SG = frozenset("""helpt hielp pest peste snapt snapte begrijpt begreep belt belde appt appte steunt
steunde ziet zag kent kende haalt haalde brengt bracht leert leerde geeft gaf laat liet""".split())
_MEETING_WORDS = frozenset("""gesprek gesprekken gesprekje contact afspraak afspraken klik band praatje
sessie sessies overleg""".split())
_ADVERBS_AFTER_NAME = frozenset("gewoon echt altijd nooit ook wel niet eerst toen nu zelf".split())
_ADVERBS_NO_NOT = _ADVERBS_AFTER_NAME - {"niet", "ook", "wel"}
# (the verbs after a name without "en", without the modals: built once, not per word)
_VERB_NO_EN = _VERB_AFTER_NAME - {"en"}
_VERB_NO_MODAL4 = _VERB_AFTER_NAME - {"wil", "kan", "mag", "moet"}
_VERB_NO_MODALS = _VERB_AFTER_NAME - _MODALS

# (fifty-eighth session) the frames below, each with its example
# a family by its surname after "gezin", capitalised mid-sentence: "het gezin Nowak deelt een woonunit"
_FAMILY_SURNAME_RE = re.compile(r"(?<=[a-zà-ÿ,] )(?:het\s+|dit\s+|ons\s+|een\s+)?gezin\s+"
                                r"(?P<name>(?-i:[A-Z])[a-zà-ÿ'’]{2,}(?:-(?-i:[A-Z])[a-zà-ÿ]+)?)(?![\w-])")
# a nickname in quotes after "noemen" and the person: 'de jongens noemen [Daan] gewoon
# "mulletje"', "ze noemen hem 'Kifie'" (one word; not 'noemen het "de bajes"': a thing)
_QUOTES = ('"', "“", "'", "‘", "„")
_NICKNAME_QUOTED_RE = re.compile(
    r"(?<![\w-])noem(?:t|en|de|den)?\s+(?:hem|haar|mij|me|jou|je|(?-i:[A-Z])[\w'’-]+)\s+"
    r"(?:(?:gewoon|altijd|vaak|ook|soms|nu|nog\s+steeds|liever)\s+)?[\"“'‘„](?P<name>[^\W\d_][\w’-]{1,20})[\"”'’](?!\w)", re.I)
# a naming verb right before a title: what follows the title is the name, even a word ("heette mevrouw rechter")
# (the naming verbs of ``_CALLED_SET`` and two misspellings: "hete", "heeten")
_CALLED_TITLE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_CALLED_SET | {"hete", "heeten"}, key=len, reverse=True))
                              + r")\s+[^\W\d_]+\.?\s*\Z", re.I)
# after a title, "van de" and a listed surname, a modal verb or an adverb of the clause goes on
# about the person: "daar kon ook ds. van de berg niet helpen", "juf van de berg kon"
_AFTER_A_TITLED_SURNAME = (_MODALS - {"en"}) | frozenset("kon konden zou zouden niet nooit ook altijd al nog zelf".split())
# "Hoop (ja echt zo heet ze)", "Sunny (hij heet eigenlijk anders ...)"
# "storm (zo heet mijn begeleider echt)", "Storm (yes that's really his name)"
_CALLED_BRACKET_RE = re.compile(r"\s*\(\s*(?:ja\s*,?\s*|yes\s*,?\s*)?(?:echt\s*,?\s*)?(?:zo\s+heet\s+(?:ze|hij|zij|"
                                r"(?:mijn|onze|m'n|de|haar|zijn)\s+[^\W\d_]+)|"
                                r"zo\s+noem(?:en|t)\s+(?:we|wij|ze|ik)\s+(?:haar|hem)|"
                                r"(?:ze|hij|zij|die|hen)\s+heet\s+(?:echt|eigenlijk|gewoon|zo))\b", re.I)
# "die ze beer noemen", "noemen ze me muis", "noemt de begeleidster zonnetje": a nickname
_NICKNAME_RE = re.compile(r"\b(?:die|dat)\s+(?:ze|we|wij|hij|zij)\s+(?P<a>[^\W\d_][\w'’-]*)\s+noem(?:en|t|de|den)\b"
                          r"|\bnoem(?:en|t|de|den)?\s+(?:ze|we|wij|hij|zij|ik)\s+(?:me|mij|hem|haar)\s+"
                          r"(?:(?:gewoon|nu|maar|altijd|voortaan|liever)\s+)?(?P<b>[^\W\d_][\w'’-]*)"
                          r"|\bnoem(?:t|de)\s+(?:de|haar|zijn|onze|mijn)\s+[^\W\d_]+\s+(?P<c>[^\W\d_][\w'’-]*)"
                          r"|\b(?:ze|we|wij|zij|hij|ik)\s+noem(?:en|t|de|den)?\s+(?:me|mij|hem|haar)\s+(?P<d>[^\W\d_][\w'’-]*)"
                          # "onze pleegzoon noemen we Boefje"
                          r"|\bnoem(?:en|den)\s+(?:we|wij|ze)\s+(?P<e>(?-i:[A-Z])[\w'’-]+)"
                          # "de kinderen noemen hem Dan": any subject, a capitalised name right after the verb
                          r"|\bnoem(?:en|t|de|den)\s+(?:me|mij|hem|haar)\s+(?P<f>(?-i:[A-Z])[\w'’-]*)",
                          re.I)
# words after "noemen hem" that are no name: "noemen hem soms", "noemt haar ook zo"
_NOT_CALLED = frozenset("zo maar altijd gewoon naam voortaan nooit graag ook niet wel nog soms vaak eigenlijk liever bij "
                        "een de het".split())
# "daar leerde ik bloem kennen"; "kan je wil even laten weten dat ...": a person one met or tells
# particles of Arabic and Berber surnames: "el hamdaoui", "ait taleb", "abou zeid"
_ARABIC_PARTICLES = frozenset("el el- abou abu ait aït ould bou".split())
# "wil" is never the verb right after a preposition: "bij wil", "met wil", "de hulp van wil"
_WIL_NAME_BEFORE = frozenset("van met bij aan voor door over naast tegen zonder dankzij via".split())
# letters of Polish, Lithuanian, Czech, Romanian, Turkish, Hungarian ... that Dutch (and French) words never have
_FOREIGN_LETTERS = "ąćęłńśźżėįųūčšžőűășşțţđğřěůňťďľĺŕ"
_FOREIGN_LETTER_RE = re.compile("[" + _FOREIGN_LETTERS + _FOREIGN_LETTERS.upper() + "ıİ]")  # (no re.I: "ı" folds to "i")
_MATES = frozenset("bro broer maat mattie matties bestie homie vriend vriendin chick".split())
_OBJECT_PRONOUNS = frozenset("je jou jullie me mij ons u hem haar".split())
_PLATFORMS = words("platforms")  # "in the WeChat group", "via KakaoTalk": an app, no person
_NEIGHBOURHOODS = words("neighbourhoods")
_CLAUSE_CLOSE_RE = re.compile(r"\s*(?:[.!?]|$)")
_BORN_AFTER_RE = re.compile(r"\s+(?:is|was|werd)\s+(?:gister(?:en)?\s+|vandaag\s+|net\s+|eindelijk\s+|vannacht\s+)?geboren\b", re.I)
_THANKS_ADVERBS = frozenset("echt heel graag nog even ff extra speciaal nogmaals ook vooral".split())
# "ons kleine mees", "onze lieve noor": a child's first name after an endearment
_SMALL_ONES = frozenset("kleine lieve jongste oudste kleinste".split())
_GOT_TO_KNOW_RE = re.compile(r"\bleer(?:de|den)?\s+(?:ik|we|wij|hij|ze|zij)\s+(?P<w>[^\W\d_][\w'’-]*)\s+kennen\b"
                             r"|\b(?:kan|kun|kunt|wil|wilt)\s+(?:je|jij|u|jullie)\s+(?P<w2>[^\W\d_][\w'’-]*)\s+"
                             r"(?:even\s+|ff\s+|nog\s+)?laten\s+weten\b", re.I)
# (fifty-fourth session) "(we zeggen keti)", "(thuis noemen we hem dato)": a bracket with the name a family says
_SAY_IN_BRACKET_RE = re.compile(r"\(\s*(?:(?:we|wij|ze|zij|iedereen|thuis)\s+(?:zeggen|zegt|noem(?:en|t)(?:\s+(?:we|wij))?"
                                r"(?:\s+(?:haar|hem|hen))?)|thuis\s+(?:zeggen|noemen)\s+(?:we|wij)(?:\s+(?:haar|hem))?)\s+\Z", re.I)
_CALLED_AFTER_RE = re.compile(r"\s+(?:zo\s+noemen\s+(?:we|wij|ze)|noemen\s+(?:we|wij)\s+(?:haar|hem))\b"
                              # (fifty-fifth session) "Memo (zo noemen we Mehmet thuis) vond ..." (not "(zo noemen we het)")
                              r"|\s*\(\s*zo\s+noemen\s+(?:we|wij|ze)\s+(?!(?:het|dat|dit|die|deze|dat)\b)"
                              # (fifty-fourth session) "Chrysoula, wij noemen haar Soula, heeft ..."
                              r"|\s*,\s*(?:we|wij)\s+noemen\s+(?:haar|hem)\b", re.I)
_NUMBER_NEXT_RE = re.compile(r"\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
                             r"|vijftien|zestien|zeventien|achttien|negentien|twintig)\s+(?:wordt|werd|is|was|jaar)\b", re.I)
# (also in words: "grace (ten)", "storm (elf)")
# months that are first names too: a child's after a kinship word and before its age ("onze dochter mei (8)")
_MONTH_FIRST_NAMES = frozenset({"mei", "april", "juni", "june", "may"})
_JOB_ENDS = ("er", "ster", "ist", "man", "vrouw", "kundige", "or", "eur", "ant", "ent")  # (a job: "als orderpicker werkt")
# (fifty-third session) what a person does, after a month that is a first name: "Mei vond het kamp leuk"
_PERSON_VERBS = frozenset("""zegt zei vond vindt wil wilde vroeg vraagt speelt speelde huilt huilde lacht lachte durft
durfde praat praatte vertelt vertelde belt belde appt appte slaapt sliep krijgt kreeg mocht mag""".split())
# (not "wat": "wat werkte: bas spelen", the Wat Werkt list's question)
_INVERSION_OPENERS = frozenset("daar dat toen dan nu hier ook zo later gisteren vandaag morgen daarna".split())
_A_PERSON_NOUNS = frozenset("vrouw man mens persoon meid jongen dame vent kerel begeleider begeleidster".split())
_CHILDREN_WORDS = frozenset("zonen zoons dochters kinderen kids tweeling jongens meiden".split())
_SUBJECT_PRONOUNS = frozenset("ik we wij hij ze zij jij je u men jullie".split())
# (fifty-third session) "Arben en Trim zijn ok": a capitalised word joined to a first name, before a plural verb
_PLURAL_PERSON_VERBS = frozenset("""zijn waren hebben hadden gingen gaan komen kwamen vonden vinden willen wilden mogen
mochten spelen speelden doen deden zitten zaten wonen woonden""".split())
_BRACKET_AGE_RE = re.compile(r"\s*\(\s*(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
                             r"vijftien|zestien|zeventien|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                             r"fourteen|fifteen|sixteen|seventeen)\s*(?:jaar|jr\.?|years?|yrs?)?\s*\)", re.I)
# kinship words before a child's or sibling's name ("mijn zoon wolf is tien"; also the review's)
KIN_WORDS = frozenset("""zoon zn dochter zoontje dochtertje broer zus broertje zusje pleegzoon pleegdochter
stiefzoon stiefdochter kleinzoon kleindochter neef nicht neefje nichtje halfbroer halfzus tweelingbroer
tweelingzus pleegbroer pleegzus pleegbroertje pleegzusje stiefbroer stiefzus
zonen zoons dochters wicht""".split())  # (fifty-fourth session: "MIJN ZONEN STORM EN BEN", Gronings "mien wicht roos")
_RELATIVES = KIN_WORDS | _KIN_OR_PARENT  # children, siblings, parents, grandparents and other relatives
# "vond jet heel fijn, ze ...": a pronoun soon after the word refers back to a person
_LATER_PRONOUN_RE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*,\s*(?:ze|zij|hij)\b", re.I)
# "Hoop, een begeleider die ...": an apposition with a role word
_APPOSITION_RE = re.compile(r"\s*[,(]\s*(?:een|de|onze|mijn|m'n|mn|ons|haar|zijn)\s+(?:[^\W\d_]+\s+)?(?:"
                            + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")\b", re.I)
_ARTICLES_BEFORE_IFX = frozenset("op in aan met voor uit naar bij van over".split())

# (role words that a group, a home or a pet can be too, and titles: "de groep is echt een familie")
_NOT_CARERS = frozenset("""familie fam fam. gezinshuis heer man vrouw dhr dr drs mr mrs ms mw mevr mvr mvrw prof zn gv jb
jbr ma pa mam pap ex maatje buddy mattie partner tweeling""".split())  # (sixtieth session: "de kleine is een tweeling")
# "de wit is de beste begeleider", "bas was onze voogd": a clause's subject that *is* a
# carer by the predicate is a person, even when the name is also a word
_PREDICATE_ROLE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\ben\s)|(?<=\bmaar\s))"
    r"(?P<who>(?:(?:van|de|der|den|ter|ten)\s+){0,2}[^\W\d_][\w'’-]+)\s+(?:is|was)\s+"
    r"(?:echt\s+|gewoon\s+|toch\s+|wel\s+|nu\s+)?(?:de|een|onze|mijn|m'n|mn)\s+"
    # (words between, not the start of a clause: not "Mei is de maand dat papa jarig was")
    r"(?:(?!(?:dat|die|waar|wat|toen|als|omdat|waarin|waarop)\s)[^\W\d_]+\s+){0,2}(?:"
    + "|".join(sorted(set(_ROLE_WORDS) - _NOT_CARERS, key=len, reverse=True)) + r")(?![\w-])", re.I)
_NOT_PREDICATE_SUBJECTS = frozenset("hij zij ze het dit dat die deze er hier daar wie jij u ik je men niemand iedereen".split())


def _predicate_role_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    """A listed name that is the subject of "is/was de beste begeleider" (also in capitals)."""
    if not (ctx.words & {"is", "was"}):
        return
    for m in _PREDICATE_ROLE_RE.finditer(ctx.text):
        last = m.group("who").split()[-1].lower()
        if last in _NOT_PREDICATE_SUBJECTS or last in _FUNCTION_WORDS or last in _ROLE_SET or last in KIN_WORDS \
                or last in _PERSON_NOUNS or last in _NOT_NAMES or last in _RELATIVES:
            continue
        if last in lists.first_any or last in lists.surnames_all:
            start = m.start("who")
            if m.group("who").lower().startswith(("de ", "het ")) and " " in m.group("who") \
                    and m.group("who").split()[0].lower() == "de" and last not in lists.surnames_all:
                continue  # "de <first name>": no such name
            yield start, m.end("who"), "naam", LOW


# first names that are also a verb of "ik" ("ik wil", "ik ben"): at a sentence start before a finite verb
# they are the name ("wil gebruikt hem", "BEN IS ZEVEN"); short finite verbs the ending test misses
_VERB_NAMES = frozenset({"wil", "ben"})
_SHORT_FINITE = frozenset("is was heeft had zit gaat wordt werd kan kon mag moet zegt komt doet".split())

# a verb in lowercase after the thanks: "dank je wel, bel haar op ..." (but "bedankt Bel!")
_VERBS_AFTER_THANKS = frozenset("bel mail app stuur kom ga doe zeg groet".split())


_KIN_TYPO_BASES = ("moeder", "vader", "dochter", "zoon", "broer", "zus", "oma", "opa", "tante", "oom", "neef", "nicht",
                   "vriend", "vriendin", "voogd", "mentor", "juf", "meester", "pleegmoeder", "pleegvader", "ouders")


@functools.lru_cache(maxsize=4096)
def _kin_typo(low: str) -> bool:
    """``low`` is a kinship or role word with one letter off ("moedr", "vrind", "dochtur")."""
    return len(low) >= 4 and any(abs(len(low) - len(b)) <= 1 and low[0] == b[0] and one_edit(low, b) for b in _KIN_TYPO_BASES)


def _context_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    """Names that only their context marks, as words or in lowercase: "dank je storm",
    "mvg fam. de fries", "zei Zon", "onze kees heeft", "nimco als begeleider", "ik en
    faith", "jansens van de gemeente"."""
    text = ctx.text
    low_text = ctx.lower
    ordinary = dictionary().words
    if "." in text:
        initials = _INITIAL_GATE_RE.search(text) is not None  # an initial before a word: both lowercase patterns need one
        for m in _ROLE_INITIALS_RE.finditer(text) if initials else ():
            last = m.group("n").split()[-1]
            if last.lower() not in _FUNCTION_WORDS and (last.lower() in lists.surnames_all or _not_ordinary(last)):
                yield m.start("n"), m.end("n"), "naam", LOW  # "de gezinsvoogd s. kromodimedjo"
        for m in _INITIALS_RE.finditer(text):
            last = m.group().split()[-1].lower()
            if last not in _FUNCTION_WORDS and last not in _NOT_NAMES:
                yield m.start(), m.end(), "naam", HIGH
        for m in _LOWER_INITIALS_RE.finditer(text) if initials else ():
            letters = re.sub(r"[\s.]", "", m.group("i")).lower()
            last = m.group("sur").lower()
            if letters in _ABBREVIATIONS or last in _FUNCTION_WORDS or last in _NOT_NAMES \
                    or last in _GENERIC_CARE or last in _PERSON_NOUNS:
                continue  # "i.v.m. de wet", "o.a. de kinderen"
            if (_ACCOUNT_HOLDER_RE.search(text, max(0, m.start() - 20), m.start())
                    and (last not in ordinary or last in lists.surnames_all)) or (
                    last in lists.surnames_all and (m.group("ifx") or last not in ordinary)):
                yield m.start(), m.end(), "naam", LOW  # "(j. de vries)", "tnv s. ummels"

    def plausible(word: str) -> bool:
        wl = word.lower()
        if wl in _FUNCTION_WORDS or wl in _ROLE_SET or wl in _NOT_NAMES or wl in _CHAT_WORDS or len(wl) < 2:
            return False
        return word[0].isupper() or wl in lists.first_any or wl in lists.surnames_all or wl not in ordinary

    if _THANKS_GATE_RE.search(low_text):
        for m in _THANKS_RE.finditer(text):
            sorry = m.group().lower().startswith(("sorr", "sry"))
            if sorry and not (m.group("w").lower() in lists.first_any or m.group("w")[0].isupper()):
                continue  # "sorry jet", not "sorry typfout"
            if plausible(m.group("w")) and m.group("w").lower() not in {
                    "wel", "jullie", "allemaal", "voor", "for", "you", "so", "all", "everything", "u", "hoor", "nogmaals",
                    "man", "bro", "guys", "mensen", "iedereen", "lieverd", "schat", "my", "not", "niks", "nee", "ja",
                    "to", "i", "ik", "mijn", "mn", "dat", "maar", "school", "team", "klas", "groep"} \
                    and m.group("w").lower() not in _GENERIC_CARE and m.group("w").lower() not in _ONE_WORD_BODIES and not (
                    m.group("w").islower() and m.group("w") in _VERBS_AFTER_THANKS
                    and re.match(r"\s+(?:haar|hem|me|mij|ons|je|jullie|op|even|ff|gerust|maar)\b", text[m.end("w"):])) \
                    and not _thanks_you_all_typo(m.group("w"), text, m.end("w"), lists):
                yield m.start("w"), m.end("w"), "naam", LOW
    signoff = not ctx.words.isdisjoint(_SIGNOFF_WORDS) or "xx" in low_text
    for m in _SIGNOFF_RE.finditer(text) if signoff else ():
        w = m.group("w")
        last = _END_RE.match(text, m.end("w2") if m.group("w2") else m.end("w"))
        if plausible(w) and (w[0].isupper() or w.lower() in lists.first_any or w.lower() in lists.surnames_all
                             or w.lower() not in ordinary) or (
                last and w[0].isupper() and w.lower() in lists.first_any and w.lower() not in _INTERJECTIONS):
            # a capitalised first name that closes the text is signed even if it is a word: "Groet Wil"
            yield m.start("w"), m.end("w2") if m.group("w2") else _signed_surname(text, m.end("w"), lists), "naam", LOW
    if (m := _SAYS_HI_RE.match(text)) is not None and plausible(m.group("w")) \
            and m.group("w").lower() not in _NOT_GREETERS:
        yield m.start("w"), m.end("w"), "naam", LOW  # "Tevs says hi 👋", "Boeroe zegt hoi vanuit ...": who greets
    if (m := _DASH_SIGNATURE_RE.search(text)) is not None and m.start() > 0:
        w = m.group("w")
        if plausible(w) and w.lower() not in _SIGNOFF_WORDS and w.lower() not in _EXCLAMATIONS \
                and w.lower() not in lists.places and w.lower() not in _THANKS:
            yield m.start("w"), m.end("w"), "naam", LOW  # "ben 10 min te laat sorry 🙈 -Shirlon": a chat signed
    for m in _SPEECH_RE.finditer(text) if not ctx.words.isdisjoint(_SPEECH_VERBS) else ():
        if plausible(m.group("w")) and not _at_sentence_start(text, m.start("w")):
            yield m.start("w"), m.end("w"), "naam", LOW
    toks = ctx.tokens
    lows = ctx.lows
    foreign_letters = _FOREIGN_LETTER_RE.search(text) is not None  # (one search per text, not per word)
    for i, (start, end, tok) in enumerate(toks):
        low = tok.lower()
        if low in _FUNCTION_WORDS and low not in _VERB_NAMES and tok.islower() and text[start - 1:start] != "(" \
                or low in _PLATFORMS:
            continue  # a lowercase function word outside brackets: no rule below takes one (the fast path)
        if not foreign_letters and low != "wil" and tok.islower() and low not in lists.first_any \
                and low not in lists.surnames_all and (low in ordinary or low in lists.common):
            # a lowercase ordinary word on no name list (the second fast path): the rules below
            # need a name, a capital, brackets, "wil" or an unknown word, except those that
            # look at the word after it
            nxt = lows[i + 1] if i + 1 < len(toks) else ""
            if not tok.isalpha() or low in _FUNCTION_WORDS or low in _ROLE_SET or low in _NOT_NAMES \
                    or low in _CHAT_WORDS or (nxt not in _ANY_WORD_NEXT and "(" not in text[end:end + 3]):
                continue
        prev = lows[i - 1] if i else ""
        nxt = lows[i + 1] if i + 1 < len(toks) else ""
        if prev == "ons" and tok[:1].isupper() and not tok.isupper() and tok.isalpha() and len(low) >= 3 \
                and not text[toks[i - 1][1]:start].strip() \
                and not ctx.shouting and (nxt in _VERB_NO_EN or nxt in _OUR_CHILD_NEXT or past_tense(nxt)):
            yield start, end, "naam", LOW  # "ons Door ligt om 11 uur nog te appen": a child, even a word
            continue
        in_brackets = text[start - 1:start] == "(" and text[end:end + 1] == ")"
        if in_brackets and tok[:1].isupper() and not tok.isupper() \
                and tok.isalpha() and len(low) >= 3 and low not in ordinary and low not in lists.places and low not in _NOT_NAMES \
                and low not in _CHAT_WORDS and low not in _PLATFORMS and low not in _NEIGHBOURHOODS and not near_frequent_word(low):
            yield start, end, "naam", LOW  # "ik ben die met de rode pet (Tjampi)": a capitalised word in no list
            continue
        if text[end:end + 2].lstrip()[:1] == ")" and tok.isalpha() and len(low) >= 2 and low not in _FUNCTION_WORDS \
                and (low in lists.first_any or low not in ordinary and not near_frequent_word(low)) \
                and _SAY_IN_BRACKET_RE.search(text, max(0, start - 30), start):
            yield start, end, "naam", LOW  # "onze pleegdochter Ketevan (we zeggen keti)": what the family calls her
            continue
        if prev in _RELATIVES and low in lists.first_any and len(low) >= 3 \
                and not text[toks[i - 1][1]:start].strip() and _CLAUSE_CLOSE_RE.match(text, end) \
                and low not in _FUNCTION_WORDS and low not in _ROLE_SET:
            yield start, end, "naam", LOW  # "en ook oma riet.": a relative and a first name, then nothing
            continue
        if low in _VERB_NAMES and (i == 0 or _at_sentence_start(text, start)) \
                and (_third_person(nxt) or low == "ben" and nxt in _SHORT_FINITE) \
                and i + 1 < len(toks) and not text[end:toks[i + 1][0]].strip():
            yield start, end, "naam", LOW  # "wil gebruikt hem nu ook", "ben is zeven": the verb takes no finite verb
            continue
        if low == "wil" and prev in _KIN_OR_PARENT and nxt == "en" and i + 2 < len(toks) and (
                lows[i + 2] in _KIN_OR_PARENT or lows[i + 2] in lists.first_any):
            yield start, end, "naam", LOW  # "oma wil en opa [naam] nemen de kinderen mee"
            continue
        if in_brackets and low in lists.first_any and len(low) >= 3 \
                and (prev in _RELATIVES or prev in _PERSON_NOUNS or prev in _ROLE_SET):
            yield start, end, "naam", LOW  # "de nieuwe vriend van mama (ferry)": a name in brackets after a person
            continue
        if low == "wil" and (prev in _WIL_NAME_BEFORE or prev in {"is", "was"} and i >= 2) \
                and not (prev == "tegen" and nxt == "en") and not text[toks[i - 1][1]:start].strip() \
                and not (len(nxt) > 3 and nxt.endswith("en") and nxt in ordinary
                         or nxt in {"zijn", "doen", "gaan", "staan", "zien"}):
            # (not "waar ik niet bij wil zijn": the verb before its infinitive)
            yield start, end, "naam", LOW  # "bij wil van de brede school", "de chauffeur is wil": no verb there
            continue
        if foreign_letters and _FOREIGN_LETTER_RE.search(tok) and tok.isalpha() and len(low) >= 3 and low not in ordinary \
                and low not in lists.places and low not in _CHAT_WORDS and low not in _NOT_NAMES:
            yield start, end, "naam", LOW  # "kęstutis", "ugnė", "Łukasz": letters Dutch words never have (not "Kūčios")
            continue
        if not tok.isalpha() or low in _FUNCTION_WORDS or low in _ROLE_SET or low in _NOT_NAMES or low in _CHAT_WORDS:
            continue
        if len(low) >= (8 if low.endswith("yan") else 7) and low.endswith(SURNAME_ENDINGS) and low not in ordinary \
                and no_dictionary_form(low) \
                and not ordinary_english(low) and low not in lists.places and not near_frequent_word(low):
            # "kun je karapetyan ff bellen": a surname by its ending (fifty-fourth session; "-yan" from eight letters: the
            # Kurmanji "nameyan", letters)
            yield start, end, "naam", LOW
            continue
        listed = low in lists.first_any or low in lists.surnames_all
        prev2 = lows[i - 2] if i > 1 else ""
        nxt2 = lows[i + 2] if i + 2 < len(toks) else ""
        # (a kinship word misspelt is no name: "gesprek met moedr")
        unknown = low not in ordinary and low not in lists.common and not (not listed and _kin_typo(low))
        if prev in {"vind", "vond", "vindt"} and (low in lists.first_any or low in _MONTH_FIRST_NAMES) and nxt == "een" \
                and len(low) >= 3 and any(w in _A_PERSON_NOUNS or w in _ROLE_SET for w in lows[i + 2:i + 6]):
            yield start, end, "naam", LOW  # "ik vond mei een hele fijne vrouw" (fifty-fourth session)
            continue
        if not (listed or unknown or tok[0].isupper()) and nxt not in _ANY_WORD_NEXT and "(" not in text[end:end + 3]:
            continue  # every rule below needs a listed, unknown or capitalised word, or one of these next
        if prev in {"onze", "mijn", "ons"} and low in lists.first_any and (nxt in _VERB_NO_EN or (
                nxt == "met" and nxt2 in {"haar", "zijn", "z'n", "zn", "d'r"})):
            yield start, end, "naam", LOW  # "onze kees heeft een 8 gehaald", "onze amber met haar gedoe"
        elif prev2 in _INVERSION_OPENERS and not tok[0].isupper() and low in lists.first_any and low not in lists.common \
                and low not in _MONTH_NAMES and len(low) >= 3 and (past_tense(prev) or _third_person(prev)) \
                and text[toks[i - 2][1]:start] == f" {text[toks[i - 1][0]:toks[i - 1][1]]} " \
                and nxt not in _ARTICLES:  # (not "krijgt max de hond")
            yield start, end, "naam", LOW  # "daar snapte jonathan niks van": the verb, then its subject (fifty-fourth session)
        elif prev in _CHILDREN_WORDS and nxt == "en" and i + 3 < len(toks) and low in lists.first_any \
                and nxt2 in lists.first_any and lows[i + 3] in _PLURAL_PERSON_VERBS and len(low) >= 3 and len(nxt2) >= 3:
            yield start, end, "naam", LOW  # "MIJN ZONEN STORM EN BEN HEBBEN ...": two children named (fifty-fourth session)
            yield toks[i + 2][0], toks[i + 2][1], "naam", LOW
        elif nxt == "en" and tok[:1].isupper() and not tok.isupper() and not ctx.shouting and i + 2 < len(toks) \
                and toks[i + 2][2][:1].isupper() and not toks[i + 2][2].isupper() \
                and low in lists.first_any and nxt2 in lists.first_any and len(low) >= 3 and len(nxt2) >= 3 \
                and nxt2 not in _NOT_NAMES and i and not _at_sentence_start(text, start) and not _title_case(ctx):
            yield start, end, "naam", LOW  # "dat Storm en Zon de beste stagiaires waren": two names mid-sentence
            yield toks[i + 2][0], toks[i + 2][1], "naam", LOW
        elif nxt in {"mn", "mijn", "m'n", "onze"} and (nxt2 in KIN_WORDS or nxt2 in _MATES) \
                and (unknown or listed and low not in ordinary) and len(low) >= 3 and (i == 0 or _at_sentence_start(text, start)):
            yield start, end, "naam", LOW  # "Awet mn bro sinds dag 1", "jun mijn zoon"
        elif nxt == "uit" and unknown and len(low) >= 4 and (i == 0 or _at_sentence_start(text, start)) \
                and not near_frequent_word(low):
            yield start, end, "naam", LOW  # "DJENEBA UIT [plaats] WAS DE ENIGE"
        elif nxt2 in _OBJECT_PRONOUNS and unknown and nxt.endswith("t") and nxt in ordinary and len(low) >= 4 \
                and (i == 0 or _at_sentence_start(text, start)) and not near_frequent_word(low):
            yield start, end, "naam", LOW  # "Solomiia mist je nu al": someone who misses you
        elif prev in {"onze", "ons", "mijn", "m'n", "mn"} and unknown and len(low) >= 4 and not _compound(low, ordinary) \
                and not low.endswith(("nummer", "nr", "code")) and (
                tok[0].isupper() and tok[1:].islower() and not ctx.shouting
                or (low in lists.first_any or ctx.shouting) and not near_frequent_word(low)):
            yield start, end, "naam", LOW  # "het geduld met onze LEVENTE": a child by a name in no list
        elif prev == "ons" and low in lists.first_any and len(low) >= 3 and (nxt in _OUR_CHILD_NEXT or past_tense(nxt)):
            yield start, end, "naam", LOW  # southern "ons roos die nie meer wil": "ons" before a de-word is a child
        elif (i == 0 or _at_sentence_start(text, start)) and low in lists.first_any and len(low) >= 3 and nxt == "en" \
                and nxt2 in {"haar", "zijn", "z'n", "zn", "d'r"} and i + 3 < len(toks) \
                and (lows[i + 3] in KIN_WORDS or lows[i + 3] in _PERSON_NOUNS):
            yield start, end, "naam", LOW  # "april en haar broertje gaan ...": a child and her brother
        elif prev in _INVERSION_VERBS and low in lists.first_any and low not in lists.common and len(low) >= 3 \
                and not tok[0].isupper() and nxt in {"een", "de", "het", "mij", "me", "ons", "hem", "haar"} \
                and i >= 2 and lows[i - 2] not in _PRONOUNS | {"ik", "je", "jij", "u", "we", "wij", "men"}:
            yield start, end, "naam", LOW  # "(toen ik weg mocht) heeft fleur een taart gebakken": the subject after the verb
        elif prev in {"dat", "omdat", "want"} and low in lists.first_any and low not in lists.common and len(low) >= 3 \
                and not tok[0].isupper() and nxt in {"heel", "zo", "super", "erg", "echt"} and i + 3 < len(toks) \
                and lows[i + 3] in {"is", "was", "doet", "deed", "helpt", "hielp"}:
            yield start, end, "naam", LOW  # "ik wil zeggen dat fleur heel goed is"
        elif prev == "van" and prev2 in PARENT_WORDS and nxt in {"hij", "zij", "ze"} and len(low) >= 3 \
                and not low.endswith(("en", "s")) and low not in lists.common:
            yield start, end, "naam", LOW  # "ik ben de moeder van luik hij is zeven": a run-on after the child's name
        elif prev in {"bij", "met", "van", "voor"} and nxt == "en" and low in lists.first_any and nxt2 in lists.first_any \
                and len(low) >= 3 and len(nxt2) >= 3 and (low not in lists.common or nxt2 not in lists.common) \
                and low not in _FUNCTION_WORDS and nxt2 not in _FUNCTION_WORDS:
            yield start, end, "naam", LOW  # "het gezinshuis bij ton en riet": two first names
            yield toks[i + 2][0], toks[i + 2][1], "naam", LOW
        elif prev == "bij" and nxt == "thuis" and low in lists.first_any and len(low) >= 3:
            yield start, end, "naam", LOW  # "bij vos thuis (mijn pleegouders)": at someone's home
        elif i == 1 and prev in _GREETINGS and low in lists.first_any and len(low) >= 3 \
                and nxt not in {"allemaal", "iedereen", "jongens", "team", "daar"}:
            yield start, end, "naam", LOW  # "hey job nog bedankt voor gister"
        elif prev in {"over", "met", "bij", "voor"} and low in lists.first_any and low not in lists.common and len(low) >= 3 \
                and nxt == "die" \
                and nxt2 in _ADVERBS_AFTER_NAME | {"nooit", "altijd", "steeds", "nie", "nog", "zo"}:
            yield start, end, "naam", LOW  # "over rik die nooit helpt"
        elif i == 0 and low in lists.first_any and len(low) >= 3 and _THAT_ONE_WAS_RE.match(text, end):
            yield start, end, "naam", LOW  # "jet?? die was echt lief"
        elif (i == 0 or _at_sentence_start(text, start) or prev in _CLAUSE_OPENERS) and len(low) >= 3 \
                and (m_role := _IS_ROLE_RE.match(text, end)) and (
                    listed or unknown or (_CLAUSE_END_RE.match(text, m_role.end()) and low not in _CLAUSE_ADVERBS)):
            # "Gift is ons pleegkind", "zon is mijn dochter", "Zon 🌞 is mn nichtje en ..."
            yield start, end, "naam", LOW
        elif len(low) >= 2 and _IS_NAME_RE.match(text, end):
            # "jan hendrik is mijn naam", "zon is de naam van mijn dochter (ja echt)"
            yield start, end, "naam", LOW
            if prev and i and (lows[i - 1] in lists.first_any or toks[i - 1][2][:1].isupper()) \
                    and lows[i - 1] not in _FUNCTION_WORDS:
                yield toks[i - 1][0], toks[i - 1][1], "naam", LOW
        elif prev == "met" and prev2 in _MEETING_WORDS and (low in lists.first_any or unknown) and len(low) >= 2 \
                and low not in _GENERIC_AFTER_MET:
            yield start, end, "naam", LOW  # "de gesprekken met jet waren goed", "klik met abena"
        elif prev == "ben" and prev2 == "ik" and (listed or unknown) and nxt in {"de", "een"} and nxt2 in _ROLE_SET:
            yield start, end, "naam", LOW  # "ik ben mark de stiefvader van de kinderen"
        elif prev in {"wil", "willen", "wilde"} and (listed or unknown) and (nxt in {"bedanken", "noemen"} or (
                nxt in _THANKS_ADVERBS and nxt2 == "bedanken")):
            yield start, end, "naam", LOW  # "ik wil bas bedanken", "ik wil joep echt bedanken"
        elif prev in _ARABIC_PARTICLES and (low in lists.surnames_all or unknown) and len(low) >= 4 \
                and low not in lists.common and not (i >= 2 and lows[i - 2] in _ARABIC_PARTICLES) \
                and not _POSTCODE_DIGITS_BEFORE_RE.search(text[max(0, toks[i - 1][0] - 6):toks[i - 1][0]]):  # "3031 EL Rotterdam"
            yield toks[i - 1][0], end, "naam", LOW  # "bij boxschool el hamdaoui", "meneer ait taleb"
        elif nxt in {"is", "was", "werd"} and low in lists.first_any and len(low) >= 3 and _BORN_AFTER_RE.match(text, end) \
                and (i == 0 or _at_sentence_start(text, start)):
            yield start, end, "naam", LOW  # "Hoop is gister geboren!!": only a person is born
        elif prev in KIN_WORDS and nxt == "genoemd" and (listed or unknown) and len(low) >= 2:
            yield start, end, "naam", LOW  # "ik heb mn dochter hoop genoemd"
        elif prev in _SMALL_ONES and prev2 in {"ons", "onze", "mijn", "m'n", "mn"} and low in lists.first_any \
                and len(low) >= 3 and low not in _PERSON_NOUNS and low not in KIN_WORDS \
                and not frequencies().at_least(low, 4.5):
            yield start, end, "naam", LOW  # "bij ons kleine mees lukte borstvoeding niet"
        elif prev in {"vind", "vond", "vindt"} and low in lists.first_any and (
                (nxt == "de" and nxt2.endswith("ste"))
                or (nxt in {"echt", "gewoon", "toch", "wel", "altijd"} and nxt2 == "de" and i + 3 < len(toks)
                    and lows[i + 3].endswith("ste"))):
            yield start, end, "naam", LOW  # "ik vind storm de leukste van de groepsleiding", "ik vond roos echt de liefste"
        elif prev in KIN_WORDS and (nxt in _VERB_NO_EN or _third_person(nxt) or past_tense(nxt)) \
                and len(low) >= 4 and unknown:
            yield start, end, "naam", LOW  # "MIJN ZOON DAVIT IS ..." (a name in no list)
        elif prev in _SUB_OPENERS and unknown and not tok[0].isupper() and len(low) >= 4 \
                and (nxt in _VERB_AFTER_NAME | _ADVERBS_AFTER_NAME or _third_person(nxt)) \
                and not (prev == "als" and nxt.startswith("werk") and low.endswith(_JOB_ENDS)):  # ("als orderpicker werkt")
            yield start, end, "naam", LOW  # "dat kadijatu gewoon bij mij thuis kwam"
        elif _CALLED_AFTER_RE.match(text, end) and (listed or unknown or tok[0].isupper()) and len(low) >= 2:
            yield start, end, "naam", LOW  # "haha Zon zo noemen we haar"
        elif prev == "die" and nxt in {"heet", "heette"} and (listed or unknown):
            yield start, end, "naam", LOW  # "een begeleider die jansens heette"
        elif prev in {"heet", "heette"} and prev2 in KIN_WORDS | _ROLE_SET | {"zoon", "dochter"} and low in lists.first_any:
            yield start, end, "naam", LOW  # "mijn pleegzoon heet wil"
        elif prev in _SUB_OPENERS and low in lists.first_any and not tok[0].isupper() \
                and nxt in _ADVERBS_AFTER_NAME | {"steeds", "vaak", "soms", "weer"} and len(low) >= 3:
            yield start, end, "naam", LOW  # "dat dirk steeds het gesprek overnam"
        elif prev in {"bij", "aan", "voor"} and low in lists.first_any and nxt in {"kon", "kan", "mocht", "mag"} \
                and nxt2 in {"ik", "je", "we", "wij"}:
            yield start, end, "naam", LOW  # "bij jet kon ik altijd terecht"
        elif (low in lists.first_any or prev in KIN_WORDS and not low.endswith(("en", "je"))) and nxt in {"is", "was"} \
                and _AGE_NEXT_RE.match(text, end) and len(low) >= 3:  # (also "mijn zoontje tutu is [leeftijd]")
            yield start, end, "naam", LOW  # "storm is nu 4 en hij ..."
        elif (nxt in {"heet", "heette"} and (nxt2 in {"ze", "hij", "zij", "zo"} or _REALLY_SO_RE.match(text, end))
              or _CALLED_BRACKET_RE.match(text, end) or REAL_NAME_BRACKET_RE.match(text, end)) and len(low) >= 2 \
                and low not in _PLATFORMS:
            yield start, end, "naam", LOW  # "Hoop heet ze, onze begeleider" (not "op insta heet ze ...")
        elif prev in {"echt", "gewoon", "eigenlijk"} and prev2 in {"heet", "heette", "heten"} and len(low) >= 2 \
                and low not in _FUNCTION_WORDS and low not in _NOT_AFTER_HEET:
            yield start, end, "naam", LOW  # "onze begeleidster heette echt hoop"
        elif prev in {"ben", "bin"} and prev2 in {"ik", "k", "ich", "iech"} and (low in lists.first_any or unknown and (
                tok[0].isupper() and not ctx.shouting or not near_frequent_word(low)
                or _AGE_INTRO_RE.match(text, end))) \
                and (_SELF_INTRO_RE.match(text, end) or not text[end:].strip(" !.") and (
                    low in lists.first_any or tok[0].isupper() and not ctx.shouting)):
            yield start, end, "naam", LOW  # "ik ben mees, ik ben 15", "..., ik ben Sükrü" (not "ik ben dyslecties")
        elif prev in {"ben", "bin"} and prev2 in {"ik", "k", "ich", "iech"} and tok.istitle() and not ctx.shouting \
                and (low in lists.first_any or low not in dictionary().words) and i + 1 < len(toks) \
                and toks[i + 1][2].istitle() and nxt not in _FUNCTION_WORDS and nxt not in dictionary().words \
                and text[end:toks[i + 1][0]] == " " \
                and _SELF_INTRO_RE.match(text, toks[i + 1][1]):
            yield start, toks[i + 1][1], "naam", LOW  # "Ik ben Wilhelmina Doekhie, moeder van ...": the full name
        elif (prev in _INTERJECTIONS or _INTERJECTION_RE.fullmatch(prev)) and low in lists.first_any \
                and nxt in _VERB_NO_EN and len(low) >= 3:
            yield start, end, "naam", LOW  # "jaaa storm was echt de beste begeleider"
        elif (i == 0 or prev in _GREETINGS or prev in _SIGN_IN_GREETINGS or _at_sentence_start(text, start)) \
                and _HERE_RE.match(text, end) and (listed or unknown or tok[0].isupper()) and not role_compound(low) \
                and low not in _NOT_NAMES:
            # ("yo Wissem hier, mijn insta is ...", "slm cv? Tassadit hier, de wijkagent ...": after a greeting too)
            yield start, end, "naam", LOW  # "Joy hier!! ik ben aangenomen": the writer's own name
        elif prev in {"vooral", "behalve", "speciaal"} and low in lists.first_any and len(low) >= 3:
            yield start, end, "naam", LOW  # "echt dankjewel, vooral rik"
        elif prev in _CLAUSE_OPENERS and unknown and not tok[0].isupper() and _NUMBER_NEXT_RE.match(text, end):
            yield start, end, "naam", LOW  # "omdat djalma achttien wordt"
        elif prev == "met" and nxt in TALK_VERBS and (listed or unknown) and low not in _GENERIC_AFTER_MET:
            yield start, end, "naam", LOW  # Wat Werkt: "vandaag met bloem gesproken over mn stage"
        elif (low in lists.first_any or prev in KIN_WORDS and (unknown or low in _MONTH_FIRST_NAMES)) and len(low) >= 3 \
                and _BRACKET_AGE_RE.match(text, end):
            yield start, end, "naam", LOW  # "pleegmoeder van storm (11)", "onze dochter mei (8)"
        elif prev == "ik" and nxt in {"heet", "heette"} and (listed or unknown) and len(low) >= 2:
            yield start, end, "naam", LOW  # "ze noemde me zo terwijl ik marwah heet"
        elif prev in _RELATIVES and (low in lists.first_any or prev in KIN_WORDS and low in _MONTH_FIRST_NAMES) \
                and nxt in _VERB_NO_EN and len(low) >= 3:
            yield start, end, "naam", LOW  # "mijn zoon wolf is tien", "MIJN ZOON WOLF IS TIEN", "onze dochter mei zit"
        elif (prev in _PERSON_BEFORE or prev in {"vond", "vind", "vindt"}) and low in lists.first_any and len(low) >= 3 \
                and _LATER_PRONOUN_RE.match(text, end):
            yield start, end, "naam", LOW  # "ik vond jet heel fijn, ze luisterde echt"
        elif tok[:1].isupper() and not tok.isupper() and i and not _at_sentence_start(text, start) \
                and _APPOSITION_RE.match(text, end) and low not in _NOT_NAMES:
            yield start, end, "naam", LOW  # "een klik met Hoop, een begeleider die .."
        elif nxt == "als" and nxt2 in _ROLE_SET and (listed or unknown) and not frequencies().at_least(low, 5.0):
            yield start, end, "naam", LOW  # "wij hadden eerst nimco als begeleider"
        elif (prev == "en" and prev2 in {"ik", "mij"} or nxt == "en" and nxt2 in {"ik", "mij"}) and (
                low in lists.first_lower or (low in lists.first_any and (low not in ordinary or tok[0].isupper()))):
            yield start, end, "naam", LOW  # "ik en faith", "storm en ik"
        elif (prev in _SURNAME_ONLY_IFX and low in lists.surnames_all and low not in _FUNCTION_WORDS
              and nxt in _PRONOUNS and text[end:end + 1] == "," and prev2 in {"dan", "als", "met", "en"}):
            yield toks[i - 1][0], end, "naam", LOW  # "een andere begeleider dan de groot, hij ..."
        elif (listed or unknown or (tok[:1].isupper() and i and not _at_sentence_start(text, start) and not ctx.shouting
                                    and not _title_case(ctx) and low not in _GENERIC_CARE_WORDS
                                    and not low.endswith(("zorg", "team", "werk")))) \
                and _ORG_AFTER_RE.match(text, end) and (
                i == 0 or _at_sentence_start(text, start) or prev in _CLAUSE_OPENERS
                or prev in {"vond", "vind", "vindt", "met", "en", "dankzij", "door", "via", "bij", "aan"}
                or prev in {"was", "is"} and low in lists.first_any and not frequencies().at_least(low, 5.0)
                or text[:start].rstrip().endswith(",") and (low in lists.first_any or unknown and not near_frequent_word(low))
                and not tok[0].isupper()):
            yield start, end, "naam", LOW  # "jansens van de gemeente heeft ...", "de beste was mark van de nachtdienst"
        elif prev in _QUESTION_OPENERS and low in lists.first_any \
                and not tok[0].isupper() and len(low) >= 3 and nxt in _SUBJECT_NEXT:
            yield start, end, "naam", LOW  # "dat bloem erbij was", "waarom storm niet meer", "dat rik er ook bij zat"
        elif prev == "van" and prev2 in PARENT_WORDS and low in lists.first_any and len(low) >= 3 \
                and (nxt in {"en", "die", "is", "was", "heeft", "had", "hier", ""} or _CLAUSE_END_RE.match(text, end)):
            yield start, end, "naam", LOW  # "ik ben de moeder van lieve en ...": a child named by a parent
        elif (_business(prev) or prev in _SURNAME_IFX and _business(prev2)) and low in lists.surnames_all \
                and len(low) >= 3 and low not in _FUNCTION_WORDS:
            # a family business: "stage bij garage kuipers", "bakkerij de graaf", "schildersbedrijf smit"
            yield (toks[i - 1][0] if prev in _SURNAME_IFX else start), end, "naam", LOW
        elif prev in {"aan", "tegen"} and prev2 in _MESSAGE_VERBS and (low in lists.first_any or unknown) and len(low) >= 3:
            yield start, end, "naam", LOW  # "kan iemand ff doorgeven aan mees dat ...", "zeggen tegen jet"
        elif prev == "met" and low in lists.first_any and len(low) >= 3 and not tok[0].isupper() \
                and (prev2.endswith("en") and len(prev2) >= 5 or prev2 in {"ruzie", "samen", "lol", "plezier"}) \
                and prev2 not in _FUNCTION_WORDS and _MET_END_RE.match(text, end):
            yield start, end, "naam", LOW  # "wandelen met hoop, echt fijn", "ruzie met berk om de playstation"
        elif (i == 0 or _at_sentence_start(text, start) or prev in {"van", "met", "over", "bij", "voor", "om", "en", "dat",
                                                                     "omdat"}) \
                and low in lists.first_any and len(low) >= 3 and nxt in {"haar", "d'r", "z'n", "zn", "zijn", "der"} \
                and nxt2 and nxt2 not in _FUNCTION_WORDS and text[end:end + 1] == " ":
            yield start, end, "naam", LOW  # "Lieve haar diagnose", "over jet d'r verjaardag": a possessive
        elif (i == 0 or _at_sentence_start(text, start)) and low in lists.first_any and len(low) >= 3 \
                and not tok[0].isupper() and nxt in _PRESENT_VERBS_3SG and nxt2 in {"me", "mij", "ons", "hem", "haar"}:
            yield start, end, "naam", LOW  # "mees pest me nog steeds", "lot helpt me echt"
        elif nxt == "zelf" and (listed or unknown or tok[0].isupper()) and len(low) >= 3 \
                and _BRACKET_AGE_RE.match(text, toks[i + 1][1]):
            yield start, end, "naam", LOW  # "Hoop zelf (14) zegt dat ze weer durft"
        elif unknown and not tok[0].isupper() and len(low) >= 4 and i and prev not in _ARTICLES \
                and prev not in _PLACE_PREPOSITIONS and nxt in _DEEDS \
                and low not in lists.places and unknown_word(low, 3.0) \
                and _misspelled_role(low) is None and not low.endswith(_ROLE_ENDINGS):
            yield start, end, "naam", LOW  # "alleen sjaak praatte langzaam": someone did something
        elif nxt == "als" and nxt2 in _NAME_NOUNS and (listed or unknown or tok[0].isupper()) and len(low) >= 2:
            yield start, end, "naam", LOW  # "mijn moeder heeft bhagwandin als achternaam"
        elif unknown and not tok[0].isupper() and len(low) >= 4 and i and not near_frequent_word(low) and (
                nxt in _SAID or nxt == "zij" and nxt2 == "dat") \
                and prev not in _PLACE_PREPOSITIONS and prev not in _ARTICLES and low not in lists.places \
                and _misspelled_role(low) is None \
                and not _compound(low, ordinary) and not low.endswith(_ROLE_ENDINGS):
            yield start, end, "naam", LOW  # "de mevrouw van de gemeente sutanto zij dat": who said it
        elif prev == "van" and prev2 in PARENT_WORDS and tok[:1].isupper() and not tok.isupper() and not ctx.shouting \
                and len(low) >= 3 and not _at_sentence_start(text, start) and not _title_case(ctx) \
                and low not in ordinary and low not in lists.places:
            yield start, end, "naam", LOW  # "wij, de ouders van Ananya, hebben": a parent's child


_NAME_NOUNS = frozenset("naam achternaam voornaam roepnaam bijnaam".split())
_DEEDS = _ACTION_VERBS_PAST | _STRONG_PAST  # "alleen kwabena praatte": a past deed after a name
_SAID = _SPEECH_AFTER - {"vroeg", "vraagt"}  # "sutanto zei": who said it (not who asked)
# endings of (misspelt) role nouns: "jobcoach", "gedragswetenschaper", "jeugdbescheremer"
_ROLE_ENDINGS = ("coach", "mer", "per", "ker", "der", "ster", "voogd", "voogt", "voog", "kundige", "werker")
_WORD_NAMES = words("word_names")  # "blessing", "hoop": names only in a person's context
_WEATHER = r"(?:zon|zee|strand|regen|storm|wind|sneeuw|hagel|onweer)"
# fixed expressions whose words are also first names: "hoop doet leven", "zon, regen of sneeuw",
# "zon, zee en ...", "de zon schijnt", "storm in een glas water", "masha danki"
IDIOM_RE = re.compile(
    rf"(?<![\w-])(?:hoop\s+doet\s+leven|{_WEATHER}(?:(?:\s*,\s*|\s+(?:en|of)\s+){_WEATHER}){{1,3}}"
    r"|zon\s+(?:schijnt|scheen|komt\s+op|ging\s+onder|gaat\s+onder|in\s+(?:huis|het\s+huis|mijn\s+hart))"
    r"|storm\s+in\s+(?:een\s+glas|mijn\s+hoofd|m'n\s+hoofd|mn\s+hoofd)|mark\s+my\s+words"
    # Papiamento greetings and endearments: "masha danki", "bon nochi", "dushi"
    r"|masha\s+danki|bon\s+(?:nochi|dia|tardi|bini)|dushi\s+team|rain\s+or\s+shine"
    # "Slava Ukraini" (glory to Ukraine), "heroyam slava"
    r"|slava\s+ukra[iy]?[ij]?ni|heroyam\s+slava"
    r"|(?:eid|eid\s+al[- ]fitr|bayram)\s+mubarak|ramadan\s+(?:kareem|karim|mubarak)|fleur\s+in\s+huis"
    # the Tibetan greeting "tashi delek" (good luck), the Kinyarwanda "Imana ishimwe" (God be praised)
    r"|tashi\s+delek|imana\s+ishimwe"

    r"|kleur\s+en\s+fleur|fleur\s+en\s+kleur|voor\s+koos)(?![\w-])",
    re.I)


# feasts written with capitals, whose words are names too: "Sankt Martin" (St Martin's Day), "Lunar New Year", "nian
# gao" (its rice cake), "Semana Santa", "Todos los Santos", "Día de Reyes", "feliz Navidad"
_FEAST_RE = re.compile(r"(?<![\w-])(?:sankt\s+martin|lunar\s+new\s+ye?a?e?r|nian\s+gao|semana\s+santa|todos\s+los\s+santos|"
                       r"d[ií]a\s+de\s+(?:los\s+)?(?:reyes|muertos)|feliz\s+navidad|feliz\s+natal|"
                       # (forty-ninth session) Sikh greetings and rites ("Waheguru ji ka Khalsa, Waheguru ji ki Fateh", "sat
                       # sri akal", the wedding "Anand Karaj", "amrit genomen"), Maori greetings ("kia ora", "kia kaha",
                       # "aroha nui"), the Adventist church and Jamaica's Independence Day: their words are names elsewhere
                       r"waheguru\s+ji\s+k[ai]\s+(?:khalsa|fateh)|sat\s+sri\s+akal|anand\s+karaj|chardi\s+kala|"
                       r"(?:rehras|japji|sukhmani)\s+sahib|sukh\s+shanti|amrit\s+(?:genomen|gekregen|chhakna|chakna|chhakia|"
                       r"sanchar|ceremonie|ceremony)|kia\s+ora|kia\s+kaha|aroha\s+nui|seventh[- ]day\s+adventists?|"
                       r"happy\s+independence\s+day(?:\s+(?:jamaica|trinidad|guyana|barbados))?|"
                       r"mikul[aá]s|"  # (and Hungary's Saint Nicholas)
                       # (fifty-fourth session) Greek Easter and New Year wishes ("Christos anesti", "Kali Anastasi",
                       # "Chronia polla"): "Christos" and "Anastasi" are names elsewhere
                       r"christos\s+anesti|alithos\s+anesti|kali\s+anastasi|kalo\s+pascha|kali\s+chronia|chronia\s+polla|"
                       # (fiftieth session) Turkish feasts ("Kurban Bayramı", "met de Bayram", "Hıdrellez"; Bayram is a
                       # man's name too, so alone only after an article or before "dagen", "feest"), and Kinyarwanda's
                       # thanks and blessings ("murakoze cyane", "Imana ishimwe") and Rwanda's "Kwibuka"
                       r"(?:kurban|kurbam|ramazan|şeker|seker)\s+bayram[ıi]?|(?<=de\s)bayram|(?<=het\s)bayram|"
                       r"bayram(?=\s+(?:dagen|feest|vakantie|tatili))|h[ıi]drellez|"
                       r"murakoze(?:\s+(?:cyane|cane|chane|cyne))?|imana\s+(?:ishimwe|ibahe|ibahezagire|ikurinde)|"
                       r"kwibuka|"
                       # (fifty-first session) Persian greetings and feasts: "khoda hafez" (goodbye), "Nowruz mobarak",
                       # "shab-e Yalda", "Yalda granaatappels", "Chaharshanbe Suri", "Sizdah Bedar", "haft-sin" (Hafez,
                       # Yalda and Azar are names too: only in these phrases)
                       r"khoda\s*h[aā]fe[zs]|(?:nowruz|nowroez|norooz|noruz|nowrooz|yalda|eid|eyd|sal[\s-]e\s+no|tavalodet|"
                       r"ramadan|ramazan)\s+mo?[bu]ar[aā]k|shab[\s-]?e?[\s-]yalda|"
                       r"yalda(?=\s+(?:mobarak|nacht|night|feest|avond|granaatappels?|is\s+de\s+langste|was\s+de\s+langste|"
                       r"en\s+(?:nowruz|nowroez|norooz)))|(?<=nowruz\sen\s)yalda|(?<=nowroez\sen\s)yalda|"
                       r"chahar[\s-]?shanbe(?:h)?(?:\s+suri)?|sizdah(?:[\s-]+be[dh]ar)?|haft[\s-]?sin|"
                       # Tagalog thanks and Indonesia's Eid ("salamat po", "Lebaran") and Thailand's Loy Krathong
                       r"salamat(?:\s+po)?|lebaran|loy\s+krathong|"
                       # the confessions reformed families quote ("de Heidelbergse Catechismus", "de Dordtse Leerregels")
                       r"heidelbergse\s+catechismus|dordtse\s+leerregels|nederlandse\s+geloofsbelijdenis|"
                       # (fifty-second session) Tibetan, Mongolian, Nepali and Bengali greetings and feasts: "tashi
                       # delek", "thuk je che" (thanks), Losar, Tsagaan Sar, Naadam, Dashain, Tihar, Chhath, Durga Puja,
                       # Pohela Boishakh (Tashi, Durga are names too); English sayings with a name's word in them
                       r"tashi\s+delek|thuk\s*je\s*che|losar|tsagaan\s+sar|naadam|dashain|dasain|dashian|tihar|chhath|"
                       r"durga\s+puj[ao]|pohela\s+boishakh|poila\s+boishakh|ramadam|blessing\s+in\s+disguise|"
                       r"patience\s+is\s+(?:a\s+)?(?:power|virtue|key|alles|everything)|oud\s+en\s+nieuw|last\s+van\s+roos|"
                       # an exclamation that is a town's name: "Wouw, wat een verschil!" (Wouw in West-Brabant)
                       r"(?:^|(?<=[.!?]\s))wouw(?=\s*[,!])|"
                       # Balkan and Kurdish feasts and greetings: "Bajram mubarek", "krsna slava", "we vierden Slava"
                       # (Slava, Bajram are names too), "Çarşema Sor" (the Yazidi new year)
                       r"bajram[i]?\s+(?:mubarek|mubarak|šerif|serif)|krsn[ae]\s+slav[ae]|(?<=vierden\s)slava|"
                       r"(?<=vieren\s)slava|(?<=de\s)slava(?=\s+(?:van|bij|met|vieren|gevierd))|[çc]ar[şs]ema\s+sor|"
                       r"asante\s+sana"  # (Swahili thanks; Sana is a name and a city too)
                       r")(?![\w-])", re.I)  # (not "amahoro", peace: a child's name too)


# a pet's name is no person's: "de kat luna", "ons hond bobbie", "onze poes Max"
# (also a cuddly toy: "mijn knuffel Beer"; a pet's name after "heet" stays a name, as the sets mark it: "mijn kat
# heet Pluis")
_PET_BEFORE_RE = re.compile(r"(?<![\w-])(?:hond|hondje|kat|katje|poes|poesje|kater|konijn|konijntje|cavia|hamster|"
                            r"geleidehond|geleidhond|blindengeleidehond|hulphond|assistentiehond|"
                            r"paard|pony|parkiet|papegaai|schildpad|kitten|puppy|pup|knuffel|knuffeltje|knuffelbeer)\s+$", re.I)


# Dutch sayings with a first name in them, in any case: "Joost mag het weten" (who knows), "Klaas Vaak" (the sandman),
# "van Lotje getikt" (crazy), "een hele Piet" (a big shot), "Jan en alleman", "Jan Modaal", "Jan met de pet", "Jantje
# lacht, Jantje huilt", "Piet Snot"; and brands named after a person ("Tommy Hilfiger", "Douwe Egberts": brands.txt)
_NAME_IDIOM_RE = re.compile(
    r"(?<![\w-])(?:joost\s+mag\s+(?:het\s+)?weten|klaas\s+vaak|van\s+lotje\s+getikt|(?:een\s+)?hele\s+piet"
    r"|jan\s+en\s+alleman|jan\s+modaal|jan\s+met\s+de\s+pet|jan\s+rap\s+en\s+zijn\s+maat|jantje\s+lacht|jantje\s+huilt"
    r"|jantje\s+van\s+leiden|piet\s+snot|magere\s+hein|brave\s+hendrik|tante\s+pos|ome\s+jan"
    # (fifty-third session) a town's pastry: "Bossche bollen", "Haagse hopjes", "Zeeuwse bolussen", "Limburgse vlaai"
    r"|bossche\s+bol(?:len)?|haagse\s+hopjes?|zeeuwse\s+bolus(?:sen)?|limburgse\s+vlaai(?:en)?|deventer\s+koek"
    r"|groninger\s+koek|goudse\s+kaas|memory\s+lane"
    # (fifty-sixth session) the carnival's prince, a charity's name, the youth and family centres ("Jeugd en Gezin")
    r"|prins\s+carnaval|jarige\s+job|jeugd\s+en\s+gezin"
    # (sixtieth session) the Bible's stories: "het verhaal van David en Goliath", "Ruth en Naomi"
    r"|(?:van\s+)?(?:david\s+en\s+goliath|ruth\s+en\s+naomi|adam\s+en\s+eva|ka[iï]n\s+en\s+abel)|jona\s+en\s+de\s+walvis"
    r"|dani[eë]l\s+in\s+de\s+leeuwenkuil|de\s+ark\s+van\s+noach"
    r"|" + r"|".join(r"\s+".join(re.escape(w) for w in b.split()) for b in sorted(entries("brands"), key=len, reverse=True))
    + r")(?![\w-])", re.I)


def without_idioms(text: str, spans: list[Span]) -> list[Span]:
    """Drop names found inside a fixed expression ("Hoop doet leven, zeggen ze"), an app's name ("via
    KakaoTalk"), the names of syndromes ("het syndroom van Angelman", "Prader-Willi"), pets' names
    ("de kat luna"), names with a monarch's or club's number ("Willem II") and adjectives of a country ("Belgisch")."""
    if not any(s[2] in {"naam", "plaats"} for s in spans):
        return spans  # (every rule below drops a name, or a place in a feast's or brand's name: "met de DigiD")
    idioms = [(m.start(), m.end()) for m in IDIOM_RE.finditer(text) if not _PAIR_TAIL_RE.match(text, m.end())]
    feasts = [(m.start(), m.end()) for rx in (_FEAST_RE, _NAME_IDIOM_RE) for m in rx.finditer(text)]

    def capitalised_mid_sentence(s: Span) -> bool:  # "dat Storm en Zon de beste waren": names, no weather
        word = text[s[0]:s[1]]
        return word[:1].isupper() and not word.isupper() and not _at_sentence_start(text, s[0])

    out = [s for s in spans if not (s[2] == "naam" and any(a <= s[0] and s[1] <= b for a, b in idioms)
                                    and not capitalised_mid_sentence(s))
           and not (s[2] in {"naam", "plaats"} and any(a <= s[0] and s[1] <= b for a, b in feasts))]
    return [s for s in out if not (s[2] == "naam" and (_eponym(text, s[0], s[1]) or text[s[0]:s[1]].lower() in _PLATFORMS
                                                       or _PET_BEFORE_RE.search(
        text, max(0, s[0] - 24), s[0]) or _month_in_time(text, s[0], s[1]) or _ROMAN_RE.search(
        text[s[0]:s[1] + 6]) or _bible_book(text, s[0], s[1]) or _weekday_typo(text[s[0]:s[1]])
                                                       or _proper_adjective(text[s[0]:s[1]])
                                                       or _of_origin(text, s[0], s[1])
                                                       or _glossed(text, s[0], s[1])))]


# a word of another language followed by what it means: "Speranza betekent hoop", "Marsho betekent vrijheid bij
# ons", "ulduz means star" (a word explained, no person; but a child's name explained stays a name:
# "mijn dochter heet Nour, dat betekent licht", "we hebben hem Primo genoemd: dat betekent de eerste")
_GLOSS_AFTER_RE = re.compile(r"""\s*["'”’»]?\s*(?:betekent|betekend|beteken|means|meaning|bedeutet|signifie|significa)\b"""
                             r"(?!\s+(?:(?:heel|zo|echt|zoveel|ontzettend|nog\s+steeds|voor\s+mij|voor\s+ons)\s+)*"
                             r"(?:veel|alles|zoveel|de\s+wereld|niks|niets|weinig|so\s+much|everything|a\s+lot)\b)",
                             re.I)  # (not "=": "Sanne = top"; nor "Sanne betekent veel voor ons": what a person means)
_NAMING_RE = re.compile(r"\b(?:heet|heette|heten|noem\w*|genoemd|vernoemd|naam|named|called|call|roepnaam|bijnaam)\b", re.I)


# (fifty-third session) "zegt altijd amal, dat is hoop in het Arabisch": a word, then what it means in its language
_GLOSS_IN_LANGUAGE_RE = re.compile(r"\s*[,:(–-]\s*(?:dat|wat|dit)\s+(?:is|betekent)\s+(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:in\s+het|op\s+z'n|in)\s+"
                                   r"(?P<lang>[^\W\d_]+)"
                                   # (fifty-fourth session) "amal, dat is Arabisch voor hoop"
                                   r"|(?P<lang2>[^\W\d_]+)\s+voor\b)", re.I)
# (fifty-fourth session) "in het Grieks zeggen we elpida": the language first, then the word
_GLOSS_BEFORE_RE = re.compile(r"\bin\s+het\s+(?P<lang>[^\W\d_]+)\s+(?:zeggen|noemen)\s+(?:we|wij|ze|zij|ze\s+dat|we\s+dat)\s+\Z", re.I)


def _glossed(text: str, start: int, end: int) -> bool:
    g = _GLOSS_IN_LANGUAGE_RE.match(text, end) or _GLOSS_BEFORE_RE.search(text, max(0, start - 40), start)
    in_language = g is not None and (g.group("lang") or g.groupdict().get("lang2") or "").lower() in words("language_names")
    if not in_language and not _GLOSS_AFTER_RE.match(text, end):
        return False
    left = max((m.end() for m in re.finditer(r"[.!?\n]", text[:start])), default=0)
    before = _LAST_WORD_RE.search(text, left, start)
    if before and (before.group(1).lower() in _ROLE_SET or before.group(1).lower() in KIN_WORDS):
        return False  # "BUURMAN COR BETEKENT ALLES VOOR ONS": a person after a role word
    return _NAMING_RE.search(text, left, start) is None


_ADJECTIVE_ENDS = ("isch", "ische", "aans", "aanse", "ijns", "ijnse", "ese")  # ("Palestijnse", "Libanese": fifty-fourth session)


# the adjectives of origin that do not end as _ADJECTIVE_ENDS do, joined in a double origin ("Chinees-Surinaams",
# "Turks-Nederlands")
_NATIONALITY_NOUNS = frozenset("chinees turks marokkaans surinaams hindoestaans javaans creools antilliaans kaapverdiaans "
                               "nederlands duits pools indisch moluks arubaans curaçaos".split())


# (fifty-fourth session) "moeder van Palestijnse afkomst": an origin, not a surname with its "van"
_OF_ORIGIN_RE = re.compile(r"(?i)(?:van|uit)\s+(?P<adj>[^\W\d_][\w-]+)")
_ORIGIN_AFTER_RE = re.compile(r"\s+(?:afkomst|komaf|origine|herkomst|achtergrond|bloed)\b", re.I)


def _of_origin(text: str, start: int, end: int) -> bool:
    m = _OF_ORIGIN_RE.fullmatch(text, start, end)
    if m is None or _ORIGIN_AFTER_RE.match(text, end) is None:
        return False
    adj = m.group("adj").lower()  # (an adjective of origin ends in "s" or "se": "Palestijnse", "Poolse", "Grieks")
    return _proper_adjective(adj) or adj.endswith(("s", "se")) and adj in dictionary().proper \
        and adj not in _name_lists().first_any and adj not in _name_lists().surnames_all


_COMPASS_PREFIXES = frozenset("west oost noord zuid midden zuidwest zuidoost noordwest noordoost".split())


def _proper_adjective(word: str) -> bool:
    """An adjective of a country, region or people that the dictionary writes with a capital ("Belgisch",
    "Colombiaanse", "Ethiopisch"), or two joined ("Chinees-Surinaams"): no name unless a name list holds it."""
    low = word.lower()
    if low.count("-") == 1 and low not in dictionary().proper and low.replace("-", "").isalpha():
        first, second = low.split("-")
        if first in _COMPASS_PREFIXES and (second in words("language_names") or second in _NATIONALITY_NOUNS
                                           or _proper_adjective(second)):
            return True  # (fifty-fourth session) "West-Armeens", "Oost-Vlaams": a language's or region's half
        return all(part in _NATIONALITY_NOUNS or _proper_adjective(part) for part in (first, second))  # "Chinees-Surinaams"
    if not low.endswith(_ADJECTIVE_ENDS) or not low.replace("-", "").isalpha():
        return False
    names = _name_lists()
    return low in dictionary().proper and low not in names.first_any and low not in names.surnames_all


def _weekday_typo(word: str) -> bool:
    """A weekday misspelt ("wensday", "donderdg", "zatedag"): a day, no name."""
    from stemsync.deidentify.dates import ALL_WEEKDAYS, _edits  # noqa: PLC0415

    low = word.lower()
    return low.isalpha() and 6 <= len(low) <= 10 and low not in ALL_WEEKDAYS and low not in _name_lists().first_any and any(
        low[0] == d[0] and _edits(low, d) <= (1 if len(d) <= 6 else 2) for d in ALL_WEEKDAYS)  # (not "Sandar": "sunday")


def _bible_book(text: str, start: int, end: int) -> bool:
    """A book of the Bible by its chapter and verse or after "het boek": "Johannes 3:16",
    "het boek Ruth" (only a book's name: "met Sanne 14:30" keeps its name)."""
    return text[start:end].lower() in _BIBLE_BOOKS and (
        _BIBLE_AFTER_RE.match(text, end) is not None or _BOOK_BEFORE_RE.search(text, max(0, start - 12), start) is not None)


_BIBLE_BOOKS = frozenset("""genesis exodus leviticus numeri deuteronomium jozua richteren ruth samuel koningen kronieken
ezra nehemia esther ester job psalm psalmen spreuken prediker hooglied jesaja jeremia klaagliederen ezechiël daniël
daniel hosea joël amos obadja jona micha nahum habakuk zefanja haggai zacharia maleachi matteüs matteus mattheüs
marcus markus lucas lukas johannes handelingen romeinen korintiërs galaten efeziërs filippenzen kolossenzen
tessalonicenzen timoteüs titus filemon hebreeën jakobus petrus judas openbaring""".split())
# a book of the Bible by its chapter and verse: "Johannes 3:16", "Prediker 3 vers 1", "het boek Ruth"
_BIBLE_AFTER_RE = re.compile(r"\s+\d{1,3}(?::\d{1,3}|\s+(?:vers|vs\.?)\s+\d{1,3})(?!\d)", re.I)
_BOOK_BEFORE_RE = re.compile(r"(?<![\w-])(?:het\s+)?(?:bijbel)?boek\s+\Z", re.I)


# a monarch's or a club's number: "Willem II", "koning Willem III" (no person we could point at)
_ROMAN_RE = re.compile(r"[^\W\d_]\s+(?-i:I{2,3}|IV|VI{1,3})(?![\w-])")


_ALL_MONTHS = frozenset("""januari februari maart april mei juni juli augustus september oktober november december
jan feb mrt apr jun jul aug sep sept okt nov dec""".split())


def _month_in_time(text: str, start: int, end: int) -> bool:
    """A month that is also a first name, used as a month: "in maart en april", "eind april",
    "april 2024" (not "april en haar broertje")."""
    if text[start:end].lower() not in _MONTH_NAMES:
        return False
    before = re.findall(r"[\w']+", text[max(0, start - 30):start].lower())
    after = re.findall(r"[\w']+", text[end:end + 20].lower())
    if before and (before[-1] in _TIME_BEFORE_MONTH or before[-1] in _ALL_MONTHS or before[-1].isdigit()):
        return True
    if len(before) > 1 and before[-1] in {"en", "of", "tot"} and before[-2] in _ALL_MONTHS:
        return True
    return bool(after) and (after[0].isdigit() or after[0] in _ALL_MONTHS
                            or (after[0] in {"en", "of", "tot"} and len(after) > 1 and after[1] in _ALL_MONTHS))


@functools.cache
def _eponyms() -> frozenset[str]:
    """The persons' names in deduce's list of eponymous diseases ("Angelman", "Prader-Willi")."""
    from stemsync.deidentify.lists import _deduce_src_path, _read_list  # noqa: PLC0415

    src = _deduce_src_path()
    if src is None:
        return frozenset()
    out: set[str] = set()
    base = src / "whitelist" / "lst_eponymous_disease"
    for item in _read_list(base) | _read_list(base / "lst_eponymous_single"):
        name = re.sub(r"^(?:ziekte|syndroom)\s+van\s+|\s+(?:ziekte|syndroom)$", "", item.strip()).lower()
        if name and name not in _FUNCTION_WORDS:
            out.add(name)
    return frozenset(out)


_DISEASE_BEFORE_RE = re.compile(r"(?:syndroom|ziekte|aandoening)\s+van\s*$|(?:heeft|met|bij|door)\s*$", re.I)
_DISEASE_AFTER_RE = re.compile(r"[\s-]*(?:syndroom|ziekte)", re.I)


def _eponym(text: str, start: int, end: int) -> bool:
    """A syndrome named after a person: "syndroom van Angelman", "heeft Prader-Willi"."""
    name = text[start:end].lower()
    if name not in _eponyms():
        return False
    if "-" in name or _DISEASE_AFTER_RE.match(text, end) is not None:
        return True
    before = _DISEASE_BEFORE_RE.search(text, max(0, start - 20), start)
    # (after "met", "bij", "door", "heeft" only a name that is no listed first name: not "door Vincent van het")
    return before is not None and (before.group().lower().startswith(("syndroom", "ziekte", "aandoening"))
                                   or name not in _name_lists().first_any)


# a person asked about: "wie is koster??", "wie is die roos die mij steeds belt"
_WHO_IS_RE = re.compile(r"(?<![\w-])wie\s+(?:is|was)\s+(?:(?:die|dat|deze|toch|nou|eigenlijk)\s+)?"
                        r"(?P<n>[^\W\d_][\w'’-]{2,})(?=\s*(?:\?|$|(?:die|eigenlijk|nou|dan|precies)\b))", re.I)


# a first name as the subject of an age, at the start of a clause: "angel is vandaag 7 geworden",
# "storm wordt morgen 12!" (not "het is 12 uur")
_AGE_VERBS = frozenset({"is", "wordt", "werd", "word"})
_NAME_AGE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\ben\s))(?P<n>[^\W\d_][\w'’-]{2,})\s+(?:is|wordt|werd|word)\s+"
    r"(?:(?:vandaag|gisteren|morgen|net|nu|al|bijna|pas|zaterdag|zondag|gewoon|gwn|alweer|inmiddels|echt)\s+)?\d{1,2}\s*(?:jaar\s+)?"
    r"(?:geworden\b|(?:jaar|jr)\b(?!\s+(?:geleden|lang|bezig|later|terug|gewacht|samen))|[!🎉🥳🎈🎂]|$)", re.I)


# nothing before a word but a chat opener: "", "fyi ", "ok so "
_OPENER_RE = re.compile(r"\W*(?:(?:fyi|btw|ok|oke|okay|so|hoi|hey|hi|hello|hallo|update)\W+){0,2}", re.I)


# a name with digits or signs typed for its letters ("5anne", "S@nne", "M0hammed", "J4n"): read back, a listed name
_LEET_WORD_RE = re.compile(r"(?<![\w@$.])(?=[\w@$]*[@$\d])(?=[\w@$]*[^\W\d_][\w@$]*[^\W\d_])[\w@$]{3,}(?![\w@$]|\.\w)")
_LEET_GATE_RE = re.compile(r"[^\W\d_][\d@$]|[\d@$][^\W\d_]")  # (a letter and a digit or sign side by side)
_ORDINAL_WORD_RE = re.compile(r"\d+(?:e|de|ste|st|nd|rd|th|x|ever|u|uur|en|ens|jes|tjes|tje|s)\Z", re.I)
_LEET_TABLE = str.maketrans("0134578@$", "oieastbas")


def _leet_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    for m in _LEET_WORD_RE.finditer(ctx.text):
        word = m.group()
        if sum(c.isdigit() or c in "@$" for c in word) > 2 or word[-1].isdigit() and word[0].isdigit() \
                or _ORDINAL_WORD_RE.match(word):
            continue  # (a code, a count or an ordinal, not a name: "2x3", "12ab34", "3de", "2nd")
        low = word.lower().translate(_LEET_TABLE)
        if len(low) >= 3 and (low in lists.first_any or low in lists.surnames_all) and low not in _FUNCTION_WORDS:
            yield m.start(), m.end(), "naam", LOW  # "dank aan 5anne", "S@nne"


# a person's initials in brackets after a word for the person: "mdr (AB) belt", "de jeugdbeschermer (KdV)"
_BRACKET_INITIALS_RE = re.compile(r"(?<![\w-])(?P<who>[^\W\d_][\w'’-]*)\s*\((?P<n>(?-i:[A-Z][a-z]?[A-Z]{1,2}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?))\)")


# diagnoses, school types and care words in capitals: "mijn zoon (ADD)", "dochter (VSO)"
_NOT_INITIALS = frozenset("""ADD ASS PDD ODD LVB EMB NLD DCD CD VG MB SO VSO PO VO GGZ GGD IQ OTS OK NB JA EN AZC
ISK MBO HBO WO IB BSO KDV PSZ VVE PGB WMO UWV SVB DUO VT GI RVDK RK""".split())


def _bracket_initials(ctx: _Ctx) -> Iterator[Span]:
    for m in _BRACKET_INITIALS_RE.finditer(ctx.text):
        who = m.group("who").lower()
        if (who in _PERSON_NOUNS or who in _ROLE_SET or who in KIN_WORDS) and m.group("n") not in _NOT_INITIALS:
            yield m.start("n"), m.end("n"), "naam", LOW  # "mdr (AB)", "gezinsvoogd (K.d.V.)"


# an initial and a surname in lowercase in the middle of a sentence: "mail van h. brouwer (advocaat)",
# "gesprek met j. v.d. berg" (not a list's letter at a line's start: "a. het gesprek")
_LOWER_INITIAL_RE = re.compile(r"(?<=[^\W\d_,:(] )(?P<n>[a-z]\.[ \t]?(?:[a-z]\.[ \t]?)?"
                               r"(?:(?:van der|van den|van de|van|de|der|ter|ten|v\.\s?d\.?|vd)[ \t]+)?(?P<s>[a-zà-ÿ][\w'’-]{2,}))"
                               r"(?![\w'’-])")


def _lower_initials(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    for m in _LOWER_INITIAL_RE.finditer(ctx.text):
        low = m.group("s")
        if low in lists.surnames_lower and low not in _FUNCTION_WORDS and low not in _ROLE_SET \
                and low not in _PERSON_NOUNS and not _verb_form(low):
            yield m.start("n"), m.end("n"), "naam", LOW


# a first name that is also a word where only a person fits: after a speech verb ("het staat online zei roos,
# maar"), or as what a carer is called ("mentor is fleur", "de voogd was hoop."), then the clause ends
_SAID_NAME_RE = re.compile(r"(?<![\w-])(?:zei|zegt|zeggt|vertelde|vroeg|schreef|appte|belde|riep|antwoordde)[ \t]+"
                           r"(?P<n>[a-zà-ÿ][a-zà-ÿ'’-]{2,})(?=[ \t]*(?:[,.!?;:)]|$|[ \t](?:maar|want|dus|en|toen)\b))")
_ROLE_IS_NAME_RE = re.compile(r"(?<![\w-])(?P<role>[a-zà-ÿ]{3,})[ \t]+(?:is|was|heet|heette)[ \t]+"
                              r"(?P<n>[a-zà-ÿ][a-zà-ÿ'’-]{2,})(?=[ \t]*(?:[,.!?;:)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
                              r"|[ \t](?:en|maar|want)[ \t])")
# a surname with its interfix and where the person works: "met de jong van het wijkteam", "bij van leeuwen van de gi"
_SURNAME_OF_TEAM_RE = re.compile(
    r"(?<![\w-])(?:met|bij|van|door|voor|aan|en|dat|want|ook)[ \t]+(?P<n>(?:van[ \t]+(?:der|den|de)|van|de|der|den|ter|ten)[ \t]+"
    r"(?P<s>[a-zà-ÿ][a-zà-ÿ'’-]{2,}))[ \t]+van[ \t]+(?:het|de|'t)[ \t]+(?:wijkteam|buurtteam|jeugdteam|gebiedsteam|team|"
    r"jeugdbescherming|jeugdzorg|jeugdreclassering|gemeente|raad|school|instelling|organisatie|ggz|ggd|gi|politie|"
    r"kinderbescherming|opvang|groep|thuiszorg|woningcorporatie|corporatie)\b")
# frequent Dutch surnames after "de" or "van" that are common words too ("de Jong", "de Vries", "de Boer")
_WORD_SURNAMES = frozenset("""jong jonge vries boer groot wit lange haan bruin bruijn graaf kok koning klein vos wolf zwart
beer leeuw leeuwen ruiter ridder jager roo rooij waal wilde goede bakker visser smit meijer dijk berg beek bosch bos
heuvel hoek brink velde veen wal""".split())
# friends and siblings named after "is": "mijn beste vriend is sep", "mijn zus is roos."
_FRIEND_WORDS = frozenset("vriend vriendin vriendje vriendinnetje maatje mattie broer zus broertje zusje buurjongen "
                          "buurmeisje".split())
# a first name and where the person works or sits: "wouter van jeugdhulp heeft gebeld", "mees van groep 7"
_PLAY_VERBS = frozenset("speel speelt speelde speelden spelen bespeel bespeelt leert leer leren".split())
_WORD_BEFORE_NAME_RE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_ARTICLES_AND_POSSESSIVES = frozenset("de het een 't mijn m'n mn onze ons jouw je zijn z'n zn haar hun jullie uw die deze".split())
_FIRST_OF_TEAM_RE = re.compile(
    # (also in chat's short form: "Sitske vd school", "v/d")
    r"(?<![\w-])(?P<n>[A-Za-zà-ÿ][a-zà-ÿ'’-]{2,})[ \t]+(?:van[ \t]+(?:(?:het|de|'t)[ \t]+)?|vd[ \t]+|v/d[ \t]+|vh[ \t]+)(?:wijkteam|buurtteam|jeugdteam|"
    r"gebiedsteam|jeugdhulp|jeugdzorg|jeugdbescherming|jeugdreclassering|gemeente|raad|school|ggz|ggd|gi|thuiszorg|"
    r"opvang|kerk|moskee|voetbal|groep[ \t]+\d|pleegzorg|(?:huiswerk|gezins|woon)?begeleiding|schutterij|vereniging|"
    r"buurthuis|wijkcentrum|kinderopvang|bso|kdv|peuterspeelzaal|schuldhulp(?:verlening)?|dagbesteding|zorgboerderij|"
    r"muziekschool|cjg|ouder-?kindteam|sociaal[ \t]+team|woningcorporatie|nachtdienst|avonddienst|"
    r"jongerenwerk|jongerencentrum|jeugdwerk|buurtwerk|straatwerk|welzijn|welzijnswerk|buurtvereniging|vluchtelingenwerk|"
    # (fifty-ninth session) the desks and the street's services of homeless young people, and "jullie": "mei van het
    # jongerenloket", "sjaak van het straatpastoraat", "dat heeft ellen van jullie opgelost"
    r"jongerenloket|jongerenpunt|zorgloket|wmo-?loket|loket|straatpastoraat|pastoraat|inloophuis|daklozenopvang|"
    r"nachtopvang|dagopvang|sleep-?in|jullie)\b")
# (fifty-ninth session) a verb after the service: the name it follows may be in capitals ("MEI VAN HET JONGERENLOKET
# HEEFT ME GEHOLPEN")
_TEAM_THEN_VERB_RE = re.compile(r"[ \t]+(?:heeft|had|hielp|gaf|geeft|zei|zegt|belde|appte|kwam|komt|regelde|was|is)\b", re.I)
_SAID_GATE = frozenset("zei zegt zeggt vertelde vroeg schreef appte belde riep antwoordde".split())


def _said_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    """Names in a slot only a person fills: after a speech verb ("zei roos,"), before where the person works
    ("wouter van jeugdhulp", "met de jong van het wijkteam"), as what a carer or friend is called ("mentor is
    fleur", "mijn beste vriend is sep en")."""
    def first_name(low: str) -> bool:
        return (low in lists.first_any and low not in _FUNCTION_WORDS and low not in _ROLE_SET and low not in KIN_WORDS
                and low not in _PERSON_NOUNS and low not in _NOT_NAMES and not _verb_form(low))
    if ctx.words & _SAID_GATE and not ctx.shouting:
        for m in _SAID_NAME_RE.finditer(ctx.text):
            if first_name(m.group("n")):
                yield m.start("n"), m.end("n"), "naam", LOW
    if "van" in ctx.words or "vd" in ctx.words or "vh" in ctx.words or "v/d" in ctx.lower:
        for m in _FIRST_OF_TEAM_RE.finditer(ctx.text):
            before = _WORD_BEFORE_NAME_RE.search(ctx.text, max(0, m.start() - 20), m.start())
            n = m.group("n")
            if (first_name(n.lower()) or n[0].isupper() and listed_spelling(n.lower())) and (
                    not ctx.shouting or _TEAM_THEN_VERB_RE.match(ctx.text, m.end())) and not (
                    m.group().lower().endswith("jullie") and frequencies().at_least(n.lower(), 5.0)) and not (
                    before and (before.group(1).lower() in _ARTICLES_AND_POSSESSIVES or _verb_form(before.group(1).lower())
                                or before.group(1).lower() in _PLAY_VERBS)):  # (not "de hoop van", "speelt bas van de school")
                yield m.start("n"), m.end("n"), "naam", LOW  # "wouter van jeugdhulp heeft gebeld", "mees van groep 7"
        for m in _SURNAME_OF_TEAM_RE.finditer(ctx.text):
            low = m.group("s")
            if low in lists.surnames_all and low not in _FUNCTION_WORDS and low not in _ROLE_SET and low not in KIN_WORDS \
                    and low not in _PERSON_NOUNS and (low in _WORD_SURNAMES or not frequencies().at_least(low, 4.0)):
                yield m.start("n"), m.end("n"), "naam", LOW  # (not "met de rest van het team")
    if ctx.words & {"is", "was", "heet", "heette"} and not ctx.shouting:
        for m in _ROLE_IS_NAME_RE.finditer(ctx.text):
            if (m.group("role") in _ROLE_SET or m.group("role") in _FRIEND_WORDS) and first_name(m.group("n")):
                yield m.start("n"), m.end("n"), "naam", LOW


# a full name in lowercase: a listed first name, an interfix and a listed surname ("mark van leeuwen",
# "kees de jong"); the first name alone is a word ("mark"), the three together are a person
_LOWER_FULL_NAME_RE = re.compile(r"(?<![\w'’-])(?P<first>[a-zà-ÿ]{3,})[ \t]+(?P<ifx>van der|van den|van de|van|de|ter|ten)"
                                 r"[ \t]+(?P<w>[a-zà-ÿ][\w'’-]{2,})(?![\w'’-])")
_SURNAME_IFX_GATE = frozenset("van de ter ten".split())


def _lower_full_names(ctx: _Ctx, lists: _NameLists) -> Iterator[Span]:
    from stemsync.deidentify.resolver import _surname_after  # noqa: PLC0415

    # (only where a lowercase listed first name stands right before an interfix: one match attempt there)
    starts = [ctx.tokens[i - 1][0] for i in ctx.at(_SURNAME_IFX_GATE) if i and ctx.lows[i - 1] in lists.first_any
              and ctx.tokens[i - 1][2].islower()]
    for m in (m for a in starts if (m := _LOWER_FULL_NAME_RE.match(ctx.text, a)) is not None):
        first = m.group("first")  # (a listed first name: the token the start was picked by)
        if first in _FUNCTION_WORDS or first in _ROLE_SET or _verb_form(first) or first in _PERSON_NOUNS \
                or first in _NOT_NAMES:
            continue
        w = m.group("w")
        if m.group("ifx") == "de":  # "kees de jong" (not "mark de beste": a frequent word after a frequent one)
            ok = w in lists.surnames_all and w not in _FUNCTION_WORDS and (
                not frequencies().at_least(w, 4.5) or not frequencies().at_least(first, 3.0))
        else:
            ok = w in lists.surnames_all and _surname_after(m)
        if ok:
            yield m.start(), m.end(), "naam", LOW


# (fifty-second session) a name, then "heet mijn dochter": the sentence turned round ("hoop heet mijn dochter en ze
# is 9", "Mei heet onze jongste")
_NAME_IS_CALLED_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[^\W\d_][\w'’-]{2,})\s+(?:heet|heette)\s+"
                                r"(?:mijn|m'n|mn|onze|ons|me)\s+(?P<kin>[^\W\d_]+)", re.I)
_ELDEST = frozenset("jongste oudste middelste kleinste".split())


# (fifty-third session) "storm en zon zijn mijn tweeling", "STORM EN ZON ZIJN MIJN TWEELING": two names, then who they are
_PAIR_TAIL = (r"\s+(?:zijn|waren)\s+(?:mijn|onze|m'n|mn|haar|zijn|z'n)\s+(?:tweeling|kinderen|zonen|dochters|jongens|meiden|"
              r"kids|kleinkinderen|pleegkinderen|broers|zussen|zusjes|broertjes)\b")
_PAIR_ARE_MY_RE = re.compile(r"(?<![\w-])(?P<a>[^\W\d_][\w'’-]+)\s+en\s+(?P<b>[^\W\d_][\w'’-]+)" + _PAIR_TAIL, re.I)
_PAIR_TAIL_RE = re.compile(_PAIR_TAIL, re.I)  # (then "storm en zon" is no weather)
# (fifty-third session) "berg is mijn achternaam", "Roos was haar roepnaam": a word said to be someone's name
_IS_MY_NAME_RE = re.compile(r"(?<![\w-])(?P<n>[^\W\d_][\w'’-]+)\s+(?:is|was)\s+(?:mijn|m'n|mn|zijn|z'n|haar|onze|hun)\s+"
                            r"(?:achternaam|voornaam|roepnaam|bijnaam|meisjesnaam|naam)\b", re.I)
_IS_MY_NAME_GATE = frozenset("achternaam voornaam roepnaam bijnaam meisjesnaam naam".split())
_PAIR_GATE = frozenset("tweeling kinderen zonen dochters jongens meiden kids kleinkinderen pleegkinderen broers zussen zusjes "
                       "broertjes".split())


_CONGRATS_GATE = frozenset({"gefeliciteerd", "gefeliciteerdd", "proficiat", "hvj", "hbd", "gefeli"})
_CONGRATS_NAME_RE = re.compile(r"(?<![\w-])(?:gefeliciteerdd?|proficiat|hvj|hbd|gefeli)(?:\s+(?:lieve|lief))?[ \t,]+"
                               r"(?P<n>[^\W\d_][\w'’-]+)(?=[ \t]*(?:[!.]|$|" + EMOJI_RE.pattern + r"))", re.I)


def _find_names(ctx: _Ctx) -> Iterator[Span]:
    lists = _name_lists()
    text = ctx.text
    if ctx.words & _IS_MY_NAME_GATE:
        for m in _IS_MY_NAME_RE.finditer(text):
            low = m.group("n").lower()
            if low not in _FUNCTION_WORDS and low not in _ROLE_SET and low not in _PERSON_NOUNS and low not in KIN_WORDS:
                yield m.start("n"), m.end("n"), "naam", LOW
    if ctx.words & _PAIR_GATE and "en" in ctx.words:
        for m in _PAIR_ARE_MY_RE.finditer(text):
            if all(m.group(g).lower() not in _FUNCTION_WORDS and m.group(g).lower() not in _PERSON_NOUNS
                   and m.group(g).lower() not in KIN_WORDS and m.group(g).lower() not in _ROLE_SET for g in "ab"):
                yield m.start("a"), m.end("a"), "naam", LOW
                yield m.start("b"), m.end("b"), "naam", LOW
    if "heet" in ctx.lower:
        for m in _NAME_IS_CALLED_RE.finditer(text):
            kin, name = m.group("kin").lower(), m.group("name").lower()
            if (kin in KIN_WORDS or kin in _ROLE_SET or kin in _ELDEST) and name not in _FUNCTION_WORDS \
                    and name not in _ROLE_SET:
                yield m.start("name"), m.end("name"), "naam", LOW
    if not ctx.words.isdisjoint(_CONGRATS_GATE):
        # (sixtieth session) the one congratulated, then the sentence ends: "hvj sem 🎉🎂", "gefeliciteerd noor!!" (a
        # listed first name, or a word in no dictionary; not "gefeliciteerd allemaal", "proficiat schat")
        for m in _CONGRATS_NAME_RE.finditer(text):
            low = m.group("n").lower()
            if low in _FUNCTION_WORDS or low in _ROLE_SET or low in KIN_WORDS or low in _PERSON_NOUNS or low in _NOT_NAMES \
                    or low in _CHAT_WORDS or low in _CONGRATS_GATE or len(low) < 2:
                continue
            if low in lists.first_any or low not in dictionary().words and not frequencies().at_least(low, 3.5) \
                    and not frequencies().at_least(low, 3.5, "en") and len(low) >= 3:
                yield m.start("n"), m.end("n"), "naam", LOW
    if not ctx.words.isdisjoint(_HAVE_WORDS):
        # (fifty-fifth session) the one helped, between "heeft" and its participle: "jullie hebben bram echt geholpen",
        # "juf heeft setara goed opgevangen" (a listed first name that is a rare word, or a word in no dictionary)
        for m in _HAVE_NAME_PARTICIPLE_RE.finditer(text):
            low = m.group("n").lower()
            if low in _FUNCTION_WORDS or low in _ROLE_SET or low in KIN_WORDS or low in _PERSON_NOUNS or low in _NOT_NAMES:
                continue
            if low in lists.first_any and (low not in dictionary().words or not frequencies().at_least(low, 3.5)) \
                    or low not in dictionary().words and not frequencies().at_least(low, 3.0) and len(low) >= 3:
                yield m.start("n"), m.end("n"), "naam", LOW
    if "(" in text:
        # (fifty-fifth session) a name, then who it is in brackets: "Shukria (moeder) ervaart veel druk", "met joep
        # (broer) gesproken" (a listed first name, or a word in no dictionary)
        for m in _NAME_THEN_ROLE_BRACKET_RE.finditer(text):
            low, role = m.group("n").lower(), m.group("role").lower()
            if (role in KIN_WORDS or role in _ROLE_SET) and low not in _FUNCTION_WORDS and low not in _ROLE_SET \
                    and low not in KIN_WORDS and low not in _PERSON_NOUNS and low not in _NOT_NAMES \
                    and (low in lists.first_any or m.group("n")[0].isupper() and low not in dictionary().words
                         and not frequencies().at_least(low, 3.0)):
                # (who it is, said: no word of another language; a lowercase word in no list may be one: "močiutė
                # (oma)", the word for grandmother and its translation)
                yield m.start("n"), m.end("n"), "naam", HIGH
    for i, (start, end, tok) in enumerate(ctx.tokens):
        low = tok.lower()
        # 1. word after a role word ("mijn voogd sanne") or "heet"/"genaamd"
        # (a listed first name is no misspelt role: "samen met matteo", not "mattie")
        role = low if low in _ROLE_SET or low in _CALLED_SET else None if low in lists.first_lower else _misspelled_role(low)
        if role is not None and len(tok) == 2 and _POSTCODE_DIGITS_BEFORE_RE.search(text, max(0, start - 6), start):
            continue  # "6826 JB Arnhem": the letters of a postcode, no role word
        if role is not None and (b := _BRACKET_NAME_RE.match(text, end)) is not None:
            name = b.group("name")
            nl = name.lower().split()[-1].split(".")[-1]
            if nl not in _ROLE_SET and nl not in _FUNCTION_WORDS and nl not in KIN_WORDS and nl not in _NOT_NAMES \
                    and (nl in lists.first_any or name[0].isupper() or nl not in dictionary().words or "." in name):
                yield b.start("name"), b.end("name"), "naam", LOW  # "mijn moeder (Riet)", "de voogd (l. smelt)"
                continue
        if role is not None:
            span = _name_after(ctx, end, role, lists)
            if span is not None:
                yield span
            continue
        # 2. lowercase first names anywhere
        if tok[-2:] in {"'s", "’s"} and (stem := tok[:-2]).isalpha() and stem.lower() not in dictionary().words \
                and stem.lower() not in _WORD_NAMES and (
                    stem.islower() and stem in lists.first_lower
                    or stem[0].isupper() and stem[1:].islower() and len(stem) >= 4 and stem.lower() not in _NOT_NAMES
                    # a word in no dictionary, rare in English too, opening the comment: "lerato's school changed"
                    or stem.islower() and len(stem) >= 4 and _OPENER_RE.fullmatch(text[:start]) and no_dictionary_form(stem)
                    and not frequencies().at_least(stem, 3.0, "en")):
            # "ilse's school", "jayden's vader", "Tsvetelina's begeleider" (not "oma's", "foto's")
            yield start, end, "naam", LOW
            continue
        if not tok.islower() or not (tok.isalpha() or "-" in tok):
            continue
        if start and text[start - 1] in "@.'’-":
            continue
        if low in _NOT_NAMES:
            continue  # "keti koti", "frans", "mijn iban NL91 ...": words on a name list that are never a name here
        if low in lists.first_lower or (
            "-" in low
            and all(p in lists.first_lower or p in lists.role_tokens for p in low.split("-"))
            and any(p in lists.first_lower for p in low.split("-"))
        ):
            # a lowercase word that is on a first-name list; when it is also an ordinary
            # word ("roos", "merel", "bas") only where the context marks a person
            if (low in dictionary().words or low in _WORD_NAMES) and not (
                    _person_context(ctx, start, end) or _subject_name_context(ctx, i)
                    or i + 1 < len(ctx.lows) and ctx.lows[i + 1] == "jarig"):  # ("op 3 mei is mila jarig")
                continue
            if i and ctx.tokens[i - 1][2].lower() in {"dank", "bedankt"} and _thanks_you_all_typo(tok, text, end, lists):
                continue  # "dank julie wel": "jullie" misspelt
            yield start, _extend_name(text, end, lists), "naam", LOW
        elif low in lists.first_any and len(low) >= 3 and (_subject_name_context(ctx, i) or (
                (not i or ctx.tokens[i - 1][2].lower() not in _ARTICLES) and _said_who_after(text, end)) or (
                low not in dictionary().words and i and ctx.tokens[i - 1][2].lower() in _PERSON_BEFORE
                and _PERSON_CLAUSE_RE.match(text, end))):
            # a first name that is also a word, where only a person fits: "kees onze
            # begeleider", "max belde", "lente is mijn nieuwe begeleider", "met jet, ze ..."
            yield start, end, "naam", LOW
    if "(" in text:
        for m in _NAME_ROLE_BRACKET_RE.finditer(text):
            w = m.group("w")
            low = w.lower()
            role = m.group("role").lower()
            if _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or role in KIN_WORDS \
                    or role in _FAMILY_ROLES or "nummer" in low:
                continue  # "de avó (oma)", "ons BSN-nummer (moeder)": a thing or a relative, not a person's role
            if (role in _ROLE_SET or role in BRACKET_ROLE_ABBREVIATIONS) and low not in _FUNCTION_WORDS \
                    and low not in _ROLE_SET and low not in _NOT_NAMES and low not in KIN_WORDS \
                    and (low not in dictionary().words or (low in lists.surnames_all or low in lists.first_any)
                         and (w[0].isupper() or not frequencies().at_least(low, 4.0))):  # (not "school (mentor)")
                yield m.start("w"), m.end("w"), "naam", LOW  # "OVERLEG MET SCHUTTERT (RAAD)", "Kuipers (IB)"
        for m in _NAME_WHO_BRACKET_RE.finditer(text):
            w, low, role = m.group("w"), m.group("w").lower(), m.group("role").lower()
            if not (role in KIN_WORDS or role in _FAMILY_ROLES or role in _ROLE_SET) or low in _FUNCTION_WORDS \
                    or low in _ROLE_SET or low in KIN_WORDS or low in _NOT_NAMES \
                    or _ARTICLE_BEFORE_RE.search(text, max(0, m.start("w") - 6), m.start("w")):
                continue
            if low in lists.first_any or low in lists.surnames_all and not frequencies().at_least(low, 4.5) \
                    or no_dictionary_form(w):
                first = m.group("first")
                begin = m.start("first") if first and first.lower() in lists.first_any \
                    and first.lower() not in _FUNCTION_WORDS and not frequencies().at_least(first.lower(), 4.5) else m.start("w")
                yield begin, m.end("w"), "naam", LOW  # "geert huizinga (de vader)", "Rahwa (mijn nicht)"
    if ctx.n_digits and ctx.words & _AGE_VERBS:
        for m in _NAME_AGE_RE.finditer(text):
            low = m.group("n").lower()
            if low in lists.first_any and low not in _FUNCTION_WORDS and low not in _ROLE_SET:
                yield m.start("n"), m.end("n"), "naam", LOW  # "angel is vandaag 7 geworden"
    if ctx.n_digits and ctx.words & {"is", "was", "turned", "turns"} and is_english(ctx.lower):
        for m in EN_NAME_AGE_RE.finditer(text):
            if english_name_before_age(m.group("who")) and m.group("who") not in _ROLE_SET:
                yield m.start("who"), m.end("who"), "naam", HIGH  # "grace is 4 and goes to the peuterspeelzaal"
    yield from _capitalised_names(ctx, lists)
    if (ctx.n_digits or "@" in text or "$" in text) and _LEET_GATE_RE.search(text):
        yield from _leet_names(ctx, lists)
    if "(" in text:
        yield from _bracket_initials(ctx)
    if not ctx.words.isdisjoint(_SURNAME_IFX_GATE):
        yield from _lower_full_names(ctx, lists)
    if "." in text:
        yield from _lower_initials(ctx, lists)
    yield from _said_names(ctx, lists)
    yield from _predicate_role_names(ctx, lists)
    yield from _lowercase_unknown_names(ctx, lists)
    yield from _context_names(ctx, lists)
    if "gezin" in ctx.words:
        for m in _FAMILY_SURNAME_RE.finditer(text):
            low = m.group("name").lower()
            if low not in _FUNCTION_WORDS and low not in _ROLE_SET and not ctx.shouting and not _title_case(ctx) \
                    and (low not in dictionary().words or low in lists.surnames_all and not frequencies().at_least(low, 4.0)):
                yield m.start("name"), m.end("name"), "naam", LOW  # (fifty-eighth session) "het gezin Nowak deelt"
    if "noem" in ctx.lower and any(q in text for q in _QUOTES):
        for m in _NICKNAME_QUOTED_RE.finditer(text):
            low = m.group("name").lower()
            if low not in _FUNCTION_WORDS and low not in _ROLE_SET and low not in KIN_WORDS and (
                    m.group("name")[0].isupper() or low.endswith("je") or low in lists.first_any
                    or not frequencies().at_least(low, 4.0)):  # (not 'noemen hem "lui"': what he is called, a word)
                yield m.start("name"), m.end("name"), "naam", HIGH  # (the frame is strong; the quotes no sign of a word)
    if ctx.words & {"naam", "name", "tnv"} or "t.n.v." in ctx.lower:  # ("op naam van", "ten name van")
        for m in _IN_THE_NAME_OF_RE.finditer(text):
            # the holder's words while each is a first name, a surname or in no dictionary ("op naam van aziz
            # bouazza"; not "t.n.v. mn moeder", "t.n.v. stichting ...", "op naam van de gemeente")
            end = m.start("n")
            for w in _WORD_IN_NAME_RE.finditer(text, m.start("n"), m.end("n")):
                low = w.group().lower()
                if low in _HOLDER_INTERFIXES:
                    continue  # "t.n.v. van de laar": a surname's interfix (taken when a surname follows)
                if low in _FUNCTION_WORDS or low in _ROLE_SET or low in KIN_WORDS or low in _CHAT_WORDS or not (
                        low in lists.first_any or low in lists.surnames_all
                        or low not in dictionary().words and not frequencies().at_least(low, 4.0)):
                    break
                end = w.end()
            if end > m.start("n"):
                yield m.start("n"), end, "naam", LOW
    if _THANKS_GATE_RE.search(ctx.lower) and "voor" in ctx.words:
        for m in _THANKS_FOR_ALL_RE.finditer(text):
            # (fifty-sixth session) the one thanked at the end: "bedankt voor alles kim." (a listed first name)
            if _plain_first_name(m.group("n").lower(), lists):
                yield m.start("n"), m.end("n"), "naam", LOW
    if not ctx.words.isdisjoint(_SAID_TAG_VERBS):
        for m in _SAID_TAG_RE.finditer(text):
            # (fifty-sixth session) who said it, after the quote: "daar staat het toch, zei rob", "ZEI ROB." (a listed
            # first name, no pronoun, relative or role)
            if _plain_first_name(m.group("n").lower(), lists):
                yield m.start("n"), m.end("n"), "naam", LOW
    if "wie" in ctx.words:
        for m in _WHO_IS_RE.finditer(text):
            low = m.group("n").lower()
            if low in _ROLE_SET or low in _PERSON_NOUNS or low in _FUNCTION_WORDS or low in _NOT_NAMES:
                continue
            if unknown_word(low) or ((low in lists.first_any or low in lists.surnames_all)
                                     and not frequencies().at_least(low, 4.5)):
                yield m.start("n"), m.end("n"), "naam", LOW  # "wie is koster??", "wie is die roos die belt"
    if "," in text and ("en" in ctx.words or "&" in text):  # (the list ends with "en" or "&")
        for m in _NAME_LIST_RE.finditer(text):
            items = [(w.start(), w.end(), w.group().lower()) for w in _WORD_RE.finditer(m.group())]
            items = [(a, b, w) for a, b, w in items if w not in {"en"}]
            if all(w in lists.first_any and w not in _FUNCTION_WORDS for _, _, w in items) \
                    and not all(w in dictionary().words for _, _, w in items):
                for a, b, _ in items:  # "sky, jet en mees van de groep": a list of first names
                    yield m.start() + a, m.start() + b, "naam", LOW
    if "kennen" in ctx.words or "laten" in ctx.words:
        for m in _GOT_TO_KNOW_RE.finditer(text):
            g = "w" if m.group("w") else "w2"
            w = m.group(g)
            if (w.lower() not in _FUNCTION_WORDS or w.lower() in lists.first_any) and w.lower() not in _ROLE_SET \
                    and w.lower() not in _NOT_NAMES \
                    and w.lower() not in {"het", "dat", "mij", "me", "ons", "hem", "haar", "iemand", "iets", "dit", "alles"}:
                yield m.start(g), m.end(g), "naam", LOW  # "daar leerde ik bloem kennen", "kan je wil even laten weten"
    if "noem" in ctx.lower:
        for m in _NICKNAME_RE.finditer(text):
            g = next(k for k in ("a", "b", "c", "d", "e", "f") if m.group(k))
            w = m.group(g)
            # (a function word only capitalised: "noemen hem Dan")
            if (w.lower() not in _FUNCTION_WORDS or w[0].isupper() and not w.isupper() and not ctx.shouting) \
                    and w.lower() not in _ROLE_SET \
                    and w.lower() not in _NOT_CALLED:
                yield m.start(g), m.end(g), "naam", LOW  # a nickname: "die ze beer noemen"
    if ctx.words & _CALLED_GATE:
        for m in _NAME_FIELD_RE.finditer(text):
            if m.group("n").split()[0].lower() not in _FUNCTION_WORDS | _NOT_NAMES:
                yield m.start("n"), m.end("n"), "naam", HIGH  # a form's field: "Naam: Sriwati Kartoredjo."
        for m in _NAME_IN_BRACKETS_RE.finditer(text):
            if m.group("w").split()[0].lower() not in _FUNCTION_WORDS:
                yield m.start("w"), m.end("w"), "naam", LOW
        for m in _CALLED_RE.finditer(text):
            span = _name_after(ctx, m.end(), "heet", lists)
            if span is not None:
                yield span
            elif "naam" in m.group().lower() and (w := _NEXT_WORD_RE.match(text, m.end())) is not None:
                low = w.group(1).lower()
                if low in lists.first_any and low not in _FUNCTION_WORDS and low not in _NOT_AFTER_HEET \
                        and low not in _ROLE_SET and not ctx.shouting:
                    yield w.start(1), w.end(1), "naam", LOW  # (fifty-third session) "mijn naam is storm": a first name


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
