"""E-mail addresses (also "naam(at)domein.nl"), URLs with or without a scheme, and
handles ("@sanne_2009")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.arabizi import arabic_chat_word
from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx, _I, _strip_trailing
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, alternation, dictionary, frequencies, unknown_word, words
from stemsync.deidentify.dictated import _AT_SIGN_WORD, WORDY_DIGITS, number_word
from stemsync.deidentify.english import is_english
from stemsync.deidentify.handles import find_handles, listed_with_accounts
from stemsync.deidentify.plates import plate_shaped

_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[\w.+%'-]+"
    r"\s?(?:@|\(at\)|\[at\]|\{at\}|\(a\)|\[a\])\s?"
    # (also a comma typed for the dot: "w.bouzidi@gmail,com")
    # (the ending read by OCR with a figure for a letter: "ziggo.n1", "gmail.c0m")
    r"[\w-]+(?:\.[\w-]+)*(?:\.[^\W\d_][^\W_]{1,23}|,(?:com|nl|net|org|be)\b)(?![\w-])",
    _I,
)
# (also a misspelt scheme: "htps://", "http:/")
_URL_SCHEME_RE = re.compile(r"(?:\bh?tt?ps?:/{1,2}|\bh[xX*]{2}ps?:/{1,2}|\bwww\.)[^\s<>\"'()\[\]]+", _I)
# a web address with spaces around its dots: "www . jongerenraad-dordt . nl"
_URL_SPACED_RE = re.compile(r"(?<![\w.-])www\s?\.\s?[\w-]+(?:\s?\.\s?[\w-]+){0,3}?\s?\.\s?[a-z]{2,4}(?![\w-])", _I)
_WEB_WORDS = frozenset("website site webseite link url www internet pagina webpagina".split())
# a web address with a blank for its dot, after a word for a site: "site sannebakker nl", "website: x . nl"
_WEB_WORD_BLANK_DOT_RE = re.compile(r"(?<![\w-])(?:website|webseite|site|url|link|webpagina)\s*[:=]?\s*"
                                    r"(?P<url>[\w-]{3,}\s(?:nl|com|org|net)(?:\s?/\s?[\w-]+)*)(?![\w-])", _I)
# a web address with spaces around its dots, its scheme spelled out: "haagsejeugd . info / hulp",
# "h t t p s : / / ouderpunt . nl"
_URL_LOOSE_RE = re.compile(
    r"(?<![\w.-])(?:h\s?t\s?t\s?p\s?s?\s?:\s?/\s?/\s?)?(?P<www>w\s?w\s?w\s?\.\s?|w\.\s?w\.\s?w\.\s?)?[\w-]{3,}(?:\s\.\s[\w-]+){0,2}\s\.\s"
    r"(?:nl|com|org|net|info|eu|be)(?![\w-])(?:\s?/\s?[\w-]+(?:\s?\.\s?[\w-]+)*){0,3}", _I)  # "/ ton . de . bruin . 73"
_TLDS = (
    "nl|com|org|net|eu|be|de|info|io|nu|app|online|frl|me|tv|co|uk|fr|biz|site|shop|"
    "blog|ly|gl|to|gg|link|page|amsterdam|"
    # (the countries the families write from or to: "strandberg-fotografie.se"; not "is", "no", "it", which Dutch and
    # English glue to a word before them)
    "se|dk|fi|es|pt|pl|ch|at|cz|sk|ro|tr|ma|sr|cw|aw|id|ke|ng|gh|ie|lu|hu|gr|lt|lv|ee|ua|ru|"
    "nl/[\\w-]+"
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
# a platform's page with a path but without its domain's end: "facebook/groups/pleegouders-dordt", "tiktok/@x"
_PLATFORM_PATH_RE = re.compile(r"(?<![\w@./-])(?:" + alternation("platforms") + r")[ \t]?/[ \t]?@?[\w.-]+(?:/[\w.@-]+)*", _I)
_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
# a Discord name anywhere: "shadowkid#4471"
_DISCORD_RE = re.compile(r"(?<![\w.@#])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#])")
# user names anywhere: an underscore inside a word ("xx_dutchdrill_xx", "dilan_k2008") or
# the gamer style "xXSilentWolfXx"
_USERNAME_RE = re.compile(
    r"(?<![\w.@/])(?:[A-Za-z0-9.]*[A-Za-z0-9]_[A-Za-z0-9_.]*[A-Za-z0-9_]|_[A-Za-z0-9][A-Za-z0-9_.]*"
    r"|[xX]{1,2}[A-Z][A-Za-z0-9]+[xX]{1,2}"
    # a dotted name with digits that is no domain: "zoe.v2008", "sanne.b.07", "sar0n.xo"
    r"|[A-Za-z]{2,}\.[A-Za-z]*\d{2,}[A-Za-z0-9.]*|[A-Za-z]{2,}\.[A-Za-z]+\.\d{2,}"
    # ... also with a year in street writing: "ilias.2k09", "sem2k10"
    r"|[A-Za-z]{2,}\.?2[kK]\d{1,2}"
    r"|[A-Za-z]+\d[A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9_]+)(?![\w@])"
)
# letters, one to three digits and letters in one word ("hmz4real", "sk8erboi"): a user name;
# no Dutch word has a digit inside it (plates and codes have their own patterns)
_LEET_RE = re.compile(r"(?<![\w@./#-])[A-Za-z]{2,}\d{1,3}[A-Za-z]{2,}[A-Za-z0-9_]*(?![\w@/-])")
# obfuscated e-mail: "naam at gmail punt com", "x[at]live[dot]nl", "oma.truus @ hetnet . nl",
# "rojda punt kaya apenstaartje outlook punt com"
# the "@" and the dot in any wrapping or word, misspelt too: "[at]", "(apenstaartje)", "{a}",
# " apenstartje ", "@@", "[.]", "(punt)", " punt "
_AT_WORD = r"(?:att?|ape?n?\s?sta{1,2}r?t(?:je)?|apenstaartje)"  # (also "att": "papa.orlando att gmail punt com")
_AT = (rf"(?:\s*@{{1,2}}\s*|\s*[\(\[\{{]\s*(?:{_AT_WORD}|a|@|bij)\s*[\)\]\}}]\s*|\s+{_AT_WORD}\s+"
       r"|\s*-\s*(?:at|apenstaartje)\s*-\s*)")  # (also between dashes: "oma-truus-at-kpnmail-dot-nl")
# a dot in brackets ("[.]", "(punt)") or said as a word (" punt ", " dot ")
_BRACKET_DOT = r"\s*[\(\[\{]\s*(?:\.|dot|punt|pnt)\s*[\)\]\}]\s*"
_SPOKEN_DOT = r"\s+(?:punt|pnt|dot)\s+"
_DOT = rf"(?:\s*\.{{1,2}}\s*|{_BRACKET_DOT}|{_SPOKEN_DOT}|\s*-\s*(?:dot|punt)\s*-\s*)"
# in the part before the "@" a dot has no space on one side only ("fijn. x at ...": no address)
_LOCAL_DOT = rf"(?:\.|\s\.\s|{_BRACKET_DOT}|\s+(?:punt|pnt|dot|streepje|underscore)\s+)"
# an address spelled out letter by letter: "s a n n e @ g m a i l . c o m"
_SPELLED_EMAIL_RE = re.compile(r"(?<![\w@])(?:[a-z0-9._-]\s){2,}[a-z0-9._-]?\s*@\s*(?:[a-z0-9-]\s?){2,}\s*\.\s*"
                               r"(?:[a-z]\s?){1,2}[a-z](?![\w])", re.I)
# a web address with its dots in brackets ("defanged"): "kinderstem[.]nl", "www(.)x(.)nl", "x(punt)nl"
_BRACKET_DOT_URL_RE = re.compile(
    rf"(?<![\w@.-])(?:h[tx]{{2}}ps?\s*:\s*//\s*)?[\w-]{{2,}}(?:(?:{_BRACKET_DOT}|\.)[\w-]{{2,}})*?{_BRACKET_DOT}"
    r"(?:nl|com|org|net|eu|be|de|info|io|nu|app|online|me|tv|co|uk|fr)(?![\w-])(?:/[\w./?=&%-]*)?", re.I)
# (also a misspelt ending: "gmail . con", ".nll")
# (and the country codes of the families' other countries: "MDASILVA AT SAPO PUNT PT"; not words such as "in", "at")
_TLD = (r"(?:nl|com|org|net|be|eu|info|de|nu|me|io|co|uk|fr|con|cmo|nll"
        r"|pt|es|it|pl|tr|ma|sr|cw|aw|ro|ua|ch|dk|se|fi|ie|br|ng|cn|jp|kr|ru|bg|hu|cz|gr|ca|au|biz)")
# (a surname with its particle after a dot: "sanne punt de vries at hotmail dot com")
_LOCAL_PART = rf"[\w+-]+(?:{_LOCAL_DOT}(?:(?:van|de|der|den|ter|ten|v|d)\s+){{0,2}}[\w+-]+)*"
# "b.terhorst bij wijkteam punt nl": "bij" for the "@" only after a local part with a dot, "_" or digit
_EMAIL_BIJ_RE = re.compile(
    rf"(?<![\w.+-])(?=[\w.+-]*[^\W\d_][\w.+-]*\s)[\w+-]*[._\d][\w.+-]*\s+bij\s+[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?:nl|com|org|net|be|eu|info)(?![\w-])", _I)
# "op" for the "@" when the address is read out: a dot said in the local part and in the domain
_EMAIL_OP_RE = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_SPOKEN_DOT}[\w+-]+)+\s+op\s+[\w-]+(?:{_SPOKEN_DOT}[\w-]+)*?{_SPOKEN_DOT}{_TLD}(?![\w-])", _I)
_EMAIL_SPOKEN_RE = re.compile(
    rf"(?<![\w.+-]){_LOCAL_PART}{_AT}[\w-]+(?:{_DOT}[\w-]+)*?(?:{_DOT}|\s+(?=com\b|nl\b)){_TLD}"
    rf"(?:{_DOT}(?:uk|nl|be))?(?![\w-])",
    _I,
)
# the domain typed apart after a real "@": "frits . pel @ kpn planet . nl"
_EMAIL_SPLIT_DOMAIN_RE = re.compile(rf"(?<![\w.+-]){_LOCAL_PART}\s@\s[a-z0-9-]+\s[a-z0-9-]+\s(?:\.|punt|dot)\s(?-i:{_TLD})(?![\w-])",
                                    _I)
# an address with its ending left off ("mail sanne@gmail"), or its name after the provider ("gmail:
# sannedevries88")
_PROVIDERS = r"(?:gmail|hotmail|outlook|live|yahoo|icloud|ziggo|kpnmail|kpnplanet|planet|home|xs4all|telfort|quicknet|msn|proton(?:mail)?)"
_EMAIL_NO_END_RE = re.compile(rf"(?<![\w.+%-])[\w.+%'-]*[^\W_][\w.+%'-]*@{_PROVIDERS}(?![\w.@-])", _I)
_PROVIDER_LABEL_RE = re.compile(rf"(?<![\w.@-]){_PROVIDERS}\s*[:=]\s*(?P<name>[\w.+-]*\d[\w.+-]*|[\w+-]+\.[\w.+-]+)(?![\w@])", _I)
_EMAIL_SPOKEN_GATE = re.compile(
    rf"\s{_AT_WORD}\s|@\s|\s@|@@|@[\w.-]+\s\.|@[\w-]+\.\.|[\(\[\{{]\s*(?:{_AT_WORD}|a|@|bij)\s*[\)\]\}}]"
    r"|-\s*(?:at|apenstaartje)\s*-", _I)

# three or more lowercase parts joined by dots, the last no web or file ending: a user name
# ("kay.lee.xo"), not "i.o.m." or "www.jeugdzorg.nl"
# (with capitals too: "Jeugdteam.Sneek.Zuid", "Sjanet.de.Echte")
_DOTTED_HANDLE_RE = re.compile(r"(?<![\w@./])(?-i:[A-Za-z][A-Za-z0-9_]+(?:\.[A-Za-z0-9_]{2,}){2,})(?![\w@/]|\.\w)")
_FIGURES_PART_RE = re.compile(r"(?:^|\.)\d{3,}(?:\.|$)")  # a part of three figures or more: a number's group
_NOT_HANDLE_ENDS = frozenset("""nl com org net be eu info de nu me io co uk fr html php pdf jpg png doc docx xlsx
txt""".split())
# two parts in no dictionary joined by a dot: "djennaa.snapp" (not "morgen.dan", "gmail.com")
_TWO_PART_HANDLE_RE = re.compile(r"(?<![\w@./])(?-i:[a-z][a-z0-9_]{2,}\.[a-z][a-z0-9_]{2,})(?![\w@/]|\.\w)")
_DOMAINISH_RE = re.compile(r"[a-z0-9]\.[a-z]{2}", _I)

# "insta: lotje.vd.b", "mijn snap is jayden_12", "tiktok @x": the account name after
# the name of a platform (``data/platforms.txt``), with or without @.
_PLATFORM_RE = re.compile(
    r"(?<![\w@.])(?:" + alternation("platforms") + r")(?:account|naam|name)?(?![^\W_])"  # not "(sc)hrikt"
    # "insta van lieve is lieve.wrld_08", "mijn snap is ..."
    # (also "de insta van de groep is x", "the insta of the group is x", "snap van mn dochter = l.u.c.y.2OO9")
    # (two of them: "insta van de band van tim: noiseboysnijmegen")
    r"(?P<of>(?:\s+(?:van|of)\s+(?:(?:mijn|m'n|mn|de|het|ons|onze|the|my|our)\s+)?[\w-]+){1,2}(?=\s*[:=]|\s+is))?"
    # "snap me op x", "snap is nog wel x", "insta is nu x"
    # (each word whole: not the "me" of "tiktok meisjevanwormer")
    r"(?P<sep>(?:\s*(?::|=|-|,|→|->|>|\(|(?:is|naam|account|name|id|gamertag|tag|username|gebruikersnaam|heet|nog|wel|nu|"
    r"ff|onder|als|me\s+op|mij\s+op|ons\s+op|me\s+ff|me|"
    # "op tiktok heet ze x", "zoek op facebook naar x", "on insta as x"
    r"(?<=heet\s)(?:ze|zij|hij|ik|die)|naar|as|called|named|under)(?![^\W_])))*)\s*"
    # discord names end in "#1234"
    r"(?P<handle>[@.]?[\w][\w.\-]{1,29}[\w](?:#\d{4})?)(?![\w@])",
    _I,
)
# a gamer tag with spaces, ending in a number: "mijn gamertag is ouzo kid 2008"
# a group's or page's name of words and dashes after the platform: "facebook groep, ouders-tegen-uithuisplaatsing-frl"
_PAGE_RE = re.compile(
    r"(?<![\w@.])(?:" + alternation("platforms") + r")[\s-]*(?:groep|pagina|page|group|kanaal|channel)(?![^\W_])"
    r"(?:\s*(?:is|heet|:|,|=))*\s*(?P<handle>[^\W_]+(?:-[^\W_]+){2,6})(?![\w@.-])", _I)
_SPACED_TAG_RE = re.compile(r"(?<![\w-])(?:gamertag|username|gebruikersnaam)\s*(?:is|:)\s*"
                            r"(?P<handle>[a-z]+(?:\s[a-z]+){1,2}\s\d{2,4})(?![\w.,])", _I)
_PLATFORM_GATE = words("platforms")
# a handle of words said after a platform and a said "@": "tiktok van mijn dochter is at dilara dans", "INSTA
# APENSTAARTJE MOEDER VAN DRIE", "het account apenstaartje tekenaar bram en ...", "insta at de witjes op reis", "een
# account heeft onder de naam apenstaartje tim de ridder twaalf"; the
# words up to the end of the clause (a pronoun, a conjunction, "daar", a sign), five at most
_SAID_AT_HANDLE_RE = re.compile(
    r"(?<![\w@.])(?:" + alternation("platforms") + r"|account|instagramaccount|tiktokaccount|kanaal)(?![^\W_])"
    r"(?:[ \t]+(?:van[ \t]+(?:mijn|m'n|mn|de|het|ons|onze|haar|zijn)[ \t]+[^\W\d_]+[ \t]+)?"
    r"(?:is|heet|luidt|heet[ \t]+(?:hij|ze|zij)|(?:heeft[ \t]+)?onder[ \t]+de[ \t]+naam|genaamd))?"
    r"[ \t]*[:=]?[ \t]+(?P<at>(?i:at|" + _AT_SIGN_WORD + r")[ \t,]+|@[ \t]+)"
    r"(?P<handle>[^\W_][\w'-]*(?:[ \t]+[^\W_][\w'-]*){0,4})", _I)
_SAID_AT_GATE = _PLATFORM_GATE | {"account", "instagramaccount", "tiktokaccount", "kanaal"}
# where a said handle's words end: a pronoun, a conjunction, a place word, a verb of telling
_SAID_HANDLE_END = frozenset("""ik je jij ze zij hij we wij u jullie het die dat daar hier waar en maar want omdat als
dus of zodat is zijn was staat staan mag mogen kun kunt kan volg volgen stuur sturen kijk kijken zie zien check dm app
appen bel bellen ff even aub pls gerust graag ook nu al wel niet nog i you she he we they and but where there
follow""".split())


def _ordinary(word: str) -> bool:
    """An ordinary Dutch word (OpenTaal), not on a first-name list: no account name."""
    from stemsync.deidentify.lists import _name_lists, dictionary  # noqa: PLC0415

    return word in dictionary().words and word not in _name_lists().first_any


def _not_a_word(word: str) -> bool:
    """A lowercase word of five letters or more in no dictionary ("ikramxbeauty")."""
    from stemsync.deidentify.lists import no_dictionary_form  # noqa: PLC0415

    return len(word) >= 5 and word.islower() and no_dictionary_form(word)


_DOTTED_RE = re.compile(r"(?<![\w@./])[a-z][a-z0-9]{1,20}\.[a-z][a-z0-9._]{0,20}(?<!\.)(?![\w@/])")  # "dimaaa.k" (not its full stop)
_DOTTED_CI_RE = re.compile(_DOTTED_RE.pattern, _I)  # in a text in capitals: "HANDLE PLEEGVADER.RICK OP INSTAGRAM"
_BRACKET_DOTTED_RE = re.compile(r"\((?P<h>[a-z][a-z0-9_]{1,20}\.[a-z][a-z0-9_]{1,20})\)")
_TLD_SET = frozenset(_TLDS.replace("nl/[\\w-]+", "").split("|")) - {""} | {"html", "php", "pdf", "jpg", "png", "doc", "docx"}
_BEFORE_PLATFORM_WORDS = frozenset("via als onder as under zoek search volg follow".split())
_BEFORE_PLATFORM_RE = re.compile(
    r"(?<![\w-])(?:via|als|onder|as|under|zoek|search|volg|follow)\s+(?P<h>@?[A-Za-z][\w.]{3,29}[\w])\s+(?:op|on|bij)\s+"
    r"(?:" + alternation("platforms") + r")(?![^\W_])", _I)
# (fifty-first session) "het kanaal gezinvanmaessen", "the channel dansmetdaan": with a platform in the comment
_CHANNEL_WORDS = frozenset("kanaal channel pagina page profiel profile".split())
_CHANNEL_NAME_RE = re.compile(
    r"(?<![\w-])(?:kanaal|channel|pagina|page|profiel|profile)\s+(?:(?:genaamd|called|named|van|of)\s+)?"
    r"(?P<h>@?[a-z][\w.]{3,29}[a-z0-9_])(?![\w@])", _I)
_SELF_NAME_RE = re.compile(r"(?<![\w-])(?:ik ben|ik heet|heet ik|mijn naam is)\s+(?P<h>@?[a-z0-9][a-z0-9._]{3,29})(?![\w@])")


# "voeg me toe: noaa.utr", "add me: jay_d", "volg me op x": a handle after an invitation
_ADD_ME_RE = re.compile(
    r"(?<![\w-])(?:voeg\s+(?:me|mij)\s+toe|add\s+me|volg\s+(?:me|mij)|follow\s+me)(?:\s+(?:op|on)\s+[\w.]+)?\s*[:\-→>]?\s*"
    r"(?P<handle>@?[\w][\w.\-]{1,29}[\w])(?![\w@])", re.I)

# "volg haar nog op fatima.helpt": a dotted or underscored name after "volg ... op" is an account
_FOLLOW_ON_RE = re.compile(
    r"(?<![\w-])(?:volg|volgen|follow)\s+(?:me|mij|haar|hem|ons|hen|her|him|us)(?:\s+(?:nog|nu|ook|maar|even|gewoon|dan|"
    r"vooral|gerust))*\s+(?:op|on)\s+(?P<handle>@?[a-z][\w]*[._][\w.]*[\w])(?![\w@])", re.I)


# letters glued to digits or an underscore: the shape of a user name ("tijntje2015", "mo_x")
_USERNAME_SHAPE_RE = re.compile(r"(?<![\w@./-])(?=[\w]*[^\W\d_]{3})(?=[\w]*(?:\d{2}|_))[^\W_][\w]{3,29}(?![\w@/-]|\.\w)")


_UNDERSCORE_RE = re.compile(r"(?<![\w@./-])(?=[\w.]*[^\W\d_]{2})\w[\w.]*_[\w.]*(?<!\.)(?![\w@/-]|\.\w)")  # also "dex.thebarber_"
_CODE_WORDS = frozenset("covid corona fifa iphone xbox ps windows galaxy mbo hbo havo vwo vmbo groep klas".split())


def _frequent_word(word: str) -> bool:
    return frequencies().at_least(word, 4.0) and word in dictionary().words


# a gamer tag: mixed case inside the word and digits ("xXsniperboyXx07", "DarkLord99")
_PRODUCTS = frozenset("iphone ipad ipod macbook imac playstation xbox galaxy pixel nintendo switch covid windows".split())
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_GAMER_TAG_RE = re.compile(r"(?<![\w@./-])(?=\w*[a-z][A-Z])(?=\w*\d)[A-Za-z][A-Za-z0-9_]{4,29}(?![\w@/-])")


# a gamer tag with its number after a space: "SilentWolf 4471", "MeesGamer 207" (no Dutch word
# has a capital inside it; not "iPhone 15", "PlayStation 5")
_CAMEL_NUMBER_RE = re.compile(r"(?<![\w@./-])[A-Z]?[a-z]+(?:[A-Z][a-z]+)+\s\d{2,4}(?![\w.,:/-]|\s?(?:euro|keer|x)\b)")


# a first name, a dot and a word glued together: the shape of a user name ("valentina.zoekt", "lisa.tekent")
_NAME_DOT_WORD_RE = re.compile(r"(?<![\w@./-])(?P<first>[a-z]{3,})(?:\.[a-z0-9_]{3,})+(?![\w@/-]|\.\w)")
_FILE_ENDINGS = frozenset("pdf doc docx jpg jpeg png gif mp3 mp4 mov txt xls xlsx ppt pptx zip heic".split())


def _hyphened_platform(ctx: _Ctx) -> bool:
    """A platform glued to a word by a hyphen: "het Facebook-account", "haar Insta-profiel"."""
    return "-" in ctx.text and any(w.split("-", 1)[0] in _PLATFORM_GATE for w in ctx.words if "-" in w)


def _find_accounts(ctx: _Ctx) -> Iterator[Span]:
    """Account names after a platform word; the word itself stays."""
    if ctx.n_digits >= 2 and _CAMEL_RE.search(ctx.text):
        for m in _CAMEL_NUMBER_RE.finditer(ctx.text):  # (a capital inside a word is rare: the gate first)
            if m.group().split()[0].lower() not in _PRODUCTS:
                yield m.start(), m.end(), "account", HIGH
    if ctx.n_digits and _CAMEL_RE.search(ctx.text):
        for m in _GAMER_TAG_RE.finditer(ctx.text):
            head = re.match(r"[A-Za-z]+", m.group()).group().lower()
            if sum(c.isdigit() for c in m.group()) >= 2 and head not in _PRODUCTS:
                yield m.start(), m.end(), "account", LOW  # not "iPhone12", "MacBook2020"
    if "toe" in ctx.words or "add" in ctx.words or "volg" in ctx.words or "follow" in ctx.words:
        for m in _ADD_ME_RE.finditer(ctx.text):
            raw = m.group("handle")
            if re.search(r"[@\d_.]", raw) or _not_a_word(raw):
                yield m.start("handle"), m.end("handle"), "account", HIGH
        for m in _FOLLOW_ON_RE.finditer(ctx.text):
            if m.group("handle").rsplit(".", 1)[-1].lower() not in _TLD_SET:
                yield m.start("handle"), m.end("handle"), "account", HIGH
    if "." in ctx.text:
        for m in _NAME_DOT_WORD_RE.finditer(ctx.text):
            first, last = m.group("first").lower(), m.group().rsplit(".", 1)[-1].lower()
            if first in _name_lists().first_any and first not in dictionary().words and last not in _TLD_SET \
                    and last not in _FILE_ENDINGS and not last.isdigit():
                yield m.start(), m.end(), "account", LOW  # "ik sta erop onder valentina.zoekt": a first name, a dot, a word
    if "_" in ctx.text:
        for m in _UNDERSCORE_RE.finditer(ctx.text):
            yield m.start(), m.end(), "account", LOW  # "de vlog van ryanvdberg_": no Dutch word has "_"
    if "(" in ctx.text:
        for m in _BRACKET_DOTTED_RE.finditer(ctx.text):
            if m.group("h").rsplit(".", 1)[-1].lower() not in _TLD_SET:
                yield m.start("h"), m.end("h"), "account", LOW  # "Tess (sky.miraa) mag niet meer in de app"
    if ctx.words & {"gamertag", "username", "gebruikersnaam"}:
        for m in _SPACED_TAG_RE.finditer(ctx.text):
            yield m.start("handle"), m.end("handle"), "account", HIGH
    for m in _SAID_AT_HANDLE_RE.finditer(ctx.text) if ctx.words & _SAID_AT_GATE else ():
        if m.group("at").strip(" \t,").lower() == "at" and is_english(ctx.text.lower()):
            continue  # "we met on tiktok at school"
        if m.group("at").startswith("@") and m.group("handle").split()[0].lower() in _FUNCTION_WORDS:
            continue  # "insta @ iedereen die ..."
        end = m.start("handle")
        for w in re.finditer(r"[^\W_][\w'-]*", ctx.text[m.start("handle"):m.end("handle")]):
            if w.group().lower() in _SAID_HANDLE_END:
                break
            end = m.start("handle") + w.end()
        if end > m.start("handle"):
            yield m.start("at"), end, "account", HIGH
    for m in _PLATFORM_VERB_RE.finditer(ctx.text) if ":" in ctx.text or "=" in ctx.text else ():
        handle = m.group("handle")
        if re.search(r"[@\d_.]", handle) and not _ABBREVIATION_RE.fullmatch(handle.lower()) \
                and handle.rsplit(".", 1)[-1].lower() not in _NOT_HANDLE_ENDS:
            yield m.start("handle"), m.end("handle"), "account", HIGH
    if not (ctx.words & _PLATFORM_GATE or _hyphened_platform(ctx)):
        return
    for m in (_DOTTED_CI_RE if ctx.shouting else _DOTTED_RE).finditer(ctx.text):
        # with a platform in the comment, a dotted word that is no web address: "yoyo.dnl"
        if m.group().rsplit(".", 1)[-1].lower() not in _TLD_SET and not re.fullmatch(r"(?:[a-z]\.)+[a-z]?", m.group()):
            yield m.start(), m.end(), "account", HIGH
    for m in _USERNAME_SHAPE_RE.finditer(ctx.text):
        # with a platform in the comment, a word glued to digits or "_": "(tijntje2015)", "lina_x"
        head = re.match(r"[^\W\d_]+", m.group())
        if not re.fullmatch(r"\d+[a-z]{0,2}|[a-z]{1,3}\d{1,2}", m.group(), re.I) and not (
                head and (head.group().lower() in _CODE_WORDS or _frequent_word(head.group().lower()))):
            yield m.start(), m.end(), "account", LOW  # not "covid19", "fifa23", "week52"
    for m in _BEFORE_PLATFORM_RE.finditer(ctx.text) if ctx.words & _BEFORE_PLATFORM_WORDS else ():
        # "via pleeggezinvandam op Facebook": a name in no dictionary before "op <platform>"
        if _not_a_word(m.group("h").lower()) or re.search(r"[\d_.]", m.group("h")):
            yield m.start("h"), m.end("h"), "account", HIGH
    for m in _CHANNEL_NAME_RE.finditer(ctx.text) if ctx.words & _CHANNEL_WORDS else ():
        # "zoek op youtube naar het kanaal gezinvanmaessen": a name in no dictionary after "kanaal"
        if _not_a_word(m.group("h").lstrip("@")) or re.search(r"[\d_.@]", m.group("h")):
            yield m.start("h"), m.end("h"), "account", HIGH
    for m in _SELF_NAME_RE.finditer(ctx.text):
        # "ik volg jullie op tiktok, ik ben smilingsofiia"
        if _not_a_word(m.group("h").lstrip("@")) or re.search(r"[\d_.]", m.group("h")):
            yield m.start("h"), m.end("h"), "account", HIGH
    for m in _PAGE_RE.finditer(ctx.text):
        yield m.start("handle"), m.end("handle"), "account", HIGH
    for m in _PLATFORM_RE.finditer(ctx.text):
        if m.group().lower().startswith("snap") and _PRONOUN_BEFORE_RE.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue  # "ik snap nogsteeds niet": the verb
        raw = m.group("handle")
        if (cut := _DASHED_WORD_END_RE.search(raw)) is not None and cut.group(1).lower() in _FUNCTION_WORDS:
            raw = raw[:cut.start()]  # a word after a dash is the sentence's: "@lotte.xo_2009 — ZE ZET" (in a plain copy)
        handle = raw.lstrip("@").lower()
        if handle in _FUNCTION_WORDS or handle in _NOT_HANDLES or _ABBREVIATION_RE.fullmatch(handle):
            continue  # "o.a.", "d.w.z.": abbreviations
        if not re.search(r"[@\d_.]", raw) and _ordinary(handle):
            continue  # "mijn snap is nu weg", "insta is nog wel leuk"
        # without "is", ":" or "=" in between, only what looks like a handle: "@", digits,
        # "_" or ".", or capitals inside the word ("kaloyanGG")
        if not m.group("sep").strip(" -") and not re.search(r"[@\d_.]", raw) and not (
                re.search(r"[a-z][A-Z]", raw) or raw.isupper() and len(raw) <= 4 or _not_a_word(raw)):
            continue
        yield m.start("handle"), _said_figures_after(ctx, m.start("handle") + len(raw)), "account", HIGH



# letters with full stops: an abbreviation, no handle ("o.a.", "d.w.z.")
_ABBREVIATION_RE = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")
# (fiftieth session) a verb of the platforms, a colon and a handle: "kan je me snappen: sultan.q8", "add me: x_99"
_PLATFORM_VERB_RE = re.compile(
    r"(?<![\w-])(?:snap|snappen|snapt|snapchatten|dm|dmmen|volg|volgen|add|adden|toevoegen|follow|tag|taggen)"
    r"(?:\s+(?:me|mij|ons|us))?\s*[:=]\s*(?P<handle>@?[A-Za-z][\w.\-]{1,29}[A-Za-z0-9_])(?![\w@])", re.I)


_PRONOUN_BEFORE_RE = re.compile(r"(?:^|\s)(?:ik|je|jij|we|wij|ze|zij|hij|u|jullie|niemand|iemand)\s+\Z", re.I)


# figures said after a handle: "snap is dylan zero negen" (two number words at least; not "een")
_SAID_FIGURE_RE = re.compile(r"[ \t]+([^\W\d_]{3,12})")
_SAID_FIGURE_WORDS = frozenset("nul zero twee drie vier vijf zes zeven acht negen two three four five six seven eight nine".split())


def _said_figures_after(ctx: _Ctx, end: int) -> int:
    """``end`` moved over two to four number words right after a handle (figures said aloud)."""
    if not ctx.words & _SAID_FIGURE_WORDS:
        return end
    ends = []
    while len(ends) < 4 and (m := _SAID_FIGURE_RE.match(ctx.text, ends[-1] if ends else end)) is not None \
            and number_word(m.group(1)) is not None and m.group(1).lower() not in WORDY_DIGITS:
        ends.append(m.end())
    return ends[-1] if len(ends) >= 2 else end


# a word joined to a handle by a dash in a plain or dictated copy: "@lotte.xo_2009-ZE" (from "@lotte.xo_2009 — ZE ZET")
_DASHED_WORD_END_RE = re.compile(r"-([^\W\d_]+)\Z")
_NOT_HANDLES = frozenset("""
    gezet gestuurd gezien gevonden gedeeld geplaatst gepost bericht berichten filmpje filmpjes
    foto fotos foto's video videos verhaal story stories kijken zitten staan plaatsen sturen
    appen bellen heel echt erg nooit altijd vaak soms niet wel gewoon
    group groups page pages channel account profile post posts
