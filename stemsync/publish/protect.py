"""Deciding what one instrument × period may show: primary, then secondary suppression.

**Primary** suppression (:func:`primary`) hides what the rules forbid on their own: a
group (unit × role) or a question's n with fewer than k responses, and the details
(mean and distribution) of a group in which everyone gave the same answer.

**Secondary** suppression (:func:`secondary`) hides more until the attacker's audit
(:mod:`stemsync.publish.audit`) passes: audit; for every violation hide the cheapest
shown cell among those its arithmetic uses; audit again. "Cheapest" prefers withholding
a distribution over hiding a question's n over hiding a whole group, a team over a
region over the organisation, and a smaller group over a larger one. After
``MAX_ROUNDS`` rounds (never seen in practice) everything of the table is hidden.

The old complementary heuristic (:mod:`stemsync.publish.suppress`) is kept only to
show, in tests and the bench, what the audit adds (``audit=False``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Sequence

from stemsync.publish import suppress as sup
from stemsync.publish.audit import TableAudit, audit_table
from stemsync.publish.cells import ALL_ROLES, COUNT, Key, QuestionSpec, Table
from stemsync.publish.lp import Version

MAX_ROUNDS = 100
START = "heuristic"  # start secondary suppression from the old heuristic (measured: fewer rounds, higher utility) or "primary"
LEVEL_RANK = {"team": 0, "regio": 1, "organisatie": 2}

Group = tuple[str, str]  # (unit, role)


@dataclass
class Decision:
    table: Table                                   # what is shown
    groups_small: set[Group] = field(default_factory=set)
    groups_hidden: set[Group] = field(default_factory=set)    # small ones included
    small: dict[str, set[Group]] = field(default_factory=dict)      # question -> n below k
    hidden: dict[str, set[Group]] = field(default_factory=dict)     # question -> n not shown (small included)
    unanimous: dict[str, set[Group]] = field(default_factory=dict)  # question -> shown n, everyone answered alike
    withheld: dict[str, set[Group]] = field(default_factory=dict)   # question -> shown n, details withheld (all reasons)
    primary_cells: int = 0      # non-zero cells hidden by primary suppression
    hidden_cells: int = 0       # non-zero cells hidden in the end
    rounds: int = 0
    lps: int = 0
    seconds: float = 0.0
    eligible: int = 0           # groups with n >= k
    eligible_shown: int = 0     # ... of which shown
    fallback: bool = False      # everything hidden after MAX_ROUNDS
    audit: object = None        # the last round's TableAudit (it passed)


def specs_of(layout) -> list[QuestionSpec]:
    from stemsync.publish.aggregate import valid_answers
    specs = []
    for question, _ in layout:
        options = tuple(valid_answers(question))
        scores = tuple(float(o) for o in options) if question.kind == "scale" else None
        specs.append(QuestionSpec(question.code, options, scores))
    return specs


class Cells:
    """True counts of one instrument × period, by group."""

    def __init__(self, vectors: dict[Group, Sequence[int]], specs: list[QuestionSpec], slices: list[slice]):
        self.vectors, self.specs, self.slices = vectors, specs, slices

    def n(self, group: Group) -> int:
        vector = self.vectors.get(group)
        return vector[0] if vector else 0

    def answers(self, question: int, group: Group) -> Sequence[int]:
        vector = self.vectors.get(group)
        return vector[self.slices[question]] if vector else [0] * len(self.specs[question].options)


def primary(cells: Cells, k: int, hide_first: dict | None = None) -> Decision:
    """``hide_first``: groups hidden from the start, per question (``None``: the groups)."""
    hide_first = hide_first or {}
    decision = Decision(table=None)  # type: ignore[arg-type]
    decision.groups_small = {g for g in cells.vectors if 0 < cells.n(g) < k}
    decision.groups_hidden = set(decision.groups_small) | {g for g in hide_first.get(None, ()) if cells.n(g)}
    for i, spec in enumerate(cells.specs):
        ns = {g: sum(cells.answers(i, g)) for g in cells.vectors}
        decision.small[spec.code] = {g for g, n in ns.items() if 0 < n < k}
        decision.hidden[spec.code] = (decision.small[spec.code] | {g for g in decision.groups_hidden if ns[g]}
                                      | {g for g in hide_first.get(spec.code, ()) if ns.get(g)})
        decision.unanimous[spec.code] = {g for g, n in ns.items() if n and g not in decision.hidden[spec.code]
                                         and sum(1 for c in cells.answers(i, g) if c) == 1}
        decision.withheld[spec.code] = set(decision.unanimous[spec.code])
    return decision


def heuristic(cells: Cells, k: int, children: dict[str, list[str]], units: list[str], roles: list[str],
              hide_first: dict | None = None) -> Decision:
    """Primary plus the old complementary heuristic (subtraction within one table)."""
    hide_first = hide_first or {}
    decision = primary(cells, k, hide_first)
    constraints = sup.constraints_for(children, units, roles, ALL_ROLES)
    groups = sup.suppress({g: v[:1] for g, v in cells.vectors.items()}, constraints, k, details=False,
                          hide_first=set(hide_first.get(None, ())))
    decision.groups_hidden = groups.hidden
    for i, spec in enumerate(cells.specs):
        outcome = sup.suppress({g: cells.answers(i, g) for g in cells.vectors}, constraints, k,
                               hide_first=decision.groups_hidden | set(hide_first.get(spec.code, ())))
        decision.hidden[spec.code] = outcome.hidden
        decision.withheld[spec.code] = outcome.details_withheld - outcome.hidden
    return decision


def shown_table(instrument: str, period: str, parent: dict[str, str | None], roles: Sequence[str],
                cells: Cells, decision: Decision) -> Table:
    table = Table(instrument, period, parent, tuple(roles), tuple(cells.specs))
    for group, vector in cells.vectors.items():
        unit, role = group
        if vector[0] and group not in decision.groups_hidden:
            table.shown[(COUNT, unit, role, COUNT)] = vector[0]
        for i, spec in enumerate(cells.specs):
            counts = cells.answers(i, group)
            n = sum(counts)
            if not n or group in decision.hidden[spec.code]:
                continue
            table.shown[(spec.code, unit, role, COUNT)] = n
            if group in decision.withheld[spec.code]:
                continue
            for option, count in zip(spec.options, counts):
                table.shown[(spec.code, unit, role, option)] = count
            if spec.scores:
                table.means[(spec.code, unit, role)] = round(sum(s * c for s, c in zip(spec.scores, counts)) / n, 2)
    return table


def _cost(key: Key, value: int, levels: dict[str, str]) -> tuple:
    question, unit, role, option = key
    kind = 2 if question == COUNT else (1 if option == COUNT else 0)
    return (kind, LEVEL_RANK.get(levels.get(unit, "team"), 0), role == ALL_ROLES, value, key)


def _twins(group: Group, size, parent: dict[str, str | None], children: dict[str, list[str]],
           roles: Sequence[str]) -> set[Group]:
    """Groups that hold exactly the same people as ``group`` (``size`` gives a group's n):
    a role that holds everyone of its unit, a unit that holds everyone of its parent.
    Hiding one of them but not the others would hide nothing."""
    found, todo = {group}, [group]
    while todo:
        unit, role = todo.pop()
        n = size((unit, role))
        near = []
        if roles:
            near += [(unit, r) for r in roles] if role == ALL_ROLES else [(unit, ALL_ROLES)]
        if parent.get(unit) is not None:
            near.append((parent[unit], role))
        near += [(kid, role) for kid in children.get(unit, [])]
        for other in near:
            if other not in found and n and size(other) == n:
                found.add(other)
                todo.append(other)
    return found


def _hide(decision: Decision, key: Key, cells: Cells, parent: dict[str, str | None],
          children: dict[str, list[str]], roles: Sequence[str]) -> list[Key]:
    """Hide the cell ``key`` (a distribution, a question's n or a whole group) and its
    twins; return the shown cells that are no longer shown."""
    question, unit, role, option = key
    table = decision.table
    gone: list[Key] = []
    if question == COUNT:
        for group in _twins((unit, role), cells.n, parent, children, roles):
            decision.groups_hidden.add(group)
            gone.append((COUNT, *group, COUNT))
            for i in range(len(cells.specs)):
                if sum(cells.answers(i, group)):
                    # (a parent whose only answers to the question are this group's would show them all)
                    gone += _hide_question(decision, i, group, cells, parent, children, roles)
    else:
        i = next(i for i, spec in enumerate(cells.specs) if spec.code == question)
        if option == COUNT:
            gone += _hide_question(decision, i, (unit, role), cells, parent, children, roles)
        else:
            for group in _twins((unit, role), lambda g: sum(cells.answers(i, g)), parent, children, roles):
                decision.withheld[question].add(group)
                gone += [(question, *group, o) for o in cells.specs[i].options]
    return list(dict.fromkeys(g for g in gone if g in table.shown))  # (a cell once, though twins overlap)


def _hide_question(decision: Decision, i: int, group: Group, cells: Cells, parent: dict[str, str | None],
                   children: dict[str, list[str]], roles: Sequence[str]) -> list[Key]:
    """Hide question ``i``'s n and answers for ``group`` and its twins by that question's n; return those cells."""
    spec = cells.specs[i]
    gone: list[Key] = []
    for twin in _twins(group, lambda g: sum(cells.answers(i, g)), parent, children, roles):
        decision.hidden[spec.code].add(twin)
        decision.withheld[spec.code].discard(twin)
        gone += [(spec.code, *twin, o) for o in (COUNT, *spec.options)]
    return gone


def _count_hidden(table: Table, cells: Cells) -> int:
    hidden = 0
    for group in cells.vectors:
        unit, role = group
        hidden += bool(cells.n(group)) and (COUNT, unit, role, COUNT) not in table.shown
        for i, spec in enumerate(cells.specs):
            counts = cells.answers(i, group)
            hidden += bool(sum(counts)) and (spec.code, unit, role, COUNT) not in table.shown
            hidden += sum(1 for o, c in zip(spec.options, counts) if c and (spec.code, unit, role, o) not in table.shown)
    return hidden


def secondary(instrument: str, period: str, parent: dict[str, str | None], levels: dict[str, str],
              roles: Sequence[str], cells: Cells, decision: Decision, k: int, width: int,
              earlier: Sequence[Version] = ()) -> Decision:
    """Hide more until the audit of this table (with its earlier releases) passes."""
    start = time.monotonic()
    children = _children(parent)
    models: list[str | None] = [None, *(s.code for s in cells.specs)]
    dirty: set[str | None] = set(models)
    violations: dict[str | None, list] = {}
    audit_summary = TableAudit(instrument, period, releases=len(earlier) + 1)
    while True:
        decision.table = shown_table(instrument, period, parent, roles, cells, decision)
        if decision.rounds >= MAX_ROUNDS:
            decision.fallback = True
            decision.groups_hidden |= set(cells.vectors)
            for spec in cells.specs:
                decision.hidden[spec.code] |= set(cells.vectors)
                decision.withheld[spec.code].clear()
            decision.table = shown_table(instrument, period, parent, roles, cells, decision)
            break
        decision.rounds += 1
        result = audit_table(decision.table, k, width, earlier, models=[m for m in models if m in dirty])
        decision.lps += result.lps
        for model in sorted(dirty, key=str):  # a fixed order: the outcome must not hang on hashing
            violations[model] = [v for v in result.violations if v.model == model]
        found = [v for vs in violations.values() for v in vs]
        if not found:
            decision.audit = audit_summary
            cells_per_group = 1 + sum(1 + len(spec.options) for spec in cells.specs)
            audit_summary.hidden = len(decision.table.groups()) * cells_per_group - len(decision.table.shown)
            break
        dirty = set()
        hidden_now = 0
        for violation in found:
            choices = [key for key in violation.fixes if key in decision.table.shown]
            if len(choices) < len(violation.fixes) and hidden_now:
                dirty.add(violation.model)
                continue  # an earlier fix of this round broke its arithmetic already: audit again first
            if not choices:  # nothing shown to blame: hide the group of the cell itself and its parent
                unit = violation.cell[1] if violation.cell else None
                choices = [key for key in decision.table.shown
                           if key[1] in (unit, parent.get(unit)) and key[0] == COUNT] or list(decision.table.shown)
            if not choices:
                continue
            key = min(choices, key=lambda c: _cost(c, decision.table.shown[c], levels))
            gone = _hide(decision, key, cells, parent, children, roles)
            for cell in gone:
                decision.table.shown.pop(cell)  # so the next violation picks another cell
            hidden_now += len(gone)
            dirty.add(violation.model)
            if key[0] == COUNT:
                dirty |= set(models)
            else:
                dirty |= {None, key[0]} if key[3] == COUNT else {key[0]}
        if not hidden_now:
            decision.rounds = MAX_ROUNDS  # nothing left to hide that would help: hide everything
    decision.seconds = time.monotonic() - start
    return decision


def _children(parent: dict[str, str | None]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    for unit, up in sorted(parent.items()):
        if up is not None:
            children.setdefault(up, []).append(unit)
    return children


def decide(instrument: str, period: str, parent: dict[str, str | None], levels: dict[str, str],
           roles: Sequence[str], cells: Cells, k: int, width: int, earlier: Sequence[Version] = (),
           audit: bool = True, hide_first: dict | None = None) -> Decision:
    """What one instrument × period shows. ``audit=False`` (tests and bench only) uses the
    old heuristic instead of the audit."""
    children = _children(parent)
    first = primary(cells, k, hide_first)
    primary_cells = _count_hidden(shown_table(instrument, period, parent, roles, cells, first), cells)
    if audit:
        if START == "heuristic":
            first = heuristic(cells, k, children, sorted(parent), list(roles), hide_first)
        decision = secondary(instrument, period, parent, levels, roles, cells, first, k, width, earlier)
    else:
        decision = heuristic(cells, k, children, sorted(parent), list(roles), hide_first)
        decision.table = shown_table(instrument, period, parent, roles, cells, decision)
    decision.primary_cells = primary_cells
    decision.hidden_cells = _count_hidden(decision.table, cells)
    eligible = [g for g in cells.vectors if cells.n(g) >= k]
    decision.eligible = len(eligible)
    decision.eligible_shown = sum(1 for g in eligible if g not in decision.groups_hidden)
    return decision


@dataclass
class Protection:
    """What one publish needs for secondary suppression and the audit before the swap."""

    k: int
    width: int
    earlier: dict = field(default_factory=dict)   # (instrument, period) -> [Version], from the ledger
    audit: bool = True
    decided: dict = field(default_factory=dict)   # (instrument, period) -> Decision

    @classmethod
    def for_publish(cls, conn, k: int, audit: bool = True) -> "Protection":
        from stemsync.publish.audit import default_width, read_ledger
        return cls(k, default_width(k), read_ledger(conn), audit)


def audit_release(path, protection: Protection, progress=None):
    """The audit of the public database at ``path`` (not swapped in yet). A table that is
    exactly what secondary suppression decided and audited (same shown cells, same
    earlier releases, no lower bound from comments on a hidden cell) is not solved again."""
    import sqlite3

    from stemsync.publish.audit import AuditResult, check_total, read_public

    conn = sqlite3.connect(str(path))
    try:
        tables, total, _ = read_public(conn)
    finally:
        conn.close()
    result = AuditResult(protection.k, protection.width)
    start = time.monotonic()
    for i, table in enumerate(tables):
        decided = protection.decided.get((table.instrument, table.period))
        if (decided is not None and decided.audit is not None and decided.table.shown == table.shown
                and decided.table.means == table.means
                and all(key in table.shown for key in table.at_least)):
            result.tables.append(decided.audit)
            continue
        if progress and i % 10 == 0:
            progress(f"auditing {table.instrument} {table.period}")
        result.tables.append(audit_table(table, protection.k, protection.width,
                                         protection.earlier.get((table.instrument, table.period), [])))
    total_violation = check_total(total, tables)
    if total_violation:
        result.other.append(total_violation)
    result.seconds = time.monotonic() - start
    return result
