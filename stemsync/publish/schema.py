"""The public database's tables, each column with its type and a Dutch description.

This is the one place the public schema is written down in code: ``build`` creates the
tables from it, ``metadata`` turns it into Datasette's metadata, and a test checks
that ``docs/data-model.md`` describes every column.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # SQLite type with constraints, e.g. "text not null"
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    label_column: str | None = None
    unique: tuple[str, ...] = ()
    without_rowid: bool = False

    def create_sql(self) -> str:
        parts = [f"  [{c.name}] {c.type}" for c in self.columns]
        if self.primary_key:
            parts.append(f"  primary key ({', '.join(f'[{c}]' for c in self.primary_key)})")
        if self.unique:
            parts.append(f"  unique ({', '.join(f'[{c}]' for c in self.unique)})")
        for column, other, other_column in self.foreign_keys:
            parts.append(f"  foreign key ([{column}]) references [{other}]([{other_column}])")
        rowid = " without rowid" if self.without_rowid else ""
        return f"create table [{self.name}] (\n" + ",\n".join(parts) + f"\n){rowid}"


C = Column
INSTRUMENT = C("instrument", "text not null", "De vragenlijst (zie de tabel instruments).")
QUESTION = C("question", "text not null", "De code van de vraag (zie de tabel questions).")
THEME = C("theme", "text", "Het onderwerp van de vraag, bijvoorbeeld 'omgang' of 'bereikbaarheid'.")
PERIOD = C("period", "text not null", "De periode waarin de lijsten zijn ingevuld: een kwartaal (2026-K3) of "
                                      "een maand (2026-07). Nooit een datum of tijd.")
UNIT = C("unit", "text not null", "Het team, de regio of de organisatie (zie de tabel units).")
LEVEL = C("level", "text not null", "Het niveau van de eenheid: team, regio of organisatie.")
ROLE = C("role", "text not null", "Wie de lijst invulde (zie de tabel roles); 'alle' betekent iedereen samen.")
N = C("n", "integer not null", "Het aantal antwoorden. Nooit minder dan k (zie de tabel publication).")

UNIT_FK = ("unit", "units", "id")
PERIOD_FK = ("period", "periods", "id")
INSTRUMENT_FK = ("instrument", "instruments", "id")

TABLES: tuple[Table, ...] = (
    Table("instruments", "Vragenlijsten", "De vragenlijsten waar de cijfers en opmerkingen vandaan komen.", (
        C("id", "text primary key", "De code van de vragenlijst."),
        C("title_nl", "text not null", "De naam van de vragenlijst."),
        C("title_en", "text not null", "The name of the questionnaire (English)."),
        C("description_nl", "text not null", "Wie de lijst invult, en wanneer."),
        C("description_en", "text not null", "Who fills it in, and when (English)."),
        C("version", "integer not null", "De versie van de vragenlijst."),
        C("has_roles", "integer not null", "1 als de cijfers ook per rol (ouder, jongere, ...) worden getoond."),
        C("position", "integer not null", "Volgorde om op te sorteren."),
    ), label_column="title_nl"),
    Table("questions", "Vragen", "Elke vraag uit de vragenlijsten, met de tekst die de invuller zag.", (
        INSTRUMENT,
        C("code", "text not null", "De code van de vraag."),
        C("position", "integer not null", "Volgorde in de vragenlijst."),
        C("section_nl", "text not null", "Het deel van de vragenlijst waar de vraag in staat."),
        C("section_en", "text not null", "The part of the questionnaire (English)."),
        C("kind", "text not null", "Het soort vraag: scale (een cijfer of score), choice (een keuze), "
                                   "yesno (ja of nee) of text (open antwoord)."),
        THEME,
        C("text_nl", "text not null", "De vraag zoals de invuller hem las."),
        C("text_en", "text not null", "The question as the respondent read it (English)."),
        C("help_nl", "text", "De uitleg bij de vraag, als die er was."),
        C("help_en", "text", "The help text, if any (English)."),
        C("scale_min", "integer", "Bij een score: het laagste mogelijke antwoord."),
        C("scale_max", "integer", "Bij een score: het hoogste mogelijke antwoord."),
    ), primary_key=("instrument", "code"), foreign_keys=(INSTRUMENT_FK,)),
    Table("answer_options", "Antwoordmogelijkheden", "De antwoorden waaruit de invuller kon kiezen.", (
        INSTRUMENT, QUESTION,
        C("code", "text not null", "De code van het antwoord, zoals in de tabel distribution."),
        C("position", "integer not null", "Volgorde van de antwoorden."),
        C("value", "integer", "Bij een score: het getal."),
        C("label_nl", "text not null", "Het antwoord zoals de invuller het zag."),
        C("label_en", "text not null", "The answer as the respondent saw it (English)."),
    ), primary_key=("instrument", "question", "code"), foreign_keys=(INSTRUMENT_FK,)),
    Table("roles", "Rollen", "Wie een vragenlijst kan invullen, per vragenlijst.", (
        INSTRUMENT,
        C("code", "text not null", "De code van de rol; 'alle' is iedereen samen, 'onbekend' is niet ingevuld."),
        C("position", "integer not null", "Volgorde."),
        C("label_nl", "text not null", "De naam van de rol."),
        C("label_en", "text not null", "The name of the role (English)."),
    ), primary_key=("instrument", "code"), foreign_keys=(INSTRUMENT_FK,)),
    Table("vocabulary", "Woorden", "De woorden bij de codes van de vragenlijsten: onderwerpen, rollen, de stand "
          "van zaken van een actie en maanden, in het Nederlands en het Engels.", (
        C("kind", "text not null", "Het soort code: theme (onderwerp), role (rol), status (stand van zaken) of "
                                   "month (maand)."),
        C("code", "text not null", "De code, zoals in de andere tabellen (bij een maand: 1 tot 12)."),
        C("form", "text not null", "De vorm: label; bij een rol singular (één persoon), plural (meer mensen) of "
                                   "group (de groep als kopje); bij een maand ook short (afgekort)."),
        C("label_nl", "text not null", "Het woord in het Nederlands."),
        C("label_en", "text not null", "The word in English."),
    ), primary_key=("kind", "code", "form")),
    Table("units", "Teams, regio's en organisatie", "De eenheden waarvoor cijfers worden getoond. Een team valt "
          "onder een regio, een regio onder de organisatie.", (
        C("id", "text primary key", "De code van de eenheid."),
        C("name", "text not null", "De naam van het team, de regio of de organisatie."),
        C("level", "text not null", "team, regio of organisatie."),
        C("parent", "text", "De eenheid één niveau hoger (leeg bij de organisatie)."),
        C("position", "integer not null", "Volgorde: eerst de organisatie, dan regio's, dan teams."),
    ), foreign_keys=(("parent", "units", "id"),), label_column="name"),
    Table("periods", "Perioden", "De perioden waarin lijsten zijn ingevuld.", (
        C("id", "text primary key", "De periode: 2026-K3 (kwartaal) of 2026-07 (maand)."),
        C("kind", "text not null", "kwartaal of maand."),
        C("label_nl", "text not null", "De periode in woorden, bijvoorbeeld '3e kwartaal 2026'."),
        C("label_en", "text not null", "The period in words (English)."),
        C("year", "integer", "Het jaar."),
        C("position", "integer not null", "Volgorde in de tijd."),
        C("status", "text not null", "vast: de cijfers zijn vastgezet en veranderen niet meer; voorlopig: de "
                                     "periode loopt nog (alleen voor de hele organisatie)."),
        C("released_at", "text not null", "De dag waarop de cijfers van deze periode zijn vastgezet."),
    ), label_column="label_nl"),
    Table("responses", "Aantal ingevulde lijsten", "Hoeveel lijsten er zijn ingevuld, per vragenlijst, periode, "
          "eenheid en rol. Groepen kleiner dan k staan er niet in.", (
        INSTRUMENT, PERIOD, UNIT, LEVEL, ROLE, N,
    ), primary_key=("instrument", "period", "unit", "role"), foreign_keys=(INSTRUMENT_FK, PERIOD_FK, UNIT_FK)),
    Table("scores", "Uitkomsten per vraag", "Per vraag, periode, eenheid en rol: hoeveel mensen antwoord gaven "
          "en, bij een score, het gemiddelde. Groepen kleiner dan k staan er niet in.", (
        C("id", "integer primary key", "Het nummer van deze uitkomst (de verdeling verwijst ernaar)."),
        INSTRUMENT, QUESTION, THEME, PERIOD, UNIT, LEVEL, ROLE,
        C("n", "integer not null", "Het aantal mensen dat deze vraag beantwoordde. Nooit minder dan k."),
        C("mean", "real", "Het gemiddelde antwoord (alleen bij scores), afgerond op twee decimalen. Leeg als "
                          "details_withheld 1 is of als de vraag geen score is."),
        C("details_withheld", "integer not null", "1: het gemiddelde en de verdeling worden niet getoond, omdat "
          "iedereen in deze of een vergelijkbare groep hetzelfde antwoordde, of om een kleine groep te beschermen."),
    ), unique=("instrument", "question", "period", "unit", "role"),
        foreign_keys=(INSTRUMENT_FK, PERIOD_FK, UNIT_FK)),
    Table("distribution", "Verdeling van de antwoorden", "Hoe vaak elk antwoord is gegeven, bij een uitkomst uit "
          "de tabel scores (vraag, periode, eenheid en rol staan daar). Alleen voor uitkomsten waarvan de details "
          "getoond mogen worden.", (
        C("score", "integer not null", "De uitkomst in de tabel scores waar deze verdeling bij hoort."),
        C("option", "text not null", "Het antwoord (zie de tabel answer_options)."),
        C("count", "integer not null", "Hoe vaak dit antwoord is gegeven."),
    ), primary_key=("score", "option"), foreign_keys=(("score", "scores", "id"),), without_rowid=True),
    Table("comments", "Wat cliënten schreven", "Open antwoorden, ontdaan van namen, telefoonnummers, adressen en "
          "andere persoonsgegevens (die staan er als [naam], [telefoonnummer], ...). Een opmerking uit een kleine "
          "groep staat bij de regio of de organisatie, of ontbreekt.", (
        INSTRUMENT, QUESTION, THEME, PERIOD,
        C("unit", "text not null", "Het team, de regio of de organisatie waar de opmerking bij hoort."),
        LEVEL,
        C("text", "text not null", "De opmerking, zonder persoonsgegevens."),
    ), foreign_keys=(INSTRUMENT_FK, PERIOD_FK, UNIT_FK)),
    Table("release_notes", "Later binnengekomen", "Per vragenlijst en periode: wanneer de cijfers zijn vastgezet, "
          "en hoeveel lijsten en opmerkingen daarna nog binnenkwamen of verdwenen. Die tellen niet mee: de "
          "cijfers van een periode veranderen niet meer.", (
        INSTRUMENT, PERIOD,
        C("released_at", "text not null", "De dag waarop de cijfers van deze periode zijn vastgezet."),
        C("later_in", "integer not null", "Lijsten die later binnenkwamen. Ze tellen niet mee."),
        C("later_out", "integer not null", "Lijsten die later zijn ingetrokken of verwijderd. Ze tellen nog mee."),
        C("later_comments", "integer not null", "Opmerkingen die later binnenkwamen. Ze staan er niet bij."),
        C("note_nl", "text not null", "Hetzelfde in een zin (leeg als er niets later binnenkwam)."),
    ), primary_key=("instrument", "period"), foreign_keys=(INSTRUMENT_FK,)),
    Table("actions", "Jij zei, wij deden", "Wat de organisatie deed met wat cliënten zeiden. Ook deze teksten zijn "
          "ontdaan van persoonsgegevens.", (
        C("id", "integer primary key", "Het nummer van de actie."),
        C("instrument", "text", "De vragenlijst waar de feedback uit kwam (kan leeg zijn)."),
        C("theme", "text", "Het onderwerp (kan leeg zijn)."),
        C("period", "text", "De periode waar de feedback uit kwam: een jaar, kwartaal of maand (kan leeg zijn)."),
        C("said", "text not null", "Wat cliënten zeiden."),
        C("did", "text not null", "Wat de organisatie deed."),
        C("status", "text not null", "gepland, bezig of klaar."),
        C("status_nl", "text not null", "De status in woorden: Gepland, Bezig of Klaar."),
        C("date", "text not null", "De datum van de actie."),
    )),
    Table("publication", "Over deze publicatie", "Eén regel: wanneer en met welke regels deze database is gemaakt.", (
        C("published_at", "text not null", "Wanneer deze database is gemaakt (UTC)."),
        C("k", "integer not null", "De kleinste groep die getoond wordt: cijfers over minder dan k antwoorden "
                                   "staan er niet in."),
        C("period_kind", "text not null", "kwartaal of maand."),
        C("responses", "integer not null", "Het aantal ingevulde lijsten in de getoonde totalen van de "
                                           "organisatie. Een periode of vragenlijst waarvan het totaal niet "
                                           "getoond wordt, telt hier niet mee."),
        C("figures_shown", "integer not null", "Het aantal getoonde uitkomsten (regels in scores)."),
        C("figures_withheld", "integer not null", "Het aantal uitkomsten dat niet getoond wordt, omdat de groep "
                                                  "te klein is of om een kleine groep te beschermen."),
        C("details_withheld", "integer not null", "Het aantal getoonde uitkomsten zonder gemiddelde en verdeling."),
        C("comments_shown", "integer not null", "Het aantal getoonde opmerkingen."),
        C("comments_withheld", "integer not null", "Het aantal opmerkingen uit te kleine groepen, niet getoond."),
        C("actions", "integer not null", "Het aantal acties ('Jij zei, wij deden')."),
        C("stemsync_version", "text not null", "De versie van stemsync die de database maakte."),
        C("grace_days", "integer not null", "Zoveel dagen na het einde van een periode worden de cijfers "
                                            "getoond en vastgezet."),
        C("next_period", "text not null", "De eerste periode die nog niet getoond wordt."),
        C("next_publish_on", "text", "De dag waarop die periode getoond wordt."),
        C("open_period", "text", "De lopende periode als die toch voorlopig getoond wordt (alleen voor de hele "
                                 "organisatie); meestal leeg."),
    )),
)

VIEWS: dict[str, tuple[str, str, str]] = {
    # name -> (title, description, SQL)
    "trends": (
        "Ontwikkeling in de tijd",
        "Per vraag (scores), eenheid en rol de gemiddelden per periode, met de vorige getoonde periode en het "
        "verschil daarmee.",
        """
