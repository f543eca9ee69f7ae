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

Most patterns also need one of a few strings in every match: a word ("zoon", "dochter"),
one of the words of an alternation, the "@" of an address. :func:`_needles` reads them from
the parsed pattern, and a scan starts only when one of them is in the text (``in`` on a
string costs a fraction of a scan that tries the pattern at every place). Patterns that do
not qualify for the lowercase scan get this test alone (:class:`Prefiltered`).
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


def _parsed(pattern: re.Pattern[str]) -> Any | None:
    """``pattern`` parsed without IGNORECASE (its parts' own flags stay), or None when this Python's parser is not
    at hand or the pattern is no text pattern it reads. Parsed once per pattern: every test below reads the tree."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        return _parser.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001  (not a pattern these tests understand: leave it alone)
        return None


def _parts(op: Any, av: Any) -> tuple[Any, ...]:
    """The sequences of parsed items inside one item: a group's, each alternative's, a repeat's, a look-around's."""
    c = _constants
    if op is c.SUBPATTERN:
        return (av[3],)
    if op is c.BRANCH:
        return tuple(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return (av[2],)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return (av[1],)
    if op is c.ATOMIC_GROUP:
        return (av,)
    if op is c.GROUPREF_EXISTS:
        return (av[1],) if av[2] is None else (av[1], av[2])
    return ()


def _lowercase_safe(pattern: re.Pattern[str], tree: Any = None) -> bool:
    """Whether ``pattern`` without IGNORECASE matches the lowercase of a text exactly where
    it matches the text itself (``tree``: the pattern :func:`_parsed`, when the caller has it)."""
    if not pattern.flags & re.IGNORECASE:
        return False
    tree = tree if tree is not None else _parsed(pattern)
    if tree is None:
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
            elif op in (c.GROUPREF, c.GROUPREF_IGNORE):
                return False  # (a back-reference compares text: leave it to the real pattern)
            elif op is c.SUBPATTERN and av[2] & re.IGNORECASE:
                return False  # "(?-i:...)": a case-sensitive part
            elif not all(safe(part) for part in _parts(op, av)):
                return False
        return True

    return safe(tree)


def _ignores_case(pattern: re.Pattern[str], tree: Any = None) -> bool:
    """Whether ``pattern`` or a part of it ("(?i:...)") ignores case."""
    if pattern.flags & re.IGNORECASE:
        return True
    tree = tree if tree is not None else _parsed(pattern)
    return tree is None or _has_ignore_case_part(tree)


def _has_ignore_case_part(items: Any) -> bool:
    """Whether a parsed pattern holds a case-insensitive part ("(?i:...)")."""
    return any(op is _constants.SUBPATTERN and av[1] & re.IGNORECASE
               or any(_has_ignore_case_part(part) for part in _parts(op, av)) for op, av in items)


_MAX_STRINGS = 48  # (the strings an exact part of a pattern can match, at most)
_MAX_NEEDLES = 160  # (the strings a match needs one of, at most: each is a fast test of its own)


def _needles(pattern: re.Pattern[str], tree: Any = None) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` without IGNORECASE contains at least one (on
    the lowercase text: the pattern's literals are lowercase), or None when no such short list
    is known. Found on the parsed pattern: a run of literals must occur; of alternatives, one
    of theirs; a repeat at least once, a group and a look-around what they hold; of the parts
    of a sequence the most telling one is kept (``tree``: the pattern :func:`_parsed`, when the caller has it)."""
    tree = tree if tree is not None else _parsed(pattern)
    if tree is None:
        return None
    c = _constants

    def exact(op: Any, av: Any) -> set[str] | None:
        """The strings the item matches, when they are few and the item matches nothing else."""
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN and all(o is c.LITERAL for o, _ in av) and len(av) <= 8:
            return {chr(a) for _, a in av}
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            return exact_seq(av[3])
        if op is c.BRANCH:
            return union(av[1], exact_seq, _MAX_STRINGS)
        return None

    def union(branches: Any, strings_of: Any, most: int) -> set[str] | None:
        """The strings of every alternative together (None when one has none, or when they are too many)."""
        out: set[str] = set()
        for branch in branches:
            strings = strings_of(branch)
            if strings is None or len(out | strings) > most:
                return None
            out |= strings
        return out

    def exact_seq(items: Any) -> set[str] | None:
        out = {""}
        for op, av in items:
            strings = exact(op, av)
            if strings is None or len(out) * len(strings) > _MAX_STRINGS:
                return None
            out = {a + b for a in out for b in strings}
        return out

    def needed(op: Any, av: Any) -> set[str] | None:
        strings = exact(op, av)
        if strings is not None:
            return strings
        if op is c.SUBPATTERN:
            return needed_seq(av[3])
        if op is c.ATOMIC_GROUP:
            return needed_seq(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return needed_seq(av[2]) if av[0] >= 1 else None
        if op is c.ASSERT:  # (a look-ahead or look-behind that must hold: its text is in the text too)
            return needed_seq(av[1])
        if op is c.BRANCH:
            return union(av[1], needed_seq, _MAX_NEEDLES)
        return None

    def score(strings: set[str]) -> tuple[int, bool, int, int]:
        # (three letters are telling enough: then fewer strings are better; a letter tells more than a digit)
        shortest = min(map(len, strings))
        return min(shortest, 3), all(any(ch.isalpha() for ch in s) for s in strings), -len(strings), shortest

    def needed_seq(items: Any) -> set[str] | None:
        best: set[str] | None = None
        run = {""}  # (the strings of the exact items just before: "zoon", "z" + "oon|us")
        for op, av in items:
            strings = exact(op, av)
            if strings is not None and len(run) * len(strings) <= _MAX_STRINGS:
                if run != {""} and (best is None or score(run) > score(best)):
                    best = run  # (the run so far is needed too: "школ" of "школ[аеу]")
                run = {a + b for a in run for b in strings}
                continue
            if run != {""} and (best is None or score(run) > score(best)):
                best = run
            run = {""} if strings is None else strings
            if strings is None and (inner := needed(op, av)) is not None and (best is None or score(inner) > score(best)):
                best = inner
        if run != {""} and (best is None or score(run) > score(best)):
            best = run
        return best

    strings = needed_seq(tree)
    if not strings or any(not s.strip() for s in strings):
        return None  # (nothing needed, or a blank: in every comment)
    if _ignores_case(pattern, tree):
        strings = {s.lower() for s in strings}  # (compared with the text in lowercase)
    # (a string that holds another is implied by it: "zoon" and "zoontje" need only "zoon")
    kept = sorted(strings, key=len)
    kept = [s for i, s in enumerate(kept) if not any(t in s for t in kept[:i])]
    return tuple(kept)


class _Wrapped:
    """A pattern's stand-in: its own attributes, and its own methods but those a subclass speeds up."""

    __slots__ = ("_pattern", "match", "fullmatch", "sub", "subn", "split", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        # (the pattern's own, as attributes: a match at one place needs no help, and costs no lookup)
        self.match, self.fullmatch, self.sub, self.subn, self.split = (
            pattern.match, pattern.fullmatch, pattern.sub, pattern.subn, pattern.split)
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._pattern!r})"


