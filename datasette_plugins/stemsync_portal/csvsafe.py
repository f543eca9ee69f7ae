"""CSV cells that a spreadsheet would run as a formula are made harmless.

A comment such as ``=HYPERLINK("http://...")`` or ``@SUM(...)`` becomes a live formula
when the council opens the download in Excel (CSV injection). Every cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe,
which Excel and LibreOffice show as text. Plain numbers (``-0,5``, ``+3``) are left
alone: they cannot be formulas.

:func:`neutralise` is used by the portal's own CSV downloads; :func:`wrap_send` rewrites
the CSV Datasette itself streams (``/db/table.csv``), record by record, as it passes
through the portal's door.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from typing import Any

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def neutralise(cell: Any) -> Any:
    """The cell, with an apostrophe in front if a spreadsheet would take it for a formula."""
    if isinstance(cell, str) and cell.startswith(DANGEROUS) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def neutralise_row(row: list[Any]) -> list[Any]:
    return [neutralise(cell) for cell in row]


class Rewriter:
    """Rewrites a CSV byte stream (Datasette's dialect: comma, double quotes, CRLF) a
    complete record at a time; a record ends at a newline outside quotes."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""

    def feed(self, data: bytes, final: bool = False) -> bytes:
        text = self.pending + self.decoder.decode(data, final)
        end, quotes, pos = 0, 0, 0
        for part in text.split("\n")[:-1]:
            pos += len(part) + 1
            quotes += part.count('"')
            if quotes % 2 == 0:
                end = pos
        if final:
            end = len(text)
        complete, self.pending = text[:end], text[end:]
        if not complete:
            return b""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(complete, newline="")):
            writer.writerow(neutralise_row(row))
        return out.getvalue().encode("utf-8")


def wrap_send(send: Callable) -> Callable:
    """An ASGI ``send`` that rewrites a successful CSV (text/csv or text/plain) response."""
    rewriter: Rewriter | None = None

    async def wrapped(message: dict) -> None:
        nonlocal rewriter
        if message.get("type") == "http.response.start":
            headers = message.get("headers") or []
            kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            if message.get("status") == 200 and kind.startswith((b"text/csv", b"text/plain")):
                rewriter = Rewriter()
                message = dict(message, headers=[(k, v) for k, v in headers if k.lower() != b"content-length"])
        elif message.get("type") == "http.response.body" and rewriter is not None:
            final = not message.get("more_body", False)
            message = dict(message, body=rewriter.feed(message.get("body", b""), final))
        await send(message)
    return wrapped
