"""The redactor: each resolved span is replaced by its readable Dutch tag, "[naam]"."""

from __future__ import annotations

from collections.abc import Sequence

from stemsync.deidentify.common import Span


def _redact(text: str, spans: Sequence[Span]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, kind, _conf in spans:
        parts.append(text[pos:start])
        parts.append(f"[{kind}]")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
