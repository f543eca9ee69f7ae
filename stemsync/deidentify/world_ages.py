"""Ages written in another language or script, or in its transliteration, beside a Dutch sentence: the word that
means "years old" after the number ("9岁", "十五岁", "7 ขวบ", "12 tuổi", "14 տարեկան", "10 წლის", "12 χρονών",
"10 saal ka", "7 salesh", "10 taong gulang"), or the word for "age" or "is" before it ("อายุ 11 ปี", "waggaa 9",
"umriin ishee 7", "είναι 19", "ей 15 let", "የ10 ዓመት").

Only words that say an age are read here, not the word for "years" alone, which is a duration too ("3 saal se",
"2 ปี", "5 năm"): "saal" counts with "ka/ki/ke" after it, "ปี" after "อายุ" (age), "ዓመት" with the "የ" of "a child
of". Figures of other scripts are read as figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.calendars import ascii_figures
from stemsync.deidentify.common import LOW, Span, _Ctx

_N = r"(?<![\d.,/:])(?:[1-9]\d?|1[01]\d)(?![\d.,/:]\d)"
_CJK_N = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
_AGE_RES = (
    # Chinese and Japanese: "9岁", "十五岁", "11歲"
    re.compile(rf"(?:{_N}|{_CJK_N})\s*(?:周岁|周歲|岁|歲|歳)"),
    # Thai: "7 ขวบ"; "อายุ 11 ปี" (age), also with a typo of ปี ("ปึ")
    re.compile(rf"{_N}\s*ขวบ|(?<=อายุ)\s*{_N}(?:\s*(?:ปี|ปึ|ขวบ))?"),
    # Vietnamese, also without its accents and with a typo: "12 tuổi", "6 tủoi", "12 tuoi"
    re.compile(rf"{_N}\s*(?:tuổi|tuoi|tủoi|tuôi|tũoi|tuoỉ)(?!\w)", re.I),
    # Tagalog: "10 taong gulang", "labindalawang taong gulang", "15 anyos"
    re.compile(rf"(?:{_N}|[a-z]+(?:ng|\s+na))\s+(?:taong\s+gulang|taon\s+gulang)|{_N}\s+anyos(?!\w)", re.I),
    # Armenian and Georgian: "14 տարեկան" (and a typo "տարեկն"), "10 წლის", transliterated "9 tslis"
    re.compile(rf"{_N}\s*(?:տարեկան|տարեկն|տարեկանը|წლის|tslis|clis)(?!\w)", re.I),
    # Greek, also transliterated: "12 χρονών", "15 χρονόν", "δεκατεσσάρων ετών" (no: a word age is rare), "13 xronon"
    re.compile(rf"{_N}\s*(?:χρονών|χρονων|χρονον|χρονόν|χρονώ|ετών|ετων|xronon|xronwn|xronon|chronon|eton)(?!\w)", re.I),
    # ... and "είναι 19" (is 19) before no word of time or count
    re.compile(rf"(?:(?<=είναι\s)|(?<=ειναι\s)|(?<=einai\s)|(?<=ine\s)){_N}(?=\s*(?:[,.!?)]|$|και\s|kai\s|τώρα|twra|tora|"
               rf"χρον|xron|στο|sto|στην|stin|ετ))", re.I),
    # Russian and Ukrainian transliterated: "(emu 11)", "ej 15 let", "ей 13 уже", "12 let"
    re.compile(rf"(?:(?<=\bemu\s)|(?<=\bjemu\s)|(?<=\bej\s)|(?<=\bjej\s)|(?<=\bей\s)|(?<=\bему\s)|(?<=\bйому\s)|(?<=\bїй\s))"
               rf"{_N}(?:\s*(?:let|rokiv|лет|років|годиков))?(?!\s*(?:raz|minut|chas|ден|дн|раз|минут|час|недел|месяц))", re.I),
    re.compile(rf"{_N}\s*(?:let|лед|rokiv)(?=\s*(?:[,.!?)]|$|i\s|и\s|уже|uzhe|ей|ему))", re.I),
    # ... "исполнилось 12" (turned 12), "ей только 16" (she is only 16), "10 лет сегодня!" (10 today)
    re.compile(rf"(?:(?<=исполнилось\s)|(?<=исполнится\s)|(?<=виповнилося\s)|(?<=ispolnilos'\s)|(?<=ispolnilos\s)){_N}"
               rf"|(?:(?<=\bей\s)|(?<=\bему\s)|(?<=\bїй\s)|(?<=\bйому\s))(?:только|всего|уже|лише|вже)\s+(?P<n>{_N})"
               rf"(?!\s*(?:раз|минут|час|ден|дн|недел|тижн|месяц|місяц|год))"
               rf"|{_N}\s*(?:лет|годиков|годика|років)(?=\s*(?:сегодня|исполн|виповн|!))", re.I),
    # Urdu and Hindi transliterated: "10 saal ka", "13 sal ki he", "aath saal ka"; Persian: "7 salesh", "19 salame"
    re.compile(rf"(?:{_N}|ek|do|teen|char|paanch|panch|chhe|che|saat|aath|nau|das|gyarah|barah|terah|chaudah|pandrah|solah|"
               rf"satrah|atharah|unees)\s+(?:saal|sal)(?=\s+(?:ka|ki|ke)\b)|{_N}\s*(?:saal|sal)\s+(?:ka|ki|ke)(?=\s+(?:hai|he|tha|thi|ho|hain)\b)", re.I),
    re.compile(rf"{_N}\s*(?:salesh|saleshe|salame|saleme|salashe|salesh[ae]?)(?!\w)|{_N}\s*(?:ساله|سالشه|سالمه)", re.I),
    # ... a figure with "ka/ki hai" (Urdu: "is of N"): "ab 17 ka hai", "7 ki hai"; Pashto "years old": "اته کلنه"
    re.compile(rf"{_N}(?=\s+(?:ka|ki)\s+(?:hai|he|tha|thi|ho)\b)|(?:{_N}|[\u0600-\u06FF]+)\s*کلن(?:ه|ې|ی)?(?![\u0600-\u06FF])", re.I),
    # Afaan Oromo: "waggaa 9" (years, before the number), "umriin ishee 7" (her age)
    re.compile(rf"\b(?:waggaa|wagga|wagaa)\s+{_N}(?!\s*(?:booda|dura|oliif|keessa|darbe))"
               rf"|(?:(?<=umriin\sishee\s)|(?<=umrin\sishee\s)|(?<=umriin\sisaa\s)|(?<=umrin\sisaa\s)){_N}", re.I),
    # Amharic and Tigrinya: "የ10 ዓመት" (of 10 years: a child's age), "(8 አመት)"
    re.compile(rf"(?<=የ){_N}\s*(?:ዓመት|አመት|ዓመቱ|ዓመቷ)|(?<=\(){_N}\s*(?:ዓመት|አመት)(?=\))|{_N}\s*(?:ዓመቱ|ዓመቷ|ዓመቱን|ዓመቷን)"),
)
_GATE_RE = re.compile(r"[^\x00-\u024F]|\d\s+k[ai]\s+h|saal|sal |salesh|salam|salem|tslis|xron|chron|taong|anyos|tuoi|let\b|emu |ej |waggaa|"
                      r"wagga|wagaa|umri|einai|ine ", re.I)


def find_world_ages(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.n_digits and ctx.text.isascii() or not _GATE_RE.search(ctx.text):
        return
    norm = ascii_figures(ctx.text)
    for regex in _AGE_RES:
        for m in regex.finditer(norm):
            if "n" in regex.groupindex and m.group("n"):
                yield m.start("n"), m.end("n"), "leeftijd", LOW  # (the figure only: "ей только 16")
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield start, m.end(), "leeftijd", LOW