select instrument, question, theme, unit, level, role, period, n, mean,
  lag(period) over w as previous_period,
  lag(mean) over w as previous_mean,
  round(mean - lag(mean) over w, 2) as change
from scores
where mean is not null and period != 'onbekend'
window w as (partition by instrument, question, unit, role order by period)
""".strip(),
    ),
}

VIEWS["distribution_labeled"] = (
    "Verdeling met vraag en antwoord",
    "De verdeling van de antwoorden met de vraag, de periode, de eenheid, de rol en de tekst van elk antwoord "
    "erbij.",
    """
select s.instrument, s.question, s.theme, s.period, s.unit, s.level, s.role, s.n,
  d.option, o.label_nl, o.label_en, d.count, round(100.0 * d.count / s.n, 1) as percentage, o.position
from distribution d
join scores s on s.id = d.score
join answer_options o on o.instrument = s.instrument and o.question = s.question and o.code = d.option
""".strip(),
)

VIEW_COLUMNS: dict[str, dict[str, str]] = {
    "trends": {
        "period": "De periode.",
        "n": "Het aantal antwoorden in deze periode.",
        "mean": "Het gemiddelde in deze periode.",
        "previous_period": "De vorige periode waarin een gemiddelde getoond wordt (leeg bij de eerste).",
        "previous_mean": "Het gemiddelde in die vorige periode.",
        "change": "Het verschil met de vorige periode: positief is hoger, negatief is lager.",
    },
    "distribution_labeled": {
        "period": "De periode.",
        "n": "Het aantal antwoorden in deze groep.",
        "option": "Het antwoord.",
        "label_nl": "Het antwoord zoals de invuller het zag.",
        "label_en": "The answer as the respondent saw it (English).",
        "count": "Hoe vaak dit antwoord is gegeven.",
        "percentage": "Het deel van de antwoorden, in procenten (één decimaal).",
        "position": "Volgorde van de antwoorden.",
    },
}

FTS_TABLE = "comments_fts"


def table(name: str) -> Table:
    return next(t for t in TABLES if t.name == name)


def column_names(name: str) -> list[str]:
    return [c.name for c in table(name).columns]


def view_columns(name: str) -> dict[str, str]:
    """Every column of a view with its description (shared columns come from scores)."""
    shared = {c.name: c.description for c in table("scores").columns}
    return {**{col: shared[col] for col in ("instrument", "question", "theme", "unit", "level", "role")},
            **VIEW_COLUMNS[name]}
