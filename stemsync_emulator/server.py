"""HTTP front of the emulator, with fault injection for tests.

Transport behaviour (FACTS.md "Transport"):

* URL format ``get`` (the install default) answers on
  ``POST /index.php?r=admin/remotecontrol``, format ``path`` on
  ``POST /index.php/admin/remotecontrol``; the other form gets **HTTP 400
  with an HTML page**, anything else 404.
* Good answers: HTTP 200, ``text/javascript;charset=UTF-8``,
  ``{"id": <request id>, "result": …, "error": …}`` (citric checks the id).
* JSON-RPC switched off: HTTP 200, empty body, ``text/html``.
* Unknown method (or too few parameters): HTTP 500 with an HTML page.
* Malformed JSON: ``{"id":null,"result":null,"error":"unable to decode malformed json"}``.

Fault injection (:meth:`Emulator.inject`) makes the next matching requests
misbehave: ``empty`` (200, empty body), ``html200``/``html400``/``html500``
(an HTML page with that status), ``garbage`` (200, text that is not JSON),
``slow`` (sleep ``seconds`` then answer), ``drop`` (close the connection
without answering), ``expire_key`` (forget the presented session key, so the
call answers ``Invalid session key``).

Cost (:mod:`.cost`): with ``cost=LIMESURVEY_642`` every call takes as long as it took the
measured LimeSurvey 6.4.2 (fixed cost per call, per response returned, and the
superlinear growth of big exports), and calls are served one at a time.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .cost import CostModel
from .phpjson import php_json
from .rpc import BadArguments, RemoteControl, RpcError, UnknownMethod
from .state import Clock, ServerState

log = logging.getLogger(__name__)

JS_TYPE = "text/javascript;charset=UTF-8"
HTML_TYPE = "text/html; charset=UTF-8"
FAULTS = ("empty", "html200", "html400", "html500", "garbage", "slow", "drop", "expire_key")
MALFORMED = {"id": None, "result": None, "error": "unable to decode malformed json"}


def html_page(code: int, message: str) -> bytes:
    """An error page shaped like Yii's (only the shape matters to clients)."""
    title = {400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"}.get(code, "Error")
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error {code}</title></head>"
            f"<body><h1>Error {code}: {title}</h1><p>{message}</p><p>LimeSurvey</p></body></html>\n").encode()


@dataclass
class Fault:
    kind: str
    count: int
    method: str | None = None
    seconds: float = 1.0


