"""Figures: a chart, the sentence and the table next to it, and its CSV link.

Every figure is built by one function from the public database; the page shows it
and the CSV route (``/-/stemsync/csv/<kind>.csv``) rebuilds the same figure from the
same parameters and writes its table. So the download is exactly what the chart shows.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup

from stemsync_portal import charts, data, fmt
from stemsync_portal.data import ALL, Catalog, Question, Score

CSV_PATH = "/-/stemsync/csv/{kind}.csv"


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Figure:
    id: str
    title: str
    sentence: str
    table: Table
    svg: Markup | None = None
    csv_path: str = ""
    legend: list[tuple[str, str]] = field(default_factory=list)  # (label, colour)
    notes: list[str] = field(default_factory=list)
    empty: bool = False


def _id(*parts: str) -> str:
    return "fig-" + re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")


def csv_path(kind: str, **params: str) -> str:
    return CSV_PATH.format(kind=kind) + "?" + urlencode({k: v for k, v in params.items() if v})


def _value(score: Score | None) -> float | None:
    return None if score is None or score.withheld else score.mean


def _value_text(score: Score | None) -> str:
    value = _value(score)
    return fmt.HIDDEN if value is None else fmt.number(value)


def _n_text(score: Score | None) -> str:
    return "" if score is None else fmt.count(score.n)


def scale_ends(cat: Catalog, q: Question) -> tuple[str, str]:
    """What the lowest and highest answer mean, e.g. ('1 = Helemaal niet mee eens', '5 = Helemaal mee eens')."""
    options = cat.options.get((q.instrument, q.code), [])
    ends = []
    for value in (q.scale_min, q.scale_max):
        opt = next((o for o in options if o.value == value), None)
        label = opt.label.split(" - ", 1)[-1] if opt and " - " in opt.label else ""
        ends.append(f"{value} = {label}" if label else f"{value}")
    return ends[0], ends[1]


def people(cat: Catalog, instrument: str, role: str = ALL) -> str:
    """Who answered, in words: 'ouders en jongeren', 'ouders', 'mensen'."""
    if role != ALL:
        label = next((r.label for r in cat.roles.get(instrument, []) if r.code == role), role)
        return fmt.role_plural(role, label)
    roles = cat.role_list(instrument)
    return fmt.join_words([fmt.role_plural(r.code, r.label) for r in roles]) if roles else "mensen"


# -- the questions of one instrument -------------------------------------------------


def questions_figure(conn: sqlite3.Connection, cat: Catalog, instrument: str, period: str, unit: str,
                     codes: list[str] | None = None, title: str | None = None) -> Figure:
    """Bars: the mean of each scale question (same scale) for one period and unit."""
    questions = [q for q in cat.scale_questions(instrument) if codes is None or q.code in codes]
    scores = {s.question: s for s in data.scores_at(conn, instrument, period, unit)}
    bars = [charts.Bar(q.text, _value(scores.get(q.code)), fmt.number(_value(scores.get(q.code))))
            for q in questions]
    table = Table(["Vraag", "Gemiddelde", "Aantal antwoorden"],
                  [[q.text, _value_text(scores.get(q.code)), _n_text(scores.get(q.code))] for q in questions])
    lo = min((q.scale_min for q in questions if q.scale_min is not None), default=0)
    hi = max((q.scale_max for q in questions if q.scale_max is not None), default=10)
    shown = [(b.value, q) for b, q in zip(bars, questions) if b.value is not None]
    parts = []
    if shown:
        best, worst = max(shown, key=lambda x: x[0]), min(shown, key=lambda x: x[0])
        parts.append(f"{fmt.in_period(period)} was het hoogste gemiddelde {fmt.number(best[0])}, bij: "
                     f"{quote(best[1].text)}")
        if worst[1] is not best[1]:
            parts.append(f"Het laagste was {fmt.number(worst[0])}, bij: {quote(worst[1].text)}")
    hidden = len(questions) - len(shown)
    if hidden:
        parts.append(f"{hidden} {'vraag wordt' if hidden == 1 else 'vragen worden'} {fmt.HIDDEN}")
    low, high = scale_ends(cat, questions[0]) if questions else ("", "")
    notes = [f"Schaal: {low} tot {high}."] if questions else []
    sentence = ". ".join(parts) + "." if parts else f"Er zijn geen cijfers voor {fmt.period_label(period)}."
    fig_title = title or f"De vragen in het {fmt.period_label(period)}"
    svg = charts.bar_chart(_id("vragen", instrument, unit, period, *(codes or [])), [charts.BarGroup(None, bars)],
                           lo, hi, fig_title, sentence) if questions else None
    return Figure(_id("vragen", instrument, *(codes or [])), fig_title, sentence, table, svg,
                  csv_path("vragen", vragenlijst=instrument, periode=period, eenheid=unit,
                           vragen=",".join(codes or [])), notes=notes, empty=not shown)


def roles_figure(conn: sqlite3.Connection, cat: Catalog, instrument: str, period: str, unit: str) -> Figure:
    """Grouped bars: per theme question, a bar for each role side by side (clients and professionals)."""
    questions = cat.scale_questions(instrument)
    roles = cat.role_list(instrument)
    scores = {(s.question, s.role): s for s in data.scores_at(conn, instrument, period, unit, role=None)}
    groups, table_rows = [], []
    biggest: tuple[float, Question, tuple, tuple] | None = None
    for q in questions:
        bars, cells, values = [], [fmt.theme_label(q.theme) + ": " + q.text], []
        for r in roles:
            s = scores.get((q.code, r.code))
            v = _value(s)
            bars.append(charts.Bar(fmt.role_short(r.code, r.label), v, fmt.number(v),
                                   charts.ROLE_COLORS.get(r.code, charts.PALETTE[len(bars) % 6])))
            cells.append(fmt.HIDDEN if v is None else f"{fmt.number(v)} ({fmt.count(s.n)} mensen)")
            if v is not None:
                values.append((v, r))
        if len(values) >= 2:
            hi, lo = max(values, key=lambda x: x[0]), min(values, key=lambda x: x[0])
            if biggest is None or hi[0] - lo[0] > biggest[0]:
                biggest = (hi[0] - lo[0], q, hi, lo)
        groups.append(charts.BarGroup(fmt.theme_label(q.theme), bars))
        table_rows.append(cells)
    if biggest and biggest[0] >= 0.05:
        _, q, (hv, hr), (lv, lr) = biggest
        sentence = (f"{fmt.in_period(period)} was het verschil het grootst bij {fmt.theme_label(q.theme).lower()}: "
                    f"{fmt.role_plural(hr.code, hr.label)} gaven gemiddeld {fmt.score_phrase(hv, q.scale_min, q.scale_max)}, "
                    f"{fmt.role_plural(lr.code, lr.label)} {fmt.score_phrase(lv, q.scale_min, q.scale_max)}.")
    elif biggest:
        sentence = f"{fmt.in_period(period)} gaven de groepen ongeveer dezelfde cijfers."
    else:
        sentence = f"{fmt.in_period(period)} zijn er te weinig antwoorden per groep om ze naast elkaar te zetten."
    lo_s = min((q.scale_min for q in questions if q.scale_min is not None), default=0)
    hi_s = max((q.scale_max for q in questions if q.scale_max is not None), default=10)
    title = "Cliënten en hulpverleners naast elkaar"
    svg = charts.bar_chart(_id("rollen", instrument, period), groups, lo_s, hi_s, title, sentence,
                           label_width=170) if questions and roles else None
    legend = [(fmt.role_short(r.code, r.label), charts.ROLE_COLORS.get(r.code, charts.PALETTE[i % 6]))
              for i, r in enumerate(roles)]
    return Figure(_id("rollen", instrument), title, sentence,
                  Table(["Onderwerp"] + [fmt.role_short(r.code, r.label) for r in roles], table_rows), svg,
                  csv_path("rollen", vragenlijst=instrument, periode=period, eenheid=unit), legend=legend,
                  empty=biggest is None)


# -- over time ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of a trend figure: a question of an instrument, with the label shown."""

    instrument: str
    question: str
    label: str


