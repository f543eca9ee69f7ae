"""The way in: the login form, sessions and logout. The only way in.

- Accounts are the plugin setting ``accounts`` (name -> pbkdf2 hash, usually
  ``{"$env": ...}``); ``stemsync serve`` fills it from ``[portal.accounts]``.
- ``POST /-/login`` checks the CSRF token itself (also when the request has no cookies,
  which Datasette's CSRF middleware lets through), asks the :mod:`throttle` first, then
  checks the password in a thread of its own (never on the event loop, never in
  Datasette's SQL threads), with the same work for unknown names.
- A session is a random id kept on the server (:class:`SessionStore`, in memory, per
  Datasette secret: ``stemsync serve`` keeps one secret per process, so sessions survive
  its restart after a new publication but not a restart of the process). The cookie
  ``stemsync_session`` carries the id, signed; it is HttpOnly, SameSite=Lax, Secure when
  the request came over HTTPS, and expires after ``session_hours`` (default 8). Logout
  deletes the session on the server, so an old cookie is worthless.
- Datasette's own ``ds_actor`` cookie and the ``Authorization`` header are not accepted
  (see :func:`stemsync_portal.access.gate`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from datasette.utils.asgi import Response
from itsdangerous import BadSignature, URLSafeSerializer

from stemsync_portal import access, passwords, throttle, urls
from stemsync_portal.i18n import _

log = logging.getLogger("stemsync.portal")

COOKIE = "stemsync_session"
CSRF_COOKIE = "ds_csrftoken"
DEFAULT_SESSION_HOURS = 8
MAX_SESSIONS = 10_000
MAX_NAME = 100
MAX_PENDING = 16   # password checks waiting for the hashing thread; more get "busy"
HASH_THREADS = 1   # one core at most for password checks, whatever the guessing rate
REFUSAL_PAUSE = 1.0  # seconds a refused (throttled) attempt waits for its answer

_pool = ThreadPoolExecutor(max_workers=HASH_THREADS, thread_name_prefix="stemsync-login")
_pending = 0


@dataclass
class Session:
    user: str
    expires: float


@dataclass
class State:
    """Sessions and the login throttle of one portal (one Datasette secret)."""
    sessions: dict[str, Session] = field(default_factory=dict)
    throttle: throttle.Throttle = field(default_factory=throttle.Throttle)

    def create(self, user: str, hours: float) -> str:
        now = time.time()
        if len(self.sessions) >= MAX_SESSIONS:
            for sid in [s for s, v in self.sessions.items() if v.expires <= now]:
                del self.sessions[sid]
            while len(self.sessions) >= MAX_SESSIONS:
                del self.sessions[next(iter(self.sessions))]
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = Session(user, now + hours * 3600)
        return sid

    def user(self, sid: str) -> str | None:
        session = self.sessions.get(sid)
        if session is None:
            return None
        if session.expires <= time.time():
            del self.sessions[sid]
            return None
        return session.user

    def revoke(self, sid: str) -> None:
        self.sessions.pop(sid, None)


_states: dict[str, State] = {}


def state(datasette: Any) -> State:
    key = hashlib.sha256(str(datasette._secret).encode()).hexdigest()
    return _states.setdefault(key, State())


def accounts(datasette: Any) -> dict[str, str]:
    found = getattr(datasette, "_stemsync_accounts", None)
    if found is None:
        configured = access.settings(datasette).get("accounts") or {}
        found = {str(k): str(v) for k, v in configured.items() if isinstance(v, str) and v}
        datasette._stemsync_accounts = found
    return found


def session_hours(datasette: Any) -> float:
    try:
        hours = float(access.settings(datasette).get("session_hours", DEFAULT_SESSION_HOURS))
    except (TypeError, ValueError):
        hours = DEFAULT_SESSION_HOURS
    return hours if hours > 0 else DEFAULT_SESSION_HOURS


def session_id(datasette: Any, request: Any) -> str | None:
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    try:
        data = datasette.unsign(value, COOKIE)
    except BadSignature:
        return None
    return data.get("s") if isinstance(data, dict) and isinstance(data.get("s"), str) else None


def actor_for(datasette: Any, request: Any) -> dict | None:
    """The logged-in account of this request, if its session is alive and the account still exists."""
    sid = session_id(datasette, request)
    if sid is None:
        return None
    user = state(datasette).user(sid)
    if user is None or user not in accounts(datasette):
        return None
    return {"id": user}


def csrf_ok(datasette: Any, request: Any, form: dict[str, str]) -> bool:
    """The form's token equals the (signed, valid) CSRF cookie: required even without other cookies."""
    cookie = request.cookies.get(CSRF_COOKIE) or ""
    token = form.get("csrftoken") or ""
    if not cookie or not token or not secrets.compare_digest(cookie.encode(), token.encode()):
        return False
    try:
        URLSafeSerializer(datasette._secret).loads(cookie, "csrftoken")
    except BadSignature:
        return False
    return True


def client_address(request: Any) -> str:
    client = request.scope.get("client")
    return str(client[0]) if client else "onbekend"


