"""Datasette metadata for the public database, in Dutch: written next to it as
``<out>.metadata.json`` (``datasette public.db -m public.db.metadata.json``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stemsync.publish import schema
from stemsync.publish.settings import PublishSettings

SOURCE = "Vragenlijsten van cliënten (LimeSurvey), bewerkt door stemsync"
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
        }
        if table.label_column:
            entry["label_column"] = table.label_column
        if table.name == "comments":
            entry["fts_table"] = schema.FTS_TABLE
            entry["searchmode"] = "escaped"
        tables[table.name] = entry
    for view, (title, description, _) in schema.VIEWS.items():
        tables[view] = {"title": title, "description": description, "columns": schema.view_columns(view)}
    tables[schema.FTS_TABLE] = {"hidden": True}
    return {
        "title": settings.title,
        "description": ABOUT.format(k=settings.k),
        "license": settings.licence,
        "source": SOURCE,
        "databases": {database: {
            "title": settings.title,
            "description": ABOUT.format(k=settings.k),
            "license": settings.licence,
            "source": SOURCE,
            "tables": tables,
        }},
    }


def metadata_path(out_path: Path) -> Path:
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".metadata.json")
