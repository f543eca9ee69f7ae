"""``publish``: read the private database, decide what may be shown, write the public one.

The steps: group the counted responses in SQL (per team value, period and role);
map team values to units; roll the groups up to regions and organisations; plan the
periods (closed and past the grace time: released once, then frozen; see
:mod:`stemsync.publish.ledger`); for the periods released now, suppress small groups
and their complements and place comments by what suppression showed; copy frozen
periods from the ledger; de-identify comments (cached in the private database);
write everything to a temporary file next to ``out_path`` and swap it in with
``os.replace``, so a running portal never sees a half-written file; then commit the
release to the ledger.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from stemsync import __version__
from stemsync.actions import STATUSES
from stemsync.codebook import Instrument
from stemsync.deidentify import looks_identifying
from stemsync.db import DatabaseError, check_db
from stemsync.publish import aggregate, catalog, comments as commentsmod, ledger, protect, schema
from stemsync.publish.aggregate import ALL_ROLES, Source, TextRow
from stemsync.publish.ledger import Cell, Comment, FrozenPeriod, Member
from stemsync.publish.protect import Protection
from stemsync.publish.metadata import datasette_metadata, metadata_path
from stemsync.publish.periods import KIND_NL, period_of, period_row, publish_from, valid_period
from stemsync.publish.settings import PublishSettings
from stemsync.publish.units import ORGANISATION, Unit, UnitTree, build_units
from stemsync.review import queue as review

Progress = Callable[[str], None]
READ_ATTEMPTS = 5


class PublishError(Exception):
    """Publishing is refused or failed; the message says what to do."""


class ReleaseRefused(PublishError):
    """Raised by a check of the new public database before it is swapped in (the audit):
    the release is recorded as refused and the previous publication stays in place."""


@dataclass
class PublishReport:
    out_path: str = ""
    metadata_path: str = ""
    published_at: str = ""
    k: int = 0
    period_kind: str = ""
    responses: dict[str, int] = field(default_factory=dict)   # counted, per instrument
    excluded: dict[str, int] = field(default_factory=dict)    # incomplete or deleted, per instrument
    groups_shown: int = 0          # rows in responses
    groups_withheld: int = 0
    figures_shown: int = 0         # rows in scores
    figures_small: int = 0         # not shown: fewer than k answers
    figures_complementary: int = 0  # not shown: would let a hidden figure be recomputed
    details_unanimous: int = 0     # shown without mean/distribution: everyone answered the same
    details_complementary: int = 0  # shown without mean/distribution: to protect another group
    invalid_answers: int = 0       # answers outside the codebook, not counted
    comments_shown: dict[str, int] = field(default_factory=dict)  # per level
    comments_withheld: int = 0
    actions: int = 0               # 'Jij zei, wij deden' actions copied (de-identified)
    review_mode: str = ""          # [publish] comments: review (default), risky or automatic
    review_waiting: int = 0        # distinct texts waiting for a person (stemsync review list)
    review_withheld: int = 0       # distinct texts a person withheld
    review_auto_approved: int = 0  # approved in this run without a risk signal (mode risky)
    texts_new: int = 0             # de-identified in this run
    texts_cached: int = 0          # taken from the cache
    redacted: dict[str, int] = field(default_factory=dict)  # spans per kind, in shown comments
    units: int = 0
    unknown_teams: int = 0         # team values outside the hierarchy, shown under region 'onbekend'
    withheld_team_names: int = 0   # team values never shown as a name (identifying or not a plain name)
    periods: int = 0
    released: list[str] = field(default_factory=list)   # periods computed in this run (first release)
    reissued: list[str] = field(default_factory=list)   # frozen periods computed again (--reissue)
    frozen: list[str] = field(default_factory=list)     # periods copied from the ledger
    waiting: dict[str, str | None] = field(default_factory=dict)  # period -> first day it may be published
    open_period: str | None = None  # the running period shown at organisation level ([publish] open_period)
    releases: list[int] = field(default_factory=list)   # ledger release ids written by this run
    later: dict[str, int] = field(default_factory=dict)  # not in the published figures: arrived, withdrawn, comments
    not_yet: int = 0               # counted responses in periods not published yet
    cells_hidden_primary: int = 0   # non-zero cells hidden by primary suppression (small groups, unanimity)
    cells_hidden: int = 0           # non-zero cells hidden in the end (after secondary suppression)
    groups_eligible: int = 0        # groups (instrument, period, unit, role) with at least k responses
    groups_eligible_shown: int = 0  # ... of which shown: utility = shown / eligible
    secondary_lps: int = 0          # LPs solved while choosing secondary suppression
    audit_lps: int = 0              # LPs solved by the audit before the swap (0 for tables audited while chosen)
    audit_seconds: float = 0.0
    audit_violations: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def utility(self) -> float:
        return self.groups_eligible_shown / self.groups_eligible if self.groups_eligible else 1.0

    def period_line(self) -> str:
        parts = []
        if self.released:
            parts.append(f"released {', '.join(self.released)}")
        if self.reissued:
            parts.append(f"reissued {', '.join(self.reissued)}")
        parts.append(f"{len(self.frozen)} frozen (as first published)")
        if self.open_period:
            parts.append(f"{self.open_period} open (organisation level only)")
        waiting = [f"{p} (from {day})" if day else f"{p} (no date: never)" for p, day in sorted(self.waiting.items())]
        if waiting:
            parts.append(f"not yet published: {', '.join(waiting)}, {self.not_yet} response(s)")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        counted = sum(self.responses.values())
        shown = sum(self.comments_shown.values())
        per_level = ", ".join(f"{n} at {level}" for level, n in sorted(self.comments_shown.items()) if n)
        redacted = ", ".join(f"{n} {kind}" for kind, n in sorted(self.redacted.items(), key=lambda x: (-x[1], x[0])))
        lines = [
            f"Published {self.out_path} (k = {self.k}, per {self.period_kind}) and {self.metadata_path}",
            f"  responses: {counted} counted in {sum(1 for n in self.responses.values() if n)} instrument(s); "
            f"{sum(self.excluded.values())} incomplete or deleted left out",
            f"  groups: {self.groups_shown} shown, {self.groups_withheld} withheld",
            f"  figures: {self.figures_shown} shown; withheld {self.figures_small} (fewer than k answers), "
            f"{self.figures_complementary} (complementary suppression)",
            f"  details: mean and distribution withheld for {self.details_unanimous} (everyone answered the same) "
            f"and {self.details_complementary} (complementary)",
            f"  comments: {shown} shown ({per_level or 'none'}); {self.comments_withheld} withheld (group smaller "
            f"than k even at organisation level); actions: {self.actions}",
            f"  review ({self.review_mode}): {self.review_waiting} text(s) wait for a person (stemsync review list), "
            f"{self.review_withheld} withheld" + (f", {self.review_auto_approved} approved automatically (no risk "
                                                   "signal)" if self.review_auto_approved else ""),
            f"  de-identification: {self.texts_new} new text(s), {self.texts_cached} from the cache; "
            f"redacted: {redacted or 'nothing'}",
            f"  units: {self.units} ({self.unknown_teams} team(s) outside the hierarchy under 'onbekend'; "
            f"{self.withheld_team_names} team value(s) not shown as a name); periods: {self.periods}",
        ]
        lines.append("  periods: " + self.period_line())
        if any(self.later.values()):
            lines.append(f"  not in the published figures (came in, changed or were deleted after their period was "
                         f"frozen): {self.later.get('arrived', 0)} response(s) arrived, "
                         f"{self.later.get('withdrawn', 0)} withdrawn, {self.later.get('comments', 0)} comment(s); "
                         "stemsync publish --reissue PERIOD takes them in")
        if self.groups_eligible:
            lines.append(f"  protection: {self.groups_eligible_shown} of {self.groups_eligible} groups with at least k "
                         f"responses shown ({self.utility:.1%}); {self.cells_hidden_primary} cell(s) hidden by the "
                         f"k and unanimity rules, {self.cells_hidden - self.cells_hidden_primary} more so that the "
                         f"attacker's audit passes ({self.secondary_lps + self.audit_lps} LPs)")
        if self.invalid_answers:
            lines.append(f"  {self.invalid_answers} answer(s) outside the codebook were not counted")
        return lines


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- reading and rolling up -------------------------------------------------------


@dataclass
class InstrumentData:
    source: Source
    roles: list[str]
    # period -> (unit, role) -> vector of counts (see Source.grouped), rolled up to every level
    cells: dict[str, dict[tuple[str, str], list[int]]] = field(default_factory=dict)
    texts: list[TextRow] = field(default_factory=list)  # every comment of a counted response
    members: list[tuple[str, int, int]] = field(default_factory=list)  # (period, survey_id, response_id) counted


@dataclass
class Snapshot:
    """Everything publish reads from the private database, as of one moment."""

    grouped: dict[str, list]   # instrument -> Source.grouped rows
    texts: dict[str, list]     # instrument -> Source.all_texts rows
    members: dict[str, list]   # instrument -> Source.members rows
    excluded: dict[str, int]   # instrument -> incomplete or deleted responses
    actions: list[dict[str, Any]]


def read_snapshot(raw_path: Path, conn: sqlite3.Connection, sources: list[Source]) -> Snapshot:
    """Read the instrument tables in parallel (a connection per thread; SQLite runs outside
    the GIL) and read again if anything was committed meanwhile: ``PRAGMA data_version``
    on ``conn`` changes with every commit of another connection, so an unchanged value
    means every thread saw the same database."""
    def one(source: Source) -> tuple[list, list, int, list]:
        reader = sqlite3.connect(str(raw_path), timeout=30)
        try:
            reader.execute("begin")
            return (list(source.grouped(reader)), list(source.all_texts(reader)), source.excluded(reader),
                    list(source.members(reader)))
        finally:
            reader.close()

    def version() -> int:
        return conn.execute("pragma data_version").fetchone()[0]

    for _ in range(READ_ATTEMPTS):
        before = version()
        with ThreadPoolExecutor(max_workers=max(1, min(len(sources), os.cpu_count() or 1))) as pool:
            results = dict(zip((s.instrument.id for s in sources), pool.map(one, sources)))
        actions = aggregate.read_actions(conn)
        if version() == before:
            return Snapshot({i: r[0] for i, r in results.items()}, {i: r[1] for i, r in results.items()},
                            {i: r[3] for i, r in results.items()}, {i: r[2] for i, r in results.items()}, actions)
    raise PublishError(f"the private database {raw_path} kept changing while it was read (is a sync running?); "
                       "try again")


def _roll_up(snapshot: Snapshot, sources: list[Source], tree: UnitTree, report: PublishReport
             ) -> list[InstrumentData]:
    """Per instrument and period, the counts of every unit and role (teams added up to
    their region and organisation, roles to 'alle')."""
    data = []
    for source in sources:
        inst = source.instrument
        item = InstrumentData(source, catalog.role_codes(inst) if source.role_field else [],
                              texts=snapshot.texts[inst.id],
                              members=snapshot.members[inst.id])
        report.excluded[inst.id] = snapshot.excluded[inst.id]
        report.responses[inst.id] = 0
        for team_value, period, role_value, invalid, vector in snapshot.grouped[inst.id]:
            report.responses[inst.id] += vector[0]
            report.invalid_answers += invalid
            roles = (ALL_ROLES, aggregate.role_of(inst, role_value)) if item.roles else (ALL_ROLES,)
            cells = item.cells.setdefault(period, {})
            for uid in tree.ancestors(tree.team_of_value[team_value]):
                for role in roles:
                    total = cells.get((uid, role))
                    cells[(uid, role)] = list(vector) if total is None else [a + b for a, b in zip(total, vector)]
        data.append(item)
    return data


# -- planning the periods ----------------------------------------------------------


@dataclass
class PeriodPlan:
    """What happens to each period in this run."""

    release: list[str] = field(default_factory=list)   # closed, computed for the first time
    reissue: list[str] = field(default_factory=list)   # frozen, computed again on request
    frozen: dict[str, FrozenPeriod] = field(default_factory=dict)  # shown as the ledger has them
    waiting: dict[str, date | None] = field(default_factory=dict)  # not shown: first day it may be (None: never)
    open: str | None = None                            # the running period ([publish] open_period)
    provisional: list[str] = field(default_factory=list)  # ended, in grace, last provisional state shown
    next_period: str = ""                              # the first period not published yet
    next_on: date | None = None                        # ... and the day it will be

    @property
    def computed(self) -> list[str]:
        return sorted(self.release + self.reissue)


def plan_periods(periods: Iterable[str], frozen: Mapping[str, FrozenPeriod], settings: PublishSettings,
                 today: date, reissue: Iterable[str] = ()) -> PeriodPlan:
    """A period is published once it has closed and ``grace_days`` have passed; from then
    on it is frozen (shown from the ledger) unless it is reissued."""
    kind, grace = settings.period, settings.grace_days
    plan = PeriodPlan(frozen={p: f for p, f in frozen.items()})
    reissue = set(reissue)
    for period in sorted(reissue):
        day = publish_from(period, kind, grace) if valid_period(period, kind) else None
        if day is None:
            example = "2026-K3" if kind == "quarter" else "2026-07"
            raise PublishError(f"--reissue {period}: not a {kind} like {example}; give a period that was published")
        if day > today:
            raise PublishError(f"--reissue {period}: that period cannot be published before {day.isoformat()} "
                               f"({grace} days after it ends); nothing was changed")
    for period in sorted(set(periods) | set(frozen) | reissue):
        day = publish_from(period, kind, grace)
        if period in frozen and period not in reissue:
            continue
        if day is None or day > today:
            plan.waiting[period] = day
            if settings.open_period and period == period_of(today, kind):
                plan.open = period
            continue
        (plan.reissue if period in frozen else plan.release).append(period)
        plan.frozen.pop(period, None)
    plan.next_period = period_of(today - timedelta(days=grace), kind)
    plan.next_on = publish_from(plan.next_period, kind, grace)
    return plan


# -- deciding (the periods released in this run) -----------------------------------


def _too_close(cells: Mapping[tuple[str, str], list[int]], where: slice | None, k: int,
               shown_before: Mapping[tuple[str, str], int]) -> set[tuple[str, str]]:
    """Groups whose count differs from a state shown before (a provisional state of the
    running period) by 1 to k - 1: showing both would tell those few responses apart."""
    close = set()
    for key, before in shown_before.items():
        vector = cells.get(key)
        now = (vector[0] if where is None else sum(vector[where])) if vector else 0
        if 0 < abs(now - before) < k:
            close.add(key)
    return close


def _period_cells(item: InstrumentData, period: str, tree: UnitTree, protection: Protection, k: int,
                  report: PublishReport, shown_before: Mapping[tuple, int] | None = None) -> list[Cell]:
    """Every cell of one instrument and period, as the ledger keeps it: each unit × role,
    the number of questionnaires, and per question its n and each answer option's count;
    ``value`` None where suppression hides it. What is shown is decided by
    :func:`stemsync.publish.protect.decide` (primary suppression, then secondary
    suppression until the attacker's audit passes). ``shown_before``: (instrument, unit,
    role, question, option) -> value of the period's provisional states (``open_period``);
    groups fewer than k away from those start hidden."""
    inst = item.source.instrument
    cells = item.cells.get(period, {})
    before = {key[1:4]: value for key, value in (shown_before or {}).items() if key[0] == inst.id and key[4] == ""}
    keys = [(uid, role) for uid in sorted(tree.units) for role in (ALL_ROLES, *item.roles)]
    layout = item.source.layout()
    close = {None: _too_close(cells, None, k, {(u, r): v for (u, r, q), v in before.items() if q == ""})}
    for question, where in layout:
        close[question.code] = _too_close(cells, where, k,
                                          {(u, r): v for (u, r, q), v in before.items() if q == question.code})
    specs = protect.specs_of(layout)
    level = {uid: unit.level for uid, unit in tree.units.items()}
    parent = {uid: unit.parent for uid, unit in tree.units.items()}
    decision = protect.decide(inst.id, period, parent, level, item.roles,
                              protect.Cells(cells, specs, [where for _, where in layout]), k, protection.width,
                              protection.earlier.get((inst.id, period), []), audit=protection.audit, hide_first=close)
    protection.decided[(inst.id, period)] = decision
    shown = decision.table.shown
    report.groups_withheld += len(decision.groups_hidden)
    report.cells_hidden_primary += decision.primary_cells
    report.cells_hidden += decision.hidden_cells
    report.groups_eligible += decision.eligible
    report.groups_eligible_shown += decision.eligible_shown
    report.secondary_lps += decision.lps
    out = []
    for uid, role in keys:
        n = cells[(uid, role)][0] if (uid, role) in cells else 0
        out.append(Cell(inst.id, period, uid, role, ledger.QUESTIONNAIRES, ledger.N,
                        shown.get((ledger.QUESTIONNAIRES, uid, role, ledger.N)), None, n))
    for (question, where), spec in zip(layout, specs):
        code = question.code
        report.figures_small += len(decision.small[code])
        report.figures_complementary += len(decision.hidden[code] - decision.small[code])
        report.details_unanimous += len(decision.unanimous[code])
        report.details_complementary += len(decision.withheld[code] - decision.unanimous[code])
        zero = (0,) * len(spec.options)
        for uid, role in keys:
            counts = cells[(uid, role)][where] if (uid, role) in cells else zero
            out.append(Cell(inst.id, period, uid, role, code, ledger.N, shown.get((code, uid, role, ledger.N)),
                            decision.table.means.get((code, uid, role)), sum(counts)))
            out += [Cell(inst.id, period, uid, role, code, option, shown.get((code, uid, role, option)), None, count)
                    for option, count in zip(spec.options, counts)]
    return out


def _shown_units(cells: Iterable[Cell]) -> set[str]:
    """Units whose number of questionnaires (all roles) is shown."""
    return {c.unit for c in cells if c.question == ledger.QUESTIONNAIRES and c.role == ALL_ROLES
            and c.value is not None}


def _place_comments(item: InstrumentData, period: str, tree: UnitTree, shown: set[str], k: int,
                    report: PublishReport) -> tuple[list[tuple[tuple[str, ...], TextRow]], list[TextRow]]:
    """The comments of one instrument and period that may be shown, with their columns
    but the text (instrument, question, theme, period, unit, level), and those that may
    not (their group is too small even at organisation level). A comment sits at its team
    only where the team's figures are shown (see comments.place)."""
    inst = item.source.instrument
    cells = item.cells.get(period, {})
    sizes = {uid: cells[(uid, ALL_ROLES)][0] for uid, unit in tree.units.items()
             if unit.level == "team" and (uid, ALL_ROLES) in cells}
    placement = commentsmod.place(sizes, tree, k, shown)
    themes = {q.code: q.theme for q in inst.questions}
    placed, unplaced = [], []
    for text in item.texts:
        if text.period != period:
            continue
        unit = placement.get(tree.team_of_value[text.team])
        if unit is None:
            report.comments_withheld += 1
            unplaced.append(text)
            continue
        placed.append(((inst.id, text.question, themes[text.question], period, unit, tree.units[unit].level), text))
    return placed, unplaced


