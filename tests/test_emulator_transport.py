"""HTTP behaviour of the emulator (FACTS.md "Transport") and fault injection."""

from __future__ import annotations

import json
import random

import citric
import pytest
import requests
from citric.exceptions import (InvalidJSONResponseError, LimeSurveyStatusError, RPCInterfaceNotEnabledError)

from stemsync_emulator import FAULTS, Emulator

JS = "text/javascript;charset=UTF-8"


def post(url: str, method: str, *params, rid=1, timeout: float = 10) -> requests.Response:
    return requests.post(url, data=json.dumps({"method": method, "params": list(params), "id": rid}),
                         headers={"content-type": "application/json"}, timeout=timeout)


def login(emu: Emulator) -> str:
    return post(emu.url, "get_session_key", "admin", "adminpw").json()["result"]


# --- endpoint forms -------------------------------------------------------------------------

@pytest.mark.parametrize("url_format", ["get", "path"])
def test_endpoint_forms(url_format: str) -> None:
    with Emulator(url_format=url_format) as emu:
        get_url = f"{emu.base_url}/index.php?r=admin/remotecontrol"
        path_url = f"{emu.base_url}/index.php/admin/remotecontrol"
        assert emu.url == (get_url if url_format == "get" else path_url)
        good = post(emu.url, "get_session_key", "admin", "adminpw")
        assert good.status_code == 200 and good.headers["Content-Type"] == JS
        assert len(good.json()["result"]) == 32
        wrong = post(path_url if url_format == "get" else get_url, "get_session_key", "admin", "adminpw")
        assert wrong.status_code == 400
        assert wrong.headers["Content-Type"].startswith("text/html")
        assert "<html" in wrong.text
        assert post(f"{emu.base_url}/nothing-here", "get_session_key").status_code == 404
        with citric.Client(emu.url, "admin", "adminpw") as client:
            assert client.get_server_version() == "6.2.1"


def test_wrong_endpoint_form_is_an_http_error_for_citric() -> None:
    with Emulator(url_format="path") as emu:
        with pytest.raises(requests.HTTPError) as info:
            citric.Client(f"{emu.base_url}/index.php?r=admin/remotecontrol", "admin", "adminpw")
        assert info.value.response.status_code == 400


def test_rpc_switched_off(emulator: Emulator) -> None:
    emulator.rpc_enabled = False
    r = post(emulator.url, "get_session_key", "admin", "adminpw")
    assert (r.status_code, r.text) == (200, "")
    assert r.headers["Content-Type"].startswith("text/html")
    with pytest.raises(RPCInterfaceNotEnabledError):
        citric.Client(emulator.url, "admin", "adminpw")


def test_unknown_method_and_missing_parameters_are_500_pages(emulator: Emulator) -> None:
    r = post(emulator.url, "no_such_method", "x")
    assert r.status_code == 500 and r.headers["Content-Type"].startswith("text/html") and "<html" in r.text
    r = post(emulator.url, "get_session_key", "admin")  # PHP ArgumentCountError
    assert r.status_code == 500
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        with pytest.raises(requests.HTTPError):
            client.session.no_such_method()


def test_malformed_json(emulator: Emulator) -> None:
    r = requests.post(emulator.url, data="{not json", headers={"content-type": "application/json"}, timeout=10)
    assert r.status_code == 200
    assert r.text == '{"id":null,"result":null,"error":"unable to decode malformed json"}'


def test_request_id_is_echoed(emulator: Emulator) -> None:
    for rid in (random.randint(1, 999_999), "abc", 7):
        assert post(emulator.url, "get_session_key", "admin", "wrong", rid=rid).json()["id"] == rid
    body = post(emulator.url, "get_session_key", "admin", "wrong").text
    assert body == '{"id":1,"result":{"status":"Invalid user name or password"},"error":null}'


