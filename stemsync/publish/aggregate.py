"""Reading the private database: answers are counted in SQL, not row by row in Python.

Only complete, not-deleted responses count. The counting query groups by the raw team
value, the period and the raw role, so Python only sees small grouped rows; the team
value is mapped to a unit and the role to a published role afterwards. Free-text
answers are the exception: each comes to Python, to be de-identified.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from sqlite_utils.db import quote_identifier as quote

from stemsync.codebook import Instrument, Question
from stemsync.publish.periods import period_sql, usable_date_sql
from stemsync.responses import table_name

ALL_ROLES = "alle"
UNKNOWN_ROLE = "onbekend"
COUNTED = "complete = 1 and deleted_at is null"


class TextRow(NamedTuple):
    """One free-text answer of a counted response."""

    team: str | None
    period: str
    question: str
    text: str
    survey_id: int
    response_id: int


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"pragma table_info({quote(table)})")}


@dataclass
class Source:
    """The raw table of one instrument, as far as the publication needs it."""

    instrument: Instrument
    table: str
    columns: set[str]
    period_kind: str
    has_deployments: bool

    @classmethod
    def open(cls, conn: sqlite3.Connection, instrument: Instrument, period_kind: str) -> Source | None:
        table = table_name(instrument)
        columns = table_columns(conn, table)
        if not columns:
            return None
        return cls(instrument, table, columns, period_kind, bool(table_columns(conn, "deployments")))

    @property
    def team_field(self) -> str | None:
        """The column of the context field with ``team: true``, if the table has it."""
        team = self.instrument.team_field
        return team.code if team and team.code in self.columns else None

    @property
    def role_field(self) -> str | None:
        role = self.instrument.role_field
        return role.code if role and role.code in self.columns else None

    def questions(self, *kinds: str) -> list[Question]:
        return [q for q in self.instrument.questions if q.kind in kinds and q.code in self.columns]

    def base(self, *extra: str) -> str:
        """A sub-select of the counted responses: team, period, role and ``extra`` columns."""
        team = f"r.{quote(self.team_field)}" if self.team_field else "null"
        role = f"r.{quote(self.role_field)}" if self.role_field else "null"
        fallback = None
        join = ""
        if self.has_deployments:
            join = ("left join (select survey_id, max(coalesce(activated_at, deployed_at)) as wave "
                    "from deployments group by survey_id) w on w.survey_id = r.survey_id")
            fallback = "w.wave"
        period = period_sql(self.period_kind, usable_date_sql("r.submitted_at", fallback))
        cols = "".join(f", r.{quote(c)} as {quote(c)}" for c in extra)
        return (f"select {team} as team, {period} as period, {role} as role{cols} "
                f"from {quote(self.table)} r {join} where r.complete = 1 and r.deleted_at is null")

    def excluded(self, conn: sqlite3.Connection) -> int:
        """Responses that do not count: incomplete or deleted."""
        return conn.execute(f"select count(*) from {quote(self.table)} where not ({COUNTED})").fetchone()[0]

    def layout(self) -> list[tuple[Question, slice]]:
        """Where each counted question's answers sit in a :meth:`grouped` vector
        (position 0 holds the number of responses)."""
        result, start = [], 1
        for question in self.questions("scale", "choice", "yesno"):
            end = start + len(valid_answers(question))
            result.append((question, slice(start, end)))
            start = end
        return result

    def grouped(self, conn: sqlite3.Connection) -> Iterator[tuple[str | None, str, str | None, int, tuple[int, ...]]]:
        """One scan of the table: per (team value, period, role value) the number of
        answers outside the codebook (not counted) and a vector of counts: the number
        of responses, then for every question in :meth:`layout` the count of each
        allowed answer, in codebook order."""
        layout = self.layout()
        answered, sums, params = [], [], []
        for question, _ in layout:
            col = quote(question.code)
            answered.append(f", count({col})")
            for answer in valid_answers(question):
                sums.append(f", sum({col} = ?)")
                params.append(int(answer) if question.kind == "scale" else answer)
        sql = (f"select team, period, role, count(*){''.join(sums)}{''.join(answered)} "
               f"from ({self.base(*(question.code for question, _ in layout))}) group by 1, 2, 3")
        width = 1 + len(sums)
        for team, period, role, *values in conn.execute(sql, params):
            vector = tuple(v or 0 for v in values[:width])
            invalid = sum(values[width:]) - sum(vector[1:])
            yield team, period, role, invalid, vector

    def all_texts(self, conn: sqlite3.Connection) -> Iterator[TextRow]:
        """Every non-empty free-text answer of a counted response, in one scan."""
        questions = [q.code for q in self.questions("text")]
        if not questions:
            return
        present = " or ".join(f"trim({quote(c)}) != ''" for c in questions)
        sql = f"select * from ({self.base('survey_id', 'response_id', *questions)}) where {present}"
        for team, period, _role, survey_id, response_id, *texts in conn.execute(sql):
            for code, text in zip(questions, texts):
                if text is not None and text.strip():
                    yield TextRow(team, period, code, text, survey_id, response_id)

    def members(self, conn: sqlite3.Connection) -> Iterator[tuple[str, int, int]]:
        """(period, survey_id, response_id) of every counted response: what a release counted."""
        yield from conn.execute(f"select period, survey_id, response_id from ({self.base('survey_id', 'response_id')})")


ACTION_COLUMNS = ("id", "instrument", "theme", "period", "said", "did", "status", "date")


def read_actions(conn: sqlite3.Connection) -> list[dict]:
    """The 'Jij zei, wij deden' actions (private table ``actions``), if there is that table."""
    columns = table_columns(conn, "actions")
    if not set(ACTION_COLUMNS) <= columns:
        return []
    cursor = conn.execute(f"select {', '.join(ACTION_COLUMNS)} from actions order by date, id")
    return [dict(zip(ACTION_COLUMNS, row)) for row in cursor]


def role_of(instrument: Instrument, value: object) -> str:
    """The published role for a raw role value: an option code, else ``onbekend``."""
    field = instrument.role_field
    if field and field.options:
        return value if value in {o.code for o in field.options} else UNKNOWN_ROLE
    return UNKNOWN_ROLE


def valid_answers(question: Question) -> list[str]:
    """Every answer the codebook allows, as text, in order."""
    if question.kind == "scale":
        return [str(v) for v in question.scale.points]
    if question.kind == "choice":
        return [o.code for o in question.options]
    if question.kind == "yesno":
        return ["Y", "N"]
    return []