class _Server(ThreadingHTTPServer):
    """Threaded server that also closes kept-alive client connections on shutdown."""

    daemon_threads = True
    allow_reuse_address = True
    emulator: "Emulator"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (e.g. after its time-out during a ``slow`` fault) is normal here."""
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections, self._connections = self._connections, set()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stall per call
    server_version = "Apache"
    sys_version = ""
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.server.emulator._handle(self, post=True)

    def do_GET(self) -> None:  # noqa: N802
        self.server.emulator._handle(self, post=False)

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), fmt % args)

    def reply(self, code: int, body: bytes, content_type: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Emulator:
    """A LimeSurvey 6.2.1 RemoteControl 2 endpoint in a background thread.

    >>> with Emulator() as emu:                         # doctest: +SKIP
    ...     client = citric.Client(emu.url, "admin", "adminpw")
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, username: str = "admin",
                 password: str = "adminpw", url_format: str = "get", *, clock: Clock | None = None,
                 seed: int | None = None, rpc_enabled: bool = True, state: ServerState | None = None,
                 cost: CostModel | None = None):
        if url_format not in ("get", "path"):
            raise ValueError("url_format must be 'get' or 'path'")
        self.host, self.port, self.url_format = host, port, url_format
        self.state = state or ServerState(username, password, clock=clock, seed=seed)
        self.rpc = RemoteControl(self.state)
        self.rpc_enabled = rpc_enabled
        self.cost = cost
        self._workers = threading.Semaphore(cost.workers) if cost else None
        self.requests_served = 0
        self._faults: list[Fault] = []
        self._fault_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> "Emulator":
        server = _Server((self.host, self.port), _Handler)
        server.emulator = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="limesurvey-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server.close_connections()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def wait(self) -> None:
        """Block until the server thread ends (``python -m stemsync_emulator``)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=0.5)

    def __enter__(self) -> "Emulator":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """Full RemoteControl endpoint URL, in the configured URL format."""
        if self.url_format == "get":
            return f"{self.base_url}/index.php?r=admin/remotecontrol"
        return f"{self.base_url}/index.php/admin/remotecontrol"

    # -- conveniences ------------------------------------------------------------
    def load_lss(self, source: str | Path | bytes, title: str | None = None, *, activate: bool = False) -> int:
        sid = self.state.load_lss(source, title)
        if activate:
            self.state.activate_survey(sid)
        return sid

    def expire_all_sessions(self) -> None:
        """Forget every session key (as if they all expired)."""
        self.state.expire_all_sessions()

    def inject(self, fault: str, count: int = 1, *, method: str | None = None, seconds: float = 1.0) -> None:
        """Make the next ``count`` requests (for ``method``, if given) misbehave; see module doc."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; choose from {FAULTS}")
        with self._fault_lock:
            self._faults.append(Fault(fault, count, method, seconds))

    def clear_faults(self) -> None:
        with self._fault_lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> list[Fault]:
        with self._fault_lock:
            return [f for f in self._faults if f.count > 0]

    def _take_fault(self, method: Any) -> Fault | None:
        with self._fault_lock:
            for fault in self._faults:
                if fault.count > 0 and (fault.method is None or fault.method == method):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    # -- request handling ----------------------------------------------------------
    def _route(self, raw_path: str) -> str:
        """'ok', 'wrong' (the other URL format → 400) or 'missing' (404)."""
        parts = urlsplit(raw_path)
        get_form = parts.path in ("/index.php", "/") and parse_qs(parts.query).get("r") == ["admin/remotecontrol"]
        path_form = parts.path.rstrip("/") in ("/index.php/admin/remotecontrol", "/admin/remotecontrol")
        if (get_form and self.url_format == "get") or (path_form and self.url_format == "path"):
            return "ok"
        if get_form or path_form:
            return "wrong"
        return "missing"

    def _handle(self, req: _Handler, *, post: bool) -> None:
        if self._workers is None:
            return self._serve(req, post=post)
        with self._workers:  # one PHP worker: calls wait for each other
            began = time.perf_counter()
            self._serve(req, post=post, began=began)

    def _charge(self, began: float | None) -> None:
        """Sleep until this call has cost what it would cost the modelled server."""
        if self.cost is None or began is None:
            return
        work = self.rpc.work
        wait = self.cost.seconds(getattr(work, "rows", 0), getattr(work, "cells", 0)) - (time.perf_counter() - began)
        if wait > 0:
            time.sleep(wait)

    def _serve(self, req: _Handler, *, post: bool, began: float | None = None) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length > 0 else b""
        self.requests_served += 1
        route = self._route(req.path)
        if route == "wrong":
            return req.reply(400, html_page(400, "Your request is invalid."), HTML_TYPE)
        if route == "missing":
            return req.reply(404, html_page(404, "The requested page does not exist."), HTML_TYPE)
        if not post:
            return req.reply(400, html_page(400, "Your request is invalid."), HTML_TYPE)
        if not self.rpc_enabled:
            return req.reply(200, b"", HTML_TYPE)
        try:
            payload = json.loads(body.decode("utf-8"))
            if not isinstance(payload, dict) or not payload:
                raise ValueError("not a JSON-RPC object")
        except (UnicodeDecodeError, ValueError):
            payload = None
        method = payload.get("method") if payload else None
        fault = self._take_fault(method)
        if fault is not None and self._apply_fault(req, fault, payload):
            return
        if payload is None:
            return req.reply(200, php_json(MALFORMED).encode(), JS_TYPE)
        rid = payload.get("id")
        try:
            result = self.rpc.call(method, payload.get("params"))
            answer = {"id": rid, "result": result, "error": None}
        except RpcError as exc:
            answer = {"id": rid, "result": None, "error": str(exc)}
        except UnknownMethod as exc:
            return req.reply(500, html_page(500, f"Method {exc} does not exist."), HTML_TYPE)
        except BadArguments as exc:
            return req.reply(500, html_page(500, str(exc)), HTML_TYPE)
        except Exception:  # a PHP fatal error would give a 500 page too
            log.exception("emulator failure in %s", method)
            return req.reply(500, html_page(500, "Internal server error."), HTML_TYPE)
        body = php_json(answer).encode("utf-8")
        self._charge(began)
        req.reply(200, body, JS_TYPE)

    def _apply_fault(self, req: _Handler, fault: Fault, payload: dict | None) -> bool:
        """Apply ``fault``; True when the request has been fully answered (or dropped)."""
        kind = fault.kind
        if kind == "slow":
            time.sleep(fault.seconds)
            return False
        if kind == "expire_key":
            params = payload.get("params") if payload else None
            if isinstance(params, list) and params:
                self.state.release_session(params[0])
            return False
        if kind == "drop":
            req.close_connection = True
            return True
        if kind == "empty":
            req.reply(200, b"", HTML_TYPE)
        elif kind == "garbage":
            req.reply(200, b"<br />\n<b>Warning</b>:  Undefined variable in remotecontrol_handle.php", JS_TYPE)
        else:
            code = int(kind[4:])
            req.reply(code, html_page(code, "Injected fault."), HTML_TYPE)
        return True
