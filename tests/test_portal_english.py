"""The portal in English: `?lang=en` on any URL, kept for the session in a cookie, a visible
switch on every page, and no Dutch interface text left on the English pages (the comments
and actions are the clients' and the organisation's own words, so they stay as written)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from stemsync_portal import english, i18n
from test_portal_fixtures import INSTRUMENTS, login_cookie, make_ds

pytest_plugins = ["test_portal_fixtures"]

PLUGIN = Path(__file__).resolve().parent.parent / "datasette_plugins" / "stemsync_portal"
# Common Dutch words that never belong in an English sentence of ours.
DUTCH = {"het", "een", "van", "de", "niet", "zijn", "wij", "voor", "naar", "bij", "alle", "gegevens",
         "vragenlijst", "vragenlijsten", "kwartaal", "kw", "gemiddeld", "gemiddelde", "opmerkingen", "cliënten",
         "uitleg", "inloggen", "uitloggen", "wachtwoord", "zoek", "periode", "onderwerp", "onderwerpen",
         "antwoorden", "weinig", "getoond", "toeval", "verschil", "deden", "zeiden", "ouders", "jongeren",
         "hulpverleners", "mensen", "regio", "onbekend", "vorig", "downloaden", "tabel", "cijfers", "heel",
         "goed", "slecht", "eens", "ja", "nee", "klaar", "bezig", "gepland", "pagina", "wat", "hoe", "u", "ik",
         "mijn", "je", "jij", "iedereen", "rol", "team", "teams"} - {"team", "teams"}
WORDS_ONLY_IN_DATA = re.compile(
    r"<blockquote.*?</blockquote>|<div class=\"said\">.*?</div>|<div class=\"did\">.*?</div>|<code>.*?</code>"
    r"|<pre.*?</pre>|<td[^>]*>.*?</td>|<script.*?</script>|<style.*?</style>", re.S)


def visible_words(html: str) -> list[str]:
    text = WORDS_ONLY_IN_DATA.sub(" ", html)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.findall(r"[^\W\d_]+", text.lower())


def dutch_in(html: str) -> list[str]:
    words = visible_words(html)
    return sorted({w for w in words if w in DUTCH})


# -- the catalogue ------------------------------------------------------------------------


def interface_texts() -> list[str]:
    """Every text written in _() in the plugin's code and templates."""
    found = []
    for path in sorted(PLUGIN.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    for path in sorted((PLUGIN / "templates").glob("*.html")):
        found += re.findall(r'_\(\s*"([^"]*)"', path.read_text(encoding="utf-8"))
    return found


def test_every_interface_text_has_its_english():
    texts = interface_texts()
    assert len(texts) > 250
    missing = sorted({t for t in texts if t not in english.ENGLISH})
    assert missing == []
    for dutch, eng in english.ENGLISH.items():
        assert set(re.findall(r"\{\w+\}", dutch)) == set(re.findall(r"\{\w+\}", eng)), dutch
    with i18n.use("en"):
        assert i18n._("Uitleg") == "Explanation"
    assert i18n._("Uitleg") == "Uitleg"  # Dutch stays the default


# -- choosing the language ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_lang_en_on_any_url_is_kept_for_the_session(open_ds):
    r = await open_ds.client.get("/-/stemsync/uitleg?lang=en")
    assert '<html lang="en">' in r.text and "<h1>Explanation: how this portal works</h1>" in r.text
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("stemsync_lang=en;") and "max-age" not in cookie.lower() and "expires" not in cookie.lower()
    # the cookie keeps English on the next page, without ?lang=
    home = await open_ds.client.get("/", cookies={"stemsync_lang": "en"})
    assert '<html lang="en">' in home.text and "What clients say about Jeugdzorg Test" in home.text
    assert "set-cookie" not in home.headers or "stemsync_lang" not in home.headers.get("set-cookie", "")
    # and ?lang=nl switches back
    back = await open_ds.client.get("/?lang=nl", cookies={"stemsync_lang": "en"})
    assert '<html lang="nl">' in back.text and back.headers["set-cookie"].startswith("stemsync_lang=nl;")
    # without either: Dutch
    plain = await open_ds.client.get("/")
    assert '<html lang="nl">' in plain.text and "Wat cliënten zeggen over Jeugdzorg Test" in plain.text


@pytest.mark.asyncio
async def test_every_page_has_a_visible_language_switch(open_ds):
    for path in ("/", "/-/stemsync/opmerkingen?zoek=wacht", "/-/stemsync/acties", "/public", "/public/scores"):
        nl = (await open_ds.client.get(path)).text
        switch = re.search(r'<a class="lang-switch" href="([^"]+)" hreflang="en" lang="en">English</a>', nl)
        assert switch, path
        target = switch.group(1).replace("&amp;", "&")
        assert target.endswith("lang=en") and target.split("?")[0] == path.split("?")[0]
        if "zoek=wacht" in path:
            assert "zoek=wacht" in target  # the same page, with its arguments
        en = (await open_ds.client.get(target)).text
        assert re.search(r'<a class="lang-switch" href="[^"]+lang=nl" hreflang="nl" lang="nl">Nederlands</a>', en)


# -- English pages ------------------------------------------------------------------------


PAGES = ["/", "/-/stemsync/vragenlijst/exit", "/-/stemsync/vragenlijst/samen-sterker",
         "/-/stemsync/vragenlijst/wat-werkt-start", "/-/stemsync/vragenlijst/wat-werkt-eind",
         "/-/stemsync/vragenlijst/exit?eenheid=regio:Noord&periode=2025-K2&vraag=GEHOORD",
         "/-/stemsync/opmerkingen", "/-/stemsync/opmerkingen?zoek=wachtlijst&eenheid=regio:Noord",
         "/-/stemsync/acties", "/-/stemsync/acties?status=klaar", "/-/stemsync/uitleg",
         "/public", "/public/scores?instrument=exit&period=2025-K3", "/public/comments?_search=wachtlijst",
         "/public/units/team:team-noord", "/public/trends", "/public/scores?_facet=period", "/bestaat-niet"]


@pytest.mark.asyncio
@pytest.mark.parametrize("path", PAGES)
async def test_english_pages_carry_no_dutch_interface_text(open_ds, path):
    r = await open_ds.client.get(path + ("&" if "?" in path else "?") + "lang=en")
    assert r.status_code in (200, 404), path
    assert '<html lang="en">' in r.text
    assert dutch_in(r.text) == [], path


@pytest.mark.asyncio
async def test_english_pages_show_the_codebook_in_english(open_ds):
    html = (await open_ds.client.get("/-/stemsync/vragenlijst/exit?lang=en")).text
    exit_ = INSTRUMENTS["exit"]
    assert exit_.title["en"] in html and exit_.question("GEHOORD").text["en"].rstrip(".") in html
    assert "Having a say" in html  # the theme 'inspraak', from the published vocabulary
    samen = (await open_ds.client.get("/?lang=en")).text
    assert "Care workers" in samen and "Clients and care workers side by side" in samen
    assert re.search(r"In Q3 2025, \d+ parents and young people gave an average of \d\.\d", samen)


@pytest.mark.asyncio
async def test_login_and_logout_pages_in_english(portal_dbs):
    ds = make_ds(portal_dbs[1], open_=False)
    login = await ds.client.get("/-/login?lang=en")
    assert '<html lang="en">' in login.text and "<h1>Log in</h1>" in login.text and dutch_in(login.text) == []
    logout = await ds.client.get("/-/logout", cookies={**login_cookie(ds), "stemsync_lang": "en"})
    assert "Log out" in logout.text and dutch_in(logout.text) == []


def test_dutch_catches_dutch():
    """The check itself: a Dutch page fails it."""
    assert "gemiddeld" in dutch_in("<p>In het 3e kwartaal gaven 40 mensen gemiddeld een 7,4.</p>")
    assert dutch_in("<p>In Q3 2025, 40 people gave an average of 7.4.</p><blockquote>het was goed</blockquote>") == []
