"""Every page of the portal through Datasette's test client: Dutch, charts with a text and
a table, CSV downloads, comments search, 'Jij zei, wij deden', Datasette's own pages."""

from __future__ import annotations

import csv
import io
import re

import pytest
from stemsync_portal import fmt
from test_portal_fixtures import PUBLISHED_WORDS, copy_public, login_cookie, make_ds

ENGLISH = ["Powered by", "Log out", "Log in", "rows where", "Apply", "Advanced export", "This data as",
           "Custom SQL", "Queries took", "Next page", "Suggested facets", "Data license", "Data source",
           "row</", "Error 404", "Not found", "Forbidden", "Database not found", "Table not found"]

pytest_plugins = ["test_portal_fixtures"]


def assert_dutch_page(html: str) -> None:
    assert '<html lang="nl">' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    for word in ENGLISH:
        assert word not in html, word


@pytest.mark.asyncio
async def test_home_page(open_ds):
    r = await open_ds.client.get("/")
    assert r.status_code == 200 and r.headers["x-robots-tag"] == "noindex, nofollow"
    html = r.text
    assert_dutch_page(html)
    assert "Wat cliënten zeggen over Jeugdzorg Test" in html and "In het kort" in html
    for label in ("Home", "Wat cliënten schreven", "Jij zei, wij deden", "Uitleg"):
        assert f">{label}</a>" in html
    assert html.count("<svg") >= 9 and html.count('class="bar"') > 20 and 'class="point"' in html
    assert html.count("<table>") == html.count("<svg")  # every chart has its table
    assert re.search(r"In het 3e kwartaal 2025 gaven \d+ ouders en jongeren gemiddeld een \d,\d "
                     r"\(vorig kwartaal \d,\d\)", html)
    assert "Cliënten en hulpverleners naast elkaar" in html and "Hulpverleners" in html   # Samen Sterker
    assert "begin van het gesprek" in html and "eind van het gesprek" in html              # Wat werkt
    assert "niet getoond om de privacy te beschermen" in html
    assert "Er is een extra intaketeam gestart" in html                                   # actions
    assert "/-/stemsync/csv/trend.csv?" in html
    assert "cdn" not in html.lower() and "https://" not in html.replace("https://datasette.io/", "")


@pytest.mark.asyncio
async def test_every_figure_csv_downloads(open_ds):
    html = (await open_ds.client.get("/")).text
    links = sorted(set(re.findall(r'href="(/-/stemsync/csv/[^"]+)"', html)))
    assert len(links) >= 9
    for link in links:
        r = await open_ds.client.get(link.replace("&amp;", "&"))
        assert r.status_code == 200, link
        assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff")), delimiter=";"))
        assert len(rows) >= 2 and all(len(row) == len(rows[0]) for row in rows)
        assert not re.search(r"\d\.\d", "".join(rows[1][1:])), "decimal comma expected"
    bad = await open_ds.client.get("/-/stemsync/csv/trend.csv?reeks=exit:ONZIN&eenheid=x")
    assert bad.status_code == 400 and "onbekende waarde" in bad.text
    missing = await open_ds.client.get("/-/stemsync/csv/geheim.csv")
    assert missing.status_code == 404


@pytest.mark.asyncio
async def test_instrument_pages(open_ds):
    for inst in ("exit", "samen-sterker", "wat-werkt-start", "wat-werkt-eind"):
        r = await open_ds.client.get(f"/-/stemsync/vragenlijst/{inst}")
        assert r.status_code == 200, inst
        assert_dutch_page(r.text)
        assert "Team of regio" in r.text and "<svg" in r.text
    r = await open_ds.client.get("/-/stemsync/vragenlijst/exit?eenheid=regio:Noord&periode=2025-K2&vraag=GEHOORD")
    assert "Regio Noord" in r.text and "2e kwartaal 2025" in r.text
    assert "Verschil tussen teams en regio’s: Mijn hulpverlener luisterde goed naar mij." in r.text
    assert "Jij zei, wij deden" in r.text and "extra intaketeam" in r.text
    assert "Per groep:" in r.text and "Ouders:" in r.text
    r = await open_ds.client.get("/-/stemsync/vragenlijst/bestaat-niet")
    assert r.status_code == 404 and "Deze pagina bestaat niet" in r.text


