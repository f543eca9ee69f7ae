"""Kill trials with out-of-order commits: nothing lost, nothing twice (issue 10).

    python bench/bench_kill.py                 # 200 trials
    python bench/bench_kill.py --trials 20 --seed 7

Each trial, against the emulator (a little slowed down, so that kills land mid-run):
a fresh survey and private database; three rounds of new responses, some held in open
"transactions" (their ids handed out, the rows invisible) and committed later, out of
order, below ids the sync has already passed; some incomplete responses completed; after
each round a sync in a forked process that is killed with SIGKILL at a random moment (or
finishes). At the end every held response is committed, one normal sync runs, and the
private database is compared with LimeSurvey's own export:

- lost: a response LimeSurvey has that the database does not;
- duplicated: a response id stored twice;
- phantom: a stored response LimeSurvey does not have;
- and a following ``sync --full`` must find nothing new and nothing changed.

Prints the totals; exits 1 if anything was lost, duplicated or phantom.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stemsync import codebook, responses as resp, synthetic  # noqa: E402
from stemsync.config import Secret  # noqa: E402
from stemsync.db import now, open_db  # noqa: E402
from stemsync.deploy import server_of  # noqa: E402
from stemsync.limesurvey import LimeSurvey  # noqa: E402
from stemsync.sync import sync  # noqa: E402
from stemsync_emulator import CostModel, Emulator  # noqa: E402

PASSWORD = "bench-kill-only"
INSTRUMENT = "samen-sterker"
# a few ms a call: a run of ~100 responses in pages of 5 takes a few hundred ms, so kills land mid-run
SLOW = CostModel(per_call=0.004, per_row=2e-5, per_cell=0.0, per_row2=0.0, per_row2_cell=0.0, workers=4)


@dataclass
class Totals:
    trials: int = 0
    kills: int = 0
    responses: int = 0
    late_commits: int = 0
    lost: int = 0
    duplicated: int = 0
    phantom: int = 0
    full_found: int = 0
    failures: list[str] = field(default_factory=list)


def _child_sync(url: str, db_path: Path, page_size: int) -> None:
    """In the forked child: one normal sync, then exit without running the parent's handlers."""
    try:
        with LimeSurvey(url, "admin", Secret(PASSWORD), retries=0) as ls:
            sync(ls, open_db(db_path), codebook.load_all(), page_size=page_size)
    finally:
        os._exit(0)


def killed_sync(url: str, db_path: Path, page_size: int, rng: random.Random, max_delay: float) -> bool:
    """A sync in a forked process, SIGKILLed after a random delay; True if it was killed."""
    pid = os.fork()
    if pid == 0:
        _child_sync(url, db_path, page_size)
    time.sleep(rng.uniform(0, max_delay))
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def trial(emu: Emulator, workdir: Path, number: int, rng: random.Random, totals: Totals, *,
          rounds: int = 3, page_size: int = 5, max_delay: float = 0.3) -> None:
    inst = codebook.get_instrument(INSTRUMENT)
    sid = emu.load_lss(codebook.TEMPLATES_DIR / f"{INSTRUMENT}.lss", activate=True)
    db_path = workdir / f"trial-{number}.db"
    db = open_db(db_path)
    db["deployments"].insert({"instrument": INSTRUMENT, "version": 1, "survey_id": sid,
                              "server": server_of(emu.url), "title": "kill", "deployed_at": now()})
    db.conn.close()
    held: list[int] = []
    incomplete: list[int] = []
    recent = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    pool = synthetic.responses(inst, 10_000, start=datetime(2026, 1, 1), seed=number, incomplete_share=0.0)
    for _ in range(rounds):
        for _ in range(rng.randint(10, 60)):
            row = next(pool)
            if rng.random() < 0.1:
                row = {**row, "submitdate": None, "startdate": recent}
            hold = rng.random() < 0.15
            (rid,) = emu.state.add_responses_bulk(sid, [row], committed=not hold)
            (held if hold else incomplete if row["submitdate"] is None else []).append(rid)
        # some open transactions commit now, in random order, below ids already visible
        rng.shuffle(held)
        split = len(held) // 2 + rng.randint(0, 1)
        now_committing, held = held[:split], held[split:]
        emu.state.commit_responses(sid, now_committing)
        totals.late_commits += len(now_committing)
        for rid in [r for r in incomplete if rng.random() < 0.3]:
            emu.state.surveys[sid].responses.update(rid, {"submitdate": recent})
            incomplete.remove(rid)
        totals.kills += killed_sync(emu.url, db_path, page_size, rng, max_delay)
    emu.state.commit_responses(sid, held)
    totals.late_commits += len(held)

    with LimeSurvey(emu.url, "admin", Secret(PASSWORD)) as ls:
        report = sync(ls, open_db(db_path), codebook.load_all(), page_size=page_size)
        if not report.ok:
            totals.failures.append(f"trial {number}: final sync failed: {report.errors or report.surveys}")
        theirs = {int(r["id"]): r for r in ls.export_responses(sid)}
        db = open_db(db_path)
        table = resp.table_name(inst)
        mine = [r[0] for r in db.execute(f"select response_id from [{table}] where survey_id = ? "
                                         "and deleted_at is null", [sid])]
        complete = {r[0] for r in db.execute(f"select response_id from [{table}] where survey_id = ? "
                                             "and complete = 1", [sid])}
        full = sync(ls, db, codebook.load_all(), page_size=page_size, full=True).surveys[0]
    lost = set(theirs) - set(mine)
    theirs_complete = {rid for rid, r in theirs.items() if r.get("submitdate")}
    totals.trials += 1
    totals.responses += len(theirs)
    totals.lost += len(lost) + len(theirs_complete - complete)
    totals.duplicated += len(mine) - len(set(mine))
    totals.phantom += len(set(mine) - set(theirs))
    totals.full_found += full.new + full.updated + full.deleted
    if lost or theirs_complete - complete:
        totals.failures.append(f"trial {number}: lost {sorted(lost)[:5]}, not seen complete "
                               f"{sorted(theirs_complete - complete)[:5]}")


def run_trials(trials: int, seed: int = 1, workdir: Path | None = None, **options) -> Totals:
    totals = Totals()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp, Emulator(password=PASSWORD, cost=SLOW) as emu:
        for number in range(trials):
            trial(emu, Path(workdir or tmp), number, rng, totals, **options)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    t = run_trials(args.trials, args.seed)
    print(f"{t.trials} trials, {t.kills} syncs killed mid-run, {t.responses:,} responses, "
          f"{t.late_commits:,} committed out of order ({time.perf_counter() - started:.0f} s)")
    print(f"lost {t.lost}, duplicated {t.duplicated}, phantom {t.phantom}; "
          f"sync --full afterwards found {t.full_found} more")
    for failure in t.failures[:10]:
        print("  " + failure)
    sys.exit(1 if t.lost or t.duplicated or t.phantom or t.full_found or t.failures else 0)


if __name__ == "__main__":
    main()
