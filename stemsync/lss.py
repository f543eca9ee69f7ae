"""Compile an :class:`~stemsync.codebook.Instrument` into a LimeSurvey 6 ``.lss`` file.

The output follows ``tests/limesurvey/probe-6.2.1-known-good.lss``, which a real
LimeSurvey 6.2.1 imported, activated and answered: the same document type and
DBVersion, the same tables with the same field lists in the same order, every value
in CDATA and empty values as empty elements. Ids inside the file are numbered in
codebook order, so the same source always gives the same bytes; LimeSurvey renumbers
groups and questions on import anyway.

Privacy settings are fixed here, not left to whoever imports the file: anonymised
responses, no IP address, no referrer URL, no timings; date stamps stay on because
periods in the publication come from real submit dates.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from stemsync.codebook import TEMPLATES_DIR, CodebookError, ContextField, Instrument, Option, Question

DB_VERSION = 612
THEME_NAMES = {"L": "listradio", "S": "shortfreetext", "T": "longfreetext", "Y": "yesno"}

# Scales on a phone: LimeSurvey's own "Bootstrap buttons" theme for list (radio)
# questions shows every point as a button. Its rows are full width below 768 px, so
# ``max_buttons_row`` (printed as the buttons' CSS class) adds Bootstrap's ``w-auto``:
# the numbers then stand side by side and wrap. Same type (L) and answer codes
# (A0..A10), so export, sync and publish see no difference. Checked on LimeSurvey 6.4.2
# at 412 px (docs/limesurvey.md, docs/img/).
SCALE_THEME = "bootstrap_buttons"
SCALE_ATTRIBUTES: tuple[tuple[str, str], ...] = (("max_buttons_row", "col-md-1 w-auto"),)

# Survey-level settings (the surveys table of the known-good file, in its order).
SURVEY_SETTINGS: tuple[tuple[str, str], ...] = (
    ("gsid", "1"),
    ("admin", "stemsync"),
    ("adminemail", "beheer@example.org"),  # set your own with deploy (config: admin_email)
    ("anonymized", "Y"),
    ("format", "G"),
    ("savetimings", "N"),
    ("template", "fruity_twentythree"),
    ("language", ""),  # filled per instrument
    ("additional_languages", ""),  # filled per instrument
    ("datestamp", "Y"),
    ("usecookie", "N"),
    ("allowregister", "N"),
    ("allowsave", "N"),
    ("autonumber_start", "0"),
    ("autoredirect", "N"),
    ("allowprev", "Y"),
    ("printanswers", "N"),
    ("ipaddr", "N"),
    ("refurl", "N"),
    ("showsurveypolicynotice", "0"),
    ("publicstatistics", "N"),
    ("publicgraphs", "N"),
    ("listpublic", "N"),
    ("htmlemail", "Y"),
    ("sendconfirmation", "N"),
    ("tokenanswerspersistence", "N"),
    ("assessments", "N"),
    ("usecaptcha", "N"),
    ("usetokens", "N"),
    ("tokenlength", "15"),
    ("showxquestions", "Y"),
    ("showgroupinfo", "B"),
    ("shownoanswer", "Y"),
    ("showqnumcode", "X"),
    ("showwelcome", "Y"),
    ("showprogress", "Y"),
    ("questionindex", "0"),
    ("navigationdelay", "0"),
    ("nokeyboard", "N"),
    ("alloweditaftercompletion", "N"),
    ("ipanonymize", "Y"),
)

# The properties stemsync insists on; deploy checks them after import.
PRIVACY_PROPERTIES = {"anonymized": "Y", "ipaddr": "N", "refurl": "N", "savetimings": "N", "datestamp": "Y"}

QUESTION_FIELDS = (
    "qid", "parent_qid", "sid", "gid", "type", "title", "preg", "other", "mandatory",
    "question_order", "scale_id", "same_default", "relevance", "modulename", "encrypted",
    "question_theme_name",
)


@dataclass(frozen=True)
class _Row:
    """One LimeSurvey question, whichever codebook entry it came from."""

    code: str
    type: str
    texts: dict[str, str]
    help: dict[str, str] | None
    mandatory: bool
    answers: tuple[tuple[str, int, dict[str, str]], ...]  # (code, assessment value, labels)
    hidden: bool = False
    theme: str | None = None  # a LimeSurvey question theme for this type (default: the type's own)
    attributes: tuple[tuple[str, str], ...] = ()


def _context_row(field: ContextField, languages: tuple[str, ...]) -> _Row:
    if field.hidden:
        return _Row(field.code, "S", field.label, None, False, (), hidden=True)
    return _Row(field.code, "L", field.label, None, False, _option_answers(field.options))


def _option_answers(options: tuple[Option, ...]) -> tuple[tuple[str, int, dict[str, str]], ...]:
    return tuple((o.code, 0, o.label) for o in options)


def _question_row(question: Question, languages: tuple[str, ...]) -> _Row:
    if question.kind == "scale":
        scale = question.scale
        answers = tuple(
            (scale.answer_code(v), v, {lang: scale.label(v, lang) for lang in languages})
            for v in scale.points
        )
        return _Row(question.code, "L", question.text, question.help, question.mandatory, answers,
                    theme=SCALE_THEME, attributes=SCALE_ATTRIBUTES)
    if question.kind == "choice":
        return _Row(question.code, "L", question.text, question.help, question.mandatory,
                    _option_answers(question.options))
    kind_type = {"yesno": "Y", "text": "T"}[question.kind]
    return _Row(question.code, kind_type, question.text, question.help, question.mandatory, ())


def _html(text: str) -> str:
    """Plain codebook text as the HTML LimeSurvey shows; blank lines become paragraphs."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) <= 1:
        return html.escape(text.strip(), quote=False)
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


