"""Raw responses in the private database: table shape, typing and saving a page.

The codebook decides everything here: one table per instrument
(``responses_<instrument>``), one column per context field and question code, typed by
the question kind. LimeSurvey's answers are turned into those types; what does not fit
(a score off the scale, an unknown option) is kept raw in ``answer_problems`` and
reported, never silently dropped. See ``docs/data-model.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import sqlite_utils

from stemsync.codebook import ContextField, Instrument, Question
from stemsync.db import now

META_COLUMNS: dict[str, type] = {
    "survey_id": int, "response_id": int, "version": int, "complete": int,
    "submitted_at": str, "started_at": str, "language": str, "deleted_at": str,
    "first_synced_at": str, "synced_at": str,
}


def table_name(instrument: Instrument | str) -> str:
    instrument_id = instrument if isinstance(instrument, str) else instrument.id
    return "responses_" + instrument_id.replace("-", "_")


def column_types(instrument: Instrument) -> dict[str, type]:
    """Answer columns in survey order with their SQLite types."""
    types: dict[str, type] = {c.code: str for c in instrument.context}
    for q in instrument.questions:
        types[q.code] = int if q.kind == "scale" else str
    return types


def ensure_instrument_table(db: sqlite_utils.Database, instrument: Instrument) -> str:
    """Create the instrument's table, or add columns a newer codebook version introduced."""
    name = table_name(instrument)
    table = db[name]
    columns = {**META_COLUMNS, **column_types(instrument)}
    if not table.exists():
        table.create(columns, pk=("survey_id", "response_id"), not_null={"survey_id", "response_id", "complete"})
        table.create_index(["survey_id", "complete"], if_not_exists=True)
    else:
        existing = set(table.columns_dict)
        for column, kind in columns.items():
            if column not in existing:
                table.add_column(column, kind)
    return name


@dataclass
class Converted:
    """One LimeSurvey export row, typed by the codebook."""

    response_id: int
    values: dict[str, Any]
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (code, raw value, problem)


def _blank(value: Any) -> bool:
    # The web page stores "" where add_response leaves null; both mean "no answer" (FACTS.md).
    return value is None or (isinstance(value, str) and value.strip() == "")


def _convert_answer(item: Question | ContextField, value: Any) -> tuple[Any, str | None]:
    """(typed value, problem or None)."""
    if _blank(value):
        return None, None
    text = str(value)
    if isinstance(item, ContextField):
        if item.options and text not in {o.code for o in item.options}:
            return None, f"not one of {', '.join(o.code for o in item.options)}"
        return text, None
    if item.kind == "scale":
        score = item.scale.value_of(text)
        if score is None:
            return None, f"not a score on the scale {item.scale.min}..{item.scale.max}"
        return score, None
    if item.kind == "choice":
        if text not in {o.code for o in item.options}:
            return None, f"unknown option (expected {', '.join(o.code for o in item.options)})"
        return text, None
    if item.kind == "yesno":
        if text not in ("Y", "N"):
            return None, "not Y or N"
        return text, None
    return text, None


def convert_row(instrument: Instrument, row: dict[str, Any]) -> Converted:
    """Type one exported response (heading ``code``, answers ``short``)."""
    converted = Converted(response_id=int(row["id"]), values={})
    items: list[Question | ContextField] = [*instrument.context, *instrument.questions]
    for item in items:
        value, problem = _convert_answer(item, row.get(item.code))
        converted.values[item.code] = value
        if problem:
            converted.problems.append((item.code, str(row.get(item.code)), problem))
    submitted = row.get("submitdate")
    converted.values.update(
        complete=0 if _blank(submitted) else 1,
        submitted_at=None if _blank(submitted) else str(submitted),
        started_at=None if _blank(row.get("startdate")) else str(row["startdate"]),
        language=None if _blank(row.get("startlanguage")) else str(row["startlanguage"]),
    )
    return converted


@dataclass
class PageResult:
    new: int = 0
    updated: int = 0
    problems: int = 0


def save_page(db: sqlite_utils.Database, instrument: Instrument, survey_id: int, version: int,
              rows: Iterable[dict[str, Any]], cursor: int | None = None) -> PageResult:
    """Upsert one page of exported rows and (optionally) move the survey's cursor, atomically.

    Must run inside the caller's transaction (``with db.conn:``) so the page and the
    cursor are written together or not at all.
    """
    table = table_name(instrument)
    converted = [convert_row(instrument, r) for r in rows]
    result = PageResult()
    if converted:
        ids = [c.response_id for c in converted]
        known = {r[0]: r[1] for r in db.execute(
            f"select response_id, complete from [{table}] where survey_id = ? and response_id between ? and ?",
            [survey_id, min(ids), max(ids)])}
        stamp = now()
        columns = list(META_COLUMNS) + list(column_types(instrument))
        records = []
        for c in converted:
            record = {**c.values, "survey_id": survey_id, "response_id": c.response_id, "version": version,
                      "deleted_at": None, "first_synced_at": stamp, "synced_at": stamp}
            records.append([record.get(col) for col in columns])
            if c.response_id not in known:
                result.new += 1
            else:
                result.updated += 1
        keep_first = {"first_synced_at", "survey_id", "response_id"}
        updates = ", ".join(f"[{col}] = excluded.[{col}]" for col in columns if col not in keep_first)
        db.conn.executemany(
            f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' for _ in columns)}) "
            f"on conflict(survey_id, response_id) do update set {updates}",
            records,
        )
        problems = [(survey_id, c.response_id, code, raw, problem, stamp)
                    for c in converted for code, raw, problem in c.problems]
        db.conn.executemany(
            "insert or replace into answer_problems (survey_id, response_id, code, raw_value, problem, seen_at) "
            "values (?, ?, ?, ?, ?, ?)", problems)
        result.problems = len(problems)
    if cursor is not None:
        db.conn.execute(
            "insert into sync_state (survey_id, instrument, cursor, updated_at) values (?, ?, ?, ?) "
            "on conflict(survey_id) do update set cursor = max(cursor, excluded.cursor), "
            "updated_at = excluded.updated_at",
            [survey_id, instrument.id, cursor, now()])
    return result


def mark_deleted(db: sqlite_utils.Database, instrument: Instrument, survey_id: int, live_ids: set[int]) -> int:
    """Mark rows LimeSurvey no longer has as deleted; returns how many were newly marked."""
    table = table_name(instrument)
    stored = [r[0] for r in db.execute(
        f"select response_id from [{table}] where survey_id = ? and deleted_at is null", [survey_id])]
    gone = [rid for rid in stored if rid not in live_ids]
    stamp = now()
    db.conn.executemany(f"update [{table}] set deleted_at = ? where survey_id = ? and response_id = ?",
                        [(stamp, survey_id, rid) for rid in gone])
    return len(gone)
