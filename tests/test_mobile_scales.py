"""Scales on a phone: LimeSurvey's button theme with the numbers side by side, same type and codes.

Checked by hand on the real LimeSurvey 6.4.2 lab at 412 px (docs/limesurvey.md,
docs/img/phone-412-scale-*.png); here: what the .lss asks of LimeSurvey, and that the
export codes the sync reads stay the same.
"""

import xml.etree.ElementTree as ET

import pytest

from stemsync import codebook, lss, synthetic
from stemsync.limesurvey import LimeSurvey
from stemsync.settings import Secret
from stemsync_emulator import Emulator

INSTRUMENTS = codebook.load_all()


def rows(document, table):
    return [{child.tag: (child.text or "") for child in row} for row in document.find(f"{table}/rows")]


@pytest.mark.parametrize("instrument_id", sorted(INSTRUMENTS))
def test_every_scale_is_a_button_list_with_numbers_side_by_side(instrument_id):
    inst = INSTRUMENTS[instrument_id]
    document = ET.fromstring(lss.compile_lss(inst))
    questions = {q["title"]: q for q in rows(document, "questions")}
    attributes = {(a["qid"], a["attribute"]): a["value"] for a in rows(document, "question_attributes")}
    answers = rows(document, "answers")
    scales = [q for q in inst.questions if q.kind == "scale"]
    assert scales
    for question in scales:
        row = questions[question.code]
        assert row["type"] == "L"  # the same type: export and sync see no difference
        assert row["question_theme_name"] == "bootstrap_buttons"
        assert "w-auto" in attributes[(row["qid"], "max_buttons_row")].split()  # side by side below 768 px
        codes = [a["code"] for a in answers if a["qid"] == row["qid"]]
        assert codes == [f"A{v}" for v in question.scale.points]
    for question in inst.questions:
        if question.kind == "choice":
            assert questions[question.code]["question_theme_name"] == "listradio"


def test_the_export_codes_stay_the_same():
    inst = INSTRUMENTS["wat-werkt-start"]
    with Emulator(password="pw-mobiel-123") as emu:
        sid = emu.load_lss(lss.compile_lss(inst).encode("utf-8"), activate=True)
        with LimeSurvey(emu.url, "admin", Secret("pw-mobiel-123")) as ls:
            row = {"TEAM": "team-noord", "ROL": "ouder", **{q.code: "A7" for q in inst.questions if q.kind == "scale"}}
            ls.add_response(sid, synthetic.to_sgqa(row, ls.get_fieldmap(sid)))
            exported = ls.export_responses(sid)[0]
    assert {q.code: exported[q.code] for q in inst.questions if q.kind == "scale"} == \
        {q.code: "A7" for q in inst.questions if q.kind == "scale"}
