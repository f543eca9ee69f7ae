"""Who may see what: the door in front of Datasette, the permission rules and the headers.

By default the portal asks for a login (plugin setting ``open``: false). Then every
request without a logged-in actor gets a redirect to ``/-/login``, except the login
page itself, static files, ``/robots.txt`` and the favicon. On top of that, for
everyone, logged in or not:

- nobody may run SQL or download the database file;
- of Datasette's ``/-/`` pages only the portal's own exist (login, logout, static files,
  ``/-/stemsync/...``): ``/-/versions``, ``/-/plugins``, ``/-/settings``,
  ``/-/databases``, ``/-/metadata``, ``/-/threads``, ``/-/actor`` and the debug pages
  answer "not found";
- every response carries the security headers of :data:`SECURITY_HEADERS` (a
  Content-Security-Policy without ``unsafe-inline``, no framing, no sniffing, no
  referrer) and ``X-Robots-Tag``;
- an over-long URL is refused (414), a POST over 64 KB too (413), before Datasette sees them;
- a request with an ``Authorization`` header is refused (400): the login form is the
  only way in (no HTTP Basic auth, no tokens), and a malformed header cannot reach
  code that would choke on it;
- Datasette's own ``ds_actor`` cookie is dropped: only the portal's server-side
  sessions (:mod:`stemsync_portal.door`) log anyone in;
- every CSV Datasette writes goes through :mod:`stemsync_portal.csvsafe`;
- finished pages are kept per account (:mod:`stemsync_portal.respcache`): the database
  is immutable, so the same request gets the same page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from datasette.utils import await_me_maybe
from datasette.utils.asgi import Request, Response

from stemsync_portal import csvsafe, respcache, urls
from stemsync_portal.i18n import _

PLUGIN = "stemsync-portal"
LOGIN = urls.LOGIN
VIEW_ACTIONS = frozenset({"view-instance", "view-database", "view-table", "view-query"})
NEVER = frozenset({"execute-sql", "view-database-download", "permissions-debug", "debug-menu"})
ROBOTS_TXT = "User-agent: *\nDisallow: /\n"
MAX_QUERY = 4096   # bytes of query string; a search of a few sentences fits easily
MAX_PATH = 2048
MAX_BODY = 64 * 1024  # bytes of a POST body (the login form is a few hundred)
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-robots-tag", b"noindex, nofollow"),
]
ROBOTS_HEADER = SECURITY_HEADERS[-1]
_REPLACED = {name for name, _ in SECURITY_HEADERS} | {b"cache-control"}

Scope = dict[str, Any]
App = Callable[[Scope, Callable, Callable], Awaitable[None]]


def settings(datasette: Any) -> dict[str, Any]:
    """The plugin's settings (with ``$env`` resolved), read once per Datasette instance:
    they do not change while it runs, and resolving them costs more than a cached page."""
    found = getattr(datasette, "_stemsync_settings", None)
    if found is None:
        found = datasette._stemsync_settings = datasette.plugin_config(PLUGIN) or {}
    return found


def login_required(config: dict[str, Any]) -> bool:
    """True unless the organisation chose to publish openly (``open: true``)."""
    return not bool(config.get("open", False))


def path_is_open(path: str) -> bool:
    """Paths served without a login: the login page, static files, robots.txt."""
    return path in urls.OPEN_PATHS or path.startswith(urls.OPEN_PREFIXES)


def path_exists(path: str) -> bool:
    """False for Datasette's own ``/-/`` pages (introspection, debug, tools): only the portal's exist."""
    if not path.startswith("/-/"):
        return True
    return path in urls.PORTAL_PATHS or path.startswith(urls.PORTAL_PREFIXES)


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


def with_headers(send: Callable, private: bool, https: bool) -> Callable:
    """Security headers (and, for pages behind the login, no caching) on every response."""
    extra = list(SECURITY_HEADERS)
    if private:
        extra.append((b"cache-control", b"private, no-store"))
    if https:
        extra.append((b"strict-transport-security", b"max-age=31536000"))

    async def wrapped(message: dict) -> None:
        if message.get("type") == "http.response.start":
            headers = [h for h in message.get("headers", [])
                       if h[0].lower() not in _REPLACED or (h[0].lower() == b"cache-control" and not private)]
            message = dict(message, headers=headers + extra)
        await send(message)
    return wrapped


def is_https(scope: Scope) -> bool:
    """Reached over HTTPS: directly, or through a proxy uvicorn trusts (it then sets the scheme)."""
    return scope.get("scheme") == "https"


async def plain(send: Callable, status: int, text: str) -> None:
    await Response.text(text, status=status).asgi_send(send)


def without_cookie(scope: Scope, name: str) -> Scope:
    """The scope with cookie ``name`` taken out of every Cookie header."""
    headers, changed = [], False
    for key, value in scope.get("headers") or []:
        if key.lower() == b"cookie":
            parts = [p for p in value.split(b";") if p.strip().split(b"=", 1)[0].strip() != name.encode()]
            if len(parts) != len(value.split(b";")):
                changed = True
                if not parts:
                    continue
                value = b";".join(parts).strip()
        headers.append((key, value))
    return dict(scope, headers=headers) if changed else scope


def body_too_large(scope: Scope) -> bool:
    """A POST bigger than the portal's forms ever are (login, logout): refused unread."""
    for key, value in scope.get("headers") or []:
        if key.lower() == b"content-length":
            return not value.strip().isdigit() or int(value) > MAX_BODY
    return False


