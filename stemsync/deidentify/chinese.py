"""Names and places written in Chinese characters ("我女儿林佳怡", "老公陈伟", "我们住在鹿特丹").

Chinese writes no blank between words and no capitals, so the text is cut into words and tagged by ``jieba``
(its dictionary and its hidden-Markov model for words it does not know): a word tagged as a person's name (nr) or
a place (ns) is taken when it is no frequent word (wordfreq, Chinese) and no country. A person's name is taken when
it opens with a frequent surname (``data/chinese_surnames.txt``: "林佳怡", "張" + "美玲"), is a pet name with 小
or 阿 ("小明", "阿杰") or a doubled character ("丽丽"), or is three characters or more (a foreign name or town
spelt in characters: "埃因霍温", "斯希丹"); "和睦" (harmony) and "谢谢" (thanks), which the tagger takes for names,
stay. Japanese text (kana) is left alone: jieba reads Chinese only.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.foreign import _lang_zipf as lang_zipf
from stemsync.deidentify.lists import entries
from stemsync.deidentify.fastcase import accelerate

_HAN_RE = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
_HAN_WORD_RE = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+")
_KANA_RE = re.compile(r"[\u3040-\u30FF]")
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
_WORD_ZIPF = 4.5  # a Chinese word this frequent is a word, whatever the tagger says ("老公", "荷兰")
_GREETINGS = frozenset({"敬啟者", "敬启者"})  # ("to whom it may concern", tagged as a name)


@functools.cache
def _tagger():
    import jieba  # noqa: PLC0415 (loaded when a text in Chinese comes)
    import jieba.posseg  # noqa: PLC0415

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(entries("chinese_surnames"))


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(entries("countries_chinese"))


def _zipf(word: str) -> float:
    return lang_zipf(word, "zh")


def _person(word: str) -> bool:
    if word in _GREETINGS:
        return False
    if word[:1] in _surnames() or word[:2] in _surnames():
        return True
    return word[0] in "小阿" and len(word) == 2 or len(word) == 2 and word[0] == word[1] or len(word) >= 3


def find_chinese_names(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if text.isascii() or not _HAN_RE.search(text) or _KANA_RE.search(text):
        return
    tagger = _tagger()
    for run in _HAN_WORD_RE.finditer(text):
        pos = run.start()
        pairs = [(p.word, p.flag) for p in tagger.cut(run.group())]
        for i, (word, flag) in enumerate(pairs):
            start, pos = pos, pos + len(word)
            if flag in _NAME_TAGS:
                if len(word) == 1 and word in _surnames() and i + 1 < len(pairs) and 1 <= len(pairs[i + 1][0]) <= 2 \
                        and pairs[i + 1][1] in ("nr", "nz", "n", "x", "ns"):
                    yield start, start + 1 + len(pairs[i + 1][0]), "naam", LOW  # ("張" + "美玲", "周" + "建华")
                elif len(word) >= 2 and _person(word) and _zipf(word) < _WORD_ZIPF:
                    yield start, pos, "naam", LOW
            elif flag == "ns" and len(word) >= 2 and word not in _countries() and _zipf(word) < _WORD_ZIPF:
                yield start, pos, "plaats", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
