"""The participant (token) table of a survey.

``activate_tokens(key, sid, [1])`` creates it with ``attribute_1``;
``add_participants`` answers each stored row in the key order of recording 01
#31 / 03 #17: the column defaults (sent, remindersent, remindercount,
completed, usesleft, emailstatus), then the given fields in the given order,
then ``token``, ``language`` (""), ``tid`` (a *string*), then
participant_id/blacklisted/validfrom/validuntil/mpid (null).  Read back
(list_participants, get_participant_properties) ``tid`` is an int.
"""

from __future__ import annotations

import random
import string
from typing import Any

BASE_COLUMNS = [
    "tid", "participant_id", "firstname", "lastname", "email", "emailstatus", "token",
    "language", "blacklisted", "sent", "remindersent", "remindercount", "completed",
    "usesleft", "validfrom", "validuntil", "mpid",
]
INT_COLUMNS = frozenset({"tid", "remindercount", "usesleft", "mpid"})
_DEFAULTS = {"sent": "N", "remindersent": "N", "remindercount": 0, "completed": "N", "usesleft": 1,
             "emailstatus": "OK"}
_TRAILING = ["participant_id", "blacklisted", "validfrom", "validuntil", "mpid"]
TOKEN_ALPHABET = string.ascii_letters + string.digits


class ParticipantTable:
    """Rows by tid, plus the list of attribute_N columns."""

    def __init__(self, sid: int, attributes: list[str], rng: random.Random):
        self.sid = sid
        self.attributes = list(dict.fromkeys(attributes))
        self.rows: dict[int, dict[str, Any]] = {}
        self.next_tid = 1
        self._rng = rng

    @property
    def columns(self) -> list[str]:
        return BASE_COLUMNS + self.attributes

    def add_attributes(self, attributes: list[str]) -> None:
        for name in attributes:
            if name not in self.attributes:
                self.attributes.append(name)

    def new_token(self, length: int) -> str:
        existing = {row.get("token") for row in self.rows.values()}
        while True:
            token = "".join(self._rng.choice(TOKEN_ALPHABET) for _ in range(length))
            if token not in existing:
                return token

    def add(self, data: dict[str, Any], *, create_token: bool, token_length: int) -> dict[str, Any]:
        """Store one participant; return the row as add_participants shows it."""
        columns = set(self.columns) - {"tid"}
        given = {k: v for k, v in data.items() if k in columns}
        shown: dict[str, Any] = dict(_DEFAULTS)
        shown.update(given)  # a given default keeps its place, like a Yii attribute
        if "token" not in given:
            shown["token"] = self.new_token(token_length) if create_token else None
        elif create_token and not given["token"]:
            shown["token"] = self.new_token(token_length)
        if "language" not in given:
            shown["language"] = ""
        tid = self.next_tid
        self.next_tid += 1
        shown["tid"] = str(tid)
        for key in _TRAILING:
            shown.setdefault(key, None)
        stored = {col: None for col in self.columns}
        stored.update(_DEFAULTS)
        stored.update({k: v for k, v in shown.items() if k in stored})
        stored["tid"] = tid
        for col in INT_COLUMNS:
            if stored[col] is not None:
                try:
                    stored[col] = int(stored[col])
                except (TypeError, ValueError):
                    stored[col] = 0
        self.rows[tid] = stored
        return shown

    def find(self, conditions: dict[str, Any]) -> list[dict[str, Any]]:
        """Rows matching all conditions exactly (compared as strings, like SQL)."""
        def match(row: dict[str, Any]) -> bool:
            return all(row.get(k) is None if v is None else str(row.get(k)) == str(v)
                       for k, v in conditions.items())
        return [row for _, row in sorted(self.rows.items()) if match(row)]
