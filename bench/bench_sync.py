"""Benchmark the sync against the LimeSurvey emulator or a real LimeSurvey; prints its figures.

    python bench/bench_sync.py                     # emulator with 6.4.2's measured cost
    python bench/bench_sync.py --n 20000 --history 100000          # quicker
    python bench/bench_sync.py --no-cost            # the emulator answering as fast as it can

    # a real LimeSurvey (the lab: shared/limesurvey/lab/); the surveys are loaded with
    # bench/lab_load.py; the password comes from the environment or a file, never the command line
    STEMSYNC_USER=admin STEMSYNC_PASSWORD_FILE=/path/to/pw python bench/bench_sync.py \\
        --url 'http://127.0.0.1:8088/index.php?r=admin/remotecontrol' --survey 699745 \\
        --history-survey 717585

Figures (issue 10):
1. the bare paged exports of the same N responses in id windows of 1,000, 2,500 and
   5,000 (each run before and after the syncs; the fastest counts), and a naive script
   (one unbounded export, then ``insert_all``);
2. ``stemsync sync`` of those N responses into an empty database (fresh process, twice,
   the faster counts): wall time, ratio to the fastest bare export (target <= 1.3) and to
   the naive script (target <= 1.0), client CPU, peak memory (target < 200 MB);
3. with HISTORY responses: a sync into an empty database, then a sync with nothing new
   (target < 0.5 s), then ``sync --full`` twice (it must finish without a server error;
   the second skips unchanged windows by their digests).

The emulator stands in for a LimeSurvey on another server: it gets a process and (on a
machine with two or more cores) a core of its own. With its cost model on (the
default) each call takes as long as it took LimeSurvey 6.4.2 in FACTS.md's timing
table, superlinear unbounded exports included. Every measured sync runs in a fresh
process of its own. The figures of a shared machine are noisy: run it more than once.
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

from stemsync import codebook, synthetic  # noqa: E402
from stemsync.config import Secret  # noqa: E402
from stemsync.db import now, open_db  # noqa: E402
from stemsync.deploy import server_of  # noqa: E402
from stemsync.limesurvey import LimeSurvey  # noqa: E402

EMULATOR_PASSWORD = "bench-only"
INSTRUMENT = "samen-sterker"
WINDOWS = (1000, 2500, 5000)

CORES = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
SERVER_CORES = set(CORES[:1]) if len(CORES) >= 2 else set(CORES)
CLIENT_CORES = set(CORES[1:]) if len(CORES) >= 2 else set(CORES)


def pin(cores: set[int]) -> None:
    if cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cores)


# -- the server ------------------------------------------------------------------------


def serve(n: int, cost: bool, ready: mp.Queue, stop: mp.Event) -> None:
    """Child process: an emulator holding N synthetic responses of one survey."""
    from stemsync_emulator import LIMESURVEY_642, Emulator

    pin(SERVER_CORES)
    inst = codebook.get_instrument(INSTRUMENT)
    with Emulator(password=EMULATOR_PASSWORD, cost=LIMESURVEY_642 if cost else None) as emu:
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


class Server:
    """Where the benchmark's surveys are: an emulator process, or a real LimeSurvey."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.real = bool(args.url)
        self.procs: list[tuple[mp.Process, mp.Event]] = []
        if self.real:
            self.url, self.user, self.password = args.url, *credentials()
        else:
            self.user, self.password = "admin", Secret(EMULATOR_PASSWORD)

    def survey(self, n: int, real_sid: int | None) -> tuple[str, int]:
        if self.real:
            if real_sid is None:
                sys.exit("with --url, give --survey (and --history-survey) loaded with bench/lab_load.py")
            return self.url, real_sid
        print(f"loading {n:,} responses into the emulator ...", file=sys.stderr)
        ready, stop = mp.Queue(), mp.Event()
        proc = mp.Process(target=serve, args=(n, not self.args.no_cost, ready, stop), daemon=True)
        proc.start()
        self.procs.append((proc, stop))
        return ready.get(timeout=3600)

    def stop(self) -> None:
        for proc, stop in self.procs:
            stop.set()
            proc.join(timeout=30)
        self.procs.clear()

    def session(self, url: str) -> LimeSurvey:
        return LimeSurvey(url, self.user, self.password, timeout=600)


