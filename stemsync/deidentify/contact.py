"""E-mail addresses (also "naam(at)domein.nl"), URLs with or without a scheme, and
handles ("@sanne_2009")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, Span, _Ctx, _I, _strip_trailing

_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[\w.+%'-]+"
    r"\s?(?:@|\(at\)|\[at\]|\{at\})\s?"
    r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])",
    _I,
)
_URL_SCHEME_RE = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+", _I)
_TLDS = (
    "nl|com|org|net|eu|be|de|info|io|nu|app|online|frl|me|tv|co|uk|fr|biz|site|shop|"
    "blog|ly|gl|to|gg|link|page|amsterdam|nl/[\\w-]+"
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
_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")

_DOMAINISH_RE = re.compile(r"[a-z0-9]\.[a-z]{2}", _I)

def _find_emails_urls(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if "@" in text or "(at)" in text or "[at]" in text:
        for m in _EMAIL_RE.finditer(text):
            yield m.start(), _strip_trailing(text, m.start(), m.end()), "e-mailadres", HIGH
        for m in _HANDLE_RE.finditer(text):
            yield m.start(), m.end(), "naam", HIGH
    if "://" in text or "www." in ctx.lower or _DOMAINISH_RE.search(text):
        for rx in (_URL_SCHEME_RE, _URL_BARE_RE, _URL_PATH_RE):
            for m in rx.finditer(text):
                yield m.start(), _strip_trailing(text, m.start(), m.end()), "url", HIGH
