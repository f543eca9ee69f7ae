"""The review page in a real browser: headless Chromium (Debian's chromium and
chromium-driver) against the app served by uvicorn in a thread on a free port.

Logs in with the keyboard only, walks the queue with the shortcuts, approves with
``g``, edits and withholds through labelled forms, bulk-approves texts without a
signal, and checks that every decision is stored with the reviewer; then publishes
and finds exactly the approved texts in the public database.
Screenshots go to test-artifacts/review/ (git-ignored).
"""

from __future__ import annotations

import base64
import sqlite3

import pytest

from stemsync import codebook
from stemsync.db import open_db
from stemsync.portal import hash_password
from stemsync.publish import publish, settings_from_mapping
from stemsync.review import queue
from stemsync.review.app import make_app

from browsertools import ARTIFACTS as ARTIFACTS_ROOT
from browsertools import chromium, needs_chromium, serve_in_thread
from rawdata import RawDB
from test_review_queue import Identity

ARTIFACTS = ARTIFACTS_ROOT / "review"
PASSWORD = "een lange zin als wachtwoord"
FLAGGED = ["Mijn voogd Pieter belt nooit terug.", "Bel mij op 0612345678 als het kan.",
           "Toen mijn moeder ziek werd moesten mijn broer en mijn zusje bij oma in Zwolle wonen en ik ging naar een "
           "pleeggezin, dat was zwaar voor ons allemaal en niemand van jullie belde ooit terug om te vragen hoe het "
           "met ons ging of wat we nodig hadden"]
CLEAN = ["Het gesprek was fijn.", "De groep is gezellig.", "Ik ben blij met de hulp.", "Meer uitleg zou fijn zijn."]

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def private_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-browser")
    path = folder / "private.db"
    open_db(path).conn.close()
    raw = RawDB(path, codebook.load_all())
    raw.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 7, "TIPS": t} for t in FLAGGED + CLEAN])
    raw.close()
    publish(path, folder / "public.db", codebook.load_all(), settings_from_mapping({"k": 5}), Identity())
    return path


