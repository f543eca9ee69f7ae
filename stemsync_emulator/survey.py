"""One survey on the emulated server: settings, structure, responses, participants.

Survey properties follow the LimeSurvey 6 ``surveys`` table: ids and counters
come back as ints (``tokenlength`` 15, recording 03 #3), flags as "Y"/"N",
unset dates as null.  ``set_survey_properties`` cannot touch ``sid``,
``active``, ``language`` and ``additional_languages``, and on an active survey
also not ``anonymized``, ``datestamp``, ``savetimings``, ``ipaddr``,
``refurl`` (recording 03 #5 → ``No valid Data``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .lss import Group, Question

if TYPE_CHECKING:
    from .participants import ParticipantTable
    from .responses import ResponseTable

#: LimeSurvey 6 ``surveys`` columns (order as get_survey_properties lists them) and defaults.
SURVEY_COLUMNS: dict[str, Any] = {
    "sid": 0, "owner_id": 1, "gsid": 1, "admin": "", "active": "N", "expires": None,
    "startdate": None, "adminemail": "", "anonymized": "N", "format": "G",
    "savetimings": "N", "template": "fruity_twentythree", "language": "en",
    "additional_languages": "", "datestamp": "N", "usecookie": "N", "allowregister": "N",
    "allowsave": "Y", "autonumber_start": 0, "autoredirect": "N", "allowprev": "N",
    "printanswers": "N", "ipaddr": "N", "ipanonymize": "N", "refurl": "N",
    "datecreated": None, "showsurveypolicynotice": 0, "publicstatistics": "N",
    "publicgraphs": "N", "listpublic": "N", "htmlemail": "Y", "sendconfirmation": "Y",
    "tokenanswerspersistence": "N", "assessments": "N", "usecaptcha": "N", "usetokens": "N",
    "bounce_email": None, "attributedescriptions": None, "emailresponseto": None,
    "emailnotificationto": None, "tokenlength": 15, "showxquestions": "Y",
    "showgroupinfo": "B", "shownoanswer": "Y", "showqnumcode": "X", "bouncetime": None,
    "bounceprocessing": "N", "bounceaccounttype": None, "bounceaccounthost": None,
    "bounceaccountpass": None, "bounceaccountencryption": None, "bounceaccountuser": None,
    "showwelcome": "Y", "showprogress": "Y", "questionindex": 0, "navigationdelay": 0,
    "nokeyboard": "N", "alloweditaftercompletion": "N", "googleanalyticsstyle": None,
    "googleanalyticsapikey": None, "tokenencryptionoptions": None,
}
INT_COLUMNS = frozenset({
    "sid", "owner_id", "gsid", "autonumber_start", "showsurveypolicynotice", "tokenlength",
    "bouncetime", "questionindex", "navigationdelay",
})
DATE_COLUMNS = frozenset({"expires", "startdate", "datecreated"})
YN_COLUMNS = frozenset({
    "anonymized", "savetimings", "datestamp", "usecookie", "allowregister", "allowsave",
    "autoredirect", "allowprev", "printanswers", "ipaddr", "ipanonymize", "refurl",
    "publicstatistics", "publicgraphs", "listpublic", "htmlemail", "sendconfirmation",
    "tokenanswerspersistence", "assessments", "usetokens", "showxquestions", "shownoanswer",
    "bounceprocessing", "showwelcome", "showprogress", "nokeyboard", "alloweditaftercompletion",
})
NEVER_SETTABLE = ("sid", "active", "language", "additional_languages")
LOCKED_WHEN_ACTIVE = ("anonymized", "datestamp", "savetimings", "ipaddr", "refurl")

#: LimeSurvey 6 ``surveys_languagesettings`` columns.
LANGUAGE_COLUMNS: dict[str, Any] = {
    "surveyls_survey_id": 0, "surveyls_language": "", "surveyls_title": "",
    "surveyls_description": "", "surveyls_welcometext": "", "surveyls_endtext": "",
    "surveyls_policy_notice": None, "surveyls_policy_error": None,
    "surveyls_policy_notice_label": None, "surveyls_url": None,
    "surveyls_urldescription": None, "surveyls_email_invite_subj": None,
    "surveyls_email_invite": None, "surveyls_email_remind_subj": None,
    "surveyls_email_remind": None, "surveyls_email_register_subj": None,
    "surveyls_email_register": None, "surveyls_email_confirm_subj": None,
    "surveyls_email_confirm": None, "surveyls_dateformat": 1,
    "email_admin_notification_subj": None, "email_admin_notification": None,
    "email_admin_responses_subj": None, "email_admin_responses": None,
    "surveyls_numberformat": 0, "attachments": None, "surveyls_alias": None,
}
LANGUAGE_INT_COLUMNS = frozenset({"surveyls_survey_id", "surveyls_dateformat", "surveyls_numberformat"})


def coerce_property(name: str, value: Any) -> Any:
    """Value as the database gives it back (ints for int columns)."""
    if value is None:
        return None
    if name in INT_COLUMNS:
        try:
            return int(value)
        except (TypeError, ValueError):
            return 0
    if name in DATE_COLUMNS and value == "":
        return None
    return value if isinstance(value, str) else str(value)


def valid_property_value(name: str, value: Any) -> bool:
    """Rough stand-in for the Survey model's validation rules (save() → false)."""
    if name in YN_COLUMNS:
        return value in ("Y", "N", "I")
    if name in INT_COLUMNS:
        try:
            int(value)
        except (TypeError, ValueError):
            return False
        return True
    if name in DATE_COLUMNS:
        if value in (None, ""):
            return True
        try:
            datetime.fromisoformat(str(value))
        except ValueError:
            return False
        return True
    return True


