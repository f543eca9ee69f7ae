"""Private (raw) databases for tests, built exactly as docs/data-model.md describes them.

    raw = RawDB(tmp_path / "raw.db")
    raw.add("exit", TEAM="team-noord", ROL="ouder", CIJFER=8, TIPS="...", submitted_at="2025-08-01 10:00:00")

Every instrument of the codebook gets its ``responses_<instrument>`` table; answers
are typed by question kind (scale -> integer, everything else text).
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils

from stemsync import codebook

META = {"survey_id": int, "response_id": int, "version": int, "complete": int, "submitted_at": str,
        "started_at": str, "language": str, "deleted_at": str, "first_synced_at": str, "synced_at": str}


def table_name(instrument_id: str) -> str:
    return "responses_" + instrument_id.replace("-", "_")


def answer_columns(instrument: codebook.Instrument) -> dict[str, type]:
    columns: dict[str, type] = {c.code: str for c in instrument.context}
    for q in instrument.questions:
        columns[q.code] = int if q.kind == "scale" else str
    return columns


class RawDB:
    def __init__(self, path: Path | str, instruments: dict[str, codebook.Instrument] | None = None):
        self.path = Path(path)
        self.instruments = instruments or codebook.load_all()
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("pragma journal_mode = wal")
        self._ids = itertools.count(1)
        self.db["deployments"].create(
            {"id": int, "instrument": str, "version": int, "survey_id": int, "server": str, "title": str,
             "deployed_at": str, "activated_at": str},
            pk="id", not_null={"instrument", "version", "survey_id", "server", "deployed_at"}, if_not_exists=True)
        for inst in self.instruments.values():
            self.db[table_name(inst.id)].create(
                {**META, **answer_columns(inst)}, pk=("survey_id", "response_id"),
                not_null={"survey_id", "response_id", "complete"}, if_not_exists=True)
            self.deploy(inst.id, inst.sid, activated_at="2025-01-06T09:00:00Z")
        self.db["answer_problems"].create(
            {"survey_id": int, "response_id": int, "code": str, "raw_value": str, "problem": str, "seen_at": str},
            pk=("survey_id", "response_id", "code"), if_not_exists=True)

    def deploy(self, instrument: str, survey_id: int, activated_at: str | None) -> None:
        self.db["deployments"].insert({
            "instrument": instrument, "version": self.instruments[instrument].version, "survey_id": survey_id,
            "server": "limesurvey.test", "title": instrument, "deployed_at": "2025-01-06T08:00:00Z",
            "activated_at": activated_at})

    def row(self, instrument: str, **values: Any) -> dict[str, Any]:
        inst = self.instruments[instrument]
        unknown = set(values) - set(META) - set(answer_columns(inst))
        if unknown:
            raise KeyError(f"{instrument} has no column(s) {sorted(unknown)}")
        submitted = values.get("submitted_at", "2025-08-14 13:37:42")
        return {
            "survey_id": inst.sid, "response_id": next(self._ids), "version": inst.version,
            "complete": 1, "submitted_at": submitted, "started_at": submitted, "language": "nl",
            "deleted_at": None, "first_synced_at": "2025-08-15T02:00:00Z", "synced_at": "2025-08-15T02:00:00Z",
            **values,
        }

    def add(self, instrument: str, **values: Any) -> int:
        row = self.row(instrument, **values)
        self.db[table_name(instrument)].insert(row)
        return row["response_id"]

    def add_many(self, instrument: str, rows: Iterable[dict[str, Any]]) -> None:
        self.db[table_name(instrument)].insert_all((self.row(instrument, **r) for r in rows), batch_size=1000)

    def add_action(self, **values: Any) -> int:
        """An action ('Jij zei, wij deden') as stemsync.actions stores it."""
        self.db["actions"].create(
            {"id": int, "instrument": str, "theme": str, "period": str, "said": str, "did": str,
             "status": str, "date": str, "created_at": str, "updated_at": str},
            pk="id", not_null={"said", "did", "status", "date"}, if_not_exists=True)
        row = {"status": "gepland", "date": "2025-09-01", "created_at": "2025-09-01T10:11:12Z",
               "updated_at": "2025-09-01T10:11:12Z", **values}
        return self.db["actions"].insert(row).last_pk

    def close(self) -> None:
        self.db.close()


def random_answers(instrument: codebook.Instrument, rng: random.Random, texts: bool = False) -> dict[str, Any]:
    """Plausible answers to every question (scores, choices, yes/no; free text if asked)."""
    answers: dict[str, Any] = {}
    for q in instrument.questions:
        if rng.random() < 0.05:
            continue  # skipped
        if q.kind == "scale":
            answers[q.code] = rng.randint(q.scale.min, q.scale.max)
        elif q.kind == "choice":
            answers[q.code] = rng.choice(q.options).code
        elif q.kind == "yesno":
            answers[q.code] = rng.choice("YN")
        elif texts and rng.random() < 0.3:
            answers[q.code] = rng.choice(["Fijn dat er naar me geluisterd werd.", "Meer tijd graag.",
                                          "De afspraken waren duidelijk.", "Soms lang wachten op antwoord."])
    return answers
