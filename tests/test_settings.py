"""The one settings module: every section and key checked, one-line errors, nothing silent."""

import re
from pathlib import Path

import pytest

from stemsync import settings
from stemsync.settings import ConfigError, load_config

DOCS = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"


def load(tmp_path, text, env=None, raw=None):
    path = tmp_path / "stemsync.toml"
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(text, encoding="utf-8")
    return load_config(path, environ=env or {})


@pytest.mark.parametrize("text,expected", [
    ('[databse]\nraw = "x.db"\n', r"\[databse\] is not a section stemsync knows; did you mean 'database'\?"),
    ('[Database]\nraw = "x.db"\n', r"did you mean 'database' \(names are lower case\)"),
    ('[database]\nraww = "x.db"\n', r"\[database\] raww is not a key stemsync knows; did you mean 'raw'\?"),
    ('[publish]\nkk = 3\n', r"did you mean 'k'"),
    ('[portal]\nopn = true\n', r"did you mean 'open'"),
    ('[sync]\npagesize = 10\n', r"did you mean 'page_size'"),
    ('raw = "x.db"\n', r"raw is outside any section; put it under \[database\]"),
    ('[limesurvey]\nretries = -1\n', r"retries = -1 must be at least 0"),
    ('[limesurvey]\nretries = 2.5\n', r"retries = 2.5 must be a whole number"),
    ('[limesurvey]\nurl = 123\n', r"url = 123 must be a text in quotes"),
    ('[limesurvey]\nurl = "enquete.example.org"\n', r"must be a full http:// or https:// URL"),
    ('[limesurvey]\ntimeout = 0\n', r"timeout = 0 must be more than 0"),
    ('[limesurvey]\ntimeout = "30"\n', r"timeout = '30' must be a number \(no quotes\)"),
    ('[database]\nraw = 5\n', r"\[database\] raw = 5 must be a text in quotes"),
    ('[database]\nraw = ""\n', r"raw = '' must not be empty"),
    ('[sync]\npage_size = "big"\n', r"page_size = 'big' must be a whole number"),
    ('[sync]\npage_size = 0\n', r"page_size = 0 must be at least 1"),
    ('[sync]\nlock_wait = "x"\n', r"lock_wait = 'x' must be a number"),
    ('[sync]\nrecheck_days = true\n', r"recheck_days = True must be a whole number"),
    ('[portal]\nopen = "yes"\n', r"open = 'yes' must be true or false"),
    ('[portal]\nport = 70000\n', r"port = 70000 must be at most 65535"),
    ('[publish]\nperiod = "week"\n', r"period = 'week' must be one of 'quarter', 'month'"),
    ('[publish]\nk = 3\n', r"k = 3 must be at least 5"),
    ('[publish.units.teams]\nnoord = 3\n', r"\[publish.units.teams\] noord = 3 must be a text"),
    ('[sync]\n[sync.extra]\na = 1\n', r"\[sync.extra\] is not a section stemsync knows"),
    ('sync = 3\n', r"\[sync\] must be a section"),
    ('[limesurvey]\nadmin_email = "nobody"\n', r"admin_email = 'nobody' must look like name@example.org"),
])
def test_bad_values_are_refused_with_one_line_naming_file_section_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    message = str(info.value)
    assert re.search(expected, message), message
    assert "\n" not in message and message.startswith(str(tmp_path / "stemsync.toml"))


@pytest.mark.parametrize("key", ["password", "Password", "PASSWORD", "token", "Secret", "wachtwoord"])
@pytest.mark.parametrize("section", ["limesurvey", "database", "portal"])
def test_secrets_are_refused_in_any_section_whatever_their_case(tmp_path, section, key):
    with pytest.raises(ConfigError, match="never write a password or other secret") as info:
        load(tmp_path, f'[{section}]\n{key} = "hunter2-geheim"\n')
    assert "hunter2" not in str(info.value)


def test_a_plain_password_as_portal_account_is_refused_without_echoing_it(tmp_path):
    with pytest.raises(ConfigError, match="is not a password hash") as info:
        load(tmp_path, '[portal.accounts]\nraad = "welkom-geheim-123"\n')
    assert "welkom" not in str(info.value)
    with pytest.raises(ConfigError, match="not a usable name"):
        load(tmp_path, '[portal.accounts]\n"raad noord" = "pbkdf2_sha256$1$a$b"\n')


def test_files_that_are_not_utf8(tmp_path):
    with pytest.raises(ConfigError, match="is not UTF-8 text; save it as UTF-8"):
        load(tmp_path, None, raw=b'[limesurvey]\nuser = "caf\xe9"\n')
    (tmp_path / "pw").write_bytes(b"geheim\xff\xfe\n")
    with pytest.raises(ConfigError, match="password_file .* is not UTF-8"):
        load(tmp_path, '[limesurvey]\npassword_file = "pw"\n')
    (tmp_path / "pw").write_text("een\ntwee\n")
    with pytest.raises(ConfigError, match="more than one line"):
        load(tmp_path, '[limesurvey]\npassword_file = "pw"\n')
    with pytest.raises(ConfigError, match="is a folder"):
        load(tmp_path, f'[limesurvey]\npassword_file = "{tmp_path}"\n')


