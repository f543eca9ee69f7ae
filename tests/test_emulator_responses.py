"""Responses: add/update/delete semantics, export options, bulk loading, windowed export."""

from __future__ import annotations

import base64
import json
import time

import citric
import pytest
import requests

from stemsync_emulator import Emulator


def rpc(emu: Emulator, method: str, *params):
    r = requests.post(emu.url, data=json.dumps({"method": method, "params": list(params), "id": 1}),
                      headers={"content-type": "application/json"}, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    return body["result"] if body["error"] is None else ("ERROR", body["error"])


def export(emu: Emulator, key: str, sid: int, *args, doc: str = "json"):
    params = ["all", "code", "short", None, None, None]
    params[: len(args)] = args
    result = rpc(emu, "export_responses", key, sid, doc, None, *params)
    if isinstance(result, dict):
        return result
    raw = base64.b64decode(result).decode("utf-8")
    return json.loads(raw)["responses"] if doc == "json" else raw


@pytest.fixture
def active(emulator: Emulator, probe_lss_bytes: bytes):
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    sid = emulator.load_lss(probe_lss_bytes, activate=True)
    return emulator, key, sid


def test_add_response_semantics(active) -> None:
    emu, key, sid = active
    assert rpc(emu, "add_response", key, sid, {"GEHOORD": "3", "THEMA[OMGANG]": "G", "NOPE": "1"}) == "1"
    assert rpc(emu, "add_response", key, sid, {f"{sid}X1X1": "2", "submitdate": None, "lastpage": "2"}) == "2"
    rows = export(emu, key, sid)
    assert rows[0]["GEHOORD"] is None and rows[0]["submitdate"] == "2026-11-22 10:11:12"
    assert rows[1]["GEHOORD"] == "2" and rows[1]["submitdate"] is None and rows[1]["lastpage"] == 2
    assert [r["id"] for r in export(emu, key, sid, "incomplete")] == [2]
    assert [r["id"] for r in export(emu, key, sid, "complete")] == [1]
    assert rpc(emu, "get_summary", key, sid, "all") == {"completed_responses": 1, "incomplete_responses": 1,
                                                        "full_responses": 2}
    assert rpc(emu, "delete_response", key, sid, "2") == {"2": "deleted"}
    assert rpc(emu, "add_response", key, sid, {}) == "3"  # ids are never reused
    assert [r["id"] for r in export(emu, key, sid)] == [1, 3]


def test_numeric_answers_lose_trailing_zeros(active) -> None:
    emu, key, sid = active
    rpc(emu, "add_response", key, sid, {f"{sid}X1X2": "7.50", f"{sid}X1X4": "7.50"})
    row = export(emu, key, sid)[0]
    assert (row["CIJFER"], row["TIPS"]) == ("7.5", "7.50")


def test_update_response_needs_edit_after_completion(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    sid = emulator.load_lss(probe_lss_bytes)
    assert rpc(emulator, "set_survey_properties", key, sid, {"alloweditaftercompletion": "Y", "nope": 1}) == {
        "alloweditaftercompletion": True}
    assert rpc(emulator, "add_response", key, sid, {}) == {"status": "No survey response table"}
    rpc(emulator, "activate_survey", key, sid)
    rid = rpc(emulator, "add_response", key, sid, {"submitdate": None})
    assert rpc(emulator, "update_response", key, sid, {"id": rid, "submitdate": "2026-03-02 10:00:00",
                                                       f"{sid}X1X5": "ede"}) is True
    row = export(emulator, key, sid, "complete")[0]
    assert (row["id"], row["submitdate"], row["TEAM"]) == (1, "2026-03-02 10:00:00", "ede")
    assert rpc(emulator, "update_response", key, sid, {"id": rid, "TEAM": "x"}) == {
        "status": "Error: Invalid Column names supplied: TEAM"}
    assert rpc(emulator, "set_survey_properties", key, sid, {"alloweditaftercompletion": "N"}) == {
        "alloweditaftercompletion": True}
    assert rpc(emulator, "update_response", key, sid, {"id": rid}) == {
        "status": "Survey does not allow edit after completion"}


def test_export_windows_fields_and_empty_results(active) -> None:
    emu, key, sid = active
    assert export(emu, key, sid) == {"status": "No Data, could not get max id."}
    for i in range(5):
        rpc(emu, "add_response", key, sid, {f"{sid}X1X5": f"t{i}"})
    assert [r["id"] for r in export(emu, key, sid, "all", "code", "short", "2", "4")] == [2, 3, 4]
    assert [r["id"] for r in export(emu, key, sid, "all", "code", "short", 4, None)] == [4, 5]
    assert export(emu, key, sid, "all", "code", "short", 99, None) == []
    assert export(emu, key, sid, "all", "code", "short", None, None, ["id", f"{sid}X1X5", "TEAM"])[0] == {
        "id": 1, "TEAM": None}  # the SGQA column and the code column share the heading "TEAM"
    assert export(emu, key, sid, "all", "code", "short", 99, None, doc="csv") == "\r\n"
    csv = export(emu, key, sid, "all", "code", "long", 5, 5, ["id", f"{sid}X1X8TEL"], doc="csv")
    assert csv == '\ufeff"id";"KANAAL[TEL]"\r\n"5";"N/A"\r\n\r\n'


def test_csv_escaping(active) -> None:
    emu, key, sid = active
    rpc(emu, "add_response", key, sid, {f"{sid}X1X4": 'Zei "hoi";\r\ntwee\rregels'})
    csv = export(emu, key, sid, "all", "code", "short", None, None, ["id", f"{sid}X1X4"], doc="csv")
    assert csv == '\ufeff"id";"TIPS"\r\n"1";"Zei ""hoi"";\ntwee\nregels"\r\n\r\n'


def test_tokens_on_a_non_anonymous_survey(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    sid = emulator.load_lss(probe_lss_bytes)
    assert rpc(emulator, "set_survey_properties", key, sid, {"anonymized": "N"}) == {"anonymized": True}
    rpc(emulator, "activate_survey", key, sid)
    assert rpc(emulator, "set_survey_properties", key, sid, {"anonymized": "Y"}) == {"status": "No valid Data"}
    assert rpc(emulator, "list_participants", key, sid) == {"status": "Error: No survey participants table"}
    assert rpc(emulator, "activate_tokens", key, sid, [1, 2]) == {"status": "OK"}
    added = rpc(emulator, "add_participants", key, sid, [{"firstname": "A", "attribute_2": "x"}], True)
    token = added[0]["token"]
    assert list(added[0])[:8] == ["sent", "remindersent", "remindercount", "completed", "usesleft", "emailstatus",
                                  "firstname", "attribute_2"]
    rid = rpc(emulator, "add_response", key, sid, {"token": token, f"{sid}X1X5": "t"})
    rpc(emulator, "add_response", key, sid, {"token": "other"})
    assert rpc(emulator, "get_response_ids", key, sid, token) == [int(rid)]
    row = export(emulator, key, sid)[0]
    assert list(row)[:8] == ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate",
                             "datestamp"]
    assert row["token"] == token
    by_token = rpc(emulator, "export_responses_by_token", key, sid, "json", token, None, "all", "code", "short")
    assert [r["id"] for r in json.loads(base64.b64decode(by_token))["responses"]] == [1]
    assert rpc(emulator, "export_responses_by_token", key, sid, "json", "nobody") == {
        "status": "No Response found for Token"}
    assert rpc(emulator, "get_participant_properties", key, sid, 1, ["attribute_2", "token"]) == {
        "token": token, "attribute_2": "x"}
    assert rpc(emulator, "get_participant_properties", key, sid, {"nope": 1}) == (
        "ERROR", f'Table "lime_tokens_{sid}" does not have a column named "nope".')


def test_bulk_load_keys_and_defaults(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = rpc(emulator, "get_session_key", "admin", "adminpw")
    sid = emulator.load_lss(probe_lss_bytes, activate=True)
    ids = emulator.state.add_responses_bulk(sid, [
        {"GEHOORD": "1", "THEMA[OMGANG]": "G", "KANAAL_TEL": "Y", f"{sid}X1X5": "sgqa"},
        {"id": 10, "submitdate": None, "lastpage": "1", "seed": "42"},
    ])
    assert ids == [1, 10]
    rows = export(emulator, key, sid)
    assert (rows[0]["GEHOORD"], rows[0]["THEMA[OMGANG]"], rows[0]["KANAAL[TEL]"], rows[0]["TEAM"]) == (
        "1", "G", "Y", "sgqa")
    assert rows[0]["submitdate"] == rows[0]["startdate"] == "2026-11-22 10:11:12"
    assert (rows[1]["submitdate"], rows[1]["lastpage"], rows[1]["seed"]) == (None, 1, "42")
    assert rpc(emulator, "add_response", key, sid, {}) == "11"
    with pytest.raises(KeyError):
        emulator.state.add_responses_bulk(sid, [{"NOPE": 1}])

    plain = emulator.load_lss(probe_lss_bytes)
    rpc(emulator, "set_survey_properties", key, plain, {"datestamp": "N"})
    rpc(emulator, "activate_survey", key, plain)
    emulator.state.add_responses_bulk(plain, [{"TEAM": "x"}])
    row = export(emulator, key, plain)[0]
    assert row["submitdate"] == "1980-01-01 00:00:00" and "startdate" not in row and "datestamp" not in row


def test_windowed_export_over_10000_bulk_responses(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    sid = emulator.load_lss(probe_lss_bytes, activate=True)
    rows = [{"GEHOORD": str(i % 4 + 1), "CIJFER": str(i % 10 + 1), "TEAM": f"team-{i}",
             "submitdate": None if i % 7 == 0 else "2026-05-01 12:00:00"} for i in range(10_000)]
    assert emulator.state.add_responses_bulk(sid, rows) == list(range(1, 10_001))
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        seen = []
        for low in range(1, 10_001, 1_500):
            data = json.loads(client.export_responses(sid, from_response_id=low, to_response_id=low + 1_499))
            seen += data["responses"]
        assert [r["id"] for r in seen] == list(range(1, 10_001))
        assert all(r["TEAM"] == f"team-{r['id'] - 1}" and r["CIJFER"] == str((r["id"] - 1) % 10 + 1) for r in seen)
        complete = json.loads(client.export_responses(sid, completion_status="complete", from_response_id=4_001,
                                                      to_response_id=4_100))["responses"]
        assert [r["id"] for r in complete] == [i for i in range(4_001, 4_101) if (i - 1) % 7]
        started = time.perf_counter()
        tail = json.loads(client.export_responses(sid, from_response_id=9_996))["responses"]
        assert [r["id"] for r in tail] == [9_996, 9_997, 9_998, 9_999, 10_000]
        assert time.perf_counter() - started < 0.5  # a tail window does not walk all responses
    table = emulator.state.survey(sid).responses
    assert sum(1 for _ in table.window(5_000, 5_009)) == 10
