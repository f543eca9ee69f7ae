"""The one module that talks to LimeSurvey (RemoteControl 2 JSON-RPC, through citric).

Transport rules, all here so that no caller has to think about them:

- every HTTP call has a timeout (``Config.timeout``);
- a call whose connection cannot be made is tried again, up to ``Config.retries`` times
  with backoff; a call that only reads is also tried again after a dropped connection or
  a time-out; a call that changes something (import, activate, add) is not, so nothing
  happens twice;
- retrying is bounded twice: all tries of one call end within ``call_deadline`` seconds,
  and a session (one run) spends at most ``retry_budget`` seconds on failed tries and
  backoff in total; so ``retries = 6`` against a dead server fails in seconds, not minutes;
- a session key that LimeSurvey stops accepting mid-run is renewed once;
- the session key is always released (use :func:`connect` as a context manager);
- every condition described in ``tests/limesurvey/FACTS.md`` is an exception class below,
  raised where the answer is read (:class:`_Session`), with a one-line message that says
  what was seen *at that moment* (at login or after it) and what to do. The password
  never appears in any message.
"""

from __future__ import annotations

import base64
import json
import logging
import random
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar
from urllib.parse import urlsplit

import citric
import requests
from citric.session import Session as CitricSession

from stemsync.config import Config, ConfigError, Secret

log = logging.getLogger(__name__)
T = TypeVar("T")

# Status texts LimeSurvey returns as results (FACTS.md, "Errors arrive as results").
BAD_LOGIN = "Invalid user name or password"
BAD_KEY = "Invalid session key"
NO_SURVEYS = "No surveys found"
NO_PERMISSION = "No permission"
UNKNOWN_SURVEY = ("Error: Invalid survey ID", "Invalid surveyid")
NO_RESPONSES = "No Data, could not get max id."
NO_TABLE = "No Data, survey table does not exist."
ALREADY_ACTIVE = "Error: Survey already active"

# Methods that only read: safe to send again after a time-out or dropped connection.
READ_ONLY = frozenset({
    "get_session_key", "release_session_key", "list_surveys", "get_summary",
    "get_survey_properties", "get_language_properties", "get_fieldmap", "list_questions",
    "list_groups", "export_responses",
})
MAX_BACKOFF = 8.0  # seconds; one pause between tries never exceeds this


# -- what can go wrong (one class per condition) --------------------------------------


class LimeSurveyError(Exception):
    """A LimeSurvey call failed; the message is one line that says what to do."""


class TransportError(LimeSurveyError):
    """LimeSurvey cannot be used at all right now (unreachable, time-out, not JSON-RPC, RPC off)."""


class ConnectionFailed(TransportError):
    """No answer: the connection could not be made (``request_sent`` False) or broke / timed out."""

    def __init__(self, message: str, *, request_sent: bool):
        super().__init__(message)
        self.request_sent = request_sent


class RpcSwitchedOff(TransportError):
    """An empty answer to the login: JSON-RPC is switched off in LimeSurvey's global settings."""


class EmptyAnswer(TransportError):
    """An empty answer after a good login: the server failed on this call (PHP limits?)."""


class NotJsonRpc(TransportError):
    """A web page or other text where a JSON-RPC answer belongs."""


class WrongUrlFormat(TransportError):
    """HTTP 400 to the login: the endpoint is in LimeSurvey's other URL format."""


