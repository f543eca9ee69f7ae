"""Words of another language that are also names, read as words where the words around them are of that language.

Families write whole phrases of their own language between Dutch ones: "por fin hay paz en casa", "la soledad es
lo peor", "Día de Reyes", "Mein Sohn vond de gesprekken stom", "Sehr geehrte Damen und Herren", "bardzo dziękuję za
pomoc", "çok teşekkür ederim". Many of those words are first names or surnames too ("Paz", "Soledad", "Reyes",
"Sommer", "Umut"), or in no Dutch list, so the name rules take them. A name found this way is dropped when every word
of it is a frequent word of Spanish, Portuguese, French, German, Italian, Polish, Romanian, Hungarian, Turkish, Czech, Slovak,
Lithuanian, Latvian, Slovenian, Serbo-Croatian, Danish, Swedish, Norwegian, Finnish, Icelandic, Indonesian or Malay
(wordfreq), Estonian, Albanian, Swahili, Javanese, Papiamentu or Sranantongo (hand-made lists) and
a word right beside it belongs to that language and to no Dutch or English dictionary: the phrase is in that
language. A person is named in it after a kinship word, a title or a greeting ("tía Rosa", "Frau Winter", "gracias
Luz"), or with a capital when the word is a first name ("Jonas ist 9 Jahre alt"): those stay names; a German noun
that is only a surname ("Sehr geehrte Damen") does not. A town in a case ending of those languages ("v Ostravě", "iz
Osijeka", "no Rīgas") is no word of the sentence but a place. One of the most frequent words of a sentence's language
that opens it is no name either ("Saya sangat senang", I am very happy), and a sentence's language is the one most of
its words belong to, two at least ("mi boi e go na skoro baka" is Sranantongo, not Polish for its "skoro").
"""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import Span
from stemsync.deidentify.lists import _FUNCTION_WORDS as DUTCH_FUNCTION_WORDS
from stemsync.deidentify.lists import (_ROLE_WORDS, _name_lists, dictionary, entries, frequencies, plain, romance_words,
                                     wordfreq_zipf, words, world_cities)
from stemsync.deidentify.honorifics import TITLES
from stemsync.deidentify.names import ROLE_BRACKET_AFTER_RE, _at_sentence_start
from stemsync.deidentify.nicknames import called_before
from stemsync.deidentify.fastcase import accelerate

# the languages read here, and how frequent (Zipf) a word must be in one of them to count as a word of it
_LANGUAGES = ("es", "pt", "fr", "de", "it", "pl", "ro", "hu", "tr", "cs", "sk", "lt", "lv", "sl", "sh", "et", "sq", "da", "sv",
              "nb", "fi", "is", "id", "ms", "sw", "jv", "pap", "srn",
              # (forty-fourth session: Afrikaans, Basque, Zulu and Xhosa, Shona, Irish, Scottish Gaelic and Welsh
              # together, Catalan, Galician, Haitian Creole: hand-made lists)
              "af", "eu", "zu", "sn", "cel", "ca", "gl", "ht")
_WORD_ZIPF = 3.0
_COMMON_ZIPF = 4.0  # (a word written in lowercase must be this frequent: names are written so in chat)
_GERMAN_VOCABULARY = 4000  # the most frequent German words that mark a German phrase
# the languages of labour-migrant, Balkan and Turkish families (Polish, Romanian, Hungarian, Turkish, Czech, Slovak,
# Lithuanian, Latvian, Estonian, Slovenian, Serbo-Croatian, Albanian), which write no noun with a capital: their most
# frequent words that are on no name or place list and no Dutch or English word mark a phrase of theirs
_MIGRANT_LANGUAGES = ("pl", "ro", "hu", "tr", "cs", "sk", "lt", "lv", "sl", "sh", "et", "sq", "da", "sv", "nb", "fi", "is",
                      "id", "ms", "sw", "jv")
