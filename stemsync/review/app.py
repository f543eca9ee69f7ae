"""``stemsync review serve``: the review page for staff, a small app of its own.

It is **never** part of the council portal: Datasette loads every plugin registered
by entry point, so this is a separate Starlette app (no entry point) on the *private*
database, listening on 127.0.0.1 by default, with its own accounts (password hashes
from ``[review.accounts]`` or ``[review] accounts_file``; the same pbkdf2 format and
helper as the portal). Sessions are signed cookies (SameSite=Strict, HttpOnly); every
form carries a CSRF token bound to the session; every response carries security
headers (a strict Content-Security-Policy without inline script, no framing, no
caching, no referrer, not indexed).

Pages (Dutch, B1): the queue (``/``) with counts, highlighted risk words and a form per
comment; one comment (``/tekst/ID``) to approve, edit or withhold with a reason;
bulk approval of texts without a risk signal; recent decisions (``/besluiten``).
Keyboard: every control is a labelled form element in reading order; ``j``/``k`` move
between comments, ``g`` approves, ``a`` opens the edit page, ``t`` jumps to the
withhold reason (review.js, optional: everything works without script).
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from stemsync.review import queue
from stemsync.review.risk import LABELS
from stemsync.settings import HASH_PATTERN, Config, ConfigError

HERE = Path(__file__).resolve().parent
SECRET_ENV = "STEMSYNC_REVIEW_SECRET"
SESSION_COOKIE = "stemsync_review"
SESSION_HOURS = 8
PER_PAGE = 50
MAX_PER_PAGE = 1000
MAX_FAILURES = 5          # failed logins per user name ...
FAILURE_WINDOW = 300      # ... within this many seconds lock the name for the rest of the window
USER_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")

SIGNAL_NAMES = {"naam": "Naam of plaats", "hoofdletter": "Hoofdletter", "onbekend": "Onbekend woord",
                "zeldzaam": "Zeldzaam woord", "getal": "Getal", "restant": "Rest van een naam",
                "specifiek": "Veel details", "twijfel": "Twijfel", "teken": "@ of #"}
STATUS_NL = {queue.WAITING: "wacht", queue.APPROVED: "goedgekeurd", queue.WITHHELD: "tegengehouden"}
ACTION_NL = {"approve": "goedgekeurd", "edit": "aangepast en goedgekeurd", "withhold": "tegengehouden"}

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


class ReviewAppError(ConfigError):
    """The review page cannot start; the message says what to change."""


@dataclass(frozen=True)
class ReviewSettings:
    host: str = "127.0.0.1"
    port: int = 8002
    accounts: Mapping[str, str] = field(default_factory=dict)


def read_accounts_file(path: Path) -> dict[str, str]:
    """``name = hash`` (or ``name: hash``) per line; ``#`` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReviewAppError(f"[review] accounts_file: cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ReviewAppError(f"[review] accounts_file: {path} is not UTF-8 text") from None
    accounts = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"([^\s=:]+)\s*[=:]\s*\"?([^\s\"]+)\"?", line)
        if not match or not USER_RE.fullmatch(match.group(1)):
            raise ReviewAppError(f"[review] accounts_file {path}, line {number}: write name = pbkdf2_sha256$... "
                                 "(a name of letters, digits, '.', '_', '-')")
        if not re.fullmatch(HASH_PATTERN, match.group(2)):
            raise ReviewAppError(f"[review] accounts_file {path}, line {number}: this is not a password hash. Never "
                                 "write a password itself; make a hash with `stemsync review serve --hash-password`")
        accounts[match.group(1)] = match.group(2)
    return accounts


def review_settings(config: Config) -> ReviewSettings:
    section = config.section("review")
    accounts = dict(section.get("accounts") or {})
    if section.get("accounts_file"):
        for user, value in read_accounts_file(Path(section["accounts_file"])).items():
            accounts.setdefault(user, value)
    return ReviewSettings(section.get("host") or "127.0.0.1", section.get("port") or 8002, accounts)