class HttpStatus(TransportError):
    """Any other HTTP error status (``status``)."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class LoginRefused(LimeSurveyError):
    """'Invalid user name or password'."""


class SessionKeyRejected(LimeSurveyError):
    """'Invalid session key' mid-run (expired or released): log in again."""


class NotFoundOrNoPermission(LimeSurveyError):
    """LimeSurvey says 'No permission' / 'Invalid survey ID': the survey is gone or this user may not see it."""


class NoSurveys(LimeSurveyError):
    """'No surveys found' (list_surveys): an empty list to callers."""


class NoResponses(LimeSurveyError):
    """'No Data, could not get max id.': the survey has no responses (at all, or all deleted)."""


class SurveyNotActive(LimeSurveyError):
    """'No Data, survey table does not exist.': the survey has not been activated."""


class AlreadyActive(LimeSurveyError):
    """'Error: Survey already active'."""


class StatusRefused(LimeSurveyError):
    """Any other ``{"status": ...}`` answer; ``status`` holds its text."""

    def __init__(self, message: str, status: str):
        super().__init__(message)
        self.status = status


class ServerFailure(LimeSurveyError):
    """``{"result": null, "error": "..."}``: a PHP or SQL failure inside LimeSurvey."""


class BadAnswer(LimeSurveyError):
    """A JSON answer stemsync cannot use (wrong shape, another request's id)."""


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _other_url_form(url: str) -> str:
    """The endpoint in LimeSurvey's other URL format (get <-> path)."""
    parts = urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}{parts.path.split('index.php')[0]}"
    if "r=admin/remotecontrol" in (parts.query or ""):
        return f"{root}index.php/admin/remotecontrol"
    return f"{root}index.php?r=admin/remotecontrol"


_NOT_CONNECTED = ("Connection refused", "NewConnectionError", "Name or service not known",
                  "nodename nor servname", "Failed to resolve", "No route to host")


def _reason(exc: requests.ConnectionError) -> tuple[str, bool]:
    """(short reason, was the request possibly sent?) for a failed connection."""
    text = str(exc)
    for needle, reason in (("Connection refused", "connection refused"),
                           ("Name or service not known", "unknown host"),
                           ("nodename nor servname", "unknown host"),
                           ("Failed to resolve", "unknown host"),
                           ("No route to host", "no route to host"),
                           ("RemoteDisconnected", "connection dropped"),
                           ("Connection aborted", "connection dropped"),
                           ("Connection reset", "connection dropped"),
                           ("timed out", "connection timed out")):
        if needle in text:
            return reason, not any(n in text for n in _NOT_CONNECTED)
    return "connection failed", not any(n in text for n in _NOT_CONNECTED)


class _TimeoutSession(requests.Session):
    """A requests session that never waits forever; stemsync does its own retrying."""

    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout  # of the next request (stemsync lowers it near a deadline)
        self.configured_timeout = timeout  # what the messages mention

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        return super().request(*args, **kwargs)