class FastIgnoreCase(_Wrapped):
    """A case-insensitive pattern whose ``finditer``, ``search`` and ``findall`` first scan
    the lowercase text with a case-sensitive copy (see the module's docstring); every other
    attribute is the pattern's own."""

    __slots__ = ("_lower", "_needles")

    def __init__(self, pattern: re.Pattern[str], tree: Any = None) -> None:
        super().__init__(pattern)
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        self._needles = _needles(pattern, tree)

    def _start(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the first match can start (``pos`` when the text cannot be checked), or None."""
        low = _lowered(text)
        if low is None:
            return pos
        needles = self._needles
        if needles is not None:
            for needle in needles:
                if needle in low:
                    break
            else:
                return None  # (no string a match needs is in the text)
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


class Prefiltered(_Wrapped):
    """A pattern that does not qualify for :class:`FastIgnoreCase` but whose matches each need
    one of a few strings (see :func:`_needles`): ``finditer``, ``search`` and ``findall`` first
    look for those in the text (in its lowercase when the pattern ignores case) and scan only
    when one is there; every other attribute is the pattern's own."""

    __slots__ = ("_needles", "_ignore_case")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...], tree: Any = None) -> None:
        super().__init__(pattern)
        self._ignore_case = _ignores_case(pattern, tree)  # (then the needles are in lowercase, for the lowercase text)
        self._needles = needles

    def _may_match(self, text: str) -> bool:
        if self._ignore_case:
            low = _lowered(text)
            if low is None:
                return True
            text = low
        for needle in self._needles:
            if needle in text:
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text, pos, endpos) if self._may_match(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.search(text, pos, endpos) if self._may_match(text) else None

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._pattern.findall(text, pos, endpos) if self._may_match(text) else []


def _faster(pattern: re.Pattern[str]) -> Any:
    """``pattern`` as :class:`FastIgnoreCase` or :class:`Prefiltered` where either helps, else itself."""
    tree = _parsed(pattern)
    if tree is None:
        return pattern
    if _lowercase_safe(pattern, tree):
        return FastIgnoreCase(pattern, tree)
    if (needles := _needles(pattern, tree)) is not None:
        return Prefiltered(pattern, needles, tree)
    return pattern


def accelerate(namespace: MutableMapping[str, Any]) -> None:
    """Wrap the module-level case-insensitive patterns of ``namespace`` (a module's
    ``globals()``, at its end) that qualify, also inside module-level tuples and lists of
    patterns, so that ``rx is _SOME_RE`` still holds."""
    done: dict[int, Any] = {}

    def wrap(value: Any, depth: int = 0) -> Any:
        if isinstance(value, re.Pattern):
            if id(value) not in done:
                done[id(value)] = _faster(value)
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
