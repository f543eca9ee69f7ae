"""``python -m stemsync_emulator`` runs in the foreground and prints the endpoint URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import requests
from conftest import LIMESURVEY_CONTRACT

PROBE = LIMESURVEY_CONTRACT / "probe-6.2.1-known-good.lss"


def test_command_line_server() -> None:
    secret = "s3cret-from-env"
    env = {**os.environ, "EMU_TEST_PASSWORD": secret}
    proc = subprocess.Popen(
        [sys.executable, "-m", "stemsync_emulator", "--host", "127.0.0.1", "--port", "0", "--user", "boss",
         "--password-env", "EMU_TEST_PASSWORD", "--load", str(PROBE), "--activate"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=Path(__file__).parent.parent)
    try:
        loaded = proc.stdout.readline()
        url = proc.stdout.readline().strip()
        assert loaded.startswith("loaded ") and loaded.rstrip().endswith("as survey 111111")
        assert url.startswith("http://127.0.0.1:") and url.endswith("/index.php?r=admin/remotecontrol")

        def call(method, *params):
            body = json.dumps({"method": method, "params": list(params), "id": 5})
            return requests.post(url, data=body, headers={"content-type": "application/json"}, timeout=10).json()

        key = call("get_session_key", "boss", secret)["result"]
        assert len(key) == 32
        assert call("list_surveys", key)["result"][0]["active"] == "Y"
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert secret not in loaded + url + out + err


def test_command_line_requires_the_password_variable() -> None:
    env = {k: v for k, v in os.environ.items() if k != "EMU_MISSING"}
    result = subprocess.run([sys.executable, "-m", "stemsync_emulator", "--password-env", "EMU_MISSING"],
                            capture_output=True, text=True, env=env, timeout=30,
                            cwd=Path(__file__).parent.parent)
    assert result.returncode != 0 and "EMU_MISSING" in result.stderr


def test_command_line_cost_switch(monkeypatch) -> None:
    from stemsync_emulator import LIMESURVEY_642, __main__ as main_module

    made = {}

    class Recorder:
        def __init__(self, *args, **kwargs):
            made.update(kwargs)
            raise SystemExit(0)

    monkeypatch.setenv("EMU_COST_PASSWORD", "x")
    monkeypatch.setattr(main_module, "Emulator", Recorder)
    for argv, expected in ((["--cost", "6.4.2"], LIMESURVEY_642), ([], None)):
        try:
            main_module.main(["--password-env", "EMU_COST_PASSWORD", *argv])
        except SystemExit:
            pass
        assert made["cost"] is expected
