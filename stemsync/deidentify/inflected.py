"""Names and places inside a sentence of Polish, Romanian, Hungarian, Czech, Slovak, the Baltic languages,
Serbo-Croatian or Albanian (foreign.py's languages), which inflect them and, in chat, write them in lowercase: "że kuba
znowu się bił", "mulțumim lui marius", "w tilburgu", "z częstochowy", "venlóban", "Zevenhuizenben", "u Almeru",
"v blericku", "me elame Venlos".

In a sentence of such a language (foreign.py's test: its other words are words of the language more than Dutch ones)
- a lowercase word that is a listed first name or surname, also with a case ending ("oliwii", "dawida", "martą"), is a
  name, unless it is a frequent word there (Zipf 4.8; in Turkish, whose names are often words, 4.0: "mutlu", "umut");
- a word that is a town of the Netherlands or a city abroad with a case ending ("tilburgu", "iași", "debrecenben"),
  or a Dutch town in lowercase after a preposition of place ("w tegelen", "în zwolle"), is a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.english import _english_lists
from stemsync.deidentify.foreign import (_MIGRANT_LANGUAGES, _migrant_words, _zipf, inflected_town as _place_base,
                                        lowercase_name, plain, sentence_language)
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _ROLE_WORDS, _name_lists, dictionary, wordfreq_zipf, words,
                                      world_cities)
from stemsync.deidentify.fastcase import accelerate

_LOCATIVE = frozenset("w we z ze do od în in din la spre ot v vav iz u na pe ve nga no iš į".split())
_ROLES = frozenset(_ROLE_WORDS)
_APOSTROPHE_RE = re.compile(r"['’](?=[^\W\d_]{1,5}\Z)")  # (a Turkish case ending after the name)
_CHAT = words("chat_words")


def find_inflected(ctx: _Ctx) -> Iterator[Span]:
    migrant = _migrant_words()
    n = sum(1 for w in ctx.lows if w in migrant)
    if n < 2 and not (n and any(not w.isascii() for w in ctx.lows)):
        return  # (no sentence of those languages: a cheap gate; "nagymamám debrecenben él")
    d = dictionary().words
    text = ctx.text
    toks = ctx.tokens
    towns = _name_lists().places
    cities = world_cities()[0]
    for i, (start, end, tok) in enumerate(toks):
        low = ctx.lows[i]
        if (cut := _APOSTROPHE_RE.search(tok)) is not None and cut.start() >= 3:
            tok, low, end = tok[:cut.start()], low[:cut.start()], start + cut.start()  # "berkay'ın", "mehmet'e"
        if len(low) < 3 or not tok.isalpha() or low in _FUNCTION_WORDS or low in _ROLES or low in _CHAT:
            continue
        before = ctx.lows[i - 1] if i else ""
        if low in towns and before in _LOCATIVE or low not in d and low not in towns \
                and (low not in migrant or plain(low) in cities) and _place_base(low):
            if sentence_language(text, start, end) in _MIGRANT_LANGUAGES:  # (a sentence of those languages: "" else)
                yield start, end, "plaats", LOW  # ("w tegelen": a town that is a Dutch word too, after "w"; not in a
                # sentence of Papiamentu, "mi boi kisi wan 8", which has no case endings)
        elif tok.islower() and lowercase_name(text, start, end):
            yield start, end, "naam", LOW


# (forty-fifth session) Spanish and Portuguese: a lowercase first name of the lists in such a sentence, where it is a
# rare word (Zipf < 3.5 there, and no Dutch word but one OpenTaal writes with a capital only): the name of a Dutch
# worker in a family's chat ("habla con marjolein"; not "sandra", "luz": names, but also frequent words of Spanish
# text, where the rule cannot tell)
_WESTERN_MARKS = frozenset("que con pero mi mis es la el los las muy para por porque cuando también com não uma muito "
                           "ele ela meu minha".split())
_WESTERN_NAME_ZIPF = 3.5


def find_western_lowercase_names(ctx: _Ctx) -> Iterator[Span]:
    if len(ctx.words & _WESTERN_MARKS) < 3:
        return  # (a cheap gate: three function words of Spanish or Portuguese at least)
    first = _name_lists().first_any
    d, proper = dictionary().words, dictionary().proper  # (a word OpenTaal writes with a capital only is a name)
    for i, (start, end, tok) in enumerate(ctx.tokens):
        low = ctx.lows[i]
        if len(low) < 3 or not tok.isalpha() or not tok.islower() or low not in first or low in d and low not in proper \
                or low in _FUNCTION_WORDS or low in _ROLES or low in _CHAT or low in _WESTERN_MARKS:
            continue
        if max(wordfreq_zipf(low, "es"), wordfreq_zipf(low, "pt")) < _WESTERN_NAME_ZIPF \
                and sentence_language(ctx.text, start, end) in {"es", "pt"}:
            yield start, end, "naam", LOW


# (forty-ninth session) a listed first name in lowercase that is no word of Dutch or English, rare in both and in the
# languages foreign.py reads, in a Dutch sentence: a name wherever it stands ("de beste was sjonnie, zo noemde",
# "daar kan roosje ook in mee"); the names that are words ("roos", "wim", "marjolein") are left to the rules that read
# their context
_DUTCH_NAME_ZIPF = 3.0
_OTHER_WORD_ZIPF = 3.2


def find_dutch_lowercase_names(ctx: _Ctx) -> Iterator[Span]:
    lists = _name_lists()
    first = lists.first_lower
    candidates = [i for i, low in enumerate(ctx.lows) if len(low) >= 5 and low in first]
    if not candidates:
        return
    d, proper = dictionary().words, dictionary().proper
    english = _english_lists()[0]
    for i in candidates:
        start, end, tok = ctx.tokens[i]
        low = ctx.lows[i]
        if not tok.isalpha() or not tok.islower() or low in d and low not in proper or low in english \
                or low in _FUNCTION_WORDS or low in _ROLES or low in lists.places:  # (first_lower holds no chat word)
            continue
        if max(wordfreq_zipf(low, "nl"), wordfreq_zipf(low, "en")) >= _DUTCH_NAME_ZIPF or _zipf(low) >= _OTHER_WORD_ZIPF:
            continue  # (nor a word of a language families here write: "vitória", "pasqua", "morna", "kalle")
        if sentence_language(ctx.text, start, end):
            continue  # (a word of another language's sentence: the foreign rules read it)
        yield start, end, "naam", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
