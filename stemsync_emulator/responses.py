"""The response table of an active survey, built for large exports.

Rows are plain lists aligned with the column list, kept in a dict by id plus
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
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from .fields import Field

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
