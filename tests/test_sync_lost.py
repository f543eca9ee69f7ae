"""What a plain id cursor misses on a real LimeSurvey, and what the sync does about it (issue 10).

- ids committed out of order, and responses imported with old ids;
- edits to completed responses (found by ``--full``, recorded in ``response_changes``);
- no unbounded export of a large survey: the id windows stay bounded, also with ``--full``.
"""

import json
from datetime import datetime

import pytest

from stemsync import deploy, synthetic
from stemsync.sync import _SurveySync, sync

from test_sync import INSTRUMENTS, PASSWORD, SS, TABLE, db, emu, ls  # noqa: F401 (the sync tests' fixtures)


class ExportLog:
    """Every export_responses the emulator answers: (from_id, to_id, fields, completion, rows returned)."""

    def __init__(self, emu):
        self.calls = []
        original = emu.rpc.m_export_responses

        def logged(key, sid, doc_type, lang=None, completion="all", heading="code", rtype="short",
                   from_id=None, to_id=None, fields=None, *rest):
            answer = original(key, sid, doc_type, lang, completion, heading, rtype, from_id, to_id, fields, *rest)
            rows = emu.rpc.work.rows if isinstance(answer, str) else 0
            self.calls.append((from_id, to_id, fields, completion, rows))
            return answer

        emu.rpc.m_export_responses = logged

    def clear(self):
        self.calls.clear()


@pytest.fixture
def sid(ls, db):
    dep = deploy.deploy(ls, db, SS)
    ls.set_survey_properties(dep.survey_id, {"alloweditaftercompletion": "Y"})
    ls.activate_survey(dep.survey_id)
    return dep.survey_id


def rows(count, seed=1, **overrides):
    return [{**r, **overrides} for r in synthetic.responses(SS, count, start=datetime(2026, 1, 1), seed=seed,
                                                          incomplete_share=0.0)]


def stored(db, where="deleted_at is null"):
    return {r["response_id"]: r for r in db.query(f"select * from [{TABLE}] where {where}")}


def run(ls, db, **kw):
    report = sync(ls, db, INSTRUMENTS, **{"page_size": 10, "trailing_ids": 20, "lookahead": 30, **kw})
    assert report.ok, report
    return report.surveys[0]


# -- out of order -------------------------------------------------------------------------


def test_a_response_committed_after_higher_ids_were_synced_is_still_fetched(emu, ls, db, sid):
    emu.state.add_responses_bulk(sid, rows(25))
    (late,) = emu.state.add_responses_bulk(sid, rows(1, seed=2), committed=False)  # an open transaction
    after = emu.state.add_responses_bulk(sid, rows(5, seed=3))
    assert run(ls, db).new == 30
    assert late not in stored(db) and max(stored(db)) == after[-1]  # the cursor is past it
    emu.state.commit_responses(sid, [late])
    result = run(ls, db)
    assert result.new == 1 and late in stored(db)  # before: never, and sync --full said ok
    assert run(ls, db).new == 0


def test_full_fetches_any_id_it_does_not_have(emu, ls, db, sid):
    emu.state.add_responses_bulk(sid, rows(60))
    assert run(ls, db).new == 60
    ls.delete_response(sid, 7)
    run(ls, db, full=True)
    # an admin imports old responses keeping their ids (far below the trailing window)
    emu.state.add_responses_bulk(sid, [{**r, "id": 7} for r in rows(1, seed=4)])
    assert run(ls, db).new == 0  # the cursor is far past it
    result = run(ls, db, full=True)
    assert result.updated + result.new == 1 and stored(db)[7]["deleted_at"] is None
    kinds = [r["kind"] for r in db.query("select kind from response_changes where response_id = 7 order by id")]
    assert kinds == ["deleted", "restored"]


# -- edits ----------------------------------------------------------------------------------


def test_full_finds_an_edited_complete_response_and_records_the_change(emu, ls, db, sid):
    ids = emu.state.add_responses_bulk(sid, rows(45, OMGANGBETER="eerst"))
    run(ls, db)
    target = ids[17]
    fieldmap = ls.get_fieldmap(sid)
    tips = next(name for name, e in fieldmap.items() if e.get("title") == "OMGANGBETER")
    ls.update_response(sid, {"id": target, tips: "verbeterd door de beheerder"})
    assert run(ls, db).updated == 0  # a normal run does not look at old complete responses
    result = run(ls, db, full=True)
    assert result.updated == 1 and stored(db)[target]["OMGANGBETER"] == "verbeterd door de beheerder"
    change = db.execute("select kind, changes, run_id from response_changes where response_id = ?", [target]).fetchone()
    assert change[0] == "edited" and json.loads(change[1]) == {"OMGANGBETER": ["eerst", "verbeterd door de beheerder"]}
    assert change[2] is not None
    assert run(ls, db, full=True).updated == 0  # recorded once


