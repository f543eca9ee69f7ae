"""``publish``: read the private database, decide what may be shown, write the public one.

The steps: group the counted responses in SQL (per team value, period and role);
map team values to units; roll the groups up to regions and organisations; suppress
small groups and their complements; place and de-identify comments (cached in the
private database); write everything to a temporary file next to ``out_path`` and
swap it in with ``os.replace``, so a running portal never sees a half-written file.
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
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from stemsync import __version__
from stemsync.actions import STATUSES
from stemsync.codebook import Instrument
from stemsync.deidentify import looks_identifying
from stemsync.db import DatabaseError, check_db
from stemsync.publish import aggregate, catalog, comments as commentsmod, protect, schema
from stemsync.publish.aggregate import ALL_ROLES, Source
from stemsync.publish.metadata import datasette_metadata, metadata_path
from stemsync.publish.periods import KIND_NL, period_row
from stemsync.publish.protect import Protection
from stemsync.publish.settings import PublishSettings
from stemsync.publish.units import UnitTree, build_units
from stemsync.review import queue as review

Progress = Callable[[str], None]
READ_ATTEMPTS = 5


class PublishError(Exception):
    """Publishing is refused or failed; the message says what to do."""


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
        lines.insert(5, f"  protection: {self.groups_eligible_shown} of {self.groups_eligible} groups with at least k "
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
    texts: list[tuple[str | None, str, str, str]] = field(default_factory=list)  # team, period, question, text


@dataclass
class Snapshot:
    """Everything publish reads from the private database, as of one moment."""

    grouped: dict[str, list]   # instrument -> Source.grouped rows
    texts: dict[str, list]     # instrument -> Source.all_texts rows
    excluded: dict[str, int]   # instrument -> incomplete or deleted responses
    actions: list[dict[str, Any]]


def read_snapshot(raw_path: Path, conn: sqlite3.Connection, sources: list[Source]) -> Snapshot:
    """Read the instrument tables in parallel (a connection per thread; SQLite runs outside
    the GIL) and read again if anything was committed meanwhile: ``PRAGMA data_version``
    on ``conn`` changes with every commit of another connection, so an unchanged value
    means every thread saw the same database."""
    def one(source: Source) -> tuple[list, list, int]:
        reader = sqlite3.connect(str(raw_path), timeout=30)
        try:
            reader.execute("begin")
            return list(source.grouped(reader)), list(source.all_texts(reader)), source.excluded(reader)
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
                            {i: r[2] for i, r in results.items()}, actions)
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
                              texts=snapshot.texts[inst.id])
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


# -- deciding ---------------------------------------------------------------------


def _figures(item: InstrumentData, tree: UnitTree, k: int, report: PublishReport, rows: dict[str, list],
             protection: Protection) -> None:
    """Per period: decide what is shown (stemsync.publish.protect), then write its rows."""
    inst = item.source.instrument
    level = {uid: unit.level for uid, unit in tree.units.items()}
    parent = {uid: unit.parent for uid, unit in tree.units.items()}
    layout = item.source.layout()
    specs = protect.specs_of(layout)
    for period, vectors in sorted(item.cells.items()):
        cells = protect.Cells(vectors, specs, [where for _, where in layout])
        decision = protect.decide(inst.id, period, parent, level, item.roles, cells, k, protection.width,
                                  protection.earlier.get((inst.id, period), []), audit=protection.audit)
        protection.decided[(inst.id, period)] = decision
        report.groups_withheld += len(decision.groups_hidden)
        rows["responses"] += [{"instrument": inst.id, "period": period, "unit": uid, "level": level[uid],
                               "role": role, "n": vector[0]}
                              for (uid, role), vector in sorted(vectors.items())
                              if vector[0] and (uid, role) not in decision.groups_hidden]
        for (question, where), spec in zip(layout, specs):
            code = question.code
            report.figures_small += len(decision.small[code])
            report.figures_complementary += len(decision.hidden[code] - decision.small[code])
            report.details_unanimous += len(decision.unanimous[code])
            report.details_complementary += len(decision.withheld[code] - decision.unanimous[code])
            for (uid, role), vector in sorted(vectors.items()):
                counts = vector[where]
                n = sum(counts)
                if n == 0 or (uid, role) in decision.hidden[code]:
                    continue
                withheld = (uid, role) in decision.withheld[code]
                mean = None if withheld else decision.table.means.get((code, uid, role))
                score_id = len(rows["scores"]) + 1
                rows["scores"].append({"id": score_id, "instrument": inst.id, "question": code,
                                       "theme": question.theme, "period": period, "unit": uid, "level": level[uid],
                                       "role": role, "n": n, "mean": mean, "details_withheld": int(withheld)})
                if not withheld:  # many rows: tuples in column order (score, option, count)
                    rows["distribution"] += [(score_id, option, count) for option, count in zip(spec.options, counts)]
        report.cells_hidden_primary += decision.primary_cells
        report.cells_hidden += decision.hidden_cells
        report.groups_eligible += decision.eligible
        report.groups_eligible_shown += decision.eligible_shown
        report.secondary_lps += decision.lps
    report.groups_shown = len(rows["responses"])
    report.figures_shown = len(rows["scores"])


def _place_comments(item: InstrumentData, tree: UnitTree, k: int, report: PublishReport
                    ) -> list[tuple[tuple[str, ...], str]]:
    """For every comment that may be shown: its columns but the text (instrument,
    question, theme, period, unit, level), and the raw text."""
    inst = item.source.instrument
    teams = [uid for uid, unit in tree.units.items() if unit.level == "team"]
    placements: dict[str, dict[str, str | None]] = {}
    for period, cells in item.cells.items():
        sizes = {uid: cells[(uid, ALL_ROLES)][0] for uid in teams if (uid, ALL_ROLES) in cells}
        placements[period] = commentsmod.place(sizes, tree, k)
    themes = {q.code: q.theme for q in inst.questions}
    placed = []
    for team_value, period, question, text in item.texts:
        unit = placements.get(period, {}).get(tree.team_of_value[team_value])
        if unit is None:
            report.comments_withheld += 1
            continue
        placed.append(((inst.id, question, themes[question], period, unit, tree.units[unit].level), text))
    return placed


def _public_rows(rows: dict[str, list], placed: list[tuple[tuple[str, ...], str]], actions: list[dict[str, Any]],
                 texts: list[str], instruments: list[Instrument], tree: UnitTree, settings: PublishSettings,
                 report: PublishReport, protection: Protection) -> None:
    """Complete ``rows`` (figures are in already) with comments, actions, the codebook,
    units, periods and the publication row. ``texts`` are the de-identified texts of
    ``placed``, then of every action's said and did."""
    comment_texts, action_texts = texts[:len(placed)], iter(texts[len(placed):])
    # sorting the rows (in column order) sorts by instrument, question, period, unit and text
    rows["comments"] = sorted((*columns, text.strip()) for (columns, _), text in zip(placed, comment_texts)
                              if text.strip())
    rows["actions"] = [{**action, "said": said, "did": did, "status_nl": STATUSES.get(action["status"], action["status"])}
                       for action, said, did in ((a, next(action_texts), next(action_texts)) for a in actions)
                       if said.strip() and did.strip()]  # both texts approved (stemsync review)
    rows.update(catalog.codebook_rows(instruments))
    rows["units"] = tree.rows()
    used_periods = ({row["period"] for table in ("responses", "scores") for row in rows[table]}
                    | {row[3] for row in rows["comments"]})
    rows["periods"] = [period_row(p, settings.period) for p in sorted(used_periods)]

    report.comments_shown = dict(Counter(row[5] for row in rows["comments"]))
    report.actions = len(rows["actions"])
    report.units, report.periods = len(rows["units"]), len(rows["periods"])
    report.unknown_teams, report.withheld_team_names = tree.unknown_teams, tree.withheld_team_names
    rows["publication"] = [{
        "published_at": report.published_at, "k": settings.k, "period_kind": KIND_NL[settings.period],
        "responses": _shown_total(rows, tree) if protection.audit else sum(report.responses.values()),
        "figures_shown": report.figures_shown,
        "figures_withheld": report.figures_small + report.figures_complementary,
        "details_withheld": report.details_unanimous + report.details_complementary,
        "comments_shown": len(rows["comments"]), "comments_withheld": report.comments_withheld,
        "actions": report.actions, "stemsync_version": __version__,
    }]


