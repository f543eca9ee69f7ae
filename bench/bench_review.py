"""Benchmark of the review step: how well the risk signals pick out leaks, and how fast
the review page lists the queue.

    python bench/bench_review.py [--no-deduce] [--items 1000] [--runs 30]

Prints, for every part of the project's de-identification sets (tests/deid_cases.PARTS:
the tuning parts, tests/deid_tuning*/ and the first held-out set, all tuned on, and
any held-out set tests/deid_heldout*/ that is added later, which is only reported):

- of the comments that still hold a planted identifier after the automatic layer,
  the share that gets a risk signal (target >= 95 %);
- of the comments without an identifier after the layer, the share that gets a
  signal anyway (target <= 25 %), for the clean sentences and for all of them;
- both for the full layer (deduce + patterns) and for the pattern layer alone (which
  leaves many identifiers, so the first figure is measured on many comments);
- the time to assess one comment;
- the review page's time to list --items waiting comments (median and p95 of --runs
  requests through an in-process client; target p95 <= 200 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def rates(deid, label: str, show: bool = False) -> None:
    """Per part of tests/deid_cases.PARTS: of the comments that still hold a planted value
    after the automatic layer, the share flagged; of the clean comments, the share flagged."""
    from collections import Counter

    from deid_cases import PARTS, leaky

    from stemsync.review.risk import assess

    def low(r) -> dict[str, int]:
        return dict(Counter(f.kind for f in r.found if getattr(f, "confidence", "high") == "low"))

    print(f"\n{label}")
    totals = {"tuning": [0, 0, 0, 0], "held-out": [0, 0, 0, 0]}
    for part, (cases, clean) in PARTS.items():
        results = deid.deidentify_many(c.text for c in cases)
        left = [(c, r) for c, r in zip(cases, results) if leaky(c, r)]
        flagged = [(c, r) for c, r in left if assess(c.text, r.text, low(r)).flagged]
        clean_results = deid.deidentify_many(clean)
        clean_flagged = sum(1 for t, r in zip(clean, clean_results) if assess(t, r.text, low(r)).flagged)
        share = f"{len(flagged) / len(left):.1%}" if left else "n/a"
        print(f"  {part:<11} still holding an identifier: {len(left):>3}, flagged {len(flagged):>3} ({share}); "
              f"clean comments: {len(clean):>3}, flagged {clean_flagged:>3} ({clean_flagged / max(1, len(clean)):.1%})")
        group = "held-out" if part.startswith("held-out") and part != "held-out 1" else "tuning"
        for i, v in enumerate((len(left), len(flagged), len(clean), clean_flagged)):
            totals[group][i] += v
        if show and not (part.startswith("held-out") and part != "held-out 1"):
            for c, r in left:
                if not assess(c.text, r.text, low(r)).flagged:
                    print(f"      not flagged: {r.text}")
    for group, (n, f, m, g) in totals.items():
        print(f"  ALL {group:<8} leaking comments flagged {f}/{n} ({f / max(1, n):.1%}); "
              f"clean comments flagged {g}/{m} ({g / max(1, m):.1%})")
    cases = PARTS["tuning"][0]
    results = deid.deidentify_many(c.text for c in cases)
    t0 = time.perf_counter()
    texts = [(c.text, r.text) for c, r in zip(cases, results)] * 5
    for raw, published in texts:
        assess(raw, published)
    print(f"  assessing: {len(texts) / (time.perf_counter() - t0):,.0f} comments/s")


def listing(items: int, runs: int) -> None:
    import sqlite3

    from stemsync.db import open_db
    from stemsync.review import queue

    try:
        from stemsync.review.app import bench_client
    except ImportError:
        bench_client = None
    from deid_cases import CASES

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "private.db"
        open_db(path).conn.close()
        conn = sqlite3.connect(path)
        entries = [queue.Entry("comment", f"{CASES[i % len(CASES)].text} ({i})", f"{CASES[i % len(CASES)].text} ({i})",
                               None, {"instrument": "exit", "question": "TIPS", "period": "2026-K3"})
                   for i in range(items)]
        t0 = time.perf_counter()
        queue.gate(conn, entries)
        print(f"\nqueueing {items} new comments (risk signals included): {time.perf_counter() - t0:.2f} s")
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            queue.waiting(conn)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"reading {items} waiting comments from the queue: median {statistics.median(times):.1f} ms")
        if bench_client is None:
            print("review page: not built yet")
            return
        with bench_client(path) as get:
            t0 = time.perf_counter()
            status, size = get(f"/?per_page={items}")
            print(f"review page listing {items} waiting comments, first time (every text rendered): "
                  f"{(time.perf_counter() - t0) * 1000:.0f} ms")
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                status, size = get(f"/?per_page={items}")
                times.append((time.perf_counter() - t0) * 1000)
                assert status == 200, status
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
            print(f"review page listing {items} waiting comments again ({size / 1024:.0f} KiB): median "
                  f"{statistics.median(times):.0f} ms, p95 {p95:.0f} ms (target p95 <= 200 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-deduce", action="store_true", help="only the pattern layer (quick)")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from deid_cases import EXTRA_NAMES

    from stemsync.deidentify import Deidentifier
    from stemsync.publish.settings import PublishSettings

    cache = PublishSettings().deduce_cache_dir()
    rates(Deidentifier(cache_dir=tempfile.mkdtemp(), extra_names=EXTRA_NAMES, use_deduce=False),
          "pattern layer alone (no deduce)")
    if not args.no_deduce:
        rates(Deidentifier(cache_dir=cache, extra_names=EXTRA_NAMES), "full automatic layer (deduce + patterns)")
    listing(args.items, args.runs)
    print("\n(2-core machine shared with other work: timings are noisy)")


if __name__ == "__main__":
    main()
