"""The review page for staff (stemsync/review/app.py) through an in-process client.

Attacks first: without a login nothing is shown; a form posted without the session's
CSRF token (or from another origin) changes nothing; a comment with HTML is shown as
text; the app refuses the public database; it is not a Datasette plugin.
"""

from __future__ import annotations

import importlib.metadata
import re
import sqlite3
import warnings

import pytest
from click.testing import CliRunner

from stemsync.cli import cli
from stemsync.db import open_db
from stemsync.portal import hash_password
from stemsync.review import queue
from stemsync.review.app import SECURITY_HEADERS, ReviewAppError, make_app, read_accounts_file

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PASSWORD = "een lange zin als wachtwoord"
FLAGGED = "Mijn voogd Pieter belt nooit."
CLEAN = ["Het gesprek was fijn.", "De groep is gezellig.", "Ik ben blij met de hulp."]
HTML = "Goed <script>alert(1)</script> gedaan"


@pytest.fixture
def private_db(tmp_path):
    path = tmp_path / "private.db"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    entries = [queue.Entry("comment", t, t, None, {"instrument": "exit", "question": "TIPS", "period": "2026-K3"})
               for t in [FLAGGED, *CLEAN, HTML]]
    queue.gate(conn, entries)
    conn.close()
    return path


@pytest.fixture
def client(private_db):
    app = make_app(private_db, {"anna": hash_password(PASSWORD), "bram": hash_password(PASSWORD + "!")},
                   secret="test-secret")
    with TestClient(app) as c:
        yield c


def csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(client, name="anna", password=PASSWORD):
    page = client.get("/inloggen")
    return client.post("/inloggen", data={"naam": name, "wachtwoord": password, "csrf": csrf(page.text),
                                          "terug": "/"})


def ids(private_db) -> dict[str, int]:
    return {item.text: item.id for item in queue.waiting(sqlite3.connect(private_db))}


def decisions(private_db) -> list[tuple]:
    return sqlite3.connect(private_db).execute(
        "select item, reviewer, action, reason, text from review_decisions order by id").fetchall()