@pytest.fixture(scope="module")
def server(private_db):
    app = make_app(private_db, {"anna": hash_password(PASSWORD)}, secret="browser-test")
    with serve_in_thread(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium(ARTIFACTS) as driver:
        yield driver


def shot(driver, name: str) -> None:
    width = driver.execute_script("return document.documentElement.scrollWidth")
    height = min(driver.execute_script("return document.documentElement.scrollHeight"), 16000)
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    (ARTIFACTS / f"{name}.png").write_bytes(base64.b64decode(data["data"]))


def wait(driver, condition, seconds: float = 20):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # (an element read while the page reloads is stale: the condition is asked again)
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def focused(driver):
    return driver.switch_to.active_element


def decisions(path) -> list[tuple]:
    return sqlite3.connect(path).execute(
        "select i.text, d.reviewer, d.action, d.reason, d.text from review_decisions d "
        "join review_items i on i.id = d.item order by d.id").fetchall()


def test_review_with_the_keyboard_then_publish(server, browser, private_db):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = browser
    d.get(server + "/")
    wait(d, lambda d: d.current_url.startswith(server + "/inloggen"))
    assert d.find_element(By.TAG_NAME, "h1").text == "Inloggen"
    assert focused(d).get_attribute("id") == "naam"  # the first field has the focus
    # labelled controls, reached with Tab
    for field in ("naam", "wachtwoord"):
        assert d.find_element(By.CSS_SELECTOR, f"label[for='{field}']").text
    focused(d).send_keys("anna")
    focused(d).send_keys(Keys.TAB)
    assert focused(d).get_attribute("id") == "wachtwoord"
    focused(d).send_keys("fout wachtwoord", Keys.ENTER)
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".fout"))
    assert "klopt niet" in d.find_element(By.CSS_SELECTOR, ".fout").text
    shot(d, "01-login-error")
    d.find_element(By.ID, "wachtwoord").send_keys(PASSWORD, Keys.ENTER)
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "article.tekst"))
    assert d.find_element(By.TAG_NAME, "h1").text == "Opmerkingen die wachten"
    assert d.find_element(By.CSS_SELECTOR, "[data-teller='wacht']").text == str(len(FLAGGED + CLEAN))
    marks = [m.text for m in d.find_elements(By.CSS_SELECTOR, "article.tekst mark")]
    assert any(m.startswith("Pieter") for m in marks) and any(m.startswith("0612345678") for m in marks)
    shot(d, "02-queue")

    # j moves to the first text (flagged texts come first), j again to the second
    body = d.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    first = focused(d)
    assert first.tag_name == "article" and "signaal" in first.get_attribute("class")
    focused(d).send_keys("j")
    second = focused(d)
    assert second.get_attribute("id") != first.get_attribute("id")
    focused(d).send_keys("k")
    assert focused(d).get_attribute("id") == first.get_attribute("id")

    # t on the phone number text opens its page with the focus in the reason field
    phone = next(a for a in d.find_elements(By.CSS_SELECTOR, "article.tekst") if "0612345678" in a.text)
    d.execute_script("arguments[0].focus()", phone)
    focused(d).send_keys("t")
    wait(d, lambda d: "/tekst/" in d.current_url and focused(d).get_attribute("id") == "reden")
    assert d.find_element(By.CSS_SELECTOR, "label[for='reden']").text.startswith("Waarom")
    focused(d).send_keys("telefoonnummer van een ouder")
    shot(d, "03-item-withhold")
    d.find_element(By.ID, "tegenhouden").click()
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".melding"))
    assert "tegengehouden" in d.find_element(By.CSS_SELECTOR, ".melding").text

    # edit the text with the name: the edited text is what gets published
    pieter = next(a for a in d.find_elements(By.CSS_SELECTOR, "article.tekst") if "Pieter" in a.text)
    d.execute_script("arguments[0].focus()", pieter)
    focused(d).send_keys("a")
    wait(d, lambda d: d.find_elements(By.ID, "tekst"))
    box = d.find_element(By.ID, "tekst")
    box.clear()
    box.send_keys("Mijn voogd [naam] belt nooit terug.")
    d.find_element(By.ID, "reden-aanpassen").send_keys("naam weggehaald")
    d.find_element(By.ID, "aanpassen").click()
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".melding"))

    # g approves the text in focus: the long story is approved as it is (a person decided)
    story = next(a for a in d.find_elements(By.CSS_SELECTOR, "article.tekst") if "pleeggezin" in a.text)
    assert "Veel details" in story.text
    d.execute_script("arguments[0].focus()", story)
    focused(d).send_keys("g")
    wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "[data-teller='wacht']").text == str(len(CLEAN)))

    # bulk approval of the texts without a signal, after ticking the box
    d.find_element(By.PARTIAL_LINK_TEXT, "Zonder signaal").click()
    wait(d, lambda d: d.find_elements(By.ID, "gelezen"))
    shot(d, "04-bulk")
    d.find_element(By.ID, "gelezen").send_keys(Keys.SPACE)
    d.find_element(By.ID, "alles-goedkeuren").click()
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".leeg"))
    assert d.find_element(By.CSS_SELECTOR, "[data-teller='wacht']").text == "0"
    shot(d, "05-empty")

    d.find_element(By.LINK_TEXT, "Besluiten").click()
    wait(d, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Laatste besluiten")
    assert len(d.find_elements(By.CSS_SELECTOR, "tbody tr")) == len(FLAGGED + CLEAN)
    shot(d, "06-decisions")

    stored = decisions(private_db)
    assert {row[1] for row in stored} == {"anna"}
    assert ("Bel mij op 0612345678 als het kan.", "anna", "withhold", "telefoonnummer van een ouder", None) in stored
    assert ("Mijn voogd Pieter belt nooit terug.", "anna", "edit", "naam weggehaald",
            "Mijn voogd [naam] belt nooit terug.") in stored

    # the next publish shows exactly the approved texts (2025-K3 was released, so frozen, by the first
    # publish, before the review: it is reissued to take the approvals in)
    out = private_db.parent / "public.db"
    publish(private_db, out, codebook.load_all(), settings_from_mapping({"k": 5}), Identity(), reissue=["2025-K3"])
    shown = {r[0] for r in sqlite3.connect(out).execute("select text from comments")}
    assert shown == {"Mijn voogd [naam] belt nooit terug.", FLAGGED[2], *CLEAN}
    assert b"0612345678" not in out.read_bytes() and b"Pieter" not in out.read_bytes()

    d.find_element(By.CSS_SELECTOR, "header button.link").click()
    wait(d, lambda d: d.current_url.endswith("/inloggen"))
    d.get(server + "/")
    assert d.current_url.startswith(server + "/inloggen")
    assert queue.counts(sqlite3.connect(private_db))["waiting"] == 0
