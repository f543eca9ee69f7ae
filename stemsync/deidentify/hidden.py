"""Characters that hide a value from a filter but not from a reader.

Keycap digits ("0️⃣6️⃣ 1️⃣2️⃣"), invisible characters typed inside a word or a number
("06\u200b1234 5678", "San\u00adne"), and full-width, mathematical or circled letters and
digits ("０６", "𝟎𝟔", "①②") look like plain text on a screen. The annotators read a
plain copy of such a text; the spans they find there are mapped back onto the text as it
was written, so the redaction also covers the hiding characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from stemsync.deidentify.common import Span

# a text holds something to read plainly (one search; most texts have none of these)
_GATE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u20e3\uff01-\uff5e\u2460-\u24ff\U0001d400-\U0001d7ff]")
# what is left out of the plain copy: a keycap's marks after its digit ("1\ufe0f\u20e3"), invisible
# characters (a zero-width joiner only inside a word: in "👨‍👩‍👧" it joins emoji)
_DROP_RE = re.compile("(?<=[0-9#*])\ufe0f?\u20e3|[\u00ad\u200b\u200c\u2060\ufeff]|(?<=\\w)\u200d(?=\\w)")
# letters and digits written in another form of the same character: read as their plain form
_COMPAT_RE = re.compile("[\uff01-\uff5e\u2460-\u24ff\U0001d400-\U0001d7ff]")


class Plain:
    """A plain copy of a text and, for each of its characters, where it was written."""

    __slots__ = ("text", "_origin", "_written")

    def __init__(self, written: str) -> None:
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        for m in _DROP_RE.finditer(written):
            self._copy(written, pos, m.start(), parts, origin)
            pos = m.end()
        self._copy(written, pos, len(written), parts, origin)
        origin.append(len(written))
        self.text = "".join(parts)
        self._origin = origin
        self._written = written

    @staticmethod
    def _copy(written: str, start: int, end: int, parts: list[str], origin: list[int]) -> None:
        for i in range(start, end):
            c = written[i]
            if _COMPAT_RE.match(c):
                plain = unicodedata.normalize("NFKC", c)
                parts.append(plain)
                origin.extend([i] * len(plain))
            else:
                parts.append(c)
                origin.append(i)

    def written_spans(self, spans: Iterable[Span]) -> list[Span]:
        """``spans`` of the plain copy as spans of the written text; a span also takes the
        hiding characters right after its last character ("2️⃣1️⃣7️⃣" whole)."""
        out: list[Span] = []
        written = self._written
        for start, end, kind, conf in spans:
            a = self._origin[start]
            b = self._origin[end - 1] + 1 if end > start else a
            while True:
                m = _DROP_RE.match(written, b)
                if not m or m.end() == b:
                    break
                b = m.end()
            out.append((a, b, kind, conf))
        return out


def plain_copy(text: str) -> Plain | None:
    """A plain copy of ``text`` when it holds hiding characters, else None."""
    if not _GATE_RE.search(text):
        return None
    copy = Plain(text)
    return copy if copy.text != text else None
