"""Attacks on real releases: each recovers something from a release built without the
audit (the old complementary heuristic, ``publish(..., audit=False)``) and nothing from
one that passed the audit. The attackers (tests/attackers.py) are independent of
stemsync.publish.audit: plain subtraction with zero propagation, scipy's linprog, the
grand total, and two releases subtracted."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from attackers import Public, difference_attack, lp_attack, subtraction_attack, total_attack
from rawdata import RawDB
from stemsync.deidentify import Result
from stemsync.publish import publish, settings_from_mapping
from stemsync.publish.audit import audit_public
from test_publish_properties import INSTRUMENT

K = 5


class Identity:
    fingerprint = "identity"

    def deidentify_many(self, texts):
        return [Result(t) for t in texts]


def rows(team, n, role="a", when="2025-01-10 10:00:00", S=None, J=None):
    return [{"TEAM": team, "ROL": role, "submitted_at": when, "S": S if S is not None else 1 + i % 3,
             "J": J if J is not None else "YN"[i % 2]} for i in range(n)]


def from_counts(counts, when="2025-01-10 10:00:00"):
    """Rows from {(team, role, S, J): how many}."""
    return [{"TEAM": t, "ROL": r, "submitted_at": when, "S": s, "J": j}
            for (t, r, s, j), n in counts.items() for _ in range(n)]


class Release:
    def __init__(self, folder: Path, teams: dict[str, str], k: int = K):
        self.folder, self.teams, self.k = folder, teams, k
        self.raw = RawDB(folder / "raw.db", {"proef": INSTRUMENT})
        self.count = 0

    def add(self, data):
        self.raw.add_many("proef", data)

    def publish(self, audit: bool, **kw) -> Public:
        """Publish (without the release model's ledger unless ``freeze=True``: these tests
        compare releases built in different ways from the same private database)."""
        self.count += 1
        out = self.folder / f"public-{self.count}.db"
        settings = settings_from_mapping({"k": self.k, "comments": "automatic",
                                          "units": {"organisation": "Org", "teams": self.teams}})
        self.report = publish(self.raw.path, out, [INSTRUMENT], settings, Identity(), audit=audit,
                              **{"freeze": False, **kw})
        self.path = out
        return Public.read(out)

def write_ledger(raw_path: Path, public_path: Path, release: int) -> None:
    """Write what a public database shows into a private database's ledger tables, as the
    release model does (for audits of hand-made ledgers)."""
    pub = Public.read(public_path)
    conn = sqlite3.connect(raw_path)
    with conn:
        conn.execute("create table if not exists publish_releases (id integer primary key, created_at text not null, "
                     "reason text not null, periods text not null, status text not null)")
        conn.execute("create table if not exists publish_ledger (release integer not null, instrument text not null, "
                     "period text not null, unit text not null, role text not null, question text not null, "
                     "option text not null, value integer, mean real, "
                     "primary key (release, instrument, period, unit, role, question, option))")
        periods = sorted({p for _, p in pub.tables})
        conn.execute("insert into publish_releases values (?, '2026-01-01T00:00:00Z', 'release', ?, 'published')",
                     (release, json.dumps(periods)))
        conn.executemany("insert into publish_ledger values (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (release, i, p, u, r, q, o, v, pub.means.get((i, p, q, u, r)) if q and o == "" else None)
            for (i, p, q, u, r, o), v in pub.shown.items()])
    conn.close()


@pytest.fixture
def release(tmp_path):
    def make(teams, k=K):
        return Release(tmp_path, teams, k)
    return make


def assert_nothing_recovered(pub: Public, path: Path, raw: Path | None = None):
    assert subtraction_attack(pub) == {}
    assert lp_attack(pub) == []
    assert total_attack(pub) is None
    result = audit_public(path, raw)
    assert result.ok, "\n".join(result.lines(all_tables=False))


# -- one attack per class, on hand-made cases ------------------------------------------


def test_subtraction_across_levels_a_hidden_region_rebuilt_from_its_teams(release):
    # R2 has one small team (4): hidden. The old heuristic hid R1 to protect it, but R1 is
    # the sum of its shown teams t1 and t2, and organisation - R1 = R2.
    r = release({"t1": "R1", "t2": "R1", "t3": "R2"})
    r.add(rows("t1", 12) + rows("t2", 11) + rows("t3", 4))
    leak = subtraction_attack(r.publish(audit=False))
    assert leak[("proef", "2025-K1", "", "team:t3", "alle", "")] == 4
    assert leak[("proef", "2025-K1", "", "regio:R2", "alle", "")] == 4
    assert_nothing_recovered(r.publish(audit=True), r.path)


def test_subtraction_across_tables_roles_and_units(release):
    # (R2, a) has 2 responses: hidden. The old heuristic protected it within the roles of R2
    # and within the units of role a, but the two tables together give it back.
    r = release({"t1": "R1", "t2": "R1", "t3": "R2", "t4": "R2"})
    r.add(rows("t1", 8, "a") + rows("t2", 12, "a") + rows("t2", 6, "b") + rows("t3", 6, "b")
          + rows("t4", 2, "a") + rows("t4", 4, "b"))
    leak = subtraction_attack(r.publish(audit=False))
    assert leak[("proef", "2025-K1", "", "regio:R2", "a", "")] == 2
    assert_nothing_recovered(r.publish(audit=True), r.path)


# a case found by a search over random data: the teams' counts of S = 1 are only found
# because other options of the region minus its shown teams are 0
ZERO_CASE = {("t1", "a", 2, "N"): 1, ("t1", "b", 3, "Y"): 1, ("t2", "a", 1, "N"): 3, ("t2", "a", 2, "N"): 1,
             ("t2", "a", 3, "Y"): 1, ("t2", "b", 1, "Y"): 4, ("t2", "b", 2, "N"): 1, ("t2", "b", 3, "N"): 1,
             ("t2", "b", 3, "Y"): 4, ("t3", "a", 2, "N"): 1, ("t3", "a", 2, "Y"): 1, ("t3", "a", 3, "N"): 1,
             ("t3", "b", 3, "Y"): 1, ("t4", "b", 1, "Y"): 1, ("t4", "b", 2, "Y"): 1, ("t4", "b", 3, "N"): 1,
             ("t4", "b", 3, "Y"): 3, ("t5", "b", 1, "Y"): 1, ("t5", "b", 3, "Y"): 1}


def test_option_arithmetic_with_zero_propagation(release):
    r = release({"t1": "R1", "t2": "R1", "t3": "R1", "t4": "R2", "t5": "R2"})
    r.add(from_counts(ZERO_CASE))
    off = r.publish(audit=False)
    leak = subtraction_attack(off)
    assert leak and all(c[5] != "" for c in leak)        # answer counts of hidden groups
    assert subtraction_attack(off, zeros=False) == {}    # found only through the zeros
    assert leak[("proef", "2025-K1", "S", "team:t2", "a", "1")] == 3
    assert_nothing_recovered(r.publish(audit=True), r.path)


def test_an_unprotected_grand_total(release):
    # 2025-K2 has only 4 responses: its organisation total is hidden, but the grand total
    # minus the shown 2025-K1 organisation total gives it
    r = release({"t1": "R1", "t2": "R1"})
    r.add(rows("t1", 12) + rows("t2", 11) + rows("t1", 4, when="2025-05-10 10:00:00"))
    assert total_attack(r.publish(audit=False)) == 4
    pub = r.publish(audit=True)
    assert pub.total == 23
    assert_nothing_recovered(pub, r.path)


def test_a_mean_shown_without_its_distribution_is_arithmetic_too(release):
    # t1: everyone answered S = 3, so its distribution is withheld; a mean next to n would
    # give it back (3.00 × 12 = 36 = 3 × 12): the LP attack finds it, the audit too
    r = release({"t1": "R1", "t2": "R1", "t3": "R2"})
    r.add(rows("t1", 12, S=3) + rows("t2", 11) + rows("t3", 12))
    pub = r.publish(audit=True)
    assert_nothing_recovered(pub, r.path)
    conn = sqlite3.connect(r.path)
    with conn:
        changed = conn.execute("update scores set mean = 3.0 where question = 'S' and unit = 'team:t1' "
                               "and details_withheld = 1").rowcount
    conn.close()
    assert changed
    leak = lp_attack(Public.read(r.path))
    assert ("proef", "2025-K1", "S", "team:t1", "alle", "3") in {cell for cell, _, _ in leak}
    result = audit_public(r.path)
    assert not result.ok and any("mean of S" in line for v in result.violations for line in v.arithmetic)


@pytest.mark.parametrize("new", [1, 2, K - 1])
def test_two_releases_of_a_period_differing_by_a_few_responses(release, new):
    r = release({"t1": "R1", "t2": "R1", "t3": "R2", "t4": "R2"})
    r.add(rows("t1", 12) + rows("t2", 11) + rows("t3", 12) + rows("t4", 10))
    first = r.publish(audit=False)
    r.add(rows("t2", new, S=2, J="N"))
    second = r.publish(audit=False)
    leak = difference_attack(first, second, K)
    assert leak[("proef", "2025-K1", "", "organisatie:Org", "alle", "")] == new

    # with the release model: the period is frozen at its first release, and a deliberate
    # reissue is audited together with that release (from the ledger)
    (r.folder / "audited").mkdir()
    r2 = Release(r.folder / "audited", r.teams)
    r2.add(rows("t1", 12) + rows("t2", 11) + rows("t3", 12) + rows("t4", 10))
    first = r2.publish(audit=True, freeze=True)
    r2.add(rows("t2", new, S=2, J="N"))
    assert difference_attack(first, r2.publish(audit=True, freeze=True), K) == {}  # frozen
    second = r2.publish(audit=True, freeze=True, reissue=["2025-K1"])
    assert r2.report.reissued == ["2025-K1"]
    assert difference_attack(first, second, K) == {}
    assert_nothing_recovered(second, r2.path, r2.raw.path)


# -- over random hierarchies, roles and answers ---------------------------------------------


response = st.tuples(st.integers(0, 5), st.sampled_from(["a", "b", None]), st.booleans(),
                     st.one_of(st.none(), st.integers(1, 3)), st.sampled_from([None, "Y", "N"]))


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regions=st.lists(st.integers(0, 2), min_size=2, max_size=6), answers=st.lists(response, max_size=90),
       k=st.integers(5, 7))
def test_random_releases_that_pass_the_audit_give_nothing_away(regions, answers, k):
    teams = {f"t{i}": f"R{r}" for i, r in enumerate(regions)}
    with tempfile.TemporaryDirectory() as folder:
        r = Release(Path(folder), teams, k)
        r.add([{"TEAM": f"t{team % len(regions)}" if team < 5 else "elders", "ROL": role,
                "submitted_at": "2025-05-10 10:00:00" if later else "2025-01-10 10:00:00", "S": s, "J": j}
               for team, role, later, s, j in answers])
        pub = r.publish(audit=True)
        assert subtraction_attack(pub) == {}
        assert lp_attack(pub) == []
        assert total_attack(pub) is None
        assert r.report.audit_violations == 0


def test_random_releases_without_the_audit_do_leak():
    """The other half of the property above: over the same kind of random data, the old
    heuristic leaks somewhere (so the attackers can find what they look for)."""
    import random
    leaks = Counter()
    for seed in range(6):
        rng = random.Random(seed)
        teams = {f"t{i}": f"R{rng.randint(0, 2)}" for i in range(5)}
        with tempfile.TemporaryDirectory() as folder:
            r = Release(Path(folder), teams)
            r.add([{"TEAM": rng.choice(list(teams)), "ROL": rng.choice("ab"), "submitted_at": "2025-01-10 10:00:00",
                    "S": rng.choice([1, 2, 3, 3]), "J": rng.choice("YYN")} for _ in range(rng.randint(20, 60))])
            off = r.publish(audit=False)
            leaks["subtraction"] += bool(subtraction_attack(off))
            leaks["lp"] += bool(lp_attack(off))
            on = r.publish(audit=True)
            assert subtraction_attack(on) == {} and lp_attack(on) == []
    assert leaks["subtraction"] >= 2 and leaks["lp"] >= 2, leaks
