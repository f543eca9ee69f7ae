"""The review step in publish and its CLI: nothing a person has not approved goes public.

The privacy tests are attacks: a de-identifier that changes nothing (Identity) lets
every planted value through; with the default `[publish] comments = "review"` the
public file holds none of them until a person approves, and exactly the approved
(or edited) text afterwards.
"""

from __future__ import annotations

import json
import sqlite3
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from stemsync import codebook
from stemsync.cli import cli
from stemsync.db import open_db
from stemsync.deidentify import Result
from stemsync.publish import PublishConfigError, publish, settings_from_mapping
from stemsync.review import queue

try:
    from tests.rawdata import RawDB
except ImportError:
    from rawdata import RawDB  # type: ignore[no-redef]

INSTRUMENTS = codebook.load_all()
PLANTED = ["Mijn voogd Pieter belt nooit.", "Bel mij op 0612345678 als het kan.", "Het gesprek was fijn.",
           "De groep is gezellig.", "Ik ben blij met de hulp.", "Rowan hielp mij goed."]


class Identity:
    """Changes nothing: whatever the review lets through reaches the public file."""

    fingerprint = "identity"

    def deidentify_many(self, texts):
        return [Result(t) for t in texts]


class LowConfidence(Identity):
    """Marks 'Rowan' as a low-confidence name (the `confidence` i9-deid adds to findings)."""

    fingerprint = "low-confidence"

    def deidentify_many(self, texts):
        out = []
        for text in texts:
            at = text.find("Rowan")
            if at < 0:
                out.append(Result(text))
                continue
            finding = SimpleNamespace(kind="naam", start=at, end=at + 5, confidence="low")
            out.append(Result(text.replace("Rowan", "[naam]"), (finding,)))
        return out


@pytest.fixture
def raw(tmp_path):
    open_db(tmp_path / "raw.db").conn.close()  # the private database as stemsync creates it (migrations)
    db = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    db.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 7, "TIPS": text} for text in PLANTED])
    db.add_action(theme="algemeen", said="Ouders zeiden dat Pieter nooit belt.", did="We bellen elke week.")
    db.close()
    return tmp_path / "raw.db"


def run(raw, mode=None, deid=None):
    section = {"k": 5, **({"comments": mode} if mode else {})}
    out = raw.parent / "public.db"
    # the planted responses are in 2025-K3: a published period is frozen with the comments approved at its
    # release, so every run here computes it again (the first run releases it, later runs reissue it)
    report = publish(raw, out, INSTRUMENTS, settings_from_mapping(section), deid or Identity(), reissue=["2025-K3"])
    return report, out


def public_texts(out) -> list[str]:
    return [r[0] for r in sqlite3.connect(out).execute("select text from comments")]


def blob(out) -> str:
    return out.read_bytes().decode("utf-8", "replace")


def private(raw) -> sqlite3.Connection:
    return sqlite3.connect(raw)


def test_default_publishes_nothing_unapproved_then_exactly_what_was_approved(raw):
    report, out = run(raw)
    assert report.review_mode == "review" and report.review_waiting == len(PLANTED) + 2
    assert public_texts(out) == []
    assert "0612345678" not in blob(out) and "Pieter" not in blob(out)
    assert sqlite3.connect(out).execute("select count(*) from actions").fetchone()[0] == 0
    # control: the same run in mode "automatic" lets the planted values through this de-identifier
    _, out_auto = run(raw, "automatic")
    assert "0612345678" in blob(out_auto) and "Pieter" in blob(out_auto)

    conn = private(raw)
    ids = {item.text: item.id for item in queue.waiting(conn)}
    queue.approve(conn, [ids["Het gesprek was fijn."]], "anna")
    queue.edit(conn, ids["Mijn voogd Pieter belt nooit."], "Mijn voogd [naam] belt nooit.", "anna", "naam")
    queue.withhold(conn, ids["Bel mij op 0612345678 als het kan."], "telefoonnummer", "anna")
    report, out = run(raw)
    assert sorted(public_texts(out)) == ["Het gesprek was fijn.", "Mijn voogd [naam] belt nooit."]
    assert "0612345678" not in blob(out) and "Pieter" not in blob(out)
    assert report.review_waiting == len(PLANTED) + 2 - 3 and report.review_withheld == 1


def test_a_withheld_text_stays_off_even_in_automatic_mode(raw):
    run(raw)
    conn = private(raw)
    item = next(i for i in queue.waiting(conn) if "0612345678" in i.text)
    queue.withhold(conn, item.id, "nummer", "anna")
    _, out = run(raw, "automatic")
    assert "0612345678" not in blob(out) and "Het gesprek was fijn." in public_texts(out)


