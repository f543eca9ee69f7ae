"""The sync against the emulator: end to end, idempotence, and every fault of issue 3."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime

import pytest
import sqlite_utils
from click.testing import CliRunner

from stemsync import codebook, deploy, responses as resp, synthetic
from stemsync.cli import EXIT_BUSY, cli
from stemsync.config import Secret
from stemsync.db import open_db
from stemsync_emulator import Emulator
from stemsync.limesurvey import LimeSurvey
from stemsync.runlock import run_lock
from stemsync.sync import SyncAborted, Syncer, structure_problems, sync

PASSWORD = "Pw-Sync-Geheim-2718"
INSTRUMENTS = codebook.load_all()
SS = INSTRUMENTS["samen-sterker"]
TABLE = resp.table_name(SS)


@pytest.fixture
def emu():
    with Emulator(password=PASSWORD) as emulator:
        yield emulator


@pytest.fixture
def ls(emu):
    with LimeSurvey(emu.url, "admin", Secret(PASSWORD), backoff=0.01, retries=1) as session:
        yield session


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "private.db")


@pytest.fixture
def sid(ls, db, emu):
    """Samen Sterker deployed and active, editable after completion (as in recording 02)."""
    dep = deploy.deploy(ls, db, SS)
    ls.set_survey_properties(dep.survey_id, {"alloweditaftercompletion": "Y"})
    ls.activate_survey(dep.survey_id)
    return dep.survey_id


def add(emu, sid, count, seed=1, **overrides):
    rows = [{**r, **overrides} for r in synthetic.responses(SS, count, start=datetime(2026, 1, 1), seed=seed)]
    return emu.state.add_responses_bulk(sid, rows)


def stored(db, where="1=1"):
    return {r["response_id"]: r for r in db.query(f"select * from [{TABLE}] where {where}")}


def lime_complete(ls, sid):
    return {int(r["id"]): r for r in ls.export_responses(sid, completion="complete")}


def run(ls, db, **kw):
    return sync(ls, db, INSTRUMENTS, **{"page_size": 10, **kw})


def test_end_to_end_against_limesurveys_own_export(emu, ls, db, sid):
    first_ids = add(emu, sid, 35)
    incomplete = ls.add_response(sid, {**synthetic.to_sgqa(
        next(synthetic.responses(SS, 1, start=datetime(2026, 2, 1), seed=9)), ls.get_fieldmap(sid)),
        "submitdate": None})
    report = run(ls, db)
    assert report.ok and report.surveys[0].new == 36 and report.surveys[0].updated == 0
    assert stored(db)[incomplete]["complete"] == 0

    second_ids = add(emu, sid, 12, seed=2)
    ls.update_response(sid, {"id": incomplete, "submitdate": "2026-02-02 10:00:00"})
    ls.delete_response(sid, first_ids[3])
    report = run(ls, db)
    assert (report.surveys[0].new, report.surveys[0].updated, report.surveys[0].deleted) == (12, 1, 0)
    assert stored(db)[incomplete]["complete"] == 1  # updated in place, same id

    report = run(ls, db, full=True)
    assert report.surveys[0].deleted == 1 and report.surveys[0].new == 0
    assert stored(db)[first_ids[3]]["deleted_at"] is not None

    # what counts downstream equals LimeSurvey's own export of complete responses
    mine = stored(db, "complete = 1 and deleted_at is null")
    theirs = lime_complete(ls, sid)
    assert set(mine) == set(theirs)
    for rid, row in theirs.items():
        for code in SS.codes:
            raw = row[code]
            expected = None if raw in (None, "") else (SS.question(code).scale.value_of(raw)
                                                        if code.endswith("SCORE") else raw)
            assert mine[rid][code] == expected, (rid, code)
    assert len(stored(db)) == len(first_ids) + len(second_ids) + 1


def test_second_run_changes_nothing_and_pages_are_exact(emu, ls, db, sid):
    ids = add(emu, sid, 47)
    assert run(ls, db, page_size=7).surveys[0].new == 47
    again = run(ls, db, page_size=7)
    assert (again.surveys[0].new, again.surveys[0].updated) == (0, 0)
    assert db.execute("select cursor from sync_state where survey_id = ?", [sid]).fetchone()[0] == ids[-1]
    assert db[TABLE].count == 47


def test_answers_outside_the_codebook_are_kept_and_reported(emu, ls, db, sid):
    emu.state.add_responses_bulk(sid, [{"TEAM": "t", "ROL": "opa", "OMGANGSCORE": "A99"}])
    report = run(ls, db)
    assert report.surveys[0].problems == 2 and report.ok
    problems = {r["code"]: r["raw_value"] for r in db["answer_problems"].rows}
    assert problems == {"ROL": "opa", "OMGANGSCORE": "A99"}


def test_structure_mismatch_is_reported_and_skipped(emu, ls, db, sid):
    edited = ls.import_survey((codebook.TEMPLATES_DIR / "samen-sterker.lss").read_bytes()
                              .replace(b"<![CDATA[OMGANGGOED]]>", b"<![CDATA[OMGANGNIEUW]]>"))
    ls.activate_survey(edited)
    db["deployments"].insert({"instrument": "samen-sterker", "version": 1, "survey_id": edited,
                              "server": deploy.server_of(ls.url), "title": "x", "deployed_at": "now"})
    emu.state.add_responses_bulk(edited, [{"TEAM": "t"}])
    add(emu, sid, 5)
    report = run(ls, db)
    broken = next(s for s in report.surveys if s.survey_id == edited)
    assert "no longer matches its codebook" in broken.error and "OMGANGGOED is missing" in broken.error
    assert stored(db, f"survey_id = {edited}") == {}
    assert next(s for s in report.surveys if s.survey_id == sid).new == 5  # others still sync
    assert structure_problems(SS, ls.get_fieldmap(sid)) == []


def test_survey_deleted_in_limesurvey(emu, ls, db, sid):
    add(emu, sid, 3)
    run(ls, db)
    ls.delete_survey(sid)
    report = run(ls, db)
    assert not report.ok and "does not exist in LimeSurvey" in report.surveys[0].error
    assert db[TABLE].count == 3  # what was synced stays


def test_not_active_survey_is_a_note_not_an_error(ls, db):
    deploy.deploy(ls, db, INSTRUMENTS["exit"])
    report = run(ls, db)
    assert report.ok and "not active" in report.surveys[0].note


class FaultAfterPages:
    """A progress hook that injects a fault once `pages` pages are committed."""

    def __init__(self, emu, pages, fault, **kw):
        self.emu, self.pages, self.fault, self.kw, self.seen = emu, pages, fault, kw, 0

    def start(self, label, total):
        pass

    def advance(self, n):
        self.seen += 1
        if self.seen == self.pages:
            self.emu.inject(self.fault, method="export_responses", **self.kw)

    def finish(self):
        pass


@pytest.mark.parametrize("fault,kw,message", [
    ("html500", {}, "HTTP 500"),
    ("empty", {}, "empty answer to export_responses after a good login"),
    ("html400", {}, "HTTP 400 to export_responses after a good login"),
    ("html200", {}, "web page, not JSON-RPC"),
    ("slow", {"seconds": 1.5, "count": 2}, "did not answer export_responses within 0.5 s"),
    ("drop", {"count": 3}, "connection dropped"),
])
def test_fault_mid_run_keeps_whole_pages_and_the_next_run_resumes(emu, db, sid, fault, kw, message):
    ids = add(emu, sid, 100)
    with LimeSurvey(emu.url, "admin", Secret(PASSWORD), timeout=0.5, retries=1, backoff=0.01) as session:
        report = Syncer(session, db, INSTRUMENTS, page_size=10,
                        progress=FaultAfterPages(emu, 2, fault, **kw)).run()
    assert not report.ok and message in report.errors[0] and "\n" not in report.errors[0]
    # what was seen mid-run is explained as such, not as a configuration problem of the first call
    assert "switched off" not in report.errors[0] and "other URL format" not in report.errors[0]
    # whole pages only (the fetcher may have read a page or two ahead), and the cursor says so
    written = db[TABLE].count
    assert written % 10 == 0 and 20 <= written <= 50
    assert sorted(stored(db)) == ids[:written]
    cursor = db.execute("select cursor from sync_state where survey_id = ?", [sid]).fetchone()[0]
    assert cursor == ids[written - 1]
    emu.clear_faults()
    with LimeSurvey(emu.url, "admin", Secret(PASSWORD)) as session:
        report = sync(session, db, INSTRUMENTS, page_size=10)
    assert report.ok and report.surveys[0].new == 100 - written
    assert sorted(stored(db)) == ids  # nothing lost, nothing twice


def test_expired_session_key_mid_run_logs_in_again(emu, ls, db, sid):
    add(emu, sid, 30)
    report = Syncer(ls, db, INSTRUMENTS, page_size=10, progress=FaultAfterPages(emu, 1, "expire_key")).run()
    assert report.ok and report.surveys[0].new == 30


def test_database_read_only(emu, ls, db, sid, tmp_path):
    add(emu, sid, 5)
    db.conn.close()
    ro = sqlite_utils.Database(sqlite3.connect(f"file:{tmp_path / 'private.db'}?mode=ro", uri=True))
    with pytest.raises(SyncAborted, match="read-only"):
        run(ls, ro)


def test_database_locked(emu, ls, db, sid, tmp_path):
    add(emu, sid, 5)
    blocker = sqlite3.connect(tmp_path / "private.db")
    blocker.execute("begin immediate")
    short = sqlite_utils.Database(sqlite3.connect(tmp_path / "private.db", timeout=0.2))
    try:
        with pytest.raises(SyncAborted, match="locked by another program"):
            run(ls, short)
    finally:
        blocker.rollback()
    assert run(ls, db).surveys[0].new == 5


def test_disk_full_writes_no_partial_page(emu, ls, db, sid):
    add(emu, sid, 400, OMGANGGOED="x" * 2000)
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages + 60}")
    report = run(ls, db, page_size=50)
    assert not report.ok and "disk is full" in report.errors[0]
    count = db[TABLE].count
    assert count % 50 == 0 and 0 < count < 400  # whole pages only
    cursor = db.execute("select cursor from sync_state where survey_id = ?", [sid]).fetchone()[0]
    assert cursor == sorted(stored(db))[-1]


def test_killed_between_pages_resumes_without_loss_or_duplicates(emu, db, sid, tmp_path):
    ids = add(emu, sid, 60)
    script = textwrap.dedent(f"""
        import os, signal
        from stemsync import codebook
        from stemsync.config import Secret
        from stemsync.db import open_db
        from stemsync.limesurvey import LimeSurvey
        from stemsync.sync import Syncer

        class KillAfterTwoPages:
            n = 0
            def start(self, label, total): pass
            def finish(self): pass
            def advance(self, n):
                self.n += 1
                if self.n == 2:
                    os.kill(os.getpid(), signal.SIGKILL)

        ls = LimeSurvey({emu.url!r}, "admin", Secret({PASSWORD!r}))
        Syncer(ls, open_db({str(tmp_path / 'private.db')!r}), codebook.load_all(), page_size=10,
               progress=KillAfterTwoPages()).run()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert db[TABLE].count == 20
    run_row = db.execute("select status, ended_at from sync_runs order by id desc").fetchone()
    assert run_row == ("running", None)  # the killed run never finished
    with LimeSurvey(emu.url, "admin", Secret(PASSWORD)) as session:
        assert sync(session, db, INSTRUMENTS, page_size=10).surveys[0].new == 40
    assert sorted(stored(db)) == ids


