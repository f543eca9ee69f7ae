"""`stemsync accounts add|remove|list`: hashes only, never the password, comments kept."""

from __future__ import annotations

import os
import stat

from click.testing import CliRunner

from stemsync.cli import cli
from stemsync.config import load_config
from stemsync_portal.passwords import verify

PASSWORD = "een lang geheim wachtwoord"


def run(path, *args, input=None):
    return CliRunner().invoke(cli, ["--config", str(path), "accounts", *args], input=input, catch_exceptions=False)


def test_add_list_remove_keep_the_file_and_store_only_hashes(tmp_path):
    path = tmp_path / "stemsync.toml"
    path.write_text('# our portal\n[database]\nraw = "raw.db"  # private\n\n[portal]\nport = 8123\n')
    os.chmod(path, 0o640)
    r = run(path, "add", "raad", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0, r.output
    assert PASSWORD not in r.output and "Added account raad" in r.output
    text = path.read_text()
    assert PASSWORD not in text and "# our portal" in text and "# private" in text and "port = 8123" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    stored = load_config(path).section("portal")["accounts"]["raad"]
    assert stored.startswith("pbkdf2_sha256$") and verify(PASSWORD, stored)
    assert run(path, "add", "voorzitter", "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    listed = run(path, "list")
    assert listed.output.split() == ["raad", "voorzitter"] and "pbkdf2" not in listed.output
    again = run(path, "add", "raad", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert again.exit_code == 1 and "--replace" in again.output
    assert run(path, "add", "raad", "--replace", "--password-stdin", input="nog een ander wachtwoord\n").exit_code == 0
    assert verify("nog een ander wachtwoord", load_config(path).section("portal")["accounts"]["raad"])
    assert run(path, "remove", "raad").exit_code == 0
    assert run(path, "list").output.split() == ["voorzitter"]
    missing = run(path, "remove", "raad")
    assert missing.exit_code == 1 and "no account 'raad'" in missing.output


def test_add_refuses_bad_input_and_loses_nothing(tmp_path):
    path = tmp_path / "stemsync.toml"
    path.write_text("[portal]\nopen = false\n")
    before = path.read_text()
    differ = run(path, "add", "raad", input=f"{PASSWORD}\nander wachtwoord!\n{PASSWORD}\n{PASSWORD}\n")
    assert differ.exit_code == 0 and PASSWORD not in differ.output  # asked again until both match
    short = run(path, "add", "kort", "--password-stdin", input="kort\n")
    assert short.exit_code == 1 and "at least" in short.output
    assert "kort =" not in path.read_text()
    bad = run(path, "add", "raad lid", "--password-stdin", input=PASSWORD + "\n")
    assert bad.exit_code == 1 and "not a usable account name" in bad.output
    assert path.read_text() != before and "raad =" in path.read_text()


def test_new_config_file_is_private(tmp_path):
    path = tmp_path / "nieuw.toml"
    assert run(path, "add", "raad", "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