def test_php_style_json_escapes(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    key = login(emulator)
    sid = emulator.load_lss(probe_lss_bytes, "Café / test")
    r = post(emulator.url, "list_surveys", key)
    assert '"surveyls_title":"Caf\\u00e9 \\/ test"' in r.text
    assert r.json()["result"][0]["sid"] == sid


def test_citric_extra_trailing_parameters(emulator: Emulator, probe_lss_bytes: bytes) -> None:
    sid = emulator.load_lss(probe_lss_bytes, activate=True)
    emulator.state.add_responses_bulk(sid, [{"TEAM": "x"}])
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        assert client.list_surveys("admin")[0]["sid"] == sid  # sends (key, username, survey_group_id)
        data = client.export_responses(sid, additional_options={"convertY": True})  # 11th parameter
        assert json.loads(data)["responses"][0]["TEAM"] == "x"


def test_session_keys(emulator: Emulator) -> None:
    key = login(emulator)
    assert post(emulator.url, "list_surveys", key).json()["result"] == {"status": "No surveys found"}
    assert post(emulator.url, "release_session_key", key).json()["result"] == "OK"
    assert post(emulator.url, "list_surveys", key).json()["result"] == {"status": "Invalid session key"}
    key = login(emulator)
    emulator.expire_all_sessions()
    assert post(emulator.url, "list_surveys", key).json()["result"] == {"status": "Invalid session key"}


# --- fault injection ------------------------------------------------------------------------

def test_fault_empty(emulator: Emulator) -> None:
    emulator.inject("empty")
    r = post(emulator.url, "get_session_key", "admin", "adminpw")
    assert (r.status_code, r.text) == (200, "")
    emulator.inject("empty", method="get_session_key")
    with pytest.raises(RPCInterfaceNotEnabledError):
        citric.Client(emulator.url, "admin", "adminpw")


@pytest.mark.parametrize("code", [400, 500])
def test_fault_html_error_pages(emulator: Emulator, code: int) -> None:
    emulator.inject(f"html{code}")
    r = post(emulator.url, "get_session_key", "admin", "adminpw")
    assert r.status_code == code and r.headers["Content-Type"].startswith("text/html") and "<html" in r.text
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        emulator.inject(f"html{code}", method="list_surveys")
        with pytest.raises(requests.HTTPError) as info:
            client.list_surveys()
        assert info.value.response.status_code == code


@pytest.mark.parametrize("fault", ["html200", "garbage"])
def test_fault_non_json_200(emulator: Emulator, fault: str) -> None:
    emulator.inject(fault)
    r = post(emulator.url, "get_session_key", "admin", "adminpw")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        emulator.inject(fault)
        with pytest.raises(InvalidJSONResponseError):
            client.list_surveys()


def test_fault_slow(emulator: Emulator) -> None:
    emulator.inject("slow", seconds=0.6)
    with pytest.raises(requests.Timeout):
        post(emulator.url, "get_session_key", "admin", "adminpw", timeout=0.2)
    emulator.inject("slow", seconds=0.2)
    r = post(emulator.url, "get_session_key", "admin", "adminpw", timeout=5)
    assert r.status_code == 200 and len(r.json()["result"]) == 32


def test_fault_drop(emulator: Emulator) -> None:
    emulator.inject("drop")
    with pytest.raises(requests.ConnectionError):
        post(emulator.url, "get_session_key", "admin", "adminpw")
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        emulator.inject("drop", method="list_surveys")
        with pytest.raises(requests.ConnectionError):
            client.list_surveys()
        with pytest.raises(LimeSurveyStatusError, match="No surveys found"):
            client.list_surveys()  # the next call is answered normally


def test_fault_expire_key(emulator: Emulator) -> None:
    key = login(emulator)
    emulator.inject("expire_key")
    assert post(emulator.url, "list_surveys", key).json()["result"] == {"status": "Invalid session key"}
    with citric.Client(emulator.url, "admin", "adminpw") as client:
        emulator.inject("expire_key", method="list_surveys")
        with pytest.raises(LimeSurveyStatusError, match="Invalid session key"):
            client.list_surveys()


def test_fault_method_filter_and_count(emulator: Emulator) -> None:
    key = login(emulator)
    emulator.inject("html500", count=2, method="list_surveys")
    assert post(emulator.url, "get_site_settings", key, "versionnumber").json()["result"] == "6.2.1"
    assert post(emulator.url, "list_surveys", key).status_code == 500
    assert post(emulator.url, "list_surveys", key).status_code == 500
    assert post(emulator.url, "list_surveys", key).status_code == 200
    assert emulator.pending_faults == []
    with pytest.raises(ValueError):
        emulator.inject("meltdown")
    assert set(FAULTS) == {"empty", "html200", "html400", "html500", "garbage", "slow", "drop", "expire_key"}
