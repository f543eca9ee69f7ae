"""The stemsync CLI against the emulator: deploy, surveys, doctor, templates."""

import re
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from stemsync import __version__, codebook
from stemsync.cli import cli
from stemsync_emulator import Emulator

PASSWORD = "Pw-Cli-Geheim-0815"


@pytest.fixture
def emu():
    with Emulator(password=PASSWORD) as emulator:
        yield emulator


@pytest.fixture
def env(emu, tmp_path):
    return {"STEMSYNC_URL": emu.url, "STEMSYNC_USER": "admin", "STEMSYNC_PASSWORD": PASSWORD,
            "STEMSYNC_DB": str(tmp_path / "private.db"), "STEMSYNC_CONFIG": ""}


def run(env, *args):
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert PASSWORD not in result.output
    return result


def test_version_and_module_entry_point():
    assert run({}, "--version").output.strip() == f"stemsync, version {__version__}"
    out = subprocess.run([sys.executable, "-m", "stemsync", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "deploy" in out.stdout and "sync" in out.stdout


def test_deploy_all_four_and_list(env, emu):
    for instrument in ("exit", "wat-werkt-start", "wat-werkt-eind", "samen-sterker"):
        result = run(env, "deploy", instrument, "--activate", "--team", "team-oost")
        assert result.exit_code == 0, result.output
        sid = int(re.search(r"as survey (\d+): active", result.output).group(1))
        assert emu.state.surveys[sid].active
        assert f"sid={sid}&lang=nl&TEAM=team-oost&ROL=ouder" in result.output
        assert f"sid={sid}&lang=en&TEAM=team-oost" in result.output
    listing = run(env, "surveys")
    assert listing.exit_code == 0
    lines = [line.split() for line in listing.output.splitlines()[1:]]
    assert sorted(line[1] for line in lines) == ["exit", "samen-sterker", "wat-werkt-eind", "wat-werkt-start"]
    assert all(line[3] == "active" and line[4] == "0" for line in lines)
    assert emu.state.sessions == {}  # every command released its session key


def test_deploy_uses_the_id_limesurvey_returns(env, emu):
    taken = emu.load_lss(codebook.TEMPLATES_DIR / "exit.lss")  # occupies 481101
    assert taken == 481101
    result = run(env, "deploy", "exit")
    sid = int(re.search(r"as survey (\d+)", result.output).group(1))
    assert sid != 481101 and sid in emu.state.surveys
    row = sqlite3.connect(env["STEMSYNC_DB"]).execute("select survey_id, instrument, version from deployments").fetchone()
    assert row == (sid, "exit", 1)
    assert "not active yet" in result.output


def test_deploy_twice_is_refused_unless_again(env, emu):
    assert run(env, "deploy", "wat-werkt-eind").exit_code == 0
    second = run(env, "deploy", "wat-werkt-eind")
    assert second.exit_code == 1
    assert "already deployed" in second.output and "--again" in second.output
    assert len(emu.state.surveys) == 1  # nothing imported the second time
    third = run(env, "deploy", "wat-werkt-eind", "--again", "--title", "Wat werkt eind (golf 2)")
    assert third.exit_code == 0 and len(emu.state.surveys) == 2
    titles = {s.language_settings["nl"]["surveyls_title"] for s in emu.state.surveys.values()}
    assert "Wat werkt eind (golf 2)" in titles


def test_deploy_restores_privacy_settings_lost_in_import(env, emu, monkeypatch):
    from stemsync import lss as lssmod

    leaky = lssmod.compile_lss(codebook.get_instrument("exit")).replace(
        "<ipaddr><![CDATA[N]]></ipaddr>", "<ipaddr><![CDATA[Y]]></ipaddr>")
    monkeypatch.setattr(lssmod, "compile_lss", lambda inst: leaky)
    assert run(env, "deploy", "exit").exit_code == 0
    survey = next(iter(emu.state.surveys.values()))
    assert survey.props["ipaddr"] == "N"


def test_unknown_instrument(env):
    result = run(env, "deploy", "bestaat-niet")
    assert result.exit_code == 1 and "no instrument 'bestaat-niet'" in result.output


@pytest.mark.parametrize("change,expected", [
    ({"STEMSYNC_PASSWORD": "fout"}, "refused user 'admin' or its password"),
    ({"STEMSYNC_URL": None}, "STEMSYNC_URL"),
])
def test_deploy_errors_are_one_line(env, change, expected):
    env = {**env, **change}
    result = run(env, "deploy", "exit")
    assert result.exit_code == (2 if "STEMSYNC_URL" in change else 1)  # 2: configuration
    assert expected in result.output and len(result.output.strip().splitlines()) == 1


def test_doctor_ok_and_fail(env, emu):
    ok = run(env, "doctor")
    assert ok.exit_code == 0 and ok.output.count("OK ") == 5
    emu.rpc_enabled = False
    bad = run(env, "doctor")
    assert bad.exit_code == 1 and "FAIL login" in bad.output and "JSON-RPC is switched off" in bad.output


def test_doctor_failure_after_a_good_login_is_not_a_login_failure(env, emu):
    emu.inject("html500", method="list_surveys")
    result = run(env, "doctor")
    assert result.exit_code == 1
    assert "OK   login" in result.output and "FAIL login" not in result.output
    assert "FAIL permissions" in result.output and "HTTP 500 to list_surveys" in result.output


def test_templates_commands(env):
    listing = run(env, "templates", "list")
    assert listing.exit_code == 0 and len(listing.output.splitlines()) == 4
    shown = run(env, "templates", "show", "samen-sterker", "-l", "en")
    assert "OMGANGSCORE" in shown.output and "prof = " in shown.output
    assert run(env, "templates", "validate").output.strip() == "4 instruments are valid"
    assert run(env, "templates", "build", "--check").exit_code == 0


def test_templates_validate_names_file_question_and_problem(env, tmp_path, monkeypatch):
    broken = (codebook.TEMPLATES_DIR / "wat-werkt-eind.yaml").read_text().replace("code: AANPAK", "code: GEHOORD")
    (tmp_path / "wat-werkt-eind.yaml").write_text(broken)
    monkeypatch.setattr(codebook, "TEMPLATES_DIR", tmp_path)
    monkeypatch.setattr(codebook.template_paths, "__defaults__", (tmp_path,))
    result = run(env, "templates", "validate")
    assert result.exit_code == 1
    assert "wat-werkt-eind.yaml: question GEHOORD: duplicate code 'GEHOORD'" in result.output


def test_serve_refuses_the_private_database_and_hashes_passwords(env, tmp_path):
    from stemsync.db import open_db

    open_db(tmp_path / "private.db")
    by_path = run(env, "serve", str(tmp_path / "private.db"), "--open")
    assert by_path.exit_code == 2 and "is the private database" in by_path.output
    open_db(tmp_path / "copy.db")
    by_tables = run(env, "serve", str(tmp_path / "copy.db"), "--open")
    assert by_tables.exit_code == 2 and "looks like the private database" in by_tables.output
    hashed = CliRunner().invoke(cli, ["serve", "--hash-password"], env=env, input="een lange zin\neen lange zin\n")
    assert hashed.exit_code == 0 and hashed.output.strip().splitlines()[-1].startswith("pbkdf2_sha256$")
    assert "een lange zin" not in hashed.output.strip().splitlines()[-1]
