"""Reading the public database: the codebook, units and periods, and the figures.

Every function takes a plain ``sqlite3.Connection`` (Datasette passes its own through
``db.execute_fn``), so all of this is tested without Datasette. The queries use the
indexes ``stemsync publish`` creates; nothing here writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from stemsync_portal import i18n
from stemsync_portal.i18n import _

ALL = "alle"


def rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Rows as dicts, whatever the connection's row factory."""
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r["name"] for r in rows(conn, "select name from sqlite_master where type in ('table', 'view')")}


def column_names(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r["name"] for r in rows(conn, f"pragma table_info([{table}])")]


# The codebook's texts are published in Dutch and English (``*_nl``, ``*_en``); the
# properties give the one for the request's language (see i18n).


@dataclass(frozen=True)
class Instrument:
    id: str
    title_nl: str
    description_nl: str
    has_roles: bool
    position: int
    title_en: str | None = None
    description_en: str | None = None

    @property
    def title(self) -> str:
        return i18n.pick(self.title_nl, self.title_en)

    @property
    def description(self) -> str:
        return i18n.pick(self.description_nl, self.description_en)


@dataclass(frozen=True)
class Question:
    instrument: str
    code: str
    position: int
    section_nl: str
    kind: str
    theme: str | None
    text_nl: str
    help_nl: str | None
    scale_min: int | None
    scale_max: int | None
    section_en: str | None = None
    text_en: str | None = None
    help_en: str | None = None

    @property
    def text(self) -> str:
        return i18n.pick(self.text_nl, self.text_en)

    @property
    def section(self) -> str:
        return i18n.pick(self.section_nl, self.section_en)

    @property
    def help(self) -> str | None:
        return i18n.pick(self.help_nl, self.help_en) or None


@dataclass(frozen=True)
class Option:
    code: str
    position: int
    value: int | None
    label_nl: str
    label_en: str | None = None

    @property
    def label(self) -> str:
        return i18n.pick(self.label_nl, self.label_en)


@dataclass(frozen=True)
class Role:
    code: str
    label_nl: str
    label_en: str | None = None

    @property
    def label(self) -> str:
        return i18n.pick(self.label_nl, self.label_en)


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    level: str
    parent: str | None
    position: int


@dataclass(frozen=True)
class Period:
    id: str
    kind: str
    label_nl: str
    position: int
    label_en: str | None = None

    @property
    def label(self) -> str:
        return i18n.pick(self.label_nl, self.label_en)


@dataclass
class Catalog:
    """The small tables, loaded once per database file."""

    instruments: dict[str, Instrument]
    questions: dict[str, list[Question]]          # per instrument, in survey order
    options: dict[tuple[str, str], list[Option]]  # (instrument, question) -> options in order
    roles: dict[str, list[Role]]                  # per instrument, 'alle' first
    units: dict[str, Unit]                        # in display order
    periods: dict[str, Period]                    # in time order
    publication: dict[str, Any]
    title: str = "Wat cliënten zeggen"
    vocabulary: dict[tuple[str, str, str], dict[str, str]] = field(default_factory=dict)  # see i18n.Words
    has_actions: bool = False
    action_columns: list[str] = field(default_factory=list)

    def question(self, instrument: str, code: str) -> Question | None:
        return next((q for q in self.questions.get(instrument, []) if q.code == code), None)

    def figures_questions(self, instrument: str) -> list[Question]:
        """Questions with figures (scores, choices, yes/no), not free text."""
        return [q for q in self.questions.get(instrument, []) if q.kind != "text"]

    def scale_questions(self, instrument: str) -> list[Question]:
        return [q for q in self.questions.get(instrument, []) if q.kind == "scale"]

    def main_question(self, instrument: str) -> Question | None:
        """The overall mark: the first scale question with theme 'algemeen', else None."""
        return next((q for q in self.scale_questions(instrument) if q.theme == "algemeen"), None)

    def themes(self, instrument: str | None = None) -> list[str]:
        """Themes in question order (of one instrument, or of all)."""
        seen: dict[str, None] = {}
        for inst in ([instrument] if instrument else list(self.instruments)):
            for q in self.questions.get(inst, []):
                if q.theme:
                    seen.setdefault(q.theme, None)
        return list(seen)

    def role_list(self, instrument: str) -> list[Role]:
        """The real roles of an instrument (not 'alle', not 'onbekend')."""
        return [r for r in self.roles.get(instrument, []) if r.code not in (ALL, "onbekend")]

    def organisations(self) -> list[Unit]:
        return [u for u in self.units.values() if u.parent is None]

    def children(self, unit_id: str) -> list[Unit]:
        return [u for u in self.units.values() if u.parent == unit_id]

    def tree(self) -> list[tuple[Unit, int]]:
        """Every unit with its depth, each followed by the units under it."""
        out: list[tuple[Unit, int]] = []

        def walk(unit: Unit, depth: int) -> None:
            out.append((unit, depth))
            for child in self.children(unit.id):
                walk(child, depth + 1)

        for top in self.organisations():
            walk(top, 0)
        return out

    def descendants(self, unit_id: str) -> list[str]:
        """The unit and every unit under it."""
        found = [unit_id]
        for child in self.children(unit_id):
            found += self.descendants(child.id)
        return found

    def unit_name(self, unit_id: str) -> str:
        unit = self.units.get(unit_id)
        if unit is None:
            return unit_id
        if unit.level == "regio":
            return _("Regio {name}").format(name=_("onbekend") if unit.name == "onbekend" else unit.name)
        if unit.level == "team" and unit.name == "onbekend":
            return _("Team onbekend")
        return unit.name

    def period_label(self, period_id: str) -> str:
        from stemsync_portal import fmt
        period = self.periods.get(period_id)
        return period.label if period else fmt.period_label(period_id)


