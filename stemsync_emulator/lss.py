"""Parse a LimeSurvey ``.lss`` survey structure file (LimeSurvey 6, DBVersion 6xx).

The ``.lss`` format is an XML ``<document>`` whose children are database
tables, each as ``<table><fields>…</fields><rows><row>…</row></rows></table>``.
See ``shared/limesurvey/probe-6.2.1-known-good.lss`` for the minimum set
of tables LimeSurvey 6.2.1 accepts.

LimeSurvey 6 keeps translatable texts in ``*_l10ns`` tables (one row per
language); older exports (LimeSurvey 3) carry ``language`` plus the text
directly in ``groups``/``questions``/``answers`` rows.  Both are read.

The parser keeps the ids found in the file and the file order of groups,
questions and subquestions: on import the server renumbers groups and
questions from server-wide counters *in file order* (recording 01: questions
get qids 1..8 in file order, then the subquestions 9..13), see
:meth:`stemsync_emulator.state.ServerState.import_survey`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .model import Answer, Group, Question

NOT_A_SURVEY = "This is not a valid LimeSurvey survey structure XML file."


class LssError(ValueError):
    """The data is not an importable survey structure (import_survey status)."""


@dataclass
class LssSurvey:
    """Everything import_survey needs, with the ids and the order of the file."""

    sid: int
    languages: list[str]
    settings: dict[str, str]  # the ``surveys`` row, raw strings
    language_settings: dict[str, dict[str, str]]  # lang -> surveys_languagesettings row
    groups: list[Group]  # file order
    questions: list[Question]  # main questions, file order
    subquestions: list[Question]  # file order


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _rows(root: ET.Element, table: str) -> list[dict[str, str]]:
    """Rows of one table; an empty element is "", a missing one is absent."""
    node = root.find(table)
    if node is None:
        return []
    out = []
    for row in node.iterfind("rows/row"):
        out.append({child.tag: (child.text or "") for child in row})
    return out


def _question(row: dict[str, str]) -> Question:
    return Question(
        qid=_int(row.get("qid")),
        parent_qid=_int(row.get("parent_qid")),
        sid=_int(row.get("sid")),
        gid=_int(row.get("gid")),
        type=row.get("type", "T") or "T",
        title=row.get("title", ""),
        preg=row.get("preg", ""),
        other=row.get("other", "N") or "N",
        mandatory=row.get("mandatory", "N") or "N",
        question_order=_int(row.get("question_order")),
        scale_id=_int(row.get("scale_id")),
        same_default=_int(row.get("same_default")),
        relevance=row.get("relevance", "1"),
        modulename=row.get("modulename", ""),
        encrypted=row.get("encrypted", "N") or "N",
        question_theme_name=row.get("question_theme_name", ""),
        same_script=_int(row.get("same_script")),
    )


def _collect_questions(rows: list[dict[str, str]]) -> list[Question]:
    """Deduplicate by qid (LimeSurvey 3 exports repeat rows per language)."""
    seen: dict[int, Question] = {}
    for row in rows:
        q = _question(row)
        existing = seen.setdefault(q.qid, q)
        if "language" in row and "question" in row:  # LimeSurvey 3 inline texts
            existing.text[row["language"]] = (row.get("question", ""), row.get("help", ""))
    return list(seen.values())


def parse_lss(data: bytes | str) -> LssSurvey:
    """Parse ``.lss`` bytes; raise :class:`LssError` if it is not a survey structure.

    import_survey answers ``Error: This is not a valid LimeSurvey survey
    structure XML file.`` for anything that is not XML with
    ``<LimeSurveyDocType>Survey</LimeSurveyDocType>`` (recording 01 #5).
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise LssError(NOT_A_SURVEY) from exc
    if root.tag != "document" or (root.findtext("LimeSurveyDocType") or "").strip() != "Survey":
        raise LssError(NOT_A_SURVEY)
    surveys = _rows(root, "surveys")
    if not surveys:
        raise LssError(NOT_A_SURVEY)
    settings = surveys[0]
    sid = _int(settings.get("sid"))

    base = (settings.get("language") or "").strip()
    languages = [el.text.strip() for el in root.iterfind("languages/language") if el.text and el.text.strip()]
    if not languages:
        languages = [base] + (settings.get("additional_languages") or "").split()
    if not base:
        base = languages[0] if languages else "en"
        settings["language"] = base
    if base in languages:
        languages.remove(base)
    languages.insert(0, base)

    lang_settings: dict[str, dict[str, str]] = {}
    for row in _rows(root, "surveys_languagesettings"):
        lang_settings[row.get("surveyls_language", base)] = row

    groups: dict[int, Group] = {}
    for row in _rows(root, "groups"):
        gid = _int(row.get("gid"))
        group = groups.get(gid)
        if group is None:
            group = groups[gid] = Group(
                gid=gid,
                sid=_int(row.get("sid"), sid),
                group_order=_int(row.get("group_order")),
                randomization_group=row.get("randomization_group", ""),
                grelevance=row.get("grelevance", "1"),
            )
        if "language" in row and "group_name" in row:  # LimeSurvey 3 inline texts
            group.text[row["language"]] = (row.get("group_name", ""), row.get("description", ""))
    for row in _rows(root, "group_l10ns"):
        group = groups.get(_int(row.get("gid")))
        if group is not None:
            group.text[row.get("language", base)] = (row.get("group_name", ""), row.get("description", ""))

    questions = _collect_questions(_rows(root, "questions"))
    subquestions = _collect_questions(_rows(root, "subquestions"))
    # LimeSurvey 3 puts subquestions in the questions table with parent_qid != 0
    subquestions += [q for q in questions if q.parent_qid]
    questions = [q for q in questions if not q.parent_qid]
    by_qid = {q.qid: q for q in questions + subquestions}

    for row in _rows(root, "question_l10ns"):
        q = by_qid.get(_int(row.get("qid")))
        if q is not None:
            q.text[row.get("language", base)] = (row.get("question", ""), row.get("help", ""))

    answers: dict[int, Answer] = {}
    for row in _rows(root, "answers"):
        q = by_qid.get(_int(row.get("qid")))
        if q is None:
            continue
        key = _int(row.get("aid"), len(answers) + 1_000_000)
        ans = next((a for a in q.answers if a.code == row.get("code") and a.scale_id == _int(row.get("scale_id"))), None)
        if ans is None:
            ans = Answer(
                code=row.get("code", ""),
                sortorder=_int(row.get("sortorder")),
                assessment_value=_int(row.get("assessment_value")),
                scale_id=_int(row.get("scale_id")),
            )
            q.answers.append(ans)
        answers[key] = ans
        if "answer" in row and "language" in row:  # LimeSurvey 3 inline texts
            ans.text[row["language"]] = row.get("answer", "")
    for row in _rows(root, "answer_l10ns"):
        ans = answers.get(_int(row.get("aid")))
        if ans is not None:
            ans.text[row.get("language", base)] = row.get("answer", "")

    for row in _rows(root, "question_attributes"):
        q = by_qid.get(_int(row.get("qid")))
        if q is not None:
            q.attributes.setdefault(row.get("attribute", ""), {})[row.get("language", "") or ""] = row.get("value", "")

    for q in subquestions:
        parent = by_qid.get(q.parent_qid)
        if parent is not None and parent is not q:
            parent.subquestions.append(q)
    for q in questions:
        group = groups.get(q.gid)
        if group is not None:
            group.questions.append(q)

    return LssSurvey(
        sid=sid,
        languages=languages,
        settings=settings,
        language_settings=lang_settings,
        groups=list(groups.values()),
        questions=questions,
        subquestions=[q for q in subquestions if q.parent_qid in by_qid],
    )