# (and Danish, Swedish, Norwegian, Finnish, Icelandic, Indonesian, Malay, Swahili and Javanese: the forty-second
# session; Papiamentu and Sranantongo are read as languages, so that such a sentence is no longer read as Polish for
# its "skoro", soon, but not here: their words are no gate for names in case endings)
# (wordfreq holds neither Estonian, Albanian, Swahili, Javanese, Papiamentu nor Sranantongo: their frequent words are
# hand-made lists, read as this frequent)
_HAND_MADE = {"et": "common_words_estonian", "sq": "common_words_albanian", "sw": "common_words_swahili",
              "jv": "common_words_javanese", "pap": "common_words_papiamentu", "srn": "common_words_sranan",
              "af": "common_words_afrikaans", "eu": "common_words_basque", "zu": "common_words_zulu_xhosa",
              "sn": "common_words_shona", "cel": "common_words_celtic", "ca": "common_words_catalan",
              "gl": "common_words_galician", "ht": "common_words_haitian",
              # (forty-fifth session: more Albanian, romanised Hindi, Urdu and Punjabi, and Arabic chat (Arabizi): lists
              # of words that are no name anywhere, like the forty-fourth session's)
              "sq-more": "common_words_albanian_more", "hi-latin": "common_words_hindi_urdu_latin",
              "ar-chat": "common_words_arabic_chat",
              # (forty-sixth session: Cape Verdean Kriolu, romanised Malayalam, Tamil, Kannada and Telugu, Sarnami
              # Hindustani and romanised Cantonese, the same kind of list)
              "kea": "common_words_kriolu", "dra-latin": "common_words_south_indian_latin",
              "hns": "common_words_sarnami", "yue-latin": "common_words_cantonese_latin",
              # (forty-seventh session: Bosnian, Croatian and Serbian, and Lithuanian and Latvian words, the same kind)
              "sh-latin": "common_words_bcs", "bat": "common_words_baltic",
              # (forty-eighth session: French words families mix into Dutch, the same kind)
              "fr-chat": "common_words_french_chat",
              # (fifty-first session: Persian in Latin letters, "khoda hafes", "amoo", "tahdig", the same kind)
              "fa-latin": "common_words_persian_latin",
              # (fifty-eighth session: Tigrinya and Amharic in Latin letters, "jebena", "melkam fasika", the same kind)
              "hab-latin": "common_words_habesha_latin"}
# (Catalan from a hand-made list: wordfreq's holds names, "amat", "rahman"; the others are in no wordfreq list)
# (the forty-fifth session's lists are read as words that are no name only, not as the mark of a language's sentence:
# romanised Hindi shares "hame", "behtar" with Persian, which the rules for case endings must not read as Polish)
_NO_NAME_ONLY = ("sq-more", "hi-latin", "ar-chat", "kea", "dra-latin", "hns", "yue-latin", "sh-latin", "bat", "fr-chat", "fa-latin",
                 "hab-latin")
_HAND_MADE_ZIPF = 5.0
_LEADING_WORD_ZIPF = 5.0
# a Swahili verb is its subject's prefix, a tense and a stem ("tunashukuru", we thank; "alielewa", he understood;
# "wanalala", they sleep): too many forms for a list, read as this frequent (a word, but less than a name of the lists)
_SWAHILI_VERB_RE = re.compile(r"(?:ni|u|a|tu|m|mu|wa|ha|hatu|hawa|si|hau)(?:na|li|ta|me|ki|nge|meshi?)[a-z]{2,}[aeiu]")
_VERB_ZIPF = 4.0
_LATIN_WORD_RE = re.compile(r"[\u0000-\u024F\u1E00-\u1EFF'’-]+")
_WESTERN = ("es", "pt", "fr", "de", "it")  # (Italian: the forty-third session; not Catalan, whose wordfreq list holds names: "amat", "rahman")
_OPENER_ZIPF = 4.5
_MIGRANT_VOCABULARY = 3000
_DUTCH_CHAT_TOO = frozenset({"direk", "direkt", "kontakt"})  # (Dutch chat spells them so too)
_DUTCH_TOO = frozenset({"geb"})  # (Dutch abbreviates "geboren" so too: "geb.datum", no German phrase)

# short words of these languages that are no Dutch word and mark a phrase of theirs (the frequent longer words come
# from wordfreq): articles, prepositions, pronouns and the verbs "to be" and "to have"
_FUNCTION_WORDS = frozenset(
    "el los las del y sin con por para hay es muy pero mas muito muita uma une du les nos não que qué ellos tiene "
    "tengo estoy está esta este esto eso ser estar tenho tem sou são foi fue mein meine meinen meiner meinem dein "
    "deine unser unsere ist sind und für mit seit sehr ich wir ihr sie auch nicht aber oder dem im vom zum zur frohe "
    "frohes fröhliche liebe lieber viele vielen danke geehrte geehrter freundlichen herzlichen grüße grüßen "
    "pour avec dans sur vous nous tout toute très bien beaucoup bcp ça".split())
# (not the words Dutch or English has too, or a name: "den", "des", "al", "ter", "mais", "era", "son", "um", "Ella";
# not Dutch chat: "yo")

