"""ALL-CAPS text ("IK WIL PIETER BAKKER NIET MEER ZIEN").

deduce and the name rules rely on capitals, so a shouted text is first re-cased:
ordinary Dutch words (OpenTaal's list) become lowercase, every other word gets one
capital ("Pieter", "Apeldoorn"), words with digits stay as they are (postcodes, IBAN,
plates). The annotators then read the re-cased text; offsets are unchanged, so the
spans apply to the original.
"""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import STREET_ENDS
from stemsync.deidentify.english import english_and_dutch, is_english, ordinary_english
from stemsync.deidentify.foreign import _listed_name as listed_name, _side as foreign_side, _zipf as foreign_zipf
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _INTERFIX_WORDS, _NAMEY_COLLISIONS, _compound, _name_lists, world_cities,
                                       dictionary, frequencies, published_first_names_lower, words)
from stemsync.deidentify.fastcase import accelerate

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
MIN_LETTERS = 8
SHARE_UPPER = 0.7


_LOWER_RE = re.compile(r"[^\W\d_A-ZÀ-ÞΑ-ΩА-Я]")
_UPPER_RE = re.compile(r"[A-ZÀ-Þ]")


def is_shouting(text: str) -> bool:
    upper = len(_UPPER_RE.findall(text))
    if upper < MIN_LETTERS * SHARE_UPPER:
        return False
    lower = len(_LOWER_RE.findall(text))
    return upper >= SHARE_UPPER * (upper + lower)


