"""The emulator's cost model (FACTS.md timing table) and out-of-order commits."""

from __future__ import annotations

import time

import pytest

from stemsync import codebook, synthetic
from stemsync.config import Secret
from stemsync.limesurvey import LimeSurvey
from stemsync_emulator import LIMESURVEY_642, CostModel, Emulator


def test_the_model_reproduces_the_measured_table():
    m = LIMESURVEY_642
    n = 100_000
    # FACTS.md, LimeSurvey 6.4.2, 100,000 responses of 24 keys (seconds, measured)
    measured = {1000: 5.45, 2500: 4.12, 5000: 4.19, 10000: 5.46}
    for window, seconds in measured.items():
        assert n // window * m.seconds(window, 24) == pytest.approx(seconds, rel=0.15)
    assert m.seconds(n, 24) == pytest.approx(27.12, rel=0.05)  # one unbounded export
    assert m.seconds(n, 2) == pytest.approx(15.94, rel=0.05)  # the unbounded id-only listing
    assert 10 * m.seconds(10_000, 2) == pytest.approx(2.42, rel=0.05)
    # the superlinear growth: one big call costs 5-7x the same rows in windows
    assert m.seconds(n, 24) > 5 * (n // 2500) * m.seconds(2500, 24)


def test_a_slow_emulator_charges_per_call_and_per_row():
    """Scaled up 20x so that the charge stands out of a busy machine's noise."""
    model = CostModel(per_call=0.2, per_row=0.002, per_cell=0.0, per_row2=0.0, per_row2_cell=0.0)
    with Emulator(password="pw", cost=model) as emu:
        sid = emu.load_lss(codebook.TEMPLATES_DIR / "samen-sterker.lss", activate=True)
        inst = codebook.get_instrument("samen-sterker")
        from datetime import datetime

        emu.state.add_responses_bulk(sid, list(synthetic.responses(inst, 200, start=datetime(2026, 1, 1))))
        with LimeSurvey(emu.url, "admin", Secret("pw")) as ls:
            began = time.perf_counter()
            ls.export_responses(sid, from_id=1, to_id=10)
            small = time.perf_counter() - began
            began = time.perf_counter()
            ls.export_responses(sid, from_id=1, to_id=200)
            large = time.perf_counter() - began
    assert small >= 0.2 + 10 * 0.002 and large >= 0.2 + 200 * 0.002
    assert emu.cost is model


def test_without_a_model_the_emulator_does_not_wait():
    with Emulator(password="pw") as emu:
        assert emu.cost is None and emu._workers is None


def test_uncommitted_responses_have_ids_but_are_invisible_until_they_commit():
    with Emulator(password="pw") as emu:
        sid = emu.load_lss(codebook.TEMPLATES_DIR / "samen-sterker.lss", activate=True)
        first = emu.state.add_responses_bulk(sid, [{"TEAM": "a"}])
        slow = emu.state.add_responses_bulk(sid, [{"TEAM": "b"}], committed=False)
        fast = emu.state.add_responses_bulk(sid, [{"TEAM": "c"}])
        assert slow[0] == first[0] + 1 and fast[0] == slow[0] + 1
        with LimeSurvey(emu.url, "admin", Secret("pw")) as ls:
            assert [r["id"] for r in ls.export_responses(sid)] == first + fast
            emu.state.commit_responses(sid, slow)
            assert [r["id"] for r in ls.export_responses(sid)] == first + slow + fast