# words after which a first name or a capitalised word is a person's: greetings, thanks, endearments ("gracias Luz",
# "obrigada Esperança", "joyeux anniversaire Merveille"; not "merci beaucoup"); kinship words and titles too
_BEFORE_A_PERSON = frozenset(
    "hola gracias obrigada obrigado obrigadinha merci bonjour salut olá ola oi querida querido cara caro chère cher "
    "bom buenos buenas danke hallo liebe lieber anniversaire cumpleaños parabéns parabens felicidades geburtstag "
    "bienvenue bienvenida bienvenido senhora senhor señora señor madame monsieur".split())
# titles of Romance languages and German before a surname ("Mme Dubois", "Sra. Blanco", "Herr Weiss")
_TITLES = frozenset("mme mlle madame monsieur mr m sra sr srta dona dom senhora senhor señora señor herr frau signora "
                    "signor sig".split())
# words after which a word is a street's part: "Breite Straße", "Rua Nova"
_STREET_WORDS = frozenset("straße strasse str weg platz gasse allee ring damm ufer calle rua rue avenida avenue".split())

_ROLES = frozenset(_ROLE_WORDS)
_CHAT_WORDS = words("chat_words")
_CONJUNCTIONS = frozenset("y e et und en o ou oder".split())
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.cache
def _german_words() -> frozenset[str]:
    try:
        import wordfreq  # noqa: PLC0415

        return frozenset(w for w in wordfreq.top_n_list("de", _GERMAN_VOCABULARY) if len(w) >= 3 and w.isalpha())
    except Exception:  # noqa: BLE001 - without wordfreq no such words
        return frozenset()


@functools.cache
def _migrant_words() -> frozenset[str]:
    try:
        import wordfreq  # noqa: PLC0415

        top = {w for lang in _MIGRANT_LANGUAGES if lang not in _HAND_MADE
               for w in wordfreq.top_n_list(lang, _MIGRANT_VOCABULARY) if len(w) >= 3 and w.isalpha()}
    except Exception:  # noqa: BLE001 - without wordfreq no such words
        return frozenset()
    top |= {w for lang in _HAND_MADE if lang not in _NO_NAME_ONLY for w in _hand_made_words(lang) if len(w) >= 3}
    names, d, f = _name_lists(), dictionary(), frequencies()
    return frozenset(w for w in top if w not in names.first_any and w not in names.surnames_all
                     and w not in names.places and w not in d.words and w not in d.proper and not f.at_least(w, 3.5, "en"))


@functools.cache
def _hand_made_words(lang: str) -> frozenset[str]:
    """The words of a hand-made list but those Dutch writes too, in its dictionary, its chat or as a town ("oma",
    "kool", "alles"; a name that is a word there stays on it: Albanian "tani", now)."""
    d = dictionary()
    return frozenset(w for w in words(_HAND_MADE[lang]) if w not in d.words and w not in _CHAT_WORDS
                     and w not in _name_lists().places and w not in DUTCH_FUNCTION_WORDS)


def _hand_made_word(low: str) -> bool:
    """A word of a hand-made list (Swahili "sana", very: no town in a case ending)."""
    return any(low in _hand_made_words(lang) for lang in _HAND_MADE)


@functools.lru_cache(maxsize=1 << 14)
def _zipf(low: str, languages: tuple[str, ...] = _LANGUAGES) -> float:
    """How frequent ``low`` is in the most of the languages read here (Zipf; 0 without wordfreq)."""
    if languages is _LANGUAGES and not _LATIN_WORD_RE.fullmatch(low):
        return 0.0  # (the languages read here are written in Latin letters; wordfreq's Serbo-Croatian reads Cyrillic too)
    return max((_lang_zipf(low, lang) for lang in languages), default=0.0)


@functools.lru_cache(maxsize=1 << 15)
def _lang_zipf(low: str, lang: str) -> float:
    """How frequent ``low`` is in ``lang`` (Zipf; a hand-made list's word counts as frequent; 0 without wordfreq)."""
    if lang in _HAND_MADE:
        if low in _hand_made_words(lang):
            return _HAND_MADE_ZIPF
        return _VERB_ZIPF if lang == "sw" and _SWAHILI_VERB_RE.fullmatch(low) else 0.0
    return wordfreq_zipf(low, lang)


# case endings and suffixes a name takes in Polish and Turkish ("Kasię", "Tomkiem", "Agnieszki", "Emreyle")
_NAME_ENDINGS = ("iem", "em", "owi", "ie", "ę", "ą", "i", "y", "u", "o", "yle", "le", "ler", "lar", "nin", "nın", "ye", "ya",
                 "nak", "nek", "val", "vel", "nál", "nél",  # (and Hungarian: "Bramnak", "Dórával")
                 # (and Finnish: "Mikan", "Sannelle", "Lottesta", "Helmin", "Eliaksen", "Eliakselle": Elias)
                 "n", "lle", "lta", "lla", "sta", "ssa", "ksen", "kselle", "ksella", "ksesta", "kselta")


