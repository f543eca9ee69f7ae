"""The RemoteControl 2 methods, with LimeSurvey 6.2.1's parameters and answers.

Parameters are positional, as LimeSurvey takes them; extra trailing
parameters (citric sends ``additional_options`` to export_responses and a
survey group to list_surveys) are ignored, as PHP ignores surplus arguments.
Too few parameters is a PHP ``ArgumentCountError``: HTTP 500.

Failures are *results* ``{"status": "<text>"}`` (FACTS.md "Errors arrive as
results"); a PHP-level failure (an SQL error) is raised as :class:`RpcError`
and becomes ``{"result": null, "error": "<text>"}``.  The status texts,
including their inconsistent capitalisation ("Invalid Session key",
"Invalid S ession Key") come from the recordings where recorded and from
LimeSurvey's ``remotecontrol_handle.php`` otherwise.
"""

from __future__ import annotations

import base64
import binascii
import inspect
import io
import re
import threading
import zipfile
from typing import Any

from .export import ExportError, export_document
from .lss import NOT_A_SURVEY, LssError
from .model import (LANGUAGE_COLUMNS, LOCKED_WHEN_ACTIVE, NEVER_SETTABLE, SURVEY_COLUMNS, Survey, coerce_property,
                    fieldmap, valid_property_value)
from .state import ServerState


class RpcError(Exception):
    """A PHP-level failure: answered as ``{"result": null, "error": message}``."""


class UnknownMethod(Exception):
    """No such RPC method: LimeSurvey answers HTTP 500 with an HTML page."""


class BadArguments(Exception):
    """Too few parameters (PHP ArgumentCountError): HTTP 500 with an HTML page."""


def status(text: str) -> dict[str, str]:
    return {"status": text}


_LEADING_INT = re.compile(r"\s*[+-]?\d+")


def php_int(value: Any) -> int:
    """PHP's ``(int)`` cast: ``"12abc"`` → 12, ``None``/``"x"`` → 0."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        m = _LEADING_INT.match(value)
        return int(m.group()) if m else 0
    return 0


def php_empty(value: Any) -> bool:
    """PHP's ``empty()``."""
    return value in (None, "", "0", 0, False) or value == [] or value == {}


def loose_null(value: Any) -> bool:
    """PHP's ``$x == null``."""
    return value in (None, "", 0, False) or value == [] or value == {}


def _b64decode(data: str) -> bytes:
    """PHP's lenient base64_decode (skips junk characters, tolerates missing padding)."""
    cleaned = re.sub(r"[^A-Za-z0-9+/]", "", data)
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned)
    except (binascii.Error, ValueError):
        return b""


_SQL_NO_COLUMN = 'Table "{table}" does not have a column named "{column}".'