def credentials() -> tuple[str, Secret]:
    user = os.environ.get("STEMSYNC_USER", "admin")
    if os.environ.get("STEMSYNC_PASSWORD"):
        return user, Secret(os.environ["STEMSYNC_PASSWORD"])
    if os.environ.get("STEMSYNC_PASSWORD_FILE"):
        return user, Secret(Path(os.environ["STEMSYNC_PASSWORD_FILE"]).read_text().strip())
    sys.exit("set STEMSYNC_PASSWORD or STEMSYNC_PASSWORD_FILE (never on the command line)")


# -- measurements ------------------------------------------------------------------------


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


def child_sync(url: str, db_path: str, page_size: int, full: bool) -> None:
    """Run in a fresh process: one sync; print wall time, client CPU and peak RSS as JSON."""
    from stemsync.sync import sync

    user, password = (credentials() if os.environ.get("BENCH_REAL") else ("admin", Secret(EMULATOR_PASSWORD)))
    db = open_db(db_path)
    instruments = codebook.load_all()
    cpu0 = time.process_time()
    start = time.perf_counter()
    with LimeSurvey(url, user, password, timeout=600) as ls:
        report = sync(ls, db, instruments, page_size=page_size, full=full)
    seconds = time.perf_counter() - start
    s = report.surveys[0] if report.surveys else None
    print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu0, "ok": report.ok,
                      "new": s.new if s else 0, "updated": s.updated if s else 0, "deleted": s.deleted if s else 0,
                      "errors": report.errors + [x.error for x in report.surveys if x.error],
                      "max_rss_mb": peak_rss_mb()}))