def _listed_name(low: str) -> bool:
    """On a first-name or surname list, also without its accents, a suffix after an apostrophe ("ayşe'nin") or a case
    ending ("kasię", "agnieszki": "kasia", "agnieszka"; "tomkiem": "tomek")."""
    names = _name_lists()
    stem = re.split(r"['’]", low)[0]
    forms = {low, plain(low), stem, plain(stem)}
    for end in _NAME_ENDINGS:
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            base = stem[: -len(end)]
            forms |= {base, base + "a", base[:-1] + "ek" if base.endswith("k") else base, plain(base), plain(base) + "a"}
            if end.startswith("ks"):
                forms.add(base + "s")  # ("eliaksen": Elias)
    return any(w in names.first_any or w in names.surnames_all for w in forms)


def _foreign_word(low: str) -> bool:
    """A frequent word of one of the languages (it may be a name too: "paz", "soledad", "sohn", "umut", "róża")."""
    return _zipf(low) >= _WORD_ZIPF


def _common_word(low: str) -> bool:
    """A word that is much more a word than a name in its language: frequent (Zipf 4 or more) in one of them ("paz",
    "soledad", "milagros", "sohn"; not "rachid", "stefan", "lola": names a chat writes in lowercase)."""
    return _zipf(low) >= _COMMON_ZIPF


@functools.lru_cache(maxsize=1 << 14)
def _marks_phrase(low: str) -> bool:
    """A word that belongs to one of the languages and to no Dutch dictionary: "hay", "hacen", "und", "seit"."""
    if low in _DUTCH_TOO:
        return False
    if low in _FUNCTION_WORDS:
        return True
    if low in _migrant_words() and (low not in _CHAT_WORDS or (len(low) >= 4 or not low.isascii())
                                    and low not in _DUTCH_CHAT_TOO):
        return True  # (greetings of those languages are chat words too: "bardzo", "çok", "dziękuję"; not "moi", "nim")
    d = dictionary()
    if low in d.words or low in d.proper or frequencies().at_least(low, 3.5, "en") or low in _CHAT_WORDS:
        return False  # (nor an English word: "except Ana and bia"; nor Dutch chat: "nie", "ff")
    return low in romance_words() or low in _german_words()  # (the other languages' words: above)


def _same_language(low: str, words: list[str]) -> bool:
    """``low`` and every word of ``words`` are words of one of the languages read here (or ``low`` is a function word
    of Spanish, Portuguese, French or German, which those phrases share: "Día de Reyes")."""
    return low in _FUNCTION_WORDS or any(
        _lang_zipf(low, lang) >= _WORD_ZIPF and all(_lang_zipf(w, lang) >= _WORD_ZIPF for w in words) for lang in _LANGUAGES)