class RemoteControl:
    """Dispatches RPC calls to ``m_<method>`` handlers against a :class:`ServerState`."""

    def __init__(self, state: ServerState):
        self.state = state
        self._arity: dict[str, int] = {}
        self.work = threading.local()  # what the current call returned: rows, cells (for the cost model)

    # -- dispatch -----------------------------------------------------------
    def call(self, method: Any, params: Any) -> Any:
        handler = getattr(self, f"m_{method}", None) if isinstance(method, str) else None
        if handler is None:
            raise UnknownMethod(str(method))
        if isinstance(params, dict):
            params = list(params.values())
        elif not isinstance(params, list):
            params = [] if params is None else [params]
        required = self._arity.get(method)
        if required is None:
            required = sum(1 for p in inspect.signature(handler).parameters.values()
                           if p.default is inspect.Parameter.empty and p.kind is p.POSITIONAL_OR_KEYWORD)
            self._arity[method] = required
        if len(params) < required:
            raise BadArguments(f"Too few arguments to function remotecontrol_handle::{method}()")
        self.work.rows = self.work.cells = 0
        with self.state.lock:
            return handler(*params)

    def _session(self, key: Any) -> bool:
        return self.state.session_valid(key)

    def _table(self, kind: str, sid: int) -> str:
        return f"{self.state.table_prefix}{kind}_{sid}"

    # -- sessions and site ------------------------------------------------------
    def m_get_session_key(self, username, password, plugin="Authdb", *_):
        key = self.state.login(str(username) if username is not None else "",
                               str(password) if password is not None else "")
        return key if key is not None else status("Invalid user name or password")

    def m_release_session_key(self, key, *_):
        self.state.release_session(key)
        return "OK"

    def m_get_site_settings(self, key, name, *_):
        if not self._session(key):
            return status("Invalid session key")
        if name in self.state.site_settings:
            return self.state.site_settings[name]
        return status("Invalid setting")

    # -- surveys ----------------------------------------------------------------
    def m_list_surveys(self, key, username=None, *_):
        if not self._session(key):
            return status("Invalid session key")
        if username is not None and str(username) not in self.state.users:
            return status("Invalid user")
        if not self.state.surveys:
            return status("No surveys found")
        return [{"sid": s.sid, "surveyls_title": s.title, "startdate": s.props.get("startdate"),
                 "expires": s.props.get("expires"), "active": s.props.get("active")}
                for _, s in sorted(self.state.surveys.items())]

    def m_import_survey(self, key, data, data_type, new_name=None, dest_sid=None, *_):
        if not self._session(key):
            return status("Invalid session key")
        if data_type not in ("lsa", "csv", "txt", "lss"):
            return status("Invalid extension")
        raw = _b64decode(str(data) if data is not None else "")
        if data_type == "lsa":
            raw = self._lss_from_lsa(raw)
        elif data_type != "lss":
            return status("Error: " + NOT_A_SURVEY)  # csv/txt imports are not emulated
        try:
            title = str(new_name) if new_name not in (None, False) else None
            return self.state.import_survey(raw, title or None, php_int(dest_sid) if dest_sid is not None else None)
        except LssError as exc:
            return status(f"Error: {exc}")

    @staticmethod
    def _lss_from_lsa(raw: bytes) -> bytes:
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                name = next((n for n in archive.namelist() if n.lower().endswith(".lss")), None)
                return archive.read(name) if name else b""
        except zipfile.BadZipFile:
            return b""

    def m_delete_survey(self, key, sid, *_):
        if not self._session(key):
            return status("Invalid session key")
        if not self.state.delete_survey(php_int(sid)):
            return status("No permission")
        return status("OK")

    def m_get_survey_properties(self, key, sid, settings=None, *_):
        if not self._session(key):
            return status("Invalid Session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        names = list(SURVEY_COLUMNS)
        if not php_empty(settings):
            wanted = settings if isinstance(settings, list) else [settings]
            names = [n for n in wanted if isinstance(n, str) and n in SURVEY_COLUMNS]
        if not names:
            return status("No valid Data")
        return {n: survey.props.get(n) for n in names}

    def m_set_survey_properties(self, key, sid, data, *_):
        if not self._session(key):
            return status("Invalid Session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        data = dict(data) if isinstance(data, dict) else {}
        for name in NEVER_SETTABLE:
            data.pop(name, None)
        data = {k: v for k, v in data.items() if k in SURVEY_COLUMNS}
        if survey.active:
            for name in LOCKED_WHEN_ACTIVE:
                data.pop(name, None)
        if not data:
            return status("No valid Data")
        result = {}
        for name, value in data.items():
            ok = valid_property_value(name, value)
            if ok:
                survey.props[name] = coerce_property(name, value)
            result[name] = ok
        return result

    def m_get_language_properties(self, key, sid, settings=None, lang=None, *_):
        if not self._session(key):
            return status("Invalid Session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        names = list(LANGUAGE_COLUMNS)
        if not php_empty(settings):
            wanted = settings if isinstance(settings, list) else [settings]
            names = [n for n in wanted if isinstance(n, str) and n in LANGUAGE_COLUMNS]
        if not isinstance(lang, str) or not lang:
            lang = survey.language
        row = survey.language_settings.get(lang)
        if not names:
            return status("No valid Data")
        return {n: (row or {}).get(n) for n in names}

    def m_activate_survey(self, key, sid, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        if not survey.groups or not survey.questions():
            return status("Error: Survey does not pass consistency check")
        if survey.active:
            return status("Error: Survey already active")
        self.state.activate_survey(survey.sid)
        return {"status": "OK", "pluginFeedback": None}

    def m_get_summary(self, key, sid, stat="all", *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Invalid surveyid")
        token_stats = ["token_count", "token_invalid", "token_sent", "token_opted_out", "token_completed",
                       "token_screenout"]
        response_stats = ["completed_responses", "incomplete_responses", "full_responses"]
        if stat not in token_stats + response_stats + ["all"]:
            return status("Invalid summary key")
        summary: dict[str, Any] = {}
        if stat in token_stats or stat == "all":
            if survey.participants is not None:
                rows = list(survey.participants.rows.values())
                summary.update(
                    token_count=len(rows),
                    token_invalid=sum(1 for r in rows if r.get("emailstatus") not in ("OK", "OptOut")),
                    token_sent=sum(1 for r in rows if r.get("sent") not in ("N", None, "")),
                    token_opted_out=sum(1 for r in rows if r.get("emailstatus") == "OptOut"),
                    token_completed=sum(1 for r in rows if r.get("completed") not in ("N", None, "")),
                    token_screenout=sum(1 for r in rows if r.get("completed") == "Q"),
                )
            elif stat != "all":
                return status("No available data")
        if stat in response_stats or stat == "all":
            table = survey.responses
            if table is not None:
                summary.update(completed_responses=table.completed,
                               incomplete_responses=len(table) - table.completed, full_responses=len(table))
            elif stat != "all":
                return status("No available data")
        return summary if stat == "all" else summary[stat]

    # -- structure --------------------------------------------------------------
    def m_list_groups(self, key, sid, lang=None, *_):
        if not self._session(key):
            return status("Invalid S ession Key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        if not survey.groups:
            return status("No groups found")
        lang = lang if lang in survey.languages else survey.language
        return [{"id": g.gid, "gid": g.gid, "sid": survey.sid, "group_order": g.group_order,
                 "randomization_group": g.randomization_group, "grelevance": g.grelevance,
                 "group_name": g.name(lang), "description": g.description(lang), "language": lang}
                for g in survey.groups]

    def m_list_questions(self, key, sid, gid=None, lang=None, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        if lang is None:
            lang = survey.language
        if lang not in survey.languages:
            return status("Error: Invalid language")
        questions = survey.all_questions()
        if not loose_null(gid):
            group = next((g for s in self.state.surveys.values() for g in s.groups if g.gid == php_int(gid)), None)
            if group is None:
                return status("Error: group not found")
            if group.sid != survey.sid:
                return status("Error: Mismatch in surveyid and groupid")
            questions = [q for q in questions if q.gid == group.gid]
        if not questions:
            return status("No questions found")
        questions.sort(key=lambda q: (q.question_order, q.qid))
        return [{"id": q.qid, "question": q.question_text(lang), "help": q.help_text(lang), "language": lang,
                 "qid": q.qid, "parent_qid": q.parent_qid, "sid": survey.sid, "type": q.type, "title": q.title,
                 "preg": q.preg, "other": q.other, "mandatory": q.mandatory, "encrypted": q.encrypted,
                 "question_order": q.question_order, "scale_id": q.scale_id, "same_default": q.same_default,
                 "question_theme_name": q.question_theme_name, "modulename": q.modulename, "gid": q.gid,
                 "relevance": q.relevance, "same_script": q.same_script}
                for q in questions]

    def m_get_fieldmap(self, key, sid, lang=None, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        return fieldmap(survey, lang if isinstance(lang, str) and lang else survey.language)

    # -- responses ----------------------------------------------------------------
    def m_add_response(self, key, sid, data, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        table = survey.responses
        if table is None:
            return status("No survey response table")
        data = dict(data) if isinstance(data, dict) else {}
        now = self.state.now()
        # add_response fills submitdate/startdate/datestamp with "now" unless given;
        # a given empty value (null, "") leaves the column null.
        stamps = ["submitdate"] + (["datestamp", "startdate"] if survey.flag("datestamp") else [])
        for name in stamps:
            if name in data and php_empty(data[name]):
                del data[name]
            elif data.get(name) is None:
                data[name] = now
        if data.get("startlanguage") is None:
            data["startlanguage"] = survey.language
        values = {k: v for k, v in data.items() if k in table.index}  # codes and unknown keys: dropped
        rid = values.pop("id", None)
        if not php_empty(rid):
            rid = php_int(rid)
            if table.get(rid) is not None:
                raise RpcError(f"CDbCommand failed to execute the SQL statement: SQLSTATE[23000]: Integrity "
                               f"constraint violation: 1062 Duplicate entry '{rid}' for key 'PRIMARY'")
            values["id"] = rid
        return str(table.insert(values))

    def m_update_response(self, key, sid, data, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        if not survey.active or survey.responses is None:
            return status("Error: Survey is not active.")
        if not survey.flag("alloweditaftercompletion"):
            return status("Survey does not allow edit after completion")
        table = survey.responses
        data = dict(data) if isinstance(data, dict) else {}
        if data.get("id") is None and data.get("token") is None:
            return status("Error: Missing response identifier (id|token).")
        if data.get("id") is not None:
            matches = [php_int(data["id"])] if table.get(php_int(data["id"])) is not None else []
        elif "token" in table.index:
            i = table.index["token"]
            matches = [rid for rid in table.ids if table.rows[rid][i] == str(data["token"])]
        else:
            raise RpcError(_SQL_NO_COLUMN.format(table=self._table("survey", survey.sid), column="token"))
        if not matches:
            return status("Error: No matching Response.")
        if len(matches) > 1:
            return status("Error: More then one matching response, updateing multiple responses at once "
                          "is not supported.")
        invalid = [k for k in data if k not in table.index]
        if invalid:
            return status("Error: Invalid Column names supplied: " + ", ".join(invalid))
        data.pop("token", None)
        data.pop("id", None)
        table.update(matches[0], data)
        return True

    def m_delete_response(self, key, sid, rid, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        if survey.responses is None:
            return status("Error: No survey response table")
        rid = php_int(rid)
        if not survey.responses.delete(rid):
            return status("Error: Invalid response ID")
        return {str(rid): "deleted"}

    def _export_checks(self, key: Any, sid: Any, lang: Any) -> tuple[Survey | None, Any]:
        if not self._session(key):
            return None, status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return None, status("No permission")
        if survey.responses is None:
            return None, status("No Data, survey table does not exist.")
        if survey.responses.max_id() is None:
            return None, status("No Data, could not get max id.")
        if not php_empty(lang) and lang not in survey.languages:
            return None, status("Language code not found for this survey.")
        return survey, None

    def _export(self, survey: Survey, rows, doc_type, lang, completion, heading, rtype, fields) -> str:
        if completion == "complete":
            i = survey.responses.index["submitdate"]
            rows = (r for r in rows if r[i] is not None)
        elif completion == "incomplete":
            i = survey.responses.index["submitdate"]
            rows = (r for r in rows if r[i] is None)
        rows = list(rows)
        self.work.rows = len(rows)
        self.work.cells = len(fields) if isinstance(fields, list) else len(survey.responses.names)
        try:
            document = export_document(
                survey, survey.responses, rows, doc_type=str(doc_type),
                lang=lang if not php_empty(lang) else survey.language,
                heading_style=heading or "code", response_type=rtype or "short",
                fields=fields if isinstance(fields, list) else None)
        except ExportError as exc:
            raise RpcError(str(exc)) from exc
        return base64.b64encode(document).decode("ascii")

    def m_export_responses(self, key, sid, doc_type, lang=None, completion="all", heading="code",
                           rtype="short", from_id=None, to_id=None, fields=None, *_):
        survey, error = self._export_checks(key, sid, lang)
        if survey is None:
            return error
        table = survey.responses
        low = 1 if loose_null(from_id) else php_int(from_id)
        high = table.max_id() if loose_null(to_id) else php_int(to_id)
        return self._export(survey, table.window(low, high), doc_type, lang, completion, heading, rtype, fields)

    def m_export_responses_by_token(self, key, sid, doc_type, token, lang=None, completion="all",
                                    heading="code", rtype="short", fields=None, *_):
        survey, error = self._export_checks(key, sid, lang)
        if survey is None:
            return error
        table = survey.responses
        if "token" not in table.index:
            raise RpcError(_SQL_NO_COLUMN.format(table=self._table("survey", survey.sid), column="token"))
        i = table.index["token"]
        rows = [table.rows[rid] for rid in table.ids if table.rows[rid][i] == token]
        if not rows:
            return status("No Response found for Token")
        return self._export(survey, rows, doc_type, lang, completion, heading, rtype, fields)

    def m_get_response_ids(self, key, sid, token, *_):
        if not self._session(key):
            return status("Invalid Session Key")
        sid = php_int(sid)
        survey = self.state.survey(sid)
        if survey is None or survey.responses is None:
            raise RpcError(f'The table "{{{{survey_{sid}}}}}" for active record class "SurveyDynamic" '
                           f"cannot be found in the database.")
        table = survey.responses
        if "token" not in table.index:
            raise RpcError(_SQL_NO_COLUMN.format(table=self._table("survey", sid), column="token"))
        i = table.index["token"]
        return [rid for rid in table.ids if table.rows[rid][i] == token]

    # -- participants -------------------------------------------------------------
    def m_activate_tokens(self, key, sid, attributes=None, *_):
        if not self._session(key):
            return status("Invalid session key")
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return status("Error: Invalid survey ID")
        names = [f"attribute_{php_int(a)}" for a in attributes] if isinstance(attributes, list) else []
        self.state.activate_tokens(survey.sid, names)
        return status("OK")

    def _participants(self, key: Any, sid: Any, bad_key: str, missing: str):
        if not self._session(key):
            return None, None, status(bad_key)
        survey = self.state.survey(php_int(sid))
        if survey is None:
            return None, None, status("Error: Invalid survey ID")
        if survey.participants is None:
            return survey, None, status(missing)
        return survey, survey.participants, None

    def m_add_participants(self, key, sid, participants, create_token=True, *_):
        survey, table, error = self._participants(key, sid, "Invalid session key", "No survey participants table")
        if error:
            return error
        items = participants.values() if isinstance(participants, dict) else (participants or [])
        length = survey.props.get("tokenlength") or 15
        return [table.add(p if isinstance(p, dict) else {}, create_token=bool(create_token), token_length=length)
                for p in items]

    def m_list_participants(self, key, sid, start=0, limit=10, unused=False, attributes=False,
                            conditions=None, *_):
        survey, table, error = self._participants(key, sid, "Invalid Session Key",
                                                  "Error: No survey participants table")
        if error:
            return error
        conds = {k: v for k, v in conditions.items() if k in table.columns} if isinstance(conditions, dict) else {}
        rows = table.find(conds)
        if unused:
            rows = [r for r in rows if r.get("completed") in ("N", "", None)]
        start, limit = php_int(start), php_int(limit)
        rows = rows[start:] if limit < 0 else rows[start:start + limit]
        if not rows:
            return status("No survey participants found.")
        extra: list[str] = []
        if isinstance(attributes, list):
            extra = [a for a in dict.fromkeys(attributes)
                     if a in table.columns and a not in ("tid", "token", "firstname", "lastname", "email")]
        return [{"tid": r["tid"], "token": r["token"],
                 "participant_info": {"firstname": r["firstname"], "lastname": r["lastname"], "email": r["email"]},
                 **{a: r.get(a) for a in extra}} for r in rows]

    def m_get_participant_properties(self, key, sid, query, properties=None, *_):
        survey, table, error = self._participants(key, sid, "Invalid Session Key",
                                                  "Error: No survey participants table")
        if error:
            return error
        if isinstance(query, dict):
            for column in query:
                if column not in table.columns:
                    raise RpcError(_SQL_NO_COLUMN.format(table=self._table("tokens", survey.sid), column=column))
            rows = table.find(query)
            if not rows:
                return status("Error: No results were found based on your attributes.")
            if len(rows) > 1:
                return status("Error: More than 1 result was found based on your attributes.")
            row = rows[0]
        else:
            row = table.rows.get(php_int(query))
            if row is None:
                return status("Error: Invalid tokenid")
        if php_empty(properties):
            return dict(row)
        wanted = set(properties) if isinstance(properties, list) else {properties}
        result = {k: v for k, v in row.items() if k in wanted}
        return result if result else status("No valid Data")

    def m_delete_participants(self, key, sid, tids, *_):
        survey, table, error = self._participants(key, sid, "Invalid Session Key",
                                                  "Error: No survey participants table")
        if error:
            return error
        result = {}
        for tid in tids if isinstance(tids, list) else [tids]:
            tid = php_int(tid)
            result[str(tid)] = "Deleted" if table.rows.pop(tid, None) is not None else "Invalid token ID"
        return result