@pytest.mark.asyncio
async def test_comments_page_filters_and_search(open_ds):
    r = await open_ds.client.get("/-/stemsync/opmerkingen")
    assert r.status_code == 200
    assert_dutch_page(r.text)
    assert "opmerkingen gevonden" in r.text and "Volgende pagina" in r.text
    r = await open_ds.client.get(f"/-/stemsync/opmerkingen?zoek={PUBLISHED_WORDS[:6]}")
    assert "1 opmerking gevonden." in r.text and f"<mark>{PUBLISHED_WORDS}</mark>" in r.text
    r = await open_ds.client.get("/-/stemsync/opmerkingen?vragenlijst=exit&thema=algemeen&periode=2025-K3"
                                 "&eenheid=regio:Noord&zoek=wachtlijst")
    assert "1 opmerking gevonden." in r.text and "selected>Regio Noord" in r.text.replace("— ", "")
    r = await open_ds.client.get("/-/stemsync/opmerkingen?zoek=%22%20OR%20x%3A*%20--")
    assert r.status_code == 200 and "Geen opmerkingen gevonden." in r.text
    r = await open_ds.client.get("/-/stemsync/csv/opmerkingen.csv?zoek=wachtlijst")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Vragenlijst", "Vraag", "Onderwerp", "Periode", "Team of regio", "Opmerking"] and len(rows) == 2


@pytest.mark.asyncio
async def test_actions_page(open_ds):
    r = await open_ds.client.get("/-/stemsync/acties")
    assert r.status_code == 200
    assert_dutch_page(r.text)
    assert "Jullie zeiden" in r.text and "Wij deden" in r.text and "Klaar" in r.text and "Bezig" in r.text
    assert "Zo ontwikkelde bereikbaarheid zich" in r.text and r.text.count("<svg") == 2
    r = await open_ds.client.get("/-/stemsync/acties?status=klaar")
    assert "extra intaketeam" in r.text and "vast belmoment" not in r.text
    r = await open_ds.client.get("/-/stemsync/csv/acties.csv")
    assert r.status_code == 200 and "Jullie zeiden;Wij deden" in r.text


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["absent", "empty", "full"])
async def test_portal_works_without_actions(public_db, tmp_path, mode):
    ds = make_ds(copy_public(public_db, tmp_path / mode, mode), open_=True)
    for path in ("/", "/-/stemsync/acties", "/-/stemsync/vragenlijst/exit", "/-/stemsync/csv/acties.csv"):
        r = await ds.client.get(path)
        assert r.status_code == 200, (mode, path)
    text = (await ds.client.get("/-/stemsync/acties")).text
    if mode == "full":
        assert "Alle brieven zijn herschreven" in text and "Gepland" in text
    else:
        assert "nog geen acties gepubliceerd" in text


@pytest.mark.asyncio
async def test_explain_page_and_robots(open_ds):
    r = await open_ds.client.get("/-/stemsync/uitleg")
    assert r.status_code == 200
    assert_dutch_page(r.text)
    assert "Waarom staat er soms ‘niet getoond’?" in r.text and "kleiner dan 5 mensen" in r.text
    r = await open_ds.client.get("/robots.txt")
    assert r.text == "User-agent: *\nDisallow: /\n" and r.headers["x-robots-tag"] == "noindex, nofollow"
    css = await open_ds.client.get("/-/static-plugins/stemsync_portal/portal.css")
    assert css.status_code == 200 and "font-size" in css.text


@pytest.mark.asyncio
async def test_datasette_pages_in_dutch(open_ds):
    pages = ["/public", "/public/comments", "/public/scores?instrument=exit&period=2025-K3",
             "/public/comments?_search=wachtlijst", "/public/units/team:team-noord", "/public/trends",
             "/public/scores?_facet=period", "/bestaat-niet", "/public/bestaat-niet"]
    for path in pages:
        r = await open_ds.client.get(path)
        assert r.status_code in (200, 404), path
        assert_dutch_page(r.text)
    table = (await open_ds.client.get("/public/scores?instrument=exit&period=2025-K3")).text
    assert "regels" in table and "waar vragenlijst is “exit” en periode is “2025-K3”" in table
    assert "Toepassen" in table and ">gemiddelde" in table and "Uitkomsten per vraag" in table
    assert "table.js" not in table  # no English column menu
    database = (await open_ds.client.get("/public")).text
    assert "Alle gegevens" in database and "Wat cliënten schreven" in database
    assert "Custom SQL" not in database and "sql-editor" not in database


@pytest.mark.asyncio
async def test_json_and_csv_endpoints(open_ds):
    for table in ("instruments", "questions", "answer_options", "roles", "units", "periods", "responses", "scores",
                  "distribution", "comments", "actions", "publication", "trends", "distribution_labeled"):
        r = await open_ds.client.get(f"/public/{table}.json?_shape=array&_size=5")
        assert r.status_code == 200, table
        assert isinstance(r.json(), list)
        r = await open_ds.client.get(f"/public/{table}.csv?_size=5")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain"), table


