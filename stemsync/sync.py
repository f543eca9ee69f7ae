"""Incremental, idempotent, crash-safe sync of deployed surveys into the private database.

Per survey, a normal run does:

1. check that LimeSurvey's structure (``get_fieldmap``) still matches the codebook;
   a survey edited by hand is reported and skipped, never half-synced;
2. list the ids of a trailing window below the cursor and of a look-ahead beyond it in
   one light export (``fields=["id", "submitdate"]``, ids ``cursor - trailing_ids + 1`` to
   ``cursor + lookahead``) and fetch any below the cursor it does not have: MySQL hands
   out ids at insert time but transactions commit in any order, so a response can
   become visible *below* ids seen before;
3. list which of the incomplete responses stored earlier (recent ones) are still
   incomplete (``completion="incomplete"``: the answer holds only those, so it stays
   small) and fetch the others: completed since, or deleted;
4. fetch full rows from the first new id in id windows of ``page_size`` **without
   listing them first**, until a window comes back empty and a look-ahead says nothing
   follows (an id-only window of ``lookahead`` ids, then the tail beyond it); each page is written
   together with the cursor in one transaction while a fetcher thread already gets the
   next window, so the run costs little more than the export calls themselves. No call
   is unbounded except that last tail check, which returns only what lies beyond a gap.

With ``--full`` (reconcile) it reads every response in aligned id windows instead
(``[1, page_size]``, ``[page_size + 1, 2 page_size]``, ...). A window whose export text
hashes to the digest kept from the last reconcile (``sync_windows``) has not changed
and is skipped without decoding; any other window is compared row by row with what is
stored: responses it does not have are added (ids imported with old numbers, or
committed too late for the trailing window), edited ones are updated and the change is
recorded in ``response_changes``, and stored ones LimeSurvey no longer has are marked
deleted.

A crash or kill between pages loses nothing: the next run starts after the last
committed page. Re-running never duplicates: rows are keyed (survey id, response id).
"""

from __future__ import annotations

import hashlib
import json
import queue
import sqlite3
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterator, Protocol

import sqlite_utils

from stemsync import responses as resp
from stemsync.codebook import Instrument
from stemsync.db import now
from stemsync.deploy import server_of
from stemsync.limesurvey import LimeSurvey, LimeSurveyError, SurveyNotActive, TransportError

# FACTS.md (LimeSurvey 6.4.2, 100,000 responses): windows of 2,500 were the fastest
# export (4.1 s, against 5.5 s for 1,000 and 27 s for one unbounded call).
DEFAULT_PAGE_SIZE = 2500
DEFAULT_LOOKAHEAD = 10_000      # ids an id-only look-ahead spans after an empty window
DEFAULT_TRAILING_IDS = 1000     # ids below the cursor listed again on every run
DEFAULT_RECHECK_DAYS = 30


class SyncAborted(Exception):
    """The run cannot go on (database unusable, LimeSurvey unreachable); one-line message."""


class Progress(Protocol):
    def start(self, label: str, total: int) -> None: ...
    def advance(self, n: int) -> None: ...
    def finish(self) -> None: ...


class _NoProgress:
    def start(self, label: str, total: int) -> None: ...
    def advance(self, n: int) -> None: ...
    def finish(self) -> None: ...


@dataclass
class SurveyResult:
    survey_id: int
    instrument: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    problems: int = 0
    error: str | None = None
    note: str | None = None