def test_old_incomplete_responses_are_rechecked_only_with_full(emu, ls, db, sid):
    (old,) = emu.state.add_responses_bulk(sid, [{"TEAM": "t", "submitdate": None,
                                                "startdate": "2020-01-01 10:00:00"}])
    run(ls, db)
    ls.update_response(sid, {"id": old, "submitdate": "2026-02-02 10:00:00"})
    assert run(ls, db).surveys[0].updated == 0
    assert run(ls, db, full=True).surveys[0].updated == 1
    assert stored(db)[old]["complete"] == 1


def test_runs_are_recorded(emu, ls, db, sid):
    add(emu, sid, 4)
    report = run(ls, db)
    row = db["sync_runs"].get(report.run_id)
    assert row["status"] == "ok" and row["ended_at"]
    assert json.loads(row["summary"])["surveys"][0]["new"] == 4


# -- through the CLI ---------------------------------------------------------------


@pytest.fixture
def env(emu, tmp_path, sid, db):
    config = tmp_path / "stemsync.toml"
    config.write_text("[sync]\nlock_wait = 0.3\n")
    return {"STEMSYNC_URL": emu.url, "STEMSYNC_USER": "admin", "STEMSYNC_PASSWORD": PASSWORD,
            "STEMSYNC_DB": str(tmp_path / "private.db"), "STEMSYNC_CONFIG": str(config)}


