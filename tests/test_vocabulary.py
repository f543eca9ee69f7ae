"""The codebook is the vocabulary: every theme and role has its words (nl and en), publish
copies them into the public database, and the portal takes its labels from there."""

from __future__ import annotations

import copy
import sqlite3

import pytest
import yaml
from click.testing import CliRunner

from stemsync import codebook, vocabulary
from stemsync.codebook import CodebookError, parse_instrument

pytest_plugins = ["test_portal_fixtures"]


@pytest.fixture(scope="module")
def words():
    return vocabulary.load()


def test_every_theme_and_role_of_every_codebook_has_its_labels(words):
    instruments = codebook.load_all()
    assert vocabulary.missing(words, instruments.values()) == []
    have = {(w.kind, w.code, w.form): w for w in words}
    for inst in instruments.values():
        for q in inst.questions:
            if q.theme:
                w = have[("theme", q.theme, "label")]
                assert w.nl and w.en and w.nl != w.en or q.theme == "contact", q.theme
        for option in inst.role_field.options:
            for form in ("singular", "plural", "group"):
                w = have[("role", option.code, form)]
                assert w.nl and w.en, (option.code, form)


def test_a_new_theme_or_role_without_words_is_named(words):
    raw = yaml.safe_load(codebook.get_instrument("exit").source.read_text(encoding="utf-8"))
    changed = copy.deepcopy(raw)
    changed["groups"][0]["questions"][0]["theme"] = "wachttijd"
    changed["context"][1]["options"].append({"code": "opa", "label": {"nl": "Grootouder", "en": "Grandparent"}})
    inst = parse_instrument(changed, "exit.yaml")
    problems = vocabulary.missing(words, [inst])
    assert "theme 'wachttijd' of exit has no label in vocabulary.yaml" in problems
    assert {f"role 'opa' of exit has no {form} in vocabulary.yaml" for form in ("singular", "plural", "group")} \
        <= set(problems)


def test_vocabulary_file_needs_both_languages():
    with pytest.raises(vocabulary.VocabularyError, match="themes: thuis needs a text in nl and en"):
        vocabulary.parse({"themes": {"thuis": {"nl": "Thuis"}}})
    with pytest.raises(vocabulary.VocabularyError, match="roles: ouder: plural"):
        vocabulary.parse({"roles": {"ouder": {"singular": {"nl": "ouder", "en": "parent"}}}})


def test_templates_validate_names_a_missing_word(tmp_path, monkeypatch):
    from stemsync.cli import cli as main

    words = yaml.safe_load((codebook.TEMPLATES_DIR / "vocabulary.yaml").read_text(encoding="utf-8"))
    del words["themes"]["gezinsplan"]
    broken = tmp_path / "vocabulary.yaml"
    broken.write_text(yaml.safe_dump(words, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(vocabulary, "load", lambda directory=tmp_path: vocabulary.parse(
        yaml.safe_load(broken.read_text(encoding="utf-8"))))
    result = CliRunner().invoke(main, ["templates", "validate"])
    assert result.exit_code != 0 and "theme 'gezinsplan' of samen-sterker has no label" in result.output
    assert "Traceback" not in result.output
    monkeypatch.undo()
    assert CliRunner().invoke(main, ["templates", "validate"]).exit_code == 0


def test_team_field_is_a_flag_like_role():
    for inst in codebook.load_all().values():
        assert inst.team_field is not None and inst.team_field.code == "TEAM" and not inst.team_field.role
    raw = yaml.safe_load(codebook.get_instrument("exit").source.read_text(encoding="utf-8"))
    raw["context"][1]["team"] = True
    with pytest.raises(CodebookError, match="more than one context field has team: true"):
        parse_instrument(raw, "exit.yaml")


def test_vocabulary_is_not_taken_for_an_instrument():
    assert "vocabulary" not in {p.stem for p in codebook.template_paths()}


def test_publish_writes_the_vocabulary(public_db, words):
    conn = sqlite3.connect(public_db)
    try:
        rows = {(k, c, f): (nl, en) for k, c, f, nl, en in conn.execute(
            "select kind, code, form, label_nl, label_en from vocabulary")}
    finally:
        conn.close()
    assert rows[("theme", "inspraak", "label")] == ("Meebeslissen", "Having a say")
    assert rows[("role", "prof", "plural")] == ("hulpverleners", "care workers")
    assert len(rows) == len(words)


@pytest.mark.asyncio
async def test_portal_reads_its_labels_from_the_public_database(public_db, tmp_path):
    """Change a theme's and a role's words in the published table: the pages follow."""
    from test_portal_fixtures import copy_public, make_ds

    target = copy_public(public_db, tmp_path / "changed")
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("update vocabulary set label_nl = 'Samen beslissen' where kind = 'theme' and code = 'inspraak'")
        conn.execute("update vocabulary set label_nl = 'Professionals' where kind = 'role' and code = 'prof' "
                     "and form = 'group'")
    conn.close()
    ds = make_ds(target, open_=True)
    exit_page = (await ds.client.get("/-/stemsync/vragenlijst/exit")).text
    assert "Samen beslissen" in exit_page and "Meebeslissen" not in exit_page
    home = (await ds.client.get("/")).text
    assert "Professionals" in home
    assert home.count("Hulpverleners") == home.count("Hulpverleners zijn slecht bereikbaar")  # only an action's text
