"""The attacker's audit: can anything hidden be worked out from what is shown?

For every instrument × period the audit solves the attacker's linear program (see
:mod:`stemsync.publish.lp`) for every hidden cell, from everything shown in this
release and in every earlier release of that period in the ledger. It is split into
independent components: per instrument × period one model of the group sizes (the
questionnaire counts and every question's n) and one per question (its answer counts
with the group sizes). A release passes when:

1. no hidden cell that must hold someone (its lowest possible value is at least 1) has
   a feasible range narrower than the protection width ``w`` (an exactly determined
   non-zero cell, range 0, is the extreme case; this covers group sizes too);
2. no hidden group that may hold someone is forced into a single answer option;
3. no difference between two releases of the same period isolates respondents: a
   group's size may not be determined to have changed by 1..k-1;
4. every total shown elsewhere (``publication.responses``) is the sum of shown cells.

A hidden cell forced to 0 is allowed (a shown 0 says that already). The LP is the
relaxation of the attacker's integer problem; its bounds are rounded inward to whole
numbers. See docs/publish.md ("The attacker's audit").
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import numpy as np

from stemsync.db import read_only
from stemsync.publish.cells import ALL_ROLES, COUNT, Key, QuestionSpec, Table, cell_name
from stemsync.publish.lp import BIG, EPS, Infeasible, Model, Version, forced_zeros, shown_reasons

_RELATIONS: dict[tuple, list] = {}


def all_relations(table: Table) -> tuple[list, dict]:
    """Every relation of the table (each once) and, per cell, the relations it is in."""
    key = ("all", tuple(sorted(table.parent.items(), key=lambda x: (x[0], x[1] or ""))), table.roles,
           table.questions)
    if key not in _RELATIONS:
        relations = list(dict.fromkeys(r for q in [None, *(q.code for q in table.questions)]
                                       for r in relations_of(table, q)))
        index: dict = defaultdict(list)
        for i, relation in enumerate(relations):
            for cell in (relation.total, *relation.parts):
                index[cell].append(i)
        _RELATIONS[key] = (relations, dict(index))
    return _RELATIONS[key]


def relations_of(table: Table, question: str | None) -> list:
    """The relations of one model (cached: every period of an instrument has the same)."""
    key = (tuple(sorted(table.parent.items(), key=lambda x: (x[0], x[1] or ""))), table.roles, table.questions,
           question)
    if key not in _RELATIONS:
        if len(_RELATIONS) > 256:
            _RELATIONS.clear()
        _RELATIONS[key] = list(table.relations(question, all_n=question is None))
    return _RELATIONS[key]

EXPLORE_ROUNDS = 3


def default_width(k: int) -> int:
    """The protection width for k: half of k, at least 2 (5 for the default k = 10)."""
    return max(2, math.ceil(k / 2))


class AuditError(Exception):
    """The audit cannot run on its input; the message says what to do."""


T = TypeVar("T")


@dataclass
class Violation:
    instrument: str
    period: str
    kind: str        # 'exact', 'narrow', 'one option', 'isolated', 'total', 'inconsistent'
    message: str
    cell: Key | None = None
    arithmetic: list[str] = field(default_factory=list)
    fixes: list[Key] = field(default_factory=list)  # shown cells of this release that the arithmetic uses
    model: str | None = None  # the component: None for the group sizes, else the question

    def lines(self) -> list[str]:
        lines = [f"  VIOLATION ({self.kind}): {self.message}"]
        shown = self.arithmetic[:8]
        lines += [f"      {line}" for line in shown]
        if len(self.arithmetic) > len(shown):
            lines.append(f"      ... and {len(self.arithmetic) - len(shown)} more relation(s)")
        return lines


@dataclass
class TableAudit:
    instrument: str
    period: str
    hidden: int = 0
    narrowest: tuple[Key, int, int | None] | None = None  # a hidden cell known to hold someone: lo..hi
    violations: list[Violation] = field(default_factory=list)
    lps: int = 0
    releases: int = 1  # versions of this table audited together

    def lines(self) -> list[str]:
        earlier = f", with {self.releases - 1} earlier release(s)" if self.releases > 1 else ""
        head = f"{self.instrument} {self.period}: {self.hidden} hidden cell(s){earlier}; "
        if self.narrowest is None:
            head += "no hidden cell is known to hold anyone"
        else:
            key, lo, hi = self.narrowest
            head += f"narrowest range of a hidden cell known to hold someone: {cell_name(key)} {lo}..{_hi(hi)}"
        return [head] + [line for v in self.violations for line in v.lines()]


def _hi(hi: int | None) -> str:
    return "no limit" if hi is None else str(hi)


@dataclass
class AuditResult:
    k: int
    width: int
    tables: list[TableAudit] = field(default_factory=list)
    other: list[Violation] = field(default_factory=list)  # not tied to one table (grand totals)
    seconds: float = 0.0

    @property
    def violations(self) -> list[Violation]:
        return [v for t in self.tables for v in t.violations] + self.other

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def lps(self) -> int:
        return sum(t.lps for t in self.tables)

    @property
    def hidden(self) -> int:
        return sum(t.hidden for t in self.tables)

    def lines(self, all_tables: bool = True) -> list[str]:
        lines: list[str] = []
        for table in self.tables:
            if all_tables or table.violations:
                lines += table.lines()
        for violation in self.other:
            lines += [f"{violation.instrument or 'publication'}:"] + violation.lines()
        verdict = "PASSED" if self.ok else f"FAILED: {len(self.violations)} violation(s)"
        lines.append(f"Audit {verdict} (k = {self.k}, protection width {self.width}): {len(self.tables)} "
                     f"instrument × period table(s), {self.hidden} hidden cell(s), {self.lps} LP(s) solved "
                     f"in {self.seconds:.1f} s")
        return lines


# -- one table ------------------------------------------------------------------------


def _model(table: Table, versions: list[Version], question: str | None) -> Model | None:
    keys = table.keys(question, all_n=question is None)
    relations = relations_of(table, question)
    seed = zlib.crc32(f"{table.instrument}|{table.period}|{question}".encode())
    for link in (True, False):
        model = Model(table, versions, keys, relations, question, link=link)
        if not model.var:
            return model
        try:
            model.explore(EXPLORE_ROUNDS, seed)
            return model
        except Infeasible:
            if not model.linked:
                return None
    return None


def audit_table(table: Table, k: int, width: int, earlier: Iterable[Version] = (),
                models: Iterable[str | None] | None = None) -> TableAudit:
    """Audit one instrument × period (and its earlier releases): every model, or only
    ``models`` (``None`` is the model of the group sizes, a question code its answers)."""
    current = Version("now", table.shown, table.means, table.at_least)
    versions = [v for v in earlier if (v.shown, v.means) != (table.shown, table.means)] + [current]
    every = all_relations(table)
    for version in versions:
        version.zero = forced_zeros(version.shown, *every)
    result = TableAudit(table.instrument, table.period, releases=len(versions))
    for question in [None, *(q.code for q in table.questions)] if models is None else models:
        before = len(result.violations)
        model = _model(table, versions, question)
        if model is None:
            result.violations.append(Violation(
                table.instrument, table.period, "inconsistent",
                f"the shown cells{'' if question is None else f' of {question}'} contradict each other "
                "(is this a stemsync public database?)"))
            continue
        if not model.var:
            result.hidden += sum(1 for key in model.keys if (question is not None) == (key[3] != COUNT)
                                 and key not in current.shown)
        else:
            _check_cells(model, result, k, width, options=question is not None)
            if question is not None:
                _check_one_option(model, result, question)
        if question is None and len(versions) > 1:
            _check_differences(model, result, k)
        result.lps += model.solves
        for violation in result.violations[before:]:
            violation.model = question
    return result


def _violation(result: TableAudit, kind: str, message: str, cell: Key | None, model: Model,
               *duals: np.ndarray, extra: Iterable[Key] = ()) -> None:
    last = len(model.versions) - 1
    col = model.var.get((last, cell)) if cell is not None else None
    fixes = [key for v, key in model.used_shown(*duals, col=col) if v == last]
    fixes += [key for key in extra if key not in fixes and key in model.versions[last].shown]
    result.violations.append(Violation(result.instrument, result.period, kind, message, cell,
                                       model.reasons(*duals), fixes))


def _check_cells(model: Model, result: TableAudit, k: int, width: int, options: bool) -> None:
    last = len(model.versions) - 1
    result.hidden += sum(1 for key in model.keys
                         if options == (key[3] != COUNT) and key not in model.versions[last].shown)

    def settled(col: int) -> bool:
        return model.seen_min[col] <= EPS or model.seen_max[col] - model.seen_min[col] >= width

    # batches first: push every unsettled cell down together (finds the ones that may be 0),
    # then up together (spreads the others); repeat while that settles some
    cols = [col for (v, key), col in model.var.items() if options == (key[3] != COUNT)]
    for maximize in (False, True):
        undecided = [c for c in cols if not settled(c)]
        while len(undecided) > 1:
            model.solve(dict.fromkeys(undecided, 1.0), maximize=maximize)
            rest = [c for c in undecided if not settled(c)]
            if len(rest) == len(undecided):
                break
            undecided = rest
    for (v, key), col in model.var.items():
        if options != (key[3] != COUNT):
            continue
        if model.seen_min[col] <= EPS or model.seen_max[col] - model.seen_min[col] >= width:
            continue  # examples show it may be 0, or spread at least the width
        low, dual_low = model.solve({col: 1.0}, maximize=False)
        lo = math.ceil(low - EPS)
        if lo <= 0:
            continue
        high, dual_high = model.solve({col: 1.0}, maximize=True)
        hi = None if high > BIG / 2 else math.floor(high + EPS)
        if v == last and (result.narrowest is None or span(lo, hi) < span(*result.narrowest[1:])):
            result.narrowest = (key, lo, hi)
        if hi is not None and hi - lo < width:
            where = "" if v == last else f" (as shown in {model.versions[v].label})"
            if hi == lo:
                message = f"{cell_name(key)}{where} is hidden but determined exactly: {lo}"
            else:
                message = (f"{cell_name(key)}{where} is hidden but lies within {lo}..{hi}: it holds at least "
                           f"{lo}, and its range {hi - lo} is narrower than the protection width {width}")
            _violation(result, "exact" if hi == lo else "narrow", message, key, model, dual_low, dual_high)


def _spread_options(model: Model, spec: QuestionSpec) -> None:
    """Maximise the not-yet-positive answers of every group at once, while that shows
    new groups with two possible answers (examples for :func:`_check_one_option`)."""
    groups = []
    for v, version in enumerate(model.versions):
        for unit, role in model.table.groups():
            cells = [(spec.code, unit, role, o) for o in spec.options]
            cols = [model.var[(v, c)] for c in cells if (v, c) in model.var]
            if cols:
                shown = sum(1 for c in cells if version.shown.get(c, 0) > 0)
                groups.append((shown, cols))

    def open_groups():
        return [(shown, cols) for shown, cols in groups
                if shown + sum(1 for c in cols if model.seen_max[c] > EPS) < 2]

    todo = open_groups()
    while len(todo) > 1:
        model.solve({c: 1.0 for _, cols in todo for c in cols if model.seen_max[c] <= EPS}, maximize=True)
        rest = open_groups()
        if len(rest) == len(todo):
            break
        todo = rest


def span(lo: int, hi: int | None) -> float:
    return math.inf if hi is None else hi - lo


def _check_one_option(model: Model, result: TableAudit, question: str) -> None:
    spec = model.table.question(question)
    _spread_options(model, spec)
    for v, version in enumerate(model.versions):
        for unit, role in model.table.groups():
            cells = [(question, unit, role, o) for o in spec.options]
            hidden = [c for c in cells if (v, c) in model.var]
            if not hidden:
                continue
            positive = {c for c in cells if version.shown.get(c, 0) > 0}
            positive |= {c for c in hidden if model.seen_max[model.var[(v, c)]] > EPS}
            duals = []
            while len(positive) < 2:
                rest = [model.var[(v, c)] for c in hidden if c not in positive]
                if not rest:
                    break
                high, dual = model.solve(dict.fromkeys(rest, 1.0), maximize=True)
                duals.append(dual)
                if high <= EPS:
                    break  # every other answer is forced to 0
                before = len(positive)
                positive |= {c for c in hidden if model.seen_max[model.var[(v, c)]] > EPS}
                if len(positive) == before:
                    break
            if len(positive) == 1:
                (only,) = positive
                where = "" if v == len(model.versions) - 1 else f" (as shown in {model.versions[v].label})"
                zeros = ([c for cell in cells if cell in version.zero for c in shown_reasons(version, cell)]
                         if v == len(model.versions) - 1 else [])
                _violation(result, "one option",
                           f"{unit} · {role} · {question}{where}: whoever is in this group answered {only[3]} "
                           "(every other answer is forced to 0)", only, model, *duals, extra=zeros)


def _check_differences(model: Model, result: TableAudit, k: int) -> None:
    last = len(model.versions) - 1
    keys = list(model.table.group_keys())
    for v in range(last):
        for key in keys:
            now, before = model.value(last, key), model.value(v, key)
            if now is not None and before is not None:
                if 0 < abs(now - before) < k:
                    result.violations.append(Violation(
                        result.instrument, result.period, "isolated",
                        f"{cell_name(key)} went from {before} ({model.versions[v].label}) to {now} (now): the "
                        f"difference of {abs(now - before)} response(s) isolates them", key,
                        [f"{now} − {before} = {now - before}"], [key]))
                continue
            objective = {}
            constant = 0.0
            for version, sign in ((last, 1.0), (v, -1.0)):
                if (version, key) in model.var:
                    objective[model.var[(version, key)]] = sign
                else:
                    constant += sign * model.value(version, key)
            if objective and model.solutions:
                seen = [sum(x[c] * a for c, a in objective.items()) for x in model.solutions]
                if max(seen) - min(seen) > 0.5:
                    continue  # two examples differ: not determined
            low = high = 0.0
            dual_low = dual_high = np.zeros(len(model.rows))
            if objective:
                low, dual_low = model.solve(objective, maximize=False)
                high, dual_high = model.solve(objective, maximize=True)
            lo, hi = math.ceil(low + constant - EPS), math.floor(high + constant + EPS)
            if lo == hi and 0 < abs(lo) < k:
                _violation(result, "isolated",
                           f"{cell_name(key)} changed by exactly {lo} from {model.versions[v].label} to now: "
                           f"the difference isolates {abs(lo)} response(s)", key, model, dual_low, dual_high,
                           extra=[key])


# -- a whole publication ------------------------------------------------------------


def audit_tables(tables: Iterable[Table], k: int, width: int | None = None,
                 earlier: dict[tuple[str, str], list[Version]] | None = None,
                 progress: Callable[[str], None] | None = None) -> AuditResult:
    width = width or default_width(k)
    result = AuditResult(k, width)
    start = time.monotonic()
    tables = list(tables)
    for i, table in enumerate(tables):
        if progress and i % 10 == 0:
            progress(f"auditing {table.instrument} {table.period} ({i + 1} of {len(tables)})")
        result.tables.append(audit_table(table, k, width, (earlier or {}).get((table.instrument, table.period), [])))
    result.seconds = time.monotonic() - start
    return result


def check_total(total: int | None, tables: Iterable[Table], parent_free: bool = True) -> Violation | None:
    """``publication.responses`` must be the sum of the shown top-level counts (all roles)."""
    if total is None:
        return None
    shown, missing = 0, []
    for table in tables:
        for unit, parent in table.parent.items():
            if parent is None:
                value = table.shown.get((COUNT, unit, ALL_ROLES, COUNT))
                if value is None:
                    missing.append(f"{table.instrument} {table.period} {unit}")
                else:
                    shown += value
    if total == shown:
        return None
    arithmetic = [f"publication.responses − the shown top-level totals = {total} − {shown} = {total - shown}"]
    if missing:
        arithmetic.append(f"hidden top-level totals: {', '.join(missing[:6])}{' ...' if len(missing) > 6 else ''}")
    return Violation("", "", "total", f"publication.responses = {total} is not the sum of the shown "
                     f"top-level totals ({shown}): the difference is hidden data", None, arithmetic)


# -- reading a public database ----------------------------------------------------------


PUBLIC_TABLES = {"responses", "scores", "distribution", "units", "roles", "answer_options", "questions",
                 "publication"}


def read_public(conn: sqlite3.Connection) -> tuple[list[Table], int | None, int]:
    """The tables of a public database, its ``publication.responses`` and its k."""
    names = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    if not PUBLIC_TABLES <= names:
        raise AuditError("this is not a stemsync public database (it has no "
                         f"{', '.join(sorted(PUBLIC_TABLES - names))} table); give the file `stemsync publish` wrote")
    parent = {row[0]: row[1] for row in conn.execute("select id, parent from units")}
    roles: dict[str, list[str]] = defaultdict(list)
    for instrument, code in conn.execute("select instrument, code from roles order by instrument, position"):
        if code != ALL_ROLES:
            roles[instrument].append(code)
    kinds = {(i, q): kind for i, q, kind in conn.execute("select instrument, code, kind from questions")}
    options: dict[tuple[str, str], list[tuple[str, int | None]]] = defaultdict(list)
    for instrument, question, code, value in conn.execute(
            "select instrument, question, code, value from answer_options order by instrument, question, position"):
        options[(instrument, question)].append((code, value))
    specs: dict[str, list[QuestionSpec]] = defaultdict(list)
    for (instrument, question), opts in options.items():
        scores = tuple(float(v) for _, v in opts) if kinds.get((instrument, question)) == "scale" and \
            all(v is not None for _, v in opts) else None
        specs[instrument].append(QuestionSpec(question, tuple(o for o, _ in opts), scores))

    tables: dict[tuple[str, str], Table] = {}

    def table(instrument: str, period: str) -> Table:
        if (instrument, period) not in tables:
            tables[(instrument, period)] = Table(instrument, period, dict(parent), tuple(roles.get(instrument, ())),
                                                 tuple(sorted(specs.get(instrument, []), key=lambda q: q.code)))
        return tables[(instrument, period)]

    for instrument, period, unit, role, n in conn.execute(
            "select instrument, period, unit, role, n from responses"):
        table(instrument, period).shown[(COUNT, unit, role, COUNT)] = n
    score_key = {}
    for sid, instrument, question, period, unit, role, n, mean in conn.execute(
            "select id, instrument, question, period, unit, role, n, mean from scores"):
        t = table(instrument, period)
        t.shown[(question, unit, role, COUNT)] = n
        if mean is not None:
            t.means[(question, unit, role)] = mean
        score_key[sid] = (t, question, unit, role)
    for sid, option, count in conn.execute("select score, option, count from distribution"):
        t, question, unit, role = score_key[sid]
        t.shown[(question, unit, role, option)] = count
    if "comments" in names:
        for instrument, period, unit, question, count in conn.execute(
                "select instrument, period, unit, question, count(*) from comments group by 1, 2, 3, 4"):
            t = table(instrument, period)
            key = (COUNT, unit, ALL_ROLES, COUNT)
            t.at_least[key] = max(t.at_least.get(key, 0), count)
    publication = conn.execute("select * from publication").fetchone()
    columns = [d[0] for d in conn.execute("select * from publication").description]
    row = dict(zip(columns, publication)) if publication else {}
    return ([tables[key] for key in sorted(tables)], row.get("responses"), int(row.get("k") or 0))


# -- the ledger of earlier releases (private database) --------------------------------


def read_ledger(conn: sqlite3.Connection, exclude_release: int | None = None
                ) -> dict[tuple[str, str], list[Version]]:
    """Per instrument × period, what every earlier published release showed, oldest
    first (identical consecutive versions once). No ledger tables: no earlier releases."""
    names = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"publish_ledger", "publish_releases"} <= names:
        return {}
    rows = conn.execute(
        "select l.release, l.instrument, l.period, l.unit, l.role, l.question, l.option, l.value, l.mean "
        "from publish_ledger l join publish_releases r on r.id = l.release "
        "where r.status = 'published' order by l.release")
    versions: dict[tuple[str, str], dict[int, Version]] = defaultdict(dict)
    for release, instrument, period, unit, role, question, option, value, mean in rows:
        if release == exclude_release:
            continue
        version = versions[(instrument, period)].setdefault(release, Version(f"release {release}", {}))
        if value is not None:
            version.shown[(question, unit, role, option)] = int(value)
        if mean is not None and question and option == COUNT:
            version.means[(question, unit, role)] = float(mean)
    result: dict[tuple[str, str], list[Version]] = {}
    for key, by_release in versions.items():
        distinct: list[Version] = []
        for _, version in sorted(by_release.items()):
            if not distinct or (distinct[-1].shown, distinct[-1].means) != (version.shown, version.means):
                distinct.append(version)
        result[key] = distinct
    return result


def without_current(earlier: dict[tuple[str, str], list[Version]], tables: Iterable[Table]
                    ) -> dict[tuple[str, str], list[Version]]:
    """Drop earlier versions identical to the current table: they add nothing."""
    result = {}
    for table in tables:
        versions = [v for v in earlier.get((table.instrument, table.period), [])
                    if (v.shown, v.means) != (table.shown, table.means)]
        if versions:
            result[(table.instrument, table.period)] = versions
    return result


def _read(path: Path, reader: Callable[[sqlite3.Connection], T], problem: str) -> T:
    """``reader`` on a read-only connection to ``path`` (no trace left on disk); AuditError if it is no
    usable SQLite file."""
    try:
        conn = read_only(path)
        try:
            return reader(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AuditError(f"{problem}: {exc}") from None


def audit_public(public_path: Path | str, raw_path: Path | str | None = None, k: int | None = None,
                 width: int | None = None, progress: Callable[[str], None] | None = None) -> AuditResult:
    """What ``stemsync audit`` does: audit a public database, with the ledger of the
    private database when ``raw_path`` is given."""
    public_path = Path(public_path)
    if not public_path.is_file():
        raise AuditError(f"the public database {public_path} does not exist; give the file `stemsync publish` wrote")
    tables, total, shown_k = _read(public_path, read_public, f"cannot read {public_path} as a public database")
    earlier: dict[tuple[str, str], list[Version]] = {}
    if raw_path is not None:
        raw_path = Path(raw_path)
        if not raw_path.is_file():
            raise AuditError(f"the private database {raw_path} does not exist; give it with --raw")
        earlier = without_current(_read(raw_path, read_ledger, f"cannot read the ledger in {raw_path}"), tables)
    k = k or shown_k
    if not k:
        raise AuditError("the public database does not say its k; give it with --k")
    result = audit_tables(tables, k, width, earlier, progress)
    total_violation = check_total(total, tables)
    if total_violation:
        result.other.append(total_violation)
    return result


def as_json(result: AuditResult) -> str:
    return json.dumps({
        "ok": result.ok, "k": result.k, "width": result.width, "lps": result.lps, "hidden": result.hidden,
        "seconds": round(result.seconds, 3),
        "tables": [{"instrument": t.instrument, "period": t.period, "hidden": t.hidden, "lps": t.lps,
                    "narrowest": None if t.narrowest is None else
                    {"cell": list(t.narrowest[0]), "low": t.narrowest[1], "high": t.narrowest[2]}}
                   for t in result.tables],
        "violations": [{"instrument": v.instrument, "period": v.period, "kind": v.kind, "message": v.message,
                        "cell": list(v.cell) if v.cell else None, "arithmetic": v.arithmetic}
                       for v in result.violations],
    }, ensure_ascii=False, indent=2)