def cli_run(env, *args):
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert PASSWORD not in result.output
    return result


def test_cli_is_quiet_without_a_terminal_and_prints_json_on_request(emu, env, sid):
    add(emu, sid, 8)
    quiet = cli_run(env, "sync")
    assert quiet.exit_code == 0 and quiet.output == ""
    add(emu, sid, 2, seed=5)
    loud = cli_run(env, "sync", "--json")
    summary = json.loads(loud.output)
    assert summary["status"] == "ok" and summary["surveys"][0] == {
        "survey_id": sid, "instrument": "samen-sterker", "new": 2, "updated": 0, "deleted": 0,
        "problems": 0, "error": None, "note": None}


def test_cli_second_run_while_one_holds_the_lock(env, tmp_path):
    with run_lock(tmp_path / "private.db"):
        result = cli_run(env, "sync")
    assert result.exit_code == EXIT_BUSY and "another stemsync run holds" in result.output


def test_cli_errors_exit_non_zero_with_one_line(emu, env, sid):
    emu.rpc_enabled = False
    result = cli_run(env, "sync")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: ") and "JSON-RPC is switched off" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_unknown_survey_id(env):
    result = cli_run(env, "sync", "--survey", "123")
    assert result.exit_code == 1 and "survey 123 is not a stemsync deployment" in result.output


