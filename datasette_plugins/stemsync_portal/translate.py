"""Words for Datasette's own pages: filters, column names, messages, errors, in Dutch
(the default) or English (``?lang=en``, see :mod:`i18n`).

The templates in ``templates/`` replace Datasette's English pages; what Datasette
builds in Python (filter names, messages, error titles) is translated here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from stemsync_portal import fmt, i18n
from stemsync_portal.i18n import _

LOOKUPS = {
    "exact": "is", "not": "is niet", "contains": "bevat", "endswith": "eindigt op", "startswith": "begint met",
    "gt": "groter dan", "gte": "groter dan of gelijk aan", "lt": "kleiner dan", "lte": "kleiner dan of gelijk aan",
    "like": "lijkt op (like)", "notlike": "lijkt niet op (not like)", "glob": "past bij (glob)",
    "in": "is een van", "notin": "is geen van", "arraycontains": "lijst bevat", "arraynotcontains": "lijst bevat niet",
    "date": "datum is", "isnull": "is leeg", "notnull": "is niet leeg", "isblank": "is leeg of blanco",
    "notblank": "is niet leeg of blanco",
}

COLUMNS = {
    "id": "nummer", "instrument": "vragenlijst", "question": "vraag", "theme": "onderwerp", "period": "periode",
    "unit": "team of regio", "level": "niveau", "role": "rol", "n": "aantal", "mean": "gemiddelde",
    "details_withheld": "details niet getoond", "score": "uitkomst", "option": "antwoord", "count": "aantal",
    "percentage": "procent", "label_nl": "tekst", "label_en": "tekst (Engels)", "position": "volgorde",
    "text": "opmerking", "said": "jullie zeiden", "did": "wij deden", "status": "stand van zaken",
    "status_nl": "stand van zaken", "date": "datum", "code": "code", "title_nl": "naam", "title_en": "naam (Engels)",
    "description_nl": "uitleg", "description_en": "uitleg (Engels)", "version": "versie", "has_roles": "per rol",
    "section_nl": "deel", "section_en": "deel (Engels)", "kind": "soort", "text_nl": "vraag", "text_en": "vraag (Engels)",
    "help_nl": "uitleg", "help_en": "uitleg (Engels)", "scale_min": "laagste", "scale_max": "hoogste",
    "value": "waarde", "name": "naam", "parent": "valt onder", "year": "jaar", "published_at": "gemaakt op",
    "k": "kleinste groep", "period_kind": "soort periode", "responses": "ingevulde lijsten",
    "figures_shown": "getoonde uitkomsten", "figures_withheld": "niet getoonde uitkomsten",
    "comments_shown": "getoonde opmerkingen", "comments_withheld": "niet getoonde opmerkingen",
    "actions": "acties", "stemsync_version": "versie van stemsync", "previous_period": "vorige periode",
    "previous_mean": "vorig gemiddelde", "change": "verschil", "rowid": "regel",
}

MESSAGES = {
    "You are now logged out": "U bent uitgelogd.",
    "Invalid username or password": "De gebruikersnaam of het wachtwoord klopt niet. Probeer het nog eens.",
    "This instance does not have any configured accounts":
        "Er zijn nog geen accounts ingesteld. Vraag de beheerder van het portaal om een account.",
}

LOOKUPS_EN = {
    "exact": "=", "not": "!=", "contains": "contains", "endswith": "ends with", "startswith": "starts with",
    "gt": ">", "gte": "≥", "lt": "<", "lte": "≤", "like": "like", "notlike": "not like", "glob": "glob",
    "in": "in", "notin": "not in", "arraycontains": "array contains", "arraynotcontains": "array does not contain",
    "date": "date", "isnull": "is null", "notnull": "is not null", "isblank": "is blank", "notblank": "is not blank",
}

COLUMNS_EN = {
    "instrument": "questionnaire", "unit": "team or region", "n": "number", "details_withheld": "details not shown",
    "score": "result", "option": "answer", "percentage": "percent", "label_nl": "text (Dutch)",
    "label_en": "text", "text": "comment", "said": "you said", "did": "we did", "status": "status",
    "status_nl": "status (Dutch)", "title_nl": "name (Dutch)", "title_en": "name", "description_nl": "about (Dutch)",
    "description_en": "about", "has_roles": "per role", "section_nl": "part (Dutch)", "section_en": "part",
    "text_nl": "question (Dutch)", "text_en": "question", "help_nl": "help (Dutch)", "help_en": "help",
    "scale_min": "lowest", "scale_max": "highest", "parent": "part of", "published_at": "made on",
    "k": "smallest group", "period_kind": "kind of period", "responses": "questionnaires filled in",
    "figures_shown": "results shown", "figures_withheld": "results not shown", "comments_shown": "comments shown",
    "comments_withheld": "comments not shown", "stemsync_version": "stemsync version",
    "previous_period": "previous period", "previous_mean": "previous mean", "rowid": "row", "form": "form",
}

ERROR_TITLES = {
    400: "Dit lukte niet", 403: "Geen toegang", 404: "Deze pagina bestaat niet", 500: "Er ging iets mis",
}
ERROR_TEXTS = {
    400: "De pagina kon uw vraag niet verwerken. Ga terug en probeer het opnieuw.",
    403: "U mag deze pagina niet zien. Bent u ingelogd?",
    404: "Deze pagina bestaat niet (meer). Misschien is de link oud of verkeerd overgenomen.",
    500: "Er ging iets mis bij het maken van deze pagina. Probeer het later nog eens.",
}


def message(text: str) -> str:
    if i18n.english():
        return str(text)
    return MESSAGES.get(str(text), str(text))


def column(name: str) -> str:
    if i18n.english():
        return COLUMNS_EN.get(name, name.replace("_", " "))
    return COLUMNS.get(name, name.replace("_", " "))


def lookup(key: str) -> str:
    return (LOOKUPS_EN if i18n.english() else LOOKUPS).get(key, key)


def error_title(status: Any) -> str:
    try:
        code = int(status)
    except (TypeError, ValueError):
        code = 500
    return _(ERROR_TITLES.get(code, ERROR_TITLES[500 if code >= 500 else 400]))


def error_text(status: Any) -> str:
    try:
        code = int(status)
    except (TypeError, ValueError):
        code = 500
    return _(ERROR_TEXTS.get(code, ERROR_TEXTS[500 if code >= 500 else 400]))


def rows_label(count: int | None) -> str:
    if count is None:
        return _("veel regels")
    return (_("1 regel") if count == 1 else _("{n} regels").format(n=fmt.count(count)))


def describe_filters(selections: Iterable[tuple[str, str, Any]], search: str | None = None) -> str:
    """'waar vragenlijst is "exit" en periode is "2025-K4", met zoekwoord "wachten"'."""
    parts = [f"{column(c)} {lookup(op)}" + ("" if op in ("isnull", "notnull", "isblank", "notblank")
                                          else f" “{value}”") for c, op, value in selections]
    text = (_("waar") + " " + (" " + _("en") + " ").join(parts)) if parts else ""
    if search:
        text += (", " if text else "") + _("met zoekwoord “{search}”").format(search=search)
    return text


def meta(metadata: Any, key: str) -> str:
    """A table's title or description from Datasette's metadata, in the request's language
    (``stemsync publish`` writes ``title_en`` and ``description_en`` next to them)."""
    metadata = metadata or {}
    if i18n.english() and metadata.get(f"{key}_en"):
        return metadata[f"{key}_en"]
    return metadata.get(key) or ""


def meta_columns(metadata: Any) -> dict[str, str]:
    """The column descriptions, in the request's language (``columns_en`` for English)."""
    metadata = metadata or {}
    columns = dict(metadata.get("columns") or {})
    if i18n.english():
        columns.update(metadata.get("columns_en") or {})
    return columns


def current_lang() -> str:
    """The request's language (also on pages Datasette renders without the plugin's variables)."""
    return i18n.lang()


def status(code: str) -> str:
    """An action's status in words ('klaar' -> 'Klaar' / 'Done')."""
    return fmt.status_label(code)