def _review_gate(conn: sqlite3.Connection, placed: list[tuple[tuple[str, ...], str]], actions: list[dict[str, Any]],
                 raw_texts: list[str], texts: list[str], kinds: list[str], settings: PublishSettings,
                 report: PublishReport, say: Progress) -> list[str]:
    """Queue every text for review; what may be published now (see stemsync/review/queue.py)."""
    contexts = [{"instrument": cols[0], "question": cols[1], "period": cols[3]} for cols, _ in placed]
    contexts += [{"instrument": a.get("instrument"), "question": a.get("theme"), "period": a.get("period")}
                 for a in actions for _ in ("said", "did")]
    entries = [review.Entry("comment" if i < len(placed) else "action", raw, text,
                            commentsmod.low_confidence(found), context)
               for i, (raw, text, found, context) in enumerate(zip(raw_texts, texts, kinds, contexts))]
    out, gate = review.gate(conn, entries, settings.comments, report.published_at, say)
    report.review_mode, report.review_waiting = gate.mode, gate.waiting
    report.review_withheld, report.review_auto_approved = gate.withheld, gate.auto_approved
    return out


def _shown_total(rows: dict[str, list], tree: UnitTree) -> int:
    """The responses counted in the shown top-level totals: a total derived from shown
    cells (the true grand total would give away every hidden organisation total)."""
    return sum(row["n"] for row in rows["responses"]
               if row["role"] == ALL_ROLES and tree.units[row["unit"]].parent is None)


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