def _members(item: InstrumentData, periods: set[str]) -> list[Member]:
    """The responses a release of ``periods`` counted (its comments are added after review)."""
    inst = item.source.instrument.id
    return [Member(inst, period, sid, rid, "") for period, sid, rid in item.members if period in periods]


def _text_member(instrument: str, text: TextRow) -> Member:
    return Member(instrument, text.period, text.survey_id, text.response_id, text.question)


@dataclass
class Release:
    """What this run computes: the ledger rows of the released periods."""

    reason: str
    periods: list[str]
    cells: list[Cell] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    placed: list[tuple[tuple[str, ...], TextRow]] = field(default_factory=list)  # comments that may be shown
    unplaced: list[Member] = field(default_factory=list)   # comments of groups too small even at the top
    comments: list[Comment] = field(default_factory=list)  # the shown ones, de-identified and approved
    id: int | None = None


def _compute(conn: sqlite3.Connection | None, data: list[InstrumentData], periods: list[str], reason: str, tree: UnitTree,
             k: int, report: PublishReport, protection: Protection) -> Release:
    release = Release(reason, periods)
    provisional = {period: ledger.last_open_values(conn, period) if conn else {} for period in periods}
    for item in data:
        for period in periods:
            cells = _period_cells(item, period, tree, protection, k, report, provisional[period])
            release.cells += cells
            placed, unplaced = _place_comments(item, period, tree, _shown_units(cells), k, report)
            release.placed += placed
            release.unplaced += [_text_member(item.source.instrument.id, t) for t in unplaced]
        release.members += _members(item, set(periods))
    return release