class Survey:
    """Structure (renumbered ids), settings and data of one survey."""

    def __init__(self, sid: int, props: dict[str, Any], language_settings: dict[str, dict[str, Any]],
                 groups: list[Group]):
        self.sid = sid
        self.props = props
        self.language_settings = language_settings
        self.groups = sorted(groups, key=lambda g: (g.group_order, g.gid))
        for group in self.groups:
            group.questions.sort(key=lambda q: (q.question_order, q.qid))
            for q in group.questions:
                q.subquestions.sort(key=lambda s: (s.scale_id, s.question_order, s.qid))
        self.responses: ResponseTable | None = None
        self.participants: ParticipantTable | None = None
        self.token_column = False  # does the response table have a ``token`` column?

    # -- settings -------------------------------------------------------
    @property
    def language(self) -> str:
        return self.props["language"]

    @property
    def languages(self) -> list[str]:
        extra = [lang for lang in (self.props.get("additional_languages") or "").split() if lang != self.language]
        return [self.language, *extra]

    @property
    def active(self) -> bool:
        return self.props.get("active") == "Y"

    def flag(self, name: str) -> bool:
        return self.props.get(name) == "Y"

    @property
    def title(self) -> str:
        return (self.language_settings.get(self.language) or {}).get("surveyls_title", "")

    # -- structure ------------------------------------------------------
    def questions(self) -> list[Question]:
        """Main questions in survey order (group order, question order)."""
        return [q for g in self.groups for q in g.questions]

    def all_questions(self) -> list[Question]:
        """Questions and subquestions (for list_questions)."""
        out = []
        for q in self.questions():
            out.append(q)
            out.extend(q.subquestions)
        return out

    def group_of(self, gid: int) -> Group | None:
        return next((g for g in self.groups if g.gid == gid), None)

    # -- participants / export columns -----------------------------------
    @property
    def export_has_token(self) -> bool:
        """The fieldmap lists ``token`` only for a non-anonymous survey with a participant table."""
        return self.props.get("anonymized") == "N" and self.participants is not None
