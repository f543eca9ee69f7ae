"""The portal's routes: thin async views over :mod:`pages`, :mod:`comments`, :mod:`actions`.

Each view finds the public database, checks that the visitor may see it, computes
its page in Datasette's database thread (cached per database file) and renders a
``stemsync_*.html`` template.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

from datasette.utils.asgi import NotFound, Response, asgi_static

from stemsync_portal import access, cache, comments, csvout, data, i18n, pages, questionnaire, report, urls
from stemsync_portal.i18n import _
from stemsync_portal import actions as actionsmod

STATIC = str(resources.files("stemsync_portal") / "static")  # package data (an installed folder)
PUBLIC_TABLES = {"scores", "publication", "instruments"}


async def portal_database(datasette: Any) -> Any:
    """The public database: the one named in the plugin settings, else the first with stemsync's tables."""
    wanted = access.settings(datasette).get("database")
    for name, db in datasette.databases.items():
        if name in ("_internal", "_memory") or (wanted and name != wanted):
            continue
        if PUBLIC_TABLES <= set(await db.table_names()):
            return db
    raise NotFound(_("Er is geen database van stemsync gevonden."))


def _identity(db: Any) -> tuple:
    """The database file as this Database object first saw it. Datasette keeps its
    immutable connections open, so after a new publication it still reads the old
    file; the cache must follow what Datasette reads, not what is on disk now."""
    identity = getattr(db, "_stemsync_identity", None)
    if identity is None:
        identity = cache.file_identity(db.path)
        db._stemsync_identity = identity
    return identity


async def _run(db: Any, key: tuple, compute: Callable[[Any], Any]) -> Any:
    """``compute(conn)`` in a database thread, in this request's language; cached per file and language."""
    full_key = (_identity(db), db.name, i18n.lang()) + key
    found = cache.get(full_key)
    if found is None:
        found = await db.execute_fn(i18n.in_context(compute))
        cache.put(full_key, found)
    return found


async def catalog(db: Any) -> data.Catalog:
    """The catalog (loaded once per file, whatever the language); its words are used for this request."""
    key = (_identity(db), db.name, "catalog")
    found = cache.get(key)
    if found is None:
        found = await db.execute_fn(data.load_catalog)
        cache.put(key, found)
    i18n.set_words(found.vocabulary)
    return found


async def _open(datasette: Any, request: Any, table: str | None = None) -> tuple[Any, data.Catalog]:
    db = await portal_database(datasette)
    checks: list[Any] = [("view-database", db.name), "view-instance"]
    if table:
        checks.insert(0, ("view-table", (db.name, table)))
    await datasette.ensure_permissions(request.actor, checks)
    return db, await catalog(db)


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any], db: Any) -> Response:
    context = {"database": db.name, "page_path": request.path, **context}
    return Response.html(await datasette.render_template([template], context, request=request))


async def home(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request)
    model = await _run(db, ("home",), lambda conn: pages.home(conn, cat))
    return await _render(datasette, request, "stemsync_home.html", {"home": model, "cat": cat}, db)


async def instrument(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request)
    inst = request.url_vars["instrument"]
    if inst not in cat.instruments:
        raise NotFound(_("Deze vragenlijst bestaat niet."))
    unit, period, vraag = (request.args.get(k) or None for k in ("eenheid", "periode", "vraag"))
    model = await _run(db, ("instrument", inst, unit, period, vraag),
                       lambda conn: questionnaire.instrument_page(conn, cat, inst, unit, period, vraag))
    return await _render(datasette, request, "stemsync_instrument.html", {"page": model, "cat": cat}, db)


