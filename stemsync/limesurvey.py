"""The one module that talks to LimeSurvey (RemoteControl 2 JSON-RPC, through citric).

Transport rules, all here so that no caller has to think about them:

- every HTTP call has a timeout (``Config.timeout``);
- a connection that cannot be made is retried ``Config.retries`` times with backoff;
  calls that only read are also retried after a dropped connection or a time-out,
  calls that change something (import, activate, add) are not, so nothing happens twice;
- a session key that LimeSurvey stops accepting mid-run is renewed once;
- the session key is always released (use :func:`connect` as a context manager);
- every failure described in ``shared/limesurvey/FACTS.md`` becomes a
  :class:`LimeSurveyError` with a one-line message that says what to do, and the
  password never appears in any message.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar
from urllib.parse import urlsplit

import citric
import requests
from citric import exceptions as cx
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from stemsync.config import Config, Secret

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


class LimeSurveyError(Exception):
    """A LimeSurvey call failed; the message is one line that says what to do."""


class TransportError(LimeSurveyError):
    """LimeSurvey cannot be used at all right now (unreachable, time-out, not JSON-RPC, RPC off)."""


class NotFoundOrNoPermission(LimeSurveyError):
    """LimeSurvey says 'No permission': the survey is gone or this user may not see it."""


class _TimeoutSession(requests.Session):
    """A requests session that never waits forever."""

    def __init__(self, timeout: float, retries: int):
        super().__init__()
        self.timeout = timeout
        retry = Retry(total=retries, connect=retries, read=False, status=0, other=False,
                      backoff_factor=0.5, allowed_methods=None, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        return super().request(*args, **kwargs)


def _other_url_form(url: str) -> str:
    """The endpoint in LimeSurvey's other URL format (get <-> path)."""
    parts = urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}{parts.path.split('index.php')[0]}"
    if "r=admin/remotecontrol" in (parts.query or ""):
        return f"{root}index.php/admin/remotecontrol"
    return f"{root}index.php?r=admin/remotecontrol"


def explain(exc: BaseException, url: str, method: str, user: str | None = None,
            timeout: float | None = None) -> LimeSurveyError:
    """Map any transport or RPC failure to a one-line :class:`LimeSurveyError`."""
    host = urlsplit(url).netloc or url
    if isinstance(exc, LimeSurveyError):
        return exc
    if isinstance(exc, cx.LimeSurveyStatusError):
        status = str(exc)
        if status == BAD_LOGIN:
            return LimeSurveyError(f"LimeSurvey at {host} refused user '{user}' or its password; "
                                   "check STEMSYNC_USER and STEMSYNC_PASSWORD (or password_file)")
        if status == NO_PERMISSION:
            return NotFoundOrNoPermission(f"LimeSurvey says 'No permission' for {method}: the survey does not "
                                          f"exist in LimeSurvey or user '{user}' may not use it; check the survey "
                                          "id and the user's permissions")
        if status in UNKNOWN_SURVEY:
            return NotFoundOrNoPermission(f"the survey does not exist in LimeSurvey (deleted?) ({method} said "
                                          f"'{status}'); remove it from stemsync or check the survey id")
        if status == BAD_KEY:
            return LimeSurveyError(f"LimeSurvey at {host} no longer accepts the session key; run the command again")
        return LimeSurveyError(f"LimeSurvey refused {method}: {status}")
    if isinstance(exc, cx.RPCInterfaceNotEnabledError):
        return TransportError(f"LimeSurvey at {host} answered with an empty page: JSON-RPC is switched off; "
                              "enable it in Configuration > Global settings > Interfaces (RPC interface: JSON-RPC)")
    if isinstance(exc, cx.InvalidJSONResponseError):
        return TransportError(f"{url} answered with a web page, not JSON-RPC; check that STEMSYNC_URL is the "
                              "RemoteControl endpoint and that JSON-RPC is enabled")
    if isinstance(exc, cx.LimeSurveyApiError):
        return LimeSurveyError(f"LimeSurvey failed on {method}: {str(exc).splitlines()[0][:200]}")
    if isinstance(exc, cx.ResponseMismatchError):
        return LimeSurveyError(f"LimeSurvey at {host} answered another request than {method}; "
                               "is something between stemsync and LimeSurvey caching answers?")
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        code = exc.response.status_code
        if code == 400:
            return TransportError(f"{url} answered HTTP 400: this LimeSurvey uses the other URL format; "
                                   f"set STEMSYNC_URL to {_other_url_form(url)}")
        if code == 404:
            return TransportError(f"{url} answered HTTP 404: this is not LimeSurvey's RemoteControl endpoint; "
                                   "give the full URL ending in index.php?r=admin/remotecontrol")
        if code == 500:
            return TransportError(f"LimeSurvey at {host} answered HTTP 500 to {method}: the method is unknown to "
                                   "this LimeSurvey version or the server failed; check its error log")
        if code in (401, 403):
            return TransportError(f"{url} answered HTTP {code}: a web server or proxy in front of LimeSurvey "
                                   "blocks the request")
        return TransportError(f"LimeSurvey at {host} answered HTTP {code} to {method}")
    if isinstance(exc, requests.Timeout):
        return TransportError(f"LimeSurvey at {host} did not answer {method} within {timeout:g} s; "
                              "try again later or raise [limesurvey] timeout")
    if isinstance(exc, requests.ConnectionError):
        return TransportError(f"cannot reach LimeSurvey at {host} ({_reason(exc)}); "
                              "check STEMSYNC_URL and that the server is up")
    if isinstance(exc, requests.RequestException):
        return TransportError(f"request to LimeSurvey at {host} failed: {type(exc).__name__}")
    if isinstance(exc, (ValueError, KeyError)):
        return LimeSurveyError(f"LimeSurvey at {host} sent an answer to {method} that stemsync cannot read")
    raise exc


