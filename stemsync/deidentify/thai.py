"""Names written in Thai. Thai writes no blank between words, but a blank between phrases, and a person's name
comes after a word that introduces it: ชื่อ (named), ลูกสาว / ลูกชาย / บุตรสาว / บุตรชาย (daughter, son), น้อง
(younger one), คุณ (Mr or Mrs), ครู (teacher), ด.ญ. / ด.ช. (girl, boy), นาย / นาง / นางสาว (Mr, Mrs, Miss),
หลาน (grandchild). The Thai letters after such a word, up to the next blank or sign, are the name ("ลูกสาวชื่อ
มะลิ อายุ", "ด.ญ.มะลิ", "น้องมะลิ ดีใจ"); after ชื่อ a second run of letters is the surname ("ชื่อ สมศรี ใจดี").
Not "ขอบคุณ" (thank you), which ends in คุณ.

A town comes after ที่ / ใน / อยู่ / จาก / เมือง (at, in, live, from, town) and is written in Thai letters as it
sounds: its consonants, transliterated with ``anyascii``, are those of a Dutch town or a city of the world
("ไอนด์โฮเฟน" ndhfn ~ Eindhoven, "อัมสเตอร์ดัม" mstrdm ~ Amsterdam), one letter off for a Dutch town
("รอตเตอดัม" rtdm ~ Rotterdam).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import _name_lists, deletion_index, one_letter_from, world_cities
from stemsync.deidentify.fastcase import accelerate

_THAI_RE = re.compile(r"[\u0E00-\u0E7F]")
_INTRO = r"(?:ชื่อ|ลูกสาว|ลูกชาย|บุตรสาว|บุตรชาย|ด\.ญ\.|ด\.ช\.|น้อง|(?<!ขอบ)คุณ|ครู|นางสาว|นาย|นาง|หลาน)"
_NAME_RE = re.compile(rf"(?P<intro>{_INTRO}(?:\s*{_INTRO})*)\s?(?P<name>[\u0E01-\u0E4E]{{2,12}})(?=[\s.,!?)]|$)")
_SURNAME_RE = re.compile(r"\s(?P<surname>[\u0E01-\u0E4E]{2,12})(?=[\s.,!?)]|$)")
# words that follow an introducing word or a name and are none: "ครูประจำชั้น" (class teacher), "คุณแม่" (mother),
# "ขอบคุณครูมากค่ะ" (thank you very much, teacher), "มะลิ อายุ" (Mali, aged)
_NOT_NAMES = frozenset("""แม่ พ่อ ครู ประจำชั้น ค่ะ ครับ คะ นะคะ ทุกคน ทุกท่าน ของ ที่ และ ผู้ช่วย อายุ เรียน เกิด อยู่
ชอบ ดีใจ มารดา บิดา กับ เป็น ได้ ไป มา ก็ จะ ยัง""".split())
_NOT_NAME_STARTS = ("มาก", "ค่ะ", "ครับ", "ที่", "และ", "ทุก", "ของ", "ประจำ", "อายุ")


def find_thai_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _THAI_RE.search(text):
        return
    for m in _NAME_RE.finditer(text):
        if m.group("name") in _NOT_NAMES or m.group("name").startswith(_NOT_NAME_STARTS):
            continue
        end = m.end("name")
        surname = _SURNAME_RE.match(text, end) if m.group("intro").endswith("ชื่อ") else None
        if surname and (surname.group("surname") in _NOT_NAMES or surname.group("surname").startswith(_NOT_NAME_STARTS)):
            surname = None
        yield m.start("name"), surname.end() if surname else end, "naam", LOW


_LOCATIVE = ("อยู่ที่", "ที่", "ใน", "อยู่", "จาก", "เมือง")
_PLACE_RE = re.compile(r"(?:ที่|ใน|อยู่|จาก|เมือง)\s?(?P<w>[\u0E01-\u0E4E]{3,24})(?=[\s.,!?)\-—A-Za-z]|$)")
_VOWELS_RE = re.compile(r"[aeiouyw]")


def _skeleton(latin: str) -> str:
    """The consonants of a name as Thai writes them: no "v" (ฟ f), no "c" (ค k)."""
    s = latin.lower().replace("v", "f").replace("ch", "k").replace("c", "k").replace("th", "t")
    s = re.sub(r"[^a-z]", "", _VOWELS_RE.sub("", s))
    return re.sub(r"(.)\1+", r"\1", s)


@functools.cache
def _town_skeletons() -> tuple[frozenset[str], dict[str, str]]:
    dutch = {_skeleton(t) for t in _name_lists().places}
    world = {_skeleton(t) for t in world_cities()[0]}
    exact = {sk for sk in dutch if len(sk) >= 3} | {sk for sk in world if len(sk) >= 4}
    return frozenset(exact), deletion_index(sk for sk in dutch if len(sk) >= 4)


# the places everyone goes to after "at" or "in" ("ที่โรงเรียน" at school, "ที่บ้าน" at home), and the countries
_THAI_PLACE_WORDS = ("โรงเรียน", "บ้าน", "ทำงาน", "โรงพยาบาล", "ร้าน", "ห้อง", "ตลาด", "วัด", "ประเทศ", "ต่างประเทศ",
                     "เนเธอร์แลนด์", "ฮอลแลนด์", "เมืองไทย", "นี่", "นั่น", "นี้", "นั้น", "ไหน", "ศูนย์", "สำนักงาน",
                     "คลินิก", "ทะเล", "สวน", "ครัว", "ห้องเรียน", "เดียวกัน")


def _thai_town(word: str) -> bool:
    if word.startswith(_THAI_PLACE_WORDS):
        return False
    try:
        from anyascii import anyascii  # noqa: PLC0415
    except ImportError:  # pragma: no cover - anyascii is a dependency
        return False
    sk = _skeleton(anyascii(word))
    exact, near = _town_skeletons()
    return len(sk) >= 3 and sk in exact or len(sk) >= 4 and one_letter_from(sk, near)


def find_thai_places(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _THAI_RE.search(text):
        return
    for m in _PLACE_RE.finditer(text):
        word, start = m.group("w"), m.start("w")
        stripped = True
        while stripped:
            stripped = False
            for loc in _LOCATIVE:
                if word.startswith(loc) and len(word) - len(loc) >= 3:
                    word, start, stripped = word[len(loc):], start + len(loc), True
                    break
        if _thai_town(word):
            yield start, m.end("w"), "plaats", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
