"""The .lss compiler: deterministic, up to date, shaped like the file a real LimeSurvey 6.2.1 imported."""

import xml.etree.ElementTree as ET

import pytest

from conftest import LIMESURVEY_CONTRACT
from stemsync import codebook, lss

KNOWN_GOOD = LIMESURVEY_CONTRACT / "probe-6.2.1-known-good.lss"


@pytest.fixture(scope="module")
def instruments():
    return codebook.load_all()


@pytest.fixture(scope="module")
def known_good():
    return ET.parse(KNOWN_GOOD).getroot()


def rows(root, table):
    section = root.find(table)
    return [] if section is None else [{c.tag: (c.text or "") for c in row} for row in section.find("rows")]


def test_compiling_twice_gives_the_same_bytes(instruments):
    for inst in instruments.values():
        assert lss.compile_lss(inst) == lss.compile_lss(codebook.get_instrument(inst.id))


def test_committed_lss_files_are_up_to_date(instruments):
    for inst in instruments.values():
        path = lss.lss_path(inst)
        assert path.exists(), f"{path.name} missing: run stemsync templates build"
        assert path.read_text(encoding="utf-8") == lss.compile_lss(inst), f"{path.name} is stale: run stemsync templates build"


def test_same_tables_and_field_lists_as_the_known_good_file(instruments, known_good):
    for inst in instruments.values():
        root = ET.fromstring(lss.compile_lss(inst).encode())
        assert root.findtext("LimeSurveyDocType") == "Survey"
        assert root.findtext("DBVersion") == known_good.findtext("DBVersion")
        tables = [child.tag for child in root if child.find("fields") is not None]
        # subquestions is written only when there are rows, as LimeSurvey's own exporter does
        assert tables == [c.tag for c in known_good if c.find("fields") is not None and c.tag != "subquestions"]
        for table in tables:
            fields = [f.text for f in root.find(table).find("fields")]
            assert fields == [f.text for f in known_good.find(table).find("fields")], table
            for row in root.find(table).find("rows"):
                assert [c.tag for c in row] == fields, table


def test_every_codebook_question_is_in_the_file_with_texts_and_options(instruments):
    for inst in instruments.values():
        root = ET.fromstring(lss.compile_lss(inst).encode())
        questions = {r["title"]: r for r in rows(root, "questions")}
        assert list(questions) == inst.codes
        texts = {(r["qid"], r["language"]): r["question"] for r in rows(root, "question_l10ns")}
        answers = rows(root, "answers")
        labels = {(r["aid"], r["language"]): r["answer"] for r in rows(root, "answer_l10ns")}
        for q in inst.questions:
            row = questions[q.code]
            assert row["type"] == {"scale": "L", "choice": "L", "yesno": "Y", "text": "T"}[q.kind]
            for lang in inst.languages:
                assert texts[(row["qid"], lang)] == q.text[lang].replace("&", "&amp;")
            mine = [a for a in answers if a["qid"] == row["qid"]]
            if q.kind == "scale":
                assert [a["code"] for a in mine] == [f"A{v}" for v in q.scale.points]
                assert [int(a["assessment_value"]) for a in mine] == q.scale.points
                low = mine[0]["aid"]
                for lang in inst.languages:
                    assert labels[(low, lang)] == f"{q.scale.min} - {q.scale.labels[q.scale.min][lang]}"
            elif q.kind == "choice":
                assert [a["code"] for a in mine] == [o.code for o in q.options]
            else:
                assert mine == []


def test_context_fields_hidden_or_asked(instruments):
    inst = instruments["samen-sterker"]
    root = ET.fromstring(lss.compile_lss(inst).encode())
    questions = {r["title"]: r for r in rows(root, "questions")}
    hidden = {r["qid"] for r in rows(root, "question_attributes") if r["attribute"] == "hidden" and r["value"] == "1"}
    assert questions["TEAM"]["type"] == "S" and questions["TEAM"]["qid"] in hidden
    assert questions["ROL"]["type"] == "L" and questions["ROL"]["qid"] not in hidden
    ww = ET.fromstring(lss.compile_lss(instruments["wat-werkt-start"]).encode())
    ww_questions = {r["title"]: r for r in rows(ww, "questions")}
    ww_hidden = {r["qid"] for r in rows(ww, "question_attributes") if r["attribute"] == "hidden"}
    assert ww_questions["ROL"]["type"] == "S" and ww_questions["ROL"]["qid"] in ww_hidden


def test_privacy_settings_and_languages(instruments):
    for inst in instruments.values():
        root = ET.fromstring(lss.compile_lss(inst).encode())
        survey = rows(root, "surveys")[0]
        assert survey["sid"] == str(inst.sid)
        for key, value in lss.PRIVACY_PROPERTIES.items():
            assert survey[key] == value, key
        assert survey["ipanonymize"] == "Y"
        assert survey["language"] == "nl" and survey["additional_languages"] == "en"
        assert [lang.text for lang in root.find("languages")] == ["nl", "en"]
        settings = rows(root, "surveys_languagesettings")
        assert [s["surveyls_language"] for s in settings] == ["nl", "en"]
        assert settings[0]["surveyls_title"] == inst.title["nl"]


def test_l10n_ids_are_unique(instruments):
    for inst in instruments.values():
        root = ET.fromstring(lss.compile_lss(inst).encode())
        for table in ("question_l10ns", "answer_l10ns", "group_l10ns"):
            ids = [r["id"] for r in rows(root, table)]
            assert len(ids) == len(set(ids)), table


def test_text_that_looks_like_markup_or_cdata_end_is_escaped(instruments):
    inst = instruments["wat-werkt-eind"]
    tricky = {"nl": "Ouder & kind <samen> ]]> klaar", "en": "Parent & child"}
    group = inst.groups[0]
    question = group.questions[0].__class__(**{**group.questions[0].__dict__, "text": tricky})
    patched = inst.__class__(**{**inst.__dict__, "groups": (group.__class__(
        group.code, group.title, group.description, (question,) + group.questions[1:]),)})
    root = ET.fromstring(lss.compile_lss(patched).encode())  # still well-formed XML
    texts = [r["question"] for r in rows(root, "question_l10ns") if r["language"] == "nl"]
    assert "Ouder &amp; kind &lt;samen&gt; ]]&gt; klaar" in texts


def test_participant_url_for_both_url_formats():
    get = lss.participant_url("https://ls.example.org/index.php?r=admin/remotecontrol", 481201, "nl",
                              {"TEAM": "team-noord", "ROL": "ouder"})
    assert get == "https://ls.example.org/index.php?r=survey/index&sid=481201&lang=nl&TEAM=team-noord&ROL=ouder"
    path = lss.participant_url("https://ls.example.org/survey/index.php/admin/remotecontrol", 481201, "en",
                               {"TEAM": "x"})
    assert path == "https://ls.example.org/survey/index.php/481201?lang=en&TEAM=x"