class _Session(CitricSession):
    """citric's session (it keeps the key) with stemsync's reading of every answer.

    Each answer is read here, once, and every LimeSurvey condition becomes its own
    exception class with a message for the moment it happened: before the login
    succeeded (an endpoint or configuration problem) or after it (a failing server).
    """

    def __init__(self, url: str, username: str, password: str, *, requests_session: requests.Session | None = None,
                 auth_plugin: str = "Authdb") -> None:
        self.logged_in = False  # set before citric's __init__, which logs in
        self.user = username
        super().__init__(url, username, password, requests_session=requests_session, auth_plugin=auth_plugin)
        self.logged_in = True

    # -- HTTP ------------------------------------------------------------------------
    def _invoke(self, method: str, *params: Any) -> dict[str, Any]:
        request_id = random.randint(1, 999_999)
        body = json.dumps({"method": method, "params": [*params], "id": request_id})
        host = _host(self.url)
        try:
            answer = self._session.post(self.url, data=body, headers={"content-type": "application/json"})
        except requests.exceptions.ConnectTimeout:
            raise ConnectionFailed(f"cannot reach LimeSurvey at {host} (connection timed out); "
                                   "check STEMSYNC_URL and that the server is up", request_sent=False) from None
        except requests.Timeout:
            raise ConnectionFailed(f"LimeSurvey at {host} did not answer {method} within {getattr(self._session, 'configured_timeout', 30.0):g} s; "
                                   "try again later or raise [limesurvey] timeout", request_sent=True) from None
        except requests.ConnectionError as exc:
            reason, sent = _reason(exc)
            raise ConnectionFailed(f"cannot reach LimeSurvey at {host} ({reason}); "
                                   "check STEMSYNC_URL and that the server is up", request_sent=sent) from None
        except requests.RequestException as exc:
            raise TransportError(f"request to LimeSurvey at {host} failed: {type(exc).__name__}") from None
        return self._read(answer, method, request_id)

    def _read(self, answer: requests.Response, method: str, request_id: int) -> dict[str, Any]:
        host, url, code = _host(self.url), self.url, answer.status_code
        after = " after a good login" if self.logged_in else ""
        if code == 400:
            if not self.logged_in:
                raise WrongUrlFormat(f"{url} answered HTTP 400: this LimeSurvey uses the other URL format; "
                                     f"set STEMSYNC_URL to {_other_url_form(url)}")
            raise HttpStatus(f"LimeSurvey at {host} answered HTTP 400 to {method} after a good login: something "
                             "refused this one request (a proxy or firewall in between, a request too large?); "
                             "check the web server's log and run again", code)
        if code == 404:
            raise HttpStatus(f"{url} answered HTTP 404{after}: this is not LimeSurvey's RemoteControl endpoint "
                             "(any more); give the full URL ending in index.php?r=admin/remotecontrol", code)
        if code == 500:
            raise HttpStatus(f"LimeSurvey at {host} answered HTTP 500 to {method}: the method is unknown to this "
                             "LimeSurvey version or the server failed; check its error log", code)
        if code in (401, 403):
            raise HttpStatus(f"{url} answered HTTP {code}{after}: a web server or proxy in front of LimeSurvey "
                             "blocks the request", code)
        if code >= 400:
            raise HttpStatus(f"LimeSurvey at {host} answered HTTP {code} to {method}", code)
        content = answer.content
        if not content.strip():
            if not self.logged_in:
                raise RpcSwitchedOff(f"LimeSurvey at {host} answered with an empty page: JSON-RPC is switched off; "
                                     "enable it in Configuration > Global settings > Interfaces "
                                     "(RPC interface: JSON-RPC)")
            raise EmptyAnswer(f"LimeSurvey at {host} sent an empty answer to {method} after a good login: the "
                              "server failed on this call (PHP memory_limit or max_execution_time?); check its "
                              "error log, or lower [sync] page_size")
        try:
            data = json.loads(content)
        except ValueError:
            if not self.logged_in:
                raise NotJsonRpc(f"{url} answered with a web page, not JSON-RPC; check that STEMSYNC_URL is the "
                                 "RemoteControl endpoint and that JSON-RPC is enabled") from None
            raise NotJsonRpc(f"LimeSurvey at {host} answered {method} with a web page, not JSON-RPC, after a good "
                             "login (a PHP error or warning?); check its error log") from None
        if not isinstance(data, dict) or "result" not in data:
            raise BadAnswer(f"LimeSurvey at {host} sent an answer to {method} that stemsync cannot read")
        if data.get("id") != request_id:
            raise BadAnswer(f"LimeSurvey at {host} answered another request than {method}; "
                            "is something between stemsync and LimeSurvey caching answers?")
        return data

    # -- RPC -------------------------------------------------------------------------
    def rpc(self, method: str, *params: Any) -> Any:
        data = self.call(method, *params)
        result, error = data.get("result"), data.get("error")
        if error is not None:
            raise ServerFailure(f"LimeSurvey failed on {method}: {str(error).splitlines()[0][:200]}")
        if isinstance(result, dict) and result.get("status") not in ("OK", None):
            raise self._status(method, str(result["status"]))
        return result

    def _status(self, method: str, status: str) -> LimeSurveyError:
        host = _host(self.url)
        if status == BAD_LOGIN:
            return LoginRefused(f"LimeSurvey at {host} refused user '{self.user}' or its password; "
                                "check STEMSYNC_USER and STEMSYNC_PASSWORD (or password_file)")
        if status.lower().replace(" ", "") == BAD_KEY.lower().replace(" ", ""):
            return SessionKeyRejected(f"LimeSurvey at {host} no longer accepts the session key; run the command again")
        if status == NO_PERMISSION:
            return NotFoundOrNoPermission(f"LimeSurvey says 'No permission' for {method}: the survey does not "
                                          f"exist in LimeSurvey or user '{self.user}' may not use it; check the "
                                          "survey id and the user's permissions")
        if status in UNKNOWN_SURVEY:
            return NotFoundOrNoPermission(f"the survey does not exist in LimeSurvey (deleted?) ({method} said "
                                          f"'{status}'); remove it from stemsync or check the survey id")
        if status == NO_SURVEYS:
            return NoSurveys(f"LimeSurvey at {host} shows user '{self.user}' no surveys")
        if status == NO_RESPONSES:
            return NoResponses(f"the survey has no responses in LimeSurvey ({method} said '{status}')")
        if status == NO_TABLE:
            return SurveyNotActive(f"the survey is not active in LimeSurvey ({method} said '{status}'); "
                                   "activate it first")
        if status == ALREADY_ACTIVE:
            return AlreadyActive(f"the survey is already active ({method} said '{status}')")
        return StatusRefused(f"LimeSurvey refused {method}: {status}", status)


