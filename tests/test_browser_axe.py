"""Accessibility: axe-core (WCAG 2.1 A and AA rules) in headless Chromium on every page of
the portal, in Dutch and in English: no violations.

axe-core comes from the npm registry at setup time (scripts/setup.sh installs it into
~/.cache/stemsync/axe, or STEMSYNC_AXE_DIR); nothing is downloaded while the tests run.
The script is injected through WebDriver, so the portal's Content-Security-Policy stays
as strict as it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from browsertools import needs_chromium
from test_browser_portal import browser, server, wait  # noqa: F401 (fixtures)
from test_portal_fixtures import ACCOUNT, PASSWORD

pytest_plugins = ["test_portal_fixtures"]

AXE = Path(os.environ.get("STEMSYNC_AXE_DIR") or Path.home() / ".cache" / "stemsync" / "axe") \
    / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = needs_chromium

PAGES = ["/", "/-/stemsync/vragenlijst/exit", "/-/stemsync/vragenlijst/samen-sterker",
         "/-/stemsync/vragenlijst/wat-werkt-start", "/-/stemsync/vragenlijst/wat-werkt-eind",
         "/-/stemsync/opmerkingen?zoek=wacht", "/-/stemsync/acties", "/-/stemsync/uitleg",
         "/public", "/public/scores?instrument=exit&period=2025-K3", "/public/comments?_search=wachtlijst",
         "/public/units/team:team-noord", "/bestaat-niet"]


def run_axe(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8") + "\n;return true;")
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", TAGS)
    return result


def test_axe_is_installed():
    """scripts/setup.sh puts axe-core here; without it the accessibility check cannot run."""
    assert AXE.is_file(), f"{AXE} is missing: run scripts/setup.sh (npm install axe-core)"
    assert "axe v4." in AXE.read_text(encoding="utf-8")[:300]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_passes_axe(server, browser, lang):  # noqa: F811
    from selenium.webdriver.common.by import By

    assert AXE.is_file(), "run scripts/setup.sh to install axe-core"
    d = browser
    d.set_window_size(1280, 900)
    d.delete_all_cookies()
    d.get(server + f"/-/login?lang={lang}")
    assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    found = {"/-/login": run_axe(d)}
    d.find_element(By.ID, "id_username").send_keys(ACCOUNT)
    d.find_element(By.ID, "id_password").send_keys(PASSWORD)
    d.find_element(By.CSS_SELECTOR, "form.login-form button").click()
    wait(d, lambda d: d.current_url == server + "/")
    for path in PAGES:
        d.get(server + path)
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang, path  # the cookie keeps it
        found[path] = run_axe(d)
    problems = {path: v for path, v in found.items() if v}
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)


def test_axe_finds_a_violation_when_there_is_one(server, browser):  # noqa: F811
    """The check itself: a page with an unlabelled field and an image without text fails."""
    d = browser
    d.get(server + "/-/login")
    d.execute_script("const i = document.createElement('input'); i.type = 'text'; document.querySelector('main')"
                     ".appendChild(i); const s = document.createElement('img'); s.src = 'x.png';"
                     "document.querySelector('main').appendChild(s);")
    ids = {v["id"] for v in run_axe(d)}
    assert {"label", "image-alt"} <= ids
