"""The private SQLite database (raw responses, deployments, sync state).

Its schema grows through numbered migrations recorded in ``_migrations``; each runs
once, in a transaction, so opening an old database brings it up to date and opening a
new one creates it. Only stemsync's own commands open this file: it holds what clients
wrote and is never served by the portal.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from stemsync import __version__


class DatabaseError(Exception):
    """The private database cannot be opened or written; the message says why."""


def _m1_deployments(db: sqlite_utils.Database) -> None:
    db["deployments"].create(
        {"id": int, "instrument": str, "version": int, "survey_id": int, "server": str,
         "title": str, "deployed_at": str, "activated_at": str},
        pk="id", not_null={"instrument", "version", "survey_id", "server", "deployed_at"},
    )
    db["deployments"].create_index(["server", "survey_id"], unique=True)
    db["deployments"].create_index(["instrument", "version"])


def _m2_sync(db: sqlite_utils.Database) -> None:
    db["sync_state"].create({"survey_id": int, "instrument": str, "cursor": int, "updated_at": str},
                            pk="survey_id", not_null={"cursor"})
    db["sync_runs"].create({"id": int, "started_at": str, "ended_at": str, "status": str, "summary": str},
                           pk="id")
    db["answer_problems"].create(
        {"survey_id": int, "response_id": int, "code": str, "raw_value": str, "problem": str, "seen_at": str},
        pk=("survey_id", "response_id", "code"),
    )


def _m3_actions(db: sqlite_utils.Database) -> None:
    db["actions"].create(
        {"id": int, "instrument": str, "theme": str, "period": str, "said": str, "did": str,
         "status": str, "date": str, "created_at": str, "updated_at": str},
        pk="id", not_null={"said", "did", "status", "date"},
    )


def _m4_review(db: sqlite_utils.Database) -> None:
    from stemsync.review.queue import ensure_schema  # the queue's tables are defined next to their code

    ensure_schema(db.conn)


def _m5_reconcile(db: sqlite_utils.Database) -> None:
    # sync --full: a digest per exported id window, so unchanged windows are skipped cheaply
    db["sync_windows"].create({"survey_id": int, "first_id": int, "last_id": int, "digest": str,
                               "checked_at": str}, pk=("survey_id", "first_id"))
    # what sync --full found changed in LimeSurvey (raw values: private, like the responses)
    db["response_changes"].create(
        {"id": int, "run_id": int, "survey_id": int, "response_id": int, "instrument": str, "seen_at": str,
         "kind": str, "changes": str},
        pk="id", not_null={"survey_id", "response_id", "kind", "seen_at"},
    )
    db["response_changes"].create_index(["survey_id", "response_id"])


# The publication ledger (stemsync.publish.ledger): what every release of the public
# database showed, so a published period stays frozen and the audit can see every
# earlier release. publish applies this migration itself, also on a database that
# another tool created.
PUBLISH_LEDGER_SQL = (
    """create table publish_releases (
    id integer primary key,
    created_at text not null,
    reason text not null,      -- 'release' | 'reissue' | 'open'
    periods text not null,     -- JSON list of the periods this release (re)computed
    status text not null       -- 'published' | 'refused' (audit failed; not shown)
)""",
    """create table publish_ledger (
    release integer not null references publish_releases(id),
    instrument text not null,
    period text not null,
    unit text not null,
    role text not null,        -- 'alle' = all roles
    question text not null,    -- '' = the questionnaire count of the group
    option text not null,      -- '' = the n of the question (or the count when question = '')
    value integer,             -- NULL = hidden in that release
    mean real,                 -- the mean shown with a question's n, if any
    actual integer,            -- the true count at release time (also when hidden); private
    primary key (release, instrument, period, unit, role, question, option)
)""",
    """create table publish_ledger_units (
    release integer not null references publish_releases(id),
    id text not null, name text not null, level text not null, parent text,
    primary key (release, id)
)""",
    """create table publish_ledger_comments (
    release integer not null references publish_releases(id),
    instrument text not null, question text not null, theme text, period text not null,
    unit text not null, level text not null,
    text text not null         -- de-identified, exactly as published
)""",
    "create index publish_ledger_comments_release on publish_ledger_comments (release, period)",
    """create table publish_ledger_members (
    release integer not null references publish_releases(id),
    instrument text not null, period text not null,
    survey_id integer not null, response_id integer not null,
    question text not null,    -- '' = the response counted in the figures; else a comment that was publishable
    primary key (release, instrument, period, survey_id, response_id, question)
)""",
    """create table publish_late (
    instrument text not null, period text not null,
    release integer not null references publish_releases(id),  -- the release that froze the period
    arrived integer not null,  -- counted responses that are not in the frozen figures
    withdrawn integer not null,  -- responses in the frozen figures that no longer count (deleted, incomplete)
    comments integer not null,   -- publishable comments that are not in the frozen comments
    counted_at text not null,
    primary key (instrument, period)
)""",
)


def _m6_publish_ledger(db: sqlite_utils.Database) -> None:
    for sql in PUBLISH_LEDGER_SQL:
        db.execute(sql)


PUBLISH_LEDGER_MIGRATION = ("0006_publish_ledger", _m6_publish_ledger)

MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("0001_deployments", _m1_deployments),
    ("0002_sync", _m2_sync),
    ("0003_actions", _m3_actions),
    ("0004_review", _m4_review),
    ("0005_sync_reconcile", _m5_reconcile),
    PUBLISH_LEDGER_MIGRATION,
]


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def migrate(db: sqlite_utils.Database, migrations=None) -> list[str]:
    """Apply the migrations this database has not had yet; returns their names.

    Each migration, its schema changes (DDL included) and its line in ``_migrations``
    are one transaction (``BEGIN IMMEDIATE``): a process killed half-way leaves the
    database as it was before that migration, and the next open simply applies it.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    if _applied(db) >= {name for name, _ in migrations}:
        return []  # the usual case: nothing to do, no write lock taken
    conn = db.conn
    applied = []
    for name, step in migrations:
        conn.execute("BEGIN IMMEDIATE")  # also keeps two first opens from racing
        try:
            if not db["_migrations"].exists():
                db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
            if name not in _applied(db):
                step(db)  # sqlite-utils nests its own work in savepoints of this transaction
                db["_migrations"].insert({"name": name, "applied_at": now()})
                applied.append(name)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return applied