def load_catalog(conn: sqlite3.Connection) -> Catalog:
    """Read instruments, questions, options, roles, units, periods and the publication row."""
    names = table_names(conn)
    instruments = {r["id"]: Instrument(r["id"], r["title_nl"], r["description_nl"], bool(r["has_roles"]),
                                       r["position"], r.get("title_en"), r.get("description_en"))
                   for r in rows(conn, "select * from instruments order by position, id")}
    questions: dict[str, list[Question]] = {i: [] for i in instruments}
    for r in rows(conn, "select * from questions order by instrument, position"):
        questions.setdefault(r["instrument"], []).append(Question(
            r["instrument"], r["code"], r["position"], r["section_nl"], r["kind"], r["theme"], r["text_nl"],
            r["help_nl"], r["scale_min"], r["scale_max"], r.get("section_en"), r.get("text_en"), r.get("help_en")))
    options: dict[tuple[str, str], list[Option]] = {}
    for r in rows(conn, "select * from answer_options order by instrument, question, position"):
        options.setdefault((r["instrument"], r["question"]), []).append(
            Option(r["code"], r["position"], r["value"], r["label_nl"], r.get("label_en")))
    roles: dict[str, list[Role]] = {}
    for r in rows(conn, "select * from roles order by instrument, position"):
        roles.setdefault(r["instrument"], []).append(Role(r["code"], r["label_nl"], r.get("label_en")))
    units = {r["id"]: Unit(r["id"], r["name"], r["level"], r["parent"], r["position"])
             for r in rows(conn, "select * from units order by position, id")}
    periods = {r["id"]: Period(r["id"], r["kind"], r["label_nl"], r["position"], r.get("label_en"))
               for r in rows(conn, "select * from periods order by position, id")}
    publication = (rows(conn, "select * from publication limit 1") or [{}])[0] if "publication" in names else {}
    has_actions = "actions" in names
    vocabulary = {(r["kind"], r["code"], r["form"]): {"nl": r["label_nl"], "en": r["label_en"]}
                  for r in rows(conn, "select * from vocabulary")} if "vocabulary" in names else {}
    return Catalog(instruments, questions, options, roles, units, periods, publication, vocabulary=vocabulary,
                   has_actions=has_actions, action_columns=column_names(conn, "actions") if has_actions else [])


# -- figures ------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """One shown figure; ``mean`` is None for choice/yes-no and when details are withheld."""

    id: int
    instrument: str
    question: str
    period: str
    unit: str
    role: str
    n: int
    mean: float | None
    withheld: bool


def _scores(conn: sqlite3.Connection, where: str, params: Iterable[Any]) -> list[Score]:
    return [Score(r["id"], r["instrument"], r["question"], r["period"], r["unit"], r["role"], r["n"], r["mean"],
                  bool(r["details_withheld"]))
            for r in rows(conn, "select id, instrument, question, period, unit, role, n, mean, details_withheld "
                                f"from scores where {where}", params)]