# -- the running period ([publish] open_period) --------------------------------------


def _open_cells(item: InstrumentData, period: str, roots: list[str], k: int,
                last: Mapping[tuple[str, str, str, str, str], int]) -> list[Cell]:
    """The running period at organisation level, all roles together. A figure is shown only
    when it describes at least k responses *and* at least k more than the last state shown
    of it, and a distribution only when what changed since then is not one answer for all:
    comparing two states then never tells fewer than k people's answers."""
    inst = item.source.instrument.id
    cells = item.cells.get(period, {})
    out = []

    def step_ok(key: tuple[str, str, str, str, str], value: int) -> bool:
        return value >= k and value - last.get(key, 0) >= k

    for uid in roots:
        vector = cells.get((uid, ALL_ROLES))
        n = vector[0] if vector else 0
        out.append(Cell(inst, period, uid, ALL_ROLES, ledger.QUESTIONNAIRES, ledger.N,
                        n if step_ok((inst, uid, ALL_ROLES, "", ""), n) else None, None, n))
        for question, where in item.source.layout():
            options = aggregate.valid_answers(question)
            counts = vector[where] if vector else (0,) * len(options)
            n = sum(counts)
            shown = step_ok((inst, uid, ALL_ROLES, question.code, ""), n)
            before = [last.get((inst, uid, ALL_ROLES, question.code, option), 0) for option in options]
            change = [now - then for now, then in zip(counts, before)]
            details = (shown and sum(1 for c in counts if c) > 1 and min(change) >= 0
                       and sum(1 for c in change if c) > 1)
            mean = None
            if details and question.kind == "scale":
                mean = round(sum(int(o) * c for o, c in zip(options, counts)) / n, 2)
            out.append(Cell(inst, period, uid, ALL_ROLES, question.code, ledger.N, n if shown else None, mean, n))
            out += [Cell(inst, period, uid, ALL_ROLES, question.code, option, count if details else None, None, count)
                    for option, count in zip(options, counts)]
    return out


