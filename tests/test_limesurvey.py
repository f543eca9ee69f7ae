"""stemsync.limesurvey against the emulator: every failure of FACTS.md becomes one clear line.

The password used here is distinctive so every test can also check it never leaks.
"""

import socket

import pytest

from stemsync.config import Secret
from stemsync_emulator import Emulator
from stemsync.limesurvey import LimeSurvey, LimeSurveyError, NotFoundOrNoPermission, TransportError

PASSWORD = "Pw-Zeer-Geheim-4711"


@pytest.fixture
def emu():
    with Emulator(password=PASSWORD) as emulator:
        yield emulator


def login(url, password=PASSWORD, **kw):
    return LimeSurvey(url, "admin", Secret(password), **{"backoff": 0.01, **kw})


def failure(fn) -> LimeSurveyError:
    with pytest.raises(LimeSurveyError) as info:
        fn()
    message = str(info.value)
    assert "\n" not in message and PASSWORD not in message
    return info.value


def test_wrong_password(emu):
    exc = failure(lambda: login(emu.url, password="wrong"))
    assert "refused user 'admin' or its password" in str(exc)


def test_rpc_switched_off_empty_body(emu):
    emu.rpc_enabled = False
    exc = failure(lambda: login(emu.url))
    assert isinstance(exc, TransportError) and "JSON-RPC is switched off" in str(exc)


def test_wrong_url_form_suggests_the_other(emu):
    wrong = emu.url.replace("index.php?r=admin/remotecontrol", "index.php/admin/remotecontrol")
    exc = failure(lambda: login(wrong))
    assert "HTTP 400" in str(exc) and "index.php?r=admin/remotecontrol" in str(exc)


def test_unknown_method_html_500(emu):
    with login(emu.url) as ls:
        exc = failure(lambda: ls.call("no_such_method"))
    assert "HTTP 500" in str(exc) and "no_such_method" in str(exc)


def test_html_page_instead_of_json(emu):
    emu.inject("html200", method="list_surveys")
    with login(emu.url) as ls:
        exc = failure(ls.list_surveys)
    assert "web page, not JSON-RPC" in str(exc)


def test_no_permission(emu):
    with login(emu.url) as ls:
        exc = failure(lambda: ls.export_responses(999999))
    assert isinstance(exc, NotFoundOrNoPermission) and "'No permission'" in str(exc)


def test_unreachable_host():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exc = failure(lambda: login(f"http://127.0.0.1:{port}/index.php?r=admin/remotecontrol", retries=1))
    assert "cannot reach LimeSurvey at 127.0.0.1" in str(exc) and "connection refused" in str(exc)


def test_timeout_on_a_read_is_retried_then_reported(emu):
    with login(emu.url, timeout=0.3, retries=1) as ls:
        emu.inject("slow", count=2, method="list_surveys", seconds=1.0)
        exc = failure(ls.list_surveys)
    assert "did not answer list_surveys within 0.3 s" in str(exc)


def test_dropped_connection_on_a_read_is_retried(emu):
    with login(emu.url, retries=2) as ls:
        emu.inject("drop", count=1, method="list_surveys")
        assert ls.list_surveys() == []  # the second try answers ('No surveys found' -> [])


def test_dropped_connection_on_a_write_is_not_retried(emu, probe_lss_bytes):
    with login(emu.url, retries=3) as ls:
        emu.inject("drop", count=1, method="import_survey")
        exc = failure(lambda: ls.import_survey(probe_lss_bytes))
    assert isinstance(exc, TransportError)
    assert emu.state.surveys == {}  # nothing imported, nothing imported twice


def test_expired_session_key_logs_in_again_once(emu, probe_lss_bytes):
    with login(emu.url) as ls:
        sid = ls.import_survey(probe_lss_bytes)
        emu.expire_all_sessions()
        assert ls.get_summary(sid) == {} or isinstance(ls.get_summary(sid), dict)
        assert [s["sid"] for s in ls.list_surveys()] == [sid]


def test_session_key_is_released_even_after_an_error(emu):
    with pytest.raises(LimeSurveyError):
        with login(emu.url) as ls:
            assert len(emu.state.sessions) == 1
            ls.export_responses(999999)
    assert emu.state.sessions == {}


def test_export_handles_no_data_and_windows(emu, probe_lss_bytes):
    with login(emu.url) as ls:
        sid = ls.import_survey(probe_lss_bytes)
        ls.activate_survey(sid)
        assert ls.export_responses(sid) == []  # 'No Data, could not get max id.'
        fieldmap = ls.get_fieldmap(sid)
        team = next(name for name, e in fieldmap.items() if e.get("title") == "TEAM")
        ids = [ls.add_response(sid, {team: f"t{i}"}) for i in range(5)]
        window = ls.export_responses(sid, from_id=ids[1], to_id=ids[3])
        assert [r["id"] for r in window] == ids[1:4] and window[0]["TEAM"] == "t1"
        assert ls.export_responses(sid, from_id=ids[-1] + 1) == []
        assert [r["id"] for r in ls.export_responses(sid, fields=["id", "submitdate"])] == ids
        assert ls.activate_survey(sid) is False  # already active is not an error
