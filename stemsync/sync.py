"""Incremental, idempotent, crash-safe sync of deployed surveys into the private database.

Per survey, one run does:

1. check that LimeSurvey's structure (``get_fieldmap``) still matches the codebook;
   a survey edited by hand is reported and skipped, never half-synced;
2. list the ids (and submit dates) beyond the survey's cursor: one light export
   with ``fields=["id", "submitdate"]``;
3. list again the incomplete responses stored earlier (recent ones; all with
   ``--full``) to see which were completed since;
4. fetch full rows in exact id windows of ``page_size`` and write each page together
   with the cursor in one transaction (a fetcher thread gets the next page while
   this one is written, so the run costs little more than the fetching itself);
5. with ``--full``, list every id and mark stored responses LimeSurvey no longer has
   as deleted.

A crash or kill between pages loses nothing: the next run starts after the last
committed page. Re-running never duplicates: rows are keyed (survey id, response id).
"""

from __future__ import annotations

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

DEFAULT_PAGE_SIZE = 1000
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


def _windows(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


Job = tuple[list[int], bool]  # (response ids of one window, does the window move the cursor?)


def _prefetch(fetch: Callable[[list[int]], list[dict[str, Any]]], jobs: list[Job],
              stop: threading.Event) -> Iterator[tuple[Job, list[dict[str, Any]]]]:
    """Yield (job, rows) while a thread already fetches the next job's window."""
    pages: queue.Queue = queue.Queue(maxsize=1)

    def worker() -> None:
        try:
            for job in jobs:
                if stop.is_set():
                    break
                pages.put((job, fetch(job[0])))
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
                 should_stop: Callable[[], bool] = lambda: False, progress: Progress | None = None):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.ls, self.db, self.instruments = ls, db, instruments
        self.page_size, self.recheck_days = page_size, recheck_days
        self.should_stop = should_stop
        self.progress = progress or _NoProgress()
        self.stopped = False

    # -- the run -------------------------------------------------------------------
    def run(self, survey_ids: list[int] | None = None, full: bool = False) -> SyncReport:
        report = SyncReport(run_id=None, started_at=now())
        try:
            with self.db.conn:
                report.run_id = self.db["sync_runs"].insert(
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
            self._fetch_and_save(instrument, dep, result, full)
        except TransportError as exc:
            raise SyncAborted(str(exc)) from None
        except SurveyNotActive:
            result.note = "not active in LimeSurvey yet: nothing to fetch"
        except LimeSurveyError as exc:
            result.error = f"survey {sid} ({instrument.id}): {exc}"
        return result

    # -- one survey ----------------------------------------------------------------------
    def _cursor(self, sid: int) -> int:
        row = self.db.execute("select cursor from sync_state where survey_id = ?", [sid]).fetchone()
        return row[0] if row else 0

    def _pending(self, instrument: Instrument, sid: int, full: bool) -> list[int]:
        cutoff = (datetime.now(timezone.utc) - timedelta(days=self.recheck_days)).strftime("%Y-%m-%d %H:%M:%S")
        sql = (f"select response_id from [{resp.table_name(instrument)}] "
               "where survey_id = ? and complete = 0 and deleted_at is null")
        params: list[Any] = [sid]
        if not full:
            sql += " and coalesce(started_at, replace(replace(first_synced_at, 'T', ' '), 'Z', '')) >= ?"
            params.append(cutoff)
        return [r[0] for r in self.db.execute(sql + " order by response_id", params)]

    def _listing(self, sid: int, from_id: int, to_id: int | None = None) -> dict[int, bool]:
        """{response id: complete?} for the ids in the range."""
        rows = self.ls.export_responses(sid, from_id=from_id, to_id=to_id, fields=["id", "submitdate"])
        return {int(r["id"]): not resp.is_blank(r.get("submitdate")) for r in rows}

    def _fetch_and_save(self, instrument: Instrument, dep: dict[str, Any], result: SurveyResult, full: bool) -> None:
        sid = dep["survey_id"]
        cursor = self._cursor(sid)
        listing = self._listing(sid, 1 if full else cursor + 1)
        new_ids = sorted(i for i in listing if i > cursor)

        pending = self._pending(instrument, sid, full)
        completed: list[int] = []
        if pending:
            if full:
                status = listing
            else:
                status = {}
                for window in _windows(pending, self.page_size):
                    status.update(self._listing(sid, window[0], window[-1]))
            completed = [i for i in pending if status.get(i)]

        jobs: list[Job] = [(w, True) for w in _windows(new_ids, self.page_size)]
        jobs += [(w, False) for w in _windows(completed, self.page_size)]
        self.progress.start(f"{instrument.id} ({sid})", len(new_ids) + len(completed))
        stop = threading.Event()

        def fetch(window: list[int]) -> list[dict[str, Any]]:
            wanted = set(window)
            rows = self.ls.export_responses(sid, from_id=window[0], to_id=window[-1])
            return [r for r in rows if int(r["id"]) in wanted]

        try:
            for (window, moves_cursor), rows in _prefetch(fetch, jobs, stop):
                cursor_to = window[-1] if moves_cursor else None
                try:
                    with self.db.conn:
                        page = resp.save_page(self.db, instrument, sid, dep["version"], rows, cursor=cursor_to)
                except sqlite3.Error as exc:
                    raise database_problem(exc, f"survey {sid}") from None
                result.new += page.new
                result.updated += page.updated
                result.problems += page.problems
                self.progress.advance(len(window))
                if self.should_stop():
                    self.stopped = True
                    break
        finally:
            self.progress.finish()

        if full and not self.stopped:
            try:
                with self.db.conn:
                    result.deleted = resp.mark_deleted(self.db, instrument, sid, set(listing))
            except sqlite3.Error as exc:
                raise database_problem(exc, f"survey {sid}") from None


def sync(ls: LimeSurvey, db: sqlite_utils.Database, instruments: dict[str, Instrument], *,
         survey_ids: list[int] | None = None, full: bool = False, **options: Any) -> SyncReport:
    """Sync the deployed surveys (or the ones named); see :class:`Syncer`."""
    return Syncer(ls, db, instruments, **options).run(survey_ids, full)
