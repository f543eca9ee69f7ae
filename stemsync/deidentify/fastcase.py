"""Faster case-insensitive scans.

Python's ``re`` scans a text with an IGNORECASE pattern several times slower than with
the same pattern without the flag: it cannot skip ahead to the characters a match must
start with, and folds the case of every character it compares. Most of the annotators'
patterns are case-insensitive and find nothing in most comments.

:func:`accelerate` wraps each such pattern of a module: before the real scan, a
case-sensitive copy scans the lowercase text; when it finds nothing, neither would the
pattern, and the scan is skipped; when it finds something, the real scan starts at that
place. The result is exactly the pattern's own. A pattern qualifies only when its
lowercase copy is equivalent on lowercase text: no capital letter in its literals or
character sets and no case-sensitive part (``(?-i:...)``). A text whose lowercase has
another length (a few letters such as "İ") or holds a letter IGNORECASE takes for another
("ı" for "i", "ſ" for "s") is scanned the ordinary way.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, MutableMapping
from typing import Any

try:  # (the parser and the extra case equivalences of the running Python's re)
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an older or other Python: wrap nothing
    _casefix = _constants = _parser = None

# letters that IGNORECASE takes for another letter than their lowercase ("ı" for "i")
_VARIANTS: frozenset[str] = frozenset(
    chr(c) for k, extra in (_casefix._EXTRA_CASES.items() if _casefix else ()) for c in (k, *extra)
) - {"i", "s"}

_last: tuple[str | None, str | None] = (None, None)


def _lowered(text: str) -> str | None:
    """``text`` in lowercase when every offset stays and IGNORECASE means lowercase equality;
    else None. (The last text is remembered: the finders scan the same comment many times.)"""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if len(low) != len(text) or (not text.isascii() and not _VARIANTS.isdisjoint(low)):
        low = None
    _last = (text, low)  # (one assignment: safe between threads)
    return low


def _lowercase_safe(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` without IGNORECASE matches the lowercase of a text exactly where
    it matches the text itself."""
    if _parser is None or not pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return False
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001  (not a pattern this check understands: leave it alone)
        return False
    c = _constants

    def cased(ch: int) -> bool:
        return chr(ch).lower() != chr(ch)

    def safe(items: Any) -> bool:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if cased(av):
                    return False
            elif op is c.IN:
                for o, a in av:
                    if (o is c.LITERAL and cased(a)) or (o is c.RANGE and any(cased(x) for x in range(a[0], a[1] + 1))):
                        return False
            elif op is c.SUBPATTERN:
                if av[2] & re.IGNORECASE or not safe(av[3]):  # "(?-i:...)": a case-sensitive part
                    return False
            elif op is c.BRANCH:
                if not all(safe(b) for b in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not safe(av[2]):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not safe(av[1]):
                    return False
            elif op is c.ATOMIC_GROUP:
                if not safe(av):
                    return False
            elif op is c.GROUPREF_EXISTS:
                if not safe(av[1]) or (av[2] is not None and not safe(av[2])):
                    return False
            elif op in (c.GROUPREF, c.GROUPREF_IGNORE):
                return False  # (a back-reference compares text: leave it to the real pattern)
        return True

    return safe(tree)


class FastIgnoreCase:
    """A case-insensitive pattern whose ``finditer``, ``search`` and ``findall`` first scan
    the lowercase text with a case-sensitive copy (see the module's docstring); every other
    attribute is the pattern's own."""

    __slots__ = ("_pattern", "_lower", "match", "fullmatch", "sub", "subn", "split", "pattern", "flags", "groups",
                 "groupindex")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        # (the pattern's own, as attributes: a match at one place needs no help, and costs no lookup)
        self.match, self.fullmatch, self.sub, self.subn, self.split = (
            pattern.match, pattern.fullmatch, pattern.sub, pattern.subn, pattern.split)
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"FastIgnoreCase({self._pattern!r})"

    def _start(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the first match can start (``pos`` when the text cannot be checked), or None."""
        low = _lowered(text)
        if low is None:
            return pos
        m = self._lower.search(low, pos, endpos)
        return None if m is None else m.start()

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        start = self._start(text, pos, endpos)
        return iter(()) if start is None else self._pattern.finditer(text, start, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        start = self._start(text, pos, endpos)
        return None if start is None else self._pattern.search(text, start, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        start = self._start(text, pos, endpos)
        return [] if start is None else self._pattern.findall(text, start, endpos)


def accelerate(namespace: MutableMapping[str, Any]) -> None:
    """Wrap the module-level case-insensitive patterns of ``namespace`` (a module's
    ``globals()``, at its end) that qualify, also inside module-level tuples and lists of
    patterns, so that ``rx is _SOME_RE`` still holds."""
    done: dict[int, Any] = {}

    def wrap(value: Any, depth: int = 0) -> Any:
        if isinstance(value, re.Pattern):
            if id(value) not in done:
                done[id(value)] = FastIgnoreCase(value) if _lowercase_safe(value) else value
            return done[id(value)]
        if depth < 2 and isinstance(value, tuple) and any(isinstance(v, (re.Pattern, tuple)) for v in value):
            return tuple(wrap(v, depth + 1) for v in value)
        if depth < 2 and isinstance(value, list) and any(isinstance(v, (re.Pattern, tuple)) for v in value):
            value[:] = [wrap(v, depth + 1) for v in value]
            return value
        return value

    for name, value in list(namespace.items()):
        if not name.startswith("__"):
            namespace[name] = wrap(value)