def test_nothing_without_a_login(client, private_db):
    for path in ("/", "/besluiten", f"/tekst/{ids(private_db)[FLAGGED]}"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/inloggen")
    r = client.post(f"/tekst/{ids(private_db)[FLAGGED]}/goedkeuren", data={}, follow_redirects=False)
    assert r.status_code == 303 and decisions(private_db) == []
    assert "Pieter" not in client.get("/inloggen").text


def test_wrong_password_and_lockout(client):
    r = login(client, password="fout")
    assert r.status_code == 401 and "Naam of wachtwoord klopt niet" in r.text
    assert login(client, name="onbekend").status_code == 401
    for _ in range(4):
        login(client, password="fout")
    r = login(client)  # the right password, but the name is locked for a while
    assert r.status_code == 429 and "Wacht vijf minuten" in r.text
    assert login(client, name="bram", password=PASSWORD + "!").status_code == 200  # other names still work


def test_queue_shows_counts_highlights_and_escapes(client, private_db):
    r = login(client)
    assert r.status_code == 200 and str(r.url).endswith("/")
    text = r.text
    assert '<html lang="nl">' in text and "Opmerkingen die wachten" in text
    assert 'data-teller="wacht">5<' in text and 'data-teller="signaal">' in text
    assert '<mark class="sig-hoofdletter">Pieter<span class="sr"> (Hoofdletter)</span></mark>' in text
    # escaped, whatever words the signals highlight inside it
    assert "<script>" not in text and "&lt;script&gt;" in text and "&lt;/script&gt;" in text
    # flagged texts come first
    assert text.index(FLAGGED.split()[0]) < text.index(CLEAN[0])
    # every control has a label or text
    assert 'for="gelezen"' not in text  # the bulk form only on the "zonder signaal" view
    assert 'for="gelezen"' in client.get("/?toon=zonder").text


def test_security_headers_everywhere(client, private_db):
    login(client)
    for path in ("/", "/inloggen", "/besluiten", "/static/review.css", "/bestaat-niet",
                 f"/tekst/{ids(private_db)[FLAGGED]}"):
        r = client.get(path)
        for header, value in SECURITY_HEADERS.items():
            assert r.headers.get(header) == value, (path, header)
    cookie = login(client).history[0].headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_forms_need_the_sessions_csrf_token(client, private_db):
    login(client)
    item = ids(private_db)[FLAGGED]
    assert client.post(f"/tekst/{item}/goedkeuren", data={"csrf": "vals"}).status_code == 403
    assert client.post(f"/tekst/{item}/goedkeuren", data={}).status_code == 403
    token = csrf(client.get("/").text)
    r = client.post(f"/tekst/{item}/goedkeuren", data={"csrf": token}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    other = TestClient(client.app)
    login(other, "bram", PASSWORD + "!")
    assert other.post(f"/tekst/{item}/goedkeuren", data={"csrf": token}).status_code == 403  # anna's token
    assert decisions(private_db) == []


def test_approve_edit_and_withhold_are_stored_with_who_and_when(client, private_db):
    login(client)
    items = ids(private_db)
    token = csrf(client.get("/").text)
    r = client.post(f"/tekst/{items[CLEAN[0]]}/goedkeuren", data={"csrf": token, "terug": "/"})
    assert r.status_code == 200 and "is goedgekeurd" in r.text
    r = client.post(f"/tekst/{items[FLAGGED]}/aanpassen",
                    data={"csrf": token, "tekst": "Mijn voogd [naam] belt nooit.", "reden": "naam"})
    assert "aangepast en goedgekeurd" in r.text
    r = client.post(f"/tekst/{items[HTML]}/tegenhouden", data={"csrf": token, "reden": "  "})
    assert r.status_code == 400 and "Schrijf waarom" in r.text
    r = client.post(f"/tekst/{items[HTML]}/tegenhouden", data={"csrf": token, "reden": "geen opmerking"})
    assert r.status_code == 200
    assert [(d[1], d[2], d[3], d[4]) for d in decisions(private_db)] == [
        ("anna", "approve", None, CLEAN[0]), ("anna", "edit", "naam", "Mijn voogd [naam] belt nooit."),
        ("anna", "withhold", "geen opmerking", None)]
    conn = sqlite3.connect(private_db)
    assert conn.execute("select published_text, decided_by from review_items where id = ?",
                        (items[FLAGGED],)).fetchone() == ("Mijn voogd [naam] belt nooit.", "anna")
    page = client.get(f"/tekst/{items[FLAGGED]}").text
    assert "aangepast en goedgekeurd" in page and "anna" in page
    assert "tegengehouden" in client.get("/besluiten").text


def test_the_queue_is_one_form_whose_buttons_approve_one_text(client, private_db):
    login(client)
    page = client.get("/").text
    item = ids(private_db)[CLEAN[1]]
    assert f'name="id" value="{item}"' in page
    assert client.post("/goedkeuren", data={"id": str(item)}).status_code == 403  # no token
    r = client.post("/goedkeuren", data={"csrf": csrf(page), "id": str(item)})
    assert r.status_code == 200 and f"Tekst {item} is goedgekeurd" in r.text
    assert [(d[0], d[1], d[2]) for d in decisions(private_db)] == [(item, "anna", "approve")]


def test_bulk_approval_needs_the_checkbox_and_takes_only_unflagged_texts(client, private_db):
    login(client)
    items = ids(private_db)
    page = client.get("/?toon=zonder").text
    shown = re.findall(r'name="id" value="(\d+)"', page)
    assert str(items[FLAGGED]) not in shown and len(shown) >= 3
    token = csrf(page)
    r = client.post("/zonder-signaal-goedkeuren", data={"csrf": token, "id": shown})
    assert "Zet eerst een vinkje" in r.text and decisions(private_db) == []
    r = client.post("/zonder-signaal-goedkeuren", data={"csrf": token, "id": shown + [str(items[FLAGGED])],
                                                         "gelezen": "ja"})
    approved = {d[0] for d in decisions(private_db)}
    assert approved == {int(i) for i in shown} and items[FLAGGED] not in approved


def test_refuses_the_public_database_and_missing_accounts(tmp_path, private_db):
    public = tmp_path / "public.db"
    sqlite3.connect(public).execute("create table comments (text text)")
    with pytest.raises(ReviewAppError, match="private database"):
        make_app(public, {"anna": hash_password(PASSWORD)})
    with pytest.raises(ReviewAppError, match="at least one account"):
        make_app(private_db, {})
    with pytest.raises(ReviewAppError, match="password hash"):
        make_app(private_db, {"anna": "plaintext-password"})


def test_accounts_file_takes_hashes_and_never_shows_a_password(tmp_path):
    good = tmp_path / "accounts"
    good.write_text(f"# staff\nanna = {hash_password(PASSWORD)}\nbram: \"{hash_password(PASSWORD)}\"\n")
    assert set(read_accounts_file(good)) == {"anna", "bram"}
    bad = tmp_path / "bad"
    bad.write_text("anna = mijn-geheime-wachtwoord\n")
    with pytest.raises(ReviewAppError) as exc:
        read_accounts_file(bad)
    assert "mijn-geheime-wachtwoord" not in str(exc.value) and "line 1" in str(exc.value)


def test_cli_serve_refuses_a_plain_password_in_the_config_without_echoing_it(tmp_path, private_db):
    config = tmp_path / "stemsync.toml"
    config.write_text(f'[database]\nraw = "{private_db}"\n[review.accounts]\nanna = "geheim123456"\n')
    r = CliRunner().invoke(cli, ["--config", str(config), "review", "serve"])
    assert r.exit_code == 2 and "not a password hash" in r.output and "geheim123456" not in r.output
    config.write_text(f'[database]\nraw = "{private_db}"\n')
    r = CliRunner().invoke(cli, ["--config", str(config), "review", "serve"])
    assert r.exit_code == 2 and "at least one account" in r.output and len(r.output.strip().splitlines()) == 1
    r = CliRunner().invoke(cli, ["review", "serve", "--hash-password"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0 and re.search(r"^pbkdf2_sha256\$\d+\$", r.output.splitlines()[-1])
    assert PASSWORD not in r.output


def test_not_a_datasette_plugin():
    """Datasette loads every entry-point plugin: the review page must not be one."""
    plugins = [ep for ep in importlib.metadata.entry_points(group="datasette")]
    assert all("review" not in f"{ep.name} {ep.value}" for ep in plugins)
    import stemsync_portal
    source = open(stemsync_portal.__file__, encoding="utf-8").read()
    assert "stemsync.review" not in source
