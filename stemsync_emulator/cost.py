"""What a call costs a real LimeSurvey: an optional, calibrated delay for benchmarks.

Calibrated to the export timing table in ``tests/limesurvey/FACTS.md`` (LimeSurvey
6.4.2, PHP 8.2 built-in server with one worker, MariaDB 10.11, 100,000 responses of 24
keys; measured 2026-11-29). A call costs

    per_call + rows * (per_row + per_cell * cells) + rows**2 * (per_row2 + per_row2_cell * cells)

seconds, where ``rows`` is the number of responses the export returns and ``cells`` the
keys per response. The quadratic term is what makes LimeSurvey's unbounded exports slow
(one export of 100,000 responses: 27 s, against 4-5 s in windows of 2,500-5,000).

| FACTS.md (measured)                  | seconds | this model |
|--------------------------------------|---------|------------|
| windows of 500 / 1,000 / 2,500       | 7.5 / 5.5 / 4.1 | 7.1 / 5.2 / 4.4 |
| windows of 5,000 / 10,000            | 4.2 / 5.5 | 4.6 / 5.6 |
| one unbounded export of 100,000      | 27.1    | 26.9       |
| id-only, unbounded / windows of 10,000 | 15.9 / 2.4 | 16.4 / 2.4 |
| id-only, windows of 2,500             | 2.2     | 1.8        |
| id-only, single calls 20,000 / 40,000 | 0.73 / 2.76 | 0.77 / 2.78 |

Off by default (tests stay fast); ``Emulator(cost=LIMESURVEY_642)`` or
``python -m stemsync_emulator --cost 6.4.2`` switch it on. With it on, the emulator
also serves one call at a time (``workers``), like the measured server.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CostModel:
    per_call: float = 0.020         # s: the fixed cost of any call
    per_row: float = 3.8e-6         # s per response returned
    per_cell: float = 1.1e-6        # s per value returned (response x key)
    per_row2: float = 1.5e-9        # s per response squared: the superlinear part
    per_row2_cell: float = 3.7e-11  # s per response squared and key
    workers: int = 1                # calls served at the same time

    def seconds(self, rows: int = 0, cells: int = 0) -> float:
        """What one call returning ``rows`` responses of ``cells`` keys costs."""
        return (self.per_call + rows * (self.per_row + self.per_cell * cells)
                + rows * rows * (self.per_row2 + self.per_row2_cell * cells))


#: LimeSurvey 6.4.2 as measured in FACTS.md.
LIMESURVEY_642 = CostModel()
PROFILES = {"6.4.2": LIMESURVEY_642}
