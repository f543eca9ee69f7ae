"""Deploy instruments to LimeSurvey and keep a record of each deployment.

``deploy`` compiles the codebook (never a stale file), imports it, uses the survey id
LimeSurvey returns (it may differ from the one in the file), makes sure the privacy
settings held through the import, records the deployment in the private database and
activates on request. The same instrument version is deployed once, unless the admin
says ``again``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from stemsync import codebook, db as dbmod, lss
from stemsync.limesurvey import LimeSurvey, LimeSurveyError


class DeployError(Exception):
    """Deploying is refused or failed; the message says what to do."""


@dataclass
class Deployment:
    instrument: str
    version: int
    survey_id: int
    title: str
    activated: bool
    urls: dict[str, str]


def server_of(url: str) -> str:
    return urlsplit(url).netloc or url


def previous(db: sqlite_utils.Database, instrument: codebook.Instrument, server: str) -> dict[str, Any] | None:
    rows = list(db["deployments"].rows_where(
        "instrument = ? and version = ? and server = ?", [instrument.id, instrument.version, server],
        order_by="id desc", limit=1))
    return rows[0] if rows else None


def prefill_example(instrument: codebook.Instrument, team: str | None) -> dict[str, str]:
    """URL parameters for the context fields: the given team, the first role option."""
    params = {}
    for field in instrument.context:
        if field.role and field.options:
            params[field.code] = field.options[0].code
        elif field.team:
            params[field.code] = team or "TEAMCODE"
        else:
            params[field.code] = field.options[0].code if field.options else field.code.lower()
    return params


def deploy(ls: LimeSurvey, db: sqlite_utils.Database, instrument: codebook.Instrument, *,
           activate: bool = False, title: str | None = None, again: bool = False,
           admin_email: str | None = None, team: str | None = None) -> Deployment:
    server = server_of(ls.url)
    earlier = previous(db, instrument, server)
    if earlier and not again:
        raise DeployError(
            f"{instrument.id} version {instrument.version} is already deployed on {server} as survey "
            f"{earlier['survey_id']} ({earlier['deployed_at']}); use --again to deploy it once more")

    survey_title = title or instrument.title[instrument.base_language]
    survey_id = ls.import_survey(lss.compile_lss(instrument).encode("utf-8"), survey_title, instrument.sid)

    properties = dict(lss.PRIVACY_PROPERTIES)
    if admin_email:
        properties["adminemail"] = admin_email
    actual = ls.get_survey_properties(survey_id, list(lss.PRIVACY_PROPERTIES))
    wrong = {k: v for k, v in properties.items() if actual.get(k) != v}
    if wrong:
        ls.set_survey_properties(survey_id, wrong)

    row_id = db["deployments"].insert({
        "instrument": instrument.id, "version": instrument.version, "survey_id": survey_id,
        "server": server, "title": survey_title, "deployed_at": dbmod.now(), "activated_at": None,
    }).last_pk

    activated = False
    if activate:
        activate_survey(ls, db, row_id, survey_id)
        activated = True

    prefill = prefill_example(instrument, team)
    urls = {lang: lss.participant_url(ls.url, survey_id, lang, prefill) for lang in instrument.languages}
    return Deployment(instrument.id, instrument.version, survey_id, survey_title, activated, urls)


def activate_survey(ls: LimeSurvey, db: sqlite_utils.Database, row_id: int, survey_id: int) -> None:
    ls.activate_survey(survey_id)  # False when it already was: that is fine too
    db["deployments"].update(row_id, {"activated_at": dbmod.now()})


def survey_states(ls: LimeSurvey, db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every recorded deployment on this server with its state and counts from LimeSurvey."""
    server = server_of(ls.url)
    live = {int(s["sid"]): s for s in ls.list_surveys()}
    rows = []
    for dep in db["deployments"].rows_where("server = ?", [server], order_by="id"):
        survey = live.get(dep["survey_id"])
        state, complete, incomplete = "missing", None, None
        if survey is not None:
            state = "active" if survey.get("active") == "Y" else "inactive"
            if state == "active":
                try:
                    summary = ls.get_summary(dep["survey_id"])
                except LimeSurveyError:
                    summary = {}
                complete = summary.get("completed_responses")
                incomplete = summary.get("incomplete_responses")
        rows.append({"survey_id": dep["survey_id"], "instrument": dep["instrument"], "version": dep["version"],
                     "title": dep["title"], "deployed_at": dep["deployed_at"], "state": state,
                     "complete": complete, "incomplete": incomplete})
    return rows
