"""Names written in Thai. Thai writes no blank between words, but a blank between phrases, and a person's name
comes after a word that introduces it: ชื่อ (named), ลูกสาว / ลูกชาย / บุตรสาว / บุตรชาย (daughter, son), น้อง
(younger one), คุณ (Mr or Mrs), ครู (teacher), ด.ญ. / ด.ช. (girl, boy), นาย / นาง / นางสาว (Mr, Mrs, Miss),
หลาน (grandchild). The Thai letters after such a word, up to the next blank or sign, are the name ("ลูกสาวชื่อ
มะลิ อายุ", "ด.ญ.มะลิ", "น้องมะลิ ดีใจ"); after ชื่อ a second run of letters is the surname ("ชื่อ สมศรี ใจดี").
Not "ขอบคุณ" (thank you), which ends in คุณ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx

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
