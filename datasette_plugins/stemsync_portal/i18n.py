"""The portal's language (Dutch by default, or English) and its words.

The language of a request comes from ``?lang=en`` on any URL (kept for the session in
the cookie ``stemsync_lang``) or that cookie; :func:`gate` sets it for the request. The
words for codes (themes, roles, statuses, months) come from the public database's
``vocabulary`` table, set per request with :func:`use`. Both live in context variables,
so the plain functions in ``fmt``, ``figures`` and ``pages`` need no extra argument;
work in Datasette's database threads runs inside :func:`use` (threads do not inherit them).

Interface texts are written in Dutch in the code and templates, wrapped in ``_()``; the
English for each is in :mod:`stemsync_portal.english`. A test checks every ``_()`` text
has its English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
COOKIE = "stemsync_lang"
NAMES = {"nl": "Nederlands", "en": "English"}

Words = Mapping[tuple[str, str, str], Mapping[str, str]]  # (kind, code, form) -> language -> word

_lang: ContextVar[str] = ContextVar("stemsync_lang", default=DEFAULT)
_words: ContextVar[Words] = ContextVar("stemsync_words", default={})


def lang() -> str:
    return _lang.get()


def english() -> bool:
    return _lang.get() == "en"


@contextmanager
def use(language: str | None = None, words: Words | None = None) -> Iterator[None]:
    """Run a block in ``language`` with ``words`` (None: keep the current one)."""
    tokens = []
    if language is not None:
        tokens.append((_lang, _lang.set(language if language in LANGUAGES else DEFAULT)))
    if words is not None:
        tokens.append((_words, _words.set(words)))
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


def set_words(words: Words) -> None:
    """Use ``words`` for the rest of this request (the gate resets them afterwards)."""
    _words.set(words)


def in_context(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` wrapped to run with this request's language and words, e.g. in a database thread."""
    language, words = _lang.get(), _words.get()

    def run(*args: Any, **kwargs: Any) -> Any:
        with use(language, words):
            return fn(*args, **kwargs)
    return run


def word(kind: str, code: str | None, form: str = "label") -> str | None:
    """The vocabulary's word for a code in the current language, or None."""
    found = _words.get().get((kind, str(code), form))
    return found.get(_lang.get()) if found else None


def _(text: str) -> str:
    """The interface text ``text`` (written in Dutch) in the current language."""
    if _lang.get() == DEFAULT:
        return text
    from stemsync_portal.english import ENGLISH
    return ENGLISH.get(text, text)


def template_text(text: str, **values: Any) -> Any:
    """``_()`` for templates: the translation as markup (our texts may hold tags), the values escaped."""
    from markupsafe import Markup

    translated = Markup(_(text))
    return translated.format(**values) if values else translated


def pick(nl: str | None, en: str | None) -> str:
    """A text the database holds in both languages: the one for the current language."""
    return (en or nl or "") if english() else (nl or en or "")


# -- choosing the language of a request ----------------------------------------------------


def requested(query_string: bytes, cookie_header: str | None) -> tuple[str, bool]:
    """(language, whether ?lang= asked for it) from the query string and the cookie."""
    asked = parse_qs(query_string.decode("latin-1")).get("lang", [])
    if asked and asked[-1] in LANGUAGES:
        return asked[-1], True
    if cookie_header:
        jar = SimpleCookie()
        try:
            jar.load(cookie_header)
        except Exception:  # a malformed cookie header: ignore it
            return DEFAULT, False
        if COOKIE in jar and jar[COOKIE].value in LANGUAGES:
            return jar[COOKIE].value, False
    return DEFAULT, False


def cookie_header(language: str, secure: bool = False) -> tuple[bytes, bytes]:
    """A session cookie (no expiry: gone when the browser closes) that keeps the language."""
    value = f"{COOKIE}={language}; Path=/; SameSite=Lax" + ("; Secure" if secure else "")
    return b"set-cookie", value.encode("ascii")


def gate(app: Callable) -> Callable:
    """ASGI wrapper: sets the language for the request; ``?lang=`` also sets the cookie."""
    async def language_gate(scope: dict, receive: Callable, send: Callable) -> None:
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        language, asked = requested(scope.get("query_string", b""), headers.get("cookie"))

        async def send_with_cookie(message: dict) -> None:
            if message.get("type") == "http.response.start":
                message = dict(message, headers=list(message.get("headers", []))
                               + [cookie_header(language, scope.get("scheme") == "https")])
            await send(message)

        lang_token, words_token = _lang.set(language), _words.set({})
        try:
            await app(scope, receive, send_with_cookie if asked else send)
        finally:
            _words.reset(words_token)
            _lang.reset(lang_token)
    return language_gate


def switch_url(path: str, query_string: str, language: str) -> str:
    """The current page in ``language``: the same path and arguments, with ``lang`` replaced."""
    args = [(k, v) for k, vs in parse_qs(query_string, keep_blank_values=True).items() if k != "lang" for v in vs]
    from urllib.parse import urlencode
    return path + "?" + urlencode(args + [("lang", language)])
