"""Names the regex layer finds: a word after a role or kinship word ("mijn voogd
sanne"), after "heet"/"genaamd", and lowercase first names from the lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx, _I
from stemsync.deidentify.lists import (_FORMAL_ROLES, _FUNCTION_WORDS, _INTERFIXES,
                                       _LOWERCASE_SURNAME_WORDS, _ROLE_WORDS, _WORD_COLLISIONS,
                                       _NameLists, _name_lists)

_ROLE_SET = frozenset(_ROLE_WORDS)
_CALLED_SET = frozenset({"genaamd", "heet", "heette", "heten"})
_ROLE_TAIL_RE = re.compile(r"\.?(?:\s*,)?\s+(?P<name>[^\W\d_][\w'’-]*)")
_CALLED_RE = re.compile(r"(?<![\w-])(?:noemt zich|naam is|bijnaam is)(?=\s)", _I)
_NAME_TAIL_RE = re.compile(
    r"\s+(?:(?P<ifx>" + "|".join(re.escape(i) for i in _INTERFIXES) + r")\s+)?"
    r"(?P<sur>[^\W\d_][\w'’-]*)",
    _I,
)

_CALLED_GATE = frozenset("heet heette heten genaamd noemt naam bijnaam".split())

def _extend_name(text: str, end: int, lists: _NameLists) -> int:
    """Extend a name span over a following surname ("sanne de vries", "Sanne Bakker")."""
    m = _NAME_TAIL_RE.match(text, end)
    if m is None:
        return end
    sur = m.group("sur")
    low = sur.lower()
    if low in _FUNCTION_WORDS or low in lists.common:
        return end
    if sur[0].isupper() or (m.group("ifx") and low in lists.surnames_lower):
        return m.end()
    if (
        low in lists.surnames_lower
        and len(low) > 3
        and low not in _WORD_COLLISIONS
        and low not in _LOWERCASE_SURNAME_WORDS
    ):
        # lowercase surname without interfix, only when it is not an ordinary word
        return m.end()
    return end


def _name_after(ctx: _Ctx, pos: int, role: str, lists: _NameLists) -> Span | None:
    """The name right after a role word ending at ``pos``, if it looks like one."""
    m = _ROLE_TAIL_RE.match(ctx.text, pos)
    if m is None:
        return None
    name = m.group("name")
    low = name.lower()
    if low in _FUNCTION_WORDS or low in lists.common or low in _ROLE_SET:
        return None
    ok = (
        name[0].isupper()
        or low in lists.role_tokens
        or (role in _FORMAL_ROLES and low in lists.surnames_lower)
    )
    if not ok:
        return None
    conf = HIGH if low in lists.role_tokens else LOW  # a listed name, or only its context
    return m.start("name"), _extend_name(ctx.text, m.end("name"), lists), "naam", conf


def _find_names(ctx: _Ctx) -> Iterator[Span]:
    lists = _name_lists()
    text = ctx.text
    for start, end, tok in ctx.tokens:
        low = tok.lower()
        # 1. word after a role word ("mijn voogd sanne") or "heet"/"genaamd"
        if low in _ROLE_SET or low in _CALLED_SET:
            span = _name_after(ctx, end, low, lists)
            if span is not None:
                yield span
            continue
        # 2. lowercase first names anywhere
        if not tok.islower() or not (tok.isalpha() or "-" in tok):
            continue
        if start and text[start - 1] in "@.'’-":
            continue
        if low in lists.first_lower or (
            "-" in low
            and all(p in lists.first_lower or p in lists.role_tokens for p in low.split("-"))
            and any(p in lists.first_lower for p in low.split("-"))
        ):
            yield start, _extend_name(text, end, lists), "naam", LOW  # a lowercase word that is on a first-name list
    if ctx.words & _CALLED_GATE:
        for m in _CALLED_RE.finditer(text):
            span = _name_after(ctx, m.end(), "heet", lists)
            if span is not None:
                yield span
