"""Kill trials with out-of-order commits (bench/bench_kill.py runs 200; the suite runs a few)."""

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_kill.py"


@pytest.fixture(scope="module")
def bench_kill():
    spec = importlib.util.spec_from_file_location("bench_kill", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_kill"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_killed_runs_with_late_commits_lose_nothing_and_duplicate_nothing(bench_kill, tmp_path):
    totals = bench_kill.run_trials(4, seed=11, workdir=tmp_path)
    assert totals.trials == 4 and totals.kills >= 4 and totals.late_commits >= 10
    assert not totals.failures
    assert (totals.lost, totals.duplicated, totals.phantom, totals.full_found) == (0, 0, 0, 0)
