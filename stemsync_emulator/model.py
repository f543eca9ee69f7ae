"""The emulated server's data model in one place: survey structure, settings, columns, responses.

Import order has no cycles: this module needs only :mod:`.i18n` and :mod:`.participants`;
the parser (:mod:`.lss`), the server state, the export writer and the RPC layer build on it.

**Structure** (``answers``, ``questions``/``subquestions``, ``groups`` with their
``*_l10ns``): :class:`Answer`, :class:`Question`, :class:`Group`, as the ``.lss`` parser
fills them and import renumbers them.

**Survey** (:class:`Survey`): properties follow the LimeSurvey 6 ``surveys`` table: ids and counters
come back as ints (``tokenlength`` 15, recording 03 #3), flags as "Y"/"N",
unset dates as null.  ``set_survey_properties`` cannot touch ``sid``,
``active``, ``language`` and ``additional_languages``, and on an active survey
also not ``anonymized``, ``datestamp``, ``savetimings``, ``ipaddr``,
``refurl`` (recording 03 #5 → ``No valid Data``).

**Columns** (:class:`Field`, :func:`survey_fields`, :func:`fieldmap`): the response
columns (SGQA names) and ``get_fieldmap`` entries. Column order, as LimeSurvey's ``createFieldMap`` builds it: ``id``,
``submitdate``, ``lastpage``, ``startlanguage``, ``seed``, then ``token`` (a
non-anonymous survey with a participant table), ``startdate`` and
``datestamp`` (only with ``datestamp = Y``; recording 04 #6 has neither),
``ipaddr``/``refurl`` when switched on, then the questions in group order,
question order, subquestion order.  A question column is named
``{sid}X{gid}X{qid}``; arrays and multiple choice add the subquestion code
(``156112X2X16OMGANG``).  The code heading is the question code, or
``CODE[SUB]`` for a subquestion column.

The key order of each fieldmap entry is copied from recording 01 #9,
including LimeSurvey's quirk that only the *last* subquestion entry of a
question carries ``relevance``, ``grelevance``, ``other`` and ``help``.

**Responses** (:class:`ResponseTable`): the response table of an active survey, built for
large exports. Rows are plain lists aligned with the column list, kept in a dict by id plus
a sorted id list, so an export of the id window ``[from, to]`` costs
O(log n + window) (bisect), not O(all responses).  Ids come from an
auto-increment counter and are never reused after a delete (FACTS.md,
recording 01 #28/#29).

Values are stored the way MySQL hands them back to LimeSurvey: ``id`` and
``lastpage`` as ints (short JSON exports show ``"id":1``, ``"lastpage":1``),
date-times as ``YYYY-MM-DD HH:MM:SS``, numerical answers (types N, K) without
trailing decimal zeros (LimeSurvey strips the zeros of its DECIMAL(30,10)),
everything else as text or null.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterator

from .i18n import special_label
from .participants import ParticipantTable

# -- structure -------------------------------------------------------------------------


@dataclass
class Answer:
    """One answer option of a list/array question (``answers`` + ``answer_l10ns``)."""

    code: str
    sortorder: int = 0
    assessment_value: int = 0
    scale_id: int = 0
    text: dict[str, str] = field(default_factory=dict)  # language -> label


@dataclass
class Question:
    """A question or subquestion (``questions``/``subquestions`` + ``question_l10ns``)."""

    qid: int
    parent_qid: int
    sid: int
    gid: int
    type: str
    title: str
    preg: str = ""
    other: str = "N"
    mandatory: str = "N"
    question_order: int = 0
    scale_id: int = 0
    same_default: int = 0
    relevance: str = "1"
    modulename: str = ""
    encrypted: str = "N"
    question_theme_name: str = ""
    same_script: int = 0
    text: dict[str, tuple[str, str]] = field(default_factory=dict)  # lang -> (question, help)
    # attribute name -> {language or "": value}
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    subquestions: list["Question"] = field(default_factory=list)

    def question_text(self, lang: str) -> str:
        return self.text.get(lang, ("", ""))[0]

    def help_text(self, lang: str) -> str:
        return self.text.get(lang, ("", ""))[1]

    def attribute(self, name: str, lang: str = "") -> str | None:
        values = self.attributes.get(name)
        if not values:
            return None
        return values.get(lang, values.get(""))

    @property
    def hidden(self) -> bool:
        return (self.attribute("hidden") or "0") not in ("", "0")


@dataclass
class Group:
    """A question group (``groups`` + ``group_l10ns``)."""

    gid: int
    sid: int
    group_order: int = 0
    randomization_group: str = ""
    grelevance: str = "1"
    text: dict[str, tuple[str, str]] = field(default_factory=dict)  # lang -> (name, description)
    questions: list[Question] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return self.text.get(lang, ("", ""))[0]

    def description(self, lang: str) -> str:
        return self.text.get(lang, ("", ""))[1]


# -- survey ------------------------------------------------------------------------------

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


# -- columns -----------------------------------------------------------------------------

#: Question types stored as one column per subquestion.
SUBQUESTION_TYPES = frozenset("FHABCEKQMP")
#: Question types without a response column (text display).
NO_COLUMN_TYPES = frozenset("X")
#: Fixed columns and their fieldmap ``type``.
SPECIAL_TYPES = {
    "id": "id", "submitdate": "submitdate", "lastpage": "lastpage",
    "startlanguage": "startlanguage", "seed": "seed", "token": "token",
    "startdate": "startdate", "datestamp": "datestamp", "ipaddr": "ipaddress", "refurl": "url",
}
# key order of the fixed entries in recording 01 #9 ("sid" before or after "type")
_TYPE_FIRST = {"submitdate", "startdate", "datestamp", "ipaddr", "refurl"}


@dataclass(frozen=True, eq=False)
class Field:
    """One response column."""

    name: str
    type: str
    group: Group | None = None
    question: Question | None = None
    sub: Question | None = None
    question_seq: int = 0
    group_seq: int = 0
    last_sub: bool = False

    @property
    def special(self) -> bool:
        return self.question is None

    @property
    def code(self) -> str:
        """Heading ``code``: ``GEHOORD``, ``THEMA[OMGANG]``, or the column name."""
        if self.question is None:
            return self.name
        if self.sub is None:
            return self.question.title
        return f"{self.question.title}[{self.sub.title}]"


def special_names(survey: Survey, *, token: bool) -> list[str]:
    names = ["id", "submitdate", "lastpage", "startlanguage", "seed"]
    if token:
        names.append("token")
    if survey.flag("datestamp"):
        names += ["startdate", "datestamp"]
    if survey.flag("ipaddr"):
        names.append("ipaddr")
    if survey.flag("refurl"):
        names.append("refurl")
    return names


def survey_fields(survey: Survey, *, token: bool) -> list[Field]:
    """All response columns of ``survey``; ``token`` decides the token column."""
    fields = [Field(name, SPECIAL_TYPES[name]) for name in special_names(survey, token=token)]
    qseq = 0
    for gseq, group in enumerate(survey.groups):
        for q in group.questions:
            if q.type in NO_COLUMN_TYPES:
                qseq += 1
                continue
            base = f"{survey.sid}X{group.gid}X{q.qid}"
            if q.type in SUBQUESTION_TYPES and q.subquestions:
                subs = [s for s in q.subquestions if s.scale_id == 0]
                for i, sub in enumerate(subs):
                    fields.append(Field(base + sub.title, q.type, group, q, sub, qseq, gseq, i == len(subs) - 1))
            else:
                fields.append(Field(base, q.type, group, q, None, qseq, gseq))
            qseq += 1
    return fields


def fieldmap_entry(field: Field, survey: Survey, lang: str, *, labels_lang: str = "en") -> dict[str, Any]:
    """One ``get_fieldmap`` value, keys in LimeSurvey's order (recording 01 #9)."""
    if field.special:
        entry: dict[str, Any] = {"fieldname": field.name}
        if field.name in _TYPE_FIRST:
            entry.update(type=field.type, sid=survey.sid)
        else:
            entry.update(sid=survey.sid, type=field.type)
        entry.update(gid="", qid="", aid="", title="", question=special_label(field.name, labels_lang),
                     group_name="")
        return entry
    q, group, sub = field.question, field.group, field.sub
    assert q is not None and group is not None
    entry = {"fieldname": field.name, "type": q.type, "sid": survey.sid, "gid": group.gid, "qid": q.qid}
    if sub is None:
        entry.update(aid="", title=q.title, question=q.question_text(lang), group_name=group.name(lang),
                     mandatory=q.mandatory, encrypted=q.encrypted, hasconditions="N",
                     usedinconditions="N", questionSeq=field.question_seq, groupSeq=field.group_seq,
                     relevance=q.relevance, grelevance=group.grelevance, preg=q.preg, other=q.other,
                     help=q.help_text(lang))
        return entry
    entry.update(aid=sub.title, sqid=sub.qid, title=q.title, question=q.question_text(lang),
                 subquestion=sub.question_text(lang), group_name=group.name(lang),
                 mandatory=q.mandatory, encrypted=q.encrypted, hasconditions="N",
                 usedinconditions="N", questionSeq=field.question_seq, groupSeq=field.group_seq,
                 preg=q.preg, SQrelevance=sub.relevance)
    if field.last_sub:
        entry.update(relevance=q.relevance, grelevance=group.grelevance, other=q.other, help=q.help_text(lang))
    return entry


