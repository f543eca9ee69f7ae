"""Nothing from the private database reaches the portal, and without a login nothing but
the login page, static files and robots.txt is served.

The private database holds planted personal data (a staff name, a phone number and an
e-mail address in a comment, a phone number in a team value, a comment from a group too
small to publish). The portal runs on the public database built from it; every link
reachable from the home page is followed, plus the JSON and CSV of every table.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from test_portal_fixtures import (PLANTED_STRINGS, RAW_ONLY_COLUMNS, config, login_cookie, query,
                                  raw_request)

from stemsync.portal import PortalError, make_datasette

MAX_PAGES = 600
SKIP = ("/-/logout",)

pytest_plugins = ["test_portal_fixtures"]


def links(html: str, base: str) -> set[str]:
    found = set()
    for ref in re.findall(r'(?:href|src|action)="([^"#]*)', html):
        ref = unescape(ref)
        if not ref or ref.startswith(("mailto:", "javascript:")):
            continue
        url = urljoin("http://localhost" + base, ref)
        parts = urlsplit(url)
        if parts.netloc != "localhost":
            continue
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def assert_clean(text: str, where: str) -> None:
    lower = text.lower()
    for planted in PLANTED_STRINGS:
        assert planted.lower() not in lower, f"{planted!r} on {where}"
    for column in RAW_ONLY_COLUMNS:
        assert column not in lower, f"raw column {column!r} on {where}"


async def crawl(ds, cookies: dict[str, str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    tables = [row[0] for row in query(ds.databases["public"].path,
                                      "select name from sqlite_master where type in ('table', 'view')")]
    todo = ["/", "/-/stemsync/opmerkingen", "/-/stemsync/acties", "/-/stemsync/uitleg", "/public",
            "/.json", "/public.json", "/-/metadata.json", "/-/databases.json", "/-/plugins.json", "/-/settings.json",
            "/-/versions.json", "/-/actor.json"]
    for table in tables:
        todo += [f"/public/{table}", f"/public/{table}.json?_size=max", f"/public/{table}.csv?_size=max",
                 f"/public/{table}.json?_shape=array&_size=max&_labels=on"]
    while todo and len(seen) < MAX_PAGES:
        path = todo.pop(0)
        if path in seen or path.startswith(SKIP):
            continue
        r = await ds.client.get(path, cookies=cookies)
        seen[path] = r.status_code
        assert r.status_code in (200, 302, 400, 403, 404), (path, r.status_code)
        assert_clean(r.text, path)
        assert str(Path(ds.databases["public"].path).parent) not in r.text, f"the database's path on {path}"
        if r.status_code == 200 and "html" in r.headers.get("content-type", ""):
            # follow the portal's own pages fully; Datasette's row and sort links sparingly
            for link in sorted(links(r.text, path)):
                if link not in seen and (link.startswith("/-/stemsync") or link.count("/") <= 2
                                         or len(seen) < MAX_PAGES // 2):
                    todo.append(link)
    return seen


@pytest.mark.asyncio
async def test_no_page_or_endpoint_serves_private_data(open_ds):
    seen = await crawl(open_ds, {})
    ok = [p for p, status in seen.items() if status == 200]
    assert len(ok) > 150
    assert any(p.startswith("/-/stemsync/csv/") for p in ok) and any(".csv" in p for p in ok)
    assert any(p.startswith("/-/stemsync/vragenlijst/") for p in ok)


@pytest.mark.asyncio
async def test_logged_in_crawl_is_clean_too(auth_ds):
    seen = await crawl(auth_ds, login_cookie(auth_ds))
    assert sum(1 for status in seen.values() if status == 200) > 150


@pytest.mark.asyncio
async def test_without_login_only_the_login_page(auth_ds):
    closed = ["/", "/.json", "/public", "/public.json", "/public/comments", "/public/comments.csv",
              "/public/comments.json", "/public/scores.csv?_size=max", "/public/actions.json", "/public.db",
              "/-/metadata.json", "/-/metadata", "/-/versions", "/-/versions.json", "/-/plugins.json",
              "/-/settings.json", "/-/databases.json", "/-/actor.json", "/-/threads", "/-/permissions",
              "/-/stemsync/opmerkingen", "/-/stemsync/opmerkingen?zoek=wacht", "/-/stemsync/acties",
              "/-/stemsync/uitleg", "/-/stemsync/vragenlijst/exit", "/-/stemsync/csv/opmerkingen.csv",
              "/-/stemsync/csv/acties.csv", "/public?sql=select+*+from+comments", "/public/comments?_search=wacht",
              "/bestaat-niet", "/-/login.json", "/_internal", "/public/units/team:team-noord",
              "/-/static-plugins/stemsync_portal/../../../public.db"]
    for path in closed:
        r = await auth_ds.client.get(path)
        assert r.status_code in (302, 403, 404), path
        if r.status_code == 302:
            assert r.headers["location"] == "/-/login", path
        assert "wachtlijst" not in r.text and "Jeugdzorg Test" not in r.text, path
        assert r.headers["x-robots-tag"] == "noindex, nofollow"
    login = await auth_ds.client.get("/-/login")
    assert login.status_code == 200 and "Inloggen" in login.text and "Gebruikersnaam" in login.text
    assert "Jeugdzorg Test" not in login.text and "Wat cliënten schreven</a>" not in login.text
    for path in ("/robots.txt", "/-/static-plugins/stemsync_portal/portal.css", "/-/static/app.css", "/favicon.ico"):
        assert (await auth_ds.client.get(path)).status_code == 200, path


@pytest.mark.asyncio
async def test_an_old_account_cookie_is_refused(auth_ds):
    r = await auth_ds.client.get("/", cookies=login_cookie(auth_ds, "oud-account"))
    assert r.status_code in (302, 403)


def test_portal_refuses_to_start_on_the_private_database(portal_dbs):
    raw, _ = portal_dbs
    with pytest.raises(PortalError, match="private database"):
        make_datasette(raw, None, config(True))


def test_login_without_accounts_is_refused(public_db):
    with pytest.raises(PortalError, match="no accounts"):
        make_datasette(public_db, None, config(False))
    assert make_datasette(public_db, False, config(False)) is not None  # --open


@pytest.mark.asyncio
async def test_tricky_paths_do_not_slip_past_the_login(auth_ds):
    for raw in (b"/-/static-plugins/../public.json", b"/-/static/../../public/comments.csv",
                b"/-/static-plugins/stemsync_portal/../../../public.db", b"/-/login/../public.json",
                b"/-/static/%2e%2e/public.json", b"//public.json", b"/public%2Ejson", b"/-/LOGIN"):
        status, headers, body = await raw_request(auth_ds, raw)
        assert status in (302, 403, 404), raw
        assert b"wachtlijst" not in body and b"Jeugdzorg Test" not in body, raw
        assert headers.get("x-robots-tag") == "noindex, nofollow"