_CAPS_WORD_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]{3,}(?![\w'’-])")
_AFTER_POSTCODE_RE = re.compile(r"(?<!\d)\d{4}\s?(?P<letters>[A-Z]{2}),?\s+(?P<art>(?:DE|DEN|HET|'T|TER|TEN)\s+)?\Z")
_ARTICLE_OF_LAW_RE = re.compile(r"(?<![\w-])(?:artikel|art\.?)\s*\d[\d:.a-z]*\s+\Z", re.I)


def recase_words(text: str) -> str | None:
    """A copy of a mixed-case ``text`` in which single ALL-CAPS words are re-cased
    ("Ik ben NAOMI" -> "Ik ben Naomi", "ECHT NIET" -> "echt niet"), or None when there
    are none. Ordinary words become lowercase; listed first names and surnames, and
    words of four letters or more in no dictionary, get one capital; short unknown
    words stay as they are (acronyms: GGZ, JGZ)."""
    if not _CAPS_WORD_RE.search(text):
        return None
    ordinary = dictionary().words
    names = _name_lists()

    def one(m: re.Match[str]) -> str:
        tok = m.group()
        low = tok.lower()
        if low in _FUNCTION_WORDS or low in ordinary:
            return low
        if _ARTICLE_OF_LAW_RE.search(text, max(0, m.start() - 20), m.start()):
            return tok  # "artikel 8 EVRM", "art. 1:255 BW": a law's abbreviation
        if low in _KEPT_ACRONYMS:
            return tok  # "mijn BSN en IBAN": the bank's word, not the name Iban
        if low in names.first_any or low in names.surnames_lower or len(tok) >= 4:
            title = tok[0] + tok[1:].lower()
            return title if len(title) == len(tok) else tok
        return tok

    out = _CAPS_WORD_RE.sub(one, text)
    return out if out != text else None


# English pronouns and determiners that a name list holds too ("My" is a first name)
_EN_PRONOUNS = frozenset("my me we us he she his her our their your an so".split())
_STREET_ENDS = STREET_ENDS + ("vest", "markt")  # ("BROERSVEST", "GROTE MARKT")


@functools.cache
def _joined_streets() -> frozenset[str]:
    return frozenset(st for st in _name_lists().streets if st.endswith(_STREET_ENDS) and " " not in st)


_KEPT_ACRONYMS = frozenset({"iban", "bsn", "emdr", "kopp", "adhd", "pgb", "mkd", "kdc", "odc", "zml", "zmlk"})  # (day centres, special schools)
_BEFORE_NOUN = frozenset("de het een 'n mijn m'n mn je jouw zijn z'n haar ons onze hun geen elke deze die".split())


_LOCATIVES = frozenset("in uit naar from to van".split())
_SENTENCE_BEFORE_RE = re.compile(r"[.!?][ \t]*\Z")
_PERSON_VERB_AFTER_RE = re.compile(r"[ \t]+(?:WORDT|WERD|IS|WAS|HEEFT|HAD|GAAT|GING|ZEGT|ZEI|KAN|KON|WIL|WILDE|MOET|MOEST|KOMT|"
                                   r"KWAM|BELDE|BELT|DOET|DEED|ZIT|ZAT|KREEG|KRIJGT|HELPT|HIELP|SNAPT|VINDT|VOND)\b")
# an initial's dot and the word after it: "P. ANDERSSON"
_INITIAL_NEXT_RE = re.compile(r"\.\s?(?:(?:VAN|DE|DER|DEN|TER|TEN)\s)*([A-Z][A-Z'’-]{2,})")


_SENTENCE_RE = re.compile(r"[^.!?:\n]+[.!?:\n]*")


def recase(text: str) -> str | None:
    """The re-cased text of an ALL-CAPS ``text`` (or of the single ALL-CAPS words of a
    mixed-case one), or None when there is nothing to re-case."""
    if not is_shouting(text):
        return recase_words(text)
    ordinary = dictionary().words
    surnames = _name_lists().surnames_lower
    all_surnames = _name_lists().surnames_all
    first = _name_lists().first_lower
    first_any = _name_lists().first_any
    places = _name_lists().places
    # a street of two words joined stays one ("LANGE NIEUWSTRAAT", "BROERSVEST"): deduce's streets with a street's ending
    streets = _joined_streets()
    chat = words("chat_words")  # ("DANKI PA TUR KOS": the families' words, no names; not "MASHA", "BINNE")
    published = published_first_names_lower()
    n_en, n_nl = english_and_dutch(text.lower())
    englishish = n_en > n_nl  # (not "MEVROUW SMITH EN MEVROUW YOUNG")
    proper = dictionary().proper
    # in an English text an ordinary English word in no name list is a word too ("SEND", "HELPED")
    english_text = is_english(text.lower())
    # (or the sentence, in a text that changes language: "HET BEGON IN JANUARI. LONG STORY: ... MY SON DID NOT GO")
    sentences = [] if english_text else [(m.end(), is_english(m.group().lower()), m.group().lower())
                                         for m in _SENTENCE_RE.finditer(text)]
    if any(e for _, e, _ in sentences):
        # (in a text with an English sentence, also one with no Dutch function word whose words are all English:
        # "NOW EVERYTHING IS BETTER")
        sentences = [(end, e or (english_and_dutch(low)[1] == 0 and all(
            ordinary_english(w) for w in _TOKEN_RE.findall(low) if not w.isdigit())), low) for end, e, low in sentences]
    k_sentence = 0
    english = english_text
    sides = [foreign_side(w) for w in _TOKEN_RE.findall(text.lower()) if not w.isdigit()]
    foreign_text = not english_text and sides.count(1) >= 2 and sides.count(1) > sides.count(-1)
    parts: list[str] = []
    pos = 0
    prev_name = after_ifx = False
    prev_low = ""
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if not tok.isupper() or any(c.isdigit() for c in tok):
            prev_name = False
            continue
        low = tok.lower()
        if sentences:
            while k_sentence + 1 < len(sentences) and sentences[k_sentence][0] <= m.start():
                k_sentence += 1
            english = sentences[k_sentence][1]
        if prev_name and low in _INTERFIX_WORDS:
            # "SANNE VAN DER BERG": an interfix after a name keeps the name going
            parts.append(text[pos:m.start()])
            parts.append(low)
            pos = m.end()
            after_ifx = True
            continue
        # a surname that is also a word stays a name right after a name ("PIETER BAKKER")
        # ... and a word that is mostly a name when capitalised stays one ("FLEUR", "JOB")
        namey = low in _NAMEY_COLLISIONS and prev_low not in _BEFORE_NOUN and not (
            prev_low.endswith("e") and prev_low in ordinary)  # not "EEN NIEUWE JOB"
        # after a name and an interfix only a surname goes on ("SANNE VAN DER BERG", not
        # "ABENA VAN HET TEAM")
        # a first name that is a rare word ("KOEN", "DIRK", "MEREL"; not "BAS", "JOB"): a name
        rare_word_name = (low in first and low in proper and low not in _FUNCTION_WORDS
                          and prev_low not in _BEFORE_NOUN and not frequencies().at_least(low, 4.3))
        # a first name that is a word at a sentence's start before a verb: "NIET. KIM WORDT NOG STEEDS GEPEST"
        subject_name = (low in first and len(low) >= 3 and low not in _FUNCTION_WORDS and not english
                        and (m.start() == 0 or _SENTENCE_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) is not None)
                        and _PERSON_VERB_AFTER_RE.match(text, m.end()) is not None
                        and not frequencies().at_least(low, 4.6))  # ("KIM", "ROOS"; not "STORM", "MARK", "HOOP")
        # the town after a postcode: "1796 AA DE KOOG", "1781 KZ DEN HELDER" (not "ZAAKNR 2023 IK WIL")
        pc = _AFTER_POSTCODE_RE.search(text, max(0, m.start() - 16), m.start())
        town = pc is not None and pc.group("letters").lower() not in _FUNCTION_WORDS and (
            low not in ordinary or (pc.group("art") or "").lower() + low in places)
        # a town after "gemeente": "DE CONSULENT VAN DE GEMEENTE GOUDA" (a Dutch word too: the cheese)
        town = town or (prev_low == "gemeente" and low in places)
        # a city abroad after "from", "uit", "in": "FROM MANCHESTER" (a Dutch word too: corduroy)
        abroad = prev_low in _LOCATIVES and low in world_cities()[0] and not ordinary_english(low)
        # ... and in English a Dutch town that is a Dutch word: "MEETING AT BIBLIOTHEEK LEIDEN"
        abroad = abroad or (english and len(low) >= 4 and low in places and low in ordinary
                            and prev_low not in _BEFORE_NOUN and prev_low not in _INTERFIX_WORDS
                            and low not in _FUNCTION_WORDS and not ordinary_english(low))
        as_word = (low in ordinary or low in _FUNCTION_WORDS or (low in chat and low not in first_any
                                                                 and low not in published) or (
            # in a text of Polish, Romanian, Turkish ..., a frequent word of theirs in no name or place list: "NIC NIE
            # ROZUMIAŁAM" (not in a Dutch text: "MIJN PLEEGZOON FILIP NOWAK"; nor a rarer word after a name: "ANDREEA
            # CONSTANTINESCU")
            foreign_text and not (prev_name and foreign_zipf(low) < 4.5) and low not in first_any and low not in all_surnames and low not in places
            and foreign_side(low) == 1 and low not in world_cities()[0] and not listed_name(low)) or (
            # a frequent English word in no name or place list, in a text with more English function words than Dutch
            # ones that is too short to be read as English: "WAITING 7 MONTHS IS TOO LONG", "GROEP 4 AND GROEP 6, BOTH"
            englishish and low not in first_any and low not in all_surnames and low not in places and len(low) >= 3
            and frequencies().at_least(low, 4.8, "en") and ordinary_english(low)) or (
            english and low not in first_any and low not in all_surnames
            and ordinary_english(stem := low.removesuffix("'s").removesuffix("’s"))
            and frequencies().at_least(stem, 3.0, "en"))) and not (
            (after_ifx and low in all_surnames) or (prev_name and (low in surnames or (
                low in first_any and low not in ordinary))) or namey or rare_word_name or town or abroad
            or subject_name) \
            or (len(low) >= 10 and low not in places and low not in first_any and low not in all_surnames
                and not abroad and not town and low not in world_cities()[0] and low not in streets
                and _compound(low, ordinary)) \
            or (english and low in _EN_PRONOUNS)  # "ANNE MARIE", but "ROSE, MY DAUGHTER'S"
        if len(tok) == 1 and text[m.start() - 1:m.start()] != "." and (nxt := _INITIAL_NEXT_RE.match(text, m.end())) \
                is not None and (
                nxt.group(1).lower() not in ordinary or nxt.group(1).lower() in all_surnames):
            as_word = False  # an initial before a surname: "NAAM: P. ANDERSSON", "T.N.V. J. DE VRIES"
        # each part of a compound name gets its capital: "Oud-Beijerland", "Hoogezand-Sappemeer"
        new = low if as_word else tok if low in _KEPT_ACRONYMS else "-".join(p[:1] + p[1:].lower() for p in tok.split("-"))
        prev_low = low
        prev_name, after_ifx = not as_word and low not in streets, False  # (a street is no name: "DE KERKSTRAAT, DE KINDEREN")
        if len(new) != len(tok):
            return None
        parts.append(text[pos:m.start()])
        parts.append(new)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