def fieldmap(survey: Survey, lang: str) -> dict[str, dict[str, Any]]:
    """``get_fieldmap`` result: SGQA name -> entry (fixed labels in English)."""
    return {f.name: fieldmap_entry(f, survey, lang) for f in survey_fields(survey, token=survey.export_has_token)}


# -- responses ---------------------------------------------------------------------------

DATETIME_COLUMNS = frozenset({"submitdate", "startdate", "datestamp"})
NUMERIC_TYPES = frozenset("NK")


def to_text(value: Any) -> Any:
    """PHP's string conversion for a text column (true → "1", 2.0 → "2")."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (list, dict)):
        return "Array"
    return str(value)


def to_int(value: Any) -> Any:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        try:
            return int(float(value))
        except (TypeError, ValueError):
            return None


def to_datetime(value: Any) -> Any:
    if type(value) is str and len(value) == 19 and value[4] == "-" and value[10] == " " and value[13] == ":":
        return value  # already "YYYY-MM-DD HH:MM:SS" (fast path for bulk loads)
    if value is None or value == "":
        return None
    text = to_text(value)
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return text


def to_decimal(value: Any) -> Any:
    if type(value) is str and value.isdigit() and (value[0] != "0" or value == "0"):
        return value  # a plain integer needs no work (fast path for bulk loads)
    if value is None or value == "":
        return None
    text = to_text(value).strip()
    try:
        number = Decimal(text).quantize(Decimal("1e-10"))
    except (InvalidOperation, ValueError):
        return text
    out = format(number, "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    return "0" if out in ("-0", "") else out


def normalizer(field: Field) -> Callable[[Any], Any]:
    if field.name == "id":
        return to_int
    if field.name == "lastpage":
        return to_int
    if field.name in DATETIME_COLUMNS:
        return to_datetime
    if field.question is not None and field.type in NUMERIC_TYPES:
        return to_decimal
    return to_text


class ResponseTable:
    """``lime_survey_{sid}``: rows by id, a sorted id list, completion counter."""

    def __init__(self, fields: list[Field]):
        self.fields = fields
        self.names = [f.name for f in fields]
        self.index = {name: i for i, name in enumerate(self.names)}
        self.normalizers = [normalizer(f) for f in fields]
        self.rows: dict[int, list[Any]] = {}
        self.ids: list[int] = []
        self.next_id = 1
        self.completed = 0
        self.uncommitted: dict[int, list[Any]] = {}  # ids handed out, rows not visible yet
        self._submit = self.index["submitdate"]

    def __len__(self) -> int:
        return len(self.ids)

    def max_id(self) -> int | None:
        return self.ids[-1] if self.ids else None

    def normalize(self, name: str, value: Any) -> Any:
        return self.normalizers[self.index[name]](value)

    def insert(self, values: dict[str, Any]) -> int:
        """Insert a row given by column name (unknown names must be filtered out)."""
        row: list[Any] = [None] * len(self.names)
        for name, value in values.items():
            i = self.index[name]
            row[i] = value if type(value) is str and self.normalizers[i] is to_text else self.normalizers[i](value)
        return self.insert_row(row)

    def insert_row(self, row: list[Any]) -> int:
        """Insert a complete, already normalised row; ``row[0]`` may carry the id."""
        rid = row[0]
        if rid is None:
            rid = self.next_id
        elif rid in self.rows:
            raise KeyError(rid)
        row[0] = rid
        self.next_id = max(self.next_id, rid + 1)
        self.rows[rid] = row
        if not self.ids or rid > self.ids[-1]:
            self.ids.append(rid)
        else:
            bisect.insort(self.ids, rid)
        if row[self._submit] is not None:
            self.completed += 1
        return rid

    def reserve_row(self, row: list[Any]) -> int:
        """Hand out the next id to a row that stays invisible until :meth:`commit`.

        MySQL gives an auto-increment id at insert time, but the row is seen by others
        only when its transaction commits, and transactions commit in any order: a
        response can appear *below* ids that were visible before it.
        """
        rid = self.next_id
        self.next_id += 1
        row[0] = rid
        self.uncommitted[rid] = row
        return rid

    def commit(self, rid: int) -> None:
        """Make a reserved row visible (its transaction commits)."""
        self.insert_row(self.uncommitted.pop(rid))

    def get(self, rid: int) -> list[Any] | None:
        return self.rows.get(rid)

    def update(self, rid: int, values: dict[str, Any]) -> None:
        row = self.rows[rid]
        was_complete = row[self._submit] is not None
        for name, value in values.items():
            i = self.index[name]
            row[i] = self.normalizers[i](value)
        row[0] = rid  # the primary key is not changed through update_response
        self.completed += (row[self._submit] is not None) - was_complete

    def delete(self, rid: int) -> bool:
        row = self.rows.pop(rid, None)
        if row is None:
            return False
        del self.ids[bisect.bisect_left(self.ids, rid)]
        if row[self._submit] is not None:
            self.completed -= 1
        return True

    def window(self, low: int, high: int) -> Iterator[list[Any]]:
        """Rows with ``low <= id <= high`` in id order, O(log n + window)."""
        start = bisect.bisect_left(self.ids, low)
        stop = bisect.bisect_right(self.ids, high)
        rows = self.rows
        for rid in self.ids[start:stop]:
            yield rows[rid]