def _open_period(conn: sqlite3.Connection, data: list[InstrumentData], period: str, tree: UnitTree, k: int
                 ) -> tuple[Release | None, list[Cell]]:
    """A new 'open' release of the running period when at least k responses came in since
    its last shown state; else no release, and the cells of that last state to show again."""
    previous = ledger.last_open_release(conn, period)
    was = ledger.members(conn, previous.release, period) if previous else set()
    new = sum(1 for item in data for p, sid, rid in item.members
              if p == period and (item.source.instrument.id, sid, rid, "") not in was)
    if previous is not None and new < k:
        return None, ledger.shown_cells(conn, previous.release, period)  # not enough new: the last state
    last = ledger.last_open_values(conn, period)
    roots = sorted(uid for uid, unit in tree.units.items() if unit.level == ORGANISATION)
    release = Release(ledger.OPEN, [period])
    for item in data:
        release.cells += _open_cells(item, period, roots, k, last)
        release.members += [Member(item.source.instrument.id, p, sid, rid, "") for p, sid, rid in item.members
                            if p == period]
    return release, []


def _provisional_in_grace(conn: sqlite3.Connection, plan: PeriodPlan) -> list[Cell]:
    """A period shown provisionally that has ended but is still in its grace time keeps its
    last provisional state until it is released."""
    cells: list[Cell] = []
    for period in sorted(plan.waiting):
        previous = ledger.last_open_release(conn, period) if period != plan.open else None
        if previous is not None:
            cells += ledger.shown_cells(conn, previous.release, period)
            plan.provisional.append(period)
    return cells


