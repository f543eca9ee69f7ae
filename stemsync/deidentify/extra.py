"""The organisation's own names from configuration (staff, teams, locations,
partners...): always redacted, case-insensitive, whole words, and they cut through
fuzzy findings of the other annotators."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from stemsync.deidentify.common import HIGH, Span, _I
from stemsync.deidentify.fastcase import FastIgnoreCase, _lowercase_safe
from stemsync.deidentify.kinds import EXTRA_NAME_CATEGORIES, KINDS
from stemsync.deidentify.lists import _FUNCTION_WORDS, _WORD_COLLISIONS
from stemsync.deidentify.fastcase import accelerate

def _compile_terms(terms: Iterable[str]) -> re.Pattern[str] | FastIgnoreCase | None:
    pats = []
    for term in sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True):
        # (in lowercase: the same case-insensitive pattern, and one stemsync.deidentify.fastcase can speed up)
        words = [w.lower() if len(w.lower()) == len(w) else w for w in term.split()]
        pats.append(r"[\s\-_]+".join(re.escape(w) for w in words))
    if not pats:
        return None
    rx = re.compile(r"(?<![\w@.])(?:" + "|".join(pats) + r")(?![\w@])", _I)
    return FastIgnoreCase(rx) if _lowercase_safe(rx) else rx


@functools.lru_cache(maxsize=32)
def _compile_terms_cached(terms: tuple[str, ...]) -> re.Pattern[str] | FastIgnoreCase | None:
    return _compile_terms(terms)


@dataclass(frozen=True)
class _ExtraNames:
    patterns: tuple[tuple[str, re.Pattern[str] | FastIgnoreCase], ...] = ()

    @classmethod
    def from_config(cls, extra: Mapping[str, Sequence[str]] | None) -> _ExtraNames:
        if not extra:
            return cls()
        by_kind: dict[str, set[str]] = {}
        for category, terms in extra.items():
            key = category.strip().lower()
            kind = EXTRA_NAME_CATEGORIES.get(key, key if key in KINDS else None)
            if kind is None:
                raise ValueError(
                    f"unknown extra_names category {category!r}; use one of "
                    f"{sorted(EXTRA_NAME_CATEGORIES)}"
                )
            if isinstance(terms, str):
                raise TypeError(f"extra_names[{category!r}] must be a list of strings")
            bucket = by_kind.setdefault(kind, set())
            for term in terms:
                if not isinstance(term, str) or not term.strip():
                    continue
                bucket.add(term.strip())
                if kind == "medewerker":
                    # "Marieke Jansen" -> "Marieke" alone is redacted too
                    first = term.split()[0]
                    if len(term.split()) > 1 and len(first) >= 3 and first.lower() not in (
                        _FUNCTION_WORDS | _WORD_COLLISIONS
                    ) and not first.endswith("."):
                        bucket.add(first)
        pats = []
        for kind, terms_ in by_kind.items():
            rx = _compile_terms(terms_)
            if rx is not None:
                pats.append((kind, rx))
        return cls(tuple(pats))

    def find(self, text: str) -> Iterator[Span]:
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                yield m.start(), m.end(), kind, HIGH


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
