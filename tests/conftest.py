"""Shared pytest fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

# The LimeSurvey contract (FACTS.md, recordings, the known-good .lss) is kept in the
# repository, in tests/limesurvey/ (see its README for where it came from).
LIMESURVEY_CONTRACT = Path(__file__).resolve().parent / "limesurvey"
PROBE_LSS = LIMESURVEY_CONTRACT / "probe-6.2.1-known-good.lss"
FIXED_NOW = "2026-11-22 10:11:12"


@pytest.fixture
def probe_lss_bytes() -> bytes:
    """The .lss that LimeSurvey 6.2.1 imported without complaint (FACTS.md)."""
    return PROBE_LSS.read_bytes()


@pytest.fixture
def emulator():
    """A running LimeSurvey RemoteControl emulator (admin/adminpw, fixed clock, seeded ids)."""
    from stemsync_emulator import Emulator

    with Emulator(clock=lambda: FIXED_NOW, seed=1234) as emu:
        yield emu
