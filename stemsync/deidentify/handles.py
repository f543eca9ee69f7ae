"""Account names known by their context rather than their shape: a name someone gives
themselves online ("die zich Vlammetje noemt", "noemde zichzelf online Sterretje"), the value
of a label ("zijn gamertag is Vlammetje", "zijn naam daar is finnthebeast", "FORTNITE NAAM IS
TORNADO"), a name with a capital inside it in a comment about an app ("een van de moderators,
NachtUil,"), a dotted name with figures ("rickyy.2.0"), the other names in a list with an
account ("geblokt: xxkimxx, kimberlyy.o en @kim.tje_07") and an account followed on a platform ("volgt
herstelmetkids op instagram").

Every rule here asks for a platform, a label or an account found by the shape rules
(contact.py) in the same comment: without them such words are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, dictionary, frequencies, words
from stemsync.deidentify.fastcase import accelerate

_PLATFORMS = words("platforms")
# online words that make a comment one about accounts even without a platform's name
_ONLINE_WORDS = frozenset("""online gamertag gamertags server discordserver geblokt geblokkeerd blokkeren ontvolgd
ontvolgen volgers follower followers dm dms dm'de gedm'd gamen gamet gamede moderator moderators mod mods
""".split())
# what follows a label without being a name: "mijn gamertag is veranderd", "zijn naam daar is geheim"
_STATE_WORDS = frozenset("""anders hetzelfde geheim privé prive raar grappig stom bekend onbekend nieuw oud kort lang
leuk echt fake nep weg weer dezelfde dezelfden zelfde ook niet nog nu al wel heel best erg zo vaag""".split())
_PARTICIPLE_RE = re.compile(r"(?:ge|ver|be|ont|her)\w+[dt]", re.I)
_HANDLE = r"(?P<h>@?[^\W_][\w.\-]{1,29}[^\W_]|@?[^\W_]{2})(?![\w@])"
# a label and its value: "zijn gamertag is Vlammetje", "gebruikersnaam: x", "zijn naam daar is x",
# "FORTNITE NAAM IS TORNADO" (a platform's name with "naam")
_LABEL_RE = re.compile(
    r"(?<![\w-])(?:gamertag|gamernaam|gamername|spelersnaam|username|gebruikersnaam|accountnaam|schermnaam|nickname|"
    r"online\s?naam|naam\s+(?:daar|online|in\s+(?:het|de)\s+(?:spel|game|app))|"
    r"(?:" + "|".join(sorted(_PLATFORMS, key=len, reverse=True)) + r")[\s-]?(?:naam|name))"
    r"\s*(?:is|was|:|=|-)\s*" + _HANDLE, re.I)
# a name someone gives themselves: "die zich Vlammetje noemt", "noemde zichzelf online Sterretje"
_CALLS_SELF_RE = re.compile(
    r"(?<![\w-])(?:noem(?:t|de|den|en)?\s+(?:zich|zichzelf)(?:\s+(?:online|daar|nu|ook|op\s+[\w]+))*\s+" + _HANDLE +
    r"|(?<![\w-])zich\s+" + _HANDLE.replace("?P<h>", "?P<h2>") + r"\s+noem(?:t|de|den)(?![\w-]))")
_CALLS_SELF_GATE = frozenset("noemt noemde noemden noemen noem".split())
# an account followed on a platform: "mijn dochter volgt herstelmetkids op instagram", "ik volg x op tiktok"
_FOLLOWS_ON_RE = re.compile(
    r"(?<![\w-])(?:volgt|volg|volgen|volgde|volgden|follows|follow|followed)\s+" + _HANDLE + r"\s+(?:op|on)\s+"
    r"(?:" + "|".join(sorted(_PLATFORMS, key=len, reverse=True)) + r")(?![\w-])", re.I)
_FOLLOWS_GATE = frozenset("volgt volg volgen volgde volgden follows follow followed".split())
# a word with a capital inside it: "NachtUil" (not the apps' names: "TikTok", "WhatsApp", "SomToday")
_CAMEL_WORD_RE = re.compile(r"(?<![\w@./-])[A-Z]?[a-z]{2,}(?:[A-Z][a-z]+)+(?![\w@/-])")
_BRANDS = frozenset("""tiktok youtube whatsapp playstation facetime linkedin onedrive powerpoint paypal mcdonalds mcdonald
somtoday mijnoverheid smartschool jouwweb wordpress macbook airpods iphone ipad imac ipod nintendo xbox gameboy
jeugdjournaal bijbaan jeugdapp discordserver brawlstars clashroyale minecraft roblox fortnite""".split())
# a dotted name with figures after its letters: "rickyy.2.0" (not "versie 2.0", not "web2.0")
_DOTTED_FIGURES_RE = re.compile(r"(?<![\w@./])[a-z][a-z_]{2,20}(?:\.[a-z0-9_]{1,10})*\.\d{1,4}(?:\.[a-z0-9_]{1,10})*(?![\w@/]|\.\w)")
# the other names in a list with an account: "xxkimxx, kimberlyy.o en [account]", "met [account] en honingbij"
_LIST_WORD = r"@?[^\W_][\w.\-]{1,40}[^\W_]"
_BEFORE_RE = re.compile(r"(?<![\w@.\-])(" + _LIST_WORD + r")(?:\s*,\s*|\s+(?:en|and|of|or|&)\s+)\Z")
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w-])(?:de|het|een|die|dat|deze|mijn|m'n|zijn|haar|onze|ons|the|a|my|his|her)\s+\Z", re.I)
_AFTER_RE = re.compile(r"(?:\s*,\s*|\s+(?:en|and|of|or|&)\s+)(" + _LIST_WORD + r")(?![\w@-])")


def _named(word: str) -> bool:
    """Whether the word after a label or "noemt zich" can be a name: no function word, no
    state ("veranderd", "geheim"), no article."""
    low = word.lower().lstrip("@")
    return not (low in _FUNCTION_WORDS or low in _STATE_WORDS or _PARTICIPLE_RE.fullmatch(low))


def _handle_like(word: str) -> bool:
    """The shape of an account name: "@", figures, "_" or "." inside, a capital inside, "xx"
    around it, or a word in no dictionary."""
    if re.search(r"[@\d_.]", word) or re.search(r"[a-z][A-Z]", word) or re.fullmatch(r"xx\w+|\w+xx", word, re.I):
        return True
    low = word.lower()
    d = dictionary()
    return d.available and len(low) >= 5 and low not in d.words and low not in d.proper and not frequencies().at_least(low, 3.0)


def _rare_noun(word: str) -> bool:
    """A lowercase word rare enough to be a chosen name in a list of accounts ("honingbij";
    not "anderen", "zijn broer")."""
    low = word.lower()
    return word.islower() and len(low) >= 5 and low not in _FUNCTION_WORDS and not frequencies().at_least(low, 3.0)


def _about_accounts(ctx: _Ctx) -> bool:
    return not (ctx.words.isdisjoint(_PLATFORMS) and ctx.words.isdisjoint(_ONLINE_WORDS))


def find_handles(ctx: _Ctx) -> Iterator[Span]:
    """Account names named by a label or a self-chosen name, and camel-case and dotted names
    in a comment about apps."""
    if ctx.shouting or not ctx.words.isdisjoint(_PLATFORMS) or "naam" in ctx.words or not ctx.words.isdisjoint(
            {"gamertag", "gamernaam", "spelersnaam", "username", "gebruikersnaam", "accountnaam", "schermnaam", "nickname"}):
        for m in _LABEL_RE.finditer(ctx.text):
            if _named(m.group("h")) and (not m.group().lower().startswith("naam") or _about_accounts(ctx)):
                yield m.start("h"), m.end("h"), "account", HIGH
    if not ctx.words.isdisjoint(_CALLS_SELF_GATE) and _about_accounts(ctx):
        for m in _CALLS_SELF_RE.finditer(ctx.text):
            g = "h" if m.group("h") else "h2"
            word = m.group(g)
            if _named(word) and (word[:1].isupper() or _handle_like(word)) and word.lower() not in {"een", "de", "het"}:
                yield m.start(g), m.end(g), "account", HIGH
    if not ctx.words.isdisjoint(_FOLLOWS_GATE) and not ctx.words.isdisjoint(_PLATFORMS):
        for m in _FOLLOWS_ON_RE.finditer(ctx.text):
            if _named(m.group("h")) and _handle_like(m.group("h")):
                yield m.start("h"), m.end("h"), "account", HIGH  # (not "ik volg jullie op instagram")
    if not _about_accounts(ctx):
        return
    if not ctx.shouting:
        for m in _CAMEL_WORD_RE.finditer(ctx.text):
            if m.group().lower() not in _BRANDS and m.group().lower() not in _PLATFORMS:
                yield m.start(), m.end(), "account", LOW
    if ctx.n_digits and "." in ctx.text:
        for m in _DOTTED_FIGURES_RE.finditer(ctx.text):
            if m.group().split(".")[0] not in {"versie", "version", "web", "update"}:
                yield m.start(), m.end(), "account", HIGH


def listed_with_accounts(ctx: _Ctx, accounts: Iterable[Span]) -> Iterator[Span]:
    """The names next to a found account in a list, when they have an account's shape (or,
    in a comment about apps, are rare lowercase words): "geblokt: xxkimxx, kimberlyy.o en
    [account]"."""
    text = ctx.text
    todo = sorted({(s, e) for s, e, *_ in accounts})
    seen = set(todo)
    while todo:
        start, end = todo.pop()
        before = _BEFORE_RE.search(text, max(0, start - 40), start)
        after = _AFTER_RE.match(text, end)
        for m in (before, after):
            if m is None:
                continue
            word = m.group(1)
            s, e = m.span(1)
            if (s, e) in seen or word.lower() in _FUNCTION_WORDS or word.lower() in _ONLINE_WORDS \
                    or word.lower() in _PLATFORMS:  # "op insta en @NOS": the platform itself
                continue
            if m is before and _DETERMINER_BEFORE_RE.search(text, max(0, s - 12), s):
                continue  # "een van de moderators, NachtUil,": a word and its name, no list
            if _handle_like(word) or (_rare_noun(word) and _about_accounts(ctx)):
                seen.add((s, e))
                todo.append((s, e))
                yield s, e, "account", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
