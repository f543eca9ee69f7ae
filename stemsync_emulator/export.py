"""``export_responses`` documents (JSON and CSV), byte for byte like LimeSurvey 6.2.1.

* JSON: ``{"responses": [`` + one ``json_encode``d object per response,
  comma-separated + ``]}``; an empty selection is ``{"responses": []}``
  (recording 02 #14).
* CSV: UTF-8 BOM, ``;`` separators, every header and value double-quoted,
  ``\\r\\n`` line ends plus one extra ``\\r\\n`` at the end (recording 01
  #21).  Without any row LimeSurvey writes neither BOM nor header, only the
  final ``\\r\\n`` (its writer emits both with the first row; not recorded).
* Response type ``short``: stored values; ``id``/``lastpage`` ints, empty
  answers null.  ``long``: labels in the export language (``"Helemaal niet"``,
  ``"Ja"``, ``"N/A"``), the fixed columns as strings (``"id":"1"``,
  ``"lastpage":""``), empty list answers null but empty texts ``""``
  (recording 01 #23, 02 #12).  Multiple choice: ``Y`` → Yes, ``N`` or ``""``
  (web-filled, recording 04 #2) → No, null → N/A.
* Heading ``code``: question code, ``CODE[SUB]``; ``full``: the question text
  and ``" [subquestion]"`` in the export language, fixed columns translated.
* ``fields``: SGQA names; any other name (a question code) becomes a column
  of nulls headed by that name (recording 02 #15, #16).
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable

from .i18n import special_label, word
from .model import Field, ResponseTable, Survey
from .phpjson import php_json_flat

_LINEBREAK = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


class ExportError(Exception):
    """Raised for document types the emulator does not produce."""


def flatten(text: str) -> str:
    """LimeSurvey's flattenText: no tags, entities decoded, whitespace collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", text or ""))).strip()


def ellipsize(text: str, length: int, ellipsis: str = ".. ") -> str:
    if len(text) <= length:
        return text
    return text[: max(length - len(ellipsis), 0)] + ellipsis


def heading_text(field: Field, lang: str, length: int | None = None) -> str:
    if field.question is None:
        return special_label(field.name, lang)
    text = flatten(field.question.question_text(lang))
    if length:
        text = ellipsize(text, length)
    if field.sub is not None:
        sub = flatten(field.sub.question_text(lang))
        if length:
            sub = ellipsize(sub, length)
        if sub:
            text += f" [{sub}]"
    return text


def heading(field: Field | None, name: str, style: str, lang: str) -> str:
    if field is None:
        return name
    if style == "full":
        return heading_text(field, lang)
    if style == "abbreviated":
        return heading_text(field, lang, 15)
    if style == "codetext":
        return f"{field.code}. {heading_text(field, lang)}"
    return field.code


class _Labels:
    """Answer-code → label lookups per question, cached for one export."""

    def __init__(self, lang: str):
        self.lang = lang
        self._cache: dict[int, dict[str, str]] = {}

    def __call__(self, field: Field) -> dict[str, str]:
        q = field.question
        assert q is not None
        labels = self._cache.get(q.qid)
        if labels is None:
            labels = {a.code: a.text.get(self.lang, "") for a in q.answers if a.scale_id == 0}
            self._cache[q.qid] = labels
        return labels


def long_answer(field: Field, value: Any, lang: str, labels: _Labels) -> Any:
    """SurveyObj::getFullAnswer for the question types the emulator knows."""
    t = field.type
    if field.question is None:
        return "" if value is None else str(value)
    if t in ("L", "!"):
        if value == "-oth-":
            return word("Other", lang)
        return labels(field).get(value) if value is not None else None
    if t in ("N", "K"):
        return value
    if t == "Y":
        return word({"Y": "Yes", "N": "No"}.get(value, "N/A"), lang)
    if t == "G":
        return word({"M": "Male", "F": "Female"}.get(value, "N/A"), lang)
    if t in ("M", "P"):
        if value == "Y":
            return word("Yes", lang)
        if value in ("N", ""):
            return word("No", lang)
        return word("N/A", lang)
    if t == "C":
        text = {"Y": "Yes", "N": "No", "U": "Uncertain"}.get(value)
        return word(text, lang) if text else None
    if t == "E":
        text = {"I": "Increase", "S": "Same", "D": "Decrease"}.get(value)
        return word(text, lang) if text else None
    if t in ("F", "H"):
        return labels(field).get(value, "") if value is not None else ""
    if t == "O":
        return labels(field).get(value, value) if value is not None else None
    if t == "R":
        return labels(field).get(value) if value is not None else None
    return "" if value is None else str(value)


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return '"' + _LINEBREAK.sub("\n", text).replace('"', '""') + '"'


def export_document(
    survey: Survey,
    table: ResponseTable,
    rows: Iterable[list[Any]],
    *,
    doc_type: str,
    lang: str,
    heading_style: str,
    response_type: str,
    fields: list[str] | None,
) -> bytes:
    """Render ``rows`` of ``table`` as LimeSurvey would export them."""
    if doc_type not in ("json", "csv"):
        raise ExportError(f"Export type {doc_type!r} is not supported by the emulator (json, csv only)")
    fmap = {f.name: f for f in table.fields if f.name != "token" or survey.export_has_token}
    selected = list(fmap) if fields is None else [str(name) for name in fields]
    columns = [(table.index.get(name), fmap.get(name)) for name in selected]
    headers = [heading(field, name, heading_style, lang) for name, (_, field) in zip(selected, columns)]
    labels = _Labels(lang)
    long = response_type == "long"

    def values(row: list[Any]) -> list[Any]:
        out = []
        for idx, field in columns:
            value = row[idx] if idx is not None else None
            if long and field is not None:
                value = long_answer(field, value, lang, labels)
            out.append(value)
        return out

    if doc_type == "json":
        parts = [php_json_flat(dict(zip(headers, values(row)))) for row in rows]
        return ('{"responses": [' + ",".join(parts) + "]}").encode("utf-8")

    lines = [";".join(_csv_cell(v) for v in values(row)) for row in rows]
    if not lines:
        return b"\r\n"
    header = ";".join(_csv_cell(h) for h in headers)
    return ("\ufeff" + header + "\r\n" + "".join(line + "\r\n" for line in lines) + "\r\n").encode("utf-8")