def parse_lines(cat: Catalog, spec: str) -> list[Line]:
    """'exit:CIJFER,wat-werkt-eind:ALGEMEEN' -> lines (unknown parts are skipped)."""
    lines = []
    for part in spec.split(","):
        inst, _, code = part.partition(":")
        q = cat.question(inst, code)
        if q is not None and q.kind == "scale":
            lines.append(Line(inst, code, q.text))
    return lines


def lines_spec(lines: list[Line]) -> str:
    return ",".join(f"{line.instrument}:{line.question}" for line in lines)


def quote(text: str) -> str:
    """A question in quotes, without its closing full stop: ‘Ik werd serieus genomen’."""
    return f"‘{text.rstrip(' .')}’"


def _trend_sentence(cat: Catalog, line: Line, series: dict[str, Score], periods: list[str], role: str) -> str:
    """'In het 3e kwartaal 2026 gaven 42 ouders gemiddeld een 7,4 (vorig kwartaal 7,1).'"""
    shown = [p for p in periods if _value(series.get(p)) is not None]
    q = cat.question(line.instrument, line.question)
    assert q is not None
    if not shown:
        return f"De gemiddelden worden {fmt.HIDDEN}."
    last = shown[-1]
    s = series[last]
    text = (f"{fmt.in_period(last)} gaven {fmt.count(s.n)} {people(cat, line.instrument, role)} "
            f"gemiddeld {fmt.score_phrase(s.mean, q.scale_min, q.scale_max)}")
    if len(shown) > 1:
        prev = shown[-2]
        text += f" ({fmt.last_time(last, prev)} {fmt.number(series[prev].mean)})"
    if periods and periods[-1] != last:
        text += f". Van het {fmt.period_label(periods[-1])} wordt het gemiddelde {fmt.HIDDEN}"
    return text + "."