# -- frozen periods and what came later ---------------------------------------------


def _late(conn: sqlite3.Connection, data: list[InstrumentData], frozen: Mapping[str, FrozenPeriod]
          ) -> tuple[list[list], list[tuple[int, str, TextRow]]]:
    """Per instrument × frozen period: [instrument, period, release, arrived, withdrawn,
    comments]: what counts now but is not in the frozen figures, and the other way round.
    ``comments`` is filled in after review from the second list: (row, instrument, text) of
    the comments that are not in the frozen period, which are only counted once approved."""
    rows: list[list] = []
    pending: list[tuple[int, str, TextRow]] = []
    for period, info in sorted(frozen.items()):
        then = ledger.members(conn, info.release, period)
        for item in data:
            inst = item.source.instrument.id
            was = {(sid, rid) for i, sid, rid, q in then if i == inst and q == ""}
            now = {(sid, rid) for p, sid, rid in item.members if p == period}
            pending += [(len(rows), inst, t) for t in item.texts
                        if t.period == period and (inst, t.survey_id, t.response_id, t.question) not in then]
            rows.append([inst, period, info.release, len(now - was), len(was - now), 0])
    return rows, pending


def _texts(conn: sqlite3.Connection, releases: list[Release], pending: list[tuple[int, str, TextRow]],
           late: list[list], actions: list[dict[str, Any]], cache: commentsmod.TextCache, deidentifier: Any,
           settings: PublishSettings, report: PublishReport, say: Progress) -> tuple[Counter, list[str]]:
    """De-identify (through the cache) and review every text this run may show: the comments
    of released periods, the comments that came later to frozen periods (queued, counted
    once approved, shown only with a reissue; row >= 0 in ``pending``), the comments of
    periods not released yet (row -1: queued, so a person can approve them before the
    release) and the actions. Fills in each release's
    comments and commented members; returns the redacted spans and the actions' texts."""
    placed = [(columns, text) for release in releases for columns, text in release.placed]
    contexts = [{"instrument": cols[0], "question": cols[1], "period": cols[3]} for cols, _ in placed]
    contexts += [{"instrument": inst, "question": t.question, "period": t.period} for _, inst, t in pending]
    contexts += [{"instrument": a.get("instrument"), "question": a.get("theme"), "period": a.get("period")}
                 for a in actions for _ in ("said", "did")]
    raw_texts = ([t.text for _, t in placed] + [t.text for _, _, t in pending]
                 + [action[key] or "" for action in actions for key in ("said", "did")])
    kinds: list = []
    texts, redacted, report.texts_new, report.texts_cached = commentsmod.deidentify(
        raw_texts, cache, deidentifier, report.published_at, say, kinds=kinds)
    entries = [review.Entry("comment" if i < len(placed) + len(pending) else "action", raw, text,
                            commentsmod.low_confidence(found), context)
               for i, (raw, text, found, context) in enumerate(zip(raw_texts, texts, kinds, contexts))]
    out, gate = review.gate(conn, entries, settings.comments, report.published_at, say)
    report.review_mode, report.review_waiting = gate.mode, gate.waiting
    report.review_withheld, report.review_auto_approved = gate.withheld, gate.auto_approved
    results = iter(out)
    for release in releases:
        for (columns, text), shown in zip(release.placed, results):
            if shown.strip():  # publishable at release time: frozen with its period
                release.comments.append(Comment(*columns, shown.strip()))
                release.members.append(_text_member(columns[0], text))
        release.members += release.unplaced
    for (row, _, _), shown in zip(pending, results):
        if row >= 0:
            late[row][5] += bool(shown.strip())
    report.later["comments"] = sum(row[5] for row in late)
    return redacted, list(results)


def _frozen_content(conn: sqlite3.Connection, frozen: Mapping[str, FrozenPeriod]
                    ) -> tuple[list[Cell], list[Comment], dict[str, tuple[str, str, str | None]]]:
    cells: list[Cell] = []
    comments: list[Comment] = []
    for period, info in sorted(frozen.items()):
        cells += ledger.shown_cells(conn, info.release, period)
        comments += ledger.comments(conn, info.release, period)
    return cells, comments, ledger.units(conn, (info.release for info in frozen.values()))


# -- the public rows -------------------------------------------------------------------


