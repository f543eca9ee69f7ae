"""The door on the real server: `stemsync serve` on a free port, spoken to over HTTP.

Throttling and its lock, per account and per client address (behind a trusted proxy),
X-Forwarded-Proto trusted only when configured, equal timing for known and unknown
names, readers served while a password is being checked, and a log without passwords
or comment text.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from browsertools import free_port, stop
from test_portal_fixtures import ACCOUNT, PASSWORD, PUBLISHED_WORDS, account_hash, make_ds

pytest_plugins = ["test_portal_fixtures"]


@contextmanager
def serve(portal_dbs, tmp_path: Path, extra: str = ""):
    """`stemsync serve` in a subprocess; yields (base URL, path of its log)."""
    raw, public = portal_dbs
    port = free_port()
    config = tmp_path / f"stemsync-{port}.toml"
    config.write_text(f'[database]\nraw = "{raw}"\npublic = "{public}"\n[portal]\nport = {port}\n{extra}\n'
                      f'[portal.accounts]\n{ACCOUNT} = "{account_hash()}"\n')
    log = tmp_path / f"serve-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "stemsync", "--config", str(config), "serve"],
                                stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy())
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/robots.txt", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {log.read_text()}")
                time.sleep(0.2)
        yield base, log
    finally:
        stop(proc)


def attempt(base: str, name: str, password: str, headers: dict | None = None) -> httpx.Response:
    """One login through the form, as a browser does it (GET for the token, then POST)."""
    with httpx.Client(base_url=base, headers=headers or {}, timeout=30) as client:
        client.get("/-/login")
        token = client.cookies["ds_csrftoken"]
        return client.post("/-/login", data={"username": name, "password": password, "csrftoken": token})


def test_throttle_and_lock_on_the_real_server(portal_dbs, tmp_path):
    with serve(portal_dbs, tmp_path) as (base, log):
        for _ in range(3):
            r = attempt(base, ACCOUNT, "verkeerd-wachtwoord")
            assert r.status_code == 200 and "klopt niet" in r.text
        refused = attempt(base, ACCOUNT, PASSWORD)
        assert refused.status_code == 429 and "stemsync_session" not in refused.cookies
        assert "Wacht 1 seconde" in refused.text
        time.sleep(int(refused.headers["retry-after"]) + 0.2)
        ok = attempt(base, ACCOUNT, PASSWORD)
        assert ok.status_code == 302 and "stemsync_session" in ok.cookies
        # the growing delay: each further failure doubles the wait
        waits = []
        for _ in range(5):
            r = attempt(base, ACCOUNT, "verkeerd-wachtwoord")
            while r.status_code == 429:
                waits.append(int(r.headers["retry-after"]))
                time.sleep(waits[-1] + 0.1)
                r = attempt(base, ACCOUNT, "verkeerd-wachtwoord")
            assert r.status_code == 200
        assert waits and waits == sorted(waits) and waits[-1] >= 2
        # the client address: many names from one address are slowed down too
        codes = [attempt(base, f"naam-{uuid.uuid4().hex[:8]}", "x" * 12).status_code for _ in range(12)]
        assert 429 in codes
    text = log.read_text()
    assert "login failed for account 'raad'" in text and "login refused (throttled)" in text
    assert "verkeerd-wachtwoord" not in text and PASSWORD not in text and "naam-" not in text


def test_forwarded_headers_count_only_from_a_trusted_proxy(portal_dbs, tmp_path):
    spoofed = {"x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https"}
    with serve(portal_dbs, tmp_path) as (base, _):
        ok = attempt(base, ACCOUNT, PASSWORD, spoofed)
        assert ok.status_code == 302 and "Secure" not in ok.headers["set-cookie"]
        assert "strict-transport-security" not in ok.headers
    with serve(portal_dbs, tmp_path, 'trusted_proxies = ["127.0.0.1"]') as (base, log):
        ok = attempt(base, ACCOUNT, PASSWORD, spoofed)
        session = next(h for h in ok.headers.get_list("set-cookie") if h.startswith("stemsync_session="))
        assert ok.status_code == 302 and "Secure" in session and "HttpOnly" in session
        # per address: 10 failures from one client address slow that address down, not another
        for i in range(10):
            assert attempt(base, f"onbekend{i}", "x" * 12, {"x-forwarded-for": "203.0.113.8"}).status_code == 200
        assert attempt(base, "nog-een", "x" * 12, {"x-forwarded-for": "203.0.113.8"}).status_code == 429
        assert attempt(base, "nog-een", "x" * 12, {"x-forwarded-for": "203.0.113.9"}).status_code == 200
    assert "from 203.0.113.8" in log.read_text()


def test_known_and_unknown_names_take_the_same_time(portal_dbs, tmp_path):
    """No user enumeration by timing: an unknown name costs a full password check too."""
    known, unknown = [], []
    with serve(portal_dbs, tmp_path) as (base, _):
        attempt(base, ACCOUNT, PASSWORD)  # warm up
        for _ in range(4):
            for name, times in ((ACCOUNT, known), (f"x{uuid.uuid4().hex[:10]}", unknown)):
                with httpx.Client(base_url=base, timeout=30) as client:
                    client.get("/-/login")
                    data = {"username": name, "password": "verkeerd-wachtwoord",
                            "csrftoken": client.cookies["ds_csrftoken"]}
                    t0 = time.perf_counter()
                    r = client.post("/-/login", data=data)
                    times.append(time.perf_counter() - t0)
                    assert r.status_code == 200
            assert attempt(base, ACCOUNT, PASSWORD).status_code == 302  # clears the account's count
    ratio = statistics.median(known) / statistics.median(unknown)
    assert 0.4 < ratio < 2.5, (known, unknown)  # before: 92 ms against 1 ms


def test_readers_are_served_while_a_password_is_checked(portal_dbs, monkeypatch):
    """The password check runs in its own thread: a slow one (here 4 s) does not hold up
    anyone reading the portal."""
    import uvicorn
    from test_portal_fixtures import login_cookie

    from stemsync_portal import passwords

    real = passwords.verify

    def slow(password, stored):
        time.sleep(4)  # blocking, like pbkdf2 on a busy machine
        return real(password, stored)

    monkeypatch.setattr(passwords, "verify", slow)
    raw, public = portal_dbs
    ds = make_ds(public, raw=raw)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(ds.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        cookies = login_cookie(ds)
        httpx.get(base + "/-/stemsync/uitleg", cookies=cookies, timeout=30)  # warm up
        guesses = [threading.Thread(target=attempt, args=(base, ACCOUNT, "fout-wachtwoord")) for _ in range(2)]
        for g in guesses:
            g.start()
        time.sleep(0.5)  # the guesses are now being checked
        t0 = time.perf_counter()
        r = httpx.get(base + f"/-/stemsync/opmerkingen?zoek={PUBLISHED_WORDS}", cookies=cookies, timeout=30)
        reader = time.perf_counter() - t0
        assert r.status_code == 200
        assert reader < 2.0, f"a reader waited {reader:.1f} s behind a password check"
        assert any(g.is_alive() for g in guesses)  # the check really was still running
        for g in guesses:
            g.join(timeout=30)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_the_log_holds_no_passwords_and_no_comment_text(portal_dbs, tmp_path):
    with serve(portal_dbs, tmp_path) as (base, log):
        attempt(base, ACCOUNT, "Geheim-Fout-Wachtwoord-1")
        ok = attempt(base, ACCOUNT, PASSWORD)
        with httpx.Client(base_url=base, cookies=ok.cookies, timeout=30) as client:
            assert PUBLISHED_WORDS in client.get(f"/-/stemsync/opmerkingen?zoek={PUBLISHED_WORDS}").text
            client.get(f"/public/comments?_search={PUBLISHED_WORDS}")
            client.get("/public/scores?_sort=nosuch")
    text = log.read_text()
    assert re.search(r"login: account 'raad' from 127\.0\.0\.1", text)
    for secret in ("Geheim-Fout-Wachtwoord-1", PASSWORD, PUBLISHED_WORDS, "pbkdf2"):
        assert secret not in text, secret
