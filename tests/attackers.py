"""Attacks on a public database, written independently of stemsync.publish.audit.

Everything here reads only what the portal serves (the public database file) and uses
only what anyone may know: the tables add up (teams to regions to the organisation,
roles to 'alle', answers to n), n is at most the number of questionnaires, a mean is
rounded to 2 decimals, and publication.responses is a total.

* :func:`subtraction_attack`: plain arithmetic. Where a relation has one unknown term,
  solve it; where the known terms already add up to the total, every unknown term is 0
  (zero propagation). Repeated until nothing new is learnt.
* :func:`lp_attack`: the attacker's linear program (scipy's ``linprog``), per
  instrument × period × question, for the bounds of every hidden cell.
* :func:`total_attack`: publication.responses minus the shown top-level totals.
* :func:`difference_attack`: two releases of the same period, subtracted.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linprog

# a cell: (instrument, period, question, unit, role, option); question '' = questionnaires, option '' = n
Cell = tuple[str, str, str, str, str, str]


@dataclass
class Public:
    shown: dict[Cell, int] = field(default_factory=dict)
    means: dict[tuple, float] = field(default_factory=dict)   # (instrument, period, question, unit, role)
    parent: dict[str, str | None] = field(default_factory=dict)
    roles: dict[str, list[str]] = field(default_factory=dict)  # instrument -> roles besides 'alle'
    options: dict[tuple[str, str], list[tuple[str, int | None]]] = field(default_factory=dict)
    tables: set[tuple[str, str]] = field(default_factory=set)  # (instrument, period) with anything shown
    total: int | None = None
    k: int = 0

    @classmethod
    def read(cls, path: Path) -> Public:
        pub = cls()
        conn = sqlite3.connect(path)
        try:
            pub.parent = dict(conn.execute("select id, parent from units"))
            for instrument, code in conn.execute("select instrument, code from roles order by position"):
                pub.roles.setdefault(instrument, [])
                if code != "alle":
                    pub.roles[instrument].append(code)
            for instrument, question, code, value in conn.execute(
                    "select instrument, question, code, value from answer_options order by position"):
                pub.options.setdefault((instrument, question), []).append((code, value))
            for i, p, u, r, n in conn.execute("select instrument, period, unit, role, n from responses"):
                pub.shown[(i, p, "", u, r, "")] = n
                pub.tables.add((i, p))
            for sid, i, q, p, u, r, n, mean in conn.execute(
                    "select id, instrument, question, period, unit, role, n, mean from scores"):
                pub.shown[(i, p, q, u, r, "")] = n
                pub.tables.add((i, p))
                if mean is not None:
                    pub.means[(i, p, q, u, r)] = mean
            for i, q, p, u, r, o, c in conn.execute(
                    "select s.instrument, s.question, s.period, s.unit, s.role, d.option, d.count "
                    "from distribution d join scores s on s.id = d.score"):
                pub.shown[(i, p, q, u, r, o)] = c
            pub.total, pub.k = conn.execute("select responses, k from publication").fetchone()
        finally:
            conn.close()
        return pub

    def relations(self, instrument: str, period: str, questions: list[str] | None = None
                  ) -> list[tuple[Cell, list[Cell]]]:
        """total = sum(parts) for one instrument × period (``questions``: which questions)."""
        if questions is None:
            questions = sorted({q for (i, q) in self.options if i == instrument})
        roles = self.roles.get(instrument, [])
        kids = defaultdict(list)
        for unit, up in self.parent.items():
            if up:
                kids[up].append(unit)
        subjects = [("", "")] + [(q, "") for q in questions]
        subjects += [(q, o) for q in questions for o, _ in self.options[(instrument, q)]]
        result = []
        for q, o in subjects:
            for role in ["alle", *roles]:
                for up, children in kids.items():
                    result.append(((instrument, period, q, up, role, o),
                                   [(instrument, period, q, c, role, o) for c in children]))
            if roles:
                for unit in self.parent:
                    result.append(((instrument, period, q, unit, "alle", o),
                                   [(instrument, period, q, unit, r, o) for r in roles]))
        for unit in self.parent:
            for role in ["alle", *roles]:
                for q in questions:
                    result.append(((instrument, period, q, unit, role, ""),
                                   [(instrument, period, q, unit, role, o) for o, _ in self.options[(instrument, q)]]))
        return result


def _subtract(pub: Public, zeros: bool) -> dict[Cell, int]:
    """Every cell known from the shown ones by subtraction: where a relation has one unknown
    term it is solved; with ``zeros``, where the known parts already add up to the total the
    unknown parts are 0."""
    known = dict(pub.shown)
    relations = [rel for i, p in sorted(pub.tables) for rel in pub.relations(i, p)]
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            unknown = [c for c in [total, *parts] if c not in known]
            if len(unknown) == 1:
                (cell,) = unknown
                known[cell] = (sum(known[p] for p in parts) if cell == total
                               else known[total] - sum(known[p] for p in parts if p != cell))
                changed = True
            elif unknown and zeros and total in known and known[total] == sum(known[p] for p in parts if p in known):
                for cell in unknown:
                    known[cell] = 0
                changed = True
    return known


def subtraction_attack(pub: Public, zeros: bool = True) -> dict[Cell, int]:
    """Hidden cells recovered exactly by subtraction and (``zeros``) zero propagation;
    returns the non-zero ones (a recovered 0 is no leak)."""
    return {c: v for c, v in _subtract(pub, zeros).items() if c not in pub.shown and v}


def width_for(k: int) -> int:
    return max(2, math.ceil(k / 2))


def lp_attack(pub: Public, width: int | None = None) -> list[tuple[Cell, int, int]]:
    """Hidden cells that must hold someone (lower bound >= 1) with a range narrower than
    ``width``, by linear programming per instrument × period × question. Returns
    (cell, low, high)."""
    width = width or width_for(pub.k)
    found = []
    for instrument, period in sorted(pub.tables):
        for question in sorted({q for (i, q) in pub.options if i == instrument}):
            found += _lp_component(pub, instrument, period, question, width)
    return found


def _lp_component(pub: Public, instrument: str, period: str, question: str, width: int):
    relations = pub.relations(instrument, period, [question])
    roles = ["alle", *pub.roles.get(instrument, [])]
    cells = sorted({c for total, parts in relations for c in [total, *parts]})
    index = {c: i for i, c in enumerate(c for c in cells if c not in pub.shown)}
    if not index:
        return []
    a_eq, b_eq, a_ub, b_ub = [], [], [], []

    def row(terms):
        coefs, constant = np.zeros(len(index)), 0.0
        for cell, sign in terms:
            if cell in index:
                coefs[index[cell]] += sign
            else:
                constant += sign * pub.shown[cell]
        return coefs, constant

    for total, parts in relations:
        coefs, constant = row([(total, -1)] + [(p, 1) for p in parts])
        if coefs.any():
            a_eq.append(coefs)
            b_eq.append(-constant)
    for unit in pub.parent:
        for role in roles:  # n <= questionnaires
            coefs, constant = row([((instrument, period, question, unit, role, ""), 1),
                                   ((instrument, period, "", unit, role, ""), -1)])
            if coefs.any():
                a_ub.append(coefs)
                b_ub.append(-constant)
            mean = pub.means.get((instrument, period, question, unit, role))
            n = pub.shown.get((instrument, period, question, unit, role, ""))
            if mean is not None and n is not None:
                options = pub.options[(instrument, question)]
                coefs, constant = row([((instrument, period, question, unit, role, o), v) for o, v in options])
                if coefs.any():
                    a_ub += [coefs, -coefs]
                    b_ub += [(mean + 0.0051) * n - constant, -((mean - 0.0051) * n - constant)]
    kwargs = dict(A_eq=np.array(a_eq) if a_eq else None, b_eq=np.array(b_eq) if b_eq else None,
                  A_ub=np.array(a_ub) if a_ub else None, b_ub=np.array(b_ub) if b_ub else None,
                  bounds=[(0, 1e6)] * len(index), method="highs")
    found = []
    for cell, i in index.items():
        if cell[2] != question and cell[2] != "":
            continue
        c = np.zeros(len(index))
        c[i] = 1
        low = linprog(c, **kwargs)
        assert low.status == 0, low.message
        lo = math.ceil(low.fun - 1e-6)
        if lo < 1:
            continue
        high = linprog(-c, **kwargs)
        hi = math.floor(-high.fun + 1e-6)
        if hi - lo < width:
            found.append((cell, lo, hi))
    return found


def total_attack(pub: Public) -> int | None:
    """publication.responses minus the shown top-level totals: what the hidden top-level
    totals hold together (None when that is 0, i.e. nothing to learn)."""
    shown = sum(v for (i, p, q, u, r, o), v in pub.shown.items()
                if q == "" and o == "" and r == "alle" and pub.parent.get(u) is None)
    return (pub.total - shown) or None


def difference_attack(before: Public, after: Public, k: int) -> dict[Cell, int]:
    """Subtract two releases: group cells (questionnaires or n) whose change of 1..k-1
    respondents is shown or can be worked out by subtraction from the shown changes."""
    common = {c: after.shown[c] - before.shown[c] for c in after.shown if c in before.shown}
    diff = Public(shown=common, parent=after.parent, roles=after.roles, options=after.options,
                  tables=after.tables & before.tables, k=k)
    learnt = dict(common)
    learnt.update(subtraction_attack_signed(diff))
    return {c: d for c, d in learnt.items() if c[5] == "" and 0 < abs(d) < k}


def subtraction_attack_signed(pub: Public) -> dict[Cell, int]:
    """Like :func:`subtraction_attack` for a table of differences (may be negative; no
    zero propagation, since differences can cancel)."""
    return {c: v for c, v in _subtract(pub, zeros=False).items() if c not in pub.shown}