def _figure_rows(cells: Iterable[Cell], level: Mapping[str, str], themes: Mapping[tuple[str, str], str | None],
                 rows: dict[str, list]) -> None:
    """responses, scores and distribution rows from ledger cells (hidden cells are skipped;
    a shown n whose options are all hidden has ``details_withheld`` 1). Frozen periods and
    new ones go through here alike, so a frozen period shows exactly what it showed."""
    score_of: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}
    for cell in cells:
        if cell.value is None:
            continue
        if cell.question == ledger.QUESTIONNAIRES:
            rows["responses"].append({"instrument": cell.instrument, "period": cell.period, "unit": cell.unit,
                                      "level": level[cell.unit], "role": cell.role, "n": cell.value})
        elif cell.option == ledger.N:
            score = {"id": len(rows["scores"]) + 1, "instrument": cell.instrument, "question": cell.question,
                     "theme": themes.get((cell.instrument, cell.question)), "period": cell.period,
                     "unit": cell.unit, "level": level[cell.unit], "role": cell.role, "n": cell.value,
                     "mean": cell.mean, "details_withheld": 1}
            rows["scores"].append(score)
            score_of[(cell.instrument, cell.period, cell.unit, cell.role, cell.question)] = score
        else:
            score = score_of[(cell.instrument, cell.period, cell.unit, cell.role, cell.question)]
            score["details_withheld"] = 0
            rows["distribution"].append((score["id"], cell.option, cell.value))


def _units_shown(tree: UnitTree, frozen_units: Mapping[str, tuple[str, str, str | None]]) -> UnitTree:
    """The current units plus the units frozen periods showed (e.g. a team since renamed)."""
    merged = UnitTree(dict(tree.units))
    for uid, (name, level, parent) in frozen_units.items():
        merged.units.setdefault(uid, Unit(uid, name, level, parent))
    return merged


def _shown_total(rows: dict[str, list], units: UnitTree) -> int:
    """The responses counted in the shown top-level totals: a total derived from shown
    cells (the true grand total would give away every hidden organisation total)."""
    return sum(row["n"] for row in rows["responses"]
               if row["role"] == ALL_ROLES and units.units[row["unit"]].parent is None)


def _public_rows(rows: dict[str, list], comments: list[Comment], actions: list[dict[str, Any]],
                 action_texts: list[str], instruments: list[Instrument], units: UnitTree, plan: PeriodPlan,
                 late: list[tuple], settings: PublishSettings, report: PublishReport, derived: bool = True) -> None:
    """Complete ``rows`` (figures are in already) with comments, actions, the codebook,
    units, periods, the release notes and the publication row. ``derived``:
    publication.responses is the sum of the shown top-level totals (see _shown_total)."""
    texts = iter(action_texts)
    # sorting the rows (in column order) sorts by instrument, question, period, unit and text
    rows["comments"] = sorted(tuple(c) for c in comments)
    rows["actions"] = [{**action, "said": said, "did": did, "status_nl": STATUSES.get(action["status"], action["status"])}
                       for action, said, did in ((a, next(texts), next(texts)) for a in actions)
                       if said.strip() and did.strip()]  # both texts approved (stemsync review)
    rows.update(catalog.codebook_rows(instruments))
    rows["units"] = units.rows()
    used_periods = ({row["period"] for table in ("responses", "scores") for row in rows[table]}
                    | {row[3] for row in rows["comments"]})
    released_at = {p: f.released_at for p, f in plan.frozen.items()}
    released_at.update((p, report.published_at) for p in plan.computed)
    rows["periods"] = [{**period_row(p, settings.period),
                        "status": "voorlopig" if p == plan.open or p in plan.provisional else "vast",
                        "released_at": (released_at.get(p) or report.published_at)[:10]}
                       for p in sorted(used_periods)]
    rows["release_notes"] = [_release_note(inst, period, released_at.get(period, ""), arrived, withdrawn, later)
                             for inst, period, _, arrived, withdrawn, later in late]

    report.comments_shown = dict(Counter(row[5] for row in rows["comments"]))
    report.actions = len(rows["actions"])
    report.units, report.periods = len(rows["units"]), len(rows["periods"])
    report.unknown_teams, report.withheld_team_names = units.unknown_teams, units.withheld_team_names
    report.groups_shown, report.figures_shown = len(rows["responses"]), len(rows["scores"])
    rows["publication"] = [{
        "published_at": report.published_at, "k": settings.k, "period_kind": KIND_NL[settings.period],
        "responses": _shown_total(rows, units) if derived else sum(report.responses.values()),
        "figures_shown": report.figures_shown,
        "figures_withheld": report.figures_small + report.figures_complementary,
        "details_withheld": report.details_unanimous + report.details_complementary,
        "comments_shown": len(rows["comments"]), "comments_withheld": report.comments_withheld,
        "actions": report.actions, "stemsync_version": __version__,
        "grace_days": settings.grace_days, "next_period": plan.next_period,
        "next_publish_on": plan.next_on.isoformat() if plan.next_on else None,
        "open_period": plan.open,
    }]


def _release_note(instrument: str, period: str, released_at: str, arrived: int, withdrawn: int,
                  comments: int) -> dict[str, Any]:
    parts = []
    if arrived:
        parts.append(f"{arrived} {'lijst kwam' if arrived == 1 else 'lijsten kwamen'} later binnen en "
                     f"{'telt' if arrived == 1 else 'tellen'} niet mee.")
    if withdrawn:
        parts.append(f"{withdrawn} {'lijst is' if withdrawn == 1 else 'lijsten zijn'} later ingetrokken of "
                     f"verwijderd; in deze cijfers {'telt die' if withdrawn == 1 else 'tellen die'} nog mee.")
    if comments:
        parts.append(f"{comments} {'opmerking kwam' if comments == 1 else 'opmerkingen kwamen'} later binnen en "
                     f"{'staat' if comments == 1 else 'staan'} er niet bij.")
    return {"instrument": instrument, "period": period, "released_at": released_at[:10], "later_in": arrived,
            "later_out": withdrawn, "later_comments": comments, "note_nl": " ".join(parts)}


