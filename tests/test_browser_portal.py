"""The portal in a real browser: headless Chromium (Debian's chromium and chromium-driver,
no browser download) against a real server (uvicorn in a thread on a free port).

Logs in, sees charts drawn, searches a comment, visits every page and logs out.
Screenshots go to test-artifacts/portal/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from browsertools import ARTIFACTS as ARTIFACTS_ROOT
from browsertools import chromium, needs_chromium, serve_in_thread
from test_portal_fixtures import ACCOUNT, PASSWORD, PUBLISHED_WORDS, make_ds

ARTIFACTS = ARTIFACTS_ROOT / "portal"

pytestmark = needs_chromium

pytest_plugins = ["test_portal_fixtures"]


@pytest.fixture(scope="module")
def server(portal_dbs):
    raw, public = portal_dbs
    with serve_in_thread(make_ds(public, open_=False, raw=raw).app()) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium(ARTIFACTS) as driver:
        yield driver


def shot(driver, name: str, full: bool = True) -> Path:
    """A screenshot of the whole page (or the window) in test-artifacts/portal/."""
    path = ARTIFACTS / f"{name}.png"
    if not full:
        driver.save_screenshot(str(path))
        return path
    width = driver.execute_script("return document.documentElement.scrollWidth")
    height = min(driver.execute_script("return document.documentElement.scrollHeight"), 16000)
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    path.write_bytes(base64.b64decode(data["data"]))
    return path


def wait(driver, condition, seconds: float = 15):
    """Wait until ``condition(driver)`` is true (pages load after a click, not during it; an
    element read while the page reloads is stale, and the condition is asked again)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def h1(driver) -> str:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.TAG_NAME, "h1")
    return found[0].text if found else ""


def test_login_charts_search_and_logout(server, browser):
    from selenium.webdriver.common.by import By

    d = browser
    d.set_window_size(1280, 900)
    d.get(server + "/")
    assert d.current_url.endswith("/-/login") and h1(d) == "Inloggen"
    shot(d, "01-login", full=False)

    d.find_element(By.ID, "id_username").send_keys(ACCOUNT)
    d.find_element(By.ID, "id_password").send_keys("verkeerd wachtwoord")
    d.find_element(By.CSS_SELECTOR, "form.login-form button").click()
    error = wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".message-error"))
    assert "klopt niet" in error[0].text
    d.find_element(By.ID, "id_username").send_keys(ACCOUNT)
    d.find_element(By.ID, "id_password").send_keys(PASSWORD)
    d.find_element(By.CSS_SELECTOR, "form.login-form button").click()
    wait(d, lambda d: d.current_url == server + "/" and h1(d).startswith("Wat cliënten zeggen"))
    assert "Ingelogd als raad" in d.find_element(By.CSS_SELECTOR, ".account").text

    charts = d.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) >= 9
    first = charts[0]
    assert first.is_displayed() and first.size["width"] > 300 and first.size["height"] > 100
    bars = first.find_elements(By.CSS_SELECTOR, "rect.bar")
    assert bars and all(b.size["width"] > 0 and b.size["height"] > 0 for b in bars)
    points = d.find_elements(By.CSS_SELECTOR, "svg.chart circle.point")
    assert points and points[0].size["width"] > 0
    for chart in charts:
        assert chart.get_attribute("role") == "img" and chart.find_element(By.TAG_NAME, "title").get_attribute(
            "textContent")
    shot(d, "02-home-top", full=False)
    shot(d, "03-home-full")

    table = d.find_element(By.CSS_SELECTOR, "details.figure-table summary")
    table.click()
    assert d.find_element(By.CSS_SELECTOR, "details.figure-table[open] table").is_displayed()

    d.find_element(By.LINK_TEXT, "Wat cliënten schreven").click()
    wait(d, lambda d: h1(d) == "Wat cliënten schreven")
    box = d.find_element(By.ID, "zoek")
    box.send_keys(PUBLISHED_WORDS[:6])
    d.find_element(By.CSS_SELECTOR, ".filter-buttons button").click()
    wait(d, lambda d: "zoek=" in d.current_url)
    assert d.find_element(By.CSS_SELECTOR, ".result-count").text.startswith("1 opmerking gevonden")
    assert d.find_element(By.CSS_SELECTOR, ".comment mark").text == PUBLISHED_WORDS
    shot(d, "04-comments-search")

    d.find_element(By.LINK_TEXT, "Jij zei, wij deden").click()
    wait(d, lambda d: h1(d) == "Jij zei, wij deden")
    assert len(d.find_elements(By.CSS_SELECTOR, "article.action")) == 2
    assert d.find_elements(By.CSS_SELECTOR, ".action-trend svg.chart")
    shot(d, "05-actions")

    d.get(server + "/-/stemsync/vragenlijst/exit")
    assert h1(d)
    shot(d, "06-instrument-exit")

    d.find_element(By.LINK_TEXT, "Uitleg").click()
    wait(d, lambda d: h1(d).startswith("Uitleg"))
    shot(d, "07-uitleg")

    d.get(server + "/public/scores?instrument=exit&period=2025-K3")
    shot(d, "08-datasette-table")

    d.set_window_size(400, 850)
    d.get(server + "/")
    assert d.find_element(By.CSS_SELECTOR, "svg.chart").size["width"] < 400
    shot(d, "09-home-mobile", full=False)
    d.set_window_size(1280, 900)

    d.find_element(By.CSS_SELECTOR, ".account button").click()
    wait(d, lambda d: d.current_url.endswith("/-/login") and d.find_elements(By.CSS_SELECTOR, ".message"))
    assert "U bent uitgelogd." in d.find_element(By.CSS_SELECTOR, ".message").text
    shot(d, "10-logged-out", full=False)
    d.get(server + "/-/stemsync/opmerkingen")
    assert d.current_url.endswith("/-/login")