@pytest.mark.asyncio
async def test_no_sql_and_no_database_download(open_ds, auth_ds):
    for ds, cookies in ((open_ds, {}), (auth_ds, login_cookie(auth_ds))):
        r = await ds.client.get("/public?sql=select+*+from+comments", cookies=cookies)
        assert r.status_code == 403 and "Geen toegang" in r.text
        r = await ds.client.get("/public.json?sql=select+1", cookies=cookies)
        assert r.status_code == 403
        r = await ds.client.get("/public.db", cookies=cookies)
        assert r.status_code == 403
        r = await ds.client.get("/-/password-tool", cookies=cookies)
        assert r.status_code == 404
        r = await ds.client.get("/_internal", cookies=cookies)
        assert r.status_code in (403, 404)


@pytest.mark.asyncio
async def test_numbers_on_pages_are_dutch(open_ds):
    html = (await open_ds.client.get("/")).text
    figures = re.findall(r'font-weight="bold"[^>]*>(\d+[.,]\d)</text>', html)
    assert figures and all("," in f for f in figures)
    assert fmt.hidden() in html


@pytest.mark.asyncio
@pytest.mark.parametrize("rows", [0, 12])
async def test_sparse_publications_still_render(tmp_path, rows):
    """No responses at all, or one team with one questionnaire: every page still answers."""
    from rawdata import RawDB
    from test_portal_fixtures import INSTRUMENTS, deidentifier

    from stemsync.publish import publish, settings_from_mapping

    raw = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    raw.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 7 + i % 3, "TIPS": "Prima geholpen."}
                          for i in range(rows)])
    raw.close()
    publish(tmp_path / "raw.db", tmp_path / "public.db", INSTRUMENTS,
            settings_from_mapping({"k": 5, "units": {"teams": {"team-noord": "Noord"}}, "comments": "automatic"}),
            deidentifier(tmp_path / "d"))
    ds = make_ds(tmp_path / "public.db", open_=True)
    for path in ("/", "/-/stemsync/vragenlijst/exit", "/-/stemsync/vragenlijst/samen-sterker",
                 "/-/stemsync/opmerkingen", "/-/stemsync/acties", "/-/stemsync/uitleg", "/public"):
        r = await ds.client.get(path)
        assert r.status_code == 200, (rows, path)
        assert_dutch_page(r.text)
    home = (await ds.client.get("/")).text
    assert "nog geen cijfers" in home  # at least the questionnaires without responses
    assert ("gaven 12 ouders en jongeren gemiddeld een 8,0" in home) == (rows == 12)


@pytest.mark.asyncio
async def test_home_and_uitleg_say_why_the_running_quarter_is_not_there_and_what_came_later(tmp_path):
    from datetime import date

    from rawdata import RawDB
    from test_portal_fixtures import INSTRUMENTS, deidentifier

    from stemsync.publish import publish, settings_from_mapping

    raw = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    raw.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 7 + i % 3,
                           "submitted_at": f"2026-0{7 + i % 3}-10 10:00:00"} for i in range(12)])
    settings = settings_from_mapping({"k": 5, "units": {"teams": {"team-noord": "Noord"}}})

    def run():
        publish(tmp_path / "raw.db", tmp_path / "public.db", INSTRUMENTS, settings, deidentifier(tmp_path / "d"),
                today=date(2026, 11, 2))

    run()
    raw.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 1, "submitted_at": "2026-09-30 23:00:00"}
                          for _ in range(3)])
    raw.close()
    run()
    ds = make_ds(tmp_path / "public.db", open_=True)
    home = (await ds.client.get("/")).text
    assert_dutch_page(home)
    assert ("De cijfers over het 4e kwartaal 2026 staan er nog niet. We laten een kwartaal pas zien als het "
            "voorbij is, en daarna nog 14 dagen. Dan zijn bijna alle lijsten binnen. Ze komen er op "
            "15 januari 2027. Daarna veranderen ze niet meer.") in home
    uitleg = (await ds.client.get("/-/stemsync/uitleg")).text
    assert "Waarom staat het laatste kwartaal er nog niet?" in uitleg and "15 januari 2027" in uitleg
    assert "3e kwartaal 2026:</strong> 3 lijsten kwamen later binnen en tellen niet mee." in uitleg
    english = (await ds.client.get("/-/stemsync/uitleg?lang=en")).text
    assert "Q3 2026:</strong> 3 questionnaires came in later and do not count." in english
    assert "The figures for Q4 2026 are not here yet." in english
