"""The home page: per questionnaire the key figures of the latest period, what changed,
the trend and the comparison between units; 'In het kort' on top.

Plain functions on a ``sqlite3.Connection`` and a :class:`~stemsync_portal.data.Catalog`;
the routes run them in Datasette's threads and cache the result per database file.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from stemsync_portal import actions as actionsmod
from stemsync_portal import data, figures, fmt, stats, urls
from stemsync_portal.i18n import _
from stemsync_portal.data import Catalog, Question
from stemsync_portal.figures import Figure, Line

PAIR = re.compile(r"^(?P<base>.+)-(?P<part>start|eind)$")
PART_LABEL = {"start": "Begin van het gesprek", "eind": "Eind van het gesprek"}  # translated where used


@dataclass
class Tile:
    value: str
    label: str
    detail: str = ""


@dataclass
class Section:
    id: str
    title: str
    description: str
    instruments: list[str]
    period: str | None
    summary: str = ""
    tiles: list[Tile] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)   # (label, path)


@dataclass
class Home:
    title: str
    organisation: str
    published: str
    k: int | None
    sections: list[Section]
    action_counts: dict[str, int]
    actions_summary: str
    recent_actions: list[actionsmod.Action]
    has_actions_table: bool
    waiting: str = ""


def sections_of(cat: Catalog) -> list[list[str]]:
    """Instruments per home-page section: 'x-start' and 'x-eind' share one section."""
    groups: list[list[str]] = []
    placed: set[str] = set()
    for inst in cat.instruments:
        if inst in placed:
            continue
        m = PAIR.match(inst)
        if m:
            pair = [f"{m['base']}-start", f"{m['base']}-eind"]
            if all(p in cat.instruments for p in pair):
                groups.append(pair)
                placed.update(pair)
                continue
        groups.append([inst])
        placed.add(inst)
    return groups


def _pair_title(cat: Catalog, instruments: list[str]) -> str:
    title = cat.instruments[instruments[0]].title
    return re.split(r"\s+[–-]\s+", title)[0] if len(instruments) > 1 else title


def top_unit(cat: Catalog) -> str | None:
    """The first organisation: the home page shows its figures."""
    tops = cat.organisations()
    return tops[0].id if tops else None


def _main_line(cat: Catalog, instrument: str, label: str | None = None) -> Line | None:
    q = cat.main_question(instrument)
    return Line(instrument, q.code, label or q.text) if q else None


def changes(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str) -> list[str]:
    """What changed beyond chance since the previous period (at most three), in words.

    Every scale question's mean (Welch's t-test) and every yes/no share (Fisher's exact
    test) is compared with the previous period, with Holm's correction over all of them:
    only a change larger than chance can give is named; otherwise the numbers stayed
    about the same (see :mod:`stemsync_portal.stats`)."""
    periods = data.periods_of(conn, instrument)
    if len(periods) < 2:
        return []
    last, prev = periods[-1], periods[-2]
    now = {s.question: s for s in data.scores_at(conn, instrument, last, unit)}
    before = {s.question: s for s in data.scores_at(conn, instrument, prev, unit)}
    both = list(now.values()) + list(before.values())
    summaries, yes = data.summaries(conn, cat, both), data.yes_counts(conn, both)
    tested: list[tuple[Question, stats.Comparison]] = []
    for q in cat.figures_questions(instrument):
        a, b = before.get(q.code), now.get(q.code)
        if a is None or b is None:
            continue
        if q.kind == "scale":
            comparison = stats.compare_means(summaries.get(a.id), summaries.get(b.id))
        elif q.kind == "yesno" and a.id in yes and b.id in yes:
            comparison = stats.compare_shares(*yes[a.id], *yes[b.id])
        else:
            continue
        if comparison is not None:
            tested.append((q, comparison))
    corrected = stats.holm([c for _, c in tested])
    found = sorted(((q, c) for (q, _), c in zip(tested, corrected) if c is not None and c.direction),
                   key=lambda x: x[1].p_adjusted or 0.0)
    out = []
    for q, c in found[:3]:
        if q.kind == "scale":
            out.append(_("{question} ging omhoog van {old} naar {new}.") if c.direction > 0 else
                       _("{question} ging omlaag van {old} naar {new}."))
            out[-1] = out[-1].format(question=figures.quote(q.text), old=fmt.number(c.a), new=fmt.number(c.b))
        else:
            out.append((_("Meer mensen zeiden ja op {question}: {new} (was {old}).") if c.direction > 0 else
                        _("Minder mensen zeiden ja op {question}: {new} (was {old}).")).format(
                question=figures.quote(q.text), old=fmt.percent(c.a), new=fmt.percent(c.b)))
    if not out:
        text = (_("Vergeleken met {when} bleven de cijfers ongeveer gelijk: geen verschil is groter dan toeval "
                  "kan geven.") if tested else
                _("Vergeleken met {when} zijn er te weinig cijfers om te vergelijken."))
        out = [text.format(when=fmt.compared_with(last, prev))]
    return out


def _responses_tile(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str, period: str,
                    label: str | None = None) -> Tile:
    label = label or _("ingevulde vragenlijsten")
    n = data.response_counts(conn, instrument, unit).get(period)
    if n is None:
        return Tile("–", label, fmt.hidden())
    return Tile(fmt.count(n), label, fmt.period_label(period))


def _yesno_tiles(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str, period: str) -> list[Tile]:
    tiles = []
    questions = [q for q in cat.figures_questions(instrument) if q.kind == "yesno"]
    if not questions:
        return tiles
    scores = {s.question: s for s in data.scores_at(conn, instrument, period, unit)}
    dist = data.distribution(conn, [s.id for s in scores.values() if not s.withheld])
    for q in questions:
        s = scores.get(q.code)
        if s is None or s.withheld or "Y" not in dist.get(s.id, {}):
            tiles.append(Tile("–", _("zegt ja op: {question}").format(question=figures.quote(q.text)), fmt.hidden()))
        else:
            tiles.append(Tile(fmt.percent(dist[s.id]["Y"][1]), _("zegt ja op: {question}").format(
                question=figures.quote(q.text)), _("{n} antwoorden").format(n=fmt.count(s.n)) + figures.few_mark(cat, s.n)))
    return tiles


def _main_tile(conn: sqlite3.Connection, cat: Catalog, line: Line, unit: str, period: str, label: str) -> Tile:
    series = data.score_series(conn, line.instrument, line.question, unit)
    s = series.get(period)
    if s is None or s.mean is None:
        return Tile("–", label, fmt.hidden())
    shown = [p for p in sorted(series) if p < period and p != "onbekend" and series[p].mean is not None]
    detail = f"{fmt.last_time(period, shown[-1])}: {fmt.number(series[shown[-1]].mean)}" if shown else ""
    if figures.few_mark(cat, s.n):
        detail = (detail + "; " if detail else "") + _("weinig antwoorden") + f" ({fmt.count(s.n)})"
    return Tile(fmt.number(s.mean), label, detail)


def _with_team_link(fig: Figure, level: str, instrument: str) -> Figure:
    if level == "regio":
        fig.notes.append(_("De cijfers per team staan bij ‘Alle vragen en antwoorden’."))
    return fig


def _scale_groups(cat: Catalog, instrument: str, skip: Question | None) -> list[list[str]]:
    """Scale questions per scale range, at least two per chart (the main mark is a tile)."""
    groups: dict[tuple, list[str]] = {}
    for q in cat.scale_questions(instrument):
        if skip is not None and q.code == skip.code:
            continue
        groups.setdefault((q.scale_min, q.scale_max), []).append(q.code)
    return [codes for codes in groups.values()]


def single_section(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str) -> Section:
    inst = cat.instruments[instrument]
    period = data.latest_period(conn, instrument, unit) or data.latest_period(conn, instrument)
    section = Section(instrument, inst.title, inst.description, [instrument], period)
    section.links = [(_("Alle vragen en antwoorden"), urls.instrument(instrument)),
                     (_("Wat cliënten schreven"), urls.comments(vragenlijst=instrument)),
                     (_("Jij zei, wij deden"), urls.actions(vragenlijst=instrument))]
    if period is None:
        section.summary = _("Er zijn nog geen cijfers.")
        return section
    main = cat.main_question(instrument)
    scale_lines = [Line(instrument, q.code, fmt.theme_label(q.theme)) for q in cat.scale_questions(instrument)]
    section.tiles.append(_responses_tile(conn, cat, instrument, unit, period))
    if main is not None:
        line = Line(instrument, main.code, main.text)
        section.tiles.insert(0, _main_tile(conn, cat, line, unit, period,
                                           _("gemiddeld cijfer (van {low} tot {high})").format(
                                               low=main.scale_min, high=main.scale_max)))
        section.tiles += _yesno_tiles(conn, cat, instrument, unit, period)
        for codes in _scale_groups(cat, instrument, main):
            if len(codes) >= 2:
                section.figures.append(figures.questions_figure(
                    conn, cat, instrument, period, unit, codes, title=_("Wat vinden cliënten van de hulp?")))
        trend = figures.trend_figure(conn, cat, [line], unit)
        section.figures.append(trend)
        level = figures.home_level(conn, cat, [instrument])
        section.figures.append(_with_team_link(figures.units_figure(conn, cat, [line], period, level=level),
                                               level, instrument))
        section.summary = trend.sentence
    else:
        section.tiles += _yesno_tiles(conn, cat, instrument, unit, period)
        if inst.has_roles and cat.role_list(instrument):
            section.figures.append(figures.roles_figure(conn, cat, instrument, period, unit))
        else:
            section.figures.append(figures.questions_figure(conn, cat, instrument, period, unit))
        section.figures.append(figures.trend_figure(conn, cat, scale_lines, unit))
        first = cat.scale_questions(instrument)[0] if scale_lines else None
        if first is not None:
            level = figures.home_level(conn, cat, [instrument])
            fig = figures.units_figure(conn, cat, [Line(instrument, first.code, first.text)], period, level=level,
                                       title=(_("Verschil per regio: {theme}") if level == "regio" else
                                              _("Verschil per team: {theme}")).format(
                                           theme=fmt.theme_label(first.theme).lower()))
            fig.notes.append(_("Andere onderwerpen of de teams vergelijken? Kijk bij ‘Alle vragen en antwoorden’."))
            section.figures.append(fig)
        section.summary = _best_worst(conn, cat, instrument, unit, period)
    section.changes = changes(conn, cat, instrument, unit)
    return section


def _best_worst(conn: sqlite3.Connection, cat: Catalog, instrument: str, unit: str, period: str) -> str:
    scores = {s.question: s for s in data.scores_at(conn, instrument, period, unit)}
    shown = [(scores[q.code].mean, q) for q in cat.scale_questions(instrument)
             if q.code in scores and scores[q.code].mean is not None]
    n = data.response_counts(conn, instrument, unit).get(period)
    start = (_("{when} vulden {n} {people} de lijst in.").format(
        when=fmt.in_period(period), n=fmt.count(n), people=figures.people(cat, instrument))
        if n else f"{fmt.in_period(period)}:")
    if not shown:
        return start + " " + _("De gemiddelden worden niet getoond om de privacy te beschermen.")
    best, worst = max(shown, key=lambda x: x[0]), min(shown, key=lambda x: x[0])
    return start + " " + _("Het hoogste cijfer ging naar {best} ({best_mean}), het laagste naar {worst} "
                           "({worst_mean}).").format(
        best=fmt.theme_label(best[1].theme).lower(), best_mean=fmt.number(best[0]),
        worst=fmt.theme_label(worst[1].theme).lower(), worst_mean=fmt.number(worst[0]))


def pair_section(conn: sqlite3.Connection, cat: Catalog, instruments: list[str], unit: str) -> Section:
    """'Wat werkt': the start and end questionnaires side by side."""
    title = _pair_title(cat, instruments)
    periods = {inst: data.latest_period(conn, inst, unit) or data.latest_period(conn, inst) for inst in instruments}
    latest = max((p for p in periods.values() if p), default=None)
    section = Section(PAIR.match(instruments[0])["base"], title,
                      _("Ouders en jongeren vullen aan het begin en aan het eind van elk gesprek een korte lijst in. "
                        "Aan het begin: hoe ging het sinds het vorige gesprek? Aan het eind: hoe was dit gesprek?"),
                      instruments, latest)
    section.links = [(_("Alle vragen: {title}").format(title=cat.instruments[i].title), urls.instrument(i))
                     for i in instruments]
    section.links.append((_("Wat cliënten schreven"), urls.comments(vragenlijst=instruments[-1])))
    if latest is None:
        section.summary = _("Er zijn nog geen cijfers.")
        return section
    lines = []
    for inst in instruments:
        part = PAIR.match(inst)["part"]
        line = _main_line(cat, inst, _(PART_LABEL[part]))
        if line is None or periods[inst] is None:
            continue
        lines.append(line)
        section.tiles.append(_main_tile(conn, cat, line, unit, periods[inst], _(PART_LABEL[part]).lower()))
    for inst in instruments:
        if periods[inst] is None:
            continue
        part = PAIR.match(inst)["part"]
        section.figures.append(figures.questions_figure(conn, cat, inst, periods[inst], unit,
                                                        title=_("Vragen aan het {part}").format(
                                                            part=_(PART_LABEL[part]).lower())))
    if lines:
        trend = figures.trend_figure(conn, cat, lines, unit, title=_("Begin en eind door de tijd"))
        section.figures.append(trend)
        level = figures.home_level(conn, cat, instruments)
        section.figures.append(_with_team_link(figures.units_figure(
            conn, cat, lines, latest, level=level,
            title=_("Begin en eind per regio") if level == "regio" else _("Begin en eind per team")), level,
            instruments[-1]))
        section.summary = trend.sentence
    for inst in instruments:
        section.changes += [f"{_(PART_LABEL[PAIR.match(inst)['part']])}: {c}" for c in changes(conn, cat, inst, unit)]
    return section


def actions_summary(counts: dict[str, int]) -> str:
    """'1 actie is klaar, 2 zijn bezig en 1 is gepland.' (only the statuses that occur)."""
    parts = []
    for status in ("klaar", "bezig", "gepland"):
        n = counts.get(status, 0)
        if n:
            parts.append((_("{n} is {status}") if n == 1 else _("{n} zijn {status}")).format(
                n=n, status=fmt.status_label(status).lower()))
    if not parts:
        return _("er zijn nog geen acties gepubliceerd.")
    total = sum(counts.values())
    return (_("1 actie") if total == 1 else _("{n} acties").format(n=total)) + ": " + fmt.join_words(parts) + "."


def home(conn: sqlite3.Connection, cat: Catalog, unit: str | None = None) -> Home:
    """The home page for ``unit`` (default: the first organisation)."""
    unit = unit or top_unit(cat)
    sections = []
    if unit is not None:
        for group in sections_of(cat):
            sections.append(pair_section(conn, cat, group, unit) if len(group) > 1
                            else single_section(conn, cat, group[0], unit))
    acts = actionsmod.load(conn, cat)
    pub = cat.publication
    return Home(cat.title, cat.unit_name(unit) if unit else "", fmt.long_date(pub.get("published_at")),
                pub.get("k"), sections, actionsmod.counts(acts), actions_summary(actionsmod.counts(acts)), acts[:3],
                cat.has_actions, waiting_note(pub))


def waiting_note(pub: dict) -> str:
    """Why the latest period is not there yet, in plain words (from the publication row)."""
    period = pub.get("next_period")
    if not period:
        return ""
    quarter = (pub.get("period_kind") or "kwartaal") == "kwartaal"
    label = fmt.period_label(period)
    days = pub.get("grace_days")
    parts = [(_("De cijfers over het {period} staan er nog niet.") if quarter
              else _("De cijfers over {period} staan er nog niet.")).format(period=label)]
    if days:
        parts.append((_("We laten een kwartaal pas zien als het voorbij is, en daarna nog {days} dagen. Dan zijn "
                        "bijna alle lijsten binnen.") if quarter
                      else _("We laten een maand pas zien als de maand voorbij is, en daarna nog {days} dagen. Dan "
                             "zijn bijna alle lijsten binnen.")).format(days=days))
    else:
        parts.append(_("We laten een kwartaal pas zien als het voorbij is.") if quarter
                     else _("We laten een maand pas zien als de maand voorbij is."))
    if pub.get("next_publish_on"):
        parts.append(_("Ze komen er op {date}.").format(date=fmt.long_date(pub["next_publish_on"])))
    parts.append(_("Daarna veranderen ze niet meer."))
    if pub.get("open_period"):
        parts.append((_("Van het {period} ziet u al voorlopige cijfers, alleen voor de hele organisatie.") if quarter
                      else _("Van {period} ziet u al voorlopige cijfers, alleen voor de hele organisatie."))
                     .format(period=fmt.period_label(pub["open_period"])))
    return " ".join(parts)


LATE = {  # column -> (one, more)
    "later_in": ("{n} lijst kwam later binnen en telt niet mee.",
                 "{n} lijsten kwamen later binnen en tellen niet mee."),
    "later_out": ("{n} lijst is later ingetrokken of verwijderd; in deze cijfers telt die nog mee.",
                  "{n} lijsten zijn later ingetrokken of verwijderd; in deze cijfers tellen die nog mee."),
    "later_comments": ("{n} opmerking kwam later binnen en staat er niet bij.",
                       "{n} opmerkingen kwamen later binnen en staan er niet bij."),
}


def late_notes(conn: sqlite3.Connection, cat: Catalog) -> list[tuple[str, str, str]]:
    """(questionnaire, period, note) for every period where lists came in (or left) after its
    figures were fixed (table release_notes, when the database has it)."""
    if "release_notes" not in data.table_names(conn):
        return []
    found = data.rows(conn, "select * from release_notes where later_in + later_out + later_comments > 0 "
                            "order by period desc, instrument")
    notes = []
    for r in found:
        text = " ".join(_(LATE[column][r[column] != 1]).format(n=r[column]) for column in LATE if r[column])
        title = cat.instruments[r["instrument"]].title if r["instrument"] in cat.instruments else r["instrument"]
        notes.append((title, fmt.period_label(r["period"]), text))
    return notes