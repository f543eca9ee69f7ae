"""The plugin loads through its entry point in a plain `datasette public.db`, and
`stemsync.portal.serve` starts a real server from a stemsync.toml (both as subprocesses,
where Datasette's test-mode plugin skipping does not apply)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from browsertools import free_port, stop
from test_portal_fixtures import ACCOUNT, PASSWORD, account_hash

pytest_plugins = ["test_portal_fixtures"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url: str) -> tuple[int, str, dict]:
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as r:
            return r.status, r.read().decode(), {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), {k.lower(): v for k, v in exc.headers.items()}


@contextmanager
def running(args: list[str], port: int, env: dict | None = None, cwd: Path | None = None):
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
                            cwd=cwd)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"server stopped: {proc.stdout.read().decode()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def datasette_bin() -> str:
    found = shutil.which("datasette") or str(Path(sys.executable).with_name("datasette"))
    assert Path(found).exists(), "datasette is not installed"
    return found


def test_entry_point_is_registered():
    out = subprocess.run([datasette_bin(), "plugins"], capture_output=True, text=True, check=True).stdout
    plugins = json.loads(out)
    mine = [p for p in plugins if "stemsync" in p["name"]]
    assert mine, out
    assert {"register_routes", "asgi_wrapper", "permission_allowed"} <= set(mine[0]["hooks"])
    assert mine[0]["templates"] and mine[0]["static"]


def test_plain_datasette_loads_the_portal(public_db, tmp_path):
    port = free_port()
    with running([datasette_bin(), str(public_db), "--port", str(port)], port) as url:
        status, _, headers = get(url + "/")
        assert status == 302 and headers["location"] == "/-/login"  # login by default
        status, body, headers = get(url + "/-/login")
        assert status == 200 and "Gebruikersnaam" in body and headers["x-robots-tag"] == "noindex, nofollow"
        assert get(url + "/public/comments.json")[0] == 302
    meta = json.loads(public_db.with_name("public.db.metadata.json").read_text())
    meta["plugins"] = {"stemsync-portal": {"open": True}}
    (tmp_path / "open.json").write_text(json.dumps(meta))
    port = free_port()
    with running([datasette_bin(), str(public_db), "-m", str(tmp_path / "open.json"), "--port", str(port)], port) as url:
        status, body, _ = get(url + "/")
        assert status == 200 and "In het kort" in body and "<svg" in body
        assert get(url + "/public?sql=select+1")[0] == 403


def test_serve_from_a_config_file(portal_dbs, tmp_path):
    raw, public = portal_dbs
    port = free_port()
    (tmp_path / "stemsync.toml").write_text(
        f'[database]\nraw = "{raw}"\npublic = "{public}"\n'
        f'[portal]\nport = {port}\n[portal.accounts]\n{ACCOUNT} = "{account_hash()}"\n')
    code = ("from pathlib import Path; from stemsync.config import load_config; from stemsync.portal import serve; "
            f"c = load_config(Path('stemsync.toml')); serve(Path({str(public)!r}), None, None, None, c)")
    with running([sys.executable, "-c", code], port, cwd=tmp_path) as url:
        assert get(url + "/")[0] == 302
        assert get(url + "/robots.txt")[1] == "User-agent: *\nDisallow: /\n"
        status, body, _ = get(url + "/-/metadata.json")
        assert status == 404 and "pbkdf2" not in body  # Datasette's /-/ pages do not exist
    bad = subprocess.run([sys.executable, "-c", code.replace(repr(str(public)), repr(str(raw)))], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode != 0 and "is the private database" in bad.stderr


def test_hash_password_command():
    out = subprocess.run([sys.executable, "-m", "stemsync.portal", "hash-password", "--stdin"],
                         input=PASSWORD + "\n", capture_output=True, text=True, check=True).stdout.strip()
    from stemsync_portal.passwords import verify
    assert out.startswith("pbkdf2_sha256$") and verify(PASSWORD, out) and PASSWORD not in out
    short = subprocess.run([sys.executable, "-m", "stemsync.portal", "hash-password", "--stdin"], input="kort\n",
                           capture_output=True, text=True, check=False)
    assert short.returncode == 1 and "at least" in short.stderr


@pytest.mark.parametrize("flag", ["--help"])
def test_module_help(flag):
    out = subprocess.run([sys.executable, "-m", "stemsync.portal", flag], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and "hash-password" in out.stdout


def test_serve_picks_up_a_new_publication(public_db, tmp_path):
    from test_portal_fixtures import copy_public

    served = copy_public(public_db, tmp_path / "served", "absent")
    newer = copy_public(public_db, tmp_path / "newer", "full")
    port = free_port()
    (tmp_path / "stemsync.toml").write_text(f"[portal]\nopen = true\nport = {port}\n")
    code = ("from pathlib import Path; from stemsync.config import load_config; from stemsync.portal import serve; "
            f"serve(Path({str(served)!r}), None, None, None, load_config(Path('stemsync.toml')))")
    with running([sys.executable, "-c", code], port, cwd=tmp_path) as url:
        assert "nog geen acties" in get(url + "/-/stemsync/acties")[1]
        os.replace(newer, served)  # what `stemsync publish` does
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                status, body, _ = get(url + "/-/stemsync/acties")
                if status == 200 and "Alle brieven zijn herschreven" in body:
                    break
            except OSError:
                pass  # restarting
            time.sleep(0.3)
        else:
            raise AssertionError(f"the new publication was not picked up: {status} {body[-3000:]}")