# -- writing ----------------------------------------------------------------------


INDEXES = {
    "responses": [("instrument", "period", "unit")],
    "scores": [("unit", "period"), ("theme",)],
    "comments": [("instrument", "period", "unit"), ("theme",), ("unit",)],
}


def write_public(path: Path, rows: Mapping[str, list[dict[str, Any] | tuple]]) -> None:
    """Create a new public database at ``path`` (which must not exist yet) from ``rows``:
    per table, a list of dicts by column name, or of tuples in column order."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("pragma page_size = 32768")  # measured: fewer, larger pages write faster here
        conn.execute("pragma journal_mode = off")  # a new file, replaced only when complete
        conn.execute("pragma synchronous = off")
        conn.execute("pragma cache_size = -65536")
        with conn:
            for table in schema.TABLES:
                conn.execute(table.create_sql())
                names = [c.name for c in table.columns]
                data = rows.get(table.name, [])
                if data and not isinstance(data[0], tuple):
                    data = [tuple(map(row.get, names)) for row in data]
                conn.executemany(f"insert into [{table.name}] ({', '.join(f'[{n}]' for n in names)}) "
                                 f"values ({', '.join('?' * len(names))})", data)
            for table, indexes in INDEXES.items():
                for columns in indexes:
                    conn.execute(f"create index [idx_{table}_{'_'.join(columns)}] on [{table}] "
                                 f"({', '.join(f'[{c}]' for c in columns)})")
            for view, (_, _, sql) in schema.VIEWS.items():
                conn.execute(f"create view [{view}] as {sql}")
        sqlite_utils.Database(conn)["comments"].enable_fts(["text"], tokenize="unicode61 remove_diacritics 2")
    finally:
        conn.close()


def _atomic_write(target: Path, write: Callable[[Path], None], check: Callable[[Path], None] | None = None) -> None:
    """Write ``target`` through a temporary file in the same folder, run ``check`` on the
    complete temporary file (it raises to refuse it), then os.replace it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # sqlite wants to create the file itself
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        if check is not None:
            check(tmp)
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


# -- the whole publication --------------------------------------------------------


def _check_paths(raw_path: Path, out: Path) -> None:
    if not raw_path.is_file():
        raise PublishError(f"the private database {raw_path} does not exist; give it with --raw, STEMSYNC_DB "
                           "or [database] raw")
    if not out.parent.is_dir():
        raise PublishError(f"the folder of the public database {out} does not exist; create it first")
    if out.exists() and out.resolve() == raw_path.resolve():
        raise PublishError("the public database must be another file than the private one")
    try:
        check_db(raw_path)  # a file of another program, or of a newer stemsync, is refused
    except DatabaseError as exc:
        raise PublishError(f"cannot use the private database: {exc}") from None


def _record(conn: sqlite3.Connection, releases: list[Release], units: list[dict], late: list[tuple],
            stamp: str) -> None:
    """Write the releases of this run and the late counts (no commit)."""
    for release in releases:
        release.id = ledger.record(conn, stamp, release.reason, release.periods, release.cells, units,
                                   release.comments, release.members)
    ledger.write_late(conn, late, stamp)