def _applied(db: sqlite_utils.Database) -> set[str]:
    if not db["_migrations"].exists():
        return set()
    return {row[0] for row in db.execute("select name from _migrations")}


def read_only(path: Path | str) -> sqlite3.Connection:
    """A read-only connection that leaves no trace: with no ``-wal`` beside the file (every
    commit is in the file itself) it is opened immutable, so SQLite creates no ``-shm``."""
    from urllib.parse import quote

    path = Path(path)
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def check_db(path: Path | str, migrations=None) -> None:
    """Refuse, without changing anything on disk, a database stemsync must not use.

    A missing folder, a folder where the file should be, a file that is not SQLite, a
    SQLite file of something else (tables, but not stemsync's) and a database written by
    a newer stemsync (migrations this version does not know) are refused.
    """
    path = Path(path)
    migrations = MIGRATIONS if migrations is None else migrations
    if not path.parent.is_dir():
        raise DatabaseError(f"the folder of the database {path} does not exist; create it, or set STEMSYNC_DB / "
                            "[database] raw to a path in an existing folder")
    if path.is_dir():
        raise DatabaseError(f"the database {path} is a folder; give the path of a file")
    if not path.exists():
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseError(f"cannot create the database {path}: the folder {path.parent} is not writable; "
                                "choose another folder or fix its permissions")
        return
    if path.stat().st_size == 0:
        return
    try:
        conn = read_only(path)
        try:
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
            done = [r[0] for r in conn.execute("select name from _migrations")] if "_migrations" in tables else []
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a usable SQLite database ({exc}); point STEMSYNC_DB or [database] raw "
                            "at stemsync's private database, or at a new file") from None
    if tables and not tables & {"_migrations", "deployments"}:
        shown = ", ".join(sorted(tables)[:3]) + (", ..." if len(tables) > 3 else "")
        raise DatabaseError(f"{path} is not a stemsync database (it has other tables: {shown}); stemsync will not "
                            "add its tables to it: point STEMSYNC_DB or [database] raw at a new file")
    unknown = [name for name in done if name not in {m[0] for m in migrations}]
    if unknown:
        raise DatabaseError(f"{path} was written by a newer stemsync (database schema {max(schema, len(done))}, "
                            f"this stemsync {__version__} knows schema {len(migrations)}; newest step "
                            f"{sorted(unknown)[-1]}); upgrade stemsync (pip install -U stemsync) before using it")


