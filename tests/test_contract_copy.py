"""The repository's copy of the LimeSurvey contract matches the shared measurements."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import LIMESURVEY_CONTRACT

SHARED = Path(os.environ.get("STEMSYNC_SHARED") or Path(__file__).resolve().parents[2] / "shared") / "limesurvey"


def contract_files(root: Path) -> dict[str, bytes]:
    """FACTS.md, the known-good .lss and the recordings (the lab script is not part of the contract)."""
    paths = [root / "FACTS.md", *root.glob("*.lss"), *root.glob("recordings/*.jsonl")]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(paths) if p.is_file()}


def test_the_copy_holds_every_recording() -> None:
    files = contract_files(LIMESURVEY_CONTRACT)
    assert "FACTS.md" in files and "probe-6.2.1-known-good.lss" in files
    assert sum(name.startswith("recordings/") for name in files) >= 7


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared/limesurvey beside this clone (a plain clone)")
def test_the_copy_matches_shared() -> None:
    ours, theirs = contract_files(LIMESURVEY_CONTRACT), contract_files(SHARED)
    assert sorted(ours) == sorted(theirs), "files differ: copy shared/limesurvey into tests/limesurvey again"
    changed = [name for name in ours if ours[name] != theirs[name]]
    assert not changed, f"out of date: {changed}; copy shared/limesurvey into tests/limesurvey again"