def _trends_sentence(lines: list[Line], per_line: list[dict[str, Score]], periods: list[str]) -> str:
    """Several lines in one sentence: 'In het 4e kwartaal 2025 was het gemiddelde: begin 4,8
    (vorig kwartaal 4,8), eind 4,7 (vorig kwartaal 5,2).'"""
    parts, lasts = [], set()
    for line, series in zip(lines, per_line):
        shown = [p for p in periods if _value(series.get(p)) is not None]
        label = quote(line.label) if len(line.label) > 30 else line.label.lower()
        if not shown:
            parts.append(f"{label} {fmt.HIDDEN_SHORT}")
            continue
        last = shown[-1]
        lasts.add(last)
        part = f"{label} {fmt.number(series[last].mean)}"
        if len(shown) > 1:
            part += f" ({fmt.last_time(last, shown[-2])} {fmt.number(series[shown[-2]].mean)})"
        parts.append(part)
    if not lasts:
        return f"De gemiddelden worden {fmt.HIDDEN}."
    when = fmt.in_period(max(lasts)) if len(lasts) == 1 else "Het laatst bekende"
    return f"{when} was het gemiddelde: " + "; ".join(parts) + "."


def trend_figure(conn: sqlite3.Connection, cat: Catalog, lines: list[Line], unit: str, role: str = ALL,
                 title: str | None = None, key: str = "") -> Figure:
    """A line per question over the known periods, with the sentence 'In het 3e kwartaal ...'."""
    periods = sorted({p for line in lines for p in data.periods_of(conn, line.instrument)})
    per_line = [data.score_series(conn, line.instrument, line.question, unit, role) for line in lines]
    many = len(lines) > 1
    colors = [charts.MAIN] if not many else charts.PALETTE
    series = [charts.Series(line.label, [_value(s.get(p)) for p in periods], colors[i % len(colors)])
              for i, (line, s) in enumerate(zip(lines, per_line))]
    questions = [cat.question(line.instrument, line.question) for line in lines]
    lo = min((q.scale_min for q in questions if q and q.scale_min is not None), default=0)
    hi = max((q.scale_max for q in questions if q and q.scale_max is not None), default=10)
    sentence = (_trends_sentence(lines, per_line, periods) if many else
                " ".join(_trend_sentence(cat, line, s, periods, role) for line, s in zip(lines, per_line)))
    headers = ["Periode"] + ([line.label for line in lines] if many else ["Gemiddelde", "Aantal antwoorden"])
    table_rows = []
    for p in periods:
        if many:
            table_rows.append([fmt.period_label(p)] + [_value_text(s.get(p)) for s in per_line])
        else:
            s = per_line[0].get(p) if per_line else None
            table_rows.append([fmt.period_label(p), _value_text(s), _n_text(s)])
    fig_title = title or ("Hoe veranderde het gemiddelde?" if not many else "De onderwerpen door de tijd")
    has_values = any(v is not None for s in series for v in s.values)
    svg = charts.line_chart(_id("trend", key, unit, lines_spec(lines)), periods, series, lo, hi, fig_title,
                            sentence) if periods and has_values else None
    legend = [(s.label, s.color) for s in series] if many else []
    return Figure(_id("trend", key, lines_spec(lines)), fig_title, sentence, Table(headers, table_rows), svg,
                  csv_path("trend", reeks=lines_spec(lines), eenheid=unit, rol=role if role != ALL else ""),
                  legend=legend, empty=not has_values)


