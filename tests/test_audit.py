"""The attacker's audit against cases with known answers, and `stemsync audit`."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rawdata import RawDB
from stemsync.cli import cli
from stemsync.deidentify import Result
from stemsync.publish import PublishError, protect, publish, settings_from_mapping
from stemsync.publish.audit import audit_public, audit_table, check_total, default_width, read_ledger
from stemsync.publish.cells import QuestionSpec, Table
from stemsync.publish.lp import Version
from test_publish_properties import INSTRUMENT

PARENT = {"org": None, "r1": "org", "r2": "org", "a": "r1", "b": "r1", "c": "r2", "d": "r2"}
Q = QuestionSpec("Q", ("1", "2", "3"), (1.0, 2.0, 3.0))
K, W = 10, 5


def count(unit, value, role="alle"):
    return {("", unit, role, ""): value}


def table(shown=None, means=None, parent=PARENT, roles=()):
    return Table("i", "2025-K1", dict(parent), tuple(roles), (Q,), dict(shown or {}), dict(means or {}))


def kinds(result):
    return sorted({v.kind for v in result.violations})


# -- known answers ------------------------------------------------------------------


def test_a_cell_determined_by_subtraction_fails_and_its_arithmetic_is_shown():
    result = audit_table(table({**count("org", 40), **count("r1", 25), **count("a", 12), **count("r2", 15)}), K, W)
    (violation,) = [v for v in result.violations if v.cell == ("", "b", "alle", "")]
    assert violation.kind == "exact" and "determined exactly: 13" in violation.message
    assert any("r1 = a + b" in line and "25 = 12 + ?" in line for line in violation.arithmetic)
    assert ("", "a", "alle", "") in violation.fixes


def test_a_cell_that_is_not_determined_passes():
    result = audit_table(table({**count("org", 40), **count("r1", 25), **count("r2", 15)}), K, W)
    assert result.violations == [] and result.hidden > 0 and result.lps > 0


def test_a_total_rebuilt_from_its_shown_parts_then_subtracted_fails():
    # r1 is hidden but a and b are shown: r1 = 23, so r2 = org - r1 = 4 (the case)
    shown = {**count("org", 27), **count("a", 12), **count("b", 11)}
    result = audit_table(table(shown), K, W)
    assert ("", "r2", "alle", "") in {v.cell for v in result.violations if v.kind == "exact"}


def test_a_narrow_range_of_a_cell_that_must_hold_someone_fails_and_a_wide_one_passes():
    # a's count is hidden, but its question n (9) is shown: 9 <= a <= r1 - 0 = 12
    narrow = {**count("org", 40), **count("r1", 12), **count("r2", 28), ("Q", "a", "alle", ""): 9}
    result = audit_table(table(narrow), K, W)
    (violation,) = [v for v in result.violations if v.cell == ("", "a", "alle", "")]
    assert violation.kind == "narrow" and "9..12" in violation.message
    wide = {**narrow, **count("r1", 20), **count("r2", 20)}
    assert audit_table(table(wide), K, W).violations == []


def test_a_hidden_group_forced_into_one_answer_fails():
    # r1 shows Q = 8 × "1" + 12 × "2", a shows 12 × "2": the hidden b can only have answered "1"
    shown = {**count("r1", 20), **count("a", 12),
             ("Q", "r1", "alle", ""): 20, ("Q", "r1", "alle", "1"): 8, ("Q", "r1", "alle", "2"): 12,
             ("Q", "r1", "alle", "3"): 0,
             ("Q", "a", "alle", ""): 12, ("Q", "a", "alle", "1"): 0, ("Q", "a", "alle", "2"): 12,
             ("Q", "a", "alle", "3"): 0}
    result = audit_table(table(shown, parent={"r1": None, "a": "r1", "b": "r1"}), K, W)
    assert "one option" in kinds(result) or "exact" in kinds(result)
    assert any(v.cell and v.cell[1] == "b" for v in result.violations)


def test_a_hidden_cell_forced_to_zero_by_a_shown_zero_is_allowed():
    shown = {**count("r1", 20), ("Q", "r1", "alle", ""): 20, ("Q", "r1", "alle", "1"): 10,
             ("Q", "r1", "alle", "2"): 10, ("Q", "r1", "alle", "3"): 0}
    result = audit_table(table(shown, parent={"r1": None, "a": "r1", "b": "r1"}), K, W)
    assert result.violations == []


def test_a_shown_mean_is_an_interval_constraint():
    # n = 12 shown, distribution withheld; a mean of 1.00 says all twelve answered "1"
    shown = {**count("org", 12), ("Q", "org", "alle", ""): 12}
    with_mean = audit_table(table(shown, {("Q", "org", "alle"): 1.0}, parent={"org": None}), K, W)
    assert ("Q", "org", "alle", "1") in {v.cell for v in with_mean.violations}
    assert any("mean of Q" in line for v in with_mean.violations for line in v.arithmetic)
    without = audit_table(table(shown, parent={"org": None}), K, W)
    assert without.violations == []
    # a mean of 2.00 over 12 answers leaves many distributions: no violation
    middle = audit_table(table(shown, {("Q", "org", "alle"): 2.0}, parent={"org": None}), K, W)
    assert middle.violations == []


def test_roles_add_up_to_alle():
    # x hidden: alle - y = 20 exactly
    shown = {**count("org", 30), **count("org", 10, "y")}
    result = audit_table(table(shown, parent={"org": None}, roles=("x", "y")), K, W)
    assert ("", "org", "x", "") in {v.cell for v in result.violations}


def test_a_grand_total_must_be_the_sum_of_the_shown_top_level_totals():
    shown = table({**count("org", 40), **count("r1", 25), **count("r2", 15)})
    hidden = table({**count("r1", 3)})
    hidden.period = "2025-K2"
    assert check_total(40, [shown, hidden]) is None
    violation = check_total(44, [shown, hidden])
    assert violation.kind == "total" and "44 − 40 = 4" in violation.arithmetic[0]


def test_two_releases_that_differ_by_fewer_than_k_isolate_them():
    before = Version("release 1", {**count("org", 40), **count("r1", 20), **count("r2", 20)})
    now = table({**count("org", 41), **count("r1", 21), **count("r2", 20)})
    result = audit_table(now, K, W, [before])
    assert {v.cell for v in result.violations if v.kind == "isolated"} >= {("", "org", "alle", "")}
    # a change of k or more is a group like any other
    grown = table({**count("org", 50), **count("r1", 30), **count("r2", 20)})
    assert audit_table(grown, K, W, [before]).violations == []


def test_a_difference_worked_out_from_hidden_cells_is_caught_too():
    before = Version("release 1", {**count("org", 40), **count("r1", 20), **count("r2", 20)})
    # r1 is hidden now, but org - r2 = 21: r1 grew by exactly 1
    now = table({**count("org", 41), **count("r2", 20)})
    result = audit_table(now, K, W, [before])
    assert any(v.kind == "isolated" and v.cell == ("", "r1", "alle", "") for v in result.violations)


def test_the_width_default_follows_k():
    assert default_width(10) == 5 and default_width(5) == 3 and default_width(3) == 2


# -- on real public databases ----------------------------------------------------------


class Identity:
    fingerprint = "identity"

    def deidentify_many(self, texts):
        return [Result(t) for t in texts]


TEAMS = {"t1": "R1", "t2": "R1", "t3": "R2", "t4": "R2"}


def rows(team, n, role="a", when="2025-01-10 10:00:00", S=None):
    return [{"TEAM": team, "ROL": role, "submitted_at": when, "S": S or 1 + i % 3, "J": "YN"[i % 2]}
            for i in range(n)]


def build(tmp_path, data, audit=True, name="public.db", freeze=False):
    raw_path = tmp_path / "raw.db"
    if not raw_path.exists():
        raw = RawDB(raw_path, {"proef": INSTRUMENT})
        raw.add_many("proef", data)
        raw.close()
    settings = settings_from_mapping({"k": 5, "comments": "automatic", "units": {"organisation": "Org", "teams": TEAMS}})
    return publish(raw_path, tmp_path / name, [INSTRUMENT], settings, Identity(), audit=audit, freeze=freeze)


DATA = rows("t1", 12) + rows("t2", 11) + rows("t3", 4) + rows("t4", 9, "b")


def test_publish_passes_its_own_audit_and_stemsync_audit_agrees(tmp_path):
    report = build(tmp_path, DATA)
    assert report.audit_violations == 0 and 0 < report.utility <= 1
    result = audit_public(tmp_path / "public.db", tmp_path / "raw.db")
    assert result.ok, "\n".join(result.lines())
    out = CliRunner().invoke(cli, ["audit", str(tmp_path / "public.db"), "--raw", str(tmp_path / "raw.db")])
    assert out.exit_code == 0, out.output
    assert "proef 2025-K1:" in out.output and "hidden cell(s)" in out.output and "Audit PASSED" in out.output


def test_stemsync_audit_fails_on_a_release_built_without_it(tmp_path):
    build(tmp_path, DATA, audit=False)
    out = CliRunner().invoke(cli, ["audit", str(tmp_path / "public.db")])
    assert out.exit_code == 1
    assert "VIOLATION (exact)" in out.output and "Audit FAILED" in out.output
    assert " = " in out.output  # the arithmetic


def test_stemsync_audit_gives_one_line_errors(tmp_path):
    runner = CliRunner()
    out = runner.invoke(cli, ["audit", str(tmp_path / "nope.db")])
    assert out.exit_code == 1 and out.output.count("\n") == 1 and "does not exist" in out.output
    (tmp_path / "other.db").touch()
    sqlite3.connect(tmp_path / "other.db").execute("create table x (y)").connection.close()
    out = runner.invoke(cli, ["audit", str(tmp_path / "other.db")])
    assert out.exit_code == 1 and "not a stemsync public database" in out.output and "Traceback" not in out.output
    build(tmp_path, DATA)
    out = runner.invoke(cli, ["audit", str(tmp_path / "public.db"), "--raw", str(tmp_path / "missing.db")])
    assert out.exit_code == 1 and "private database" in out.output


def test_a_publish_that_fails_the_audit_keeps_the_previous_publication(tmp_path, monkeypatch):
    build(tmp_path, DATA)
    before = (tmp_path / "public.db").read_bytes()
    # secondary suppression by the old heuristic, the audit still on: the audit must refuse it
    real = protect.decide
    monkeypatch.setattr(protect, "decide", lambda *a, **kw: real(*a, **{**kw, "audit": False}))
    with pytest.raises(PublishError, match="failed the attacker's audit.*previous publication is kept"):
        build(tmp_path, DATA)
    assert (tmp_path / "public.db").read_bytes() == before
    assert not list(tmp_path.glob(".public.db.*"))


def test_no_ledger_means_no_earlier_releases(tmp_path):
    conn = sqlite3.connect(tmp_path / "raw.db")
    assert read_ledger(conn) == {}
    conn.close()


def test_the_banner_of_highs_does_not_reach_stdout():
    import subprocess
    code = "from stemsync.publish.lp import new_highs; new_highs(); new_highs(); print('done')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "done\n"
