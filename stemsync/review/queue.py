"""The review queue in the private database: what waits, and every decision.

``publish`` de-identifies new comments and actions' texts, puts them in the queue
(:func:`gate`) and publishes only what the mode allows:

- ``review`` (the default): only texts a person approved (or edited);
- ``risky``: also texts without any risk signal, approved automatically (the
  decision is stored with the reviewer ``automatisch``);
- ``automatic``: every text the automatic layer passes, except what a person withheld.

A queue item is one distinct text (the same words written twice are one item), keyed
by a SHA-256 of its source and raw text. The raw text itself is never stored here.
Waiting items whose text no longer occurs (the response was deleted) are removed at
the next publish; decided items stay, as the record of who decided what and when.
A decision is final for its text: a later change of the automatic layer does not
change an approved or edited text (a person checked that text).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from stemsync.review.risk import assess

MODES = ("review", "risky", "automatic")
DEFAULT_MODE = "review"
AUTO_REVIEWER = "automatisch"
WAITING, APPROVED, WITHHELD = "wacht", "goedgekeurd", "tegengehouden"
ACTIONS = ("approve", "edit", "withhold")
ITEMS, DECISIONS = "review_items", "review_decisions"
MAX_REASON = 500
MAX_TEXT = 20000


class ReviewError(Exception):
    """A review request cannot be carried out; the message says what to do."""


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_mode(mode: Any) -> str:
    if mode not in MODES:
        raise ReviewError(f"[publish] comments = {mode!r} is not known; use \"review\" (the default: a person "
                          "approves every comment), \"risky\" or \"automatic\"")
    return mode


# -- the schema (migration 0004 in stemsync/db.py) ---------------------------------


SCHEMA = f"""
create table if not exists {ITEMS} (
    id integer primary key,
    key text not null unique,
    source text not null,            -- 'comment' or 'action'
    instrument text, question text, period text,
    text text not null,              -- as the automatic layer would publish it
    flagged integer not null,
    reasons text not null,           -- JSON: [{{signal, label, words}}]
    spans text not null,             -- JSON: [[start, end, signal]] in text
    status text not null,            -- 'wacht', 'goedgekeurd', 'tegengehouden'
    published_text text,             -- the approved (or edited) text
    decided_by text, decided_at text,
    first_seen text not null, last_seen text not null,
    occurrences integer not null default 1
);
create index if not exists idx_{ITEMS}_status on {ITEMS} (status, flagged, id);
create table if not exists {DECISIONS} (
    id integer primary key,
    item integer not null references {ITEMS}(id),
    reviewer text not null,
    decided_at text not null,
    action text not null,            -- 'approve', 'edit', 'withhold'
    reason text,
    text text                        -- the text published after this decision (none when withheld)
);
create index if not exists idx_{DECISIONS}_item on {DECISIONS} (item);
"""


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the queue's tables if they are missing (in the caller's transaction)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def item_key(source: str, raw: str) -> str:
    return hashlib.sha256(f"{source}\x00{raw}".encode()).hexdigest()


# -- publish's gate ----------------------------------------------------------------


@dataclass
class Entry:
    source: str                      # 'comment' or 'action'
    raw: str
    text: str                        # after the automatic layer
    low: Mapping[str, int] | None = None  # low-confidence findings per kind
    context: Mapping[str, str | None] = field(default_factory=dict)  # instrument, question, period


@dataclass
class GateReport:
    mode: str = DEFAULT_MODE
    published: int = 0       # distinct texts published
    waiting: int = 0         # distinct texts waiting for a person
    withheld: int = 0        # distinct texts a person withheld
    auto_approved: int = 0   # approved in this run by mode "risky"
    new: int = 0             # put in the queue in this run


def gate(conn: sqlite3.Connection, entries: Sequence[Entry], mode: str = DEFAULT_MODE, stamp: str | None = None,
         progress: Callable[[str], None] | None = None) -> tuple[list[str], GateReport]:
    """Queue ``entries`` and return, per entry, the text to publish ("" for not now)."""
    check_mode(mode)
    stamp = stamp or now()
    ensure_schema(conn)
    report = GateReport(mode=mode)
    keys = [item_key(e.source, e.raw) if e.raw.strip() else "" for e in entries]
    counts: dict[str, int] = {}
    first: dict[str, Entry] = {}
    for key, entry in zip(keys, entries):
        if key:
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, entry)
    existing: dict[str, tuple[int, str, int, str]] = {}
    for row in conn.execute(f"select key, id, status, occurrences, text from {ITEMS}"):
        existing[row[0]] = (row[1], row[2], row[3], row[4])
    with conn:
        new_rows, updates = [], []
        for key, entry in first.items():
            item = existing.get(key)
            if item is not None and (item[1] != WAITING or item[3] == entry.text):
                if item[2] != counts[key]:  # only what changed is written: a re-run costs a read
                    updates.append((stamp, counts[key], None, None, None, None, key))
                continue
            assessment = assess(entry.raw, entry.text, entry.low)
            row = (json.dumps(assessment.as_dicts(), ensure_ascii=False), json.dumps(assessment.spans),
                   int(assessment.flagged))
            if item is None:
                new_rows.append((key, entry.source, entry.context.get("instrument"), entry.context.get("question"),
                                 entry.context.get("period"), entry.text, row[2], row[0], row[1], WAITING, stamp,
                                 stamp, counts[key]))
            else:  # waiting, and the automatic layer now gives another text
                updates.append((stamp, counts[key], entry.text, row[0], row[1], row[2], key))
        conn.executemany(f"insert into {ITEMS} (key, source, instrument, question, period, text, flagged, reasons, "
                         "spans, status, first_seen, last_seen, occurrences) values "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new_rows)
        conn.executemany(f"update {ITEMS} set last_seen = ?, occurrences = ?, text = coalesce(?, text), "
                         "reasons = coalesce(?, reasons), spans = coalesce(?, spans), flagged = coalesce(?, flagged) "
                         "where key = ?", updates)
        report.new = len(new_rows)
        # waiting texts that no longer occur (a deleted response) leave the queue
        gone = [(existing[key][0],) for key in existing.keys() - first.keys() if existing[key][1] == WAITING]
        conn.executemany(f"delete from {ITEMS} where id = ?", gone)
        if mode == "risky":
            ids = [row[1] for row in conn.execute(f"select key, id from {ITEMS} where status = ? and flagged = 0",
                                                  (WAITING,)) if row[0] in first]
            _decide(conn, ids, AUTO_REVIEWER, "approve", "modus risky: geen risicosignaal", None, stamp)
            report.auto_approved = len(ids)
    if progress and report.new:
        progress(f"review queue: {report.new} new text(s)")

    state: dict[str, tuple[str, str | None, str]] = {
        row[0]: (row[1], row[2], row[3]) for row in conn.execute(
            f"select key, status, published_text, text from {ITEMS}") if row[0] in first}
    out = []
    for key, entry in zip(keys, entries):
        if not key:
            out.append("")
            continue
        status, published, text = state[key]
        if status == APPROVED:
            out.append(published or "")
        elif status == WAITING and mode == "automatic":
            out.append(text)
        else:
            out.append("")
    for status, published, _ in state.values():
        if status == WITHHELD:
            report.withheld += 1
        elif status == APPROVED or (status == WAITING and mode == "automatic"):
            report.published += 1
        if status == WAITING:
            report.waiting += 1
    return out, report


# -- decisions ---------------------------------------------------------------------


def _decide(conn: sqlite3.Connection, ids: Iterable[int], reviewer: str, action: str, reason: str | None,
            text: str | None, stamp: str) -> int:
    """Record one decision per item (inside the caller's transaction)."""
    n = 0
    for item_id in ids:
        row = conn.execute(f"select text, published_text from {ITEMS} where id = ?", (item_id,)).fetchone()
        if row is None:
            raise ReviewError(f"there is no comment {item_id} in the queue; see `stemsync review list`")
        if action == "withhold":
            published, status = None, WITHHELD
        else:
            published, status = (text if action == "edit" else row[0]), APPROVED
        conn.execute(f"update {ITEMS} set status = ?, published_text = ?, decided_by = ?, decided_at = ? "
                     "where id = ?", (status, published, reviewer, stamp, item_id))
        conn.execute(f"insert into {DECISIONS} (item, reviewer, decided_at, action, reason, text) "
                     "values (?, ?, ?, ?, ?, ?)", (item_id, reviewer, stamp, action, reason, published))
        n += 1
    return n


def _check_reviewer(reviewer: str) -> str:
    reviewer = (reviewer or "").strip()
    if not reviewer or len(reviewer) > 80:
        raise ReviewError("say who decides (a name of at most 80 characters), e.g. --by anna")
    return reviewer


def approve(conn: sqlite3.Connection, ids: Iterable[int], reviewer: str, reason: str | None = None) -> int:
    ensure_schema(conn)
    with conn:
        return _decide(conn, list(ids), _check_reviewer(reviewer), "approve", reason, None, now())


def approve_waiting(conn: sqlite3.Connection, reviewer: str, unflagged_only: bool = False,
                    ids: Iterable[int] | None = None) -> int:
    """Approve every waiting item (or only those without a risk signal; or only ``ids`` of them)."""
    ensure_schema(conn)
    sql = f"select id from {ITEMS} where status = ?" + (" and flagged = 0" if unflagged_only else "")
    chosen = [row[0] for row in conn.execute(sql, (WAITING,))]
    if ids is not None:
        wanted = set(ids)
        chosen = [i for i in chosen if i in wanted]
    reason = "in één keer goedgekeurd" + (" (zonder risicosignaal)" if unflagged_only else "")
    with conn:
        return _decide(conn, chosen, _check_reviewer(reviewer), "approve", reason, None, now())


def edit(conn: sqlite3.Connection, item_id: int, text: str, reviewer: str, reason: str | None = None) -> None:
    ensure_schema(conn)
    text = (text or "").strip()
    if not text:
        raise ReviewError("the edited text is empty; to keep a comment off the portal, withhold it with a reason")
    if len(text) > MAX_TEXT:
        raise ReviewError(f"the edited text is longer than {MAX_TEXT} characters")
    with conn:
        _decide(conn, [item_id], _check_reviewer(reviewer), "edit", _reason(reason, False), text, now())


def withhold(conn: sqlite3.Connection, item_id: int, reason: str, reviewer: str) -> None:
    ensure_schema(conn)
    with conn:
        _decide(conn, [item_id], _check_reviewer(reviewer), "withhold", _reason(reason, True), None, now())


def _reason(reason: str | None, required: bool) -> str | None:
    reason = (reason or "").strip()
    if required and not reason:
        raise ReviewError("give a reason for withholding, e.g. --reason \"de familie is te herkennen\"")
    if len(reason) > MAX_REASON:
        raise ReviewError(f"the reason is longer than {MAX_REASON} characters")
    return reason or None


# -- reading -----------------------------------------------------------------------


@dataclass
class Item:
    id: int
    source: str
    instrument: str | None
    question: str | None
    period: str | None
    text: str
    flagged: bool
    reasons: list[dict[str, Any]]
    spans: list[tuple[int, int, str]]
    status: str
    published_text: str | None
    decided_by: str | None
    decided_at: str | None
    first_seen: str
    occurrences: int

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "flagged": self.flagged, "reasons": self.reasons,
                "source": self.source, "instrument": self.instrument, "question": self.question,
                "period": self.period, "status": self.status, "first_seen": self.first_seen,
                "occurrences": self.occurrences}


