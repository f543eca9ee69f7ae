"""The attacker's linear program for one component, solved with HiGHS (``highspy``).

A :class:`Model` holds one or more *versions* of the same instrument × period table
(earlier releases from the ledger, then the release being checked). Shown cells are
constants; every hidden cell is a variable, at least 0 (or a known lower bound). Each
relation of :mod:`stemsync.publish.cells` becomes a row; versions are linked by
"a cell can only grow from one release to the next" when the shown cells allow it.

One HiGHS model is built per component and only its objective changes between
solves, so every solve starts from the previous basis (fast). Every solution found is
kept as an example: a cell whose examples already differ enough needs no solve of its
own.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from stemsync.publish.cells import COUNT, MEAN_ROUNDING, Key, Relation, Table, cell_name

BIG = 10_000_000.0  # an upper bound for every cell, so every LP is bounded; above BIG/2 means "no limit"
EPS = 1e-6

_banner_silenced = False


def new_highs():
    """A silent HiGHS instance. HiGHS prints a copyright banner on stdout when the first
    instance of a process is made; that banner must not reach a cron mail or ``--json``."""
    global _banner_silenced
    import highspy

    if not _banner_silenced:
        sys.stdout.flush()
        saved = os.dup(1)
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            highs = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)
        _banner_silenced = True
    else:
        highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    return highs


@dataclass
class Version:
    """What one release showed of a table."""

    label: str                         # 'now' or 'release 3'
    shown: dict[Key, int]
    means: dict[tuple[str, str, str], float] = field(default_factory=dict)
    at_least: dict[Key, int] = field(default_factory=dict)
    # hidden cells worked out to be 0 (see forced_zeros) -> the shown cells that say so
    zero: dict[Key, tuple[Key, ...]] = field(default_factory=dict)


def forced_zeros(shown: dict[Key, int], relations: list[Relation], index: dict[Key, list[int]]
                 ) -> dict[Key, tuple[Key, ...]]:
    """Hidden cells that can only be 0: the parts of a total whose shown or zero parts
    already add up to it (a shown 0 included), the n of a group with 0 questionnaires,
    and a total whose parts are all 0. Exact inference, done before the LP so that its
    models only hold cells that may hold someone. ``index``: per cell, the positions of
    the relations it is in. Returns, per zero cell, the shown cells that say so."""
    zero: dict[Key, tuple[Key, ...]] = {}

    def value(cell: Key) -> int | None:
        return shown.get(cell, 0 if cell in zero else None)

    def because(cells) -> tuple[Key, ...]:
        return tuple(cells)  # the other cells of the relation; expanded to shown cells by shown_reasons

    todo = list(range(len(relations)))
    queued = set(todo)
    while todo:
        i = todo.pop()
        queued.discard(i)
        relation = relations[i]
        new: list[Key] = []
        total = value(relation.total)
        if relation.kind == "at_most":
            part = relation.parts[0]
            if total == 0 and value(part) is None:
                zero[part] = because([relation.total])
                new.append(part)
        else:
            values = [value(p) for p in relation.parts]
            unknown = [p for p, x in zip(relation.parts, values) if x is None]
            if total is None:
                if not unknown and not any(values):
                    zero[relation.total] = because(relation.parts)
                    new.append(relation.total)
            elif unknown and total == sum(x for x in values if x is not None):
                reason = because([relation.total, *relation.parts])
                zero.update(dict.fromkeys(unknown, reason))
                new += unknown
        for cell in new:
            for j in index.get(cell, ()):
                if j not in queued:
                    queued.add(j)
                    todo.append(j)
    return zero


def shown_reasons(version: Version, key: Key, limit: int = 40) -> list[Key]:
    """The shown cells behind ``key``: itself when shown, else (a zero) the shown cells
    of the relations that forced it to 0."""
    found: dict[Key, None] = {}
    todo, seen = [key], {key}
    while todo and len(found) < limit:
        cell = todo.pop()
        if cell in version.shown:
            found[cell] = None
            continue
        for other in version.zero.get(cell, ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return list(found)


@dataclass
class Row:
    coefs: dict[int, float]
    lower: float
    upper: float
    describe: Callable[[], str]
    shown: list[tuple[int, Key]] = field(default_factory=list)  # the shown cells in it


class Infeasible(Exception):
    pass


class Model:
    """The attacker's LP over ``keys`` of ``table`` in every version of ``versions``."""

    def __init__(self, table: Table, versions: list[Version], keys: list[Key], relations: list[Relation],
                 question: str | None, link: bool = True):
        self.table, self.versions, self.keys = table, versions, keys
        self.var: dict[tuple[int, Key], int] = {}
        for v, version in enumerate(versions):
            for key in keys:
                if key not in version.shown and key not in version.zero:
                    self.var[(v, key)] = len(self.var)
        self.rows: list[Row] = []
        for v, version in enumerate(versions if self.var else ()):
            for relation in relations:
                self._relation(v, relation)
            if question is not None:
                self._means(v, question)
        self.linked = link and len(versions) > 1 and bool(self.var)
        if self.linked:
            for v in range(len(versions) - 1):
                for key in keys:
                    self._link(v, key)
        self.solves = 0
        self.solutions: list[np.ndarray] = []
        n = len(self.var)
        self.seen_min = np.full(n, np.inf)
        self.seen_max = np.full(n, -np.inf)
        self._highs = None
        self._cost_cols: list[int] = []
        if n:
            self._build()

    # -- rows ---------------------------------------------------------------------

    def value(self, v: int, key: Key) -> int | None:
        """A shown value, 0 for a cell worked out to be 0, else None."""
        return self.versions[v].shown.get(key, 0 if key in self.versions[v].zero else None)

    def _term(self, v: int, key: Key, coef: float, coefs: dict[int, float], cells: list) -> float:
        """Add coef × cell to ``coefs`` when hidden; return its constant when shown."""
        shown = self.versions[v].shown.get(key)
        if shown is not None:
            cells.append((v, key))
            return coef * shown
        if key in self.versions[v].zero:
            cells.append((v, key))  # expanded to the shown cells that force it by used_shown
            return 0.0
        col = self.var[(v, key)]
        coefs[col] = coefs.get(col, 0.0) + coef
        return 0.0

    def _relation(self, v: int, relation: Relation) -> None:
        var = self.var
        if (v, relation.total) not in var and not any((v, p) in var for p in relation.parts):
            return
        coefs: dict[int, float] = {}
        cells: list = []
        constant = self._term(v, relation.total, -1.0, coefs, cells)
        for part in relation.parts:
            constant += self._term(v, part, 1.0, coefs, cells)
        coefs = {c: a for c, a in coefs.items() if a}
        if not coefs:
            return
        upper = -constant
        lower = -np.inf if relation.kind == "at_most" else -constant  # at_most: part - total <= 0
        self.rows.append(Row(coefs, lower, upper, lambda: self._describe(v, relation), cells))

    def _means(self, v: int, question: str) -> None:
        spec = self.table.question(question)
        if spec.scores is None:
            return
        for (q, unit, role), mean in self.versions[v].means.items():
            n = self.versions[v].shown.get((q, unit, role, COUNT))
            if q != question or n is None or mean is None:
                continue
            coefs: dict[int, float] = {}
            cells: list = [(v, (q, unit, role, COUNT))]
            constant = 0.0
            for option, score in zip(spec.options, spec.scores):
                constant += self._term(v, (q, unit, role, option), float(score), coefs, cells)
            if not coefs:
                continue
            low, high = (mean - MEAN_ROUNDING - EPS) * n - constant, (mean + MEAN_ROUNDING + EPS) * n - constant

            def describe(unit=unit, role=role, mean=mean, n=n, v=v):
                terms = " + ".join(f"{s:g}×{self._shown_text(v, (question, unit, role, o))}"
                                   for o, s in zip(spec.options, spec.scores))
                return (f"mean of {question} at {unit} · {role} is {mean:.2f} with n = {n}: "
                        f"{terms} lies within {low + constant:.2f}..{high + constant:.2f}{self._release(v)}")
            self.rows.append(Row(coefs, low, high, describe, cells))

    def _link(self, v: int, key: Key) -> None:
        coefs: dict[int, float] = {}
        cells: list = []
        constant = self._term(v + 1, key, 1.0, coefs, cells) + self._term(v, key, -1.0, coefs, cells)
        coefs = {c: a for c, a in coefs.items() if a}
        if not coefs:
            return

        def describe():
            return (f"{cell_name(key)} can only grow from {self.versions[v].label} to {self.versions[v + 1].label}: "
                    f"{self._shown_text(v, key)} ≤ {self._shown_text(v + 1, key)}")
        self.rows.append(Row(coefs, -constant, np.inf, describe, cells))

    def _shown_text(self, v: int, key: Key) -> str:
        value = self.versions[v].shown.get(key)
        if value is None:
            return "(0)" if key in self.versions[v].zero else "?"
        return str(value)

    def _release(self, v: int) -> str:
        return "" if v == len(self.versions) - 1 else f" (in {self.versions[v].label})"

    def _describe(self, v: int, relation: Relation) -> str:
        q, unit, role, option = relation.total
        values = [self._shown_text(v, relation.total)] + [self._shown_text(v, p) for p in relation.parts]
        if relation.kind == "units":
            what = cell_name(relation.total).split(" · ", 1)[1]
            parts = " + ".join(p[1] for p in relation.parts)
            text = f"{unit} = {parts} ({what}): {values[0]} = {' + '.join(values[1:])}"
        elif relation.kind == "roles":
            what = cell_name(relation.total).split(" · ", 2)[2]
            text = (f"{unit}: alle = {' + '.join(p[2] for p in relation.parts)} ({what}): "
                    f"{values[0]} = {' + '.join(values[1:])}")
        elif relation.kind == "options":
            text = (f"{unit} · {role}: {q} n = sum of its answers: "
                    f"{values[0]} = {' + '.join(f'{v_}' for v_ in values[1:])}")
        else:
            part = relation.parts[0]
            text = f"{unit} · {role}: {part[0]} n ≤ questionnaires: {values[1]} ≤ {values[0]}"
        return text + self._release(v)

    # -- solving ------------------------------------------------------------------

    def _build(self) -> None:
        import highspy

        h = new_highs()
        n = len(self.var)
        lower = np.zeros(n)
        for (v, key), col in self.var.items():
            lower[col] = max(0, self.versions[v].at_least.get(key, 0))
        h.addVars(n, lower, np.full(n, BIG))
        if self.rows:
            starts, index, values = [], [], []
            for row in self.rows:
                starts.append(len(index))
                index += list(row.coefs)
                values += list(row.coefs.values())
            inf = highspy.kHighsInf
            h.addRows(len(self.rows), np.array([r.lower if np.isfinite(r.lower) else -inf for r in self.rows]),
                      np.array([r.upper if np.isfinite(r.upper) else inf for r in self.rows]), len(index),
                      np.array(starts, dtype=np.int32), np.array(index, dtype=np.int32), np.array(values))
        self._highs = h

    def solve(self, objective: dict[int, float], maximize: bool) -> tuple[float, np.ndarray]:
        """Optimise ``objective`` (column -> coefficient); return the optimum and the row duals."""
        import highspy

        h = self._highs
        if self._cost_cols:
            h.changeColsCost(len(self._cost_cols), np.array(self._cost_cols, dtype=np.int32),
                             np.zeros(len(self._cost_cols)))
        cols = list(objective)
        h.changeColsCost(len(cols), np.array(cols, dtype=np.int32), np.array([objective[c] for c in cols]))
        self._cost_cols = cols
        h.changeObjectiveSense(highspy.ObjSense.kMaximize if maximize else highspy.ObjSense.kMinimize)
        h.run()
        self.solves += 1
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            if status == highspy.HighsModelStatus.kInfeasible:
                raise Infeasible()
            raise RuntimeError(f"the LP solver stopped with status {h.modelStatusToString(status)}")
        solution = h.getSolution()
        x = np.asarray(solution.col_value)
        if self.linked and len(self.solutions) < 20:
            self.solutions.append(x)  # examples for differences between releases
        np.minimum(self.seen_min, x, out=self.seen_min)
        np.maximum(self.seen_max, x, out=self.seen_max)
        return h.getObjectiveValue(), np.asarray(solution.row_dual)

    def explore(self, rounds: int, seed: int) -> None:
        """Solve with a few random objectives: their solutions are examples that settle
        most cells without a solve of their own."""
        rng = np.random.default_rng(seed)
        n = len(self.var)
        self.solve(dict.fromkeys(range(n), 1.0), maximize=False)  # as many cells as possible at 0
        for _ in range(rounds - 1):
            self.solve(dict(enumerate(rng.uniform(-1.0, 1.0, n))), maximize=True)

    def bounds(self, objective: dict[int, float]) -> tuple[float, float, list[str]]:
        """Minimum and maximum of ``objective`` and the relations that fix them."""
        low, dual_low = self.solve(objective, maximize=False)
        high, dual_high = self.solve(objective, maximize=True)
        return low, high, self.reasons(dual_low, dual_high)

    def reasons(self, *duals: np.ndarray) -> list[str]:
        used: list[int] = []
        for dual in duals:
            used += [i for i in np.flatnonzero(np.abs(dual) > 1e-9) if i not in used]
        return [self.rows[i].describe() for i in used]

    def used_shown(self, *duals: np.ndarray, col: int | None = None) -> list[tuple[int, Key]]:
        """The shown cells (version, key) in the rows with a non-zero dual; with ``col``,
        only in those rows that hold that column (the relations the cell is in), when
        there are any."""
        rows = [i for dual in duals for i in np.flatnonzero(np.abs(dual) > 1e-9)]
        if col is not None:
            direct = [i for i in rows if col in self.rows[i].coefs]
            rows = direct or rows
        result: dict[tuple[int, Key], None] = {}
        for i in rows:
            for v, key in self.rows[i].shown:
                result.update(dict.fromkeys((v, c) for c in shown_reasons(self.versions[v], key)))
        return list(result)
