"""The cells of one instrument × period and every additive relation between them.

A publication is a set of linked tables. For one instrument and period:

* the **questionnaire count** of every unit × role (``responses.n``);
* per question, its **n** (``scores.n``): how many of them answered it;
* per question and answer option, its **count** (``distribution.count``);
* per scale question, the **mean** shown next to n (``scores.mean``).

A cell is named by a :data:`Key` ``(question, unit, role, option)``, as in the ledger:
``question = ''`` is the questionnaire count, ``option = ''`` is the question's n.
The relations that hold between true values, and that an attacker may use:

* units: a parent unit is the sum of its child units (per role, per cell kind);
* roles: the role ``alle`` is the sum of the other roles (per unit, per cell kind);
* options: a question's n is the sum of its option counts;
* a question's n is at most the questionnaire count of the same unit and role;
* a shown mean m (rounded to 2 decimals) with its n: sum(score × count) lies within
  (m ± 0.005) × n, an interval constraint on the option counts;
* a unit with c comments on one question had at least c respondents (one comment per
  respondent per question).

Totals shown anywhere else (``publication.responses``) are checked by the audit
against the shown cells they must be derived from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

ALL_ROLES = "alle"
COUNT = ""  # the question of a questionnaire count, and the option of a question's n
MEAN_ROUNDING = 0.005  # means are shown rounded to 2 decimals

Key = tuple[str, str, str, str]  # (question, unit, role, option)


@dataclass(frozen=True)
class QuestionSpec:
    code: str
    options: tuple[str, ...]
    scores: tuple[float, ...] | None = None  # per option, for the mean of a scale question


@dataclass(frozen=True)
class Relation:
    """``total = sum(parts)`` (kind ``units``, ``roles`` or ``options``), or, for kind
    ``at_most``, ``parts[0] <= total``."""

    kind: str
    total: Key
    parts: tuple[Key, ...]


@dataclass
class Table:
    """One instrument × period as shown: ``shown`` holds the value of every shown cell;
    every other cell of the structure is hidden (its value unknown, at least 0)."""

    instrument: str
    period: str
    parent: dict[str, str | None]       # every unit -> the unit above it (None at the top)
    roles: tuple[str, ...]              # published roles besides 'alle'; () when there are none
    questions: tuple[QuestionSpec, ...]
    shown: dict[Key, int] = field(default_factory=dict)
    means: dict[tuple[str, str, str], float] = field(default_factory=dict)  # (question, unit, role) -> mean
    at_least: dict[Key, int] = field(default_factory=dict)  # lower bounds known otherwise (comments)

    @property
    def units(self) -> list[str]:
        return sorted(self.parent)

    @property
    def all_roles(self) -> tuple[str, ...]:
        return (ALL_ROLES, *self.roles)

    def children(self) -> dict[str, list[str]]:
        kids: dict[str, list[str]] = {}
        for unit, parent in sorted(self.parent.items()):
            if parent is not None:
                kids.setdefault(parent, []).append(unit)
        return kids

    def question(self, code: str) -> QuestionSpec:
        return next(q for q in self.questions if q.code == code)

    def groups(self) -> list[tuple[str, str]]:
        return [(unit, role) for unit in self.units for role in self.all_roles]

    def keys(self, question: str | None, *, counts: bool = True, all_n: bool = False) -> list[Key]:
        """The cells of one model: the questionnaire counts (``counts``), every question's
        n (``all_n``), and for ``question`` its n and option counts."""
        result: list[Key] = []
        for unit, role in self.groups():
            if counts:
                result.append((COUNT, unit, role, COUNT))
            if all_n:
                result += [(q.code, unit, role, COUNT) for q in self.questions]
            if question is not None:
                if not all_n:
                    result.append((question, unit, role, COUNT))
                result += [(question, unit, role, o) for o in self.question(question).options]
        return result

    def relations(self, question: str | None, *, all_n: bool = False) -> Iterator[Relation]:
        """The relations among :meth:`keys` with the same arguments."""
        kids = self.children()
        subjects: list[tuple[str, str]] = [(COUNT, COUNT)]
        codes = [q.code for q in self.questions] if all_n else ([question] if question else [])
        subjects += [(code, COUNT) for code in codes]
        if question is not None:
            subjects += [(question, o) for o in self.question(question).options]
        for q, o in subjects:
            for role in self.all_roles:
                for parent, children in kids.items():
                    yield Relation("units", (q, parent, role, o), tuple((q, c, role, o) for c in children))
            if self.roles:
                for unit in self.units:
                    yield Relation("roles", (q, unit, ALL_ROLES, o), tuple((q, unit, r, o) for r in self.roles))
        for unit, role in self.groups():
            for code in codes:
                yield Relation("at_most", (COUNT, unit, role, COUNT), ((code, unit, role, COUNT),))
            if question is not None:
                options = self.question(question).options
                yield Relation("options", (question, unit, role, COUNT),
                               tuple((question, unit, role, o) for o in options))

    def group_keys(self) -> Iterable[Key]:
        """Every cell that is the size of a group: questionnaire counts and question n's."""
        return (key for key in self.keys(None, all_n=True))


def cell_name(key: Key) -> str:
    """A cell in words, e.g. ``team:Noord-1 · ouder · CIJFER=7`` or ``regio:Noord · alle · questionnaires``."""
    question, unit, role, option = key
    if question == COUNT:
        what = "questionnaires"
    elif option == COUNT:
        what = f"{question} n"
    else:
        what = f"{question}={option}"
    return f"{unit} · {role} · {what}"


def from_counts(instrument: str, period: str, parent: dict[str, str | None], roles: Iterable[str],
                questions: Iterable[QuestionSpec], vectors: dict[tuple[str, str], list[int]],
                layout: list[slice]) -> dict[Key, int]:
    """Every non-zero cell's true value from grouped count vectors (see
    ``aggregate.Source.grouped``: position 0 holds the responses, then per question
    the count of each option at ``layout[i]``)."""
    values: dict[Key, int] = {}
    questions = list(questions)
    for (unit, role), vector in vectors.items():
        if vector[0]:
            values[(COUNT, unit, role, COUNT)] = vector[0]
        for q, where in zip(questions, layout):
            counts = vector[where]
            n = sum(counts)
            if n:
                values[(q.code, unit, role, COUNT)] = n
                for option, count in zip(q.options, counts):
                    if count:
                        values[(q.code, unit, role, option)] = count
    return values
