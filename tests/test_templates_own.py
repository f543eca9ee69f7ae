"""Templates an organisation makes its own: [templates] dir, overriding by id and version, init."""

import re

import pytest
import yaml
from click.testing import CliRunner

from stemsync import codebook
from stemsync.cli import cli


def run(tmp_path, *args, config=None):
    env = {"STEMSYNC_CONFIG": str(config) if config else "", "STEMSYNC_DB": str(tmp_path / "private.db")}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def own(tmp_path):
    folder = tmp_path / "eigen"
    folder.mkdir()
    config = tmp_path / "stemsync.toml"
    config.write_text('[templates]\ndir = "eigen"\n')
    return folder, config


def builtin_yaml(instrument_id):
    return yaml.safe_load((codebook.TEMPLATES_DIR / f"{instrument_id}.yaml").read_text(encoding="utf-8"))


def write(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_init_copies_a_builtin_that_then_replaces_it_with_its_own_question(tmp_path, own):
    folder, config = own
    result = run(tmp_path, "templates", "init", "exit", config=config)
    assert result.exit_code == 0, result.output
    assert "replaces the built-in exit as version 2" in result.output
    data = yaml.safe_load((folder / "exit.yaml").read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["sid"] == builtin_yaml("exit")["sid"]
    # the organisation's own wording and an extra question
    data["title"]["nl"] = "Hoe was de hulp van Jeugdzorg Voorbeeld?"
    data["groups"][0]["questions"].append({"code": "KOFFIE", "kind": "yesno", "theme": "gastvrijheid",
                                           "text": {"nl": "Kreeg je koffie?", "en": "Did you get coffee?"}})
    write(folder / "exit.yaml", data)

    listing = run(tmp_path, "templates", "list", config=config)
    assert listing.exit_code == 0
    line = next(line for line in listing.output.splitlines() if line.startswith("exit "))
    assert "v2" in line and "Jeugdzorg Voorbeeld" in line and f"own: {folder / 'exit.yaml'}" in line
    invalid = run(tmp_path, "templates", "validate", config=config)
    assert invalid.exit_code == 1 and "theme 'gastvrijheid' of exit has no label" in invalid.output
    (folder / "vocabulary.yaml").write_text('themes:\n  gastvrijheid: {nl: "Gastvrijheid", en: "Hospitality"}\n',
                                           encoding="utf-8")
    assert run(tmp_path, "templates", "validate", config=config).output.strip() == \
        "4 instruments are valid (1 of your own)"
    shown = run(tmp_path, "templates", "show", "exit", config=config)
    assert "KOFFIE (yesno theme=gastvrijheid): Kreeg je koffie?" in shown.output
    built = run(tmp_path, "templates", "build", config=config)
    assert built.exit_code == 0 and f"wrote {folder / 'exit.lss'}" in built.output
    assert "KOFFIE" in (folder / "exit.lss").read_text(encoding="utf-8")
    # without the config, the built-in one is back
    assert "v1" in next(line for line in run(tmp_path, "templates", "list").output.splitlines()
                        if line.startswith("exit "))
    assert codebook.TEMPLATE_DIR_HOOK is None  # nothing leaks out of one command


def test_init_as_a_new_instrument_gets_its_own_id_and_survey_id(tmp_path, own):
    folder, config = own
    result = run(tmp_path, "templates", "init", "samen-sterker", "--as", "samen-sterker-jong", config=config)
    assert result.exit_code == 0, result.output
    instruments = codebook.load_all(folder)
    new = instruments["samen-sterker-jong"]
    assert new.version == 1 and new.sid != builtin_yaml("samen-sterker")["sid"]
    listing = run(tmp_path, "templates", "list", config=config).output
    assert re.search(r"^samen-sterker-jong +v1 .*\(own: ", listing, re.M)
    assert re.search(r"^samen-sterker +v1 ", listing, re.M)  # the built-in one stays
    again = run(tmp_path, "templates", "init", "samen-sterker", "--as", "samen-sterker-jong", config=config)
    assert again.exit_code == 2 and "already an instrument 'samen-sterker-jong'" in again.output


@pytest.mark.parametrize("change,expected", [
    (lambda d: d, r"replaces the built-in 'exit' \(version 1\) but has version 1; give it version 2"),
    (lambda d: {**d, "version": 3, "groups": []}, r"exit.yaml: 'groups' must list at least one group"),
])
def test_own_codebooks_are_validated_like_builtin_ones(tmp_path, own, change, expected):
    folder, config = own
    write(folder / "exit.yaml", change(builtin_yaml("exit")))
    for command in (("templates", "validate"), ("templates", "list"), ("deploy", "exit")):
        result = run(tmp_path, *command, config=config)
        assert result.exit_code == 1 and re.search(expected, result.output), (command, result.output)
        assert "Traceback" not in result.output


def test_a_clashing_survey_id_and_a_missing_folder_are_refused(tmp_path, own):
    folder, config = own
    data = builtin_yaml("exit")
    write(folder / "mijn-lijst.yaml", {**data, "id": "mijn-lijst"})
    result = run(tmp_path, "templates", "list", config=config)
    assert result.exit_code == 1 and "sid 481101 is already used by 'exit'" in result.output
    config.write_text('[templates]\ndir = "bestaat-niet"\n')
    result = run(tmp_path, "templates", "list", config=config)
    assert result.exit_code == 1 and "[templates] dir" in result.output and "is not a folder" in result.output


def test_init_needs_a_folder_and_a_builtin(tmp_path):
    result = run(tmp_path, "templates", "init", "exit")
    assert result.exit_code == 2 and "set [templates] dir" in result.output
    result = run(tmp_path, "templates", "init", "nope", "--dir", str(tmp_path / "t"))
    assert result.exit_code == 1 and "no built-in instrument 'nope'" in result.output
    result = run(tmp_path, "templates", "init", "exit", "--dir", str(tmp_path / "t"))
    assert result.exit_code == 0 and (tmp_path / "t" / "exit.yaml").exists()
    assert 'dir = "' in result.output  # says how to configure the folder
    assert run(tmp_path, "templates", "init", "exit", "--dir", str(tmp_path / "t")).exit_code == 1
