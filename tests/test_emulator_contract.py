"""Replay the LimeSurvey 6.2.1 recordings against the emulator and compare the answers.

Recordings 01, 02 and 03 are replayed in order against ONE fresh emulator, as
they were recorded against one fresh server.  Session keys, randomly assigned
survey ids and participant tokens differ by nature: they are learned from the
answers (recorded value <-> emulator value) and mapped both ways.  "Now" is
not normalised but reproduced: the emulator's clock is set to the moment the
real server wrote into its responses (10:11:12 during 01, 10:13:22 during 03).

Every answer is compared after mapping: HTTP status, content type, and the
JSON body *including key order* (json.dumps of both).  Base64 exports are
decoded and compared byte for byte (BOM, quoting, ``\\/`` escapes, …).

Recording 02 says 2,000 responses were added to survey 156112 without being
logged.  Its last logged calls (summary: 3 responses) show they came after
the logged calls, and nothing in 03 reads them; they are bulk-loaded after 02
(ids 5..2004, so that file 04's RPC-added response becomes id 2005, as
recorded) and 03 must still match.

Recording 04 (filled in through the participant web page) is not replayable;
``test_web_filled_fixture`` stores responses shaped like it and checks that the
emulator exports them exactly as recorded.
"""

from __future__ import annotations

import base64
import json
import re
import string
from typing import Any

import pytest
import requests

from stemsync_emulator import Emulator
from conftest import LIMESURVEY_CONTRACT

RECORDINGS = LIMESURVEY_CONTRACT / "recordings"
PROBE = LIMESURVEY_CONTRACT / "probe-6.2.1-known-good.lss"
REPLAY = ["01-basics-and-errors.jsonl", "02-responses-sgqa-filters.jsonl", "03-properties-tokens.jsonl"]
# the server's clock while each file was recorded (visible in the responses it stamped with "now")
NOW = {REPLAY[0]: "2026-11-22 10:11:12", REPLAY[1]: "2026-11-22 10:12:30", REPLAY[2]: "2026-11-22 10:13:22"}
EXPORT_METHODS = {"export_responses", "export_responses_by_token"}


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (RECORDINGS / name).read_text(encoding="utf-8").splitlines() if line]


