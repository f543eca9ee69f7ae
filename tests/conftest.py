"""Shared pytest fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# shared/ lies beside the repository (CI clones main with shared/ next to it);
# STEMSYNC_SHARED points elsewhere if needed.
SHARED = Path(os.environ.get("STEMSYNC_SHARED") or Path(__file__).resolve().parents[2] / "shared")
LIMESURVEY_SHARED = SHARED / "limesurvey"
PROBE_LSS = LIMESURVEY_SHARED / "probe-6.2.1-known-good.lss"
FIXED_NOW = "2026-11-22 10:11:12"


@pytest.fixture
def probe_lss_bytes() -> bytes:
    """The .lss that LimeSurvey 6.2.1 imported without complaint (FACTS.md)."""
    return PROBE_LSS.read_bytes()


@pytest.fixture
def emulator():
    """A running LimeSurvey RemoteControl emulator (admin/adminpw, fixed clock, seeded ids)."""
    from stemsync.emulator import Emulator

    with Emulator(clock=lambda: FIXED_NOW, seed=1234) as emu:
        yield emu
