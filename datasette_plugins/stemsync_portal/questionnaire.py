"""A page per questionnaire: per theme its actions ('Jij zei, wij deden'), per question
the answers, the trend and the figures per role, and the comparison of every team and
region for one chosen question.

Plain functions on a ``sqlite3.Connection`` and a :class:`~stemsync_portal.data.Catalog`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from stemsync_portal.i18n import _
from stemsync_portal import actions as actionsmod
from stemsync_portal import data, figures, fmt, urls
from stemsync_portal.data import ALL, Catalog, Question
from stemsync_portal.figures import Figure, Line
from stemsync_portal.pages import top_unit


@dataclass
class QuestionBlock:
    question: Question
    answers: Figure
    trend: Figure | None
    roles: list[tuple[str, str]]       # (role, value text)


@dataclass
class ThemeBlock:
    theme: str | None
    label: str
    questions: list[QuestionBlock]
    actions: list[actionsmod.Action]
    comments: int
    comments_path: str


@dataclass
class InstrumentPage:
    instrument: data.Instrument
    unit: str
    unit_name: str
    period: str | None
    unit_options: list[tuple[str, str]]
    period_options: list[tuple[str, str]]
    themes: list[ThemeBlock]
    compare: Figure | None
    compare_question: str | None
    compare_options: list[tuple[str, str]]


def instrument_page(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str | None = None,
                    period: str | None = None, compare: str | None = None) -> InstrumentPage:
    inst = cat.instruments[instrument]
    listed = figures.units_with_figures(conn, [instrument])
    unit_options = [(u.id, ("— " * depth) + cat.unit_name(u.id)) for u, depth in cat.tree() if u.id in listed]
    top = top_unit(cat)
    if unit not in listed:
        unit = top if top in listed or not unit_options else unit_options[0][0]
    periods = data.periods_of(conn, instrument)
    if period not in periods:
        period = data.latest_period(conn, instrument, unit) or (periods[-1] if periods else None)
    period_options = [(p, cat.period_label(p)) for p in reversed(periods)]
    roles = [r for r in cat.roles.get(instrument, []) if r.code != ALL] if inst.has_roles else []
    by_role = {}
    if period and unit:
        by_role = {(s.question, s.role): s for s in data.scores_at(conn, instrument, period, unit, role=None)}
    acts = actionsmod.load(conn, cat, instrument=instrument)
    counts = {(r["theme"], r["question"]): r["n"] for r in data.rows(
        conn, "select theme, question, count(*) as n from comments where instrument = ? group by theme, question",
        (instrument,))}
    blocks: list[ThemeBlock] = []
    for q in cat.questions.get(instrument, []):
        if not blocks or blocks[-1].theme != q.theme:
            blocks.append(ThemeBlock(q.theme, fmt.theme_label(q.theme), [], [a for a in acts if a.theme == q.theme],
                                     0, urls.comments(vragenlijst=instrument, thema=q.theme)))
        block = blocks[-1]
        if q.kind == "text":
            block.comments += counts.get((q.theme, q.code), 0)
            continue
        if period is None or unit is None:
            continue
        answers = figures.distribution_figure(conn, cat, instrument, q.code, period, unit)
        trend = (figures.trend_figure(conn, cat, [Line(instrument, q.code, q.text)], unit,
                                      title=_("Door de tijd")) if q.kind == "scale" else None)
        role_values = []
        for r in roles:
            s = by_role.get((q.code, r.code))
            if s is None and r.code == "onbekend":
                continue  # only mentioned when there is a figure for it
            if s is None:
                value = fmt.hidden_short()
            elif s.mean is not None:
                value = _("{value} ({n} mensen)").format(value=fmt.number(s.mean), n=fmt.count(s.n)) \
                    + figures.few_mark(cat, s.n)
            else:
                value = _("{n} mensen").format(n=fmt.count(s.n)) + (
                    " (" + _("gemiddelde niet getoond") + ")" if q.kind == "scale" else "")
            role_values.append((fmt.role_short(r.code, r.label), value))
        block.questions.append(QuestionBlock(q, answers, trend, role_values))
    scale = cat.scale_questions(instrument)
    main = cat.main_question(instrument)
    chosen = cat.question(instrument, compare or "") if compare else None
    if chosen is None or chosen.kind != "scale":
        chosen = main or (scale[0] if scale else None)
    compare_fig = None
    if chosen is not None and period is not None:
        compare_fig = figures.units_figure(conn, cat, [Line(instrument, chosen.code, chosen.text)], period,
                                           title=_("Verschil tussen teams en regio’s: {question}").format(
                                               question=chosen.text))
    return InstrumentPage(inst, unit or "", cat.unit_name(unit) if unit else "", period, unit_options,
                          period_options, blocks, compare_fig, chosen.code if chosen else None,
                          [(q.code, q.text) for q in scale])