# -- helpers -----------------------------------------------------------------------


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, signal or None) for <mark>; overlapping spans: the first wins."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, signal in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], signal))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def context_of(item: queue.Item) -> str:
    """Where a text comes from, for the reviewer: 'opmerking · exit · TIPS · 2026-K3'."""
    parts = ["actie ('Jij zei, wij deden')" if item.source == "action" else "opmerking",
             item.instrument, item.question, item.period]
    if item.occurrences > 1:
        parts.append(f"{item.occurrences} keer geschreven")
    return " · ".join(p for p in parts if p)


class LoginGuard:
    """Failed logins per user name: after MAX_FAILURES within FAILURE_WINDOW seconds, wait."""

    def __init__(self) -> None:
        self.failures: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    def blocked(self, user: str) -> bool:
        now = time.monotonic()
        with self.lock:
            recent = [t for t in self.failures.get(user.lower(), []) if now - t < FAILURE_WINDOW]
            self.failures[user.lower()] = recent
            return len(recent) >= MAX_FAILURES

    def failed(self, user: str) -> None:
        with self.lock:
            self.failures.setdefault(user.lower(), []).append(time.monotonic())

    def succeeded(self, user: str) -> None:
        with self.lock:
            self.failures.pop(user.lower(), None)


# -- the app -----------------------------------------------------------------------