def test_full_skips_windows_whose_digest_did_not_change(emu, ls, db, sid, monkeypatch):
    ids = emu.state.add_responses_bulk(sid, rows(95))
    run(ls, db, full=True)
    compared = []
    original = _SurveySync.reconcile_window
    monkeypatch.setattr(_SurveySync, "reconcile_window",
                        lambda self, page: (page.rows and compared.append(page.first), original(self, page))[1])
    run(ls, db, full=True)
    assert compared == []  # every window's export text hashed to the digest of last time
    fieldmap = ls.get_fieldmap(sid)
    tips = next(name for name, e in fieldmap.items() if e.get("title") == "OMGANGBETER")
    ls.update_response(sid, {"id": ids[42], tips: "nieuw"})
    assert run(ls, db, full=True).updated == 1
    assert compared == [41]  # only the window [41, 50] was compared row by row


def test_full_marks_deleted_ones_also_past_a_long_gap_and_at_the_end(emu, ls, db, sid):
    ids = emu.state.add_responses_bulk(sid, rows(200))
    run(ls, db)
    for rid in ids[50:120] + ids[-3:]:  # a gap longer than a window plus the look-ahead, and the tail
        ls.delete_response(sid, rid)
    result = run(ls, db, full=True)
    assert result.deleted == 73 and set(stored(db)) == set(ids[:50] + ids[120:-3])
    assert run(ls, db, full=True).deleted == 0


# -- bounded calls ------------------------------------------------------------------------------


def test_no_export_call_is_unbounded_or_larger_than_a_window(emu, ls, db, sid):
    log = ExportLog(emu)
    emu.state.add_responses_bulk(sid, rows(95))
    emu.state.add_responses_bulk(sid, rows(3, submitdate=None))
    for full in (False, False, True, True):
        log.clear()
        run(ls, db, full=full)
        assert log.calls
        for first, last, fields, completion, returned in log.calls:
            if last is None:  # the tail check: only what lies beyond the look-ahead, here nothing
                assert returned == 0
            else:  # a window (10), a look-ahead (30), or the trailing window with the look-ahead (20 + 30)
                assert last - first < 50 and returned <= 50
    assert len(stored(db)) == 98


def test_a_run_with_nothing_new_makes_a_few_small_calls(emu, ls, db, sid):
    emu.state.add_responses_bulk(sid, rows(500))
    run(ls, db)
    log = ExportLog(emu)
    assert run(ls, db).new == 0
    # one listing of the trailing window and the look-ahead, one tail check (empty)
    assert len(log.calls) == 2 and sum(c[4] for c in log.calls) == 20


def test_incomplete_responses_are_rechecked_through_a_small_listing(emu, ls, db, sid):
    done = emu.state.add_responses_bulk(sid, rows(300))
    recent = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    open_ids = emu.state.add_responses_bulk(sid, rows(4, seed=5, submitdate=None, startdate=recent))
    emu.state.add_responses_bulk(sid, rows(300, seed=6))
    run(ls, db)
    ls.update_response(sid, {"id": open_ids[1], "submitdate": "2026-03-03 10:00:00"})
    ls.delete_response(sid, open_ids[2])
    log = ExportLog(emu)
    result = run(ls, db)
    assert (result.updated, result.deleted) == (1, 1)
    assert stored(db)[open_ids[1]]["complete"] == 1 and open_ids[2] not in stored(db)
    assert sum(c[4] for c in log.calls) <= 20 + 2 + 10  # trailing window, the still-open ones, one window
    assert done[0] in stored(db)


def test_page_size_and_windows_come_from_the_config(emu, sid, tmp_path):
    from click.testing import CliRunner

    from stemsync.cli import cli

    log = ExportLog(emu)
    emu.state.add_responses_bulk(sid, rows(40))
    config = tmp_path / "stemsync.toml"
    config.write_text("[sync]\npage_size = 7\ntrailing_ids = 5\nlookahead = 9\n")
    env = {"STEMSYNC_URL": emu.url, "STEMSYNC_USER": "admin", "STEMSYNC_PASSWORD": PASSWORD,
           "STEMSYNC_DB": str(tmp_path / "private.db"), "STEMSYNC_CONFIG": str(config)}
    result = CliRunner().invoke(cli, ["sync", "--json"], env=env, catch_exceptions=False)
    assert result.exit_code == 0 and json.loads(result.output)["surveys"][0]["new"] == 40
    full_rows = [(first, last) for first, last, fields, *_ in log.calls if fields is None]
    assert full_rows[:2] == [(1, 7), (8, 14)]
    # after the empty window [43, 49]: the look-ahead of 9 ids, then the tail
    assert [(first, last) for first, last, fields, *_ in log.calls if fields] == [(50, 58), (59, None)]