def test_daemon_stops_cleanly_on_sigterm(emu, env, sid):
    add(emu, sid, 5)
    proc = subprocess.Popen([sys.executable, "-m", "stemsync", "daemon", "--every", "60s", "--json"],
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    line = proc.stdout.readline()  # first run's summary
    assert json.loads(line)["surveys"][0]["new"] == 5
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=max(1, deadline - time.monotonic())) == 0


def test_daemon_with_publish_writes_the_public_database(emu, env, sid, tmp_path):
    add(emu, sid, 30)
    public = tmp_path / "public.db"
    config = tmp_path / "stemsync.toml"
    config.write_text(f'[sync]\nlock_wait = 0.3\n[database]\npublic = "{public}"\n')
    proc = subprocess.Popen([sys.executable, "-m", "stemsync", "daemon", "--every", "60s", "--json", "--publish"],
                            env={**os.environ, **env, "STEMSYNC_CONFIG": str(config)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert json.loads(proc.stdout.readline())["surveys"][0]["new"] == 30
        published = json.loads(proc.stdout.readline())["published"]
        complete = sqlite3.connect(env["STEMSYNC_DB"]).execute(f"select count(*) from [{TABLE}] where complete = 1")
        # every complete response is in a published period or waits for its period to close
        assert public.exists() and sum(published["responses"].values()) > 0
        assert sum(published["responses"].values()) + published["not_yet"] == complete.fetchone()[0] > 20
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0


def test_progress_bar_on_a_terminal_only(emu, env, sid, tmp_path):
    """Under a pseudo-terminal the sync shows a bar per survey; without one it printed nothing above."""
    add(emu, sid, 25)
    proc = subprocess.run(["script", "-qec", f"{sys.executable} -m stemsync sync --page-size 10", "/dev/null"],
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert f"samen-sterker ({sid})" in proc.stdout and "25/25" in proc.stdout
    assert f"{sid} samen-sterker: 25 new" in proc.stdout


def test_the_run_lock_is_keyed_on_the_file_not_the_path(tmp_path, monkeypatch):
    from stemsync.runlock import Busy

    real = tmp_path / "data" / "private.db"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    monkeypatch.chdir(tmp_path / "data")
    for other in (link, "private.db", tmp_path / "data" / ".." / "data" / "private.db"):
        with run_lock(real):
            with pytest.raises(Busy):
                with run_lock(other, wait=0.05):
                    pass
