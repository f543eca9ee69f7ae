"""Finished pages, kept per account: the database is immutable, so a page is the same
every time the same account asks for it.

The portal opens the public database immutable, and ``stemsync serve`` starts a new
Datasette for each publication, so a response depends only on the request: its path and
query string, the account, the language and the other cookies (say ``stemsync_lang``).
The cache keys on exactly those. The only per-browser part of a page is the CSRF token
in its forms (the logout button); a page is stored with the token of the browser that
caused it and served to another browser of the same account with that browser's own
(valid, signed) token put in its place. Anything else is not cached: POSTs, the login
and logout pages, requests without a valid CSRF cookie or with flash messages waiting,
answers other than 200 HTML or JSON, answers that set cookies, and large answers.

One cache per Datasette instance (a new publication gets a new, empty one), bounded in
bytes, least recently used out first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from http.cookies import SimpleCookie
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer

from stemsync_portal import i18n, urls

MAX_BYTES = 64 * 2**20
MAX_ENTRY = 2 * 2**20
CSRF_COOKIE = "ds_csrftoken"
SKIP_COOKIES = {CSRF_COOKIE, "stemsync_session"}  # the session is in the key as the account
CACHED_TYPES = (b"text/html", b"application/json")


class ResponseCache:
    def __init__(self, max_bytes: int = MAX_BYTES):
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[tuple, tuple[int, list, bytes, str]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> tuple[int, list, bytes, str] | None:
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
        else:
            self.misses += 1
        return found

    def put(self, key: tuple, status: int, headers: list, body: bytes, token: str) -> None:
        if len(body) > MAX_ENTRY:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old[2])
        self.entries[key] = (status, headers, body, token)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped[2])


def cache_of(datasette: Any) -> ResponseCache:
    cache = getattr(datasette, "_stemsync_response_cache", None)
    if cache is None:
        cache = datasette._stemsync_response_cache = ResponseCache()
    return cache


def cookies(scope: dict) -> dict[str, str]:
    jar = SimpleCookie()
    for key, value in scope.get("headers") or []:
        if key.lower() == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header: no caching for it
                return {"": "malformed"}
    return {k: m.value for k, m in jar.items()}


def request_key(datasette: Any, scope: dict, path: str, actor: dict | None) -> tuple[tuple, str] | None:
    """(key, this browser's CSRF token), or None if this request is not to be cached."""
    if scope.get("method") != "GET" or path in (urls.LOGIN, urls.LOGOUT) or path.startswith(urls.OPEN_PREFIXES):
        return None
    jar = cookies(scope)
    if "" in jar or "ds_messages" in jar:
        return None
    token = jar.get(CSRF_COOKIE)
    if not token:
        return None
    try:
        URLSafeSerializer(datasette._secret).loads(token, "csrftoken")
    except BadSignature:
        return None
    language = next((v for k, v in scope.get("headers") or [] if k.lower() == b"accept-language"), b"")
    others = tuple(sorted((k, v) for k, v in jar.items() if k not in SKIP_COOKIES))
    key = (scope.get("raw_path") or scope.get("path", "").encode(), scope.get("query_string") or b"",
           (actor or {}).get("id"), i18n.lang(), others, language)
    return key, token


async def replay(entry: tuple[int, list, bytes, str], token: str, send: Callable) -> None:
    status, headers, body, stored_token = entry
    if stored_token != token:
        body = body.replace(stored_token.encode(), token.encode())
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def recording(cache: ResponseCache, key: tuple, token: str, send: Callable) -> Callable:
    """A ``send`` that also keeps a cacheable answer."""
    state: dict[str, Any] = {"keep": False, "chunks": [], "size": 0}

    async def wrapped(message: dict) -> None:
        if message.get("type") == "http.response.start":
            headers = message.get("headers") or []
            kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            state["keep"] = (message.get("status") == 200 and kind.startswith(CACHED_TYPES)
                             and not any(k.lower() == b"set-cookie" for k, _ in headers))
            state["start"] = (message.get("status"), list(headers))
        elif message.get("type") == "http.response.body" and state["keep"]:
            body = message.get("body", b"")
            state["size"] += len(body)
            if state["size"] > MAX_ENTRY:
                state["keep"], state["chunks"] = False, []
            else:
                state["chunks"].append(body)
            if not message.get("more_body", False) and state["keep"]:
                status, headers = state["start"]
                cache.put(key, status, headers, b"".join(state["chunks"]), token)
        await send(message)
    return wrapped