def test_no_database_configured_says_how_to_set_it(tmp_path):
    config = load(tmp_path, '[limesurvey]\nuser = "x"\n')
    assert config.db is None
    with pytest.raises(ConfigError, match=r"no private database configured .*\[database\] raw.*STEMSYNC_DB.*--db"):
        config.require_db()
    assert load(tmp_path, '[database]\nraw = "data/private.db"\n').require_db() == tmp_path / "data" / "private.db"
    assert load(tmp_path, "", env={"STEMSYNC_DB": "/srv/x.db"}).require_db() == Path("/srv/x.db")


def test_defaults_are_filled_in_and_values_converted(tmp_path):
    config = load(tmp_path, '[limesurvey]\ntimeout = 5\n[sync]\npage_size = 50\n[templates]\ndir = "eigen"\n')
    assert config.timeout == 5.0 and isinstance(config.timeout, float) and config.retries == 3
    assert config.section("sync") == {"page_size": 50, "trailing_ids": 1000, "lookahead": 10_000, "recheck_days": 30,
                                      "lock_wait": 10.0}
    assert config.section("templates")["dir"] == tmp_path / "eigen"
    assert config.section("publish.units")["organisation"] == "Organisatie"
    assert config.section("portal")["accounts"] == {}


def test_environment_values_are_checked(tmp_path):
    with pytest.raises(ConfigError, match="STEMSYNC_URL must be a full http"):
        load(tmp_path, "", env={"STEMSYNC_URL": "localhost"})
    with pytest.raises(ConfigError, match="STEMSYNC_DB must be one line"):
        load(tmp_path, "", env={"STEMSYNC_DB": "a\nb.db"})


def test_sections_given_in_code_are_checked_too():
    with pytest.raises(ConfigError, match="did you mean 'port'"):
        settings.Config(sections={"portal": {"prot": 1}}).section("portal")


def test_every_key_is_documented():
    text = DOCS.read_text(encoding="utf-8")

    def walk(name, spec):
        for key in spec.keys:
            yield name, key
        for sub, sub_spec in spec.tables.items():
            yield from walk(f"{name}.{sub}", sub_spec)

    missing = [f"[{section}] {key}" for name, spec in settings.SCHEMA.items() for section, key in walk(name, spec)
               if not re.search(rf"\| `\[{re.escape(section)}\]` \| [^|]*`{re.escape(key)}`", text)]
    assert not missing, f"add these keys to docs/configuration.md: {missing}"


# -- the private database: refused before anything is written ------------------------------------


def _snapshot(folder):
    """Every file's bytes (SQLite's transient -wal/-shm files of a read-only look aside)."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir())
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path):
    import sqlite3

    from stemsync.db import DatabaseError, open_db

    conn = sqlite3.connect(tmp_path / "other.db")
    conn.execute("create table klanten (naam text)")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseError, match=r"is not a stemsync database \(it has other tables: klanten\)"):
        open_db(tmp_path / "other.db")
    assert _snapshot(tmp_path) == before


def test_a_database_from_a_newer_stemsync_is_refused_with_its_version(tmp_path):
    from stemsync.db import MIGRATIONS, DatabaseError, open_db

    db = open_db(tmp_path / "private.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db["_migrations"].insert({"name": "9999_from_the_future", "applied_at": "2030-01-01T00:00:00Z"})
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.conn.commit()
    db.conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseError, match=rf"newer stemsync \(database schema {len(MIGRATIONS) + 1}, .*"
                                            r"9999_from_the_future\); upgrade stemsync"):
        open_db(tmp_path / "private.db")
    assert _snapshot(tmp_path) == before


def test_bad_database_paths_are_refused(tmp_path):
    import os

    from stemsync.db import DatabaseError, open_db

    with pytest.raises(DatabaseError, match="folder of the database .* does not exist"):
        open_db(tmp_path / "no" / "such" / "x.db")
    with pytest.raises(DatabaseError, match="is a folder"):
        open_db(tmp_path)
    (tmp_path / "text.db").write_text("geen database\n" * 100)
    with pytest.raises(DatabaseError, match="is not a usable SQLite database"):
        open_db(tmp_path / "text.db")
    if os.geteuid() != 0:  # root may write anywhere
        (tmp_path / "ro").mkdir()
        (tmp_path / "ro").chmod(0o500)
        with pytest.raises(DatabaseError, match="is not writable"):
            open_db(tmp_path / "ro" / "x.db")
