"""The codebook loader: the real templates load, and every broken source is named precisely."""

import copy

import pytest
import yaml

from stemsync import codebook
from stemsync.codebook import CodebookError, parse_instrument

INSTRUMENTS = ("exit", "wat-werkt-start", "wat-werkt-eind", "samen-sterker")


@pytest.fixture(scope="module")
def instruments():
    return codebook.load_all()


def test_all_four_instruments_load(instruments):
    assert set(instruments) == set(INSTRUMENTS)
    for inst in instruments.values():
        assert inst.languages == ("nl", "en")
        assert {c.code for c in inst.context} >= {"TEAM", "ROL"}
        assert inst.role_field is not None and inst.role_field.code == "ROL"


def test_samen_sterker_has_five_themes_with_score_and_two_comments(instruments):
    inst = instruments["samen-sterker"]
    themes = ["omgang", "luisteren", "contact", "gezinsplan", "afspraken"]
    for theme in themes:
        kinds = sorted(q.kind for q in inst.questions if q.theme == theme)
        assert kinds == ["scale", "text", "text"], theme
    assert [o.code for o in inst.role_field.options] == ["ouder", "jong", "prof"]
    assert not inst.role_field.hidden


def test_wat_werkt_has_four_0_to_10_scales(instruments):
    for name in ("wat-werkt-start", "wat-werkt-eind"):
        scales = [q for q in instruments[name].questions if q.kind == "scale"]
        assert len(scales) == 4
        assert all((q.scale.min, q.scale.max) == (0, 10) for q in scales)
        assert sum(q.is_free_text for q in instruments[name].questions) == 1


def test_exit_has_grade_recommend_and_tops_tips(instruments):
    inst = instruments["exit"]
    assert (inst.question("CIJFER").scale.min, inst.question("CIJFER").scale.max) == (1, 10)
    assert inst.question("AANBEVELEN").kind == "yesno"
    assert inst.question("TOPS").is_free_text and inst.question("TIPS").is_free_text


def test_scale_answer_codes_round_trip(instruments):
    scale = instruments["wat-werkt-start"].question("ALGEMEEN").scale
    assert [scale.value_of(scale.answer_code(v)) for v in scale.points] == scale.points
    assert scale.value_of("A11") is None and scale.value_of("7") is None and scale.value_of("Ax") is None


# -- validation of broken sources ---------------------------------------------------


@pytest.fixture
def raw():
    return yaml.safe_load((codebook.TEMPLATES_DIR / "wat-werkt-eind.yaml").read_text())


def problems_of(data, source="x.yaml"):
    with pytest.raises(CodebookError) as info:
        parse_instrument(data, source=source, expected_id=data.get("id"))
    return info.value.problems


def first_question(data):
    return data["groups"][0]["questions"][0]


def test_duplicate_code_is_named(raw):
    data = copy.deepcopy(raw)
    data["groups"][0]["questions"][1]["code"] = first_question(data)["code"]
    assert any("question GEHOORD: duplicate code 'GEHOORD'" in p for p in problems_of(data))


def test_context_and_question_codes_share_one_namespace(raw):
    data = copy.deepcopy(raw)
    first_question(data)["code"] = "TEAM"
    assert any("duplicate code 'TEAM'" in p for p in problems_of(data))


@pytest.mark.parametrize("bad", ["1ST", "MET-STREEP", "MET SPATIE", "A" * 21, "", "ÉÉN"])
def test_codes_limesurvey_would_refuse(raw, bad):
    data = copy.deepcopy(raw)
    first_question(data)["code"] = bad
    assert any("is not valid for LimeSurvey" in p for p in problems_of(data))


def test_reserved_word(raw):
    data = copy.deepcopy(raw)
    first_question(data)["code"] = "token"
    assert any("reserves" in p for p in problems_of(data))


def test_missing_translation_names_file_question_and_language(raw):
    data = copy.deepcopy(raw)
    del first_question(data)["text"]["en"]
    assert "x.yaml: question GEHOORD: 'text' has no en translation" in problems_of(data)


def test_missing_survey_text(raw):
    data = copy.deepcopy(raw)
    del data["welcome"]
    assert "x.yaml: 'welcome' is missing" in problems_of(data)


def test_scale_without_anchor(raw):
    data = copy.deepcopy(raw)
    name = first_question(data)["scale"]
    del data["scales"][name]["labels"][10]
    assert f"x.yaml: scale {name}: has no anchor label for 10" in problems_of(data)


def test_scale_with_too_many_points_or_reversed(raw):
    data = copy.deepcopy(raw)
    name = first_question(data)["scale"]
    data["scales"][name]["max"] = 20
    assert any("at most 11" in p for p in problems_of(data))
    data["scales"][name].update(min=5, max=1)
    assert any("min < max" in p for p in problems_of(data))


def test_unknown_scale_and_kind(raw):
    data = copy.deepcopy(raw)
    first_question(data)["scale"] = "nope"
    data["groups"][0]["questions"][1]["kind"] = "slider"
    found = problems_of(data)
    assert any("question GEHOORD: scale 'nope' is not defined" in p for p in found)
    assert any("kind 'slider' is not one of" in p for p in found)


def test_choice_needs_options_with_short_codes(raw):
    data = copy.deepcopy(raw)
    first_question(data).update(kind="choice", options=[{"code": "TOOLONG", "label": {"nl": "a", "en": "a"}}])
    found = problems_of(data)
    assert any("option code 'TOOLONG' is not valid" in p for p in found)
    assert any("at least two options" in p for p in found)


def test_id_must_match_file_name(raw):
    with pytest.raises(CodebookError) as info:
        parse_instrument(raw, source="other.yaml", expected_id="other")
    assert any("does not match the file name" in p for p in info.value.problems)


def test_all_problems_reported_at_once(raw):
    data = copy.deepcopy(raw)
    del first_question(data)["text"]["en"]
    data["groups"][0]["questions"][1]["code"] = "2X"
    assert len(problems_of(data)) >= 2


def test_load_instrument_reports_yaml_syntax_with_line(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("id: kapot\nversion: [1\n")
    with pytest.raises(CodebookError) as info:
        codebook.load_instrument(path)
    assert info.value.problems[0].startswith("kapot.yaml: line ")


def test_unknown_instrument_lists_known_ones():
    with pytest.raises(CodebookError) as info:
        codebook.get_instrument("nope")
    assert "samen-sterker" in info.value.problems[0]