def has_authorization(scope: Scope) -> bool:
    return any(key.lower() == b"authorization" for key, _ in scope.get("headers") or [])


def is_datasette_csv(path: str, scope: Scope) -> bool:
    """A CSV that Datasette writes (the portal's own, under /-/stemsync/csv/, are safe already)."""
    if path.startswith(urls.PREFIX + "/"):
        return False
    return path.endswith(".csv") or b"_format=csv" in (scope.get("query_string") or b"")


def gate(datasette: Any, app: App) -> App:
    """ASGI wrapper: headers on every response; without login only the open paths."""
    async def portal_gate(scope: Scope, receive: Callable, send: Callable) -> None:
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        path = route_path(scope, datasette.setting("base_url"))
        needs_login = login_required(settings(datasette))
        send = with_headers(send, needs_login and not path.startswith(urls.OPEN_PREFIXES), is_https(scope))
        if len(scope.get("query_string") or b"") > MAX_QUERY or len(path) > MAX_PATH:
            await plain(send, 414, _("Deze link is te lang. Ga terug en kies minder of kortere zoekwoorden."))
            return
        if scope.get("method") not in ("GET", "HEAD") and body_too_large(scope):
            await plain(send, 413, _("Dit formulier is te groot. Ga terug en probeer het opnieuw."))
            return
        if has_authorization(scope):
            await plain(send, 400, _("Dit portaal kent geen inloggen met een Authorization-header (zoals HTTP "
                                     "Basic). Log in met het formulier op {login}.").format(
                                         login=datasette.urls.path(LOGIN)))
            return
        scope = without_cookie(scope, "ds_actor")
        if is_datasette_csv(path, scope):
            send = csvsafe.wrap_send(send)
        if not path_exists(path):
            missing = datasette.urls.path(urls.NOT_FOUND)
            scope = dict(scope, path=missing, raw_path=missing.encode("ascii"))
            await app(scope, receive, send)
            return
        actor = None if path_is_open(path) else await actor_of(datasette, scope, receive)
        if needs_login and not path_is_open(path) and actor is None:
            response = Response.redirect(datasette.urls.path(LOGIN))
            await response.asgi_send(send)
            return
        cacheable = respcache.request_key(datasette, scope, path, actor)
        if cacheable is not None:
            key, token = cacheable
            cache = respcache.cache_of(datasette)
            entry = cache.get(key)
            if entry is not None:
                await respcache.replay(entry, token, send)
                return
            send = respcache.recording(cache, key, token, send)
        await app(scope, receive, send)
    return portal_gate