# -- between units ------------------------------------------------------------------------


def units_with_figures(conn: sqlite3.Connection, instruments: list[str]) -> set[str]:
    """Units with at least one shown group for these instruments (in any period)."""
    found: set[str] = set()
    for inst in instruments:
        found |= {r["unit"] for r in data.rows(conn, "select distinct unit from responses where instrument = ?",
                                               (inst,))}
    return found


LEVEL_WORDS = {"team": ("team", "teams"), "regio": ("regio", "regio’s")}


def units_figure(conn: sqlite3.Connection, cat: Catalog, lines: list[Line], period: str,
                 title: str | None = None, level: str = "team") -> Figure:
    """Bars per unit for one or two questions: the organisation, each region and (with
    ``level='team'``) the teams under it; ``level='regio'`` stops at the regions."""
    by_unit = [data.scores_by_unit(conn, line.instrument, line.question, period) for line in lines]
    listed = units_with_figures(conn, sorted({line.instrument for line in lines}))
    many = len(lines) > 1
    groups: list[charts.BarGroup] = []
    table_rows, shown, hidden = [], [], 0
    headers = ["Team of regio"] + ([line.label for line in lines] if many else ["Gemiddelde", "Aantal antwoorden"])
    for unit, depth in cat.tree():
        if unit.id not in listed or (level == "regio" and unit.level == "team"):
            continue
        name = cat.unit_name(unit.id)
        label = ("· " if depth >= 2 else "") + name
        values = [_value(scores.get(unit.id)) for scores in by_unit]
        if many:
            bars = [charts.Bar(line.label, v, fmt.number(v), charts.PALETTE[i % 6])
                    for i, (line, v) in enumerate(zip(lines, values))]
            groups.append(charts.BarGroup(label, bars))
            table_rows.append([name] + [_value_text(scores.get(unit.id)) for scores in by_unit])
        else:
            s = by_unit[0].get(unit.id) if by_unit else None
            if not groups or (level == "team" and (unit.level == "regio" or depth == 0)):
                groups.append(charts.BarGroup(None, []))
            groups[-1].bars.append(charts.Bar(label, values[0], fmt.number(values[0])))
            table_rows.append([name, _value_text(s), _n_text(s)])
        if unit.level == level:
            if values[0] is None:
                hidden += 1
            else:
                shown.append((values[0], name))
    one, more = LEVEL_WORDS.get(level, ("eenheid", "eenheden"))
    parts = []
    if shown:
        lo, hi = min(shown), max(shown)
        if len(shown) == 1:
            parts.append(f"{fmt.in_period(period)} is van één {one} het gemiddelde bekend: {fmt.number(hi[0])}")
        else:
            parts.append(f"{fmt.in_period(period)} lag het gemiddelde per {one} tussen {fmt.number(lo[0])} "
                         f"({lo[1]}) en {fmt.number(hi[0])} ({hi[1]})")
    if hidden:
        parts.append(f"Van {'één ' + one if hidden == 1 else str(hidden) + ' ' + more} worden de cijfers {fmt.HIDDEN}")
    sentence = ". ".join(parts) + "." if parts else f"{fmt.in_period(period)} zijn er geen cijfers per {one}."
    questions = [cat.question(line.instrument, line.question) for line in lines]
    lo_s = min((q.scale_min for q in questions if q and q.scale_min is not None), default=0)
    hi_s = max((q.scale_max for q in questions if q and q.scale_max is not None), default=10)
    fig_title = title or ("Verschil tussen teams en regio’s" if level == "team" else "Verschil tussen regio’s")
    groups = [g for g in groups if g.bars or g.label]
    svg = charts.bar_chart(_id("eenheden", level, lines_spec(lines), period), groups, lo_s, hi_s, fig_title,
                           sentence, label_width=230) if groups else None
    legend = [(line.label, charts.PALETTE[i % 6]) for i, line in enumerate(lines)] if many else []
    note = f"{more.capitalize()} zonder getoonde cijfers voor deze vragenlijst staan er niet bij."
    return Figure(_id("eenheden", level, lines_spec(lines)), fig_title, sentence, Table(headers, table_rows), svg,
                  csv_path("eenheden", reeks=lines_spec(lines), periode=period, niveau=level),
                  legend=legend, notes=[note], empty=not groups)