def scores_at(conn: sqlite3.Connection, instrument: str, period: str, unit: str,
              role: str | None = ALL) -> list[Score]:
    """Every question's figure for one instrument, period and unit (one role, or all roles)."""
    if role is None:
        return _scores(conn, "unit = ? and period = ? and instrument = ?", (unit, period, instrument))
    return _scores(conn, "unit = ? and period = ? and instrument = ? and role = ?", (unit, period, instrument, role))


def score_series(conn: sqlite3.Connection, instrument: str, question: str, unit: str,
                 role: str = ALL) -> dict[str, Score]:
    """period -> figure, for one question, unit and role."""
    return {s.period: s for s in _scores(conn, "instrument = ? and question = ? and unit = ? and role = ?",
                                         (instrument, question, unit, role))}


def scores_by_unit(conn: sqlite3.Connection, instrument: str, question: str, period: str,
                   role: str = ALL) -> dict[str, Score]:
    """unit -> figure, for one question, period and role."""
    return {s.unit: s for s in _scores(conn, "instrument = ? and question = ? and period = ? and role = ?",
                                       (instrument, question, period, role))}


def distribution(conn: sqlite3.Connection, score_ids: Iterable[int]) -> dict[int, dict[str, tuple[int, float]]]:
    """score id -> option -> (count, percentage of the score's n, one decimal)."""
    ids = sorted(set(score_ids))
    out: dict[int, dict[str, tuple[int, float]]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in rows(conn, f"select d.score, d.option, d.count, s.n from distribution d join scores s "
                            f"on s.id = d.score where d.score in ({', '.join('?' * len(chunk))})", chunk):
            out[r["score"]][r["option"]] = (r["count"], round(100 * r["count"] / r["n"], 1) if r["n"] else 0.0)
    return out


def summaries(conn: sqlite3.Connection, cat: Catalog, scores: Iterable[Score]) -> dict[int, Any]:
    """score id -> :class:`stats.Summary` (n, mean, sd) from the published distribution, for the
    scale figures whose details are shown."""
    from stemsync_portal import stats

    scores = [s for s in scores if not s.withheld]
    dist = distribution(conn, [s.id for s in scores])
    out: dict[int, Any] = {}
    for s in scores:
        values = {o.code: o.value for o in cat.options.get((s.instrument, s.question), []) if o.value is not None}
        counts = {values[code]: c for code, (c, _) in dist.get(s.id, {}).items() if code in values}
        summary = stats.summarise(counts) if counts else None
        if summary is not None:
            out[s.id] = summary
    return out


def yes_counts(conn: sqlite3.Connection, scores: Iterable[Score]) -> dict[int, tuple[int, int]]:
    """score id -> (number of 'yes', number of answers), for yes/no figures whose details are shown."""
    scores = [s for s in scores if not s.withheld]
    dist = distribution(conn, [s.id for s in scores])
    return {s.id: (dist[s.id]["Y"][0], s.n) for s in scores if "Y" in dist.get(s.id, {})}


def response_counts(conn: sqlite3.Connection, instrument: str, unit: str, role: str = ALL) -> dict[str, int]:
    """period -> number of questionnaires (only shown groups)."""
    return {r["period"]: r["n"] for r in rows(
        conn, "select period, n from responses where instrument = ? and unit = ? and role = ? order by period",
        (instrument, unit, role))}


def latest_period(conn: sqlite3.Connection, instrument: str, unit: str | None = None) -> str | None:
    """The most recent known period with a shown group for the instrument (and unit)."""
    where, params = "instrument = ?", [instrument]
    if unit:
        where += " and unit = ?"
        params.append(unit)
    known = rows(conn, f"select max(period) as p from responses where {where} and period != 'onbekend'", params)
    if known and known[0]["p"]:
        return known[0]["p"]
    anything = rows(conn, f"select max(period) as p from responses where {where}", params)
    return anything[0]["p"] if anything else None


def periods_of(conn: sqlite3.Connection, instrument: str) -> list[str]:
    """Known periods with figures for the instrument, in time order."""
    return [r["period"] for r in rows(conn, "select distinct period from responses where instrument = ? "
                                            "and period != 'onbekend' order by period", (instrument,))]