@dataclass
class SyncReport:
    run_id: int | None
    started_at: str
    ended_at: str | None = None
    status: str = "running"
    surveys: list[SurveyResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and all(s.error is None for s in self.surveys)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def database_problem(exc: sqlite3.Error, where: str) -> SyncAborted:
    text = str(exc)
    if "locked" in text or "busy" in text:
        why = "the database is locked by another program; close it (or wait) and run again"
    elif "readonly" in text or "read-only" in text:
        why = "the database is read-only; give the stemsync user write access to it and its folder"
    elif "disk is full" in text or "full" in text:
        why = "the disk is full; free space and run again (nothing of this page was written)"
    else:
        why = f"SQLite said: {text}"
    return SyncAborted(f"cannot write to the private database ({where}): {why}")


def structure_problems(instrument: Instrument, fieldmap: dict[str, Any]) -> list[str]:
    """Differences between LimeSurvey's question structure and the codebook (empty: they match)."""
    expected: dict[str, set[str]] = {}
    for c in instrument.context:
        expected[c.code] = {"S"} if c.hidden else {"L"}
    for q in instrument.questions:
        expected[q.code] = {"scale": {"L"}, "choice": {"L"}, "yesno": {"Y"}, "text": {"T"}}[q.kind]
    actual = {}
    for entry in fieldmap.values():
        title = entry.get("title") if isinstance(entry, dict) else None
        if title:
            actual[f"{title}{entry.get('aid') or ''}"] = str(entry.get("type"))
    problems = [f"question {code} is missing" for code in expected if code not in actual]
    problems += [f"question {code} is not in the codebook" for code in actual if code not in expected]
    problems += [f"question {code} has type {actual[code]}, expected {'/'.join(sorted(kinds))}"
                 for code, kinds in expected.items() if code in actual and actual[code] not in kinds]
    return problems


def spans(ids: list[int], size: int) -> Iterator[list[int]]:
    """Sorted ids in groups whose first and last id lie less than ``size`` apart."""
    group: list[int] = []
    for rid in ids:
        if group and rid - group[0] >= size:
            yield group
            group = []
        group.append(rid)
    if group:
        yield group


def _empty(raw: str | None) -> bool:
    """Is this export text (base64) one without responses? (``{"responses": []}``, ~24 characters)"""
    if raw is None:
        return True
    if len(raw) > 64:  # any response makes the text longer than that
        return False
    return not LimeSurvey.decode_export(raw, 0)


@dataclass
class Page:
    """What the fetcher hands the writer: one export window (or an id range with nothing in it)."""

    kind: str                    # "rows": save; "window": reconcile (--full); "gap": nothing there (--full)
    first: int
    last: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    moves_cursor: bool = False
    wanted: set[int] | None = None   # "rows": only these ids of the window (the others are known)
    raw: str | None = None           # the export text, decoded by the writer (the fetcher asks for the next one)
    digest: str | None = None        # "window": digest of the export text
    unchanged: bool = False          # "window": same digest as last time, rows not even decoded
    count: int = 0                   # responses this page stands for (progress)


def _prefetch(produce: Callable[[threading.Event], Iterator[Page]], stop: threading.Event) -> Iterator[Page]:
    """Yield the producer's pages while a thread already fetches the next one."""
    pages: queue.Queue = queue.Queue(maxsize=2)

    def worker() -> None:
        try:
            for page in produce(stop):
                if stop.is_set():
                    return
                pages.put(page)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            pages.put(exc)
            return
        pages.put(None)

    thread = threading.Thread(target=worker, name="stemsync-fetch", daemon=True)
    thread.start()
    try:
        while True:
            item = pages.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a worker waiting on a full queue
            try:
                pages.get(timeout=0.05)
            except queue.Empty:
                pass
        thread.join()


class Syncer:
    def __init__(self, ls: LimeSurvey, db: sqlite_utils.Database, instruments: dict[str, Instrument], *,
                 page_size: int = DEFAULT_PAGE_SIZE, recheck_days: int = DEFAULT_RECHECK_DAYS,
                 trailing_ids: int = DEFAULT_TRAILING_IDS, lookahead: int = DEFAULT_LOOKAHEAD,
                 should_stop: Callable[[], bool] = lambda: False, progress: Progress | None = None):
        if page_size < 1 or lookahead < 1 or trailing_ids < 0:
            raise ValueError("page_size and lookahead must be at least 1, trailing_ids at least 0")
        self.ls, self.db, self.instruments = ls, db, instruments
        self.page_size, self.recheck_days = page_size, recheck_days
        self.trailing_ids, self.lookahead = trailing_ids, lookahead
        self.should_stop = should_stop
        self.progress = progress or _NoProgress()
        self.stopped = False
        self.run_id: int | None = None

    # -- the run -------------------------------------------------------------------
    def run(self, survey_ids: list[int] | None = None, full: bool = False) -> SyncReport:
        report = SyncReport(run_id=None, started_at=now())
        try:
            with self.db.conn:
                report.run_id = self.run_id = self.db["sync_runs"].insert(
                    {"started_at": report.started_at, "status": "running", "summary": None}).last_pk
        except sqlite3.Error as exc:
            raise database_problem(exc, "recording the run") from None
        try:
            for dep in self._deployments(survey_ids, report):
                if self.should_stop():
                    self.stopped = True
                    break
                report.surveys.append(self._sync_survey(dep, full))
                if self.stopped:
                    break
        except SyncAborted as exc:
            report.errors.append(str(exc))
        report.ended_at = now()
        report.status = "interrupted" if self.stopped else ("ok" if report.ok else "error")
        try:
            with self.db.conn:
                self.db["sync_runs"].update(report.run_id, {"ended_at": report.ended_at, "status": report.status,
                                                            "summary": report.to_json()})
        except sqlite3.Error as exc:
            report.errors.append(str(database_problem(exc, "recording the run's end")))
        return report

    def _deployments(self, survey_ids: list[int] | None, report: SyncReport) -> list[dict[str, Any]]:
        server = server_of(self.ls.url)
        deployments = list(self.db["deployments"].rows_where("server = ?", [server], order_by="id"))
        if survey_ids:
            known = {d["survey_id"] for d in deployments}
            for sid in survey_ids:
                if sid not in known:
                    report.errors.append(f"survey {sid} is not a stemsync deployment on {server}; "
                                         "see stemsync surveys")
            deployments = [d for d in deployments if d["survey_id"] in survey_ids]
        return deployments

    def _sync_survey(self, dep: dict[str, Any], full: bool) -> SurveyResult:
        sid = dep["survey_id"]
        result = SurveyResult(survey_id=sid, instrument=dep["instrument"])
        instrument = self.instruments.get(dep["instrument"])
        if instrument is None:
            result.error = (f"survey {sid}: instrument '{dep['instrument']}' is not in survey_templates/; "
                            "restore its codebook file")
            return result
        try:
            mismatch = structure_problems(instrument, self.ls.get_fieldmap(sid))
            if mismatch:
                result.error = (f"survey {sid} ({instrument.id}) no longer matches its codebook "
                                f"({'; '.join(mismatch[:3])}); was it edited in LimeSurvey? skipped")
                return result
            try:
                with self.db.conn:
                    resp.ensure_instrument_table(self.db, instrument)
            except sqlite3.Error as exc:
                raise database_problem(exc, f"table for {instrument.id}") from None
            _SurveySync(self, instrument, dep, result).run(full)
        except TransportError as exc:
            raise SyncAborted(str(exc)) from None
        except SurveyNotActive:
            result.note = "not active in LimeSurvey yet: nothing to fetch"
        except LimeSurveyError as exc:
            result.error = f"survey {sid} ({instrument.id}): {exc}"
        return result


class _SurveySync:
    """One survey of one run."""

    def __init__(self, syncer: Syncer, instrument: Instrument, dep: dict[str, Any], result: SurveyResult):
        self.s, self.ls, self.db = syncer, syncer.ls, syncer.db
        self.instrument, self.dep, self.result = instrument, dep, result
        self.sid: int = dep["survey_id"]
        self.table = resp.table_name(instrument)
        self.page_size = syncer.page_size

    # -- LimeSurvey ----------------------------------------------------------------
    def listing(self, first: int, last: int | None, completion: str = "all") -> dict[int, bool]:
        """{response id: complete?} for the ids in [first, last] (last None: to the end)."""
        rows = self.ls.export_responses(self.sid, from_id=first, to_id=last, completion=completion,
                                        fields=["id", "submitdate"])
        return {int(r["id"]): not resp.is_blank(r.get("submitdate")) for r in rows}

    def beyond(self, last: int) -> int | None:
        """The first id after ``last``, or None when the survey ends there."""
        ids = self.listing(last + 1, last + self.s.lookahead)
        return min(ids) if ids else self.tail(last + self.s.lookahead)

    def tail(self, last: int) -> int | None:
        """The first id after ``last`` from the one unbounded call: it returns only what lies beyond."""
        ids = self.listing(last + 1, None)
        return min(ids) if ids else None

    # -- the private database --------------------------------------------------------
    def cursor(self) -> int:
        row = self.db.execute("select cursor from sync_state where survey_id = ?", [self.sid]).fetchone()
        return row[0] if row else 0

    def stored_ids(self, first: int, last: int) -> set[int]:
        return {r[0] for r in self.db.execute(
            f"select response_id from [{self.table}] where survey_id = ? and response_id between ? and ? "
            "and deleted_at is null", [self.sid, first, last])}

    def pending(self) -> list[int]:
        cutoff = (datetime.now(timezone.utc) - timedelta(days=self.s.recheck_days)).strftime("%Y-%m-%d %H:%M:%S")
        return [r[0] for r in self.db.execute(
            f"select response_id from [{self.table}] where survey_id = ? and complete = 0 and deleted_at is null "
            "and coalesce(started_at, replace(replace(first_synced_at, 'T', ' '), 'Z', '')) >= ? "
            "order by response_id", [self.sid, cutoff])]

    def write(self, what: Callable[[], None]) -> None:
        try:
            with self.db.conn:
                what()
        except sqlite3.Error as exc:
            raise database_problem(exc, f"survey {self.sid}") from None

    # -- the run ---------------------------------------------------------------------
    def run(self, full: bool) -> None:
        if full:
            self.reconcile()
        else:
            self.incremental()

    def _total(self, known: Callable[[], int]) -> int:
        """How many responses the progress bar will count (asked only when there is a bar)."""
        if isinstance(self.s.progress, _NoProgress):
            return 0
        try:
            summary = self.ls.get_summary(self.sid)
            return max(0, int(summary.get("full_responses") or 0) - known())
        except (LimeSurveyError, TypeError, ValueError):
            return 0

    def incremental(self) -> None:
        cursor = self.cursor()
        jobs: list[Page] = []
        first_new: int | None = 1
        if cursor:
            # One id-only listing covers the trailing window below the cursor (late commits)
            # and a look-ahead beyond it (is there anything new at all?).
            low, high = max(1, cursor - self.s.trailing_ids + 1), cursor + self.s.lookahead
            listed = self.listing(low, high)
            missing = sorted(rid for rid in set(listed) - self.stored_ids(low, cursor) if rid <= cursor)
            jobs += [Page("rows", g[0], g[-1], wanted=set(g), count=len(g)) for g in spans(missing, self.page_size)]
            new = [rid for rid in listed if rid > cursor]
            first_new = min(new) if new else self.tail(high)
            pending = self.pending()
            if pending:
                if pending[0] >= low:
                    still = {rid for rid, done in listed.items() if not done}  # that listing covers them all
                else:  # only the ones still incomplete come back: a small answer
                    still = set(self.listing(pending[0], pending[-1], completion="incomplete"))
                changed = [rid for rid in pending if rid not in still]  # completed since, or deleted
                jobs += [Page("rows", g[0], g[-1], wanted=set(g), count=len(g))
                         for g in spans(changed, self.page_size)]
        self.s.progress.start(f"{self.instrument.id} ({self.sid})", sum(j.count for j in jobs) + self._total(
            lambda: self.db.execute(f"select count(*) from [{self.table}] where survey_id = ?", [self.sid]).fetchone()[0]))

        def produce(stop: threading.Event) -> Iterator[Page]:
            for job in jobs:
                if stop.is_set():
                    return
                job.rows = self.ls.export_responses(self.sid, from_id=job.first, to_id=job.last)
                yield job
            first = first_new
            while first is not None and not stop.is_set():
                last = first + self.page_size - 1
                raw = self.ls.export_raw(self.sid, first, last)
                if not _empty(raw):
                    yield Page("rows", first, last, raw=raw, moves_cursor=True)
                    first = last + 1
                else:
                    first = self.beyond(last)

        self.consume(produce)

    def reconcile(self) -> None:
        known = {r["first_id"]: (r["last_id"], r["digest"]) for r in self.db.query(
            "select first_id, last_id, digest from sync_windows where survey_id = ?", [self.sid])}
        schema = f"{self.instrument.id}:{self.instrument.version}:{','.join(resp.converter(self.instrument).codes)}"
        size = self.page_size
        self.s.progress.start(f"{self.instrument.id} ({self.sid})", self._total(lambda: 0))

        def produce(stop: threading.Event) -> Iterator[Page]:
            first = 1
            while not stop.is_set():
                last = first + size - 1
                raw = self.ls.export_raw(self.sid, first, last)
                if raw is None:  # no responses at all (any more)
                    yield Page("gap", first, 2**62)
                    return
                digest = hashlib.blake2b(f"{schema}\n{raw}".encode(), digest_size=16).hexdigest()
                if known.get(first) == (last, digest):
                    yield Page("window", first, last, digest=digest, unchanged=True, count=size)
                    first = last + 1
                    continue
                if not _empty(raw):
                    yield Page("window", first, last, raw=raw, digest=digest)
                    first = last + 1
                    continue
                yield Page("window", first, last, digest=digest)
                nxt = self.beyond(last)
                if nxt is None:
                    yield Page("gap", last + 1, 2**62)
                    return
                aligned = (nxt - 1) // size * size + 1
                if aligned > last + 1:
                    yield Page("gap", last + 1, aligned - 1)
                first = aligned

        self.consume(produce)

    # -- writing ---------------------------------------------------------------------
    def consume(self, produce: Callable[[threading.Event], Iterator[Page]]) -> None:
        stop = threading.Event()
        try:
            for page in _prefetch(produce, stop):
                if page.raw is not None:  # decoded here, while the fetcher already waits for the next window
                    page.rows = self.ls.decode_export(page.raw, self.sid)
                    page.raw = None
                    page.count = page.count or len(page.rows)
                if page.kind == "rows":
                    self.write(lambda: self.save(page))
                elif page.kind == "window":
                    if not page.unchanged:
                        self.write(lambda: self.reconcile_window(page))
                else:
                    self.write(lambda: self.mark_gone(page.first, page.last, set()))
                self.s.progress.advance(page.count)
                if self.s.should_stop():
                    self.s.stopped = True
                    break
        finally:
            self.s.progress.finish()

    def save(self, page: Page) -> None:
        rows = page.rows if page.wanted is None else [r for r in page.rows if int(r["id"]) in page.wanted]
        cursor = max((int(r["id"]) for r in rows), default=None) if page.moves_cursor else None
        done = resp.save_page(self.db, self.instrument, self.sid, self.dep["version"], rows, cursor=cursor)
        self.result.new += done.new
        self.result.updated += done.updated
        self.result.problems += done.problems
        if page.wanted is not None:
            # asked for these ids and the window does not have them: deleted in LimeSurvey
            gone = page.wanted - {int(r["id"]) for r in rows}
            if gone:
                self.result.deleted += resp.mark_deleted_ids(self.db, self.instrument, self.sid, gone,
                                                             run_id=self.s.run_id)

    def reconcile_window(self, page: Page) -> None:
        """Bring the stored responses of one id window in line with LimeSurvey's export of it."""
        conv = resp.converter(self.instrument)
        compared = resp.COMPARED_META + conv.codes
        stored = {r[0]: r for r in self.db.execute(
            f"select response_id, deleted_at, {', '.join(f'[{c}]' for c in compared)} from [{self.table}] "
            "where survey_id = ? and response_id between ? and ?", [self.sid, page.first, page.last])}
        write, changes, rewritten = [], [], []
        stamp = now()
        for row in page.rows:
            rid = int(row["id"])
            old = stored.get(rid)
            values = resp.compared_values(self.instrument, row)
            if old is None:
                write.append(row)
                continue
            before = old[2:]
            if old[1] is None and tuple(before) == values:
                continue
            write.append(row)
            diff = {col: [a, b] for col, a, b in zip(compared, before, values) if a != b}
            kind = "restored" if old[1] is not None else ("completed" if not before[0] and values[0] else "edited")
            rewritten.append((self.sid, rid))
            changes.append((self.s.run_id, self.sid, rid, self.instrument.id, stamp, kind,
                            json.dumps(diff, ensure_ascii=False)))
        if rewritten:  # what did not fit the codebook before may fit now
            self.db.conn.executemany("delete from answer_problems where survey_id = ? and response_id = ?", rewritten)
        if write:
            self.save(Page("rows", page.first, page.last, write))
        if changes:
            self.db.conn.executemany(
                "insert into response_changes (run_id, survey_id, response_id, instrument, seen_at, kind, changes) "
                "values (?, ?, ?, ?, ?, ?, ?)", changes)
        self.mark_gone(page.first, page.last, {int(r["id"]) for r in page.rows})
        if page.rows:
            self.db.conn.execute(
                "insert or replace into sync_windows (survey_id, first_id, last_id, digest, checked_at) "
                "values (?, ?, ?, ?, ?)", [self.sid, page.first, page.last, page.digest, stamp])
            top = max(int(r["id"]) for r in page.rows)
            self.db.conn.execute(
                "insert into sync_state (survey_id, instrument, cursor, updated_at) values (?, ?, ?, ?) "
                "on conflict(survey_id) do update set cursor = max(cursor, excluded.cursor), "
                "updated_at = excluded.updated_at", [self.sid, self.instrument.id, top, stamp])
        else:
            self.db.conn.execute("delete from sync_windows where survey_id = ? and first_id = ?",
                                 [self.sid, page.first])

    def mark_gone(self, first: int, last: int, live: set[int]) -> None:
        gone = self.stored_ids(first, last) - live
        if gone:
            self.result.deleted += resp.mark_deleted_ids(self.db, self.instrument, self.sid, gone,
                                                         run_id=self.s.run_id)
        if not live:
            self.db.conn.execute("delete from sync_windows where survey_id = ? and first_id between ? and ?",
                                 [self.sid, first, last])


def sync(ls: LimeSurvey, db: sqlite_utils.Database, instruments: dict[str, Instrument], *,
         survey_ids: list[int] | None = None, full: bool = False, **options: Any) -> SyncReport:
    """Sync the deployed surveys (or the ones named); see :class:`Syncer`."""
    return Syncer(ls, db, instruments, **options).run(survey_ids, full)
