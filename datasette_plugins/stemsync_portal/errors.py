"""Errors the council may see: a Dutch 400 for a bad table parameter, and a 500 that
tells nothing about the server.

Datasette 0.65 answers ``_sort=nosuch``, ``_sort_desc=nosuch`` and ``_through=xyz`` with
a 500 (and a traceback in the log). Those are mistakes in a link, not server errors:
:func:`bad_parameter` recognises them (and any other failure caused by one of
Datasette's ``_`` parameters on a table page) and the portal answers 400 with a Dutch
sentence. Every other unexpected error becomes a plain Dutch 500 page (or JSON) without
the exception's text; the log gets the traceback, but never for the login and logout
pages, whose local variables hold a password (only the exception's class is logged).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from datasette.utils.asgi import Base400, Forbidden, NotFound, Response
from datasette.views.base import DatasetteError

from stemsync_portal import urls
from stemsync_portal.i18n import _

log = logging.getLogger("stemsync.portal")

PARAMETER_ERRORS = (DatasetteError, ValueError, KeyError, TypeError, IndexError, sqlite3.Error)
GENERIC_500 = "Er ging iets mis bij het maken van deze pagina. Probeer het later nog eens."


def bad_parameter(args: Any, exception: Exception) -> str | None:
    """A Dutch sentence if ``exception`` came from a wrong ``_`` parameter, else None."""
    if isinstance(exception, (Base400, Forbidden, NotFound)):
        return None
    if isinstance(exception, DatasetteError) and 400 <= exception.status < 500:
        return None  # Datasette already answers 4xx
    message = str(exception)
    for name in ("_sort", "_sort_desc"):
        value = args.get(name)
        if value and message.startswith("Cannot sort") and message.endswith(f" {value}"):
            return _("Op ‘{value}’ kan niet gesorteerd worden: dat is geen kolom van deze tabel. Kies een kolom "
                     "uit de lijst ‘Sorteer op’.").format(value=value)
    if args.get("_through") and isinstance(exception, (json.JSONDecodeError, KeyError, TypeError, ValueError)):
        return _("De waarde van ‘_through’ in de link klopt niet. Ga terug en kies het filter opnieuw.")
    used = sorted(k for k in args.keys() if k.startswith("_"))
    if used and isinstance(exception, PARAMETER_ERRORS):
        return _("De link bevat een instelling die niet klopt ({names}). Ga terug en probeer het "
                 "opnieuw.").format(names=", ".join(used))
    return None


def _is_door(datasette: Any, request: Any) -> bool:
    return request.path in (datasette.urls.path(urls.LOGIN), datasette.urls.path(urls.LOGOUT))


def handle(datasette: Any, request: Any, exception: Exception) -> Any:
    """The ``handle_exception`` hook: None to let Datasette answer (its 4xx pages)."""
    if request is None or isinstance(exception, (Base400, Forbidden, NotFound)):
        return None
    if isinstance(exception, DatasetteError) and 400 <= exception.status < 500:
        return None
    reason = bad_parameter(request.args, exception)
    status = 400 if reason else 500
    if reason is None:
        if _is_door(datasette, request):
            log.error("error on the login page: %s", type(exception).__name__)
        else:
            log.error("error on %s: %s", request.path, type(exception).__name__,
                      exc_info=(type(exception), exception, exception.__traceback__))

    async def inner() -> Response:
        text = reason or _(GENERIC_500)
        if request.path.endswith(".json"):
            return Response.json({"ok": False, "error": text, "status": status, "title": None}, status=status)
        html = await datasette.render_template("error.html", {"status": status, "error": reason, "title": None},
                                               request=request)
        return Response.html(html, status=status)
    return inner
