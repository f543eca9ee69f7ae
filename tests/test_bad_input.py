"""Bad input, as a new user makes it: configuration, environment, paths and arguments.

Every case: a non-zero exit code (2 for configuration and usage), one clear line that
says what is wrong, no traceback, no 'unexpected' error, and nothing changed on disk
(no silent ./stemsync.db, no lock file, no changed database).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from stemsync.cli import cli
from stemsync.db import MIGRATIONS, open_db

SECRET = "geheim-wachtwoord-42"
CLEAN_ENV = {name: None for name in ("STEMSYNC_CONFIG", "STEMSYNC_URL", "STEMSYNC_USER", "STEMSYNC_PASSWORD",
                                     "STEMSYNC_DB", "STEMSYNC_DEDUCE_CACHE", "STEMSYNC_DEBUG")}
GOOD = '[database]\nraw = "private.db"\n'
LIMESURVEY = {"STEMSYNC_URL": "http://127.0.0.1:9/index.php?r=admin/remotecontrol", "STEMSYNC_USER": "u",
              "STEMSYNC_PASSWORD": SECRET}  # never reached: every case stops before
ADD = ["actions", "add", "--theme", "luisteren", "--said", "a", "--did", "b"]


# -- what the cases need on disk ---------------------------------------------------------------


def make_private(folder: Path) -> None:
    db = open_db(folder / "private.db")
    db.conn.close()


def make_foreign(folder: Path) -> None:
    conn = sqlite3.connect(folder / "other.db")
    conn.execute("create table klanten (naam text)")
    conn.execute("insert into klanten values ('Jansen')")
    conn.commit()
    conn.close()


def make_newer(folder: Path) -> None:
    db = open_db(folder / "newer.db")
    db["_migrations"].insert({"name": "9999_later", "applied_at": "2030-01-01T00:00:00Z"})
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.conn.commit()
    db.conn.close()


def make_files(folder: Path) -> None:
    (folder / "notes.txt").write_text("mijn aantekeningen\n", encoding="utf-8")
    (folder / "latin1.toml").write_bytes(b'[limesurvey]\nuser = "caf\xe9"\n')
    (folder / "pw-latin1").write_bytes(b"geheim\xe9\n")
    (folder / "pw-empty").write_text("\n")
    (folder / "adir").mkdir()


SETUP = {"private": make_private, "foreign": make_foreign, "newer": make_newer}

# (id, stemsync.toml or None, environment, arguments, exit code, what the line must say)
CASES = [
    # -- the configuration file
    ("typo-section", '[databse]\nraw = "private.db"\n', {}, ["sync"], 2, "did you mean 'database'"),
    ("typo-section-actions", '[databse]\nraw = "private.db"\n', {}, ["actions", "list"], 2, "[databse]"),
    ("capital-section", '[Database]\nraw = "private.db"\n', {}, ["actions", "list"], 2, "names are lower case"),
    ("typo-key", '[database]\nraww = "private.db"\n', {}, ["actions", "list"], 2, "did you mean 'raw'"),
    ("key-outside-section", 'raw = "private.db"\n', {}, ["actions", "list"], 2, "put it under [database]"),
    ("no-database-sync", None, {}, ["sync"], 2, "no private database configured"),
    ("no-database-actions", None, {}, ["actions", "list"], 2, "STEMSYNC_DB"),
    ("no-database-publish", None, {}, ["publish"], 2, "[database] raw"),
    ("no-database-backup", None, {}, ["backup", "copy.db"], 2, "no private database configured"),
    ("no-database-deploy", None, {"STEMSYNC_URL": "http://127.0.0.1:9/index.php?r=admin/remotecontrol",
                                  "STEMSYNC_USER": "u", "STEMSYNC_PASSWORD": SECRET}, ["deploy", "exit"], 2,
     "no private database configured"),
    ("no-database-review", None, {}, ["review", "list"], 2, "no private database configured"),
    ("empty-database-section", "[database]\n", {}, ["actions", "list"], 2, "no private database configured"),
    ("retries-negative", GOOD + '[limesurvey]\nretries = -1\n', {}, ["sync"], 2, "retries = -1 must be at least 0"),
    ("retries-float", GOOD + '[limesurvey]\nretries = 1.5\n', {}, ["sync"], 2, "must be a whole number"),
    ("retries-text", GOOD + '[limesurvey]\nretries = "3"\n', {}, ["sync"], 2, "must be a whole number"),
    ("url-number", GOOD + '[limesurvey]\nurl = 123\n', {}, ["sync"], 2, "url = 123 must be a text"),
    ("url-no-scheme", GOOD + '[limesurvey]\nurl = "enquete.example.org"\n', {}, ["sync"], 2, "http:// or https://"),
    ("timeout-zero", GOOD + '[limesurvey]\ntimeout = 0\n', {}, ["sync"], 2, "timeout = 0 must be more than 0"),
    ("timeout-negative", GOOD + '[limesurvey]\ntimeout = -5\n', {}, ["sync"], 2, "must be more than 0"),
    ("timeout-text", GOOD + '[limesurvey]\ntimeout = "30s"\n', {}, ["sync"], 2, "must be a number"),
    ("admin-email", GOOD + '[limesurvey]\nadmin_email = "beheer"\n', {}, ["sync"], 2, "name@example.org"),
    ("raw-number", '[database]\nraw = 5\n', {}, ["actions", "list"], 2, "raw = 5 must be a text"),
    ("raw-empty", '[database]\nraw = ""\n', {}, ["actions", "list"], 2, "must not be empty"),
    ("raw-list", '[database]\nraw = ["a.db"]\n', {}, ["actions", "list"], 2, "must be a text"),
    ("page-size-text", GOOD + '[sync]\npage_size = "big"\n', {}, ["sync"], 2, "page_size = 'big'"),
    ("page-size-zero", GOOD + '[sync]\npage_size = 0\n', {}, ["sync"], 2, "page_size = 0 must be at least 1"),
    ("page-size-huge", GOOD + '[sync]\npage_size = 10000000\n', {}, ["sync"], 2, "must be at most 100000"),
    ("lock-wait-text", GOOD + '[sync]\nlock_wait = "x"\n', {}, ["sync"], 2, "lock_wait = 'x' must be a number"),
    ("recheck-negative", GOOD + '[sync]\nrecheck_days = -1\n', {}, ["sync"], 2, "must be at least 0"),
    ("sync-subtable", GOOD + '[sync.extra]\na = 1\n', {}, ["sync"], 2, "[sync.extra] is not a section"),
    ("section-as-value", 'sync = 3\n' + GOOD, {}, ["sync"], 2, "[sync] must be a section"),
    ("password-lower", GOOD + f'[limesurvey]\npassword = "{SECRET}"\n', {}, ["sync"], 2, "never write a password"),
    ("password-capital", GOOD + f'[limesurvey]\nPassword = "{SECRET}"\n', {}, ["sync"], 2, "never write a password"),
    ("password-upper-db", f'[database]\nraw = "private.db"\nPASSWORD = "{SECRET}"\n', {}, ["actions", "list"], 2,
     "never write a password"),
    ("token-portal", GOOD + f'[portal]\ntoken = "{SECRET}"\n', {}, ["serve"], 2, "never write a password"),
    ("password-top", f'password = "{SECRET}"\n' + GOOD, {}, ["sync"], 2, "never write a password"),
    ("plain-account", GOOD + f'[portal.accounts]\nraad = "{SECRET}"\n', {}, ["serve"], 2, "is not a password hash"),
    ("account-name", GOOD + '[portal.accounts]\n"raad noord" = "pbkdf2_sha256$1$a$b"\n', {}, ["serve"], 2,
     "not a usable name"),
    ("portal-port", GOOD + '[portal]\nport = 0\n', {}, ["serve"], 2, "port = 0 must be at least 1"),
    ("portal-open-text", GOOD + '[portal]\nopen = "ja"\n', {}, ["serve"], 2, "must be true or false"),
    ("publish-k-small", GOOD + '[publish]\nk = 3\n', {}, ["publish"], 2, "k = 3 must be at least 5"),
    ("publish-k-text", GOOD + '[publish]\nk = "tien"\n', {}, ["publish"], 2, "must be a whole number"),
    ("publish-period", GOOD + '[publish]\nperiod = "week"\n', {}, ["publish"], 2, "'quarter', 'month'"),
    ("publish-typo", GOOD + '[publish]\nkk = 10\n', {}, ["publish"], 2, "did you mean 'k'"),
    ("publish-names", GOOD + '[publish.names]\nfriends = ["Piet"]\n', {}, ["publish"], 2, "[publish.names] friends"),
    ("publish-team-number", GOOD + '[publish.units.teams]\nnoord = 3\n', {}, ["publish"], 2, "must be a text"),
    ("templates-dir-number", GOOD + '[templates]\ndir = 5\n', {}, ["templates", "list"], 2, "dir = 5"),
    ("templates-dir-missing", GOOD + '[templates]\ndir = "geen-map"\n', {}, ["templates", "list"], 1,
     "is not a folder"),
    ("broken-toml", '[database\nraw = "x"\n', {}, ["actions", "list"], 2, "is not valid TOML"),
    ("latin1-config", None, {"STEMSYNC_CONFIG": "{tmp}/latin1.toml"}, ["actions", "list"], 2, "is not UTF-8"),
    ("config-missing", None, {}, ["--config", "{tmp}/none.toml", "actions", "list"], 2, "does not exist"),
    ("config-env-missing", None, {"STEMSYNC_CONFIG": "{tmp}/none.toml"}, ["actions", "list"], 2, "does not exist"),
    ("config-is-folder", None, {}, ["--config", "{tmp}/adir", "actions", "list"], 2, "is a directory"),
    ("password-file-missing", GOOD + '[limesurvey]\npassword_file = "geen"\n', {}, ["sync"], 2,
     "cannot read password_file"),
    ("password-file-latin1", GOOD + '[limesurvey]\npassword_file = "pw-latin1"\n', {}, ["sync"], 2, "is not UTF-8"),
    ("password-file-empty", GOOD + '[limesurvey]\npassword_file = "pw-empty"\n', {}, ["sync"], 2, "is empty"),
    ("password-file-folder", GOOD + '[limesurvey]\npassword_file = "adir"\n', {}, ["sync"], 2, "is a folder"),
    # -- the environment
    ("db-missing-folder", None, {**LIMESURVEY, "STEMSYNC_DB": "/no/such/dir/x.db"}, ["sync"], 1, "does not exist"),
    ("db-missing-folder-actions", None, {"STEMSYNC_DB": "/no/such/dir/x.db"}, ["actions", "list"], 1,
     "does not exist"),
    ("db-under-a-file", None, {"STEMSYNC_DB": "{tmp}/notes.txt/x.db"}, ["actions", "list"], 1, "does not exist"),
    ("db-is-folder", None, {"STEMSYNC_DB": "{tmp}/adir"}, ["actions", "list"], 1, "is a folder"),
    ("db-foreign", None, {"STEMSYNC_DB": "{tmp}/other.db"}, ["actions", "list"], 1, "is not a stemsync database"),
    ("db-foreign-sync", None, {**LIMESURVEY, "STEMSYNC_DB": "{tmp}/other.db"}, ["sync"], 1, "other tables: klanten"),
    ("db-newer", None, {"STEMSYNC_DB": "{tmp}/newer.db"}, ["actions", "list"], 1, "newer stemsync (database schema"),
    ("db-newer-sync", None, {**LIMESURVEY, "STEMSYNC_DB": "{tmp}/newer.db"}, ["sync"], 1, "upgrade stemsync"),
    ("db-text-file", None, {"STEMSYNC_DB": "{tmp}/notes.txt"}, ["actions", "list"], 1,
     "not a usable SQLite database"),
    ("db-newline", None, {"STEMSYNC_DB": "a\nb.db"}, ["actions", "list"], 2, "STEMSYNC_DB must be one line"),
    ("url-env", GOOD, {"STEMSYNC_URL": "localhost"}, ["surveys"], 2, "STEMSYNC_URL must be a full"),
    ("no-url", GOOD, {}, ["surveys"], 2, "no LimeSurvey endpoint"),
    ("no-user", GOOD, {"STEMSYNC_URL": "http://127.0.0.1:9/x"}, ["surveys"], 2, "no LimeSurvey user"),
    ("no-password", GOOD, {"STEMSYNC_URL": "http://127.0.0.1:9/x", "STEMSYNC_USER": "u"}, ["surveys"], 2,
     "no LimeSurvey password"),
    # -- arguments
    ("period-newline", GOOD, {}, ADD + ["--period", "2026\n"], 1,
     "period '2026\\n' must look like 2026"),
    ("period-k5", GOOD, {}, ADD + ["--period", "2026-K5"], 1,
     "must look like 2026"),
    ("status", GOOD, {}, ADD + ["--status", "af"], 1,
     "status 'af'"),
    ("theme", GOOD, {}, ["actions", "add", "--said", "a", "--did", "b", "--theme", "koffie"], 1, "unknown theme"),
    ("instrument", GOOD, {}, ["actions", "add", "--said", "a", "--did", "b", "--instrument", "x"], 1,
     "unknown instrument"),
    ("date", GOOD, {}, ADD + ["--date", "2026-13-01"], 1, "YYYY-MM-DD"),
    ("said-empty", GOOD, {}, ["actions", "add", "--theme", "luisteren", "--said", " ", "--did", "b"], 1,
     "may not be empty"),
    ("said-missing", GOOD, {}, ["actions", "add", "--did", "b"], 2, "give both --said"),
    ("action-id-text", GOOD, {}, ["actions", "update", "een", "--status", "klaar"], 2, "is not a valid integer"),
    ("page-size-arg", GOOD, {}, ["sync", "--page-size", "0"], 2, "--page-size"),
    ("survey-arg", GOOD, {}, ["sync", "--survey", "abc"], 2, "is not a valid integer"),
    ("every-short", GOOD, {}, ["daemon", "--every", "5s"], 2, "at most every 10 seconds"),
    ("every-text", GOOD, {}, ["daemon", "--every", "vaak"], 2, "is not a duration"),
    ("deploy-unknown", GOOD, {}, ["deploy", "nope"], 1, "no instrument 'nope'"),
    ("show-unknown", GOOD, {}, ["templates", "show", "nope"], 1, "no instrument 'nope'"),
    ("show-language", GOOD, {}, ["templates", "show", "exit", "-l", "fr"], 1, "has no language 'fr'"),
    ("init-no-folder", GOOD, {}, ["templates", "init", "exit"], 2, "set [templates] dir"),
    ("init-parent-missing", GOOD, {}, ["templates", "init", "exit", "--dir", "/no/such/parent/t"], 2,
     "does not exist"),
    ("init-bad-id", GOOD, {}, ["templates", "init", "exit", "--as", "Mijn Lijst", "--dir", "{tmp}/t"], 2,
     "an id is lowercase"),
    ("init-unknown", GOOD, {}, ["templates", "init", "nope", "--dir", "{tmp}/t"], 1, "no built-in instrument"),
    ("serve-missing", GOOD, {}, ["serve", "{tmp}/none.db", "--open"], 2, "does not exist"),
    ("serve-private", GOOD, {}, ["serve", "{tmp}/private.db", "--open"], 2, "is the private database"),
    ("serve-foreign", GOOD, {}, ["serve", "{tmp}/other.db", "--open"], 2, "not a public stemsync database"),
    ("serve-port", GOOD, {}, ["serve", "--port", "70000"], 2, "70000 is not in the range"),
    ("publish-raw-missing", GOOD, {}, ["publish", "--raw", "{tmp}/none.db", "--out", "{tmp}/p.db"], 1, "none.db"),
    ("publish-raw-foreign", GOOD, {}, ["publish", "--raw", "{tmp}/other.db", "--out", "{tmp}/p.db"], 1, "other.db"),
    ("publish-out-folder", GOOD, {}, ["publish", "--out", "/no/such/dir/p.db"], 1, "/no/such/dir"),
    ("backup-over-notes", GOOD, {}, ["backup", "{tmp}/notes.txt"], 1, "is not a stemsync backup"),
    ("backup-missing-folder", GOOD, {}, ["backup", "/no/such/dir/b.db"], 1, "does not exist"),
    ("backup-itself", GOOD, {}, ["backup", "{tmp}/private.db"], 1, "is the database itself"),
    ("demo-scale", GOOD, {}, ["demo", "--scale", "0"], 2, "--scale"),
    ("demo-port", GOOD, {}, ["demo", "--port", "70000"], 2, "--port"),
    ("unknown-command", GOOD, {}, ["synch"], 2, "No such command 'synch'"),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>")
            for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("name,toml,env,args,code,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_clear_line_and_changes_nothing(tmp_path, monkeypatch, name, toml, env, args, code,
                                                           expected):
    monkeypatch.chdir(tmp_path)
    make_files(tmp_path)
    for make in SETUP.values():
        make(tmp_path)
    if toml is not None:
        (tmp_path / "stemsync.toml").write_text(toml, encoding="utf-8")
    env = {key: value.replace("{tmp}", str(tmp_path)) for key, value in env.items()}
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    before = snapshot(tmp_path)

    result = CliRunner().invoke(cli, args, env={**CLEAN_ENV, **env}, input="")

    output = result.output
    assert result.exit_code == code, output
    assert "Traceback" not in output and "unexpected" not in output, output
    lines = [line for line in output.splitlines() if line.strip() and not line.startswith(("Usage:", "Try "))]
    assert len(lines) == 1, output
    assert expected in lines[0], output
    assert lines[0].startswith("Error:"), output
    assert SECRET not in output
    assert snapshot(tmp_path) == before, f"{name} changed files on disk"
    assert not (tmp_path / "stemsync.db").exists()


def test_doctor_reports_a_broken_config_as_a_failed_check(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stemsync.toml").write_text('[databse]\nraw = "private.db"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["doctor"], env=CLEAN_ENV)
    assert result.exit_code == 1 and "Traceback" not in result.output and "unexpected" not in result.output
    assert result.output.splitlines() == [
        "FAIL configuration: stemsync.toml: [databse] is not a section stemsync knows; did you mean 'database'?",
        "OK   templates: all instruments valid"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stemsync.toml"]