async def comment_list(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request, "comments")
    f = comments.CommentFilter.from_args(request.args, cat)
    result = await db.execute_fn(i18n.in_context(lambda conn: comments.find(conn, cat, f)))

    def url(**changes: Any) -> str:
        return datasette.urls.path(urls.comments(**f.params(**changes)))

    context = {
        "result": result, "f": f, "cat": cat, "url": url,
        "themes": cat.themes(f.instrument),
        "text_questions": [q for q in cat.questions.get(f.instrument or "", []) if q.kind == "text"],
        "csv_url": datasette.urls.path(urls.csv("opmerkingen", **{k: v for k, v in f.params().items()
                                                                  if k != "pagina"})),
    }
    return await _render(datasette, request, "stemsync_comments.html", context, db)


async def action_list(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request)
    inst = request.args.get("vragenlijst") or None
    inst = inst if inst in cat.instruments else None
    theme = request.args.get("thema") or None
    theme = theme if theme in cat.themes() else None
    status = request.args.get("status") or None
    status = status if status in actionsmod.STATUS_ORDER else None

    def compute(conn: Any) -> dict[str, Any]:
        found = actionsmod.load(conn, cat, inst, theme, status)
        return {"actions": found, "trends": {a.id: actionsmod.trend(conn, cat, a) for a in found[:50]},
                "counts": actionsmod.counts(actionsmod.load(conn, cat))}

    model = await _run(db, ("actions", inst, theme, status), compute)
    context = {"cat": cat, "model": model, "instrument": inst, "theme": theme, "status": status,
               "csv_url": datasette.urls.path(urls.csv("acties", vragenlijst=inst, thema=theme, status=status))}
    return await _render(datasette, request, "stemsync_actions.html", context, db)


async def explain(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request)
    late = await _run(db, ("late",), lambda conn: pages.late_notes(conn, cat))
    return await _render(datasette, request, "stemsync_explain.html",
                         {"cat": cat, "waiting": pages.waiting_note(cat.publication), "late": late}, db)


async def csv_download(datasette: Any, request: Any) -> Response:
    db, cat = await _open(datasette, request)
    builder = csvout.BUILDERS.get(request.url_vars["kind"])
    if builder is None:
        raise NotFound(_("Deze download bestaat niet."))
    try:
        name, headers, rows = await db.execute_fn(i18n.in_context(lambda conn: builder(conn, cat, request.args)))
    except csvout.BadRequest as exc:
        return Response.text(_("Deze download kan niet gemaakt worden: onbekende waarde voor '{name}'.").format(
            name=exc), status=400)
    return Response(csvout.to_csv(headers, rows), content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}.csv"'})


async def report_pdf(datasette: Any, request: Any) -> Response:
    """The quarterly report as a PDF (the same as `stemsync report`), in the visitor's language."""
    db, cat = await _open(datasette, request)
    period = request.args.get("periode") or None
    unit = request.args.get("eenheid") or None
    if (period and period not in cat.periods) or (unit and unit not in cat.units):
        return Response.text(_("Dit rapport kan niet gemaakt worden: onbekende periode of eenheid."), status=400)
    try:
        pdf = await _run(db, ("rapport", period, unit), lambda conn: report.pdf_bytes(conn, period, unit))
    except report.ReportError as exc:
        return Response.text(_("Het rapport kon niet gemaakt worden.") + f" ({exc})", status=503)
    name = f"{_('rapport')}-{period or 'laatste'}.pdf"
    return Response(pdf, content_type="application/pdf",
                    headers={"content-disposition": f'attachment; filename="{name}"'})


async def robots(request: Any) -> Response:
    return Response.text(access.ROBOTS_TXT)


ROUTES = [
    (urls.ROUTE_HOME, home),
    (urls.ROUTE_INSTRUMENT, instrument),
    (urls.ROUTE_COMMENTS, comment_list),
    (urls.ROUTE_ACTIONS, action_list),
    (urls.ROUTE_EXPLAIN, explain),
    (urls.ROUTE_CSV, csv_download),
    (urls.ROUTE_REPORT, report_pdf),
    (urls.ROUTE_ROBOTS, robots),
    (urls.ROUTE_STATIC, asgi_static(STATIC)),
]
