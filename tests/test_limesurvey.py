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


# -- retrying is bounded per call and per session (issue 10, 5) -----------------------------


class FakeTime:
    """Every pause anyone takes (stemsync, urllib3) is recorded instead of slept, and the
    client's clock moves on by it, so bounded retrying is checked in milliseconds."""

    def __init__(self, monkeypatch):
        import time as real_time

        from stemsync import limesurvey as module

        self.slept: list[float] = []
        self._monotonic = real_time.monotonic
        monkeypatch.setattr(real_time, "sleep", self.sleep)
        monkeypatch.setattr(module, "_clock", self.clock, raising=False)

    def sleep(self, seconds):
        self.slept.append(seconds)

    def clock(self):
        return self._monotonic() + sum(self.slept)


def refused_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.php?r=admin/remotecontrol"


def test_retries_against_a_dead_server_end_within_the_call_deadline(monkeypatch):
    fake = FakeTime(monkeypatch)
    exc = failure(lambda: LimeSurvey(refused_url(), "admin", Secret(PASSWORD), retries=6, backoff=0.5,
                                     timeout=30, call_deadline=10))
    assert "connection refused" in str(exc)
    # before: urllib3's retries inside each of stemsync's own: 7 x 7 tries, about 250 s of pauses
    assert sum(fake.slept) <= 10 and len(fake.slept) <= 6


def test_retries_six_with_the_default_deadlines_take_seconds_not_minutes(monkeypatch):
    fake = FakeTime(monkeypatch)
    failure(lambda: LimeSurvey(refused_url(), "admin", Secret(PASSWORD), retries=6))
    assert len(fake.slept) == 6 and sum(fake.slept) < 30  # 0.5 + 1 + 2 + 4 + 8 + 8


def test_a_session_stops_retrying_when_its_budget_is_spent(emu, monkeypatch):
    fake = FakeTime(monkeypatch)
    with login(emu.url, retries=5, backoff=1.0, retry_budget=4) as ls:
        emu.inject("drop", count=100, method="list_surveys")
        failure(ls.list_surveys)
        after_first = len(fake.slept)
        failure(ls.list_surveys)  # the budget is spent: no second round of pauses
        assert sum(fake.slept) <= 4 and len(fake.slept) == after_first
        emu.clear_faults()


# -- what was seen, at that moment (issue 10, 6) --------------------------------------------


def test_http_400_after_a_good_login_is_not_the_url_format(emu):
    with login(emu.url) as ls:
        emu.inject("html400", method="list_surveys")
        exc = failure(ls.list_surveys)
    assert "HTTP 400 to list_surveys after a good login" in str(exc)
    assert "other URL format" not in str(exc)


def test_empty_answer_after_a_good_login_is_not_rpc_switched_off(emu):
    with login(emu.url) as ls:
        emu.inject("empty", method="get_fieldmap")
        exc = failure(lambda: ls.get_fieldmap(1))
    assert "empty answer to get_fieldmap after a good login" in str(exc) and "switched off" not in str(exc)


def test_conditions_are_exception_classes(emu, probe_lss_bytes):
    from stemsync import limesurvey as m

    with login(emu.url) as ls:
        with pytest.raises(m.NoSurveys):
            ls.call("list_surveys", None)
        sid = ls.import_survey(probe_lss_bytes)
        with pytest.raises(m.SurveyNotActive):
            ls.call("export_responses", sid, "json", None, "all", "code", "short", None, None, None)
        ls.activate_survey(sid)
        with pytest.raises(m.NoResponses):
            ls.call("export_responses", sid, "json", None, "all", "code", "short", None, None, None)
        with pytest.raises(m.AlreadyActive):
            ls.call("activate_survey", sid)
        emu.inject("expire_key", method="get_fieldmap")
        with pytest.raises(m.SessionKeyRejected):
            ls.session.rpc("get_fieldmap", sid, None)
    with pytest.raises(m.LoginRefused):
        login(emu.url, password="wrong")
    emu.rpc_enabled = False
    with pytest.raises(m.RpcSwitchedOff):
        login(emu.url)


def test_deadlines_come_from_the_config(emu, tmp_path):
    from stemsync.config import ConfigError, load_config

    path = tmp_path / "stemsync.toml"
    path.write_text(f'[limesurvey]\nurl = "{emu.url}"\nuser = "admin"\ntimeout = 5\ncall_deadline = 7\n'
                    'retry_budget = 9\n')
    config = load_config(path, environ={"STEMSYNC_PASSWORD": PASSWORD})
    with LimeSurvey.from_config(config) as ls:
        assert (ls.timeout, ls.call_deadline, ls.retry_budget) == (5, 7, 9)
    path.write_text(f'[limesurvey]\nurl = "{emu.url}"\nuser = "admin"\ntimeout = 5\n')
    with LimeSurvey.from_config(load_config(path, environ={"STEMSYNC_PASSWORD": PASSWORD})) as ls:
        assert (ls.call_deadline, ls.retry_budget) == (10, 20)
    path.write_text(f'[limesurvey]\nurl = "{emu.url}"\nuser = "admin"\ncall_deadline = "soon"\n')
    with pytest.raises(ConfigError, match="call_deadline"):
        LimeSurvey.from_config(load_config(path, environ={"STEMSYNC_PASSWORD": PASSWORD}))
