"""Benchmark of the review step: how well the risk signals pick out leaks, and how fast
the review page lists the queue.

    python bench/bench_review.py [--no-deduce] [--items 1000] [--runs 30]

Prints, on the project's de-identification cases (tests/deid_cases.py, dev and
held-out parts, plus the clean sentences; and i9-deid's held-out set in
tests/deid_heldout/, informal, no capitals, ALL CAPS, typos):

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


def heldout_json() -> tuple[list, list[str]]:
    """i9-deid's held-out set (tests/deid_heldout): planted cases and clean comments."""
    import json
    import re

    from deid_cases import Case, Planted

    folder = ROOT / "tests" / "deid_heldout"
    mark = re.compile(r"\{([a-z_-]+):([^{}]+)\}")
    planted = [Case(mark.sub(lambda m: m.group(2), c["text"]),
                    tuple(Planted(m.group(1), m.group(2)) for m in mark.finditer(c["text"])))
               for c in json.loads((folder / "planted.json").read_text(encoding="utf-8"))]
    clean = [c["text"] for c in json.loads((folder / "clean.json").read_text(encoding="utf-8"))]
    return planted, clean


def rates(deid, label: str) -> None:
    from deid_cases import CASES, CLEAN_SENTENCES, HELDOUT_CASES, leaked

    from stemsync.review.risk import assess

    heldout = {id(c) for c in HELDOUT_CASES}
    json_cases, json_clean = heldout_json()
    json_ids = {id(c) for c in json_cases}
    cases = CASES + json_cases
    results = deid.deidentify_many(c.text for c in cases)
    low = [{f.kind: 1 for f in r.found if getattr(f, "confidence", "high") == "low"} for r in results]
    print(f"\n{label}")
    for part in ("deid_cases dev", "deid_cases held-out", "deid_heldout/ (json)", "all"):
        chosen = [(c, r, lw) for c, r, lw in zip(cases, results, low)
                  if part == "all" or (part == "deid_heldout/ (json)") == (id(c) in json_ids)
                  and (part != "deid_cases dev" or id(c) not in heldout)
                  and (part != "deid_cases held-out" or id(c) in heldout)]
        leaky = [x for x in chosen if any(leaked(p.value, x[1].text) for p in x[0].planted)]
        redacted_clean = [x for x in chosen if not any(leaked(p.value, x[1].text) for p in x[0].planted)]
        flagged = sum(1 for c, r, lw in leaky if assess(c.text, r.text, lw).flagged)
        clean_flagged = sum(1 for c, r, lw in redacted_clean if assess(c.text, r.text, lw).flagged)
        share = f"{flagged / len(leaky):.1%}" if leaky else "n/a"
        print(f"  {part:<20} still holding an identifier: {len(leaky):>3}, flagged {flagged:>3} ({share}); "
              f"without one after the layer: {len(redacted_clean):>3}, flagged {clean_flagged:>3} "
              f"({clean_flagged / max(1, len(redacted_clean)):.1%})")
        if part != "all":
            for c, r, lw in leaky:
                if not assess(c.text, r.text, lw).flagged:
                    print(f"      not flagged: {r.text}")
    for name, sentences in (("deid_cases clean sentences", CLEAN_SENTENCES), ("deid_heldout/ clean", json_clean)):
        clean_results = deid.deidentify_many(sentences)
        clean_flagged = [r.text for s, r in zip(sentences, clean_results) if assess(s, r.text).flagged]
        print(f"  {name} (no personal data planted): {len(sentences)}, flagged {len(clean_flagged)} "
              f"({len(clean_flagged) / len(sentences):.1%})")
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
