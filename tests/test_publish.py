"""stemsync publish: settings, periods, units, suppression, comments, the public file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from rawdata import RawDB
from stemsync import codebook
from stemsync.config import ConfigError, load_config
from stemsync.deidentify import Result
from stemsync.publish import (PublishConfigError, PublishError, PublishSettings, publish, publish_from_config,
                              settings_from_mapping)
from stemsync.publish import comments as commentsmod, schema, suppress as sup
from stemsync.publish.periods import period_row
from stemsync.publish.settings import Hierarchy
from stemsync.publish.units import build_units

DOCS = Path(__file__).resolve().parent.parent / "docs"
INSTRUMENTS = codebook.load_all()
HIERARCHY = {"organisation": "Jeugdzorg Test",
             "teams": {"team-noord": "Noord", "team-oost": "Noord", "team-west": "Noord", "team-zuid": "Zuid"}}


class FakeDeidentifier:
    """Upper-cases texts and remembers what it was asked (no deduce needed)."""

    def __init__(self, fingerprint: str = "fake-1"):
        self.fingerprint = fingerprint
        self.seen: list[str] = []

    def deidentify_many(self, texts):
        texts = list(texts)
        self.seen += texts
        return [Result(t.upper()) for t in texts]


def settings(**kw) -> PublishSettings:
    # "automatic": these tests are about placing and de-identifying; the review gate has its own tests
    return settings_from_mapping({"k": 5, "units": HIERARCHY, "comments": "automatic", **kw})


@pytest.fixture
def raw(tmp_path):
    db = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    yield db
    db.close()


def run(raw, tmp_path, deid=None, reissue=(), today=None, freeze=True, **kw):
    deid = deid or FakeDeidentifier()
    report = publish(raw.path, tmp_path / "public.db", INSTRUMENTS, settings(**kw), deid, reissue=reissue,
                     today=today, freeze=freeze)
    conn = sqlite3.connect(tmp_path / "public.db")
    conn.row_factory = sqlite3.Row
    return report, conn


def rows(conn, sql, *args):
    return [dict(r) for r in conn.execute(sql, args)]


def team_rows(team, n, role="ouder", score=None, **extra):
    return [{"TEAM": team, "ROL": role, "CIJFER": score if score is not None else 1 + i % 10, **extra}
            for i in range(n)]


# -- settings -------------------------------------------------------------------------


def test_k_below_five_is_refused_with_a_clear_error():
    for k in (0, 1, 4):
        with pytest.raises(PublishConfigError, match=r"at least 5"):
            settings_from_mapping({"k": k})
    with pytest.raises(ConfigError, match="whole number"):
        settings_from_mapping({"k": "3"})
    assert settings_from_mapping({}).k == 10 and settings_from_mapping({"k": 5}).k == 5


def test_settings_refuse_unknown_keys_and_periods(tmp_path):
    with pytest.raises(PublishConfigError, match="kk is not a key stemsync knows; did you mean 'k'"):
        settings_from_mapping({"kk": 3})
    with pytest.raises(PublishConfigError, match="quarter"):
        settings_from_mapping({"period": "week"})
    with pytest.raises(PublishConfigError, match="staff, teams, locations, partners"):
        settings_from_mapping({"names": {"friends": ["x"]}})
    (tmp_path / "staff.txt").write_text("# medewerkers\nMarieke Jansen\n\nHenk Vos\n")
    s = settings_from_mapping({"names": {"staff": "staff.txt", "partners": ["Buurthuis De Kroon"]}}, tmp_path)
    assert s.names["staff"] == ("Marieke Jansen", "Henk Vos") and "Buurthuis De Kroon" in s.all_names


def test_settings_from_the_config_file(tmp_path):
    (tmp_path / "stemsync.toml").write_text(
        '[database]\nraw = "raw.db"\npublic = "out/public.db"\n'
        '[publish]\nk = 7\nperiod = "month"\ndeduce_cache = "deduce"\n'
        '[publish.units]\norganisation = "Jeugdzorg Test"\n'
        '[publish.units.teams]\n"team-noord" = "Noord"\n[publish.units.regions]\nNoord = "Jeugdzorg Noord"\n'
        '[publish.names]\nstaff = ["Marieke Jansen"]\n')
    config = load_config(tmp_path / "stemsync.toml", environ={})
    from stemsync.publish import public_db_path, settings_from_config
    s = settings_from_config(config)
    assert (s.k, s.period, s.deduce_cache) == (7, "month", tmp_path / "deduce")
    assert s.units.organisation_of("Noord") == "Jeugdzorg Noord" and s.units.organisation_of("X") == "Jeugdzorg Test"
    assert public_db_path(config) == tmp_path / "out" / "public.db"
    assert s.deduce_cache_dir({}) == tmp_path / "deduce"
    assert s.deduce_cache_dir({"STEMSYNC_DEDUCE_CACHE": "/elders"}) == Path("/elders")


# -- periods and units ----------------------------------------------------------------


def test_period_ids_and_labels():
    assert period_row("2026-K3", "quarter")["label_nl"] == "3e kwartaal 2026"
    assert period_row("2026-07", "month")["label_nl"] == "juli 2026"
    assert period_row("onbekend", "month")["year"] is None


@pytest.mark.parametrize("kind, expected", [("quarter", {"2025-K1", "2025-K3", "2025-K4"}),
                                            ("month", {"2025-01", "2025-08", "2025-12"})])
def test_periods_from_submit_date_or_deployment_wave(raw, tmp_path, kind, expected):
    raw.add_many("exit", team_rows("team-noord", 5, submitted_at="2025-08-14 13:37:42"))
    raw.add_many("exit", team_rows("team-noord", 5, submitted_at="2025-12-31 23:59:59"))
    # anonymised surveys without date stamps store 1980-01-01: the deployment wave counts
    raw.add_many("exit", team_rows("team-noord", 5, submitted_at="1980-01-01 00:00:00"))
    _, conn = run(raw, tmp_path, period=kind)
    assert {r["period"] for r in rows(conn, "select period from responses")} == expected
    assert {r["id"] for r in rows(conn, "select id from periods")} == expected


def test_units_from_hierarchy_unknown_and_identifying_values():
    tree = build_units(Hierarchy("Org", {"team-noord": "Noord"}, {"Noord": "Org Noord"}),
                       ["team-noord", " TEAM-NOORD ", "losse-groep", "jan de vries 0612345678", None,
                        "<script>", "a" * 60, "team 123456"],
                       lambda v: "0612345678" in v)
    assert tree.team_of_value["team-noord"] == tree.team_of_value[" TEAM-NOORD "] == "team:team-noord"
    # a link value outside the hierarchy is never a unit, however harmless it looks (one respondent's
    # typed-in value would otherwise be a group of one with its own name)
    for value in ("losse-groep", "jan de vries 0612345678", None, "<script>", "a" * 60, "team 123456"):
        assert tree.team_of_value[value] == "team:onbekend"
    assert set(tree.units) == {"team:team-noord", "regio:Noord", "organisatie:Org Noord", "team:onbekend",
                               "regio:onbekend", "organisatie:Org"}
    assert tree.units["team:onbekend"].parent == "regio:onbekend"
    assert tree.units["regio:Noord"].parent == "organisatie:Org Noord"
    assert tree.units["regio:onbekend"].parent == "organisatie:Org"
    assert (tree.unknown_teams, tree.withheld_team_names) == (5, 4)


# -- suppression ----------------------------------------------------------------------


def test_one_hidden_team_hides_the_next_smallest_sibling():
    children = {"R": ["A", "B", "C"]}
    constraints = sup.constraints_for(children, ["R", "A", "B", "C"], [], "alle")
    data = {("R", "alle"): (30, 20), ("A", "alle"): (2, 1),
            ("B", "alle"): (20, 7), ("C", "alle"): (8, 12)}
    out = sup.suppress(data, constraints, 10)
    assert out.small == {("A", "alle")}
    assert out.complementary == {("C", "alle")}  # C (20) is smaller than B (27)
    assert ("R", "alle") not in out.hidden


def test_hidden_pool_must_reach_k_and_no_sibling_means_parent_hidden():
    constraints = sup.constraints_for({"R": ["A", "B", "C"]}, ["R", "A", "B", "C"], [], "alle")
    data = {("R", "alle"): (60, 0), ("A", "alle"): (3, 0), ("B", "alle"): (4, 0),
            ("C", "alle"): (53, 0)}
    out = sup.suppress(data, constraints, 10, details=False)
    assert out.complementary == {("C", "alle")}  # 3 + 4 < 10: one more
    lone = sup.constraints_for({"R": ["A"]}, ["R", "A"], [], "alle")
    out = sup.suppress({("R", "alle"): (12, 0), ("A", "alle"): (12, 0)}, lone, 10, details=False,
                       hide_first={("A", "alle")})
    assert ("R", "alle") in out.hidden


def test_roles_within_a_unit_are_protected_too():
    constraints = sup.constraints_for({}, ["U"], ["ouder", "jong", "prof"], "alle")
    data = {("U", "alle"): (40, 10), ("U", "ouder"): (2, 0),
            ("U", "jong"): (20, 3), ("U", "prof"): (18, 7)}
    out = sup.suppress(data, constraints, 10)
    assert out.small == {("U", "ouder")} and out.complementary == {("U", "jong")}


def test_unanimous_distribution_withholds_details_but_keeps_the_count():
    constraints = sup.constraints_for({"R": ["A", "B", "C"]}, ["R", "A", "B", "C"], [], "alle")
    data = {("R", "alle"): (30, 15), ("A", "alle"): (12, 0),
            ("B", "alle"): (8, 7), ("C", "alle"): (10, 8)}
    out = sup.suppress(data, constraints, 10)
    assert out.hidden == set()
    assert out.unanimous == {("A", "alle")}
    assert out.details_complementary == {("B", "alle")}  # else R - B - C gives A's answers
    # a pool of withheld children that is itself unanimous is not enough
    data = {("R", "alle"): (32, 8), ("A", "alle"): (12, 0), ("B", "alle"): (10, 0),
            ("C", "alle"): (10, 8)}
    out = sup.suppress(data, constraints, 10)
    assert out.details_withheld == {("A", "alle"), ("B", "alle"), ("C", "alle")}


# -- comments placement ---------------------------------------------------------------


def test_comment_placement_raises_small_teams_only_as_a_pool_of_k():
    tree = build_units(Hierarchy("Org", {"a": "R1", "b": "R1", "c": "R1", "d": "R2", "e": "R2"}),
                       [], lambda v: False)
    sizes = {"team:a": 12, "team:b": 6, "team:c": 5, "team:d": 3, "team:e": 30}
    placed = commentsmod.place(sizes, tree, 10)
    assert placed["team:a"] == "team:a" and placed["team:e"] == "team:e"
    assert placed["team:b"] == placed["team:c"] == "regio:R1"   # 6 + 5 >= 10
    assert placed["team:d"] is None                             # 3 alone, even at organisation level
    sizes["team:c"] = 2                                         # R1 pool 8, R2 pool 3: 11 at organisation
    placed = commentsmod.place(sizes, tree, 10)
    assert placed["team:b"] == placed["team:c"] == placed["team:d"] == "organisatie:Org"


# -- the whole publication ------------------------------------------------------------


def test_only_complete_not_deleted_responses_count(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10))
    raw.add_many("exit", team_rows("team-noord", 4, complete=0, submitted_at=None))
    raw.add_many("exit", team_rows("team-noord", 3, deleted_at="2025-09-01T00:00:00Z"))
    report, conn = run(raw, tmp_path)
    assert rows(conn, "select n from responses where unit = 'team:team-noord' and role = 'alle'") == [{"n": 10}]
    assert report.responses["exit"] == 10 and report.excluded["exit"] == 7


def test_small_team_counts_in_its_region_with_a_complement(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 20) + team_rows("team-oost", 12) + team_rows("team-west", 3)
                 + team_rows("team-zuid", 15))
    _, conn = run(raw, tmp_path)
    shown = {r["unit"]: r["n"] for r in rows(conn, "select unit, n from responses where role = 'alle'")}
    assert "team:team-west" not in shown and "team:team-oost" not in shown   # 3 hidden, 12 its complement
    assert shown["team:team-noord"] == 20 and shown["regio:Noord"] == 35
    assert shown["organisatie:Jeugdzorg Test"] == 50


def test_answers_outside_the_codebook_are_not_counted(raw, tmp_path):
    invalid = {"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 11, "AANBEVELEN": "X"}
    raw.add_many("exit", team_rows("team-noord", 10) + [invalid])
    report, conn = run(raw, tmp_path)
    assert report.invalid_answers == 2
    assert rows(conn, "select n from scores where question = 'CIJFER' and unit = 'team:team-noord' "
                      "and role = 'alle'") == [{"n": 10}]
    assert rows(conn, "select n from responses where unit = 'team:team-noord' and role = 'alle'") == [{"n": 11}]


def test_scores_distribution_and_unanimity(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10, score=8) + team_rows("team-zuid", 10)
                 + team_rows("team-oost", 10) + team_rows("team-west", 10))
    _, conn = run(raw, tmp_path)
    noord = rows(conn, "select * from scores where question = 'CIJFER' and unit = 'team:team-noord' "
                       "and role = 'alle'")[0]
    assert (noord["n"], noord["mean"], noord["details_withheld"]) == (10, None, 1)
    assert not rows(conn, "select * from distribution_labeled where unit = 'team:team-noord' and question = 'CIJFER'")
    zuid = rows(conn, "select * from scores where question = 'CIJFER' and unit = 'team:team-zuid' "
                      "and role = 'alle'")[0]
    assert zuid["mean"] == 5.5 and zuid["details_withheld"] == 0
    dist = rows(conn, "select option, count, percentage from distribution_labeled where question = 'CIJFER' and "
                      "unit = 'team:team-zuid' and role = 'alle' order by position")
    assert [d["option"] for d in dist] == [str(v) for v in range(1, 11)]
    assert all(d["count"] == 1 and d["percentage"] == 10.0 for d in dist)
    # published counts never below k
    assert conn.execute("select min(n) from scores").fetchone()[0] >= 5
    assert conn.execute("select details_withheld from publication").fetchone()[0] == conn.execute(
        "select count(*) from scores where details_withheld = 1").fetchone()[0] > 0


def test_comments_are_deidentified_placed_and_sorted(raw, tmp_path):
    raw.add_many("exit", [{**r, "TIPS": f"tip {i:02d} van noord"} for i, r in enumerate(team_rows("team-noord", 6))])
    raw.add_many("exit", [{**r, "TIPS": "tip van west"} for r in team_rows("team-west", 2)]
                 + [{**r, "TIPS": "  "} for r in team_rows("team-oost", 3)])
    raw.add_many("exit", [{**r, "TOPS": "top van zuid"} for r in team_rows("team-zuid", 2)])
    report, conn = run(raw, tmp_path)
    comments = rows(conn, "select * from comments")
    assert set(comments[0]) == {"instrument", "question", "theme", "period", "unit", "level", "text"}
    noord = [c["text"] for c in comments if c["unit"] == "team:team-noord"]
    assert noord == sorted(noord) and noord[0] == "TIP 00 VAN NOORD"
    # region Zuid (2) is hidden, so region Noord is hidden as its complement: the comments of west (2)
    # and oost (3, no text) are not raised to a hidden region but to the organisation, where they pool
    # with zuid (2) to 7 >= k
    assert [c["unit"] for c in comments if c["text"] == "TIP VAN WEST"] == ["organisatie:Jeugdzorg Test"] * 2
    assert [c["unit"] for c in comments if "ZUID" in c["text"]] == ["organisatie:Jeugdzorg Test"] * 2
    assert report.comments_withheld == 0
    assert rows(conn, "select count(*) as n from comments_fts where comments_fts match 'noord'") == [{"n": 6}]


def test_reads_again_when_a_sync_commits_during_the_read(raw, tmp_path, monkeypatch):
    raw.add_many("exit", team_rows("team-noord", 10))
    from stemsync.publish import aggregate
    real, calls = aggregate.read_actions, []

    def sync_commits_meanwhile(conn):
        calls.append(1)
        if len(calls) == 1:
            raw.add_many("exit", team_rows("team-noord", 2))  # another connection commits
        return real(conn)

    monkeypatch.setattr(aggregate, "read_actions", sync_commits_meanwhile)
    report, conn = run(raw, tmp_path)
    assert len(calls) == 2 and report.responses["exit"] == 12
    monkeypatch.setattr(aggregate, "read_actions", lambda conn: raw.add_many("exit", team_rows("x", 1)) or [])
    with pytest.raises(PublishError, match="kept changing"):
        run(raw, tmp_path)


def test_deidentification_is_cached_in_the_private_db_and_incremental(raw, tmp_path):
    raw.add_many("exit", [{**r, "TIPS": f"tip {i}"} for i, r in enumerate(team_rows("team-noord", 10))])
    first = FakeDeidentifier()
    report, _ = run(raw, tmp_path, deid=first)
    assert len(first.seen) == 10 and report.texts_new == 10
    # k (5) new responses: fewer would differ from the first release by too few people, and the
    # attacker's audit would hide the groups they are in (and so their comments)
    raw.add_many("exit", [{**r, "TIPS": f"nieuwe tip {i}"} for i, r in enumerate(team_rows("team-noord", 5))])
    second = FakeDeidentifier()
    report, conn = run(raw, tmp_path, deid=second, reissue=["2025-K3"])  # frozen: only a reissue reads it again
    assert sorted(second.seen) == [f"nieuwe tip {i}" for i in range(5)]
    assert (report.texts_new, report.texts_cached) == (5, 10)
    private = sqlite3.connect(raw.path)
    assert private.execute(f"select count(*) from {commentsmod.CACHE_TABLE}").fetchone()[0] == 15
    assert not rows(conn, "select name from sqlite_master where name like '%cache%'")
    # another de-identifier (new code, deduce or names): everything again, old entries go
    third = FakeDeidentifier("fake-2")
    run(raw, tmp_path, deid=third, reissue=["2025-K3"])
    assert len(third.seen) == 15
    assert private.execute(f"select count(*) from {commentsmod.CACHE_TABLE}").fetchone()[0] == 15


def test_lazy_deidentifier_is_not_loaded_when_everything_is_cached(raw, tmp_path):
    raw.add_many("exit", [{**r, "TIPS": f"tip {i}"} for i, r in enumerate(team_rows("team-noord", 5))])
    loads = []

    def factory():
        loads.append(1)
        return FakeDeidentifier()

    run(raw, tmp_path, deid=commentsmod.LazyDeidentifier(factory, "lazy"))
    lazy = commentsmod.LazyDeidentifier(factory, "lazy")
    run(raw, tmp_path, deid=lazy, reissue=["2025-K3"])  # computes the period again: every text is cached
    assert len(loads) == 1 and not lazy.loaded


def test_public_schema_holds_nothing_else_from_the_raw_database(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10, TIPS="prima", language="planted-lang",
                                   started_at="2025-08-14 12:01:02", submitted_at="2025-08-14 13:37:42"))
    raw.add_many("samen-sterker", [{"TEAM": "team-noord", "ROL": "prof", "OMGANGSCORE": 1 + i % 10,
                                    "OMGANGGOED": "fijn"} for i in range(10)])
    _, conn = run(raw, tmp_path)
    expected = {t.name: [c.name for c in t.columns] for t in schema.TABLES}
    actual = {name: [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
              for (name,) in conn.execute("select name from sqlite_master where type = 'table' "
                                          "and name not like 'comments_fts%'")}
    assert actual == expected
    views = {name for (name,) in conn.execute("select name from sqlite_master where type = 'view'")}
    assert views == set(schema.VIEWS)
    raw_columns = {r[1] for r in sqlite3.connect(raw.path).execute("pragma table_info(responses_exit)")}
    forbidden = {"response_id", "survey_id", "submitted_at", "started_at", "language", "deleted_at", "complete",
                 "first_synced_at", "synced_at", "version", "TEAM", "ROL", "token"}
    assert forbidden & raw_columns
    public_columns = {c for cols in actual.values() for c in cols}
    assert not ({c.lower() for c in forbidden} - {"version"}) & {c.lower() for c in public_columns}
    blob = (tmp_path / "public.db").read_bytes()
    for value in (b"2025-08-14", b"13:37", b"12:01", b"planted-lang", b"limesurvey.test", b"2025-08-15T02",
                  str(INSTRUMENTS["exit"].sid).encode()):
        assert value not in blob


def test_codebook_tables_explain_every_number(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10))
    _, conn = run(raw, tmp_path)
    assert {r["id"] for r in rows(conn, "select id from instruments")} == set(INSTRUMENTS)
    q = rows(conn, "select * from questions where instrument = 'exit' and code = 'CIJFER'")[0]
    assert (q["kind"], q["scale_min"], q["scale_max"], q["theme"]) == ("scale", 1, 10, "algemeen")
    assert q["text_nl"] and q["text_en"] and q["section_nl"]
    labels = rows(conn, "select code, label_nl, label_en from answer_options where instrument = 'exit' "
                        "and question = 'AANBEVELEN' order by position")
    assert labels == [{"code": "Y", "label_nl": "Ja", "label_en": "Yes"},
                      {"code": "N", "label_nl": "Nee", "label_en": "No"}]
    assert rows(conn, "select label_nl from answer_options where question = 'CIJFER' and code = '10' "
                      "and instrument = 'exit'") == [{"label_nl": "10 - Heel goed"}]
    roles = [r["code"] for r in rows(conn, "select code from roles where instrument = 'samen-sterker' "
                                           "order by position")]
    assert roles == ["alle", "ouder", "jong", "prof", "onbekend"]
    # every (question, option) in distribution is explained in answer_options
    assert rows(conn, "select count(*) as n from distribution") == rows(conn, "select count(*) as n from "
                                                                          "distribution_labeled")
    assert not rows(conn, "select 1 from scores s left join units u on u.id = s.unit where u.id is null")


def test_actions_are_copied_deidentified(raw, tmp_path):
    raw.add_action(instrument="exit", theme="algemeen", period="2025-K3", said="wachten duurt lang",
                   did="extra intake", status="klaar", date="2025-10-01")
    raw.add_action(theme="omgang", said="meer respect", did="training")
    report, conn = run(raw, tmp_path)
    actions = rows(conn, "select * from actions order by id")
    assert [a["said"] for a in actions] == ["WACHTEN DUURT LANG", "MEER RESPECT"]
    assert actions[0]["did"] == "EXTRA INTAKE" and actions[0]["status"] == "klaar" and actions[1]["period"] is None
    assert (actions[0]["status_nl"], actions[1]["status_nl"]) == ("Klaar", "Gepland")
    assert report.actions == 2 and rows(conn, "select actions from publication") == [{"actions": 2}]
    assert "created_at" not in actions[0]


def test_trends_view_compares_with_the_previous_period(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10, score=None, submitted_at="2025-02-01 10:00:00"))
    raw.add_many("exit", [{**r, "CIJFER": 1 + i % 2 + 5} for i, r in
                          enumerate(team_rows("team-noord", 10, submitted_at="2025-05-01 10:00:00"))])
    _, conn = run(raw, tmp_path)
    trend = rows(conn, "select period, mean, previous_period, change from trends where question = 'CIJFER' "
                       "and unit = 'team:team-noord' and role = 'alle' order by period")
    assert trend == [{"period": "2025-K1", "mean": 5.5, "previous_period": None, "change": None},
                     {"period": "2025-K2", "mean": 6.5, "previous_period": "2025-K1", "change": 1.0}]


def test_publication_row_and_metadata_json(raw, tmp_path):
    raw.add_many("exit", team_rows("team-noord", 10))
    report, conn = run(raw, tmp_path)
    pub = rows(conn, "select * from publication")
    assert len(pub) == 1 and pub[0]["k"] == 5 and pub[0]["period_kind"] == "kwartaal"
    assert pub[0]["responses"] == 10 and pub[0]["figures_shown"] == report.figures_shown
    meta = json.loads((tmp_path / "public.db.metadata.json").read_text())
    tables = meta["databases"]["public"]["tables"]
    for table in schema.TABLES:
        assert set(tables[table.name]["columns"]) == {c.name for c in table.columns}
    assert tables["comments"]["fts_table"] == "comments_fts" and meta["license"] and meta["source"]
    assert "trends" in tables and "minder dan 5 antwoorden" in meta["description"]
    assert any("Published" in line for line in report.lines())


def test_atomic_replace_keeps_the_old_file_until_the_new_one_is_complete(raw, tmp_path, monkeypatch):
    raw.add_many("exit", team_rows("team-noord", 10))
    run(raw, tmp_path)
    out = tmp_path / "public.db"
    os.chmod(out, 0o640)
    inode = out.stat().st_ino
    old = out.read_bytes()
    from stemsync.publish import build

    def broken(path, rows):
        sqlite3.connect(path).execute("create table half (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "write_public", broken)
    with pytest.raises(RuntimeError):
        run(raw, tmp_path)
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    monkeypatch.undo()
    run(raw, tmp_path)
    assert out.stat().st_ino != inode and (out.stat().st_mode & 0o777) == 0o640


def test_clear_errors_for_bad_paths(raw, tmp_path):
    with pytest.raises(PublishError, match="does not exist"):
        publish(tmp_path / "missing.db", tmp_path / "p.db", INSTRUMENTS, settings(), FakeDeidentifier())
    with pytest.raises(PublishError, match="folder"):
        publish(raw.path, tmp_path / "no" / "p.db", INSTRUMENTS, settings(), FakeDeidentifier())
    with pytest.raises(PublishError, match="another file"):
        publish(raw.path, raw.path, INSTRUMENTS, settings(), FakeDeidentifier())
    (tmp_path / "notes.txt").write_text("not a database " * 100)
    with pytest.raises(PublishError, match="cannot use the private database"):
        publish(tmp_path / "notes.txt", tmp_path / "p.db", INSTRUMENTS, settings(), FakeDeidentifier())
    assert not (tmp_path / "p.db").exists()


def test_publish_from_config(raw, tmp_path, monkeypatch):
    raw.add_many("exit", team_rows("team-noord", 10))
    (tmp_path / "stemsync.toml").write_text(
        '[database]\nraw = "raw.db"\npublic = "portal.db"\n[publish]\nk = 5\n'
        '[publish.units.teams]\n"team-noord" = "Noord"\n')
    config = load_config(tmp_path / "stemsync.toml", environ={})
    report = publish_from_config(config)
    assert Path(report.out_path) == tmp_path / "portal.db" and (tmp_path / "portal.db.metadata.json").exists()
    with pytest.raises(ConfigError, match="k = 3 must be at least 5"):
        (tmp_path / "stemsync.toml").write_text('[publish]\nk = 3\n')
        publish_from_config(load_config(tmp_path / "stemsync.toml", environ={}))


def test_raw_helper_matches_the_sync_schema(tmp_path):
    """tests/rawdata.py builds the same tables as the sync (stemsync.responses)."""
    responses = pytest.importorskip("stemsync.responses")
    import sqlite_utils
    db = sqlite_utils.Database(tmp_path / "sync.db")
    raw = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    for inst in INSTRUMENTS.values():
        name = responses.ensure_instrument_table(db, inst)
        assert db[name].columns_dict == raw.db[name].columns_dict
    from stemsync.db import open_db
    private = open_db(tmp_path / "private.db")
    raw.add_action(said="x", did="y")
    assert private["actions"].columns_dict == raw.db["actions"].columns_dict
    assert private["deployments"].columns_dict == raw.db["deployments"].columns_dict


def test_docs_describe_every_public_column():
    text = (DOCS / "data-model.md").read_text(encoding="utf-8")
    section = text.split("## Public database", 1)[1]
    for table in schema.TABLES:
        assert f"`{table.name}`" in section, table.name
        for column in table.columns:
            assert re.search(rf"`{re.escape(column.name)}`", section), f"{table.name}.{column.name}"
    for view in schema.VIEWS:
        for column in schema.view_columns(view):
            assert f"`{column}`" in section
    publish_doc = (DOCS / "publish.md").read_text(encoding="utf-8")
    for key in ("k", "period", "organisation", "teams", "regions", "names", "deduce_cache", "title", "licence",
                "public"):
        assert f"`{key}`" in publish_doc, key