def home_level(conn: sqlite3.Connection, cat: Catalog, instruments: list[str]) -> str:
    """'regio' when at least two regions have figures (short charts on the home page), else 'team'."""
    listed = units_with_figures(conn, instruments)
    regions = [u for u in cat.units.values() if u.level == "regio" and u.id in listed]
    return "regio" if len(regions) >= 2 else "team"


# -- the answers to one question ------------------------------------------------------------


def distribution_figure(conn: sqlite3.Connection, cat: Catalog, instrument: str, question: str, period: str,
                        unit: str, role: str = ALL) -> Figure:
    """Bars: how many chose each answer (percentages), for one question, period, unit and role."""
    q = cat.question(instrument, question)
    assert q is not None
    score = next((s for s in data.scores_at(conn, instrument, period, unit, role) if s.question == question), None)
    options = cat.options.get((instrument, question), [])
    counts = data.distribution(conn, [score.id]).get(score.id, {}) if score and not score.withheld else {}
    fig_id = _id("antwoorden", instrument, question)
    path = csv_path("antwoorden", vragenlijst=instrument, vraag=question, periode=period, eenheid=unit,
                    rol=role if role != ALL else "")
    if not counts:
        sentence = (f"{fmt.in_period(period)}: de verdeling van de antwoorden wordt {fmt.HIDDEN}."
                    if score is None or score.withheld else f"{fmt.in_period(period)}: geen antwoorden.")
        if score is not None:
            sentence += f" {fmt.count(score.n)} mensen beantwoordden deze vraag."
        return Figure(fig_id, q.text, sentence, Table(["Antwoord", "Aantal", "Procent"], []), None, path, empty=True)
    bars, table_rows = [], []
    for o in options:
        c, pct = counts.get(o.code, (0, 0.0))
        bars.append(charts.Bar(o.label, pct, f"{fmt.percent(pct)}"))
        table_rows.append([o.label, fmt.count(c), fmt.percent(pct)])
    top = max(options, key=lambda o: counts.get(o.code, (0, 0.0))[0])
    if q.kind == "yesno":
        yes = counts.get("Y", (0, 0.0))[1]
        sentence = f"{fmt.in_period(period)} antwoordde {fmt.percent(yes)} ‘Ja’ ({fmt.count(score.n)} antwoorden)."
    else:
        sentence = (f"{fmt.in_period(period)} kozen de meeste mensen {quote(top.label)} "
                    f"({fmt.percent(counts[top.code][1])} van {fmt.count(score.n)} antwoorden).")
        if score.mean is not None:
            sentence += f" Gemiddeld: {fmt.number(score.mean)}."
    svg = charts.bar_chart(fig_id + "-" + re.sub(r"[^a-z0-9]", "", period.lower()), [charts.BarGroup(None, bars)],
                           0, 100, q.text, sentence, label_width=250, percent=True)
    return Figure(fig_id, q.text, sentence, Table(["Antwoord", "Aantal", "Procent"], table_rows), svg, path)