def _words_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The word before the span, the one before that, and the word after it (lowercase; "" where there is none or
    punctuation other than a comma or space stands between)."""
    before = list(_WORD_RE.finditer(text, max(0, start - 60), start))
    prev = prev2 = ""
    if before and not text[before[-1].end():start].strip(" ,"):
        prev = before[-1].group().lower()
        if len(before) >= 2 and not text[before[-2].end():before[-1].start()].strip(" ,"):
            prev2 = before[-2].group().lower()
    after = _WORD_RE.search(text, end, min(len(text), end + 60))
    nxt = after.group().lower() if after and not text[end:after.start()].strip(" ,") else ""
    return prev, prev2, nxt


_SENTENCE_STOP = re.compile(r"[.!?\n]")
_SHORT_SENTENCE = 5
_FUNCTION_ZIPF = 6.0
_PARTICLE_ZIPF = 5.0
# how frequent a listed name may be as a word of the sentence's language and still be read as a name in lowercase
# ("kuba", "marius", "dóra"; not "sama", "mult"); Turkish names are often words ("mutlu", "umut", "deniz")
_NAME_ZIPF = 4.8
_TURKISH_NAME_ZIPF = 4.0


def _name_zipf(lang: str) -> float:
    """How frequent a lowercase listed name may be in ``lang`` and still be read as the name."""
    return _TURKISH_NAME_ZIPF if lang == "tr" else _NAME_ZIPF
# (an apostrophe and a Turkish case ending after a word mark a proper noun: "Mehmet'e", "Sivas'tan", "Ayşe'nin")
_PROPER_SUFFIX_RE = re.compile(r"['’][^\W\d_]{1,5}(?![\w'’])")


def _other_words(text: str, start: int, end: int) -> list[str]:
    """The words of the sentence around a span but its own, lowercase (a short sentence's: the whole text's)."""
    left = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_STOP.search(text, end)
    right = stop.start() if stop else len(text)
    others = [w.lower() for w in _WORD_RE.findall(text[left:start]) + _WORD_RE.findall(text[end:right])]
    if len(others) < _SHORT_SENTENCE:  # (a short sentence is read with the rest of the text: "Dziękuję za cierpliwość.")
        others = [w.lower() for w in _WORD_RE.findall(text[:start]) + _WORD_RE.findall(text[end:])]
    return others


def _without_trailing_words(text: str, span: Span) -> Span:
    """A name found with the words after it that are lowercase words of the foreign sentence around it (frequent in
    its language, on no name list): the name alone ("Ala przyjedzie" -> "Ala")."""
    parts = list(_WORD_RE.finditer(text, span[0], span[1]))
    end = span[1]
    while len(parts) > 1:
        last = parts[-1].group()
        low = last.lower()
        if not last.islower() or _listed_name(low) or _zipf(low) < _WORD_ZIPF or _side(low) != 1:
            break
        parts.pop()
        end = parts[-1].end()
    if end == span[1] or not _in_foreign_sentence(text, span[0], end):
        return span
    return (span[0], end, *span[2:])


def _title_after(text: str, end: int) -> bool:
    """A title of respect follows: "sevgi abla", "orhan amca" (honorifics.py)."""
    nxt = _WORD_RE.match(text, end + 1) if text[end:end + 1] == " " else None
    if nxt is None:
        return False
    word = nxt.group().lower()
    return word in TITLES or any(word.startswith(t) and len(word) - len(t) <= 4 for t in TITLES if len(t) >= 4)


def _town(low: str) -> bool:
    from stemsync.deidentify.lists import world_cities  # noqa: PLC0415

    return low in _name_lists().places or low in world_cities()[0]


# case endings of a place: Polish ("w Tilburgu", "z Częstochowy", "w Krakowie"), Romanian ("Iașiul"), Hungarian
# ("Venlóban", "Debrecenben", "Utrechtből"), Czech and Slovak ("v Ostravě", "z Prešova", "v Blericku"), Serbo-Croatian
# ("iz Osijeka", "u Almeru", "u banjoj"), Lithuanian ("Boxtele", "Nyderlanduose"), Latvian ("no Rīgas", "Almerē"),
# Estonian ("Venlos", "Tartust", "Westlandis", "Tallinnasse")
_PLACE_ENDINGS = ("ban", "ben", "ból", "ből", "ról", "ről", "ra", "re", "on", "en", "ön", "hoz", "hez", "höz", "tól",
                  "től", "ba", "be", "ig", "ie", "iu", "u", "y", "i", "a", "ul", "ului", "em", "ą",
                  "ě", "ou", "om", "oj", "e", "je", "oje", "uose", "ėje", "ų", "ā", "as", "os", "is", "us", "s", "st",
                  "sse", "l", "lt", "le",
                  # (Finnish: "Oulussa", "Tampereelta", "Leidenissä", "Delftiin", "Utrechtin")
                  "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "issa", "issä", "ista", "istä", "iin",
                  "in")


@functools.lru_cache(maxsize=1 << 14)
def inflected_town(low: str) -> bool:
    """A Dutch town or a city abroad, as written or with one of the case endings (and a long vowel it lengthens:
    "venlóban"; a stem of three letters of a city on the world's list: "rīgas", Riga)."""
    from stemsync.deidentify.lists import homeland_towns, world_cities  # noqa: PLC0415

    towns, cities, homes = _name_lists().places, world_cities()[0], homeland_towns()
    forms = {low, plain(low)}
    for end in _PLACE_ENDINGS:
        if low.endswith(end) and len(low) - len(end) == 3 and end in {"as", "os", "a", "u", "e"}:
            base = low[: -len(end)]  # (a short stem: a city of the world's list only, "rīgas" Riga, "brna" Brno)
            if any(f in cities for f in (base + "a", plain(base) + "a", base + "o")):
                return True
        if low.endswith(end) and len(low) - len(end) >= 4:
            base = low[: -len(end)]
            forms |= {base, plain(base), base + "a", plain(base) + "a", base[:-1] + "a" if base[-1] in "yi" else base,
                      base + "e", base + "o"}  # (an ending for the last vowel: "u Almeru", Almere; "do Brna", Brno)
            if end in {"ie"} and base.endswith("ow"):
                forms.add(base[:-2] + "ów")  # (Kraków: "w Krakowie")
    return any(f in towns or f in cities or f in homes for f in forms if len(f) >= 4)


def _in_foreign_sentence(text: str, start: int, end: int) -> bool:
    """The span stands in a sentence of Polish, Romanian, Hungarian or Turkish (or Spanish, Portuguese, French,
    German): at least two other words of it belong to such a language and to no Dutch dictionary, and they outnumber
    its Dutch words ("na początku bałam się jeugdzorgu, ale teraz wiem": not "Olek kwam bij de wijkcoach")."""
    return bool(_foreign_marked(text, start, end))


def _foreign_marked(text: str, start: int, end: int) -> list[str]:
    """The other words of the span's sentence that mark a language read here, when there are two at least and more
    than its Dutch words (else none: the sentence is Dutch)."""
    others = _other_words(text, start, end)
    marked = [w for w in others if _side(w) == 1]
    return marked if len(marked) >= 2 and len(marked) > sum(1 for w in others if _side(w) == -1) else []


def sentence_language(text: str, start: int, end: int) -> str:
    """The language read here that most other words of the span's sentence (or of a short sentence's text) belong
    to ("" when the sentence is Dutch: see ``_in_foreign_sentence``)."""
    marked = _foreign_marked(text, start, end)
    if not marked:
        return ""
    # (the most words of it, and on a tie the language the span's own word is the more frequent word of: Swahili for
    # "asante" in "asante sana, kila kitu", not Serbo-Croatian for its "kila", kilo; Spanish for "pero"; two of them at
    # least: "mi boi e go na skoro baka" is Papiamentu, not Polish for its "skoro")
    own = [w.lower() for w in _WORD_RE.findall(text[start:end])]
    counts = {lang: (sum(_lang_zipf(w, lang) >= _WORD_ZIPF for w in marked), max((_lang_zipf(w, lang) for w in own), default=0.0))
              for lang in _LANGUAGES}
    best = max(_LANGUAGES, key=counts.__getitem__)
    return best if counts[best][0] >= 2 else ""


@functools.lru_cache(maxsize=1 << 15)
def _side(low: str) -> int:
    """1 for a word much more frequent in one of the languages read here than in Dutch and English ("să", "după",
    "bilgi", "że"), -1 for a Dutch word at least as frequent in Dutch ("het", "was", "gesprek"), else 0."""
    try:
        import wordfreq  # noqa: F401, PLC0415 (without wordfreq no side)
    except Exception:  # noqa: BLE001
        return 0
    if low in _name_lists().first_any:
        return 0  # (a name is no language's: "Ana", "Jan")
    if low in DUTCH_FUNCTION_WORDS:
        return -1  # ("en", "de", "het")
    there = _zipf(low)
    dutch = wordfreq_zipf(low, "nl")
    if there >= _WORD_ZIPF and there >= dutch + 1.0 and there >= wordfreq_zipf(low, "en") + 1.0 \
            and (low not in dictionary().words or dutch < _WORD_ZIPF):
        return 1
    return -1 if low in dictionary().words and dutch >= there else 0


def _word_of_the_sentence(text: str, span: Span, written: list[str], words: list[str]) -> bool:
    """A found name that is a word of the foreign sentence around it: each of its words frequent in one of the
    languages and on no name list (in any case ending), written in lowercase or opening the sentence (those languages
    write their nouns without a capital), no title, kinship word or greeting before and no case ending after an
    apostrophe ("Speranța mea era", "dziękuję za cierpliwość"; not "z Kasią", "pani Nowak", "mehmet'e")."""
    if _PROPER_SUFFIX_RE.match(text, span[1]) or any(_town(w) and _zipf(w) < _FUNCTION_ZIPF for w in words) \
            or _title_after(text, span[1]):
        return False  # (a town is no word of the sentence: "em 2019 mindelo"; but for the most frequent: "itu", that)
    lang = ""
    for o, w in zip(written, words):
        if not _listed_name(w) or o.islower() and _zipf(w) >= _FUNCTION_ZIPF:
            continue  # (the most frequent words are on some list too: "się", "mult")
        if not o.islower():
            return False
        lang = lang or sentence_language(text, span[0], span[1])
        if not lang or _zipf(w, (lang,)) < _name_zipf(lang):
            return False  # (a lowercase name that is a frequent word of the sentence's language is that word: "daha
            # mutlu", "sevgi ile", "umut var"; not "że kuba znowu")
    if not (written[0].islower() or _at_sentence_start(text, span[0]) and all(w.islower() for w in written[1:])):
        return False
    prev, _, _ = _words_around(text, span[0], span[1])
    if prev in _BEFORE_A_PERSON or prev in _ROLES and not all(_zipf(w) >= _PARTICLE_ZIPF for w in words):
        return False  # (after a title a name, but for the most frequent words: "gezinscoach da öyle dedi")
    return _in_foreign_sentence(text, span[0], span[1])


def _opening_word(text: str, span: Span) -> bool:
    """The span is one word opening its sentence that is among the most frequent of the sentence's language ("Saya
    sangat senang", I; "Kami orang Jawa", we): no name, though some name lists hold it."""
    words = _WORD_RE.findall(text[span[0]:span[1]])
    if len(words) != 1 or not _at_sentence_start(text, span[0]) or _zipf(low := words[0].lower()) < _FUNCTION_ZIPF:
        return False
    lang = sentence_language(text, span[0], span[1])
    return bool(lang) and _lang_zipf(low, lang) >= _FUNCTION_ZIPF


def _inflected_name(low: str) -> bool:
    """A listed name, also in a case ending that drops its last letter ("dawida": Dawid; "gosi", "zosi": Gosia)."""
    return _listed_name(low) or any(f in _name_lists().first_any for f in (low[:-1], low + "a") if len(f) >= 4)


def lowercase_name(text: str, start: int, end: int) -> bool:
    """The lowercase word text[start:end] is a listed name (in any case ending) in a sentence of Polish, Romanian,
    Hungarian or Turkish, and no frequent word of that language ("że kuba znowu", "mulțumim lui marius")."""
    low = text[start:end]
    if not low.islower() or low in dictionary().words or low in _migrant_words() or not _inflected_name(low):
        return False
    lang = sentence_language(text, start, end)
    if lang not in _MIGRANT_LANGUAGES:
        return False  # (not in Spanish, nor in Papiamentu: "tangi fu ala sani", thanks for everything)
    if _PROPER_SUFFIX_RE.match(text, end) or _title_after(text, end):
        return True  # (a case ending after an apostrophe, or a title after: "mehmet'e", "berkay'ın", "sevgi abla")
    return _zipf(low, (lang,)) < _name_zipf(lang)


# the forty-fourth session's hand-made lists hold no word that is a name anywhere: a name or place found on such words
# alone, in lowercase (or opening a sentence, or in a text written in capitals), is none, whatever the words beside it
# ("ngiyabonga 💛", "almal het dit lekker gevind", "Eskerrik asko, dena ondo", "mesos")
_NO_NAME_LISTS = ("af", "eu", "zu", "sn", "cel", "ca", "gl", "ht", *_NO_NAME_ONLY)


def _no_name_word(low: str) -> bool:
    return any(low in _hand_made_words(lang) for lang in _NO_NAME_LISTS) and low not in _number_words()


@functools.cache
def _number_words() -> frozenset[str]:
    """Number words of every language read for ages (an age or a name there: "toen mijn dochter sewe was", "gr kenz")."""
    return frozenset(line.split("\t")[2] for line in entries("world_number_words")) | frozenset(words("age_words"))


_LOCATIVE_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|uit|naar|vanuit|te|from|to|iz|u|na|v|w|z|ne|nga|në|ka|fi|min|de|en|em|a)\s+\Z",
                                 re.I)


