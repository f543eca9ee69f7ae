"""The portal's structure and its headers: URLs in one module, navigation through
``menu_links``, few template overrides, no inline script or style anywhere (so the
Content-Security-Policy needs no ``unsafe-inline``), security headers on every
response, Datasette's introspection pages closed, long URLs refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_portal_fixtures import login_cookie, raw_request

import stemsync_portal
from stemsync_portal import urls

pytest_plugins = ["test_portal_fixtures"]

PLUGIN_DIR = Path(stemsync_portal.__file__).parent
PAGES = ["/", "/-/stemsync/opmerkingen", "/-/stemsync/opmerkingen?zoek=wachtlijst", "/-/stemsync/acties",
         "/-/stemsync/uitleg", "/-/stemsync/vragenlijst/exit", "/-/stemsync/vragenlijst/samen-sterker",
         "/public", "/public/scores", "/public/scores?_facet=period", "/public/comments?_search=wachtlijst",
         "/public/units/team:team-noord", "/bestaat-niet", "/public/bestaat-niet", "/-/versions"]
INTROSPECTION = ["/-/versions", "/-/versions.json", "/-/plugins", "/-/plugins.json", "/-/settings",
                 "/-/settings.json", "/-/config", "/-/config.json", "/-/databases", "/-/databases.json",
                 "/-/metadata", "/-/metadata.json", "/-/threads", "/-/threads.json", "/-/actor", "/-/actor.json",
                 "/-/messages", "/-/allow-debug", "/-/permissions", "/-/patterns", "/-/password-tool",
                 "/-/auth-token", "/-/create-token", "/-/api", "/-/debug"]


def assert_security_headers(headers, where: str) -> None:
    csp = headers.get("content-security-policy", "")
    assert csp, where
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp, where
    assert headers.get("x-frame-options") == "DENY", where
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("referrer-policy") == "no-referrer", where
    assert headers.get("x-robots-tag") == "noindex, nofollow", where


INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> element"),
    (re.compile(r"<[^>]+\sstyle=", re.I), "style attribute"),
    (re.compile(r"<[^>]+\son[a-z]+=", re.I), "event handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def assert_no_inline_code(html: str, where: str) -> None:
    for pattern, what in INLINE:
        found = pattern.search(html)
        assert not found, f"{what} on {where}: {found.group(0)[:120] if found else ''}"


@pytest.mark.asyncio
async def test_security_headers_on_every_response(auth_ds):
    cookies = login_cookie(auth_ds)
    anonymous = ["/", "/-/login", "/robots.txt", "/-/static-plugins/stemsync_portal/portal.css",
                 "/-/static/app.css", "/public/comments.json", "/-/versions", "/bestaat-niet"]
    for path in anonymous:
        r = await auth_ds.client.get(path)
        assert_security_headers(r.headers, f"anonymous {path} ({r.status_code})")
    for path in PAGES + ["/-/stemsync/csv/acties.csv", "/public/scores.csv", "/public/scores.json"]:
        r = await auth_ds.client.get(path, cookies=cookies)
        assert_security_headers(r.headers, f"logged in {path} ({r.status_code})")
        if not path.startswith("/-/static"):
            assert "no-store" in r.headers.get("cache-control", ""), path  # council data stays out of caches


@pytest.mark.asyncio
async def test_no_inline_scripts_or_styles(auth_ds, open_ds):
    """Every page the portal shows, Datasette's own included, works under script-src/style-src 'self'."""
    cookies = login_cookie(auth_ds)
    for ds, jar in ((auth_ds, cookies), (open_ds, {})):
        for path in PAGES:
            r = await ds.client.get(path, cookies=jar)
            assert r.status_code in (200, 404), path
            assert_no_inline_code(r.text, path)
    login = await auth_ds.client.get("/-/login")
    assert login.status_code == 200 and "Inloggen" in login.text
    assert_no_inline_code(login.text, "/-/login")
    home = (await auth_ds.client.get("/", cookies=cookies)).text
    assert 'class="swatch swatch-' in home  # the legend colours are classes now
    css = (await auth_ds.client.get(urls.CSS)).text
    for color in re.findall(r'swatch-([0-9a-f]{6})"', home):
        assert f".swatch-{color} " in css, color


@pytest.mark.asyncio
async def test_introspection_pages_are_closed_to_the_council(auth_ds, open_ds, public_db):
    cookies = login_cookie(auth_ds)
    for ds, jar in ((auth_ds, cookies), (open_ds, {})):
        for path in INTROSPECTION:
            r = await ds.client.get(path, cookies=jar)
            assert r.status_code == 404, path
            assert str(public_db.parent) not in r.text and "datasette" not in r.text.split("</main>")[0].lower(), path
    for path in ("/.json", "/public.json", "/public/scores.json"):
        r = await auth_ds.client.get(path, cookies=cookies)
        assert r.status_code == 200 and str(public_db.parent) not in r.text, path


@pytest.mark.asyncio
async def test_long_query_strings_are_refused(auth_ds):
    cookie = "; ".join(f"{k}={v}" for k, v in login_cookie(auth_ds).items())
    long = b"wacht" * 20_000  # 100 KB
    for path, query in ((b"/public/comments", b"_search=" + long), (b"/-/stemsync/opmerkingen", b"zoek=" + long)):
        status, headers, body = await raw_request(auth_ds, path, cookie, query)
        assert status == 414 and "te lang" in body.decode()
        assert sum(len(k) + len(v) for k, v in headers.items()) < 2000  # no 100 KB Link header
    ok = await auth_ds.client.get("/-/stemsync/opmerkingen?zoek=" + "wacht " * 100, cookies=login_cookie(auth_ds))
    assert ok.status_code == 200


def test_portal_urls_live_in_one_module():
    """No '/-/stemsync' or '/-/login' written anywhere in the plugin but urls.py."""
    offenders = []
    for path in sorted(PLUGIN_DIR.rglob("*")):
        if path.suffix not in (".py", ".html") or path.name == "urls.py":
            continue
        text = path.read_text(encoding="utf-8")
        code = text if path.suffix == ".html" else re.sub(r'"""[\s\S]*?"""', "", text)  # docstrings may mention them
        for needle in ("/-/stemsync", "/-/login", "/-/logout"):
            if needle in code:
                offenders.append(f"{path.name}: {needle}")
    assert not offenders, offenders


def test_only_the_needed_templates_are_overridden():
    """Datasette's templates the portal replaces: the page frame, the database, table, row
    and error pages. Everything else of ours has a stemsync_ prefix."""
    import datasette

    theirs = {p.name for p in (Path(datasette.__file__).parent / "templates").glob("*.html")}
    ours = {p.name for p in (PLUGIN_DIR / "templates").glob("*.html")}
    overridden = ours & theirs
    assert overridden <= {"base.html", "database.html", "table.html", "row.html", "error.html", "logout.html"}
    assert all(name.startswith("stemsync_") for name in ours - theirs - {"password_login.html"})


@pytest.mark.asyncio
async def test_navigation_comes_from_menu_links(auth_ds):
    from stemsync_portal import menu_links

    links = menu_links(auth_ds, {"id": "raad"})
    assert [link["label"] for link in links] == [label for label, _ in urls.NAV]
    assert menu_links(auth_ds, None) == []  # login required: no navigation before it
    home = (await auth_ds.client.get("/", cookies=login_cookie(auth_ds))).text
    for link in links:
        assert f'href="{link["href"]}"' in home
    assert 'href="/" aria-current="page"' in home
