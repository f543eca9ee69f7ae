"""The release model: periods are published once closed and past the grace time, then frozen
in the ledger (private database); late responses are counted, never folded in; reissues
are deliberate; comments follow what suppression showed; link values are never units."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from rawdata import RawDB
from stemsync import codebook
from stemsync.deidentify import Result
from stemsync.publish import PublishConfigError, PublishError, publish, settings_from_mapping
from stemsync.publish import catalog
from stemsync.publish.build import ReleaseRefused

INSTRUMENTS = codebook.load_all()
EXIT = INSTRUMENTS["exit"]
HIERARCHY = {"organisation": "Org",
             "teams": {"team-a": "Noord", "team-b": "Noord", "team-c": "Noord", "team-d": "Zuid", "team-e": "Zuid"}}
ORG = "organisatie:Org"
K = 5
K3, K4 = "2026-07-15 10:00:00", "2026-10-20 10:00:00"
PUBLIC_TABLES = ("responses", "scores", "distribution", "comments", "units")


class Upper:
    def __init__(self, fingerprint="upper"):
        self.fingerprint = fingerprint

    def deidentify_many(self, texts):
        return [Result(t.upper()) for t in texts]


@pytest.fixture
def raw(tmp_path):
    db = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    yield db
    db.close()


def settings(**kw):
    # "automatic": most tests here are not about the review step (the last ones are)
    return settings_from_mapping({"k": K, "units": HIERARCHY, "comments": "automatic", **kw})


def run(raw, tmp_path, today, deid=None, **kw):
    options = {key: kw.pop(key) for key in ("reissue", "freeze", "check") if key in kw}
    report = publish(raw.path, tmp_path / "public.db", INSTRUMENTS, settings(**kw), deid or Upper(),
                     today=today, **options)
    conn = sqlite3.connect(tmp_path / "public.db")
    conn.row_factory = sqlite3.Row
    return report, conn


def rows(conn, sql, *args):
    return [dict(r) for r in conn.execute(sql, args)]


def snapshot(conn):
    """The published figures, comments and units, comparable between publications."""
    out = {}
    for table in PUBLIC_TABLES:
        data = rows(conn, f"select * from {table}")
        if table == "scores":
            ids = {r.pop("id"): (r["question"], r["period"], r["unit"], r["role"]) for r in data}
        if table == "distribution":
            data = [{**r, "score": ids[r["score"]]} for r in data]
        out[table] = sorted(json.dumps(r, sort_keys=True) for r in data)
    return out


def exit_rows(team, n, submitted_at=K3, score=None, start=0, **extra):
    return [{"TEAM": team, "ROL": "ouder", "CIJFER": score if score is not None else 1 + (start + i) % 10,
             "AANBEVELEN": "YN"[(start + i) % 2], "submitted_at": submitted_at, **extra} for i in range(n)]


def add_year(raw):
    for team, n in (("team-a", 12), ("team-b", 9), ("team-c", 3), ("team-d", 14), ("team-e", 11)):
        raw.add_many("exit", exit_rows(team, n))
        raw.add_many("exit", exit_rows(team, n, submitted_at=K4))


# -- when a period is published --------------------------------------------------------


def test_a_period_is_published_only_when_closed_and_past_the_grace_time(raw, tmp_path):
    add_year(raw)
    report, conn = run(raw, tmp_path, today=date(2026, 10, 14))     # K3 ended 30 Sept; 14 days: 15 Oct
    assert rows(conn, "select count(*) as n from responses") == [{"n": 0}]
    assert report.waiting == {"2026-K3": "2026-10-15", "2026-K4": "2027-01-15"} and not report.released
    pub = rows(conn, "select next_period, next_publish_on, grace_days, open_period from publication")[0]
    assert pub == {"next_period": "2026-K3", "next_publish_on": "2026-10-15", "grace_days": 14, "open_period": None}
    assert sqlite3.connect(raw.path).execute("select count(*) from publish_releases").fetchone()[0] == 0

    report, conn = run(raw, tmp_path, today=date(2026, 10, 15))
    assert {r["period"] for r in rows(conn, "select period from responses")} == {"2026-K3"}
    assert report.released == ["2026-K3"] and report.waiting == {"2026-K4": "2027-01-15"}
    assert rows(conn, "select n from responses where unit = ? and role = 'alle'", ORG) == [{"n": 49}]
    assert rows(conn, "select id, status, released_at from periods") == [
        {"id": "2026-K3", "status": "vast", "released_at": report.published_at[:10]}]
    assert rows(conn, "select next_period, next_publish_on from publication") == [
        {"next_period": "2026-K4", "next_publish_on": "2027-01-15"}]
    # a shorter grace time publishes earlier; periods without any date are never published
    raw.add_many("exit", exit_rows("team-a", 6, submitted_at=None, survey_id=999999))
    report, conn = run(raw, tmp_path, today=date(2027, 1, 4), grace_days=3)
    assert report.released == ["2026-K4"] and report.waiting == {"onbekend": None}
    assert {r["id"] for r in rows(conn, "select id from periods")} == {"2026-K3", "2026-K4"}


def test_grace_days_and_open_period_settings_are_checked():
    assert settings().grace_days == 14 and settings().open_period is False
    assert settings(grace_days=0).grace_days == 0
    for bad in (-1, "14", 1.5, True):
        with pytest.raises(PublishConfigError, match="grace_days"):
            settings(grace_days=bad)
    with pytest.raises(PublishConfigError, match="open_period"):
        settings(open_period="ja")


# -- frozen ------------------------------------------------------------------------------


def test_a_published_period_is_frozen_and_later_changes_are_counted_not_folded_in(raw, tmp_path):
    add_year(raw)
    raw.add_many("exit", exit_rows("team-a", 2, TIPS="eerste tip"))
    incomplete = raw.add("exit", **exit_rows("team-b", 1)[0], complete=0)
    gone = raw.add("exit", **exit_rows("team-d", 1)[0])
    today = date(2026, 11, 1)
    first, conn = run(raw, tmp_path, today)
    before = snapshot(conn)
    assert first.released == ["2026-K3"] and first.releases == [1]

    # after the freeze: one arrives, one completes, one is deleted, a comment arrives
    raw.add_many("exit", exit_rows("team-a", 1, TIPS="late tip"))
    raw.db["responses_exit"].update((EXIT.sid, incomplete), {"complete": 1})
    raw.db["responses_exit"].update((EXIT.sid, gone), {"deleted_at": "2026-10-30T10:00:00Z"})
    second, conn = run(raw, tmp_path, today, deid=Upper("another de-identifier"))
    assert snapshot(conn) == before                     # exactly the same figures, comments and units
    assert "LATE TIP" not in json.dumps(before["comments"]) and second.frozen == ["2026-K3"]
    assert not second.released and not second.releases  # nothing computed, no release recorded
    note = rows(conn, "select * from release_notes where instrument = 'exit' and period = '2026-K3'")[0]
    assert (note["later_in"], note["later_out"], note["later_comments"]) == (2, 1, 1)
    assert note["note_nl"] == ("2 lijsten kwamen later binnen en tellen niet mee. 1 lijst is later ingetrokken "
                               "of verwijderd; in deze cijfers telt die nog mee. 1 opmerking kwam later binnen "
                               "en staat er niet bij.")
    assert second.later == {"arrived": 2, "withdrawn": 1, "comments": 1}
    assert second.responses["exit"] == first.responses["exit"] == 52
    assert any("not in the published figures" in line for line in second.lines())
    private = sqlite3.connect(raw.path)
    assert private.execute("select count(*) from publish_releases").fetchone()[0] == 1
    assert private.execute("select arrived, withdrawn, comments from publish_late where instrument = 'exit'"
                           ).fetchall() == [(2, 1, 1)]


def test_reissue_computes_a_frozen_period_again_as_a_new_release(raw, tmp_path):
    add_year(raw)
    today = date(2026, 11, 1)
    run(raw, tmp_path, today)
    # K late responses: a reissue that differs from the release by fewer would isolate them,
    # and the attacker's audit would hide the groups they are in
    raw.add_many("exit", exit_rows("team-a", K, TIPS="late tip"))
    report, conn = run(raw, tmp_path, today, reissue=["2026-K3"])
    assert report.reissued == ["2026-K3"] and report.releases == [2]
    assert rows(conn, "select n from responses where unit = ? and role = 'alle'", ORG) == [{"n": 49 + K}]
    assert rows(conn, "select text from comments") == [{"text": "LATE TIP"}] * K
    assert rows(conn, "select later_in from release_notes where instrument = 'exit'") == [{"later_in": 0}]
    private = sqlite3.connect(raw.path)
    assert private.execute("select id, reason, periods, status from publish_releases").fetchall() == [
        (1, "release", '["2026-K3"]', "published"), (2, "reissue", '["2026-K3"]', "published")]
    # and it stays frozen at the reissue
    raw.add_many("exit", exit_rows("team-a", 1))
    report, conn = run(raw, tmp_path, today)
    assert rows(conn, "select n from responses where unit = ? and role = 'alle'", ORG) == [{"n": 49 + K}]
    # a reissue of a period that has not closed yet, or of nonsense, is refused and changes nothing
    with pytest.raises(PublishError, match="cannot be published before 2027-01-15"):
        run(raw, tmp_path, today, reissue=["2026-K4"])
    with pytest.raises(PublishError, match="not a quarter"):
        run(raw, tmp_path, today, reissue=["2026-Q3"])
    assert private.execute("select count(*) from publish_releases").fetchone()[0] == 2


def test_the_ledger_has_every_cell_of_a_released_period_hidden_ones_null(raw, tmp_path):
    add_year(raw)
    run(raw, tmp_path, date(2026, 11, 1))
    private = sqlite3.connect(raw.path)
    public = sqlite3.connect(tmp_path / "public.db")
    units = [u for (u,) in public.execute("select id from units")]
    roles = ["alle", *catalog.role_codes(EXIT)]
    from stemsync.publish.aggregate import valid_answers
    per_group = 1 + sum(1 + len(valid_answers(q)) for q in EXIT.questions if q.kind in ("scale", "choice", "yesno"))
    ledger = private.execute("select unit, role, question, option, value, mean, actual from publish_ledger "
                             "where release = 1 and instrument = 'exit' and period = '2026-K3'").fetchall()
    assert len(ledger) == len(units) * len(roles) * per_group
    cells = {(u, r, q, o): (v, m, a) for u, r, q, o, v, m, a in ledger}
    # team-c (3) is below k: hidden, but its true count is kept privately
    assert cells[("team:team-c", "alle", "", "")] == (None, None, 3)
    assert cells[(ORG, "alle", "", "")] == (49, None, 49)
    # every shown figure is in the ledger with its value; every ledger value is shown
    for unit, role, n in public.execute("select unit, role, n from responses"):
        assert cells[(unit, role, "", "")][0] == n
    shown = {(u, r, q, o) for (u, r, q, o), (v, _, _) in cells.items() if v is not None}
    public_cells = {(u, r, "", "") for u, r in public.execute("select unit, role from responses")}
    for sid, unit, role, question, n, mean in public.execute("select id, unit, role, question, n, mean from scores"):
        assert cells[(unit, role, question, "")][:2] == (n, mean)
        public_cells.add((unit, role, question, ""))
        for option, count in public.execute("select option, count from distribution where score = ?", [sid]):
            assert cells[(unit, role, question, option)][0] == count
            public_cells.add((unit, role, question, option))
    assert shown == public_cells
    assert private.execute("select count(*) from publish_ledger_members where release = 1 and question = ''"
                           ).fetchone()[0] == 49


def test_a_refused_release_keeps_the_previous_publication(raw, tmp_path):
    raw.add_many("exit", exit_rows("team-a", 12, submitted_at="2026-04-10 10:00:00"))
    run(raw, tmp_path, date(2026, 8, 1))                        # 2026-K2 released
    old = (tmp_path / "public.db").read_bytes()
    add_year(raw)

    def audit(path):
        assert sqlite3.connect(path).execute("select count(*) from responses where period = '2026-K3'").fetchone()
        raise ReleaseRefused("the audit found a hidden cell that can be computed")

    with pytest.raises(ReleaseRefused):
        run(raw, tmp_path, date(2026, 11, 1), check=audit)
    assert (tmp_path / "public.db").read_bytes() == old
    private = sqlite3.connect(raw.path)
    assert private.execute("select id, reason, status from publish_releases").fetchall() == [
        (1, "release", "published"), (2, "release", "refused")]
    assert private.execute("select count(*) from publish_ledger where release = 2").fetchone()[0] > 0
    # a refused release does not freeze anything: the next publish computes the period again
    report, conn = run(raw, tmp_path, date(2026, 11, 1))
    assert report.released == ["2026-K3"] and report.releases == [3]


# -- comments follow suppression (issue item 4) -------------------------------------------


def test_a_comment_is_never_placed_under_a_team_whose_figures_are_hidden(raw, tmp_path):
    # Noord: a (3, below k), b (6), c (20). b is hidden as a's complement although 6 >= k:
    # a comment at team b would tell that b is the protecting sibling with at least k responses.
    raw.add_many("exit", exit_rows("team-a", 3) + exit_rows("team-c", 20) + exit_rows("team-d", 8)
                 + exit_rows("team-e", 9))
    raw.add_many("exit", exit_rows("team-b", 6, TIPS="tip van b"))
    report, conn = run(raw, tmp_path, date(2026, 11, 1))
    assert not rows(conn, "select 1 from responses where unit = 'team:team-b'")
    placed = {r["unit"] for r in rows(conn, "select unit from comments where text = 'TIP VAN B'")}
    assert placed == {"regio:Noord"}   # raised with a: the pool 3 + 6 >= k, and Noord is shown
    assert rows(conn, "select count(*) as n from responses where unit = 'regio:Noord' and role = 'alle'") == [{"n": 1}]


def test_comments_of_a_frozen_period_stay_as_they_were_published(raw, tmp_path):
    raw.add_many("exit", exit_rows("team-a", 12, TIPS="bel Marieke"))
    today = date(2026, 11, 1)
    run(raw, tmp_path, today)
    _, conn = run(raw, tmp_path, today, deid=Upper("names list changed"))
    assert {r["text"] for r in rows(conn, "select text from comments")} == {"BEL MARIEKE"}


# -- units (issue item 5) ----------------------------------------------------------------


def test_link_values_outside_the_hierarchy_are_counted_as_onbekend(raw, tmp_path):
    raw.add_many("exit", exit_rows("team-a", 12) + exit_rows("losse-groep", 1) + exit_rows("De Vliegers", 6))
    _, conn = run(raw, tmp_path, date(2026, 11, 1))
    names = {r["name"] for r in rows(conn, "select name from units")}
    assert "losse-groep" not in names and "De Vliegers" not in names and "onbekend" in names
    assert rows(conn, "select n from responses where unit = 'team:onbekend' and role = 'alle'") == [{"n": 7}]
    blob = (tmp_path / "public.db").read_bytes()
    assert b"losse-groep" not in blob and b"Vliegers" not in blob


# -- the attack the freeze stops ---------------------------------------------------------


def answers_at_org(conn):
    """What a reader sees at the organisation level: per question its distribution."""
    out = {}
    for question, option, count in conn.execute(
            "select s.question, d.option, d.count from scores s join distribution d on d.score = s.id "
            "where s.unit = ? and s.role = 'alle'", [ORG]):
        out[(question, option)] = count
    n = conn.execute("select n from responses where unit = ? and role = 'alle'", [ORG]).fetchone()
    return out, n[0] if n else 0


def attack(before, after, known):
    """Subtract two consecutive publications and the answers the attacker knows (their own,
    or their friends'); when exactly one unknown response is left, its answers are recovered."""
    (dist0, n0), (dist1, n1) = before, after
    if n1 - n0 - len(known) != 1:
        return None
    recovered = {}
    for key in set(dist0) | set(dist1):
        left = dist1.get(key, 0) - dist0.get(key, 0) - sum(1 for k in known if (key[0], str(k.get(key[0]))) == key)
        if left == 1:
            recovered[key[0]] = key[1]
        elif left != 0:
            return None
    return recovered


@pytest.mark.parametrize("late", [1, 2, K - 1])
@pytest.mark.parametrize("freeze", [False, True])
def test_consecutive_publications_do_not_tell_a_late_response(raw, tmp_path, late, freeze):
    add_year(raw)
    today = date(2026, 11, 1)
    _, conn = run(raw, tmp_path, today, freeze=freeze)
    before = answers_at_org(conn)
    victim = {"CIJFER": 2, "AANBEVELEN": "N"}
    known = [{"CIJFER": 9, "AANBEVELEN": "Y"} for _ in range(late - 1)]   # the attacker and friends
    for answers in [victim, *known]:
        raw.add("exit", TEAM="team-a", ROL="ouder", submitted_at=K3, **answers)
    _, conn = run(raw, tmp_path, today, freeze=freeze)
    recovered = attack(before, answers_at_org(conn), known)
    if freeze:
        assert recovered is None and answers_at_org(conn) == before
    else:  # the leak the freeze closes: the victim's answers, exactly
        assert recovered == {"CIJFER": "2", "AANBEVELEN": "N"}


def test_the_publish_command_reissues_and_says_why_it_refuses(raw, tmp_path):
    from click.testing import CliRunner

    from stemsync.cli import cli

    raw.add_many("exit", exit_rows("team-a", 12, submitted_at="2025-05-01 10:00:00"))
    (tmp_path / "stemsync.toml").write_text(
        '[database]\nraw = "raw.db"\npublic = "portal.db"\n[publish]\nk = 5\ngrace_days = 20\n'
        '[publish.units.teams]\n"team-a" = "Noord"\n')
    runner = CliRunner()
    first = runner.invoke(cli, ["--config", str(tmp_path / "stemsync.toml"), "publish"])
    assert first.exit_code == 0 and "released 2025-K2" in first.output, first.output
    again = runner.invoke(cli, ["--config", str(tmp_path / "stemsync.toml"), "publish", "--reissue", "2025-K2"])
    assert again.exit_code == 0 and "reissued 2025-K2" in again.output, again.output
    bad = runner.invoke(cli, ["--config", str(tmp_path / "stemsync.toml"), "publish", "--reissue", "2025-K5"])
    assert bad.exit_code == 1 and bad.output.count("\n") == 1 and "not a quarter like 2026-K3" in bad.output
    assert "Traceback" not in bad.output


# -- the running period, when asked for (open_period) ------------------------------------


def test_open_period_shows_the_running_period_at_organisation_level_in_steps_of_k(raw, tmp_path):
    today = date(2026, 11, 20)                              # 2026-K4 runs
    raw.add_many("exit", exit_rows("team-a", 7, submitted_at=K4) + exit_rows("team-d", 6, submitted_at=K4))
    report, conn = run(raw, tmp_path, today)                # off by default: nothing of K4
    assert not rows(conn, "select 1 from responses where period = '2026-K4'")
    report, conn = run(raw, tmp_path, today, open_period=True)
    assert report.open_period == "2026-K4" and report.releases == [1]
    shown = rows(conn, "select unit, role, n from responses where period = '2026-K4'")
    assert shown == [{"unit": ORG, "role": "alle", "n": 13}]   # organisation level, all roles together
    assert {r["level"] for r in rows(conn, "select level from scores where period = '2026-K4'")} == {"organisatie"}
    assert rows(conn, "select status from periods where id = '2026-K4'") == [{"status": "voorlopig"}]
    assert rows(conn, "select open_period from publication") == [{"open_period": "2026-K4"}]
    first = snapshot(conn)
    for extra in range(1, K):                               # fewer than k new: the same state again
        raw.add_many("exit", exit_rows("team-b", 1, submitted_at=K4, start=extra))
        report, conn = run(raw, tmp_path, today, open_period=True)
        assert snapshot(conn) == first and not report.releases
    raw.add_many("exit", exit_rows("team-b", 1, submitted_at=K4, start=7))   # the k-th new one: a new state
    report, conn = run(raw, tmp_path, today, open_period=True)
    assert report.releases == [2]
    assert rows(conn, "select n from responses where period = '2026-K4'") == [{"n": 13 + K}]
    private = sqlite3.connect(raw.path)
    assert private.execute("select reason, periods from publish_releases").fetchall() == [
        ("open", '["2026-K4"]'), ("open", '["2026-K4"]')]
    # in its grace time the last provisional state stays
    report, conn = run(raw, tmp_path, date(2027, 1, 5), open_period=True)
    assert report.open_period is None and not report.releases       # 2027-K1 has no responses yet
    assert rows(conn, "select n from responses where period = '2026-K4'") == [{"n": 13 + K}]
    assert rows(conn, "select status from periods where id = '2026-K4'") == [{"status": "voorlopig"}]
    # when the quarter has closed and its grace time passed, it is released as any other; a figure that
    # differs from the last provisional state by fewer than k starts hidden (2 more here)
    raw.add_many("exit", exit_rows("team-b", 2, submitted_at=K4, start=3))
    report, conn = run(raw, tmp_path, date(2027, 1, 15))
    assert report.released == ["2026-K4"]
    assert rows(conn, "select status from periods where id = '2026-K4'") == [{"status": "vast"}]
    assert private.execute("select value, actual from publish_ledger where release = 3 and unit = ? and "
                           "role = 'alle' and question = '' and instrument = 'exit'", [ORG]).fetchall() == [
        (None, 13 + K + 2)]


# -- the review step and frozen comments --------------------------------------------------


def test_comments_are_queued_before_release_and_frozen_as_approved_then(raw, tmp_path):
    from stemsync.review import queue

    raw.add_many("exit", exit_rows("team-a", 12, TIPS="goed geholpen"))
    raw.add_many("exit", exit_rows("team-d", 12, TIPS="lang gewacht"))
    review = {"comments": "review"}
    # K3 in its grace time: nothing shown, but its comments wait in the review queue already
    run(raw, tmp_path, date(2026, 10, 5), **review)
    private = sqlite3.connect(raw.path)
    waiting = {item.text: item.id for item in queue.waiting(private)}
    assert set(waiting) == {"GOED GEHOLPEN", "LANG GEWACHT"}
    queue.approve(private, [waiting["GOED GEHOLPEN"]], "tester")
    # released: the approved comment is frozen with its period, the other is not shown
    report, conn = run(raw, tmp_path, date(2026, 10, 20), **review)
    assert report.released == ["2026-K3"]
    assert {r["text"] for r in rows(conn, "select text from comments")} == {"GOED GEHOLPEN"}
    # approved after the release: counted as later, not shown ...
    queue.approve(private, [waiting["LANG GEWACHT"]], "tester")
    report, conn = run(raw, tmp_path, date(2026, 10, 21), **review)
    assert {r["text"] for r in rows(conn, "select text from comments")} == {"GOED GEHOLPEN"}
    assert rows(conn, "select later_comments, note_nl from release_notes where instrument = 'exit'") == [
        {"later_comments": 12, "note_nl": "12 opmerkingen kwamen later binnen en staan er niet bij."}]
    # ... until the period is reissued
    report, conn = run(raw, tmp_path, date(2026, 10, 21), reissue=["2026-K3"], **review)
    assert {r["text"] for r in rows(conn, "select text from comments")} == {"GOED GEHOLPEN", "LANG GEWACHT"}
    assert rows(conn, "select later_comments from release_notes where instrument = 'exit'") == [
        {"later_comments": 0}]


def test_open_period_hides_a_figure_that_grew_by_fewer_than_k_or_by_one_answer_only(raw, tmp_path):
    today = date(2026, 11, 20)
    raw.add_many("exit", exit_rows("team-a", 7, submitted_at=K4) + exit_rows("team-d", 6, submitted_at=K4))
    run(raw, tmp_path, today, open_period=True)
    # k new responses: all say yes to AANBEVELEN (the change is one answer for all), and only two
    # answer CIJFER (that figure grew by 2 < k)
    raw.add_many("exit", [{**row, "CIJFER": 10 if i < 2 else None, "AANBEVELEN": "Y"}
                          for i, row in enumerate(exit_rows("team-b", K, submitted_at=K4))])
    report, conn = run(raw, tmp_path, today, open_period=True)
    assert report.releases == [2]
    scores = {r["question"]: r for r in rows(conn, "select question, n, details_withheld from scores "
                                                   "where period = '2026-K4'")}
    assert scores["AANBEVELEN"]["n"] == 13 + K and scores["AANBEVELEN"]["details_withheld"] == 1
    assert "CIJFER" not in scores
    ledger_rows = dict(sqlite3.connect(raw.path).execute(
        "select option, value from publish_ledger where release = 2 and question = 'CIJFER' and role = 'alle' "
        "and instrument = 'exit' and option in ('', '10')").fetchall())
    assert ledger_rows == {"": None, "10": None}