def open_db(path: Path | str, *, migrations=None) -> sqlite_utils.Database:
    """Open (creating if needed) the private database and bring its schema up to date."""
    path = Path(path)
    check_db(path, migrations)
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL stays consistent after any crash; a power cut may undo the last
        # commits, but a page and its sync cursor go together, so the next run re-fetches it.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        migrate(db, migrations)
        done = db.execute("select count(*) from _migrations").fetchone()[0]
        if db.execute("PRAGMA user_version").fetchone()[0] != done:
            db.execute(f"PRAGMA user_version = {int(done)}")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"cannot use the database {path}: {exc}; check the path, permissions and free disk "
                            "space") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a usable SQLite database ({exc}); point STEMSYNC_DB at the right "
                            "file") from None
    return db


@dataclass
class Backup:
    path: Path
    pages: int
    tables: int
    rows: int  # responses (rows of every responses_* table)


def backup(source: Path | str, target: Path | str) -> Backup:
    """A consistent copy of the private database, taken with SQLite's backup API.

    Safe while sync or publish run (WAL: the copy is one snapshot holding every commit
    made before it started). ``target`` is a file or a folder (then
    ``private-<date>-<time>.db`` in it). The copy is written beside the target and
    renamed into place, checked (``quick_check``), in rollback-journal mode (one file)
    and readable by its owner only, as it holds what clients wrote.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise DatabaseError(f"the private database {source} does not exist; nothing to back up "
                            "(check STEMSYNC_DB / [database] raw)")
    if target.is_dir():
        target = target / f"private-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    if not target.parent.is_dir():
        raise DatabaseError(f"the folder {target.parent} does not exist; create it first")
    if target.exists():
        if target.resolve() == source.resolve():
            raise DatabaseError(f"{target} is the database itself; back it up to another file")
        if target.is_file() and target.stat().st_size:
            try:
                check_db(target)
                conn = read_only(target)
                try:
                    ours = conn.execute("select 1 from sqlite_master where name = '_migrations'").fetchone()
                finally:
                    conn.close()
            except (DatabaseError, sqlite3.DatabaseError):
                ours = None
            if not ours:
                raise DatabaseError(f"{target} exists and is not a stemsync backup; choose another file name")
    check_db(source)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        src = sqlite3.connect(str(source), timeout=30)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)  # one step: a single read snapshot, writers go on (WAL)
                dst.execute("PRAGMA journal_mode=DELETE")
                check = dst.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise DatabaseError(f"the copy of {source} failed its check ({check}); nothing was written")
                names = [r[0] for r in dst.execute("select name from sqlite_master where type = 'table'")]
                rows = sum(dst.execute(f'select count(*) from "{n}"').fetchone()[0]
                           for n in names if n.startswith("responses_"))
                pages = dst.execute("PRAGMA page_count").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot back up {source} to {target}: {exc}; check the paths, permissions and free "
                            "disk space") from None
    except OSError as exc:
        raise DatabaseError(f"cannot write {target}: {exc.strerror}; check the folder's permissions and free "
                            "disk space") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return Backup(target, pages, len(names), rows)