_COLUMNS = ("id, source, instrument, question, period, text, flagged, reasons, spans, status, published_text, "
            "decided_by, decided_at, first_seen, occurrences")


def _item(row: tuple) -> Item:
    return Item(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), json.loads(row[7]),
                [tuple(s) for s in json.loads(row[8])], row[9], row[10], row[11], row[12], row[13], row[14])


def waiting(conn: sqlite3.Connection, flagged: bool | None = None, limit: int | None = None,
            offset: int = 0) -> list[Item]:
    """Waiting items, flagged first (oldest first within each)."""
    ensure_schema(conn)
    return [_item(row) for row in waiting_rows(conn, flagged, limit, offset)]


def waiting_rows(conn: sqlite3.Connection, flagged: bool | None = None, limit: int | None = None,
                 offset: int = 0) -> list[tuple]:
    """Like :func:`waiting`, as raw rows (for :func:`item_from_row`; cheap to compare and cache)."""
    sql = f"select {_COLUMNS} from {ITEMS} where status = ?"
    args: list[Any] = [WAITING]
    if flagged is not None:
        sql += " and flagged = ?"
        args.append(int(flagged))
    sql += " order by flagged desc, id"
    if limit is not None:
        sql += " limit ? offset ?"
        args += [limit, offset]
    return conn.execute(sql, args).fetchall()