class Mapper:
    """Two-way map between recorded and emulator values that differ by nature."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}  # recorded -> actual (session keys, tokens)
        self.sids: dict[int, int] = {}  # recorded -> actual survey ids

    def learn(self, method: str, recorded: Any, actual: Any) -> None:
        rec, act = recorded.get("result"), actual.get("result")
        if method == "get_session_key" and isinstance(rec, str) and isinstance(act, str):
            assert len(act) == 32 and set(act) <= set(string.ascii_letters + string.digits + "_~")
            self.strings[rec] = act
        elif method == "import_survey" and isinstance(rec, int) and isinstance(act, int):
            assert 111111 <= act <= 999999 and "0" not in str(act)
            self.sids[rec] = act
        elif method == "add_participants" and isinstance(rec, list) and isinstance(act, list):
            for r, a in zip(rec, act):
                assert re.fullmatch(r"[A-Za-z0-9]{15}", a["token"])
                self.strings[r["token"]] = a["token"]

    def _convert(self, obj: Any, strings: dict[str, str], sids: dict[int, int]) -> Any:
        if isinstance(obj, dict):
            return {self._convert(k, strings, sids): self._convert(v, strings, sids) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self._convert(v, strings, sids) for v in obj]
        if isinstance(obj, bool) or obj is None:
            return obj
        if isinstance(obj, int):
            return sids.get(obj, obj)
        if isinstance(obj, str):
            if obj in strings:
                return strings[obj]
            for old, new in sids.items():
                obj = re.sub(rf"(?<!\d){old}(?!\d)", str(new), obj)
            return obj
        return obj

    def to_actual(self, obj: Any) -> Any:
        return self._convert(obj, self.strings, self.sids)

    def to_recorded(self, obj: Any) -> Any:
        return self._convert(obj, {v: k for k, v in self.strings.items()}, {v: k for k, v in self.sids.items()})


def post(url: str, method: str, params: list[Any], rid: Any = 1) -> requests.Response:
    body = json.dumps({"method": method, "params": params, "id": rid})
    return requests.post(url, data=body, headers={"content-type": "application/json"}, timeout=30)


def replay_step(emu: Emulator, mapper: Mapper, rec: dict[str, Any]) -> dict[str, Any]:
    req = rec["request"]
    r = post(emu.url, req["method"], mapper.to_actual(req["params"]), req["id"])
    actual = r.json() if r.text else None
    if isinstance(actual, dict) and isinstance(rec["response"], dict):
        mapper.learn(req["method"], rec["response"], actual)
    return {"status": r.status_code, "content_type": r.headers.get("Content-Type"), "body": actual}


def assert_matches(rec: dict[str, Any], got: dict[str, Any], mapper: Mapper) -> None:
    assert got["status"] == rec["http_status"]
    assert got["content_type"] == rec["content_type"]
    expected = rec["response"]
    actual = mapper.to_recorded(got["body"])
    method = rec["request"]["method"]
    if method in EXPORT_METHODS and isinstance(expected.get("result"), str):
        assert {k: v for k, v in actual.items() if k != "result"} == {k: v for k, v in expected.items()
                                                                       if k != "result"}
        exp_doc = base64.b64decode(expected["result"]).decode("utf-8")
        act_doc = mapper.to_recorded(base64.b64decode(actual["result"]).decode("utf-8"))
        assert act_doc == exp_doc
        return
    # json.dumps keeps key order: the comparison is order-sensitive on purpose
    assert json.dumps(actual, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


UNLOGGED = [
    {"GEHOORD": str(i % 4 + 1), "CIJFER": str(i % 10 + 1), "THEMA[OMGANG]": "G", "THEMA[LUISTER]": "B",
     "TIPS": f"bulk {i}", "TEAM": "team-a", "VIJF": "3", "AANBEVELEN": "Y", "KANAAL[TEL]": "Y",
     "submitdate": "2026-06-01 10:00:00", "startdate": "2026-06-01 09:58:00", "datestamp": "2026-06-01 10:00:00"}
    for i in range(2000)
]


@pytest.fixture(scope="module")
def replayed() -> dict[tuple[str, int], tuple[dict[str, Any], dict[str, Any], Mapper]]:
    clock = {"now": NOW[REPLAY[0]]}
    mapper = Mapper()
    results = {}
    with Emulator(clock=lambda: clock["now"], seed=20260115) as emu:
        for name in REPLAY:
            clock["now"] = NOW[name]
            for i, rec in enumerate(load(name)):
                results[(name, i)] = (rec, replay_step(emu, mapper, rec), mapper)
            if name == REPLAY[1]:
                second = mapper.sids[156112]
                ids = emu.state.add_responses_bulk(second, UNLOGGED)
                assert ids == list(range(5, 2005))
    return results


CASES = [(name, i, rec["note"]) for name in REPLAY for i, rec in enumerate(load(name))]


@pytest.mark.parametrize(("name", "index", "note"), CASES, ids=[f"{n[:2]}-{i:02d}-{note}" for n, i, note in CASES])
def test_recorded_answer(replayed, name: str, index: int, note: str) -> None:
    rec, got, mapper = replayed[(name, index)]
    assert_matches(rec, got, mapper)


def test_every_recorded_request_is_covered(replayed) -> None:
    assert len(replayed) == sum(len(load(name)) for name in REPLAY)


def test_random_survey_ids_were_really_mapped(replayed) -> None:
    _, _, mapper = replayed[(REPLAY[2], 0)]
    assert mapper.sids[111111] == 111111  # the id in the file was free
    assert set(mapper.sids) == {111111, 156112, 691916}
    assert len(set(mapper.sids.values())) == 3


# --- recording 04: web-filled responses as fixture data -------------------------------------

WEB_156112 = {  # response 2006, filled in through the participant page (recording 04 #1)
    "id": 2006, "submitdate": "2026-11-22 10:24:16", "lastpage": 1, "seed": "656793761",
    "startdate": "2026-11-22 10:24:13", "datestamp": "2026-11-22 10:24:16", "GEHOORD": "1", "CIJFER": "7",
    "THEMA[OMGANG]": "G", "THEMA[LUISTER]": "G", "TIPS": "Via de website: Petra Smit belde 06-12345678",
    "TEAM": "team-web", "VIJF": "1", "AANBEVELEN": "Y", "KANAAL[TEL]": "", "KANAAL[THUIS]": "", "KANAAL[APP]": "",
}
WEB_548963 = {  # date stamps off: no submitdate given, the server stores 1980-01-01 (recording 04 #6)
    "lastpage": 1, "seed": "1431685797", "GEHOORD": "1", "CIJFER": "7", "THEMA[OMGANG]": "G",
    "THEMA[LUISTER]": "G", "TIPS": "Via de website: Petra Smit belde 06-12345678", "TEAM": "team-web",
    "VIJF": "1", "AANBEVELEN": "Y", "KANAAL[TEL]": "", "KANAAL[THUIS]": "", "KANAAL[APP]": "",
}


def test_web_filled_fixture() -> None:
    """The emulator holds web-shaped responses (seed, lastpage, "" for unticked options)
    and exports them exactly like recording 04."""
    mapper = Mapper()
    with Emulator(seed=4) as emu:
        key = emu.state.login("admin", "adminpw")
        first = emu.load_lss(PROBE, "Probe 2", activate=True)
        mapper.sids[156112] = first
        # ids 1..2004 were taken before (recordings 02 and the unlogged bulk)
        emu.state.add_responses_bulk(first, [{"TEAM": "filler"}] * 2004)
        sgqa = {f["title"] + (f"[{f['aid']}]" if f["aid"] else ""): name
                for name, f in post(emu.url, "get_fieldmap", [key, first]).json()["result"].items() if f["qid"]}
        sentinel = {"GEHOORD": "2", "CIJFER": "10", "THEMA[OMGANG]": "B", "THEMA[LUISTER]": "G",
                    "TIPS": "sentinel-9999 hallo", "TEAM": "team-a", "VIJF": "4", "AANBEVELEN": "Y",
                    "KANAAL[TEL]": "Y", "KANAAL[THUIS]": "Y", "KANAAL[APP]": "Y"}
        data = {sgqa[k]: v for k, v in sentinel.items()}
        data.update(submitdate="2026-06-15 10:00:00", startdate="2026-06-15 10:00:00", datestamp="2026-06-15 10:00:00")
        assert post(emu.url, "add_response", [key, first, data]).json()["result"] == "2005"  # an RPC-added one
        assert emu.state.add_responses_bulk(first, [WEB_156112]) == [2006]

        second = emu.load_lss(PROBE, "Zonder datumstempels")
        mapper.sids[548963] = second
        assert post(emu.url, "set_survey_properties", [key, second, {"datestamp": "N"}]).json()["result"] == {
            "datestamp": True}
        assert post(emu.url, "activate_survey", [key, second]).json()["result"]["status"] == "OK"
        assert emu.state.add_responses_bulk(second, [WEB_548963]) == [1]
        emu.state.release_session(key)

        for rec in load("04-web-filled-response.jsonl"):
            assert_matches(rec, replay_step(emu, mapper, rec), mapper)
