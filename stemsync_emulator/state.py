"""In-memory model of one LimeSurvey 6.2.1 server: users, sessions, surveys.

Reproduced behaviour (FACTS.md, recordings 01–03):

* Session keys are 32 random characters of ``A-Za-z0-9_~`` (Yii's
  ``generateRandomString``: base64 with ``+/`` → ``_~``); released or
  expired keys answer ``Invalid session key``.
* ``import_survey`` keeps the survey id of the file when it is free, else
  picks a random 6-digit id made of the digits 1–9 (LimeSurvey's
  ``randomChars(6, '123456789')``; the same file imported twice gave 111111
  and then 156112).  Group and question ids are *always* renumbered from
  server-wide auto-increment counters, in file order, main questions before
  subquestions: the first import gets gid 1 and qids 1..13, the second gid 2
  and qids 14..26, the third gid 3 and qids 27.. (recordings 01 #8, 02 #2,
  03 #19).
* Activation creates the response table; it has a ``token`` column only when
  the survey is not anonymous (``get_response_ids`` on an anonymised survey
  fails with an SQL error, recording 01 #26).

Everything is guarded by one re-entrant lock (``state.lock``); the HTTP
server holds it for the duration of each RPC call.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import string
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .lss import LssSurvey, parse_lss
from .model import (LANGUAGE_COLUMNS, LANGUAGE_INT_COLUMNS, SURVEY_COLUMNS, Question, ResponseTable, Survey,
                    coerce_property, survey_fields, to_text)
from .participants import ParticipantTable

SESSION_KEY_ALPHABET = string.ascii_letters + string.digits + "_~"
SURVEY_ID_DIGITS = "123456789"
#: submitdate LimeSurvey stores for a completed response when date stamps are off (FACTS.md, recording 04 #6)
NO_DATESTAMP_SUBMITDATE = "1980-01-01 00:00:00"

Clock = Callable[[], "datetime | str"]


class ServerState:
    """Everything the emulated server knows; safe to use from Python directly."""

    def __init__(self, username: str = "admin", password: str = "adminpw", *,
                 clock: Clock | None = None, seed: int | None = None, table_prefix: str = "lime_"):
        self.lock = threading.RLock()
        self.users: dict[str, str] = {username: password}
        self.sessions: dict[str, str] = {}
        self.surveys: dict[int, Survey] = {}
        self.clock: Clock = clock or datetime.now
        self.rng = random.Random(seed)
        self.table_prefix = table_prefix
        self.next_gid = 1
        self.next_qid = 1
        self.site_settings: dict[str, Any] = {
            "versionnumber": "6.2.1", "dbversionnumber": 612, "sitename": "LimeSurvey",
            "defaultlang": "en", "defaulttheme": "fruity_twentythree", "restrictToLanguages": "",
            "RPCInterface": "json",
        }

    # -- time -------------------------------------------------------------
    def now(self) -> str:
        """'now' as LimeSurvey writes it (``date("Y-m-d H:i:s")``)."""
        value = self.clock()
        return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else str(value)

    # -- users and sessions ---------------------------------------------
    def add_user(self, username: str, password: str) -> None:
        with self.lock:
            self.users[username] = password

    def login(self, username: str, password: str) -> str | None:
        """A new session key, or None for a wrong user name or password."""
        with self.lock:
            if username not in self.users or self.users[username] != password:
                return None
            key = "".join(self.rng.choice(SESSION_KEY_ALPHABET) for _ in range(32))
            self.sessions[key] = username
            return key

    def session_valid(self, key: Any) -> bool:
        return isinstance(key, str) and key in self.sessions

    def release_session(self, key: Any) -> None:
        with self.lock:
            self.sessions.pop(key if isinstance(key, str) else str(key), None)

    def expire_all_sessions(self) -> None:
        with self.lock:
            self.sessions.clear()

    # -- surveys ----------------------------------------------------------
    def survey(self, sid: int) -> Survey | None:
        return self.surveys.get(sid)

    def _random_sid(self) -> int:
        while True:
            sid = int("".join(self.rng.choice(SURVEY_ID_DIGITS) for _ in range(6)))
            if sid not in self.surveys:
                return sid

    def import_survey(self, data: bytes | str, new_title: str | None = None, dest_sid: int | None = None) -> int:
        """Import ``.lss`` data; return the survey id.  Raises :class:`~.lss.LssError`."""
        lss = parse_lss(data)
        with self.lock:
            wanted = dest_sid if dest_sid else lss.sid
            sid = wanted if wanted and 0 < wanted and wanted not in self.surveys else self._random_sid()
            survey = self._build_survey(sid, lss, new_title or None)
            self.surveys[sid] = survey
            return sid

    def load_lss(self, source: str | Path | bytes, title: str | None = None) -> int:
        """Import a ``.lss`` file (path) or its bytes; convenience for tests and demos."""
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        return self.import_survey(data, title)

    def _build_survey(self, sid: int, lss: LssSurvey, new_title: str | None) -> Survey:
        gid_map: dict[int, int] = {}
        for g in lss.groups:
            gid_map[g.gid] = self.next_gid
            self.next_gid += 1
        qid_map: dict[int, int] = {}
        for q in lss.questions + lss.subquestions:
            qid_map[q.qid] = self.next_qid
            self.next_qid += 1
        groups = {g.gid: dataclasses.replace(g, gid=gid_map[g.gid], sid=sid, text=dict(g.text), questions=[])
                  for g in lss.groups}

        def clone(q: Question, gid: int, parent: int) -> Question:
            return dataclasses.replace(q, qid=qid_map[q.qid], sid=sid, gid=gid, parent_qid=parent,
                                       text=dict(q.text), attributes=copy.deepcopy(q.attributes),
                                       answers=copy.deepcopy(q.answers), subquestions=[])

        for q in lss.questions:
            group = groups.get(q.gid)
            if group is None:
                continue
            new_q = clone(q, group.gid, 0)
            new_q.subquestions = [clone(s, group.gid, new_q.qid) for s in q.subquestions]
            group.questions.append(new_q)

        props = dict(SURVEY_COLUMNS)
        for name, value in lss.settings.items():
            if name in props:
                props[name] = coerce_property(name, value)
        props.update(sid=sid, active="N", language=lss.languages[0],
                     additional_languages=" ".join(lss.languages[1:]), datecreated=self.now())
        lang_settings = {}
        for lang in lss.languages:
            row = dict(LANGUAGE_COLUMNS)
            for name, value in (lss.language_settings.get(lang) or {}).items():
                if name in row:
                    row[name] = int(value) if name in LANGUAGE_INT_COLUMNS and value.strip().isdigit() else value
            row.update(surveyls_survey_id=sid, surveyls_language=lang)
            if new_title:
                row["surveyls_title"] = new_title
            lang_settings[lang] = row
        return Survey(sid, props, lang_settings, list(groups.values()))

    def delete_survey(self, sid: int) -> bool:
        with self.lock:
            return self.surveys.pop(sid, None) is not None

    def activate_survey(self, sid: int) -> None:
        """Create the response table (``token`` column only for a non-anonymous survey)."""
        with self.lock:
            survey = self.surveys[sid]
            survey.props["active"] = "Y"
            survey.token_column = survey.props.get("anonymized") == "N"
            survey.responses = ResponseTable(survey_fields(survey, token=survey.token_column))

    def activate_tokens(self, sid: int, attributes: Iterable[str] = ()) -> ParticipantTable:
        with self.lock:
            survey = self.surveys[sid]
            if survey.participants is None:
                survey.participants = ParticipantTable(sid, list(attributes), self.rng)
            else:
                survey.participants.add_attributes(list(attributes))
            return survey.participants

    # -- bulk responses -----------------------------------------------------
    def column_index(self, survey: Survey) -> dict[str, int]:
        """Accepted bulk-load keys → column index: SGQA names, fixed columns,
        question codes (``TEAM``), ``CODE[SUB]`` and ``CODE_SUB``."""
        table = survey.responses
        assert table is not None
        cached = getattr(table, "_bulk_keys", None)
        if cached is not None:
            return cached
        keys: dict[str, int] = {}
        for i, f in enumerate(table.fields):
            keys[f.name] = i
            if f.question is not None:
                keys.setdefault(f.code, i)
                if f.sub is not None:
                    keys.setdefault(f"{f.question.title}_{f.sub.title}", i)
        table._bulk_keys = keys  # type: ignore[attr-defined]
        return keys

    def add_responses_bulk(self, sid: int, rows: Iterable[Mapping[str, Any]], *, committed: bool = True) -> list[int]:
        """Store many responses without HTTP; returns their ids.

        Rows are keyed by question code (``GEHOORD``, ``THEMA[OMGANG]``,
        ``KANAAL_TEL``), SGQA name (``156112X2X16OMGANG``) or fixed column
        (``id``, ``submitdate``, ``lastpage``, ``seed``, ``startdate``, …).
        Unknown keys raise ``KeyError`` (unlike add_response, which drops them).

        Defaults mirror a response that reached the server: ``submitdate``
        absent → now, or ``1980-01-01 00:00:00`` when the survey has date
        stamps off (what LimeSurvey stores for a completed web response);
        ``"submitdate": None`` → incomplete; ``startdate``/``datestamp`` absent
        → now (date stamps on); ``startlanguage`` → the survey language.  An
        explicit ``id`` is kept (it must be unused); otherwise ids continue
        from the auto-increment counter.

        ``committed=False`` hands out the ids but keeps the rows invisible, like
        MySQL transactions that have not committed yet; :meth:`commit_responses`
        makes them visible, in any order.
        """
        with self.lock:
            survey = self.surveys[sid]
            table = survey.responses
            if table is None:
                raise ValueError(f"survey {sid} is not active")
            keys = self.column_index(survey)
            norms = table.normalizers
            width = len(table.names)
            now = self.now()
            defaults: list[tuple[str, int, Any]] = [
                ("submitdate", table.index["submitdate"],
                 now if survey.flag("datestamp") else NO_DATESTAMP_SUBMITDATE),
                ("startlanguage", table.index["startlanguage"], survey.language),
            ]
            for name in ("startdate", "datestamp"):
                if name in table.index:
                    defaults.append((name, table.index[name], now))
            ids = []
            plan = {key: (i, norms[i], norms[i] is to_text) for key, i in keys.items()}
            for data in rows:
                row: list[Any] = [None] * width
                for key, value in data.items():
                    try:
                        i, norm, text = plan[key]
                    except KeyError:
                        raise KeyError(f"unknown response column {key!r} for survey {sid}") from None
                    row[i] = value if text and type(value) is str else norm(value)
                for name, i, value in defaults:
                    if name not in data:
                        row[i] = value
                ids.append(table.insert_row(row) if committed else table.reserve_row(row))
            return ids

    def commit_responses(self, sid: int, ids: Iterable[int]) -> None:
        """Make responses added with ``committed=False`` visible, in the order given."""
        with self.lock:
            table = self.surveys[sid].responses
            assert table is not None
            for rid in ids:
                table.commit(rid)
