"""The portal's logic without Datasette: Dutch formatting, charts, access rules, comment
search, figures and pages on a published database, and `stemsync serve`'s checks."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from stemsync_portal import access, charts, comments, csvout, data, figures, fmt, i18n, pages, questionnaire
from stemsync_portal import actions as actionsmod
from test_portal_fixtures import PLANTED_STRINGS, PUBLISHED_WORDS, copy_public

from stemsync.config import Config
from stemsync.portal import (
    PortalError,
    account_env,
    build_metadata,
    check_public_db,
    hash_password,
    main,
    portal_settings,
)

# -- Dutch formatting ---------------------------------------------------------------------

pytest_plugins = ["test_portal_fixtures"]


@pytest.fixture(autouse=True)
def words(public_db):
    """The published vocabulary, as the portal uses it for every request."""
    conn = sqlite3.connect(public_db)
    try:
        vocabulary = data.load_catalog(conn).vocabulary
    finally:
        conn.close()
    with i18n.use("nl", vocabulary):
        yield vocabulary


def test_dutch_numbers_dates_and_periods():
    assert fmt.number(7.43) == "7,4" and fmt.number(7.45, 2) == "7,45" and fmt.count(12345) == "12.345"
    assert fmt.percent(83.04) == "83%" and fmt.change(0.26) == "+0,3" and fmt.change(-0.2) == "−0,2"
    assert fmt.long_date("2026-11-22T10:00:00Z") == "22 november 2026"
    assert fmt.period_label("2026-K3") == "3e kwartaal 2026" and fmt.period_label("2026-07") == "juli 2026"
    assert fmt.in_period("2026-K3") == "In het 3e kwartaal 2026" and fmt.in_period("2026-07") == "In juli 2026"
    assert fmt.previous_period("2026-K1") == "2025-K4" and fmt.previous_period("2026-01") == "2025-12"
    assert fmt.last_time("2026-K3", "2026-K2") == "vorig kwartaal"
    assert fmt.last_time("2026-K3", "2026-K1") == "in het 1e kwartaal 2026"
    assert fmt.last_time("2026-07", "2026-06") == "vorige maand"
    assert fmt.score_phrase(7.4, 1, 10) == "een 7,4" and fmt.score_phrase(4.1, 1, 5) == "4,1 op een schaal van 1 tot 5"
    assert fmt.join_words(["ouders", "jongeren", "hulpverleners"]) == "ouders, jongeren en hulpverleners"
    assert fmt.theme_label("inspraak") == "Meebeslissen" and fmt.theme_label("nieuw-thema") == "Nieuw thema"


# -- charts --------------------------------------------------------------------------------


def test_bar_chart_draws_bars_and_says_hidden_instead_of_zero():
    svg = charts.bar_chart("c1", [charts.BarGroup(None, [charts.Bar("Team <Noord>", 7.4, "7,4"),
                                                          charts.Bar("Team Zuid", None, "")])],
                           1, 10, "Titel", "Zin over de grafiek")
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title id=\"c1-t\">Titel</title>" in svg
    assert svg.count('class="bar"') == 1 and "niet getoond" in svg
    assert "Team &lt;Noord&gt;" in svg and "<Noord>" not in svg
    assert "7,4" in svg


def test_line_chart_points_gaps_and_dashes():
    svg = charts.line_chart("c2", ["2025-K1", "2025-K2", "2025-K3", "2025-K4"],
                            [charts.Series("Cijfer", [7.1, None, 7.4, 7.6])], 1, 10, "Trend", "Zin")
    assert svg.count('class="point"') == 3 and svg.count('class="trend-line"') == 2
    assert 'stroke-dasharray' in svg  # across the hidden period
    assert "1e kw." in svg and "7,6" in svg


# -- access --------------------------------------------------------------------------------


def test_access_rules():
    assert access.decide("execute-sql", {"id": "raad"}, False) is False
    assert access.decide("view-database-download", {"id": "raad"}, False) is False
    assert access.decide("view-table", None, True) is False
    assert access.decide("view-table", {"id": "raad"}, True) is None
    assert access.decide("view-table", None, False) is None
    assert access.path_is_open("/-/login") and access.path_is_open("/-/static-plugins/x/portal.css")
    assert access.path_is_open("/robots.txt")
    assert not access.path_is_open("/") and not access.path_is_open("/-/metadata.json")
    assert not access.path_is_open("/-/login.json") and not access.path_is_open("/public/comments.csv")
    assert access.login_required({}) and not access.login_required({"open": True})


# -- comments ---------------------------------------------------------------------------------


def test_search_terms_are_safe_fts_prefixes():
    assert comments.fts_query("wacht  lang!") == '"wacht"* "lang"*'
    assert comments.fts_query('" OR 1=1 --') == '"or"* "1"* "1"*'
    assert comments.fts_query("  ") is None
    html = comments.highlight("Wachten & <lang> wachtlijst", ["wacht"])
    assert str(html) == "<mark>Wachten</mark> &amp; &lt;lang&gt; <mark>wachtlijst</mark>"


def test_comment_search_and_filters(public_db):
    conn = sqlite3.connect(public_db)
    cat = data.load_catalog(conn)
    everything = comments.find(conn, cat, comments.CommentFilter())
    assert everything.total == conn.execute("select count(*) from comments").fetchone()[0] > 25
    assert len(everything.comments) == comments.PER_PAGE
    found = comments.find(conn, cat, comments.CommentFilter(search=PUBLISHED_WORDS))
    assert found.total == 1 and "<mark>" in found.comments[0].html
    noord = comments.find(conn, cat, comments.CommentFilter(unit="regio:Noord"))
    units = {r[0] for r in conn.execute("select distinct unit from comments")}
    assert noord.total == conn.execute("select count(*) from comments where unit in "
                                       "('regio:Noord', 'team:team-noord', 'team:team-oost')").fetchone()[0]
    assert units
    f = comments.CommentFilter.from_args({"vragenlijst": "exit", "thema": "onzin", "periode": "2025-K3",
                                          "pagina": "x"}, cat)
    assert (f.instrument, f.theme, f.period, f.page) == ("exit", None, "2025-K3", 1)
    page = comments.find(conn, cat, comments.CommentFilter(page=10_000))
    assert page.filter.page == page.pages


# -- figures and pages ---------------------------------------------------------------------


def test_home_page_model(public_db):
    conn = sqlite3.connect(public_db)
    cat = data.load_catalog(conn)
    home = pages.home(conn, cat)
    assert [s.title for s in home.sections][:1] == [cat.instruments["exit"].title]
    assert [s.instruments for s in home.sections] == [["exit"], ["samen-sterker"], ["wat-werkt-start", "wat-werkt-eind"]]
    exit_ = home.sections[0]
    assert exit_.period == "2025-K3" and exit_.summary.startswith("In het 3e kwartaal 2025 gaven ")
    assert re.search(r"gemiddeld een \d,\d \(vorig kwartaal \d,\d\)", exit_.summary)
    kinds = [f.csv_path.split("?")[0] for f in exit_.figures]
    assert kinds == ["/-/stemsync/csv/vragen.csv", "/-/stemsync/csv/trend.csv", "/-/stemsync/csv/eenheden.csv"]
    assert all(f.svg and f.table.rows for f in exit_.figures)
    samen = home.sections[1]
    assert samen.figures[0].legend == [("Ouders", charts.ROLE_COLORS["ouder"]), ("Jongeren", charts.ROLE_COLORS["jong"]),
                                       ("Hulpverleners", charts.ROLE_COLORS["prof"])]
    wat = home.sections[2]
    assert [t.label for t in wat.tiles] == ["begin van het gesprek", "eind van het gesprek"]
    assert home.action_counts == {"bezig": 1, "gepland": 0, "klaar": 1}


def test_hidden_groups_are_said_never_guessed(public_db):
    conn = sqlite3.connect(public_db)
    cat = data.load_catalog(conn)
    # team-west had 3 responses in 2025-K3: not in the public database
    assert not conn.execute("select 1 from scores where unit = 'team:team-west' and period = '2025-K3'").fetchall()
    fig = figures.units_figure(conn, cat, [figures.Line("exit", "CIJFER", "Cijfer")], "2025-K3")
    west = next(row for row in fig.table.rows if row[0] == "team-west")
    assert west[1] == fmt.hidden() and west[2] == ""
    assert "niet getoond om de privacy te beschermen" in fig.sentence
    dist = figures.distribution_figure(conn, cat, "exit", "CIJFER", "2025-K3", "team:team-west")
    assert dist.svg is None and fmt.hidden() in dist.sentence


def test_csv_is_the_table_shown(public_db):
    conn = sqlite3.connect(public_db)
    cat = data.load_catalog(conn)
    home = pages.home(conn, cat)
    fig = home.sections[0].figures[1]
    from urllib.parse import parse_qsl, urlsplit
    kind = urlsplit(fig.csv_path).path.rsplit("/", 1)[1][:-4]
    _, headers, rows = csvout.BUILDERS[kind](conn, cat, dict(parse_qsl(urlsplit(fig.csv_path).query)))
    assert (headers, rows) == (fig.table.headers, fig.table.rows)
    text = csvout.to_csv(headers, rows)
    assert text.startswith("\ufeffPeriode;Gemiddelde;95%-marge (toeval);Aantal antwoorden\r\n") and "," in text.splitlines()[1]
    with pytest.raises(csvout.BadRequest):
        csvout.BUILDERS["trend"](conn, cat, {"reeks": "exit:NIETS", "eenheid": "organisatie:Jeugdzorg Test"})


def test_instrument_page_model(public_db):
    conn = sqlite3.connect(public_db)
    cat = data.load_catalog(conn)
    page = questionnaire.instrument_page(conn, cat, "exit", unit="regio:Noord", period="2025-K2", compare="GEHOORD")
    assert (page.unit, page.period, page.compare_question) == ("regio:Noord", "2025-K2", "GEHOORD")
    assert [b.theme for b in page.themes] == ["bereikbaarheid", "gehoord", "informatie", "inspraak", "resultaat",
                                              "algemeen"]
    assert page.themes[0].actions and page.themes[0].actions[0].status == "klaar"
    assert page.themes[-1].comments > 0
    fallback = questionnaire.instrument_page(conn, cat, "exit", unit="team:bestaat-niet", period="1999-K1")
    assert fallback.unit == "organisatie:Jeugdzorg Test" and fallback.period == "2025-K3"


def test_actions_absent_empty_and_full(public_db, tmp_path):
    for mode, expected in (("absent", 0), ("empty", 0), ("full", 2), ("keep", 2)):
        path = copy_public(public_db, tmp_path / mode, mode)
        conn = sqlite3.connect(path)
        cat = data.load_catalog(conn)
        found = actionsmod.load(conn, cat)
        assert len(found) == expected, mode
        home = pages.home(conn, cat)
        assert home.has_actions_table == (mode != "absent")
        for action in found:
            assert action.status_label in ("Gepland", "Bezig", "Klaar")
            trend = actionsmod.trend(conn, cat, action)
            assert trend is not None and trend.table.rows
        if mode == "full":  # no instrument: the theme in every instrument that has it
            general = next(a for a in found if a.instrument is None)
            lines = actionsmod.theme_lines(cat, general)
            assert {line.instrument for line in lines} == {"exit", "wat-werkt-eind"}


# -- stemsync serve's checks -------------------------------------------------------------------


def test_serve_refuses_the_private_database(portal_dbs, tmp_path):
    raw, public = portal_dbs
    with pytest.raises(PortalError, match="looks like the private database .it has the table 'deployments'"):
        check_public_db(raw)
    with pytest.raises(PortalError, match="is the private database"):
        check_public_db(raw, raw)
    sneaky = copy_public(public, tmp_path / "sneaky")
    sqlite_utils.Database(sneaky)["responses_exit"].insert({"response_id": 1})
    with pytest.raises(PortalError, match="'responses_exit'"):
        check_public_db(sneaky)
    other = copy_public(public, tmp_path / "other")
    sqlite_utils.Database(other)["deployments"].insert({"id": 1})
    with pytest.raises(PortalError, match="'deployments'"):
        check_public_db(other)
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(PortalError, match="not a public stemsync database"):
        check_public_db(tmp_path / "empty.db")
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(PortalError, match="not a usable SQLite database"):
        check_public_db(tmp_path / "junk.db")
    with pytest.raises(PortalError, match="does not exist"):
        check_public_db(tmp_path / "missing.db")
    check_public_db(public, raw)


def test_portal_settings_refuse_plain_passwords_and_unknown_keys():
    good = hash_password("een lang wachtwoord")
    assert good.startswith("pbkdf2_sha256$")
    settings = portal_settings(Config(sections={"portal": {"accounts": {"raad": good}, "port": 9000}}))
    assert settings.accounts == {"raad": good} and settings.port == 9000 and settings.needs_login(None)
    assert settings.needs_login(False) is False
    assert portal_settings(Config(sections={"portal": {"open": True}})).needs_login(None) is False
    with pytest.raises(PortalError, match="not a password hash"):
        portal_settings(Config(sections={"portal": {"accounts": {"raad": "welkom123"}}}))
    with pytest.raises(PortalError, match="opn is not a key stemsync knows; did you mean 'open'"):
        portal_settings(Config(sections={"portal": {"opn": True}}))
    with pytest.raises(PortalError, match="at least 10"):
        hash_password("kort")
    assert account_env("raad.noord") == "STEMSYNC_PORTAL_HASH_RAAD_NOORD"


def test_metadata_merges_publish_and_portal(public_db):
    meta = build_metadata(public_db, True, {"raad": "x"})
    published = json.loads(public_db.with_name("public.db.metadata.json").read_text())
    db = meta["databases"]["public"]
    assert db["tables"]["scores"] == published["databases"]["public"]["tables"]["scores"]
    assert meta["allow"] == {"id": ["raad"]} and meta["allow_sql"] is False and db["allow_sql"] is False
    assert meta["plugins"]["stemsync-portal"] == {"open": False, "database": "public", "session_hours": 8,
                                                  "accounts": {"raad": {"$env": "STEMSYNC_PORTAL_HASH_RAAD"}}}
    assert "datasette-auth-passwords" not in meta["plugins"]
    assert "pbkdf2" not in json.dumps(meta)
    assert "allow" not in build_metadata(public_db, False, {}, base=meta)
    assert "actions" in db["tables"]


def test_hash_password_module_command(capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("een lang wachtwoord\n"))
    assert main(["hash-password", "--stdin"]) == 0
    out = capsys.readouterr().out.strip()
    from stemsync_portal.passwords import verify
    assert verify("een lang wachtwoord", out)


def test_published_database_holds_no_planted_strings(portal_dbs):
    """The premise of the crawl tests: the planted values are in the private file only."""
    raw, public = portal_dbs
    raw_bytes = Path(raw).read_bytes() + Path(str(raw) + "-wal").read_bytes() if Path(str(raw) + "-wal").exists() \
        else Path(raw).read_bytes()
    assert b"Zonnebloem" in raw_bytes
    public_bytes = Path(public).read_bytes().lower()
    meta = public.with_name("public.db.metadata.json").read_bytes().lower()
    for s in PLANTED_STRINGS:
        assert s.lower().encode() not in public_bytes and s.lower().encode() not in meta, s