class _Writer:
    """Writes the XML by hand so the bytes are stable and match the known-good layout."""

    def __init__(self) -> None:
        self.lines: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>', "<document>"]

    def raw(self, line: str) -> None:
        self.lines.append(line)

    def table(self, name: str, fields: tuple[str, ...], rows: list[dict[str, object]]) -> None:
        if not rows:
            return  # LimeSurvey's importer skips absent sections (isset checks)
        self.raw(f" <{name}>")
        self.raw("  <fields>")
        self.lines.extend(f"   <fieldname>{f}</fieldname>" for f in fields)
        self.raw("  </fields>")
        self.raw("  <rows>")
        for row in rows:
            self.raw("   <row>")
            for f in fields:
                self.raw("    " + _element(f, row.get(f)))
            self.raw("   </row>")
        self.raw("  </rows>")
        self.raw(f" </{name}>")

    def text(self) -> str:
        return "\n".join(self.lines + ["</document>", ""])


def _element(name: str, value: object) -> str:
    if value is None or value == "":
        return f"<{name}/>"
    text = str(value).replace("]]>", "]]]]><![CDATA[>")
    return f"<{name}><![CDATA[{text}]]></{name}>"


def compile_lss(instrument: Instrument) -> str:
    """The ``.lss`` XML text for an instrument (deterministic)."""
    sid = instrument.sid
    langs = instrument.languages
    out = _Writer()
    out.raw(" <LimeSurveyDocType>Survey</LimeSurveyDocType>")
    out.raw(f" <DBVersion>{DB_VERSION}</DBVersion>")
    out.raw(" <languages>")
    out.lines.extend(f"  <language>{lang}</language>" for lang in langs)
    out.raw(" </languages>")

    groups, group_l10ns, questions, question_l10ns = [], [], [], []
    answers, answer_l10ns, attributes = [], [], []
    qid = aid = l10n_id = 0
    for g_index, group in enumerate(instrument.groups):
        gid = g_index + 1
        groups.append({"gid": gid, "sid": sid, "group_order": g_index, "randomization_group": "",
                       "grelevance": "1"})
        for lang in langs:
            l10n_id += 1
            group_l10ns.append({"id": l10n_id, "gid": gid, "group_name": group.title[lang],
                                "description": _html(group.description[lang]) if group.description else "",
                                "language": lang})
        rows = [_question_row(q, langs) for q in group.questions]
        if g_index == 0:  # context fields open the first page
            rows = [_context_row(c, langs) for c in instrument.context] + rows
        for order, row in enumerate(rows, start=1):
            qid += 1
            questions.append({
                "qid": qid, "parent_qid": 0, "sid": sid, "gid": gid, "type": row.type,
                "title": row.code, "preg": "", "other": "N", "mandatory": "Y" if row.mandatory else "N",
                "question_order": order, "scale_id": 0, "same_default": 0, "relevance": "1",
                "modulename": "", "encrypted": "N", "question_theme_name": row.theme or THEME_NAMES[row.type],
            })
            for lang in langs:
                question_l10ns.append({"id": len(question_l10ns) + 1, "qid": qid,
                                       "question": _html(row.texts[lang]),
                                       "help": _html(row.help[lang]) if row.help else "",
                                       "language": lang})
            if row.hidden:
                attributes.append({"qid": qid, "attribute": "hidden", "value": "1", "language": ""})
            for name, value in row.attributes:
                attributes.append({"qid": qid, "attribute": name, "value": value, "language": ""})
            for sort, (code, assessment, labels) in enumerate(row.answers):
                aid += 1
                answers.append({"aid": aid, "qid": qid, "code": code, "sortorder": sort,
                                "assessment_value": assessment, "scale_id": 0})
                for lang in langs:
                    answer_l10ns.append({"id": len(answer_l10ns) + 1, "aid": aid,
                                         "answer": html.escape(labels[lang], quote=False),
                                         "language": lang})

    out.table("answers", ("aid", "qid", "code", "sortorder", "assessment_value", "scale_id"), answers)
    out.table("answer_l10ns", ("id", "aid", "answer", "language"), answer_l10ns)
    out.table("groups", ("gid", "sid", "group_order", "randomization_group", "grelevance"), groups)
    out.table("group_l10ns", ("id", "gid", "group_name", "description", "language"), group_l10ns)
    out.table("questions", QUESTION_FIELDS, questions)
    out.table("subquestions", QUESTION_FIELDS, [])
    out.table("question_l10ns", ("id", "qid", "question", "help", "language"), question_l10ns)
    out.table("question_attributes", ("qid", "attribute", "value", "language"), attributes)

    settings = dict(SURVEY_SETTINGS)
    settings["language"] = instrument.base_language
    settings["additional_languages"] = " ".join(langs[1:])
    out.table("surveys", ("sid",) + tuple(settings), [{"sid": sid, **settings}])
    out.table(
        "surveys_languagesettings",
        ("surveyls_survey_id", "surveyls_language", "surveyls_title", "surveyls_description",
         "surveyls_welcometext", "surveyls_endtext", "surveyls_dateformat", "surveyls_numberformat"),
        [{"surveyls_survey_id": sid, "surveyls_language": lang, "surveyls_title": instrument.title[lang],
          "surveyls_description": _html(instrument.description[lang]),
          "surveyls_welcometext": _html(instrument.welcome[lang]),
          "surveyls_endtext": _html(instrument.end[lang]),
          "surveyls_dateformat": 5, "surveyls_numberformat": 1} for lang in langs],
    )
    return out.text()