def make_app(db_path: Path | str, accounts: Mapping[str, str], secret: str | None = None,
             https_only: bool = False):
    """The review app on the private database ``db_path`` (its queue tables are created if missing)."""
    from stemsync_portal.passwords import verify as verify_password  # pbkdf2_sha256, the accounts' format
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.sessions import SessionMiddleware
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, RedirectResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
    from starlette.templating import Jinja2Templates

    db_path = Path(db_path)
    if not accounts:
        raise ReviewAppError("the review page needs at least one account: add [review.accounts] name = \"<hash>\" "
                             "(make a hash with `stemsync review serve --hash-password`) or [review] accounts_file")
    for user, value in accounts.items():
        if not USER_RE.fullmatch(user) or not re.fullmatch(HASH_PATTERN, value or ""):
            raise ReviewAppError(f"[review.accounts] {user}: not a user name with a password hash")
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        if not conn.execute("select 1 from sqlite_master where name = 'deployments'").fetchone():
            raise ReviewAppError(f"{db_path} is not stemsync's private database; give the private database "
                                 "(STEMSYNC_DB or [database] raw), never the public one")
        with conn:
            queue.ensure_schema(conn)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(signal_names=SIGNAL_NAMES, status_nl=STATUS_NL, action_nl=ACTION_NL, labels=LABELS)
    guard = LoginGuard()
    dummy_hash = next(iter(accounts.values()))

    @contextlib.contextmanager
    def connect() -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(db_path, timeout=15)
        try:
            conn.execute("pragma busy_timeout = 15000")
            yield conn
        finally:
            conn.close()

    def user_of(request: Request) -> str | None:
        user = request.session.get("user")
        started = request.session.get("since", 0)
        if user in accounts and time.time() - started < SESSION_HOURS * 3600:
            return user
        return None

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        context = {"user": user_of(request), "csrf": csrf_token(request),
                   "flash": request.session.pop("flash", None), **context}
        return templates.TemplateResponse(request, name, context, status_code=status)

    async def checked_form(request: Request) -> Any:
        """The posted form, when its CSRF token matches the session's (and the origin is ours)."""
        origin = request.headers.get("origin")
        if origin and origin != "null" and origin.rstrip("/") != f"{request.url.scheme}://{request.url.netloc}":
            return None
        form = await request.form()
        token, expected = form.get("csrf", ""), request.session.get("csrf", "")
        if not expected or not hmac.compare_digest(str(token), str(expected)):
            return None
        return form

    async def signed_in_form(request: Request) -> tuple[str, Any] | Response:
        """The reviewer and the form of a decision post, or the response that refuses it."""
        user = user_of(request)
        if not user:
            return to_login(request)
        form = await checked_form(request)
        if form is None:
            return forbidden()
        return user, form

    def forbidden() -> Response:
        return PlainTextResponse("Dit formulier is verlopen of komt niet van deze pagina. Ga terug, laad de "
                                 "pagina opnieuw en probeer het nog eens.", status_code=403)

    def to_login(request: Request) -> Response:
        return RedirectResponse(f"/inloggen?{urlencode({'terug': request.url.path})}", status_code=303)

    def safe_next(value: str | None) -> str:
        return value if value and value.startswith("/") and not value.startswith("//") else "/"

    # -- login

    async def login_page(request: Request) -> Response:
        return render(request, "review_login.html", {"terug": safe_next(request.query_params.get("terug")),
                                                     "error": None, "name": ""})

    async def login(request: Request) -> Response:
        form = await checked_form(request)
        if form is None:
            return forbidden()
        name, password = str(form.get("naam", "")).strip(), str(form.get("wachtwoord", ""))
        terug = safe_next(str(form.get("terug", "/")))
        if guard.blocked(name):
            return render(request, "review_login.html", {"terug": terug, "name": name, "error":
                          "Te vaak een verkeerd wachtwoord. Wacht vijf minuten en probeer het opnieuw."}, 429)
        stored = accounts.get(name)
        ok = verify_password(password, stored or dummy_hash) and stored is not None  # same work for unknown names
        if not ok:
            guard.failed(name)
            return render(request, "review_login.html", {"terug": terug, "name": name, "error":
                          "Naam of wachtwoord klopt niet."}, 401)
        guard.succeeded(name)
        request.session.clear()
        request.session.update({"user": name, "since": time.time(), "csrf": secrets.token_urlsafe(32)})
        return RedirectResponse(terug, status_code=303)

    async def logout(request: Request) -> Response:
        form = await checked_form(request)
        if form is None:
            return forbidden()
        request.session.clear()
        return RedirectResponse("/inloggen", status_code=303)

    # -- the queue

    def queue_page(request: Request) -> Response:
        if not user_of(request):
            return to_login(request)
        which = request.query_params.get("toon", "alle")
        flagged = {"signaal": True, "zonder": False}.get(which)
        try:
            per_page = max(1, min(MAX_PER_PAGE, int(request.query_params.get("per_page", PER_PAGE))))
            page = max(1, int(request.query_params.get("pagina", 1)))
        except ValueError:
            per_page, page = PER_PAGE, 1
        with connect() as conn:
            counts = queue.counts(conn)
            rows = queue.waiting_rows(conn, flagged=flagged, limit=per_page, offset=(page - 1) * per_page)
        total = {"alle": counts["waiting"], "signaal": counts["waiting_flagged"],
                 "zonder": counts["waiting"] - counts["waiting_flagged"]}.get(which, counts["waiting"])
        return render(request, "review_queue.html", {
            "counts": counts, "items": [fragment(row) for row in rows], "item_ids": [row[0] for row in rows],
            "toon": which if which in ("signaal", "zonder") else "alle",
            "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)), "total": total})

    fragments: dict[tuple, Any] = {}
    fragment_template = templates.env.get_template("review_fragment.html")

    def fragment(row: tuple) -> Any:
        """One waiting text's HTML, rendered once per content (the page lists up to 1,000 of them)."""
        html = fragments.get(row)
        if html is None:
            from markupsafe import Markup

            item = queue.item_from_row(row)
            html = Markup(fragment_template.render(item=item, pieces=highlight(item.text, item.spans),
                                                   context=context_of(item)))
            if len(fragments) > 20000:
                fragments.clear()
            fragments[row] = html
        return html

    def item_page(request: Request) -> Response:
        if not user_of(request):
            return to_login(request)
        item_id = request.path_params["item_id"]
        with connect() as conn:
            try:
                item = queue.get(conn, item_id)
            except queue.ReviewError:
                return render(request, "review_missing.html", {"item_id": item_id}, 404)
            history = conn.execute(f"select reviewer, decided_at, action, reason, text from {queue.DECISIONS} "
                                   "where item = ? order by id", (item_id,)).fetchall()
        return render(request, "review_item.html", {"item": item, "pieces": highlight(item.text, item.spans),
                                                    "history": history, "error": None})

    def next_waiting(conn: sqlite3.Connection, after: int) -> str:
        items = queue.waiting(conn, limit=2)
        nxt = next((i for i in items if i.id != after), None)
        return f"/#tekst-{nxt.id}" if nxt else "/"

    async def decide(request: Request) -> Response:
        got = await signed_in_form(request)
        if isinstance(got, Response):
            return got
        user, form = got
        item_id, action = request.path_params["item_id"], request.path_params["action"]
        back = safe_next(str(form.get("terug", "/")))
        with connect() as conn:
            try:
                queue.get(conn, item_id)
                if action == "goedkeuren":
                    queue.approve(conn, [item_id], user, str(form.get("reden", "")).strip() or None)
                    message = f"Tekst {item_id} is goedgekeurd."
                elif action == "aanpassen":
                    queue.edit(conn, item_id, str(form.get("tekst", "")), user, str(form.get("reden", "")) or None)
                    message = f"Tekst {item_id} is aangepast en goedgekeurd."
                elif action == "tegenhouden":
                    queue.withhold(conn, item_id, str(form.get("reden", "")), user)
                    message = f"Tekst {item_id} is tegengehouden."
                else:
                    return PlainTextResponse("Onbekende actie.", status_code=404)
            except queue.ReviewError as exc:
                with connect() as c2:
                    history = c2.execute(f"select reviewer, decided_at, action, reason, text from {queue.DECISIONS} "
                                         "where item = ? order by id", (item_id,)).fetchall()
                try:
                    item = queue.get(conn, item_id)
                except queue.ReviewError:
                    return render(request, "review_missing.html", {"item_id": item_id}, 404)
                return render(request, "review_item.html", {
                    "item": item, "pieces": highlight(item.text, item.spans), "history": history,
                    "error": dutch_error(str(exc))}, 400)
            target = next_waiting(conn, item_id) if back == "/" else back
        request.session["flash"] = message + " Het komt op het portaal na de volgende publicatie." \
            if action != "tegenhouden" else message
        return RedirectResponse(target, status_code=303)

    async def approve_from_list(request: Request) -> Response:
        """The queue page is one form: each "Goedkeuren" button posts its text's id."""
        got = await signed_in_form(request)
        if isinstance(got, Response):
            return got
        user, form = got
        value = str(form.get("id", ""))
        if not value.isdigit():
            return PlainTextResponse("Kies een tekst.", status_code=400)
        item_id = int(value)
        with connect() as conn:
            try:
                queue.approve(conn, [item_id], user)
            except queue.ReviewError:
                return render(request, "review_missing.html", {"item_id": item_id}, 404)
            target = next_waiting(conn, item_id)
        request.session["flash"] = (f"Tekst {item_id} is goedgekeurd. Het komt op het portaal na de volgende "
                                    "publicatie.")
        return RedirectResponse(target, status_code=303)

    async def approve_unflagged(request: Request) -> Response:
        got = await signed_in_form(request)
        if isinstance(got, Response):
            return got
        user, form = got
        ids = [int(v) for v in form.getlist("id") if str(v).isdigit()]
        if form.get("gelezen") != "ja":
            request.session["flash"] = "Zet eerst een vinkje bij 'Ik heb deze teksten gelezen'."
            return RedirectResponse("/?toon=zonder", status_code=303)
        with connect() as conn:
            n = queue.approve_waiting(conn, user, unflagged_only=True, ids=ids)
        request.session["flash"] = f"{n} tekst(en) zonder signaal goedgekeurd."
        return RedirectResponse("/", status_code=303)

    def decisions_page(request: Request) -> Response:
        if not user_of(request):
            return to_login(request)
        with connect() as conn:
            rows = queue.recent_decisions(conn, 100)
        return render(request, "review_decisions.html", {"rows": rows})

    async def not_found(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("Deze pagina bestaat niet.", status_code=404)

    class Headers:
        def __init__(self, app: Any):
            self.app = app

        async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await self.app(scope, receive, send)
                return

            async def send_with_headers(message: dict) -> None:
                if message["type"] == "http.response.start":
                    headers = [(k, v) for k, v in message.get("headers", [])
                               if k.decode().lower() not in SECURITY_HEADERS]
                    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                    message = {**message, "headers": headers}
                await send(message)

            await self.app(scope, receive, send_with_headers)

    routes = [
        Route("/", queue_page),
        Route("/inloggen", login_page, methods=["GET"]),
        Route("/inloggen", login, methods=["POST"]),
        Route("/uitloggen", logout, methods=["POST"]),
        Route("/tekst/{item_id:int}", item_page, methods=["GET"]),
        Route("/tekst/{item_id:int}/{action:str}", decide, methods=["POST"]),
        Route("/goedkeuren", approve_from_list, methods=["POST"]),
        Route("/zonder-signaal-goedkeuren", approve_unflagged, methods=["POST"]),
        Route("/besluiten", decisions_page),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = [
        Middleware(Headers),
        Middleware(SessionMiddleware, secret_key=secret or os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32),
                   session_cookie=SESSION_COOKIE, max_age=SESSION_HOURS * 3600, same_site="strict",
                   https_only=https_only),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={404: not_found})


def dutch_error(message: str) -> str:
    if "reason" in message:
        return "Schrijf waarom u de tekst tegenhoudt."
    if "edited text is empty" in message:
        return "De tekst is leeg. Wilt u de tekst niet tonen? Kies dan Tegenhouden en schrijf waarom."
    if "longer than" in message:
        return "De tekst of reden is te lang."
    return "Dat lukte niet. Probeer het opnieuw."


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(db_path: Path, config: Config, host: str | None = None, port: int | None = None,
          echo: Any = print) -> None:
    """Run the review page until Ctrl+C (uvicorn)."""
    import uvicorn

    settings = review_settings(config)
    host, port = host or settings.host, port or settings.port
    if not Path(db_path).is_file():
        raise ReviewAppError(f"the private database {db_path} does not exist; give it with --db, STEMSYNC_DB or "
                             "[database] raw")
    app = make_app(db_path, settings.accounts)
    if not is_loopback(host):
        echo(f"Note: listening on {host}, not only on this machine; put it behind HTTPS on a private network.")
    echo(f"Review page for staff: http://{host}:{port}/  (stop with Ctrl+C)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)


@contextlib.contextmanager
def bench_client(db_path: Path | str) -> Iterator[Any]:
    """For bench/bench_review.py: an in-process client, logged in; yields get(url) -> (status, bytes)."""
    from starlette.testclient import TestClient

    from stemsync.portal import hash_password

    password = secrets.token_urlsafe(16)
    app = make_app(db_path, {"bench": hash_password(password)})
    with TestClient(app) as client:
        page = client.get("/inloggen")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        client.post("/inloggen", data={"naam": "bench", "wachtwoord": password, "csrf": token, "terug": "/"})

        def get(url: str) -> tuple[int, int]:
            response = client.get(url)
            return response.status_code, len(response.content)

        yield get


__all__ = ["ReviewAppError", "ReviewSettings", "bench_client", "context_of", "highlight", "make_app", "review_settings",
           "serve"]
