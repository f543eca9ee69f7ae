"""One command: set-up and upkeep are `stemsync` subcommands (the old `python -m` forms stay aliases)."""

import os
import subprocess
import sys
from pathlib import Path

import requests
from click.testing import CliRunner

from stemsync import codebook
from stemsync.cli import cli


def test_hash_password_makes_a_hash_that_config_accepts(tmp_path):
    result = CliRunner().invoke(cli, ["hash-password", "--stdin"], input="een lange zin als wachtwoord\n")
    assert result.exit_code == 0, result.output
    digest = result.output.strip()
    assert digest.startswith("pbkdf2_sha256$") and "een lange zin" not in digest
    (tmp_path / "stemsync.toml").write_text(f'[portal.accounts]\nraad = "{digest}"\n')
    from stemsync.settings import load_config
    assert load_config(tmp_path / "stemsync.toml", environ={}).section("portal")["accounts"] == {"raad": digest}
    short = CliRunner().invoke(cli, ["hash-password", "--stdin"], input="kort\n")
    assert short.exit_code == 2 and "at least 10 characters" in short.output


def test_build_cache_uses_the_configured_folder(tmp_path, monkeypatch):
    from stemsync import deidentify

    calls = []
    monkeypatch.setattr(deidentify, "main", lambda argv: calls.append(argv) or 0)
    (tmp_path / "stemsync.toml").write_text('[publish]\ndeduce_cache = "cache"\n')
    env = {"STEMSYNC_CONFIG": str(tmp_path / "stemsync.toml"), "STEMSYNC_DEDUCE_CACHE": ""}
    assert CliRunner().invoke(cli, ["build-cache"], env=env).exit_code == 0
    assert CliRunner().invoke(cli, ["build-cache", str(tmp_path / "x"), "--rebuild"], env=env).exit_code == 0
    assert calls == [["--build-cache", str(tmp_path / "cache")], ["--build-cache", str(tmp_path / "x"), "--rebuild"]]
    monkeypatch.setattr(deidentify, "main", lambda argv: 1)
    failed = CliRunner().invoke(cli, ["build-cache", str(tmp_path / "y")], env=env)
    assert failed.exit_code == 1 and "could not build the cache" in failed.output


def test_the_emulator_runs_as_a_subcommand(tmp_path):
    env = {**os.environ, "EMU_PW": "emulator-geheim", "PYTHONPATH": os.pathsep.join(sys.path)}
    lss = Path(str(codebook.TEMPLATES_DIR / "exit.lss"))
    proc = subprocess.Popen([sys.executable, "-m", "stemsync", "emulator", "--port", "0", "--password-env", "EMU_PW",
                             "--load", str(lss), "--activate"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=tmp_path)
    try:
        assert proc.stdout.readline().startswith("loaded ")
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("r=admin/remotecontrol")
        answer = requests.post(url, json={"method": "get_session_key", "params": ["admin", "emulator-geheim"],
                                          "id": 1}, timeout=10).json()
        assert isinstance(answer["result"], str) and len(answer["result"]) > 10
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    helped = subprocess.run([sys.executable, "-m", "stemsync", "emulator", "--help"], capture_output=True, text=True,
                            env=env)
    assert helped.returncode == 0 and "usage: stemsync emulator" in helped.stdout
    unset = subprocess.run([sys.executable, "-m", "stemsync", "emulator", "--password-env", "NOT_SET_X"],
                           capture_output=True, text=True, env=env)
    assert unset.returncode == 2 and "NOT_SET_X is not set" in unset.stderr and "Traceback" not in unset.stderr


def test_old_entry_points_stay_as_aliases():
    for module in ("stemsync_emulator", "stemsync.deidentify"):
        out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
        assert out.returncode == 0 and "usage:" in out.stdout, module
    out = subprocess.run([sys.executable, "-m", "stemsync.portal", "hash-password", "--stdin"], input="x" * 12 + "\n",
                         capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("pbkdf2_sha256$")


def test_an_unexpected_error_is_one_line_without_traceback(monkeypatch, tmp_path):
    from stemsync.commands import templates as templates_commands

    def broken():
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(templates_commands.codebook, "load_all", broken)
    result = CliRunner().invoke(cli, ["templates", "list"], env={"STEMSYNC_CONFIG": "", "STEMSYNC_DEBUG": None})
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: unexpected RuntimeError: disk on fire (run again with STEMSYNC_DEBUG=1 to see where, and please "
        "report it)"]
    debug = CliRunner().invoke(cli, ["templates", "list"], env={"STEMSYNC_CONFIG": "", "STEMSYNC_DEBUG": "1"})
    assert isinstance(debug.exception, RuntimeError)  # with STEMSYNC_DEBUG=1 the traceback is there
