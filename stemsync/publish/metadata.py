"""Datasette metadata for the public database, in Dutch: written next to it as
``<out>.metadata.json`` (``datasette public.db -m public.db.metadata.json``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stemsync.publish import schema
from stemsync.publish.settings import PublishSettings

SOURCE = "Vragenlijsten van cliënten (LimeSurvey), bewerkt door stemsync"

# The same in English, for the portal's English pages (?lang=en): title_en, description_en
# and columns_en next to Datasette's own keys.
ABOUT_EN = ("Without names and without small groups: figures about fewer than {k} answers are not included, "
            "and open answers are stripped of personal details.")
TABLES_EN = {
    "instruments": ("Questionnaires", "The questionnaires the figures and comments come from."),
    "questions": ("Questions", "Every question of the questionnaires, with the text the respondent saw."),
    "answer_options": ("Answer options", "The answers the respondent could choose from."),
    "roles": ("Roles", "Who can fill in a questionnaire, per questionnaire."),
    "vocabulary": ("Words", "The words for the codes of the questionnaires: topics, roles, the status of an action "
                            "and months, in Dutch and English."),
    "units": ("Teams, regions and organisation", "The units figures are shown for. A team is part of a region, a "
                                                 "region of the organisation."),
    "periods": ("Periods", "The periods in which questionnaires were filled in."),
    "responses": ("Questionnaires filled in", "How many questionnaires were filled in, per questionnaire, period, "
                                              "unit and role. Groups smaller than k are not included."),
    "scores": ("Results per question", "Per question, period, unit and role: how many people answered and, for a "
                                       "score, the average. Groups smaller than k are not included."),
    "distribution": ("Spread of the answers", "How often each answer was given, for a result in the table scores. "
                                              "Only for results whose details may be shown."),
    "comments": ("What clients wrote", "Open answers, stripped of names, phone numbers, addresses and other "
                                       "personal details (shown as [naam], [telefoonnummer], ...)."),
    "actions": ("You said, we did", "What the organisation did with what clients said, also stripped of personal "
                                    "details."),
    "release_notes": ("Came in later", "Per questionnaire and period: when its figures were fixed, and how many "
                                       "questionnaires and comments came in or left after that. They do not "
                                       "count: the figures of a period do not change any more."),
    "publication": ("About this publication", "One row: when and with which rules this database was made."),
    "trends": ("Development over time", "Per question, unit and role the averages per period, with the previous "
                                        "period shown and the difference."),
    "distribution_labeled": ("Spread with question and answer", "The spread of the answers with the question, "
                                                                "period, unit, role and the text of each answer."),
}
COLUMNS_EN = {
    "instrument": "The questionnaire (see the table instruments).", "question": "The code of the question.",
    "theme": "The topic of the question.", "period": "The period: a quarter (2026-K3) or a month (2026-07).",
    "unit": "The team, region or organisation (see the table units).", "level": "The level of the unit: team, region or organisation.",
    "role": "Who filled in the questionnaire (see the table roles), or everyone together.",
    "n": "The number of answers. Never fewer than k.", "mean": "The average answer (scores only).",
    "details_withheld": "1: the average and the spread are not shown, to protect a group.",
    "id": "The code or number.", "code": "The code.", "position": "Sort order.", "version": "The version.",
    "title_nl": "The name (Dutch).", "title_en": "The name (English).", "description_nl": "Who fills it in (Dutch).",
    "description_en": "Who fills it in (English).", "has_roles": "1 when figures are also shown per role.",
    "section_nl": "The part of the questionnaire (Dutch).", "section_en": "The part of the questionnaire (English).",
    "kind": "The kind: scale, choice, yesno or text (questions); theme, role, status or month (vocabulary); "
            "quarter or month (periods).",
    "text_nl": "The question (Dutch).", "text_en": "The question (English).", "help_nl": "The help text (Dutch).",
    "help_en": "The help text (English).", "scale_min": "The lowest possible answer.",
    "scale_max": "The highest possible answer.", "value": "For a score: the number.",
    "label_nl": "The text (Dutch).", "label_en": "The text (English).", "form": "The form of the word.",
    "name": "The name.", "parent": "The unit one level up.", "year": "The year.",
    "score": "The result in the table scores this belongs to.", "option": "The answer.",
    "count": "How often this answer was given.", "text": "The comment, without personal details.",
    "said": "What clients said.", "did": "What the organisation did.", "status": "Planned, in progress or done (actions); vast: fixed, voorlopig: provisional (periods).",
    "status_nl": "The status in Dutch words.", "date": "The date of the action.",
    "published_at": "When this database was made (UTC).", "k": "The smallest group shown.",
    "period_kind": "Quarter or month.", "responses": "The number of questionnaires counted.",
    "figures_shown": "The number of results shown.", "figures_withheld": "The number of results not shown.",
    "comments_shown": "The number of comments shown.", "comments_withheld": "The number of comments not shown.",
    "actions": "The number of actions.", "stemsync_version": "The stemsync version that made the database.",
    "previous_period": "The previous period with an average shown.", "previous_mean": "The average then.",
    "change": "The difference with the previous period.", "percentage": "The share of the answers, in percent.",
    "released_at": "The day the figures of this period were fixed.",
    "later_in": "Questionnaires that came in later; they do not count.",
    "later_out": "Questionnaires withdrawn or deleted later; they still count.",
    "later_comments": "Comments that came in later; they are not shown.",
    "note_nl": "The same in a sentence, in Dutch (empty when nothing came in later).",
    "grace_days": "A period is shown this many days after it ends.",
    "next_period": "The first period not shown yet.", "next_publish_on": "The day that period will be shown.",
    "open_period": "The running period when it is shown provisionally (whole organisation only); usually empty.",
}
ABOUT = ("Zonder namen en zonder kleine groepjes: cijfers over minder dan {k} antwoorden staan er niet in, "
         "en open antwoorden zijn ontdaan van persoonsgegevens.")


def datasette_metadata(out_path: Path, settings: PublishSettings) -> dict[str, Any]:
    database = Path(out_path).stem
    tables: dict[str, Any] = {}
    for table in schema.TABLES:
        entry: dict[str, Any] = {
            "title": table.title,
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
            "title_en": TABLES_EN[table.name][0],
            "description_en": TABLES_EN[table.name][1],
            "columns_en": {c.name: COLUMNS_EN[c.name] for c in table.columns},
        }
        if table.label_column:
            entry["label_column"] = table.label_column
        if table.name == "comments":
            entry["fts_table"] = schema.FTS_TABLE
            entry["searchmode"] = "escaped"
        tables[table.name] = entry
    for view, (title, description, _) in schema.VIEWS.items():
        tables[view] = {"title": title, "description": description, "columns": schema.view_columns(view),
                        "title_en": TABLES_EN[view][0], "description_en": TABLES_EN[view][1],
                        "columns_en": {c: COLUMNS_EN[c] for c in schema.view_columns(view)}}
    tables[schema.FTS_TABLE] = {"hidden": True}
    return {
        "title": settings.title,
        "description": ABOUT.format(k=settings.k),
        "license": settings.licence,
        "source": SOURCE,
        "databases": {database: {
            "title": settings.title,
            "description": ABOUT.format(k=settings.k),
            "description_en": ABOUT_EN.format(k=settings.k),
            "license": settings.licence,
            "source": SOURCE,
            "tables": tables,
        }},
    }


def metadata_path(out_path: Path) -> Path:
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".metadata.json")
