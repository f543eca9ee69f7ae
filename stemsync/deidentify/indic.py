"""Names written in the scripts of India (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
Malayalam): "मेरी बेटी अनन्या", "ਜਸਪ੍ਰੀਤ ਹੁਣ ਠੀਕ ਹੈ", "ఆరవ్ (౯ ఏళ్ళ)". Families write a comment so, or a name so in a
Dutch sentence; the lists know the names in Latin letters only.

These scripts write a consonant with its short "a" unless a sign removes it, and ``anyascii`` leaves that "a" out:
"अनन्या" reads "annya", "ఆరవ్" "arv", "ਜਸਪ੍ਰੀਤ" "jsprit". A word is a name when its reading is a first name of the
lists with some of its "a"s left out ("ananya", "aarav", "jasprit"; long vowels and "sh" read as "anyascii" writes
them: "ee" as "i", "sh" as "s"), four letters at least, and it is no frequent word of Hindi, Bengali, Tamil or Urdu
(wordfreq: "बेटी", daughter, is a word; the other scripts have no frequencies there, and a reading must match a name
exactly but for its "a"s). After the word for "my son", "my daughter", "name" ("मेरी बेटी", "ਮੇਰਾ ਪੁੱਤਰ", "ఆమె పేరు") a
word that is no frequent word is a name too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import _name_lists, wordfreq_zipf
from stemsync.deidentify.fastcase import accelerate

_INDIC_RE = re.compile(r"[\u0900-\u0D7F]")
_WORD_RE = re.compile(r"[\u0900-\u0D7F\u200c\u200d]+")
# the scripts whose language wordfreq holds (Devanagari read as Hindi, Bengali, Tamil)
_LANGUAGE_OF = ((re.compile(r"[\u0900-\u097F]"), "hi"), (re.compile(r"[\u0980-\u09FF]"), "bn"),
                (re.compile(r"[\u0B80-\u0BFF]"), "ta"))
_WORD_ZIPF = 4.0
_SHORTEST = 4
# "my son/daughter", "son", "daughter", "name", "brother", "sister" in Hindi, Marathi, Punjabi, Gujarati, Bengali,
# Telugu, Tamil, Kannada, Malayalam: the word after is a person's name ("मेरी बेटी अनन्या", "ఆమె పేరు లావణ్య")
_BEFORE_A_NAME = frozenset("""बेटी बेटा बेटे पुत्र पुत्री नाम भाई बहन दीदी मुलगा मुलगी ਪੁੱਤਰ ਧੀ ਨਾਮ ਮੁੰਡਾ ਕੁੜੀ ਭਰਾ ਭੈਣ
દીકરી દીકરો નામ મેয়ে ছেলে নাম পেరు కొడుకు కూతురు అమ్మాయి అబ్బాయి మా పేరు மகன் மகள் பெயர் ಮಗ ಮಗಳು ಹೆಸರು മകൻ മകൾ പേര്
মেয়ে""".split())


# the most frequent words of these languages that read as a name ("ਮੇਰਾ" mera, my; "મારી" mari, my; "ਹੁਣ" hun, now):
# readings as ``_normal`` writes them (the scripts other than Devanagari, Bengali and Tamil have no frequencies here)
_NOT_NAMES = frozenset("""mera meri mere mra mri mre mari maro mare mara mru tera teri tere tra tri hamar hamara hamari
hmar hmara hmari hamre sada sadi sade sda sdi tusi tuhada hun hn ab abi abhi aj aaj kal bas sab mai main ham apna apni
apne apn uska uski unka unki yeh veh voh vo jab tab kab kya kyu nahi nahin ma maa papa beta beti bhai didi mama nana nani
dada dadi kaka kaki mami chacha chachi bua masi mausi amma appa akka anna tambi thambi chechi chetan ammachi ayya ji sir
madam skul sal saal varsh ame aame avan aval adu idu peru naan nan nanu enna ente ninte avar avaru keli kela
kele kar karo kari khusi kusi saym""".split())  # (sixtieth session: Telugu "సహాయం", help, reads "saym" like "Shaymaa")


def _reading(word: str) -> str:
    try:
        from anyascii import anyascii  # noqa: PLC0415
    except ImportError:  # (without it no word of these scripts is read as a name)
        return ""
    return re.sub(r"[^a-z]", "", anyascii(word).lower())


def _normal(latin: str) -> str:
    """A Latin spelling as ``anyascii`` writes these scripts: "ee" as "i", "oo" as "u", "sh" as "s", no doubled letter."""
    out = latin.replace("ee", "i").replace("oo", "u").replace("sh", "s").replace("w", "v")
    return re.sub(r"(.)\1+", r"\1", out)


@functools.cache
def _names_by_consonants() -> dict[str, tuple[str, ...]]:
    """The first names of the lists by their spelling without any "a" (normalised), for the reading's look-up."""
    out: dict[str, list[str]] = {}
    for name in _name_lists().first_any:
        if len(name) >= _SHORTEST and name.isalpha() and name.isascii():
            norm = _normal(name)
            out.setdefault(norm.replace("a", ""), []).append(norm)
    return {k: tuple(v) for k, v in out.items()}


def _without_some_as(reading: str, name: str) -> bool:
    """``reading`` is ``name`` with some of its "a"s left out ("annya" of "ananya")."""
    i = 0
    for ch in name:
        if i < len(reading) and reading[i] == ch:
            i += 1
        elif ch != "a":
            return False
    return i == len(reading)


def indic_name(word: str) -> bool:
    """The word of an Indian script reads as a first name of the lists."""
    reading = _normal(_reading(word))
    if len(reading) < _SHORTEST - 1 or reading in _NOT_NAMES:
        return False
    return any(_without_some_as(reading, name) for name in _names_by_consonants().get(reading.replace("a", ""), ()))


def _frequent(word: str) -> bool:
    return any(script.search(word) and wordfreq_zipf(word, lang) >= _WORD_ZIPF for script, lang in _LANGUAGE_OF)


def find_indic_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _INDIC_RE.search(text):
        return
    previous, previous_end = "", -1
    for m in _WORD_RE.finditer(text):
        word = m.group()
        after_kin = previous in _BEFORE_A_NAME and text[previous_end:m.start()].isspace()
        if word not in _BEFORE_A_NAME and not _frequent(word) and (indic_name(word) or after_kin):
            yield m.start(), m.end(), "naam", LOW
        previous, previous_end = word, m.end()


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