""".split())


# single letters spelled out before an address: "s a n n e @ gmail . com"
_SPELLED_BEFORE_RE = re.compile(r"(?:(?<![\w])\w\s){1,}$")


def _spelled_out_start(text: str, start: int) -> int:
    """Move ``start`` back over letters written one by one with spaces between them."""
    m = _SPELLED_BEFORE_RE.search(text, max(0, start - 60), start)
    return m.start() if m else start


# "kleinzoon.De hulp", "half uur.de buren": a full stop without its space, no domain
_NO_SPACE_AFTER_STOP_RE = re.compile(r"([^\W\d_]{2,})\.(De|Nu|Me|Be|Eu|In|de)(?=[ \t]+[^\W\d_])")


def _missing_space(text: str, m: re.Match[str]) -> bool:
    """A bare "domain" that is a sentence ending and a sentence start written without the
    space between: one label that is a Dutch word and a TLD written as a word starts (".De",
    ".Nu"), or the article "de" followed by a word (German domains are no part of these
    comments; "opvoeden.nu" and "thuisarts.nl" stay addresses)."""
    hit = _NO_SPACE_AFTER_STOP_RE.match(text, m.start())
    return bool(hit) and hit.end() == m.end() and hit.group(1).lower() in dictionary().words \
        and (hit.group(2) != "de" or hit.group(1).islower())


# an account name read out: its parts joined by "underscore", "punt" or "dot" as words ("lieke underscore
# punt 2010", "TYRONE UNDERSCORE DH UNDERSCORE 070", "k e v i n underscore hgl"), or an "@" and a dot
# with spaces ("@ m0ussa . x")
_SPOKEN_JOINERS = frozenset({"underscore", "punt", "pnt", "dot", "hekje"})  # ("hekje": a Discord name's "#")
# with a platform named: a name spelled out around an "_" ("r i k k i e _ 0 7"), or letters with dots
# between them and digits after ("r.o.n.n.i.e.b.o.y 8 5")
_SPELLED_HANDLE_RE = re.compile(r"(?<![\w@])(?:\w\s){2,}\w?\s?_\s?\w(?:\s\w(?![\w]))*"
                                r"|(?<![\w.@])(?:[a-z]\.){4,}[a-z](?:\s?\d(?![\w]))*", re.I)
# a name spelled out after the "@": "@ d a n n y . k 0 4"
_SPELLED_AT_RE = re.compile(r"(?<![\w@])@\s*(?:[A-Za-z0-9_](?:\s+|\s?[._]\s?)){3,}[A-Za-z0-9_](?![\w@])")
# "@ noor . tje _ 07", "@ ricky_ b0ss", "@ fleurtje . 0 4": parts after dots or underscores, spaced digits
_SPOKEN_AT_RE = re.compile(r"(?<![\w@])@\s+[A-Za-z0-9_][\w]*(?:\s?[._]\s?[\w]+|(?<=_)\s[\w]+|(?<=\d)\s\d)*(?![\w@])")


def _handle_part(word: str, after_joiner: bool = False) -> bool:
    """A part of a handle that gives it away: digits, a name, a word in no dictionary, a letter."""
    low = word.lower()
    return (any(c.isdigit() for c in low) or len(low) <= 3 and low not in _FUNCTION_WORDS
            or after_joiner and number_word(low) is not None and low not in _FUNCTION_WORDS  # "noor punt x punt zeven"
            or low in _name_lists().first_any or not _ordinary(low)
            or low in _name_lists().surnames_all and low not in _FUNCTION_WORDS)  # "sophie punt dekker"


_SURNAME_PARTICLES = frozenset("vd v/d van de der den ter ten".split())


def _spoken_accounts(ctx: _Ctx) -> Iterator[Span]:
    toks, lows, text = ctx.tokens, ctx.lows, ctx.text
    platform = bool(ctx.words & _PLATFORM_GATE)
    i, n = 0, len(toks)
    while i < n:
        if lows[i] not in _SPOKEN_JOINERS or i == 0 or lows[i - 1] in _SPOKEN_JOINERS \
                or text[toks[i - 1][1]:toks[i][0]].strip():
            i += 1
            continue
        first, j, joiners, parts = i - 1, i, [], [toks[i - 1][2]]
        # right after the platform's name ("TIKTOK BIBI PUNT OFFICIAL") the word after the joiner is part of it
        platform_before = any(w in _PLATFORM_GATE for w in lows[max(0, i - 4):i - 1])
        while j < n and lows[j] in _SPOKEN_JOINERS and not text[toks[j - 1][1]:toks[j][0]].strip():
            joiners.append(lows[j])
            k = j + 1
            while k < n and lows[k] in _SPOKEN_JOINERS and not text[toks[k - 1][1]:toks[k][0]].strip():
                joiners.append(lows[k])  # "underscore punt"
                k += 1
            end_j = k - 1
            if k < n and not text[toks[k - 1][1]:toks[k][0]].strip() and (
                    _handle_part(toks[k][2], after_joiner=True) or k + 1 < n and lows[k + 1] in _SPOKEN_JOINERS
                    or platform_before and len(joiners) == 1):
                parts.append(toks[k][2])
                j = k + 1
                while lows[j - 1] in _SURNAME_PARTICLES and j < n and text[toks[j - 1][1]:toks[j][0]] == " " \
                        and lows[j] not in _SPOKEN_JOINERS:
                    j += 1  # a surname with its particle: "lotte punt vd berg", "FAM PUNT VAN DER MEER"
                while len(toks[j - 1][2]) == 1 and j < n and len(toks[j][2]) == 1 and text[toks[j - 1][1]:toks[j][0]] == " ":
                    j += 1  # spelled on: "underscore 0 3"
                if j < n and toks[j][2].isdigit() and len(toks[j][2]) <= 4 and text[toks[j - 1][1]:toks[j][0]] == " " \
                        and (j + 1 == n or lows[j + 1] not in _SPOKEN_JOINERS):
                    j += 1  # its figures after a blank: "kasia punt w 09"
                elif number_word(lows[j - 1]) is not None:
                    while j < n and number_word(lows[j]) is not None and lows[j] not in WORDY_DIGITS \
                            and text[toks[j - 1][1]:toks[j][0]] == " ":
                        j += 1  # a year said in two number words: "djessy punt twintig tien"
            else:
                j = end_j + 1
                break
        last = j - 1
        i = j
        if lows[last] in _TLD_SET and joiners[-1] in {"punt", "pnt", "dot"}:
            continue  # "wijkteam punt nl": a web address (the web finder)
        if lows[first] in _FUNCTION_WORDS or not (any(_handle_part(p) for p in parts)
                                                   or platform_before and len(parts) >= 2 and joiners == ["punt"]):
            continue  # "met een underscore ertussen" (but "een tiktok, hoopje punt dansjes": words joined after it)
        if "underscore" not in joiners and not platform:
            continue  # "punt" alone is a word: "het is een punt"
        start = toks[first][0]
        if len(toks[first][2]) == 1:
            start = _spelled_out_start(text, start)  # "k e v i n underscore hgl"
        yield start, toks[last][1], "account", HIGH


def _find_emails_urls(ctx: _Ctx) -> Iterator[Span]:
    found = list(_emails_urls(ctx))
    found += find_handles(ctx)
    yield from found
    accounts = [s for s in found if s[2] == "account"]
    if accounts:
        yield from listed_with_accounts(ctx, accounts)


def _emails_urls(ctx: _Ctx) -> Iterator[Span]:
    yield from _find_accounts(ctx)
    if ctx.words & _SPOKEN_JOINERS:
        yield from _spoken_accounts(ctx)
    if ctx.words & _PLATFORM_GATE and ("_" in ctx.text or ctx.text.count(".") >= 4):
        for m in _SPELLED_HANDLE_RE.finditer(ctx.text):
            yield m.start(), m.end(), "account", HIGH
    if "@ " in ctx.text and ctx.words & _PLATFORM_GATE:
        for m in _SPOKEN_AT_RE.finditer(ctx.text):
            if _handle_part(re.sub(r"^@\s+", "", m.group()).split(".")[0].strip()):
                yield m.start(), m.end(), "account", HIGH  # (not "@ iedereen die ...")
    text = ctx.text
    if "#" in text:
        for m in _DISCORD_RE.finditer(text):
            yield m.start(), m.end(), "account", HIGH
    if ctx.n_digits:
        for m in _LEET_RE.finditer(text):
            if sum(c.isdigit() for c in m.group()) <= 3 and not plate_shaped(m.group()) \
                    and m.group().lower() not in words("chat_words") \
                    and not arabic_chat_word(text, m.group()):  # (nor Arabic chat's "ma3lich", never mind; "bt7eb")
                yield m.start(), m.end(), "account", LOW  # (not "hn45tp": a plate)
    if "_" in text or "xX" in text or "Xx" in text or ("." in text and ctx.n_digits):
        for m in _USERNAME_RE.finditer(text):
            yield m.start(), m.end(), "account", HIGH
    if text.count(".") > text.count(". ") + text.count("..") + text.endswith("."):  # (a dot inside a word)
        for m in _TWO_PART_HANDLE_RE.finditer(text):
            a, _, b = m.group().partition(".")
            if b not in _NOT_HANDLE_ENDS and not re.fullmatch(_TLDS, b) and (unknown_word(a) or (
                    a in _name_lists().first_lower and a not in dictionary().words and len(b) >= 6)) \
                    and b not in dictionary().words and b not in _FUNCTION_WORDS:
                yield m.start(), m.end(), "account", LOW  # "mijn socials ook djennaa.snapp", "lisanne.opeigenbenen"
    if text.count(".") >= 2:
        for m in _DOTTED_HANDLE_RE.finditer(text):
            if m.group().rsplit(".", 1)[-1].lower() not in _NOT_HANDLE_ENDS and not (
                    not m.group().islower() and _FIGURES_PART_RE.search(m.group())):
                # "ik heb haar (kay.lee.xo) overal geblokt" (not an IBAN in dotted groups: "NL91.ABNA.0417.1643.00")
                yield m.start(), m.end(), "account", HIGH
    low = ctx.lower
    if " bij " in low and ("punt" in ctx.words or "." in low):
        for m in _EMAIL_BIJ_RE.finditer(text):
            yield m.start(), m.end(), "e-mailadres", HIGH
    if " op " in low and ("punt" in ctx.words or "pnt" in ctx.words or "dot" in ctx.words):
        for m in _EMAIL_OP_RE.finditer(text):
            yield m.start(), m.end(), "e-mailadres", HIGH  # "sanne punt devries op gmail punt com"
    if ("@" in low or " at " in low or " att " in low or "ape" in low or "(a" in low or "[a" in low or "{a" in low
            or "(b" in low or "[b" in low or "-at" in low) and _EMAIL_SPOKEN_GATE.search(low):
        for m in _EMAIL_SPOKEN_RE.finditer(text):
            if re.search(r"\.\s+(?:de|nu|me|be|eu)$", m.group(), re.I) and " @ " not in m.group():
                continue  # "hij at weinig. de wijkverpleging": a full stop and a word, no address
            yield _spelled_out_start(text, m.start()), m.end(), "e-mailadres", HIGH
    if "@" in text or "(at)" in text or "[at]" in text or "(a)" in text or "[a]" in text:
        for m in _EMAIL_RE.finditer(text):
            local, _, domain = m.group().partition("@")
            if local[-1:].isspace() and local.strip().lower() in _FUNCTION_WORDS:
                # "onder @daantje.skate": a word before a handle's "@" is no user name
                end = _strip_trailing(text, m.start(), m.end())
                kind = "e-mailadres" if domain.rsplit(".", 1)[-1].lower() in _TLD_SET else "account"
                yield m.start() + len(local), end, kind, HIGH
                continue
            yield m.start(), _strip_trailing(text, m.start(), m.end()), "e-mailadres", HIGH
        for m in _EMAIL_NO_END_RE.finditer(text) if "@" in text else ():
            yield m.start(), m.end(), "e-mailadres", HIGH  # "mail sanne@gmail"
        for m in _HANDLE_RE.finditer(text):
            if m.group()[1:].lower() not in {"everyone", "here", "channel", "iedereen", "allemaal"}:
                yield m.start(), m.end(), "account", HIGH  # (not "@everyone": a mention of all)
    if "www " in ctx.lower:
        for m in _URL_SPACED_RE.finditer(text):
            yield m.start(), m.end(), "url", HIGH
    if ":" in text or "=" in text:
        for m in _PROVIDER_LABEL_RE.finditer(text):
            yield m.start("name"), m.end("name"), "e-mailadres", HIGH  # "gmail: sannedevries88"
    if " @" in text or "@ " in text:
        for m in _SPELLED_EMAIL_RE.finditer(text):
            yield m.start(), m.end(), "e-mailadres", HIGH  # "s a n n e @ g m a i l . c o m"
        for m in _EMAIL_SPLIT_DOMAIN_RE.finditer(text):
            yield m.start(), m.end(), "e-mailadres", HIGH  # "frits . pel @ kpn planet . nl"
        for m in _SPELLED_AT_RE.finditer(text):
            yield m.start(), m.end(), "account", HIGH  # "@ d a n n y . k 0 4"
    if "(" in text or "[" in text or "{" in text:
        for m in _BRACKET_DOT_URL_RE.finditer(text):
            yield m.start(), m.end(), "url", HIGH  # "kinderstem[.]nl", "www(.)x(.)nl", "x(punt)nl"
    if not ctx.words.isdisjoint(_WEB_WORDS):
        for m in _WEB_WORD_BLANK_DOT_RE.finditer(text):
            yield m.start("url"), m.end("url"), "url", HIGH  # "site sannebakker nl"
    if " . " in text:
        for m in _URL_LOOSE_RE.finditer(text):
            label = re.search(r"([\w-]{3,})\s\.\s", text[m.end("www"):m.end()] if m.group("www") else m.group()).group(1).lower()
            if ":" in m.group() or m.group("www") or label not in dictionary().words or ctx.words & _WEB_WORDS \
                    or label in words("platforms"):
                yield m.start(), m.end(), "url", HIGH  # (not "naar huis . nl": "namelijk" in chat)
    if "/" in text and ctx.words & _PLATFORM_GATE:
        for m in _PLATFORM_PATH_RE.finditer(text):
            yield m.start(), m.end(), "url", HIGH  # "facebook/groups/pleegouders-dordt": a page without its ".com"
    if ":/" in text or "www." in ctx.lower or _DOMAINISH_RE.search(text):
        for rx in (_URL_SCHEME_RE, _URL_BARE_RE, _URL_PATH_RE):
            for m in rx.finditer(text):
                if rx is _URL_BARE_RE and _missing_space(text, m):
                    continue
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "url", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