def item_from_row(row: tuple) -> Item:
    return _item(row)


def get(conn: sqlite3.Connection, item_id: int) -> Item:
    ensure_schema(conn)
    row = conn.execute(f"select {_COLUMNS} from {ITEMS} where id = ?", (item_id,)).fetchone()
    if row is None:
        raise ReviewError(f"there is no comment {item_id} in the queue; see `stemsync review list`")
    return _item(row)


def recent_decisions(conn: sqlite3.Connection, limit: int = 20) -> list[dict[str, Any]]:
    ensure_schema(conn)
    rows = conn.execute(f"select d.id, d.item, d.reviewer, d.decided_at, d.action, d.reason, d.text "
                        f"from {DECISIONS} d order by d.id desc limit ?", (limit,))
    return [dict(zip(("id", "item", "reviewer", "decided_at", "action", "reason", "text"), row)) for row in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """waiting (of which flagged), approved and withheld: distinct texts."""
    ensure_schema(conn)
    out = {"waiting": 0, "waiting_flagged": 0, "approved": 0, "withheld": 0}
    for status, flagged, n in conn.execute(f"select status, flagged, count(*) from {ITEMS} group by 1, 2"):
        if status == WAITING:
            out["waiting"] += n
            out["waiting_flagged"] += n if flagged else 0
        elif status == APPROVED:
            out["approved"] += n
        elif status == WITHHELD:
            out["withheld"] += n
    return out
