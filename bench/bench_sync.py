"""Benchmark the sync against the LimeSurvey emulator; prints its figures.

    python bench/bench_sync.py                 # 100,000 responses; 1,000,000 for the no-new case
    python bench/bench_sync.py --n 20000 --history 100000   # quicker

Figures (issue 3):
1. full sync of N Samen Sterker responses: wall time, and its ratio to the bare export
   calls that fetch the same data (the floor; target <= 1.3), and to a naive baseline
   (export everything in one call, then insert_all; target: sync <= naive);
2. peak memory (max RSS) of the process doing the full sync (target < 200 MB);
3. a sync with nothing new on a private database holding HISTORY responses: wall time,
   the time of its LimeSurvey round trips, and the rest (target: rest < 1 s).

The emulator stands in for LimeSurvey, which runs on another server: it gets a process
and (where the machine has two or more cores) a core of its own, and the client runs
on the others, so the emulator's work does not eat the client's CPU. Every measured
sync runs in a fresh process of its own.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stemsync import codebook, responses as resp, synthetic  # noqa: E402
from stemsync.config import Secret  # noqa: E402
from stemsync.db import now, open_db  # noqa: E402
from stemsync.deploy import server_of  # noqa: E402
from stemsync.limesurvey import LimeSurvey  # noqa: E402

PASSWORD = "bench-only"
INSTRUMENT = "samen-sterker"


CORES = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
SERVER_CORES = set(CORES[:1]) if len(CORES) >= 2 else set(CORES)
CLIENT_CORES = set(CORES[1:]) if len(CORES) >= 2 else set(CORES)


def pin(cores: set[int]) -> None:
    if cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cores)


def serve(n: int, ready: mp.Queue, stop: mp.Event) -> None:
    """Child process: an emulator holding N synthetic responses of one survey."""
    from stemsync_emulator import Emulator

    pin(SERVER_CORES)
    inst = codebook.get_instrument(INSTRUMENT)
    with Emulator(password=PASSWORD) as emu:
        sid = emu.load_lss(codebook.TEMPLATES_DIR / f"{INSTRUMENT}.lss", activate=True)
        batch = []
        for row in synthetic.responses(inst, n, start=datetime(2025, 1, 1), incomplete_share=0.0):
            batch.append(row)
            if len(batch) == 10_000:
                emu.state.add_responses_bulk(sid, batch)
                batch = []
        if batch:
            emu.state.add_responses_bulk(sid, batch)
        ready.put((emu.url, sid))
        stop.wait()


def start_emulator(n: int) -> tuple[str, int, mp.Process, mp.Event]:
    ready, stop = mp.Queue(), mp.Event()
    proc = mp.Process(target=serve, args=(n, ready, stop), daemon=True)
    proc.start()
    url, sid = ready.get(timeout=1800)
    return url, sid, proc, stop


def register(db_path: Path, url: str, sid: int) -> None:
    db = open_db(db_path)
    db["deployments"].insert({"instrument": INSTRUMENT, "version": 1, "survey_id": sid,
                              "server": server_of(url), "title": "bench", "deployed_at": now()})
    db.conn.close()


def peak_rss_mb() -> float:
    """This process's own peak RSS. Not ru_maxrss: Linux carries that across exec, so a child
    started by a big parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_sync(url: str, db_path: str, page_size: int) -> None:
    """Run in a fresh process: one sync, print wall time and peak RSS as JSON."""
    from stemsync.sync import sync

    db = open_db(db_path)
    instruments = codebook.load_all()
    start = time.perf_counter()
    with LimeSurvey(url, "admin", Secret(PASSWORD)) as ls:
        report = sync(ls, db, instruments, page_size=page_size)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "new": sum(s.new for s in report.surveys), "ok": report.ok,
                      "errors": report.errors + [s.error for s in report.surveys if s.error],
                      "max_rss_mb": peak_rss_mb()}))


def run_child(url: str, db_path: Path, page_size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child-sync", url, str(db_path), str(page_size)],
                         capture_output=True, text=True, check=True, preexec_fn=lambda: pin(CLIENT_CORES))
    return json.loads(out.stdout.strip().splitlines()[-1])


def bare_calls(url: str, sid: int, page_size: int) -> float:
    """The floor: the same export calls the sync makes, results decoded and dropped."""
    start = time.perf_counter()
    with LimeSurvey(url, "admin", Secret(PASSWORD)) as ls:
        ls.get_fieldmap(sid)
        ids = sorted(int(r["id"]) for r in ls.export_responses(sid, from_id=1, fields=["id", "submitdate"]))
        for i in range(0, len(ids), page_size):
            window = ids[i:i + page_size]
            ls.export_responses(sid, from_id=window[0], to_id=window[-1])
    return time.perf_counter() - start


