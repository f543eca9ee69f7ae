"""The .lss parser and survey import: types, languages, renumbering, rejection."""

from __future__ import annotations

import base64
import copy
import json
import xml.etree.ElementTree as ET

import pytest
import requests

from stemsync_emulator import Emulator, LssError, parse_lss

NOT_LSS = "Error: This is not a valid LimeSurvey survey structure XML file."


def rpc(emu: Emulator, method: str, *params):
    r = requests.post(emu.url, data=json.dumps({"method": method, "params": list(params), "id": 1}),
                      headers={"content-type": "application/json"}, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["result"]


def bilingual(probe: bytes) -> bytes:
    """The probe survey with English added: languages nl+en, l10n rows per language."""
    root = ET.fromstring(probe)
    ET.SubElement(root.find("languages"), "language").text = "en"
    root.find("surveys/rows/row/additional_languages").text = "en"
    english = {"Voelde je je gehoord?": "Did you feel heard?", "Helemaal niet": "Not at all",
               "Hoe gaat het met deze onderwerpen?": "How are these going?", "De omgang": "Manners",
               "Hoe had je contact?": "How did you get in touch?", "Telefoon": "Phone",
               "Probe vragenlijst": "Probe questionnaire", "Over het gesprek": "About the talk", "Goed": "Good"}
    for table, text_fields in [("group_l10ns", ["group_name"]), ("question_l10ns", ["question"]),
                               ("answer_l10ns", ["answer"]), ("surveys_languagesettings", ["surveyls_title"])]:
        rows = root.find(f"{table}/rows")
        for row in list(rows):
            new = copy.deepcopy(row)
            lang_tag = "surveyls_language" if table == "surveys_languagesettings" else "language"
            new.find(lang_tag).text = "en"
            for name in text_fields:
                node = new.find(name)
                node.text = english.get(node.text or "", f"EN {node.text}")
            rows.append(new)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def test_parse_probe(probe_lss_bytes: bytes) -> None:
    lss = parse_lss(probe_lss_bytes)
    assert lss.sid == 111111 and lss.languages == ["nl"]
    assert [q.type for q in lss.questions] == ["L", "N", "F", "T", "S", "5", "Y", "M"]
    by_title = {q.title: q for q in lss.questions}
    assert [s.title for s in by_title["THEMA"].subquestions] == ["OMGANG", "LUISTER"]
    assert [s.title for s in by_title["KANAAL"].subquestions] == ["TEL", "THUIS", "APP"]
    assert [(a.code, a.text["nl"]) for a in by_title["THEMA"].answers] == [("G", "Goed"), ("B", "Kan beter")]
    assert by_title["TEAM"].hidden and not by_title["TIPS"].hidden
    assert by_title["CIJFER"].attribute("max_num_value_n") == "10"
    assert lss.settings["anonymized"] == "Y" and lss.language_settings["nl"]["surveyls_title"] == "Probe vragenlijst"


def test_parse_bilingual(probe_lss_bytes: bytes) -> None:
    lss = parse_lss(bilingual(probe_lss_bytes))
    assert lss.languages == ["nl", "en"]
    q = lss.questions[0]
    assert q.question_text("nl") == "Voelde je je gehoord?" and q.question_text("en") == "Did you feel heard?"
    assert q.answers[0].text == {"nl": "Helemaal niet", "en": "Not at all"}
    assert lss.groups[0].name("en") == "About the talk"


@pytest.mark.parametrize("data", [b"<xml>nope", b"not xml at all", b"",
                                  b"<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>",
                                  b"<document><LimeSurveyDocType>Survey</LimeSurveyDocType></document>"])
def test_rejects_non_surveys(emulator: Emulator, data: bytes) -> None:
    with pytest.raises(LssError) as info:
        parse_lss(data)
    assert f"Error: {info.value}" == NOT_LSS
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    assert rpc(emulator, "import_survey", key, base64.b64encode(data).decode(), "lss", None, None) == {
        "status": NOT_LSS}
    assert rpc(emulator, "import_survey", key, "", "exe") == {"status": "Invalid extension"}


def test_import_renumbers_and_picks_free_ids(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    data = base64.b64encode(probe_lss_bytes).decode()
    sids = [rpc(emulator, "import_survey", key, data, "lss", None, None) for _ in range(3)]
    assert sids[0] == 111111 and len(set(sids)) == 3
    assert all(len(str(s)) == 6 and "0" not in str(s) for s in sids)
    assert rpc(emulator, "import_survey", key, data, "lss", "Gewenst", 222333) == 222333
    for n, sid in enumerate(sids):
        groups = rpc(emulator, "list_groups", key, sid)
        assert [g["gid"] for g in groups] == [n + 1]
        qids = sorted(q["qid"] for q in rpc(emulator, "list_questions", key, sid))
        assert qids == list(range(13 * n + 1, 13 * n + 14))
        fmap = rpc(emulator, "get_fieldmap", key, sid)
        assert f"{sid}X{n + 1}X{13 * n + 3}OMGANG" in fmap
    assert rpc(emulator, "get_language_properties", key, 222333, ["surveyls_title"]) == {"surveyls_title": "Gewenst"}


def test_bilingual_survey_over_rpc(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    sid = rpc(emulator, "import_survey", key, base64.b64encode(bilingual(probe_lss_bytes)).decode(), "lss")
    assert rpc(emulator, "get_survey_properties", key, sid, ["language", "additional_languages"]) == {
        "language": "nl", "additional_languages": "en"}
    assert rpc(emulator, "get_language_properties", key, sid, ["surveyls_title"], "en") == {
        "surveyls_title": "Probe questionnaire"}
    english = {q["title"]: q["question"] for q in rpc(emulator, "list_questions", key, sid, None, "en")}
    assert english["GEHOORD"] == "Did you feel heard?" and english["TEL"] == "Phone"
    assert rpc(emulator, "list_questions", key, sid, None, "de") == {"status": "Error: Invalid language"}
    assert rpc(emulator, "get_fieldmap", key, sid, "en")[f"{sid}X1X3OMGANG"]["subquestion"] == "Manners"
    assert rpc(emulator, "activate_survey", key, sid)["status"] == "OK"
    rid = rpc(emulator, "add_response", key, sid, {f"{sid}X1X1": "1", f"{sid}X1X3OMGANG": "G",
                                                   f"{sid}X1X7": "Y", f"{sid}X1X8TEL": "",
                                                   "startlanguage": "en"})
    doc = json.loads(base64.b64decode(rpc(emulator, "export_responses", key, sid, "json", "en", "all", "full",
                                          "long", rid, rid, None)))
    row = doc["responses"][0]
    assert list(row)[:3] == ["Response ID", "Date submitted", "Last page"]
    assert row["Did you feel heard?"] == "Not at all"
    assert row["How are these going? [Manners]"] == "Good"
    assert row["EN Zou je ons aanraden?"] == "Yes"
    assert row["How did you get in touch? [Phone]"] == "No"
    assert row["Start language"] == "en"
    assert rpc(emulator, "export_responses", key, sid, "json", "de", "all", "code", "short", None, None, None) == {
        "status": "Language code not found for this survey."}