def run_child(server: Server, url: str, db_path: Path, page_size: int, full: bool = False) -> dict:
    env = {**os.environ, "BENCH_REAL": "1" if server.real else ""}
    out = subprocess.run([sys.executable, __file__, "--child-sync", url, str(db_path), str(page_size),
                          "full" if full else "normal"], capture_output=True, text=True, env=env,
                         preexec_fn=lambda: pin(CLIENT_CORES))
    if out.returncode != 0:
        sys.exit(f"the sync child failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bare(server: Server, url: str, sid: int, window: int, n_max: int) -> float:
    """The floor: exports of the whole survey in id windows, decoded and dropped."""
    with server.session(url) as ls:
        start = time.perf_counter()
        for first in range(1, n_max + 1, window):
            ls.export_responses(sid, from_id=first, to_id=first + window - 1)
        return time.perf_counter() - start


def naive(server: Server, url: str, sid: int, db_path: Path) -> float:
    """Export everything in one call, then insert_all: what a first script would do."""
    import sqlite_utils

    start = time.perf_counter()
    with server.session(url) as ls:
        rows = ls.export_responses(sid)
    db = sqlite_utils.Database(db_path)
    db["responses"].insert_all(rows, pk="id", batch_size=1000)
    return time.perf_counter() - start


def round_trips(server: Server, url: str, sid: int, cursor: int) -> float:
    """The LimeSurvey calls of a sync with nothing new: login, fieldmap, one listing, the tail check, logout."""
    start = time.perf_counter()
    with server.session(url) as ls:
        ls.get_fieldmap(sid)
        ls.export_responses(sid, from_id=max(1, cursor - 999), to_id=cursor + 10_000, fields=["id", "submitdate"])
        ls.export_responses(sid, from_id=cursor + 10_001, fields=["id", "submitdate"])
    return time.perf_counter() - start


def count(server: Server, url: str, sid: int) -> int:
    """How many responses the survey has (the emulator's and lab_load.py's ids are 1..N)."""
    with server.session(url) as ls:
        return int(ls.get_summary(sid)["full_responses"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="responses for the full sync (emulator)")
    parser.add_argument("--history", type=int, default=1_000_000, help="responses for the no-op and --full (emulator)")
    parser.add_argument("--page-size", type=int, default=2500)
    parser.add_argument("--no-cost", action="store_true", help="the emulator without its cost model")
    parser.add_argument("--url", help="a real LimeSurvey's RemoteControl URL (user/password from the environment)")
    parser.add_argument("--survey", type=int, help="with --url: the survey of N responses")
    parser.add_argument("--history-survey", type=int, help="with --url: the survey of HISTORY responses")
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()

    server = Server(args)
    where = f"real LimeSurvey at {args.url}" if server.real else (
        "emulator " + ("without cost model" if args.no_cost else "with LimeSurvey 6.4.2's measured cost"))
    print(f"server: {where}")
    print(f"cores: {len(CORES)}; " + ("" if server.real else f"emulator {sorted(SERVER_CORES)}, ")
          + f"client {sorted(CLIENT_CORES)}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        url, sid = server.survey(args.n, args.survey)
        pin(CLIENT_CORES)
        try:
            n = count(server, url, sid)
            times: dict[int, list[float]] = {w: [] for w in WINDOWS}
            for w in WINDOWS:
                times[w].append(bare(server, url, sid, w, n))
            syncs = []
            for attempt in range(2):
                register(tmp / f"sync{attempt}.db", url, sid)
                syncs.append(run_child(server, url, tmp / f"sync{attempt}.db", args.page_size))
                assert syncs[-1]["ok"] and syncs[-1]["new"] == n, syncs[-1]
            for w in WINDOWS:
                times[w].append(bare(server, url, sid, w, n))
            naive_s = None if args.skip_naive else naive(server, url, sid, tmp / "naive.db")
        finally:
            server.stop()
        best = min(syncs, key=lambda r: r["seconds"])
        floor_w = min(WINDOWS, key=lambda w: min(times[w]))
        floor = min(times[floor_w])
        print(f"\n1. bare paged exports of {n:,} {INSTRUMENT} responses (min of 2 runs; both runs)")
        for w in WINDOWS:
            print(f"   windows of {w:>5,}  {min(times[w]):8.2f} s   ({', '.join(f'{t:.2f}' for t in times[w])})")
        if naive_s is not None:
            print(f"   naive: one unbounded export + insert_all  {naive_s:8.2f} s")
        print(f"2. stemsync sync into an empty database (page size {args.page_size}; runs: "
              + ", ".join(f"{r['seconds']:.2f}" for r in syncs) + ")")
        print(f"   sync            {best['seconds']:8.2f} s   client CPU {best['cpu']:.2f} s")
        print(f"   ratio sync / fastest bare export (windows of {floor_w:,}) {best['seconds'] / floor:5.2f}"
              "  (target <= 1.30)")
        if naive_s is not None:
            print(f"   ratio sync / naive   {best['seconds'] / naive_s:5.2f}  (target <= 1.00)")
        print(f"   peak memory of the sync process {best['max_rss_mb']:.0f} MB  (target < 200 MB)")

        if args.history:
            url, sid = server.survey(args.history, args.history_survey)
            try:
                db_path = tmp / "history.db"
                register(db_path, url, sid)
                first = run_child(server, url, db_path, args.page_size)
                noop = [run_child(server, url, db_path, args.page_size) for _ in range(3)]
                trips = min(round_trips(server, url, sid, first["new"]) for _ in range(3))
                full = [run_child(server, url, db_path, args.page_size, full=True) for _ in range(2)]
            finally:
                server.stop()
            size_mb = os.path.getsize(db_path) / 2**20
            print(f"3. {first['new']:,} responses ({size_mb:.0f} MB database)")
            print(f"   sync into an empty database  {first['seconds']:8.2f} s   peak memory {first['max_rss_mb']:.0f} MB"
                  f"   ok={first['ok']}")
            best_noop = min(noop, key=lambda r: r["seconds"])
            print(f"   sync with nothing new        {best_noop['seconds']:8.3f} s   (runs: "
                  + ", ".join(f"{r['seconds']:.3f}" for r in noop) + f"; client CPU {best_noop['cpu']:.3f} s)"
                  + "  (target < 0.5 s)")
            print(f"     of which LimeSurvey's round trips {trips:.3f} s (the same calls alone), the rest "
                  f"{best_noop['seconds'] - trips:.3f} s")
            for label, r in zip(("first sync --full (no digests yet)", "second sync --full (digests)"), full):
                print(f"   {label:<36} {r['seconds']:8.2f} s   ok={r['ok']} errors={r['errors']} "
                      f"new={r['new']} updated={r['updated']} deleted={r['deleted']} peak {r['max_rss_mb']:.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child-sync":
        child_sync(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "full")
    else:
        main()