def test_risky_mode_publishes_only_texts_without_a_signal_and_records_it(raw):
    report, out = run(raw, "risky")
    texts = public_texts(out)
    assert "Het gesprek was fijn." in texts and "De groep is gezellig." in texts
    assert not any("Pieter" in t or "0612345678" in t for t in texts)
    assert report.review_auto_approved >= 3
    reviewers = {r[0] for r in private(raw).execute("select reviewer from review_decisions")}
    assert reviewers == {queue.AUTO_REVIEWER}


def test_every_decision_is_stored_with_who_when_why_and_the_text(raw):
    run(raw)
    conn = private(raw)
    item = queue.waiting(conn)[0]
    queue.edit(conn, item.id, "Een andere tekst.", "bram", "te precies")
    queue.withhold(conn, item.id, "toch niet", "carla")
    rows = conn.execute("select reviewer, decided_at, action, reason, text from review_decisions where item = ?",
                        (item.id,)).fetchall()
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("bram", "edit", "te precies", "Een andere tekst."),
                                                          ("carla", "withhold", "toch niet", None)]
    assert all(r[1].endswith("Z") for r in rows)
    with pytest.raises(queue.ReviewError, match="reason"):
        queue.withhold(conn, item.id, "  ", "carla")
    with pytest.raises(queue.ReviewError, match="no comment 999"):
        queue.approve(conn, [999], "carla")


def test_actions_are_published_only_when_both_texts_are_approved(raw):
    run(raw)
    conn = private(raw)
    items = [i for i in queue.waiting(conn) if i.source == "action"]
    assert len(items) == 2 and all(i.question == "algemeen" for i in items)
    queue.approve(conn, [items[0].id], "anna")
    _, out = run(raw)
    assert sqlite3.connect(out).execute("select count(*) from actions").fetchone()[0] == 0
    queue.approve(conn, [items[1].id], "anna")
    _, out = run(raw)
    assert sqlite3.connect(out).execute("select count(*) from actions").fetchone()[0] == 1


def test_waiting_texts_of_deleted_responses_leave_the_queue(raw):
    run(raw)
    db = sqlite3.connect(raw)
    with db:
        db.execute("update responses_exit set deleted_at = '2025-09-01' where TIPS = 'De groep is gezellig.'")
    run(raw)
    assert "De groep is gezellig." not in [i.text for i in queue.waiting(private(raw))]


def test_low_confidence_findings_reach_the_reviewer(raw):
    run(raw, deid=LowConfidence())
    item = next(i for i in queue.waiting(private(raw)) if i.text == "[naam] hielp mij goed.")
    assert item.flagged and any(r["signal"] == "twijfel" for r in item.reasons)


def test_bad_mode_is_one_clear_line():
    with pytest.raises(PublishConfigError) as exc:
        settings_from_mapping({"comments": "maybe"})
    message = str(exc.value)
    assert "\n" not in message and all(m in message for m in ("'review'", "'risky'", "'automatic'"))
    assert settings_from_mapping({}).comments == "review"


# -- the CLI -----------------------------------------------------------------------


def invoke(*args, env=None):
    return CliRunner().invoke(cli, list(args), env={"STEMSYNC_REVIEWER": "dirk", **(env or {})},
                              catch_exceptions=False)


def test_cli_list_json_approve_withhold_and_count(raw):
    run(raw)
    db = str(raw)
    result = invoke("review", "list", "--json", "--db", db)
    assert result.exit_code == 0
    items = json.loads(result.output)
    assert len(items) == len(PLANTED) + 2
    assert all({"id", "text", "flagged", "reasons"} <= set(i) for i in items)
    by_text = {i["text"]: i for i in items}
    assert by_text["Mijn voogd Pieter belt nooit."]["flagged"] is True
    assert by_text["Het gesprek was fijn."]["flagged"] is False
    assert by_text["Mijn voogd Pieter belt nooit."]["reasons"][0]["words"] == ["Pieter"]

    result = invoke("review", "approve", "--unflagged", "--db", db)
    assert result.exit_code == 0 and "Approved" in result.output
    number = by_text["Bel mij op 0612345678 als het kan."]["id"]
    assert invoke("review", "withhold", str(number), "--db", db).exit_code == 2  # --reason is required
    assert invoke("review", "withhold", str(number), "--reason", "nummer", "--db", db).exit_code == 0
    assert invoke("review", "approve", "424242", "--db", db).output.startswith("Error: there is no comment 424242")
    assert invoke("review", "approve", "--db", db).exit_code == 2

    counts = json.loads(invoke("review", "count", "--json", "--db", db).output)
    assert counts["withheld"] == 1 and counts["waiting"] == counts["waiting_flagged"] >= 1
    assert invoke("review", "count", "--fail-above", "0", "--db", db).exit_code == 4
    assert invoke("review", "count", "--fail-above", "100", "--db", db).exit_code == 0

    reviewers = {r[0] for r in private(raw).execute("select reviewer from review_decisions")}
    assert reviewers == {"dirk"}
    text = invoke("review", "list", "--db", db).output
    assert "Pieter" in text and "hoofdletter" in text
