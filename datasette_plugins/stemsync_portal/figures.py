"""Figures: a chart, the sentence and the table next to it, and its CSV link.

Every figure is built by one function from the public database; the page shows it
and the CSV route (``/-/stemsync/csv/<kind>.csv``) rebuilds the same figure from the
same parameters and writes its table. So the download is exactly what the chart shows.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from markupsafe import Markup

from stemsync_portal import charts, data, fmt, stats, urls
from stemsync_portal.i18n import _
from stemsync_portal.data import ALL, Catalog, Question, Score



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
    return urls.csv(kind, **params)


def _value(score: Score | None) -> float | None:
    return None if score is None or score.withheld else score.mean


def _value_text(score: Score | None) -> str:
    value = _value(score)
    return fmt.hidden() if value is None else fmt.number(value)


def _n_text(score: Score | None, cat: Catalog | None = None) -> str:
    """The number of answers, with 'weinig antwoorden' for a group just above k."""
    if score is None:
        return ""
    return fmt.count(score.n) + few_mark(cat, score.n)


def few_mark(cat: Catalog | None, n: int | None) -> str:
    """' (weinig antwoorden)' for a group just above k (see :func:`stats.few`), else ''."""
    return " (" + _("weinig antwoorden") + ")" if cat is not None and stats.few(n, cat.publication.get("k")) else ""


def few_note(cat: Catalog) -> str:
    k = cat.publication.get("k") or 0
    return _("Weinig antwoorden: een cijfer van minder dan {n} mensen kan door toeval veel hoger of lager "
             "uitvallen. Lees het voorzichtig.").format(n=stats.FEW_FACTOR * k)


def _add_few_note(fig: Figure, cat: Catalog, counts: list[int | None]) -> Figure:
    if any(stats.few(n, cat.publication.get("k")) for n in counts):
        fig.notes.append(few_note(cat))
    return fig


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
    return fmt.join_words([fmt.role_plural(r.code, r.label) for r in roles]) if roles else _("mensen")


# -- the questions of one instrument -------------------------------------------------


def questions_figure(conn: sqlite3.Connection, cat: Catalog, instrument: str, period: str, unit: str,
                     codes: list[str] | None = None, title: str | None = None) -> Figure:
    """Bars: the mean of each scale question (same scale) for one period and unit."""
    questions = [q for q in cat.scale_questions(instrument) if codes is None or q.code in codes]
    scores = {s.question: s for s in data.scores_at(conn, instrument, period, unit)}
    bars = [charts.Bar(q.text, _value(scores.get(q.code)), fmt.number(_value(scores.get(q.code))))
            for q in questions]
    table = Table([_("Vraag"), _("Gemiddelde"), _("Aantal antwoorden")],
                  [[q.text, _value_text(scores.get(q.code)), _n_text(scores.get(q.code), cat)] for q in questions])
    lo = min((q.scale_min for q in questions if q.scale_min is not None), default=0)
    hi = max((q.scale_max for q in questions if q.scale_max is not None), default=10)
    shown = [(b.value, q) for b, q in zip(bars, questions) if b.value is not None]
    parts = []
    if shown:
        best, worst = max(shown, key=lambda x: x[0]), min(shown, key=lambda x: x[0])
        parts.append(_("{when} was het hoogste gemiddelde {mean}, bij: {question}").format(
            when=fmt.in_period(period), mean=fmt.number(best[0]), question=quote(best[1].text)))
        if worst[1] is not best[1]:
            parts.append(_("Het laagste was {mean}, bij: {question}").format(mean=fmt.number(worst[0]),
                                                                            question=quote(worst[1].text)))
    hidden = len(questions) - len(shown)
    if hidden:
        parts.append((_("1 vraag wordt niet getoond om de privacy te beschermen") if hidden == 1 else
                      _("{n} vragen worden niet getoond om de privacy te beschermen").format(n=hidden)))
    low, high = scale_ends(cat, questions[0]) if questions else ("", "")
    notes = [_("Schaal: {low} tot {high}.").format(low=low, high=high)] if questions else []
    sentence = (". ".join(parts) + "." if parts else
                _("Er zijn geen cijfers voor {period}.").format(period=fmt.period_label(period)))
    fig_title = title or _("De vragen in het {period}").format(period=fmt.period_label(period))
    svg = charts.bar_chart(_id("vragen", instrument, unit, period, *(codes or [])), [charts.BarGroup(None, bars)],
                           lo, hi, fig_title, sentence) if questions else None
    fig = Figure(_id("vragen", instrument, *(codes or [])), fig_title, sentence, table, svg,
                 csv_path("vragen", vragenlijst=instrument, periode=period, eenheid=unit,
                          vragen=",".join(codes or [])), notes=notes, empty=not shown)
    return _add_few_note(fig, cat, [scores[q.code].n for q in questions if q.code in scores])


def roles_figure(conn: sqlite3.Connection, cat: Catalog, instrument: str, period: str, unit: str) -> Figure:
    """Grouped bars: per theme question, a bar for each role side by side (clients and professionals).

    The sentence names the largest difference between two roles only when it is larger than
    chance can give: every pair of roles on every question is tested (Welch), with Holm's
    correction over all of them."""
    questions = cat.scale_questions(instrument)
    roles = cat.role_list(instrument)
    scores = {(s.question, s.role): s for s in data.scores_at(conn, instrument, period, unit, role=None)}
    summaries = data.summaries(conn, cat, scores.values())
    groups, table_rows, counts = [], [], []
    tested: list[tuple[Question, tuple, tuple, stats.Comparison]] = []
    for q in questions:
        bars, cells, values = [], [fmt.theme_label(q.theme) + ": " + q.text], []
        for r in roles:
            s = scores.get((q.code, r.code))
            v = _value(s)
            bars.append(charts.Bar(fmt.role_short(r.code, r.label), v, fmt.number(v),
                                   charts.ROLE_COLORS.get(r.code, charts.PALETTE[len(bars) % 6])))
            cells.append(fmt.hidden() if v is None else
                         _("{value} ({n} mensen)").format(value=fmt.number(v), n=fmt.count(s.n)) + few_mark(cat, s.n))
            if v is not None:
                values.append((v, r, s))
                counts.append(s.n)
        for i, (va, ra, sa) in enumerate(values):
            for vb, rb, sb in values[i + 1:]:
                comparison = stats.compare_means(summaries.get(sa.id), summaries.get(sb.id))
                if comparison is not None:
                    tested.append((q, (va, ra), (vb, rb), comparison))
        groups.append(charts.BarGroup(fmt.theme_label(q.theme), bars))
        table_rows.append(cells)
    corrected = stats.holm([c for *_rest, c in tested])
    real = [(abs(c.diff), q, a, b) for (q, a, b, _c), c in zip(tested, corrected) if c is not None and c.direction]
    if real:
        _size, q, a, b = max(real, key=lambda x: x[0])
        (hv, hr), (lv, lr) = (a, b) if a[0] > b[0] else (b, a)
        sentence = _("{when} was het verschil het grootst bij {theme}: {high_people} gaven gemiddeld {high}, "
                     "{low_people} {low}. Dat verschil is groter dan toeval kan geven.").format(
            when=fmt.in_period(period), theme=fmt.theme_label(q.theme).lower(),
            high_people=fmt.role_plural(hr.code, hr.label), high=fmt.score_phrase(hv, q.scale_min, q.scale_max),
            low_people=fmt.role_plural(lr.code, lr.label), low=fmt.score_phrase(lv, q.scale_min, q.scale_max))
    elif any(len([c for c in row[1:] if c != fmt.hidden()]) >= 2 for row in table_rows):
        sentence = _("{when} gaven de groepen ongeveer dezelfde cijfers: geen verschil is groter dan toeval kan "
                     "geven.").format(when=fmt.in_period(period))
    else:
        sentence = _("{when} zijn er te weinig antwoorden per groep om ze naast elkaar te zetten.").format(
            when=fmt.in_period(period))
    lo_s = min((q.scale_min for q in questions if q.scale_min is not None), default=0)
    hi_s = max((q.scale_max for q in questions if q.scale_max is not None), default=10)
    title = _("Cliënten en hulpverleners naast elkaar")
    svg = charts.bar_chart(_id("rollen", instrument, period), groups, lo_s, hi_s, title, sentence,
                           label_width=170) if questions and roles else None
    legend = [(fmt.role_short(r.code, r.label), charts.ROLE_COLORS.get(r.code, charts.PALETTE[i % 6]))
              for i, r in enumerate(roles)]
    fig = Figure(_id("rollen", instrument), title, sentence,
                 Table([_("Onderwerp")] + [fmt.role_short(r.code, r.label) for r in roles], table_rows), svg,
                 csv_path("rollen", vragenlijst=instrument, periode=period, eenheid=unit), legend=legend,
                 empty=not counts)
    return _add_few_note(fig, cat, counts)


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


def _last_two(periods: list[str], series: dict[str, Score]) -> tuple[str | None, str | None]:
    """The last and the one-but-last period with a shown mean."""
    shown = [p for p in periods if _value(series.get(p)) is not None]
    return (shown[-1] if shown else None), (shown[-2] if len(shown) > 1 else None)


def _change(series: dict[str, Score], last: str | None, prev: str | None,
            summaries: dict[int, stats.Summary]) -> stats.Comparison | None:
    """The last shown mean against the one before it (Welch's t-test on the distributions)."""
    if last is None or prev is None:
        return None
    return stats.compare_means(summaries.get(series[prev].id), summaries.get(series[last].id))


def direction_words(comparison: stats.Comparison | None) -> str:
    """'ging omhoog', 'ging omlaag' or 'bleef ongeveer gelijk' (only a change beyond chance goes up or down)."""
    if comparison is None:
        return ""
    return {1: _("ging omhoog"), -1: _("ging omlaag")}.get(comparison.direction, _("bleef ongeveer gelijk"))


def _trend_sentence(cat: Catalog, line: Line, series: dict[str, Score], periods: list[str], role: str,
                    summaries: dict[int, stats.Summary]) -> str:
    """'In het 3e kwartaal 2026 gaven 42 ouders gemiddeld een 7,4 (vorig kwartaal 7,1). Het gemiddelde
    bleef ongeveer gelijk.'"""
    last, prev = _last_two(periods, series)
    q = cat.question(line.instrument, line.question)
    assert q is not None
    if last is None:
        return _("De gemiddelden worden niet getoond om de privacy te beschermen.")
    s = series[last]
    text = _("{when} gaven {n} {people}{few} gemiddeld {score}").format(
        when=fmt.in_period(last), n=fmt.count(s.n), people=people(cat, line.instrument, role),
        few=few_mark(cat, s.n), score=fmt.score_phrase(s.mean, q.scale_min, q.scale_max))
    if prev is not None:
        text += f" ({fmt.last_time(last, prev)} {fmt.number(series[prev].mean)})"
    text += "."
    change = _change(series, last, prev, summaries)
    if change is not None:
        text += " " + _("Het gemiddelde {change}.").format(change=direction_words(change))
    if periods and periods[-1] != last:
        text += " " + _("Van het {period} wordt het gemiddelde niet getoond om de privacy te beschermen.").format(
            period=fmt.period_label(periods[-1]))
    return text


def _trends_sentence(lines: list[Line], per_line: list[dict[str, Score]], periods: list[str],
                     summaries: dict[int, stats.Summary]) -> str:
    """Several lines in one sentence: 'In het 4e kwartaal 2025 was het gemiddelde: begin 4,8
    (vorig kwartaal 4,8, bleef ongeveer gelijk); eind 4,2 (vorig kwartaal 5,2, ging omlaag).'
    The lines' changes are one family: Holm's correction over them."""
    parts, lasts = [], set()
    ends = [_last_two(periods, series) for series in per_line]
    changes = stats.holm([_change(series, last, prev, summaries) for series, (last, prev) in zip(per_line, ends)])
    for line, series, (last, prev), change in zip(lines, per_line, ends, changes):
        label = quote(line.label) if len(line.label) > 30 else line.label.lower()
        if last is None:
            parts.append(f"{label} " + _("niet getoond"))
            continue
        lasts.add(last)
        part = f"{label} {fmt.number(series[last].mean)}"
        if prev is not None:
            part += f" ({fmt.last_time(last, prev)} {fmt.number(series[prev].mean)}"
            part += (", " + direction_words(change) if change is not None else "") + ")"
        parts.append(part)
    if not lasts:
        return _("De gemiddelden worden niet getoond om de privacy te beschermen.")
    when = fmt.in_period(max(lasts)) if len(lasts) == 1 else _("Het laatst bekende")
    return _("{when} was het gemiddelde: {parts}.").format(when=when, parts="; ".join(parts))


def interval_text(summary: stats.Summary | None) -> str:
    """'6,9 tot 7,8': the 95 % interval of a mean, for the table next to a chart."""
    interval = summary.interval if summary is not None else None
    if interval is None:
        return ""
    return _("{low} tot {high}").format(low=fmt.number(interval[0]), high=fmt.number(interval[1]))


def trend_figure(conn: sqlite3.Connection, cat: Catalog, lines: list[Line], unit: str, role: str = ALL,
                 title: str | None = None, key: str = "") -> Figure:
    """A line per question over the known periods, each mean with whiskers for its 95 % interval,
    and the sentence 'In het 3e kwartaal ...' that says whether the last change is beyond chance."""
    periods = sorted({p for line in lines for p in data.periods_of(conn, line.instrument)})
    per_line = [data.score_series(conn, line.instrument, line.question, unit, role) for line in lines]
    summaries = data.summaries(conn, cat, [s for series in per_line for s in series.values()])

    def interval(score: Score | None) -> tuple[float, float] | None:
        if _value(score) is None or score.id not in summaries:
            return None
        return summaries[score.id].interval

    many = len(lines) > 1
    colors = [charts.MAIN] if not many else charts.PALETTE
    series = [charts.Series(line.label, [_value(s.get(p)) for p in periods], colors[i % len(colors)],
                            [interval(s.get(p)) for p in periods])
              for i, (line, s) in enumerate(zip(lines, per_line))]
    questions = [cat.question(line.instrument, line.question) for line in lines]
    lo = min((q.scale_min for q in questions if q and q.scale_min is not None), default=0)
    hi = max((q.scale_max for q in questions if q and q.scale_max is not None), default=10)
    sentence = (_trends_sentence(lines, per_line, periods, summaries) if many else
                " ".join(_trend_sentence(cat, line, s, periods, role, summaries) for line, s in zip(lines, per_line)))
    headers = [_("Periode")] + ([line.label for line in lines] if many else
                                [_("Gemiddelde"), _("95%-marge (toeval)"), _("Aantal antwoorden")])
    table_rows = []
    for p in periods:
        if many:
            table_rows.append([fmt.period_label(p)] + [_value_text(s.get(p)) for s in per_line])
        else:
            s = per_line[0].get(p) if per_line else None
            table_rows.append([fmt.period_label(p), _value_text(s),
                               interval_text(summaries.get(s.id)) if _value(s) is not None else "",
                               _n_text(s, cat)])
    fig_title = title or (_("Hoe veranderde het gemiddelde?") if not many else _("De onderwerpen door de tijd"))
    has_values = any(v is not None for s in series for v in s.values)
    svg = charts.line_chart(_id("trend", key, unit, lines_spec(lines)), periods, series, lo, hi, fig_title,
                            sentence) if periods and has_values else None
    legend = [(s.label, s.color) for s in series] if many else []
    notes = [_("De streepjes boven en onder elk punt laten zien hoeveel het gemiddelde door toeval kan "
               "schommelen (95%).")] if has_values else []
    fig = Figure(_id("trend", key, lines_spec(lines)), fig_title, sentence, Table(headers, table_rows), svg,
                 csv_path("trend", reeks=lines_spec(lines), eenheid=unit, rol=role if role != ALL else ""),
                 legend=legend, notes=notes, empty=not has_values)
    return _add_few_note(fig, cat, [s.n for series in per_line for p, s in series.items()
                                    if p == (periods[-1] if periods else None)])


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
    headers = [_("Team of regio")] + ([line.label for line in lines] if many else
                                      [_("Gemiddelde"), _("Aantal antwoorden")])
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
            table_rows.append([name, _value_text(s), _n_text(s, cat)])
        if unit.level == level:
            if values[0] is None:
                hidden += 1
            else:
                shown.append((values[0], name))
    one, more = (_(w) for w in LEVEL_WORDS.get(level, ("eenheid", "eenheden")))
    parts = []
    if shown:
        lo, hi = min(shown), max(shown)
        if len(shown) == 1:
            parts.append(_("{when} is van één {one} het gemiddelde bekend: {mean}").format(
                when=fmt.in_period(period), one=one, mean=fmt.number(hi[0])))
        else:
            parts.append(_("{when} lag het gemiddelde per {one} tussen {low} ({low_name}) en {high} ({high_name})")
                         .format(when=fmt.in_period(period), one=one, low=fmt.number(lo[0]), low_name=lo[1],
                                 high=fmt.number(hi[0]), high_name=hi[1]))
    if hidden:
        parts.append((_("Van één {one} worden de cijfers niet getoond om de privacy te beschermen") if hidden == 1
                      else _("Van {n} {more} worden de cijfers niet getoond om de privacy te beschermen")).format(
            one=one, n=hidden, more=more))
    sentence = (". ".join(parts) + "." if parts else
                _("{when} zijn er geen cijfers per {one}.").format(when=fmt.in_period(period), one=one))
    questions = [cat.question(line.instrument, line.question) for line in lines]
    lo_s = min((q.scale_min for q in questions if q and q.scale_min is not None), default=0)
    hi_s = max((q.scale_max for q in questions if q and q.scale_max is not None), default=10)
    fig_title = title or (_("Verschil tussen teams en regio’s") if level == "team" else _("Verschil tussen regio’s"))
    groups = [g for g in groups if g.bars or g.label]
    svg = charts.bar_chart(_id("eenheden", level, lines_spec(lines), period), groups, lo_s, hi_s, fig_title,
                           sentence, label_width=230) if groups else None
    legend = [(line.label, charts.PALETTE[i % 6]) for i, line in enumerate(lines)] if many else []
    note = _("{units} zonder getoonde cijfers voor deze vragenlijst staan er niet bij.").format(
        units=more.capitalize())
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
        sentence = (_("{when}: de verdeling van de antwoorden wordt niet getoond om de privacy te beschermen.")
                    if score is None or score.withheld else _("{when}: geen antwoorden.")).format(
            when=fmt.in_period(period))
        if score is not None:
            sentence += " " + _("{n} mensen beantwoordden deze vraag.").format(n=fmt.count(score.n))
        return Figure(fig_id, q.text, sentence, Table([_("Antwoord"), _("Aantal"), _("Procent")], []), None, path,
                      empty=True)
    bars, table_rows = [], []
    for o in options:
        c, pct = counts.get(o.code, (0, 0.0))
        bars.append(charts.Bar(o.label, pct, f"{fmt.percent(pct)}"))
        table_rows.append([o.label, fmt.count(c), fmt.percent(pct)])
    top = max(options, key=lambda o: counts.get(o.code, (0, 0.0))[0])
    few = (", " + _("weinig antwoorden")) if few_mark(cat, score.n) else ""
    if q.kind == "yesno":
        yes = counts.get("Y", (0, 0.0))[1]
        sentence = _("{when} antwoordde {share} ‘Ja’ ({n} antwoorden{few}).").format(
            when=fmt.in_period(period), share=fmt.percent(yes), n=fmt.count(score.n), few=few)
    else:
        sentence = _("{when} kozen de meeste mensen {answer} ({share} van {n} antwoorden{few}).").format(
            when=fmt.in_period(period), answer=quote(top.label), share=fmt.percent(counts[top.code][1]),
            n=fmt.count(score.n), few=few)
        if score.mean is not None:
            sentence += " " + _("Gemiddeld: {mean}.").format(mean=fmt.number(score.mean))
    svg = charts.bar_chart(fig_id + "-" + re.sub(r"[^a-z0-9]", "", period.lower()), [charts.BarGroup(None, bars)],
                           0, 100, q.text, sentence, label_width=250, percent=True)
    return Figure(fig_id, q.text, sentence, Table([_("Antwoord"), _("Aantal"), _("Procent")], table_rows), svg, path)