class _Client(citric.Client):
    session_class = _Session


def _clock() -> float:
    return time.monotonic()


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


class LimeSurvey:
    """A logged-in RemoteControl session with the few calls stemsync needs.

    ``call_deadline`` (default: twice the timeout) bounds all tries of one call;
    ``retry_budget`` (default: four times the timeout) bounds the time this session
    spends on failed tries and pauses in total.
    """

    def __init__(self, url: str, user: str, password: Secret, timeout: float = 30.0, retries: int = 3,
                 backoff: float = 0.5, call_deadline: float | None = None, retry_budget: float | None = None):
        self.url, self.user = url, user
        self._password = password
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.call_deadline = call_deadline if call_deadline is not None else 2 * timeout
        self.retry_budget = retry_budget if retry_budget is not None else 4 * timeout
        self.retry_spent = 0.0  # seconds of failed tries and pauses so far
        self._http: _TimeoutSession | None = None
        self._client: _Client | None = None
        self._login()

    @classmethod
    def from_config(cls, config: Config) -> "LimeSurvey":
        url, user, password = config.require_limesurvey()
        section = config.section("limesurvey")
        bounds: dict[str, float | None] = {}
        for key in ("call_deadline", "retry_budget"):
            value = section.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0):
                raise ConfigError(f"[limesurvey] {key} must be a number of seconds above 0")
            bounds[key] = None if value is None else float(value)
        return cls(url, user, password, timeout=config.timeout, retries=config.retries, **bounds)

    # -- session ---------------------------------------------------------------
    def _login(self) -> None:
        def attempt() -> _Client:
            self._http = _TimeoutSession(self.timeout)
            return _Client(self.url, self.user, self._password.reveal(), requests_session=self._http)
        self._client = self._with_retries("get_session_key", attempt)

    @property
    def session(self) -> _Session:
        if self._client is None:
            raise LimeSurveyError("the LimeSurvey session is closed")
        return self._client.session  # type: ignore[return-value]

    def close(self) -> None:
        """Release the session key; never raises (the key expires on its own anyway)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if self._http is not None:
                self._http.timeout = min(self.timeout, 10.0)
            client.close()
        except Exception as exc:  # noqa: BLE001 - closing must not hide the real outcome
            log.debug("releasing the session key failed: %s", type(exc).__name__)

    def __enter__(self) -> "LimeSurvey":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _with_retries(self, method: str, fn: Callable[[], T]) -> T:
        """Run ``fn``; try again after a connection failure while the deadlines allow."""
        start = _clock()
        deadline = start + self.call_deadline
        tries = 1 + max(0, self.retries)
        for attempt in range(1, tries + 1):
            remaining = deadline - _clock()
            if self._http is not None:
                self._http.timeout = max(0.05, min(self.timeout, remaining))
            began = _clock()
            try:
                return fn()
            except ConnectionFailed as exc:
                self.retry_spent += _clock() - began
                pause = min(MAX_BACKOFF, self.backoff * 2 ** (attempt - 1))
                may_repeat = not exc.request_sent or method in READ_ONLY
                if (not may_repeat or attempt >= tries or _clock() + pause >= deadline
                        or self.retry_spent + pause > self.retry_budget):
                    if attempt > 1:
                        raise type(exc)(f"{exc} ({attempt} tries in {_clock() - start:.1f} s)",
                                        request_sent=exc.request_sent) from None
                    raise
                log.info("%s failed (%s); trying again in %.1f s", method, exc, pause)
                _sleep(pause)
                self.retry_spent += pause
        raise AssertionError("unreachable")

    def call(self, method: str, *params: Any) -> Any:
        """Call an RPC method; renews a session key LimeSurvey stopped accepting, once."""
        try:
            return self._with_retries(method, lambda: self.session.rpc(method, *params))
        except SessionKeyRejected:
            pass
        log.info("session key no longer accepted; logging in again")
        self._client = None
        self._login()
        return self._with_retries(method, lambda: self.session.rpc(method, *params))

    # -- surveys -----------------------------------------------------------------
    def list_surveys(self) -> list[dict[str, Any]]:
        try:
            return self.call("list_surveys", None)
        except NoSurveys:
            return []

    def import_survey(self, lss: bytes, title: str | None = None, survey_id: int | None = None) -> int:
        """Import a ``.lss``; returns the id LimeSurvey chose (it may differ from the file's)."""
        result = self.call("import_survey", base64.b64encode(lss).decode("ascii"), "lss", title, survey_id)
        return int(result)

    def activate_survey(self, sid: int) -> bool:
        """Activate a survey; False if it already was active."""
        try:
            self.call("activate_survey", sid)
        except AlreadyActive:
            return False
        return True

    def get_survey_properties(self, sid: int, names: list[str]) -> dict[str, Any]:
        return self.call("get_survey_properties", sid, names)

    def set_survey_properties(self, sid: int, properties: dict[str, Any]) -> dict[str, Any]:
        return self.call("set_survey_properties", sid, properties)

    def get_summary(self, sid: int, stat: str = "all") -> Any:
        result = self.call("get_summary", sid, stat)
        if stat == "all":
            return result if isinstance(result, dict) else {}
        return result

    def get_fieldmap(self, sid: int) -> dict[str, Any]:
        return self.call("get_fieldmap", sid, None)

    def delete_survey(self, sid: int) -> None:
        self.call("delete_survey", sid)

    # -- responses ---------------------------------------------------------------
    def export_raw(self, sid: int, from_id: int | None = None, to_id: int | None = None,
                   completion: str = "all", fields: list[str] | None = None) -> str | None:
        """The export as LimeSurvey sent it (base64 text), or None when the survey has no responses.

        Headings ``code``, answers ``short``; ``from_id``/``to_id`` are inclusive.
        """
        try:
            encoded = self.call("export_responses", sid, "json", None, completion, "code", "short",
                                from_id, to_id, fields)
        except NoResponses:
            return None
        if not isinstance(encoded, str):
            raise BadAnswer(f"LimeSurvey sent an export of survey {sid} that is not base64 text")
        return encoded

    @staticmethod
    def decode_export(encoded: str | None, sid: int) -> list[dict[str, Any]]:
        if encoded is None:
            return []
        try:
            return json.loads(base64.b64decode(encoded))["responses"]
        except (ValueError, KeyError, TypeError):
            raise BadAnswer(f"LimeSurvey sent an export of survey {sid} that is not JSON "
                            "with a 'responses' list") from None

    def export_responses(self, sid: int, from_id: int | None = None, to_id: int | None = None,
                         completion: str = "all", fields: list[str] | None = None) -> list[dict[str, Any]]:
        """Responses with question-code headings and answer codes, ids inclusive.

        An empty list when the survey has no responses at all ('No Data, could not get
        max id.') or none in the window.
        """
        return self.decode_export(self.export_raw(sid, from_id, to_id, completion, fields), sid)

    def add_response(self, sid: int, data: dict[str, Any]) -> int:
        return int(self.call("add_response", sid, data))

    def update_response(self, sid: int, data: dict[str, Any]) -> Any:
        return self.call("update_response", sid, data)

    def delete_response(self, sid: int, response_id: int) -> Any:
        return self.call("delete_response", sid, response_id)


@contextmanager
def connect(config: Config) -> Iterator[LimeSurvey]:
    """A logged-in session whose key is released however the block ends."""
    session = LimeSurvey.from_config(config)
    try:
        yield session
    finally:
        session.close()