def _plain_listed_words(text: str, span: Span, shouting: bool) -> bool:
    written = _WORD_RE.findall(text[span[0]:span[1]])
    if not written or not all(_no_name_word(w.lower()) for w in written):
        return False
    if span[2] == "plaats" and len(written) == 1 and written[0].lower() in world_cities()[0] \
            and _LOCATIVE_BEFORE_RE.search(text, max(0, span[0] - 12), span[0]):
        # (fifty-first session) "woont nog in karaj": a city abroad found as a place, a word of a list too (fifty-second
        # session: after a locative only; "hvala puno" is thanks)
        return False
    return shouting or all(w.islower() for w in written) or (
        _at_sentence_start(text, span[0]) and all(w.islower() for w in written[1:]))


def without_foreign_words(text: str, spans: list[Span], shouting: bool = False) -> list[Span]:
    """Drop the names found in a phrase of Spanish, Portuguese, French or German (see the module's docstring)."""
    out = []
    for span in spans:
        if span[2] == "naam" and text[span[0]:span[0] + 1].isupper() \
                and (b := ROLE_BRACKET_AFTER_RE.match(text, span[1])) is not None and b.group("role").lower() in _ROLE_WORDS:
            out.append(span)  # (fifty-fifth session) "Shukria (moeder) ervaart": who it is, said in brackets
            continue
        if span[2] in {"naam", "plaats", "instelling"} and _plain_listed_words(text, span, shouting):
            continue
        if span[2] != "naam":
            out.append(span)
            continue
        written = _WORD_RE.findall(text[span[0]:span[1]])
        words = [w.lower() for w in written]
        if len(written) == 2 and not shouting and written[0].islower() and written[1][:1].isupper() \
                and written[1][1:].islower() and _zipf(words[0]) >= _LEADING_WORD_ZIPF \
                and _in_foreign_sentence(text, span[0], span[1]):
            # (fifty-first session) "anak saya Aisyah": a very frequent word of another language before a capitalised
            # name is the sentence's ("saya", my), though a name of a list too
            out.append((span[1] - len(written[1]), span[1], *span[2:]))
            continue
        if not words or not all(_foreign_word(w) for w in words):
            out.append(span)
            continue
        if any(not _town(w) and inflected_town(w) and not _hand_made_word(w) for w in words) \
                and _in_foreign_sentence(text, span[0], span[1]):
            # (a town in a case ending is no word of the sentence, and a place: "v ostravě", "iz Osijeka")
            out.append((span[0], span[1], "plaats", *span[3:]) if len(words) == 1 else span)
            continue
        if len(words) == 1 and lowercase_name(text, span[0], span[1]):
            out.append(span)  # (find_inflected's: "że kuba znowu", "wozić dawida")
            continue
        if written[0][0].isupper() and (_words_around(text, span[0], span[1])[0] in _TITLES
                                        or called_before(text, span[0])):  # (or "noemen we el [Flaco]")
            out.append(span)  # "Moeder, Mme Dubois, geeft aan": a capitalised word after a title is a name
            continue
        if _word_of_the_sentence(text, span, written, words):
            continue
        if len(words) > 1 and (trimmed := _without_trailing_words(text, span)) != span:
            kept = _WORD_RE.findall(text[trimmed[0]:trimmed[1]])
            if not all(w.islower() and _zipf(w) >= _PARTICLE_ZIPF for w in kept) and not _opening_word(text, trimmed):
                out.append(trimmed)  # "Babcia [Ala] przyjedzie", "[Ola] urodziła się" (not "kći ima devet": has)
            continue
        if _opening_word(text, span):
            continue  # (one of the most frequent words of the sentence's language opening it: "Saya sangat senang", I)
        listed_first = _name_lists().first_any
        first_names = [w for w in words if w in listed_first or plain(w) in listed_first]  # (also "ștefan")
        if any(w[0].isupper() for w in written) and any(w not in _FUNCTION_WORDS for w in first_names):
            out.append(span)  # (a capitalised first name stays one in any language: "Jonas ist 9 Jahre alt")
            continue
        if all(_zipf(w, _WESTERN) < _WORD_ZIPF for w in words) and (
                any(_listed_name(w) for w in words)
                or any(w[0].isupper() for w in written) and not (
                    _at_sentence_start(text, span[0])
                    and all(_zipf(w) >= _OPENER_ZIPF for w in words))):
            # (Polish, Romanian, Hungarian and Turkish write no noun with a capital, and names inflect: a listed name
            # or a capital stays a name there, "z Kasią", "Kowalski", but for a very frequent word opening a
            # sentence: "Bardzo dziękuję")
            out.append(span)
            continue
        prev, prev2, nxt = _words_around(text, span[0], span[1])
        named = bool(first_names)
        if prev in _BEFORE_A_PERSON and (named or written[0][0].isupper()) or prev in _ROLES \
                or words[0] in _ROLES and len(words) > 1 \
                or nxt in _STREET_WORDS or words[-1] in _STREET_WORDS \
                or written[0].islower() and not all(_common_word(w) or w in _FUNCTION_WORDS for w in words):
            out.append(span)
            continue
        # ("Día de Reyes", "Todos los Santos": the article or preposition before is Dutch too, the word before it not)
        # (a conjunction joins names as well as words: "Pedro y Rosa", "Ana e Luz")
        # (the word beside it of the same language: not Indonesian "sosial" before German "Tode" in Papiamentu)
        phrase = any(w in _FUNCTION_WORDS for w in words) \
            or (prev and prev not in _CONJUNCTIONS and _marks_phrase(prev) and _same_language(prev, words)) \
            or (nxt and nxt not in _CONJUNCTIONS and _marks_phrase(nxt) and _same_language(nxt, words)) \
            or prev in {"de", "da", "do", "en"} and prev2 and _marks_phrase(prev2) and _same_language(prev2, words)
        if not phrase:
            out.append(span)
    return out


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