def _atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write ``target`` through a temporary file in the same folder, then os.replace it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # sqlite wants to create the file itself
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
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


def publish(raw_db_path: Path | str, out_path: Path | str, instruments: Iterable[Instrument] | Mapping[str, Instrument],
            settings: PublishSettings, deidentifier: Any, progress: Progress | None = None, *,
            audit: bool = True) -> PublishReport:
    """Build the public database ``out_path`` from the private ``raw_db_path``.

    ``deidentifier`` has ``deidentify_many(texts) -> [result with .text, .found]`` and a
    ``fingerprint`` (or is a :class:`stemsync.deidentify.Deidentifier`); pass a
    :class:`~stemsync.publish.comments.LazyDeidentifier` to load deduce only when a text
    is not in the cache yet.

    ``audit=False`` replaces secondary suppression by the old heuristic and skips the
    audit: only for tests and benchmarks that show what the audit prevents.
    """
    raw_path, out = Path(raw_db_path), Path(out_path)
    say = progress or (lambda message: None)
    _check_paths(raw_path, out)
    if isinstance(instruments, Mapping):
        instruments = instruments.values()
    instruments = sorted(instruments, key=lambda inst: inst.id)
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
            cache = commentsmod.TextCache(conn, fingerprint)
            sources = [s for s in (Source.open(conn, inst, settings.period) for inst in instruments) if s]
            say(f"reading {len(sources)} instrument table(s) from {raw_path}")
            snapshot = read_snapshot(raw_path, conn, sources)
            names = settings.all_names
            tree = build_units(settings.units, {row[0] for rows in snapshot.grouped.values() for row in rows},
                               lambda value: looks_identifying(value, names))
            data = _roll_up(snapshot, sources, tree, report)
            actions = snapshot.actions
            protection = Protection.for_publish(conn, settings.k, audit)
            lap("read")

            rows: dict[str, list] = defaultdict(list)
            placed: list[tuple[tuple[str, ...], str]] = []
            for item in data:
                _figures(item, tree, settings.k, report, rows, protection)
                placed += _place_comments(item, tree, settings.k, report)
            lap("suppress")

            say(f"de-identifying {len(placed)} comment(s) and {len(actions)} action(s)")
            action_texts = [action[field] or "" for action in actions for field in ("said", "did")]
            raw_texts, kinds = [text for _, text in placed] + action_texts, []
            texts, redacted, report.texts_new, report.texts_cached = commentsmod.deidentify(
                raw_texts, cache, deidentifier, report.published_at, say, kinds=kinds)
            texts = _review_gate(conn, placed, actions, raw_texts, texts, kinds, settings, report, say)
        except sqlite3.DatabaseError as exc:
            raise PublishError(f"cannot use the private database {raw_path}: {exc}; check that it is stemsync's "
                               "database, and try again if a sync was busy") from None
        report.redacted = dict(redacted)
        lap("deidentify")
    finally:
        conn.close()

    _public_rows(rows, placed, actions, texts, instruments, tree, settings, report, protection)
    say(f"writing {out}")

    def write_and_audit(tmp: Path) -> None:
        write_public(tmp, rows)
        lap("write")
        if protection.audit:
            result = protect.audit_release(tmp, protection, say)
            report.audit_lps, report.audit_seconds = result.lps, round(result.seconds, 3)
            report.audit_violations = len(result.violations)
            if not result.ok:
                first = result.violations[0]
                where = f"{first.instrument} {first.period}: " if first.instrument else ""
                raise PublishError(f"the release failed the attacker's audit ({len(result.violations)} violation(s), "
                                   f"first: {where}{first.message}); the previous publication is kept in place")
            lap("audit")

    _atomic_write(out, write_and_audit)
    meta = datasette_metadata(out, settings)
    _atomic_write(metadata_path(out),
                  lambda tmp: tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"))
    lap("metadata")
    return report
