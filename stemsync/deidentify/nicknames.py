"""Street names and nicknames that the words around them mark as a person's: "Lil K", "lil dree", "bekend als 'Shaq'",
"alias Dree", "iedereen noemde hem gewoon Lil K". Young people who were groomed or exploited often know the person
only so; the nickname is what identifies him to everyone around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.english import ordinary_english
from stemsync.deidentify.lists import _FUNCTION_WORDS, dictionary, frequencies
from stemsync.deidentify.fastcase import accelerate

# "Lil K", "lil dree", "Yung Fresh": a rapper's style of name (not "lil bit", "lil bro")
_LIL_RE = re.compile(r"(?<![\w@#])(?:lil|lil['’]|yung)\s+(?P<n>[^\W\d_](?:[\w$'’-]{0,14}[\w$])?)(?![\w@])", re.I)
_LIL_NOT = frozenset("bit beetje bro broer sis zus one man kid kids boy girl baby".split())
# "bekend als 'Shaq'", "alias Dree", "aka Dree", "noemde hem gewoon Lil K", "noemt zich altijd Shaq"
_KNOWN_AS_RE = re.compile(
    r"(?<![\w-])(?:bekend\s+als|alias|aka|a\.k\.a\.?|"
    r"noem(?:t|en|de|den)\s+(?:zich(?:zelf)?|hem|haar)\s+(?:gewoon|altijd|ook|toen|nog\s+steeds|steeds|vaak|zelf)"
    r"(?:\s+(?:gewoon|altijd|ook|zelf))?)"
    r"\s+['\"‘’“”]?(?P<n>[^\W\d_](?:[\w$'’-]{0,20}[\w$])?(?:\s+[A-Z](?:[\w$'’-]{0,14}[\w$])?)?)", re.I)
_GATE_RE = re.compile(r"\b(?:lil|yung|bekend\s+als|alias|aka|a\.k\.a|noem|call)|(?:bij|roep|straat)naam|\(\s*(?:eigenlijk|officieel|"
                      r"voluit|echte|real|actually|officially)\b", re.I)
# (fiftieth session) "mijn oudste noemen we el Flaco", "we call her tata", "everybody call him Man-Man": what a person is
# called (a word of the dictionaries only with its capital)
_CALLED = (r"(?<![\w-])(?:noem(?:en|de|den)\s+(?:we|wij|ze|zij|ik|jullie)(?:\s+(?:hem|haar))?|"
           r"(?P<en>(?:we|they|everybody|everyone|people|all|i)\s+(?:call|calls|called)\s+(?:him|her|them|me)))"
           r"\s+(?:(?:el|la|de|het|'t|gewoon|altijd|just|always|still)\s+)?['\"‘’“”]?")
_CALLED_RE = re.compile(_CALLED + r"(?P<n>[^\W\d_][\w'’-]{1,20})", re.I)
_CALLED_BEFORE_RE = re.compile(_CALLED + r"\Z", re.I)


def called_before(text: str, start: int) -> bool:
    """What a person is called ends right before ``start``: "noemen we el [Flaco]" (a name, though a Spanish word)."""
    before = text[max(0, start - 40):start]
    return ("noem" in before.lower() or "call" in before.lower()) and _CALLED_BEFORE_RE.search(before) is not None


# (fiftieth session) the name used, then the real one in brackets: "Memo (eigenlijk Mehmed)", "Bibi (real name ...)"
_REALLY_RE = re.compile(r"(?<![\w-])(?P<n>[^\W\d_][\w'’-]{1,20}),?\s*\(\s*(?:eigenlijk|officieel|voluit|echte\s+naam|"
                        r"real\s+name|actually|officially)\b", re.I)
# (forty-sixth session) "storm is zijn bijnaam", "DJ MONEY IS ZIJN BIJNAAM", "zijn bijnaam is Bolle", "een jongen die ze
# de bankier noemen": the nickname said to be one
_NICK = r"['\"‘’“”]?(?P<{}>[^\W\d_][\w$'’-]{{0,20}}(?:\s+[^\W\d_][\w$'’-]{{0,14}})?)['\"‘’“”]?"
_IS_NICKNAME_RE = re.compile(
    rf"(?<![\w-]){_NICK.format('n')}\s+is\s+(?:zijn|haar|z'n|zn|d'r|hun|de)\s+(?:bij|roep|straat)naam(?![\w-])"
    rf"|(?<![\w-])(?:bij|roep|straat)naam\s+(?:is|was)\s+{_NICK.format('k')}"
    r"|(?<![\w-])die\s+(?:ze|iedereen|men|wij|we|jullie)\s+(?:de\s+|het\s+)?['\"‘’“”]?(?P<m>[^\W\d_][\w$'’-]{1,20})['\"‘’“”]?"
    r"\s+noem(?:en|t|den|de)(?![\w-])"
    # ... and a quoted word after "noemde hem/haar/mijn dochter": "hij noemde mijn dochter 'bobbie'"
    r"|(?<![\w-])noem(?:t|de|den|en)\s+(?:hem|haar|mij|me|ons|(?:mijn|m'n|mn|zijn|z'n|haar|onze|ons)\s+[^\W\d_]+)\s+"
    r"['\"‘“](?P<q>[^\W\d_][\w'-]{1,20})['\"’”]", re.I)
# (forty-fifth session) a street name is often an adjective and a first name: "Kleine Sam", "Dikke Dave", "KLEINE MO";
# right before a found name with no article or possessive before it, the adjective is part of the name (not "mijn
# kleine Sam"; a text in capitals reaches the resolver recased, "dikke Dave")
_NICKNAME_ADJECTIVES = frozenset("""kleine dikke lange grote gekke rooie kale stille mooie zwarte witte ouwe malle
rijke sjieke vieze gouden snelle gladde slimme stoere vette toffe little big crazy""".split())
_DETERMINER_BEFORE_RE = re.compile(r"(?:de|het|een|die|deze|mijn|m'n|mn|onze|ons|zijn|z'n|haar|hun|jouw|je|uw|the|my|"
                                   r"our|his|her)\s+\Z", re.I)


def nickname_adjective(text: str, start: int, word: str) -> bool:
    """``word`` at ``start``, right before a found name, is the first half of a street name: "Kleine [Sam]",
    "DIKKE [DAVE]", "bij dikke [dave]" (an adjective of the list with no article or possessive before it)."""
    return word.lower() in _NICKNAME_ADJECTIVES and not _DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start)


def find_nicknames(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if not _GATE_RE.search(text):
        return
    for m in _LIL_RE.finditer(text):
        low = m.group("n").lower()
        if low in _LIL_NOT or low in _FUNCTION_WORDS or (m.group("n").islower() and len(low) > 1 and (
                low in dictionary().words or ordinary_english(low))):
            continue
        yield m.start(), m.end(), "naam", LOW
    for m in _CALLED_RE.finditer(text):
        name = m.group("n")
        low = name.lower()
        if low in _FUNCTION_WORDS or low in {"the", "a", "an", "my", "our", "mama", "papa", "mum", "mom", "dad"}:
            continue
        if name[0].isupper() and not name.isupper() and low not in dictionary().words:
            yield m.start("n"), m.end("n"), "naam", LOW  # ("noemen we el Flaco": no Spanish word there)
        elif not (not m.group("en") and low in dictionary().words or frequencies().at_least(low, 3.5, "en")
                  or frequencies().at_least(low, 3.5)):
            yield m.start("n"), m.end("n"), "naam", LOW  # (not "we call him lazy", "noemen we gewoon lastig")
    for m in _REALLY_RE.finditer(text):
        low = m.group("n").lower()
        if low not in _FUNCTION_WORDS and not _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) \
                and (m.group("n")[0].isupper() and not m.group("n").isupper() or ctx.shouting
                     or low not in dictionary().words and not ordinary_english(low)):
            yield m.start("n"), m.end("n"), "naam", LOW  # (not "het formulier (eigenlijk ...", "De Intake (eigenlijk")
    for m in _KNOWN_AS_RE.finditer(text):
        name = m.group("n")
        first = name.split()[0].lower()
        if first in _FUNCTION_WORDS or first in {"de", "het", "een", "the", "a", "an"}:
            continue  # ("bekend als de man die ...")
        if name.islower() and (first in dictionary().words or ordinary_english(first)):
            continue  # ("bekend als lastig")
        if not name[0].isupper() and not ctx.shouting and first in dictionary().words:
            continue
        end = m.end("n")
        if len(name.split()) == 2 and name.split()[1].lower() in dictionary().words and not name.split()[1].isupper():
            end = m.start("n") + len(name.split()[0])  # ("alias Dree Het ..."): one word only
        yield m.start("n"), end, "naam", HIGH if name[0].isupper() else LOW
    for m in _IS_NICKNAME_RE.finditer(text):
        group = next(g for g in ("n", "k", "m", "q") if m.group(g))
        if group == "q" and (m.group("q").lower() in dictionary().words or ordinary_english(m.group("q").lower())):
            continue  # ("noemde hem 'lief'")
        start, parts = m.start(group), m.group(group).split()
        if len(parts) == 2 and (parts[0].lower() in _FUNCTION_WORDS or parts[0].islower() and not ctx.shouting
                                and parts[0].lower() in dictionary().words):
            start = m.end(group) - len(parts[1])  # ("maar storm is zijn bijnaam"): the last word only
            parts = parts[1:]
        if parts[0].lower() in _FUNCTION_WORDS or parts[0].lower() in {"de", "het", "een", "dat", "dit", "wat"}:
            continue  # ("dat is zijn bijnaam")
        yield start, m.end(group), "naam", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
