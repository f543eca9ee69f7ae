"""Response columns (SGQA names) and ``get_fieldmap`` entries.

Column order, as LimeSurvey's ``createFieldMap`` builds it: ``id``,
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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import special_label
from .lss import Group, Question
from .survey import Survey

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
