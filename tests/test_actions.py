"""'Jij zei, wij deden': actions in the private database, through the library and the CLI."""

import json

import pytest
from click.testing import CliRunner

from stemsync import actions, codebook
from stemsync.cli import cli
from stemsync.db import open_db

INSTRUMENTS = codebook.load_all()


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "private.db")


def test_add_and_update(db):
    action_id = actions.add(db, INSTRUMENTS, said="Ouders worden slecht teruggebeld.",
                            did="Er is nu een vast belmoment elke ochtend.", theme="bereikbaarheid",
                            period="2026-K2", when="2026-06-01")
    actions.update(db, INSTRUMENTS, action_id, status="KLAAR")
    (row,) = actions.all_actions(db)
    assert (row["theme"], row["status"], row["date"], row["period"]) == ("bereikbaarheid", "klaar", "2026-06-01", "2026-K2")
    assert row["updated_at"] >= row["created_at"]


@pytest.mark.parametrize("kwargs,message", [
    ({"theme": "onzin"}, "unknown theme 'onzin'"),
    ({"instrument": "nope"}, "unknown instrument 'nope'"),
    ({"theme": "omgang", "instrument": "exit"}, "unknown theme 'omgang'"),  # omgang belongs to samen-sterker
    ({"theme": "omgang", "period": "Q3-2026"}, "must look like 2026, 2026-K3 or 2026-07"),
    ({"theme": "omgang", "status": "done"}, "must be one of gepland, bezig, klaar"),
    ({"theme": "omgang", "when": "1-2-2026"}, "must be YYYY-MM-DD"),
    ({}, "name the --instrument or the --theme"),
])
def test_bad_input_is_refused_and_nothing_saved(db, kwargs, message):
    with pytest.raises(actions.ActionError, match=message):
        actions.add(db, INSTRUMENTS, said="x", did="y", **kwargs)
    assert actions.all_actions(db) == []


def test_update_unknown_or_empty(db):
    with pytest.raises(actions.ActionError, match="there is no action 9"):
        actions.update(db, INSTRUMENTS, 9, status="klaar")
    action_id = actions.add(db, INSTRUMENTS, said="x", did="y", theme="luisteren")
    with pytest.raises(actions.ActionError, match="nothing to change"):
        actions.update(db, INSTRUMENTS, action_id)
    with pytest.raises(actions.ActionError, match="may not be empty"):
        actions.update(db, INSTRUMENTS, action_id, did="   ")
    assert actions.all_actions(db)[0]["did"] == "y"


def test_cli_round_trip(tmp_path):
    env = {"STEMSYNC_DB": str(tmp_path / "p.db"), "STEMSYNC_CONFIG": ""}
    runner = CliRunner()
    added = runner.invoke(cli, ["actions", "add", "--instrument", "samen-sterker", "--theme", "afspraken",
                                "--said", "Afspraken worden vaak verzet.", "--did", "Verzetten alleen nog met uitleg.",
                                "--status", "bezig"], env=env)
    assert added.exit_code == 0 and "Action 1 recorded" in added.output
    assert runner.invoke(cli, ["actions", "update", "1", "--status", "klaar"], env=env).exit_code == 0
    listed = json.loads(runner.invoke(cli, ["actions", "list", "--json"], env=env).output)
    assert listed[0]["status"] == "klaar" and listed[0]["instrument"] == "samen-sterker"
    missing = runner.invoke(cli, ["actions", "add", "--theme", "afspraken"], env=env)
    assert missing.exit_code == 2 and "--said" in missing.output
    bad = runner.invoke(cli, ["actions", "add", "--theme", "x", "--said", "a", "--did", "b"], env=env)
    assert bad.exit_code == 1 and "unknown theme 'x'" in bad.output
