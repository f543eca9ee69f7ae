"""Names that the words around them make names, though they are words or in no list.

- an apposition with a role: "ze vond storm de begeleider geweldig", "met brem de mentor": a listed
  first name right before "de begeleider", "de mentor", "onze gezinsvoogd" ...;
- a name set right: "my name is wrong in it, it is dumitrescu not dumitrescou", "mijn naam is
  verkeerd gespeld, het is kowalczyk niet kowalczik": in a comment about a name, the two words
  after "it is" / "het is" and "not" / "niet" that are in no dictionary;
- a listed first name before a bracket that says who it is or when born: "wouter (de ib'er) wel", "mila (geboren in
  2019)", "pleegmoeder hier (ria)" is deduce's;
- a nickname in quotes that a naming word marks: "door leeftijdgenoten 'Professor' genoemd", "hij wil
  "Kruimel" genoemd worden", "noemen ze hem 'Tijger'", "zijn vriend 'Tijger'", "Vader wordt "Blauwe Sjef"
  genoemd": a capitalised word (or up to three) in quotes before "genoemd", "noemen", "noemt" or
  "heet", after "noemen ze (hem)", "bijnaam", "genaamd" or a word for a friend or relative; not
  a lowercase word ("ze noemden me 'dom'": an insult, no name) and not in a text in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _name_lists, frequencies, near_frequent_word, no_dictionary_form,
                                       words)
from stemsync.deidentify.fastcase import accelerate

_ROLES_AFTER = ("begeleider", "begeleidster", "mentor", "mentrix", "juf", "meester", "hulpverlener", "gezinsvoogd",
                "jeugdbeschermer", "gezinscoach", "coach", "voogd", "pleegmoeder", "pleegvader", "therapeut",
                "jeugdzorgwerker", "groepsleider", "groepsleidster")
_ROLE_GATE = frozenset(_ROLES_AFTER)
_APPOSITION_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]{2,})(?:\s+|(?P<comma>\s*,\s*))(?:de|onze|mijn|m'n|zijn|haar)\s+(?:"
    + "|".join(_ROLES_AFTER) + r")(?(comma)\s*,|(?![\w-]))", re.I)  # (with a comma, one after the role too: "sanne, de mentor,")
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:een|de|het|die|deze|dat|dit|geen|elke)\s+\Z", re.I)
# "it is dumitrescu not dumitrescou", "het is kowalczyk niet kowalczik", "is het nowak ipv nowack"
_SET_RIGHT_RE = re.compile(
    r"(?<![\w-])(?:it\s+is|it['’]s|het\s+is|is\s+het|dat\s+is|moet\s+zijn|should\s+be)\s+(?P<a>[^\W\d_][\w'’-]{3,})\s*,?\s+"
    r"(?:not|niet|instead\s+of|in\s+plaats\s+van|i\.p\.v\.|ipv)\s+(?P<b>[^\W\d_][\w'’-]{3,})", re.I)
_NAME_WORDS = frozenset("name naam achternaam voornaam surname spelled gespeld spelling".split())
# in a comment about how a name is said or written, a word in no dictionary after "niet", "ipv" or "of": the wrong or
# the other form of the name ("DE NAAM IS [..] MET EEN S MET STAARTJE, NIET SAHIN EN ZEKER NIET SCHAHIN", "ZIJ ZEGT NU
# [..] IPV SEPHORA", "[..] OF HATIDJE, ZO STAAT HET OP MIJN PAS", "het is [..] met een spatie, niet aitouaziz")
_SAY_NAME_WORDS = frozenset("heet heten noemt noemen zegt zeggen zei schrijft schrijven geschreven".split())
_NOT_THIS_NAME_RE = re.compile(r"(?<![\w-])(?:niet|ipv|i\.p\.v\.|in\s+plaats\s+van|of|not|instead\s+of)\s+(?P<w>[^\W\d_][\w'’-]+)(?![\w'’-])"
                               r"(?=\s*(?:[.,;:!?)]|$|en\b|of\b|maar\b|aan\s+elkaar|met\b|zo\b|zoals\b|and\b))", re.I)


_OPEN_Q = "\"'“‘„‚"
_CLOSE_Q = "\"'”’‘“"
_QUOTED = (rf"[{_OPEN_Q}](?P<n>[A-Z][\w’-]{{1,20}}(?:[ \t]+[A-Z][\w’-]{{0,20}}){{0,2}})[{_CLOSE_Q}]")
_NICKNAME_BEFORE_RE = re.compile(_QUOTED + r"\s*,?\s+(?:(?:wordt|werd|word|wil|worden)\s+)?(?:genoemd|genoemt|noemen|noemt|noemde|noemden|heet|heette)\b")
_NICKNAME_AFTER_RE = re.compile(
    r"(?<![\w-])(?:(?i:noemen|noemt|noemden|noemde)\s+(?i:ze|zij|ze\s+hem|ze\s+haar|men|iedereen|wij|we)(?:\s+(?i:hem|haar|mij|me|hier))?"
    r"|(?i:bijnaam|genaamd|alias|a\.k\.a\.?|aka)|(?i:vriend|vriendje|vriendin|maat|maatje|neef|broer|zus|nicht|buurjongen|"
    r"buurmeisje|friend|mate|cousin))\s*:?\s*" + _QUOTED)
# without quotes: a capitalised name after "noemen ze" ("Mijn neef noemen ze op straat Kleine K"), after "heet bij
# iedereen" ("de trainer heet bij iedereen Snelle"); a word before "(iedereen noemt hem zo)" ("coach bokkie (iedereen
# noemt hem zo)")
_NICKNAME_PLAIN_RE = re.compile(
    r"(?<![\w-])(?:(?i:noemen|noemden)\s+(?i:ze|zij|wij|we)(?:\s+(?i:hem|haar|mij|me))?(?:\s+(?i:op\s+straat|thuis|hier|daar|op\s+school|"
    r"in\s+de\s+buurt|in\s+het\s+dorp))?|(?i:heet|heette|heten)\s+(?i:bij\s+(?:iedereen|ons|de\s+jongens|de\s+meiden|de\s+kinderen)|"
    r"op\s+straat|in\s+de\s+buurt))\s+(?P<n>[A-Z][\w’-]*(?:[ \t]+[A-Z][\w’-]*){0,2})"
    r"|(?<![\w'’-])(?P<b>[^\W\d_][\w'’-]{2,})\s*\(\s*(?i:iedereen|we|wij|ze|zij|men|de\s+jongens|de\s+kinderen)\s+"
    r"(?i:noemt|noemen|noemde|noemden)\s+(?i:hem|haar|mij|me)\s+zo\s*\)")
_NICKNAME_GATE = frozenset("genoemd genoemt noemen noemt noemde noemden heet heette heten bijnaam genaamd alias aka vriend vriendje "
                           "vriendin maat maatje neef broer zus nicht buurjongen buurmeisje friend mate cousin".split())


def _nicknames(text: str) -> Iterator[Span]:
    for rx in (_NICKNAME_BEFORE_RE, _NICKNAME_AFTER_RE, _NICKNAME_PLAIN_RE):
        for m in rx.finditer(text):
            g = "b" if "b" in rx.groupindex and m.group("b") else "n"
            name = m.group(g)
            if g == "b":
                if name.lower() not in _FUNCTION_WORDS and not _role_or_kin(name):
                    yield m.start(g), m.end(g), "naam", LOW
                continue
            if name.isupper() and len(name) > 1 or any(_role_or_kin(w) for w in name.split()):
                continue  # ("'GGZ' genoemd": an abbreviation; "'Moeder' genoemd": a word for a person)
            yield m.start("n"), m.end("n"), "naam", LOW


# a listed first name before a bracket that says who it is or when born: "wouter (de ib'er) wel", "mila (geboren in
# 2019) ging", "ria (pleegmoeder)" (not "de school (de ib'er wist het)": no first name)
_BRACKET_WHO_RE = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]{2,})\s*\(\s*(?:(?:de|het|onze|ons|mijn|m'n|mn|haar|zijn|z'n)\s+)?"
                             r"(?P<who>[^\W\d_][\w'’.-]+)(?P<close>\s*[),])?")
_BORN_WORDS = frozenset("geboren geb geb. gebooren".split())


def _bracket_who(text: str) -> Iterator[Span]:
    first = _name_lists().first_any
    for m in _BRACKET_WHO_RE.finditer(text):
        name, who = m.group("name"), m.group("who").lower()
        if name.lower() not in first or _role_or_kin(name) or _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if who in _BORN_WORDS or m.group("close") and (who in words("person_words") or who in words("role_words")
                                                        or who.endswith(("'er", "’er"))):
            yield m.start("name"), m.end("name"), "naam", LOW


def _role_or_kin(word: str) -> bool:
    low = word.lower()
    return low in _FUNCTION_WORDS or low in _ROLE_GATE or low in words("person_words") or low in words("role_words")


def find_appositions(ctx: _Ctx) -> Iterator[Span]:
    """The names above (see the module's docstring)."""
    if not ctx.words.isdisjoint(_ROLE_GATE):
        first = _name_lists().first_any
        for m in _APPOSITION_RE.finditer(ctx.text):
            name = m.group("name")
            if _ARTICLE_BEFORE_RE.search(ctx.text, max(0, m.start() - 8), m.start()):
                continue  # "kreeg een roos de begeleider ...": a thing
            if name.lower() in first and not _role_or_kin(name) and not (
                    name.islower() and frequencies().at_least(name, 5.0)):  # (not "we hebben hoop de begeleider ...")
                yield m.start("name"), m.end("name"), "naam", LOW
    if not ctx.shouting and not ctx.words.isdisjoint(_NICKNAME_GATE):
        yield from _nicknames(ctx.text)
    if "(" in ctx.text and not ctx.shouting:
        yield from _bracket_who(ctx.text)
    if not ctx.words.isdisjoint(_NAME_WORDS | _SAY_NAME_WORDS):
        for m in _NOT_THIS_NAME_RE.finditer(ctx.text):
            word = m.group("w")
            if no_dictionary_form(word) and not near_frequent_word(word.lower()) and not _role_or_kin(word) \
                    and len(word) >= 3:
                yield m.start("w"), m.end("w"), "naam", LOW
    if not ctx.words.isdisjoint(_NAME_WORDS):
        for m in _SET_RIGHT_RE.finditer(ctx.text):
            a, b = m.group("a"), m.group("b")
            if no_dictionary_form(a) and no_dictionary_form(b) and not _role_or_kin(a) and not _role_or_kin(b):
                yield m.start("a"), m.end("a"), "naam", HIGH
                yield m.start("b"), m.end("b"), "naam", HIGH


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