async def check_password(password: str, stored: str) -> bool | None:
    """Verify in the login thread; None when too many checks are already waiting."""
    global _pending
    if _pending >= MAX_PENDING:
        return None
    _pending += 1
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool, passwords.verify, password, stored)
    finally:
        _pending -= 1


def _dummy(datasette: Any, known: dict[str, str]) -> str:
    cached = getattr(datasette, "_stemsync_dummy_hash", None)
    iterations = max((passwords.iterations_of(h) for h in known.values()), default=passwords.ITERATIONS)
    if cached is None or passwords.iterations_of(cached) != iterations:
        cached = passwords.dummy_hash(iterations)
        datasette._stemsync_dummy_hash = cached
    return cached


async def _page(datasette: Any, request: Any, template: str, context: dict[str, Any], status: int = 200,
                headers: dict[str, str] | None = None) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status, headers=headers or {})


async def login(datasette: Any, request: Any) -> Response:
    """``GET /-/login``: the form. ``POST``: CSRF, throttle, password (in a thread), session."""
    known = accounts(datasette)
    context: dict[str, Any] = {"error": None if known else _("Er zijn nog geen accounts ingesteld. Vraag de "
                                                             "beheerder van het portaal om een account.")}
    if request.method != "POST":
        if actor_for(datasette, request):
            return Response.redirect(datasette.urls.path(urls.HOME))
        return await _page(datasette, request, "stemsync_login.html", context)
    form = await request.post_vars()
    if not csrf_ok(datasette, request, form):
        context["error"] = _("Het formulier is verlopen of niet compleet. Laad de pagina opnieuw en probeer het "
                             "nog eens.")
        return await _page(datasette, request, "stemsync_login.html", context, status=403)
    name = (form.get("username") or "").strip()[:MAX_NAME]
    password = form.get("password") or ""
    address = client_address(request)
    keys = {"account": name.casefold(), "address": address}
    who = f"account {name!r}" if name in known else "an unknown name"
    gate = state(datasette).throttle
    refusal = gate.check(keys)
    if refusal is not None:
        # the answer itself waits a moment (costs nothing here): a guessing loop slows down
        await asyncio.sleep(min(REFUSAL_PAUSE, refusal.seconds))
        log.warning("login refused (%s) for %s from %s: wait %d s", "locked" if refusal.locked else "throttled",
                    who, address, refusal.seconds)
        context["error"] = refusal.message()
        return await _page(datasette, request, "stemsync_login.html", context, status=429,
                           headers={"retry-after": str(refusal.seconds)})
    ok = await check_password(password, known.get(name) or _dummy(datasette, known))
    if ok is None:
        log.warning("login refused: too many password checks at once (from %s)", address)
        context["error"] = _("Het is nu erg druk. Probeer het over een minuut opnieuw.")
        return await _page(datasette, request, "stemsync_login.html", context, status=503,
                           headers={"retry-after": "60"})
    if not ok or name not in known:
        gate.failed(keys)
        log.warning("login failed for %s from %s", who, address)
        context["error"] = _("De gebruikersnaam of het wachtwoord klopt niet. Probeer het nog eens.")
        return await _page(datasette, request, "stemsync_login.html", context)
    gate.succeeded(keys)
    hours = session_hours(datasette)
    sid = state(datasette).create(name, hours)
    log.info("login: account %r from %s", name, address)
    response = Response.redirect(datasette.urls.path(urls.HOME))
    set_session_cookie(datasette, request, response, datasette.sign({"s": sid}, COOKIE), int(hours * 3600))
    return response


def set_session_cookie(datasette: Any, request: Any, response: Response, value: str, max_age: int) -> None:
    response.set_cookie(COOKIE, value, max_age=max_age, path=datasette.urls.path("/"), httponly=True,
                        samesite="lax", secure=access.is_https(request.scope))


async def logout(datasette: Any, request: Any) -> Response:
    """``GET /-/logout``: a page with the button. ``POST``: end the session on the server."""
    actor = actor_for(datasette, request)
    if request.method != "POST":
        if not actor:
            return Response.redirect(datasette.urls.path(urls.LOGIN))
        return await _page(datasette, request, "stemsync_logout.html", {})
    form = await request.post_vars()
    if not csrf_ok(datasette, request, form):
        return await _page(datasette, request, "stemsync_logout.html",
                           {"error": _("Het formulier is verlopen. Klik nog een keer op Uitloggen.")}, status=403)
    sid = session_id(datasette, request)
    if sid:
        state(datasette).revoke(sid)
    if actor:
        log.info("logout: account %r", actor["id"])
    response = Response.redirect(datasette.urls.path(urls.LOGIN))
    set_session_cookie(datasette, request, response, "", 0)
    datasette.add_message(request, _("U bent uitgelogd."), datasette.INFO)  # Datasette writes it to the response
    return response


ROUTES = [(urls.ROUTE_LOGIN, login), (urls.ROUTE_LOGOUT, logout)]