def naive(url: str, sid: int, db_path: Path) -> float:
    """Export everything in one call, then insert_all: what a first script would do."""
    import sqlite_utils

    start = time.perf_counter()
    with LimeSurvey(url, "admin", Secret(PASSWORD)) as ls:
        rows = ls.export_responses(sid)
    db = sqlite_utils.Database(db_path)
    db["responses"].insert_all(rows, pk="id", batch_size=1000)
    return time.perf_counter() - start


def fill_history(db_path: Path, sid: int, count: int) -> None:
    """A private database that already holds COUNT synced responses (written directly)."""
    inst = codebook.get_instrument(INSTRUMENT)
    db = open_db(db_path)
    resp.ensure_instrument_table(db, inst)
    rows = synthetic.responses(inst, count, start=datetime(2020, 1, 1), days=5 * 365, incomplete_share=0.0)
    page, next_id = [], 1
    for row in rows:
        row = {**row, "id": next_id, "startlanguage": "nl"}
        next_id += 1
        page.append(row)
        if len(page) == 5000:
            with db.conn:
                resp.save_page(db, inst, sid, 1, page, cursor=page[-1]["id"])
            page = []
    if page:
        with db.conn:
            resp.save_page(db, inst, sid, 1, page, cursor=page[-1]["id"])
    db.conn.close()


def round_trips(url: str, sid: int, cursor: int) -> float:
    """The LimeSurvey calls a sync with nothing new makes: login, fieldmap, listing, logout."""
    start = time.perf_counter()
    with LimeSurvey(url, "admin", Secret(PASSWORD)) as ls:
        ls.get_fieldmap(sid)
        ls.export_responses(sid, from_id=cursor + 1, fields=["id", "submitdate"])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="responses for the full sync")
    parser.add_argument("--history", type=int, default=1_000_000, help="responses already in the database")
    parser.add_argument("--page-size", type=int, default=1000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"cores: emulator {sorted(SERVER_CORES)}, client {sorted(CLIENT_CORES)}")
        print(f"loading {args.n:,} responses into the emulator ...", file=sys.stderr)
        url, sid, proc, stop = start_emulator(args.n)
        pin(CLIENT_CORES)  # the bare calls and the naive baseline run on the client's cores too
        try:
            bare = min(bare_calls(url, sid, args.page_size) for _ in range(2))
            naive_s = naive(url, sid, tmp / "naive.db")
            register(tmp / "sync.db", url, sid)
            result = run_child(url, tmp / "sync.db", args.page_size)
            assert result["ok"] and result["new"] == args.n, result
        finally:
            stop.set()
            proc.join(timeout=30)

        print(f"\n1. full sync of {args.n:,} {INSTRUMENT} responses (page size {args.page_size})")
        print(f"   sync            {result['seconds']:8.2f} s")
        print(f"   bare calls      {bare:8.2f} s   ratio sync/bare  {result['seconds'] / bare:5.2f}  (target <= 1.30)")
        print(f"   naive baseline  {naive_s:8.2f} s   ratio sync/naive {result['seconds'] / naive_s:5.2f}  (target <= 1.00)")
        print(f"2. peak memory of the sync process: {result['max_rss_mb']:.0f} MB  (target < 200 MB)")

        print(f"\nloading {args.history:,} responses for the no-new case ...", file=sys.stderr)
        url, sid, proc, stop = start_emulator(args.history)
        try:
            register(tmp / "history.db", url, sid)
            fill_history(tmp / "history.db", sid, args.history)
            trips = min(round_trips(url, sid, args.history) for _ in range(3))
            nothing = min((run_child(url, tmp / "history.db", args.page_size) for _ in range(3)),
                          key=lambda r: r["seconds"])
            assert nothing["ok"] and nothing["new"] == 0, nothing
        finally:
            stop.set()
            proc.join(timeout=30)
        size_mb = os.path.getsize(tmp / "history.db") / 2**20
        print(f"3. sync with nothing new, {args.history:,} responses in the database ({size_mb:.0f} MB)")
        print(f"   sync            {nothing['seconds']:8.3f} s")
        print(f"   round trips     {trips:8.3f} s")
        print(f"   the rest        {nothing['seconds'] - trips:8.3f} s  (target < 1 s)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child-sync":
        child_sync(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