def _reason(exc: requests.ConnectionError) -> str:
    text = str(exc)
    for needle, reason in (("Connection refused", "connection refused"),
                           ("Name or service not known", "unknown host"),
                           ("nodename nor servname", "unknown host"),
                           ("RemoteDisconnected", "connection dropped"),
                           ("Connection aborted", "connection dropped"),
                           ("timed out", "connection timed out")):
        if needle in text:
            return reason
    return "connection failed"


class LimeSurvey:
    """A logged-in RemoteControl session with the few calls stemsync needs."""

    def __init__(self, url: str, user: str, password: Secret, timeout: float = 30.0, retries: int = 3,
                 backoff: float = 0.5):
        self.url, self.user = url, user
        self._password = password
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._client: citric.Client | None = None
        self._login()

    @classmethod
    def from_config(cls, config: Config) -> "LimeSurvey":
        url, user, password = config.require_limesurvey()
        return cls(url, user, password, timeout=config.timeout, retries=config.retries)

    # -- session ---------------------------------------------------------------
    def _login(self) -> None:
        def attempt() -> citric.Client:
            return citric.Client(self.url, self.user, self._password.reveal(),
                                 requests_session=_TimeoutSession(self.timeout, self.retries))
        self._client = self._with_retries("get_session_key", attempt)

    def close(self) -> None:
        """Release the session key; never raises (the key expires on its own anyway)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.close()
        except Exception as exc:  # noqa: BLE001 - closing must not hide the real outcome
            log.debug("releasing the session key failed: %s", type(exc).__name__)

    def __enter__(self) -> "LimeSurvey":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _with_retries(self, method: str, fn: Callable[[], T]) -> T:
        attempts = 1 + (self.retries if method in READ_ONLY else 0)
        for attempt in range(attempts):
            try:
                return fn()
            except (requests.Timeout, requests.ConnectionError) as exc:
                if attempt + 1 >= attempts:
                    raise explain(exc, self.url, method, self.user, self.timeout) from None
                time.sleep(self.backoff * 2 ** attempt)
            except Exception as exc:  # noqa: BLE001 - every failure gets one clear message
                raise explain(exc, self.url, method, self.user, self.timeout) from None
        raise AssertionError("unreachable")

    def call(self, method: str, *params: Any) -> Any:
        """Call an RPC method; renews an expired session key once."""
        if self._client is None:
            raise LimeSurveyError("the LimeSurvey session is closed")
        try:
            return self._with_retries(method, lambda: self._client.session.rpc(method, *params))
        except LimeSurveyError as exc:
            if "no longer accepts the session key" not in str(exc):
                raise
        log.info("session key expired; logging in again")
        self._client = None
        self._login()
        return self._with_retries(method, lambda: self._client.session.rpc(method, *params))

    # -- surveys -----------------------------------------------------------------
    def list_surveys(self) -> list[dict[str, Any]]:
        try:
            return self.call("list_surveys", None)
        except LimeSurveyError as exc:
            if NO_SURVEYS in str(exc):
                return []
            raise

    def import_survey(self, lss: bytes, title: str | None = None, survey_id: int | None = None) -> int:
        """Import a ``.lss``; returns the id LimeSurvey chose (it may differ from the file's)."""
        result = self.call("import_survey", base64.b64encode(lss).decode("ascii"), "lss", title, survey_id)
        return int(result)

    def activate_survey(self, sid: int) -> bool:
        """Activate a survey; False if it already was active."""
        try:
            self.call("activate_survey", sid)
        except LimeSurveyError as exc:
            if ALREADY_ACTIVE in str(exc):
                return False
            raise
        return True

    def get_survey_properties(self, sid: int, names: list[str]) -> dict[str, Any]:
        return self.call("get_survey_properties", sid, names)

    def set_survey_properties(self, sid: int, properties: dict[str, Any]) -> dict[str, Any]:
        return self.call("set_survey_properties", sid, properties)

    def get_summary(self, sid: int) -> dict[str, Any]:
        result = self.call("get_summary", sid, "all")
        return result if isinstance(result, dict) else {}

    def get_fieldmap(self, sid: int) -> dict[str, Any]:
        return self.call("get_fieldmap", sid, None)

    def delete_survey(self, sid: int) -> None:
        self.call("delete_survey", sid)

    # -- responses ---------------------------------------------------------------
    def export_responses(self, sid: int, from_id: int | None = None, to_id: int | None = None,
                         completion: str = "all", fields: list[str] | None = None) -> list[dict[str, Any]]:
        """Responses with question-code headings and answer codes, ids inclusive.

        An empty list when the survey has no responses at all ('No Data, could not get
        max id.') or none in the window.
        """
        try:
            encoded = self.call("export_responses", sid, "json", None, completion, "code", "short",
                                from_id, to_id, fields)
        except LimeSurveyError as exc:
            if NO_RESPONSES in str(exc):
                return []
            raise
        try:
            return json.loads(base64.b64decode(encoded))["responses"]
        except (ValueError, KeyError, TypeError):
            raise LimeSurveyError(f"LimeSurvey sent an export of survey {sid} that is not JSON "
                                  "with a 'responses' list") from None

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
