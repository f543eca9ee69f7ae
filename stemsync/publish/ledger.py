"""The publication ledger, in the *private* database: what every release showed.

A period is computed once, when it has closed and the grace time has passed (a
*release*); from then on it is **frozen**: every later publish copies its figures,
comments and units from here instead of counting again, so two publications never
differ by a few responses (which would tell those responses' answers). Only
``stemsync publish --reissue PERIOD`` computes a frozen period again, as a new release.

Tables (created by the migration ``0004_publish_ledger`` in :mod:`stemsync.db`):

- ``publish_releases``: one row per publish that (re)computed at least one period:
  ``reason`` ``release`` | ``reissue`` | ``open``, ``periods`` (JSON list), ``status``
  ``published`` | ``refused`` (the audit failed; not shown).
- ``publish_ledger``: every cell of a (re)computed instrument × period: each unit
  (team, region, organisation) × role (incl. ``alle``) × question (``''`` = the number
  of questionnaires) × option (``''`` = the question's n); ``value`` NULL = hidden,
  ``mean`` the mean shown with a question's n, ``actual`` the true count at release time.
- ``publish_ledger_units``, ``publish_ledger_comments``: the units and the
  de-identified comments as that release showed them.
- ``publish_ledger_members``: which responses (``question = ''``) and which
  publishable comments (``question`` = its code) were in a release, so responses that
  arrive, complete or disappear later are counted, never folded in.
- ``publish_late``: per instrument × frozen period, what is not in the published
  figures now (``arrived``, ``withdrawn``, ``comments``); rewritten by every publish.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from stemsync.db import PUBLISH_LEDGER_MIGRATION, migrate

RELEASE, REISSUE, OPEN = "release", "reissue", "open"
PUBLISHED, REFUSED = "published", "refused"
QUESTIONNAIRES = ""   # the question of a group's questionnaire count
N = ""                # the option of a question's n


class Cell(NamedTuple):
    instrument: str
    period: str
    unit: str
    role: str
    question: str      # '' = the questionnaire count
    option: str        # '' = the n of the question (or the count when question = '')
    value: int | None  # None = hidden
    mean: float | None
    actual: int        # the true count (private)


class Comment(NamedTuple):
    instrument: str
    question: str
    theme: str | None
    period: str
    unit: str
    level: str
    text: str


class Member(NamedTuple):
    instrument: str
    period: str
    survey_id: int
    response_id: int
    question: str      # '' = a counted response; else a publishable comment on that question


@dataclass(frozen=True)
class FrozenPeriod:
    period: str
    release: int
    released_at: str


def ensure(conn: sqlite3.Connection) -> None:
    """Create the ledger tables if this private database does not have them yet."""
    migrate(sqlite_utils.Database(conn), [PUBLISH_LEDGER_MIGRATION])


def frozen_periods(conn: sqlite3.Connection) -> dict[str, FrozenPeriod]:
    """Per frozen period, the latest published release (or reissue) that computed it."""
    result: dict[str, FrozenPeriod] = {}
    for release, created_at, periods in conn.execute(
            "select id, created_at, periods from publish_releases where status = ? and reason in (?, ?) "
            "order by id", (PUBLISHED, RELEASE, REISSUE)):
        for period in json.loads(periods):
            result[period] = FrozenPeriod(period, release, created_at)
    return result


def shown_cells(conn: sqlite3.Connection, release: int, period: str) -> list[Cell]:
    """The cells a release showed for a period (hidden ones are left out)."""
    return [Cell(*row) for row in conn.execute(
        "select instrument, period, unit, role, question, option, value, mean, actual from publish_ledger "
        "where release = ? and period = ? and value is not null "
        "order by instrument, unit, role, question, option", (release, period))]


def comments(conn: sqlite3.Connection, release: int, period: str) -> list[Comment]:
    return [Comment(*row) for row in conn.execute(
        "select instrument, question, theme, period, unit, level, text from publish_ledger_comments "
        "where release = ? and period = ?", (release, period))]


def units(conn: sqlite3.Connection, releases: Iterable[int]) -> dict[str, tuple[str, str, str | None]]:
    """unit id -> (name, level, parent) as the given releases showed them (later ones win)."""
    result: dict[str, tuple[str, str, str | None]] = {}
    for release in sorted(set(releases)):
        for uid, name, level, parent in conn.execute(
                "select id, name, level, parent from publish_ledger_units where release = ?", (release,)):
            result[uid] = (name, level, parent)
    return result


def members(conn: sqlite3.Connection, release: int, period: str) -> set[tuple[str, int, int, str]]:
    """(instrument, survey_id, response_id, question) of everything a release counted for a period."""
    return set(conn.execute("select instrument, survey_id, response_id, question from publish_ledger_members "
                            "where release = ? and period = ?", (release, period)))


def last_open_values(conn: sqlite3.Connection, period: str) -> dict[tuple[str, str, str, str, str], int]:
    """For the running period: per (instrument, unit, role, question, option) the value the
    latest published open release that showed it showed (the cell's last shown state)."""
    result: dict[tuple[str, str, str, str, str], int] = {}
    for *key, value in conn.execute(
            "select l.instrument, l.unit, l.role, l.question, l.option, l.value from publish_ledger l "
            "join publish_releases r on r.id = l.release "
            "where r.reason = ? and r.status = ? and l.period = ? and l.value is not null order by l.release",
            (OPEN, PUBLISHED, period)):
        result[tuple(key)] = value
    return result


def last_open_release(conn: sqlite3.Connection, period: str) -> FrozenPeriod | None:
    row = conn.execute("select r.id, r.created_at from publish_releases r, json_each(r.periods) p "
                       "where r.reason = ? and r.status = ? and p.value = ? order by r.id desc limit 1",
                       (OPEN, PUBLISHED, period)).fetchone()
    return FrozenPeriod(period, row[0], row[1]) if row else None


def record(conn: sqlite3.Connection, created_at: str, reason: str, periods: Iterable[str], cells: Iterable[Cell],
           unit_rows: Iterable[dict], comment_rows: Iterable[Comment], member_rows: Iterable[Member]) -> int:
    """Write one release (status ``published``) with everything it computed; returns its id.
    Does not commit: the caller commits once the public database is in place."""
    cursor = conn.execute("insert into publish_releases (created_at, reason, periods, status) values (?, ?, ?, ?)",
                          (created_at, reason, json.dumps(sorted(periods)), PUBLISHED))
    release = cursor.lastrowid
    conn.executemany("insert into publish_ledger (release, instrument, period, unit, role, question, option, value, "
                     "mean, actual) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ((release, *cell) for cell in cells))
    conn.executemany("insert into publish_ledger_units (release, id, name, level, parent) values (?, ?, ?, ?, ?)",
                     ((release, u["id"], u["name"], u["level"], u["parent"]) for u in unit_rows))
    conn.executemany("insert into publish_ledger_comments (release, instrument, question, theme, period, unit, "
                     "level, text) values (?, ?, ?, ?, ?, ?, ?, ?)", ((release, *c) for c in comment_rows))
    conn.executemany("insert or ignore into publish_ledger_members (release, instrument, period, survey_id, "
                     "response_id, question) values (?, ?, ?, ?, ?, ?)", ((release, *m) for m in member_rows))
    return release


def set_status(conn: sqlite3.Connection, release: int, status: str) -> None:
    conn.execute("update publish_releases set status = ? where id = ?", (status, release))


def write_late(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, int, int, int, int]], stamp: str) -> None:
    """Replace ``publish_late`` with (instrument, period, release, arrived, withdrawn, comments) rows."""
    conn.execute("delete from publish_late")
    conn.executemany("insert into publish_late (instrument, period, release, arrived, withdrawn, comments, "
                     "counted_at) values (?, ?, ?, ?, ?, ?, ?)", ((*row, stamp) for row in rows))