def lss_path(instrument: Instrument, directory: Path | None = None) -> Path:
    """``<id>.lss`` in ``directory``, else beside the instrument's codebook (built-in or the organisation's)."""
    if directory is None:
        source = instrument.source
        directory = Path(str(source)).parent if source is not None else Path(str(TEMPLATES_DIR))
    return Path(str(directory)) / f"{instrument.id}.lss"


def build(instrument: Instrument, directory: Path | None = None) -> tuple[Path, bool]:
    """Write the instrument's ``.lss``; returns the path and whether it changed."""
    path = lss_path(instrument, directory)
    text = compile_lss(instrument)
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old != text:
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CodebookError([f"cannot write {path}: {exc.strerror}"]) from None
    return path, old != text


def participant_url(endpoint: str, sid: int, language: str, prefill: dict[str, str]) -> str:
    """The link respondents open, with prefilled context fields (``?TEAM=...&ROL=...``).

    Built from the RemoteControl endpoint: with URL format ``get``
    (``.../index.php?r=admin/remotecontrol``) the survey is ``index.php?r=survey/index``;
    with format ``path`` (``.../index.php/admin/remotecontrol``) it is
    ``index.php/SID``.
    """
    parts = urlsplit(endpoint)
    path = parts.path
    index = path.find("index.php")
    base = path[: index + len("index.php")] if index >= 0 else path.rstrip("/") + "/index.php"
    if index >= 0 and path[index + len("index.php"):].startswith("/"):
        query = urlencode({"lang": language, **prefill})
        return urlunsplit((parts.scheme, parts.netloc, f"{base}/{sid}", query, ""))
    query = urlencode({"r": "survey/index", "sid": sid, "lang": language, **prefill}, safe="/")
    return urlunsplit((parts.scheme, parts.netloc, base, query, ""))
