"""The private database's migrations are transactional: a kill half-way harms nothing."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from stemsync import db as dbmod
from stemsync.db import MIGRATIONS, open_db


def tables(path):
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def test_a_kill_during_the_first_open_leaves_a_usable_database(tmp_path):
    path = tmp_path / "private.db"
    script = textwrap.dedent(f"""
        import os, signal
        from stemsync import db

        def first_then_die(database):
            db.MIGRATIONS[0][1](database)      # the deployments table and its indexes...
            os.kill(os.getpid(), signal.SIGKILL)  # ...and the process dies before the step is recorded

        db.open_db({str(path)!r}, migrations=[(db.MIGRATIONS[0][0], first_then_die)] + db.MIGRATIONS[1:])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert "deployments" not in tables(path)  # the half-done migration was rolled back
    database = open_db(path)  # before: "table deployments already exists", for good
    assert {"deployments", "sync_state", "sync_runs", "actions"} <= set(database.table_names())
    assert [r["name"] for r in database["_migrations"].rows] == [name for name, _ in MIGRATIONS]


def test_a_failing_migration_changes_nothing_and_the_next_open_applies_it(tmp_path):
    path = tmp_path / "private.db"

    def broken(database):
        database["half"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        open_db(path, migrations=MIGRATIONS[:1] + [("0002_half", broken)])
    assert "half" not in tables(path) and "deployments" in tables(path)
    database = open_db(path, migrations=MIGRATIONS[:1] + [("0002_half", lambda d: d["half"].create({"id": int}))])
    assert "half" in database.table_names()


def test_opening_an_up_to_date_database_writes_nothing(tmp_path):
    path = tmp_path / "private.db"
    open_db(path).conn.close()
    blocker = sqlite3.connect(path)
    blocker.execute("begin immediate")  # another writer holds the database
    try:
        database = dbmod.open_db(path)  # reading the migrations needs no write lock
        assert "deployments" in database.table_names()
    finally:
        blocker.rollback()
