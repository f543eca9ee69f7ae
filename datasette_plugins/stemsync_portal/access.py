"""Who may see what: the login gate, the permission rules and the robots header.

By default the portal asks for a login (plugin setting ``open``: false). Then every
request without a logged-in actor gets a redirect to ``/-/login``, except the login
page itself, static files, ``/robots.txt`` and the favicon. On top of that, nobody
may run SQL or download the database file, open or not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from datasette.utils import await_me_maybe
from datasette.utils.asgi import Request, Response

PLUGIN = "stemsync-portal"
LOGIN = "/-/login"
OPEN_PATHS = frozenset({LOGIN, "/-/logout", "/robots.txt", "/favicon.ico"})
OPEN_PREFIXES = ("/-/static/", "/-/static-plugins/")
# Debug and tool pages the council never needs: answered as "not found".
BLOCKED_PATHS = frozenset({"/-/password-tool", "/-/allow-debug", "/-/messages", "/-/permissions", "/-/patterns",
                           "/-/threads", "/-/threads.json", "/-/auth-token"})
NOT_FOUND_PATH = "/-/niet-gevonden"
VIEW_ACTIONS = frozenset({"view-instance", "view-database", "view-table", "view-query"})
NEVER = frozenset({"execute-sql", "view-database-download", "permissions-debug", "debug-menu"})
ROBOTS_TXT = "User-agent: *\nDisallow: /\n"
ROBOTS_HEADER = (b"x-robots-tag", b"noindex, nofollow")

Scope = dict[str, Any]
App = Callable[[Scope, Callable, Callable], Awaitable[None]]


def settings(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


def login_required(config: dict[str, Any]) -> bool:
    """True unless the organisation chose to publish openly (``open: true``)."""
    return not bool(config.get("open", False))


def path_is_open(path: str) -> bool:
    """Paths served without a login: the login page, static files, robots.txt."""
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


def decide(action: str, actor: dict | None, needs_login: bool) -> bool | None:
    """The portal's answer for a permission check (None: no opinion, Datasette decides)."""
    if action in NEVER:
        return False
    if needs_login and not actor and action in VIEW_ACTIONS:
        return False
    return None


def route_path(scope: Scope, base_url: str) -> str:
    raw = scope.get("raw_path")
    path = raw.decode("ascii", "replace") if raw else scope.get("path", "/")
    path = path.partition("?")[0]
    if base_url != "/" and path.startswith(base_url):
        path = "/" + path[len(base_url):]
    return path


async def actor_of(datasette: Any, scope: Scope, receive: Callable) -> dict | None:
    """The actor Datasette would see for this request (cookie or other auth plugins)."""
    from datasette.plugins import pm

    request = Request(scope, receive)
    for candidate in pm.hook.actor_from_request(datasette=datasette, request=request):
        actor = await await_me_maybe(candidate)
        if actor:
            return actor
    return None


def with_robots_header(send: Callable) -> Callable:
    async def wrapped(message: dict) -> None:
        if message.get("type") == "http.response.start":
            headers = [h for h in message.get("headers", []) if h[0].lower() != ROBOTS_HEADER[0]]
            message = dict(message, headers=headers + [ROBOTS_HEADER])
        await send(message)
    return wrapped


def gate(datasette: Any, app: App) -> App:
    """ASGI wrapper: robots header on every response; without login only the open paths."""
    async def portal_gate(scope: Scope, receive: Callable, send: Callable) -> None:
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        send = with_robots_header(send)
        path = route_path(scope, datasette.setting("base_url"))
        if path in BLOCKED_PATHS:
            missing = datasette.urls.path(NOT_FOUND_PATH)
            scope = dict(scope, path=missing, raw_path=missing.encode("ascii"))
        elif (login_required(settings(datasette)) and not path_is_open(path)
              and await actor_of(datasette, scope, receive) is None):
            response = Response.redirect(datasette.urls.path(LOGIN))
            response.headers["cache-control"] = "no-store"
            await response.asgi_send(send)
            return
        await app(scope, receive, send)
    return portal_gate