def publish(raw_db_path: Path | str, out_path: Path | str, instruments: Iterable[Instrument] | Mapping[str, Instrument],
            settings: PublishSettings, deidentifier: Any, progress: Progress | None = None, *,
            reissue: Iterable[str] = (), today: date | None = None, freeze: bool = True,
            check: Callable[[Path], None] | None = None, audit: bool = True) -> PublishReport:
    """Build the public database ``out_path`` from the private ``raw_db_path``.

    ``deidentifier`` has ``deidentify_many(texts) -> [result with .text, .found]`` and a
    ``fingerprint`` (or is a :class:`stemsync.deidentify.Deidentifier`); pass a
    :class:`~stemsync.publish.comments.LazyDeidentifier` to load deduce only when a text
    is not in the cache yet.

    Periods that closed ``settings.grace_days`` ago or more are released once and then
    frozen in the ledger (``reissue`` computes frozen periods again); ``today`` is the
    date that decides it (default: today, UTC). ``check`` runs on the complete new file
    before it replaces the old one and may raise :class:`ReleaseRefused`. ``freeze=False``
    builds without the ledger (every closed period counted afresh, nothing recorded):
    only for tests and benchmarks that show what freezing protects against. Before
    ``check``, the attacker's audit (stemsync.publish.audit) judges the new file with
    every earlier release in the ledger. ``audit=False`` replaces secondary
    suppression by the old heuristic and skips the audit: only for tests and benchmarks
    that show what the audit prevents.
    """
    raw_path, out = Path(raw_db_path), Path(out_path)
    say = progress or (lambda message: None)
    _check_paths(raw_path, out)
    if isinstance(instruments, Mapping):
        instruments = instruments.values()
    instruments = sorted(instruments, key=lambda inst: inst.id)
    today = today or datetime.now(timezone.utc).date()
    report = PublishReport(out_path=str(out), metadata_path=str(metadata_path(out)), k=settings.k,
                           period_kind=settings.period, published_at=now_utc())
    clock = time.monotonic()

    def lap(name: str) -> None:
        nonlocal clock
        report.timings[name] = round(time.monotonic() - clock, 3)
        clock = time.monotonic()

    fingerprint = commentsmod.fingerprint_of(deidentifier)
    conn = sqlite3.connect(str(raw_path), timeout=30)
    try:
        try:
            if freeze:
                ledger.ensure(conn)
            cache = commentsmod.TextCache(conn, fingerprint)
            sources = [s for s in (Source.open(conn, inst, settings.period) for inst in instruments) if s]
            say(f"reading {len(sources)} instrument table(s) from {raw_path}")
            snapshot = read_snapshot(raw_path, conn, sources)
            tree = build_units(settings.units, {row[0] for rows in snapshot.grouped.values() for row in rows},
                               lambda value: looks_identifying(value, settings.all_names))
            data = _roll_up(snapshot, sources, tree, report)
            periods = {p for item in data for p in item.cells}
            plan = plan_periods(periods, ledger.frozen_periods(conn) if freeze else {}, settings, today, reissue)
            actions = snapshot.actions
            lap("read")

            protection = Protection.for_publish(conn, settings.k, audit)
            releases = [_compute(conn if freeze else None, data, ps, reason, tree, settings.k, report, protection)
                        for reason, ps in ((ledger.RELEASE, plan.release), (ledger.REISSUE, plan.reissue)) if ps]
            frozen_cells, frozen_comments, frozen_units = (_frozen_content(conn, plan.frozen) if freeze
                                                           else ([], [], {}))
            if plan.open and freeze:
                opened, shown_before = _open_period(conn, data, plan.open, tree, settings.k)
                releases += [opened] if opened else []
                frozen_cells += shown_before
            if freeze:
                frozen_cells += _provisional_in_grace(conn, plan)
            late, pending = _late(conn, data, plan.frozen) if freeze else ([], [])
            pending += [(-1, item.source.instrument.id, t) for item in data for t in item.texts
                        if t.period in plan.waiting]  # queued for review ahead of their release
            _count(data, plan, late, report)
            lap("suppress")

            say(f"de-identifying {sum(len(r.placed) for r in releases)} comment(s) and {len(actions)} action(s)")
            redacted, action_texts = _texts(conn, releases, pending, late, actions, cache, deidentifier, settings,
                                            report, say)
        except sqlite3.DatabaseError as exc:
            raise PublishError(f"cannot use the private database {raw_path}: {exc}; check that it is stemsync's "
                               "database, and try again if a sync was busy") from None
        report.redacted = dict(redacted)
        lap("deidentify")

        units = _units_shown(tree, frozen_units)
        rows: dict[str, list] = defaultdict(list)
        themes = {(inst.id, q.code): q.theme for inst in instruments for q in inst.questions}
        level = {uid: unit.level for uid, unit in units.units.items()}
        shown = frozen_cells + [c for r in releases for c in r.cells if c.value is not None]
        _figure_rows(sorted(shown), level, themes, rows)
        notes = [tuple(row) for row in late] + [(item.source.instrument.id, p, 0, 0, 0, 0) for item in data
                                                for p in plan.computed]
        _public_rows(rows, frozen_comments + [c for r in releases for c in r.comments], actions, action_texts,
                     instruments, units, plan, sorted(notes), settings, report, derived=audit)
        say(f"writing {out}")
        if audit:  # the attacker's audit first, then any check of the caller
            check = _audit_check(protection, report, say, check)
        _swap_in(conn, out, rows, settings, releases, tree.rows(), late, report, check, freeze)
    finally:
        conn.close()
    lap("write")
    return report


def _audit_check(protection: Protection, report: PublishReport, say: Progress,
                 then: Callable[[Path], None] | None = None) -> Callable[[Path], None]:
    """The attacker's audit of the new file, before it is swapped in (see docs/publish.md)."""
    def check(tmp: Path) -> None:
        result = protect.audit_release(tmp, protection, say)
        report.audit_lps, report.audit_seconds = result.lps, round(result.seconds, 3)
        report.audit_violations = len(result.violations)
        if not result.ok:
            first = result.violations[0]
            where = f"{first.instrument} {first.period}: " if first.instrument else ""
            raise ReleaseRefused(f"the release failed the attacker's audit ({len(result.violations)} violation(s), "
                                 f"first: {where}{first.message}); the previous publication is kept in place")
        if then is not None:
            then(tmp)
    return check


def _count(data: list[InstrumentData], plan: PeriodPlan, late: list[tuple], report: PublishReport) -> None:
    shown = set(plan.computed) | set(plan.frozen)
    report.released, report.reissued, report.frozen = plan.release, plan.reissue, sorted(plan.frozen)
    report.waiting = {p: day.isoformat() if day else None for p, day in plan.waiting.items()}
    report.open_period = plan.open
    for item in data:
        inst = item.source.instrument.id
        report.responses[inst] = sum(1 for period, _, _ in item.members if period in shown)
        report.not_yet += sum(1 for period, _, _ in item.members if period in plan.waiting)
    # frozen periods count what they counted then: now minus what came later plus what left later
    for inst, _, _, arrived, withdrawn, _ in late:
        report.responses[inst] += withdrawn - arrived
    report.later = {"arrived": sum(r[3] for r in late), "withdrawn": sum(r[4] for r in late),
                    "comments": sum(r[5] for r in late)}


def _swap_in(conn: sqlite3.Connection, out: Path, rows: dict[str, list], settings: PublishSettings,
             releases: list[Release], units: list[dict], late: list[tuple], report: PublishReport,
             check: Callable[[Path], None] | None, freeze: bool = True) -> None:
    """Record the releases in the ledger, write the new public database, let ``check``
    judge it, swap it in, then commit the ledger: a failure leaves the previous
    publication and the ledger as they were; a refusal is recorded as such."""
    conn.execute("begin immediate")
    try:
        if freeze:
            _record(conn, releases, units, late, report.published_at)
        report.releases = [r.id for r in releases if r.id is not None]
        _atomic_write(out, lambda tmp: write_public(tmp, rows), check)
    except ReleaseRefused:
        for release in releases:
            if release.id is not None:
                ledger.set_status(conn, release.id, ledger.REFUSED)
        conn.commit()
        raise
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    meta = datasette_metadata(out, settings)
    _atomic_write(metadata_path(out),
                  lambda tmp: tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"))
