"""A Dutch school named in a comment written in another language: after that language's word for school ("школу
De Regenboog", "مدرسه De Regenboog", "mana barumsaa de regenboog", "ትምህርት ቤት de kameleon", "เรียนที่ De
Springplank", "სკოლაში (De Regenboog)"), or a name many Dutch schools share ("het baken", "de klimop":
``data/common_school_names.txt``) right after a word of another script or language ("不想去de pijler", "у HET
ELEMENT", "sa het baken"). A school abroad with its number is one too ("թիվ 55 դպրոցում", "მე-5 საჯარო სკოლაში",
"2ο Γυμνάσιο", "школа № 5"), and an Indonesian or Malaysian school by its type ("SD Negeri 3 Yogyakarta", "SK Taman
Tun Dr Ismail").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import words
from stemsync.deidentify.fastcase import accelerate

# the word for school (and kindergarten, gymnasium) in the families' languages, and "study at" in Thai and Chinese
_SCHOOL_WORDS = (r"школ[аеуыіи]|школою|гимнази[яиюей]|гімназі[яїю]|лице[йяю]|ліце[йюя]|садик|садок|σχολεί[οα]|σχολειο|"
                 r"γυμνάσιο|λύκειο|δημοτικό|դպրոց(?:ում|ը|ի|ից)?|სკოლ(?:ა|აში|ის|ის)|skolashi|skola|shkoll[aë]|škol[aeu]|"
                 r"مدرسه(?:‌ی|ٔ)?|مدرسة|مکتب|اسکول|سکول|mana\s+barumsaa|manna\s+barumsaa|ትምህርት\s?ቤት|ትምህርትቤት|"
                 r"เรียนที่|โรงเรียน|学校|上学|就讀|就读|小学|中学|trường|paaralan|eskwelahan|okulu?|madrasa|"
                 # (forty-second session: Indonesian and Malay, French, Swedish, Danish, Norwegian, Icelandic, Finnish,
                 # Swahili)
                 r"sekolah|école|ecole|skolan|skolen|skólann|skóla|koulu(?:a|un|ssa|sta|lle|lla)?|shule(?:ni)?")
_NAME = r"(?:\(\s*)?(?P<name>(?-i:(?:[Dd]e|[Hh]et|DE|HET|'t)\s+[A-Za-z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
_AFTER_WORD_RE = re.compile(rf"(?:{_SCHOOL_WORDS})\s*{_NAME}", re.I)
_GATE_RE = re.compile(rf"{_SCHOOL_WORDS}", re.I)
# a common school name after another script's letter or a short word of another language
_COMMON_RE = re.compile(r"(?:(?<=[^\x00-\u024F\s])|(?<=[^\x00-\u024F\s]\s)|"
                        + "|".join(rf"(?<=\b{w}\s)" for w in ("sa", "dar", "tu", "be", "ve", "u", "v", "w", "ab", "ke", "ka",
                                                                 "di", "på", "i", "til"))
                        + r")(?P<name>(?:de|het|'t)\s+(?P<w>[^\W\d_]+))", re.I)
# a numbered school abroad: Armenian, Georgian, Greek, Russian and Ukrainian
_NUMBERED_RE = re.compile(r"(?:[^\W\d_]+\s+)?թիվ\s*\d+\s*դպրոց\w*|(?:[^\W\d_]+\s+)?მე-\d+\s+(?:საჯარო\s+)?სკოლ\w*|"
                          r"\d+(?:ο|η)\s+(?:Γυμνάσιο|Λύκειο|Δημοτικό)(?:\s+[Α-Ω][^\W\d_]+)?|"
                          r"(?:школ[аеуыіи]|гимнази[яиюей]|гімназі[яїю]|лице[йяю])\s*(?:№|N|номер)\s*\d+", re.I)
# Indonesian and Malaysian schools by their type and number or name: "SD Negeri 3 Yogyakarta", "SMP Negeri 5 Semarang",
# "SK Taman Tun Dr Ismail" (Sekolah Kebangsaan), also lowercase after "sekolah (di)"
_ASIAN_SCHOOL_RE = re.compile(
    r"(?<![\w-])(?-i:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MTsN?|MIN)\s+(?:(?-i:Negeri)\s+)?\d{1,3}(?!\d)(?:\s+(?-i:[A-Z])[a-z]+){0,2}"
    r"|(?<![\w-])(?-i:SK|SJK|SRK|SMK)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}"
    r"|(?:(?<=\bsekolah\s)|(?<=\bsekolah\sdi\s))(?:sk|sd|smp|sma|smk)\s+[a-z]+(?:\s+(?!(?:di|dan|ke|sekarang|dulu|yang|itu)\b)[a-z]+){0,4}")
_ASIAN_SCHOOL_GATE_RE = re.compile(r"\b(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MTsN?|MIN|SK|SJK|SRK|sekolah)\b")
_NOT_NAMES = frozenset("de het 't ik we wij hij zij ze je jij u en of maar".split())


@functools.cache
def _common() -> frozenset[str]:
    return words("common_school_names")


def find_world_schools(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if not text.isascii() or _GATE_RE.search(text):
        for m in _AFTER_WORD_RE.finditer(text):
            name = m.group("name")
            if name.split()[-1].lower() not in _NOT_NAMES and len(name) >= 3:
                yield m.start("name"), m.end("name"), "school", LOW
    if not text.isascii():
        for m in _NUMBERED_RE.finditer(text):
            yield m.start(), m.end(), "school", LOW
    if _ASIAN_SCHOOL_GATE_RE.search(text):
        for m in _ASIAN_SCHOOL_RE.finditer(text):
            yield m.start(), m.end(), "school", LOW
    if ctx.words & _common():
        for m in _COMMON_RE.finditer(text):
            if m.group("w").lower() in _common():
                yield m.start("name"), m.end("name"), "school", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
