"""Which figures may be shown: small groups, complementary suppression, unanimity.

A *cell* is one group of responses: a unit (team, region, organisation) and a role
(``alle`` for everyone). Cells add up along two kinds of *constraints*: a parent unit
is the sum of its child units (for the same role), and ``alle`` is the sum of the
roles (for the same unit). Anyone can subtract the shown children from a shown
parent, so the rules are checked per constraint:

1. A cell with fewer than k responses is hidden (primary suppression).
2. Under a shown parent, the hidden children with responses must be none, or at
   least two that together hold at least k responses; otherwise the smallest shown
   sibling is hidden too (complementary suppression), or, if there is none, the
   parent. Repeated until nothing changes, over both kinds of constraints.
3. The *details* (mean and distribution) of a cell where every answer is the same
   are withheld: they would tell each person's answer. The same rule 2 then runs on
   details, where the pooled details of the withheld children must also not be
   unanimous.

Everything here works on small dictionaries of counts (per cell, the count of each
answer option in a fixed order), never on raw rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable, Mapping, Sequence

Key = Hashable
Constraint = tuple[Key, tuple[Key, ...]]
Counts = Sequence[int]  # per answer option, in a fixed order


@dataclass
class Outcome:
    small: set = field(default_factory=set)          # hidden: fewer than k responses
    complementary: set = field(default_factory=set)  # hidden: to protect a hidden cell
    unanimous: set = field(default_factory=set)      # shown, details withheld: everyone answered the same
    details_complementary: set = field(default_factory=set)  # shown, details withheld to protect others

    @property
    def hidden(self) -> set:
        return self.small | self.complementary

    @property
    def details_withheld(self) -> set:
        return self.hidden | self.unanimous | self.details_complementary


def constraints_for(children: Mapping[Key, Sequence[Key]], units: Sequence[Key],
                    roles: Sequence[str], all_roles: str) -> list[Constraint]:
    """Constraints over (unit, role) cells: unit tree per role, roles per unit."""
    result: list[Constraint] = []
    for role in [all_roles, *roles]:
        for parent, kids in children.items():
            result.append(((parent, role), tuple((kid, role) for kid in kids)))
    if roles:
        for unit in units:
            result.append(((unit, all_roles), tuple((unit, role) for role in roles)))
    return result


def _unanimous(counts: Counts) -> bool:
    return sum(1 for n in counts if n > 0) == 1


def _repair(constraints: list[Constraint], n: Mapping[Key, int], withheld: set, added: set,
            k: int, pooled_ok) -> None:
    """Withhold more cells until every constraint with a shown parent is safe."""
    changed = True
    while changed:
        changed = False
        for parent, kids in constraints:
            if parent in withheld or n.get(parent, 0) == 0:
                continue
            hidden = [c for c in kids if n.get(c, 0) > 0 and c in withheld]
            if not hidden or (len(hidden) >= 2 and pooled_ok(hidden)):
                continue
            shown = [c for c in kids if n.get(c, 0) > 0 and c not in withheld]
            victim = min(shown, key=lambda c: (n[c], repr(c))) if shown else parent
            withheld.add(victim)
            added.add(victim)
            changed = True


def suppress(cells: Mapping[Key, Counts], constraints: list[Constraint], k: int,
             hide_first: set | frozenset = frozenset(), details: bool = True) -> Outcome:
    """Decide which cells (and which cells' details) may be shown.

    ``cells`` maps a cell to its answer counts (a cell's n is their sum).
    ``hide_first`` are cells hidden from the start (e.g. the pattern of the
    response counts, so every question starts from the same hidden cells).
    """
    n = {key: sum(counts) for key, counts in cells.items()}
    outcome = Outcome()
    outcome.small = {key for key, count in n.items() if 0 < count < k}
    hidden = set(outcome.small) | {key for key in hide_first if n.get(key, 0) > 0}
    outcome.complementary = hidden - outcome.small
    _repair(constraints, n, hidden, outcome.complementary, k,
            lambda kids: sum(n[c] for c in kids) >= k)
    if not details:
        return outcome

    outcome.unanimous = {key for key, counts in cells.items() if key not in hidden and n[key] > 0
                         and _unanimous(counts)}
    withheld = hidden | outcome.unanimous

    def pooled_ok(kids: list) -> bool:
        pool = [sum(column) for column in zip(*(cells[c] for c in kids))]
        return sum(pool) >= k and not _unanimous(pool)

    _repair(constraints, n, withheld, outcome.details_complementary, k, pooled_ok)
    return outcome
