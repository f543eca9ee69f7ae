"""`stemsync backup`: a consistent copy of the private database while it is being written (WAL)."""

import shutil
import sqlite3
import stat
import threading

from click.testing import CliRunner

from stemsync.cli import cli
from stemsync.db import backup, open_db


def make_db(path):
    db = open_db(path)
    db.execute("create table responses_exit (id integer primary key, n integer)")
    db.execute("create table tally (id integer primary key, total integer)")
    db.execute("insert into tally values (1, 0)")
    db.conn.commit()
    db.conn.close()


def writer(path, stop, committed):
    """Commit rows one transaction at a time; each commit also raises tally.total."""
    conn = sqlite3.connect(path, timeout=30)
    n = 0
    while not stop.is_set():
        n += 1
        with conn:
            conn.execute("insert into responses_exit (n) values (?)", (n,))
            conn.execute("update tally set total = total + 1 where id = 1")
        committed.append(n)
    conn.close()


def test_a_copy_taken_during_writes_holds_every_committed_row(tmp_path):
    source = tmp_path / "private.db"
    make_db(source)
    stop, committed = threading.Event(), []
    thread = threading.Thread(target=writer, args=(source, stop, committed))
    thread.start()
    try:
        while len(committed) < 300:
            threading.Event().wait(0.01)
        before = len(committed)
        result = backup(source, tmp_path / "copy.db")
        # a plain file copy of the main file, taken now, misses what is still in the WAL
        shutil.copyfile(source, tmp_path / "cp.db")
    finally:
        stop.set()
        thread.join()
    copy = sqlite3.connect(tmp_path / "copy.db")
    rows = copy.execute("select count(*), max(n) from responses_exit").fetchone()
    total = copy.execute("select total from tally").fetchone()[0]
    assert rows[0] >= before and rows[0] == rows[1] == total  # every commit before, one snapshot
    assert result.rows == rows[0] and copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stat.S_IMODE((tmp_path / "copy.db").stat().st_mode) == 0o600
    naive = sqlite3.connect(tmp_path / "cp.db").execute("select count(*) from responses_exit").fetchone()[0]
    assert naive < before  # why a plain copy is not a backup
    assert open_db(tmp_path / "copy.db")  # the copy is a usable private database


def test_backup_command_into_a_folder_and_refusals(tmp_path):
    source = tmp_path / "private.db"
    make_db(source)
    env = {"STEMSYNC_DB": str(source), "STEMSYNC_CONFIG": ""}
    (tmp_path / "backups").mkdir()
    result = CliRunner().invoke(cli, ["backup", str(tmp_path / "backups")], env=env)
    assert result.exit_code == 0, result.output
    made = list((tmp_path / "backups").glob("private-*.db"))
    assert len(made) == 1 and "integrity ok" in result.output
    (tmp_path / "notes.txt").write_text("mijn aantekeningen\n")
    for target, expected in ((tmp_path / "notes.txt", "is not a stemsync backup"),
                             (source, "is the database itself"),
                             (tmp_path / "nope" / "x.db", "does not exist")):
        result = CliRunner().invoke(cli, ["backup", str(target)], env=env)
        assert result.exit_code == 1 and expected in result.output and len(result.output.splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text() == "mijn aantekeningen\n"
    missing = CliRunner().invoke(cli, ["backup", str(tmp_path / "b.db")],
                                 env={**env, "STEMSYNC_DB": str(tmp_path / "none.db")})
    assert missing.exit_code == 1 and "does not exist; nothing to back up" in missing.output
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "none.db").exists()
    again = CliRunner().invoke(cli, ["backup", "-q", str(made[0])], env=env)  # replacing an older backup
    assert again.exit_code == 0 and again.output == ""
