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

from stemsync.codebook import Instrument
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
    else:
        existing = set(table.columns_dict)
        for column, kind in columns.items():
            if column not in existing:
                table.add_column(column, kind)
    # Finds the incomplete responses to re-check, in id order, without walking the history.
    table.create_index(["survey_id", "complete", "response_id"], index_name=f"idx_{name}_pending",
                       if_not_exists=True)
    return name


@dataclass
class Converted:
    """One LimeSurvey export row, typed by the codebook."""

    response_id: int
    values: dict[str, Any]
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (code, raw value, problem)


def is_blank(value: Any) -> bool:
    # The web page stores "" where add_response leaves null; both mean "no answer" (FACTS.md).
    return value is None or (isinstance(value, str) and value.strip() == "")


class RowConverter:
    """Types exported rows for one instrument; built once, then cheap per row.

    Every answer column gets a lookup table of the values it accepts (scale answer
    code -> score, option code -> itself, Y/N), or None for free text.
    """

    def __init__(self, instrument: Instrument):
        self.codes: list[str] = []
        self._items: list[tuple[str, dict[str, Any] | None, str]] = []
        for c in instrument.context:
            table = {o.code: o.code for o in c.options} if c.options else None
            self._add(c.code, table, f"not one of {', '.join(o.code for o in c.options)}")
        for q in instrument.questions:
            if q.kind == "scale":
                table = {q.scale.answer_code(v): v for v in q.scale.points}
                self._add(q.code, table, f"not a score on the scale {q.scale.min}..{q.scale.max}")
            elif q.kind == "choice":
                self._add(q.code, {o.code: o.code for o in q.options},
                          f"unknown option (expected {', '.join(o.code for o in q.options)})")
            elif q.kind == "yesno":
                self._add(q.code, {"Y": "Y", "N": "N"}, "not Y or N")
            else:
                self._add(q.code, None, "")

    def _add(self, code: str, table: dict[str, Any] | None, problem: str) -> None:
        self.codes.append(code)
        self._items.append((code, table, problem))

    def answers(self, row: dict[str, Any]) -> tuple[list[Any], list[tuple[str, str, str]]]:
        """(typed answers in ``codes`` order, problems as (code, raw value, problem))."""
        values: list[Any] = []
        problems: list[tuple[str, str, str]] = []
        get = row.get
        for code, table, problem in self._items:
            value = get(code)
            if value is None or value == "":
                values.append(None)
                continue
            if table is None:
                text = value if type(value) is str else str(value)
                values.append(text if text.strip() else None)
                continue
            typed = table.get(value if type(value) is str else str(value))
            if typed is None:
                if is_blank(value):
                    values.append(None)
                    continue
                problems.append((code, str(value), problem))
            values.append(typed)
        return values, problems


_converters: dict[int, tuple[Instrument, RowConverter]] = {}


def converter(instrument: Instrument) -> RowConverter:
    cached = _converters.get(id(instrument))
    if cached is None or cached[0] is not instrument:
        cached = (instrument, RowConverter(instrument))
        _converters[id(instrument)] = cached
    return cached[1]


def _meta(row: dict[str, Any]) -> tuple[int, str | None, str | None, str | None]:
    """(complete, submitted_at, started_at, language) of an exported row."""
    submitted = row.get("submitdate")
    started = row.get("startdate")
    language = row.get("startlanguage")
    submitted = None if is_blank(submitted) else str(submitted)
    return (0 if submitted is None else 1, submitted,
            None if is_blank(started) else str(started), None if is_blank(language) else str(language))


def convert_row(instrument: Instrument, row: dict[str, Any]) -> Converted:
    """Type one exported response (heading ``code``, answers ``short``)."""
    conv = converter(instrument)
    answers, problems = conv.answers(row)
    complete, submitted, started, language = _meta(row)
    values = dict(zip(conv.codes, answers))
    values.update(complete=complete, submitted_at=submitted, started_at=started, language=language)
    return Converted(response_id=int(row["id"]), values=values, problems=problems)


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
    conv = converter(instrument)
    rows = list(rows)
    result = PageResult()
    if rows:
        stamp = now()
        ids = [int(r["id"]) for r in rows]
        known = {r[0] for r in db.execute(
            f"select response_id from [{table}] where survey_id = ? and response_id between ? and ?",
            [survey_id, min(ids), max(ids)])}
        records, problems = [], []
        for rid, row in zip(ids, rows):
            answers, row_problems = conv.answers(row)
            complete, submitted, started, language = _meta(row)
            # the order of META_COLUMNS, then the answer columns
            records.append((survey_id, rid, version, complete, submitted, started, language, None, stamp, stamp,
                            *answers))
            problems.extend((survey_id, rid, code, raw, problem, stamp) for code, raw, problem in row_problems)
            if rid in known:
                result.updated += 1
            else:
                result.new += 1
        columns = list(META_COLUMNS) + conv.codes
        keep_first = {"first_synced_at", "survey_id", "response_id"}
        updates = ", ".join(f"[{col}] = excluded.[{col}]" for col in columns if col not in keep_first)
        db.conn.executemany(
            f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' for _ in columns)}) "
            f"on conflict(survey_id, response_id) do update set {updates}",
            records,
        )
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


#: The stored values sync --full compares with LimeSurvey's (besides the answers).
COMPARED_META = ["complete", "submitted_at", "started_at", "language"]


def compared_values(instrument: Instrument, row: dict[str, Any]) -> tuple[Any, ...]:
    """An exported row as it would be stored: ``COMPARED_META`` then the answers, typed."""
    answers, _ = converter(instrument).answers(row)
    return (*_meta(row), *answers)


def mark_deleted_ids(db: sqlite_utils.Database, instrument: Instrument, survey_id: int, ids: Iterable[int],
                     run_id: int | None = None) -> int:
    """Mark these stored rows deleted (LimeSurvey no longer has them), recording it; returns how many."""
    table = table_name(instrument)
    stamp = now()
    ids = sorted(ids)
    marked = [rid for rid in ids if db.conn.execute(
        f"update [{table}] set deleted_at = ? where survey_id = ? and response_id = ? and deleted_at is null",
        [stamp, survey_id, rid]).rowcount]
    db.conn.executemany(
        "insert into response_changes (run_id, survey_id, response_id, instrument, seen_at, kind, changes) "
        "values (?, ?, ?, ?, ?, 'deleted', '{}')", [(run_id, survey_id, rid, instrument.id, stamp) for rid in marked])
    return len(marked)


def mark_deleted(db: sqlite_utils.Database, instrument: Instrument, survey_id: int, live_ids: set[int]) -> int:
    """Mark rows LimeSurvey no longer has as deleted; returns how many were newly marked."""
    table = table_name(instrument)
    stored = [r[0] for r in db.execute(
        f"select response_id from [{table}] where survey_id = ? and deleted_at is null", [survey_id])]
    return mark_deleted_ids(db, instrument, survey_id, [rid for rid in stored if rid not in live_ids])
