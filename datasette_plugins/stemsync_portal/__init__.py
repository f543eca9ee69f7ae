"""stemsync's portal for the client council: a Datasette 0.65 plugin.

Loaded through the ``datasette`` entry point (``pip install -e .``), so a plain
``datasette public.db`` gets it too. Every hook is small; the logic lives in the
modules next to this file and is tested without Datasette.

Settings (metadata ``plugins`` → ``stemsync-portal``): ``open`` (default false: a
login is required) and ``database`` (the public database's name, if there are more).
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from jinja2 import ChoiceLoader, PackageLoader

from stemsync_portal import access, door, errors, fmt, i18n, translate, urls, views

__version__ = "0.1.0"


SIDE_DOORS = ("auth_passwords", "datasette_auth_passwords")


def close_side_doors() -> None:
    """datasette-auth-passwords, where still installed, would accept HTTP Basic auth on
    every request (unthrottled, hashing on the event loop) and add its own login link and
    pages: the portal has one way in, its own login form (door.py). (The door also refuses
    any Authorization header, so this is belt and braces.)"""
    from datasette.plugins import pm

    for name in SIDE_DOORS:
        if not pm.is_blocked(name):
            pm.set_blocked(name)


@hookimpl
def startup() -> None:
    close_side_doors()


@hookimpl(tryfirst=True)
def register_routes() -> list:
    """The portal's pages (first, so its /-/login and /-/logout win over other plugins')."""
    return door.ROUTES + views.ROUTES


@hookimpl(tryfirst=True)
def actor_from_request(datasette: Any, request: Any) -> dict | None:
    """The account of a live session (door.py); nothing else logs anyone in."""
    return door.actor_for(datasette, request)


@hookimpl
def skip_csrf(datasette: Any, scope: dict) -> bool | None:
    """The login and logout forms check their CSRF token themselves (always, with a Dutch
    message), so Datasette's middleware, which skips requests without cookies, stays out."""
    path = scope.get("path", "")
    return True if path in (datasette.urls.path(urls.LOGIN), datasette.urls.path(urls.LOGOUT)) else None


@hookimpl(tryfirst=True)
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    return errors.handle(datasette, request, exception)


@hookimpl
def menu_links(datasette: Any, actor: dict | None) -> list[dict[str, str]]:
    """The main navigation, for whoever may see the portal."""
    if not actor and access.login_required(access.settings(datasette)):
        return []
    return [{"href": datasette.urls.path(path), "label": i18n._(label)} for label, path in urls.NAV]


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """Our templates first (also before other plugins' login page), Dutch filters, and
    defaults for pages Datasette renders without plugin variables (its error pages)."""
    if not getattr(env, "_stemsync_portal", False):
        env.loader = ChoiceLoader([PackageLoader("stemsync_portal", "templates"), env.loader])  # package data
        env._stemsync_portal = True
    env.globals.update(nl=translate, portal=_portal(datasette, None), portal_css=datasette.urls.path(urls.CSS),
                       portal_url=lambda name, *args, **params: datasette.urls.path(urls.build(name, *args, **params)),
                       _=i18n.template_text, tr=i18n._, lang=i18n.DEFAULT)
    env.filters.update(nl_number=fmt.number, nl_count=fmt.count, nl_date=fmt.long_date,
                       nl_period=fmt.period_label, nl_theme=fmt.theme_label, nl_column=translate.column,
                       nl_lookup=translate.lookup, nl_message=translate.message)


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path(urls.CSS)]


def _portal(datasette: Any, request: Any) -> dict[str, Any]:
    """What base.html needs: title, the data link and whether a login is required."""
    config = access.settings(datasette)
    names = [n for n in datasette.databases if n not in ("_internal", "_memory")]
    database = config.get("database") or (names[0] if names else None)
    return {
        "title": datasette.metadata("title") or "Wat cliënten zeggen",
        "data_path": datasette.urls.database(database) if database else None,
        "login_required": access.login_required(config),
        "current": request.path if request is not None else "",
    }


@hookimpl
def extra_template_vars(datasette: Any, request: Any) -> dict[str, Any]:
    """The portal's variables, the page's language and the switch to the other language."""
    language = i18n.lang()
    switch = None
    if request is not None:
        other = "en" if language == "nl" else "nl"
        switch = {"lang": other, "label": i18n.NAMES[other],
                  "href": i18n.switch_url(request.path, request.query_string, other)}
    return {"portal": _portal(datasette, request), "nl": translate, "lang": language, "lang_switch": switch}


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    return lambda app: i18n.gate(access.gate(datasette, app))


@hookimpl(trylast=True)
def permission_allowed(datasette: Any, actor: dict | None, action: str) -> bool | None:
    return access.decide(action, actor, access.login_required(access.settings(datasette)))


@hookimpl(tryfirst=True)
def forbidden(datasette: Any, request: Any, message: str) -> Any:
    """Not logged in: go to the login page. Logged in: a Dutch 'Geen toegang' page."""
    async def inner() -> Response:
        if request.actor is None and access.login_required(access.settings(datasette)):
            return Response.redirect(datasette.urls.path(urls.LOGIN))
        html = await datasette.render_template("error.html", {"status": 403, "error": message}, request=request)
        return Response.html(html, status=403)
    return inner
