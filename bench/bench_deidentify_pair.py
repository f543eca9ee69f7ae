"""Paired throughput of the de-identifier in two checkouts (this one and another).

The CPU a virtual machine gets varies from minute to minute, so two runs one after the
other can differ by a fifth for the same code. This script loads each checkout's
de-identifier in a process of its own, warms both up, and then lets them de-identify the
same comments in turn (A, B, B, A, A, B, ...), one process at a time; it prints the
median and best comments per CPU second of each, and their ratio. No assertions.

    python bench/bench_deidentify_pair.py ../stemsync-old            # this checkout vs another
    python bench/bench_deidentify_pair.py ../old --rounds 12 --n 3000

The other checkout is any folder with this project's ``stemsync/`` and ``bench/`` (for
example a ``git worktree`` of an older commit). The deduce cache folder is
$STEMSYNC_DEDUCE_CACHE or ~/.cache/stemsync/deduce.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

_CHILD = r"""
import sys, time
code, n, seed, cache = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.path[:0] = [code, code + "/bench"]
from bench_deidentify import generate
from stemsync.deidentify import Deidentifier
deid = Deidentifier(cache_dir=cache, use_deduce=True)
texts = generate(n, seed)
deid.deidentify_many(texts[: max(1, n // 6)])
print("ready", flush=True)
for _ in sys.stdin:
    t = time.process_time()
    deid.deidentify_many(texts)
    print(len(texts) / (time.process_time() - t), flush=True)
"""


def _checkout(path: str) -> Path:
    p = Path(path).expanduser().resolve()
    if not (p / "stemsync" / "deidentify").is_dir() or not (p / "bench" / "bench_deidentify.py").is_file():
        raise SystemExit(f"error: {path} is no stemsync checkout (no stemsync/deidentify or bench/); "
                         "give the folder of another checkout, e.g. a git worktree")
    return p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", help="the other checkout's folder")
    ap.add_argument("--rounds", type=int, default=10, help="batches per checkout (default 10)")
    ap.add_argument("--n", type=int, default=3000, help="comments per batch (default 3000)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--cache-dir", default=os.environ.get("STEMSYNC_DEDUCE_CACHE")
                    or str(Path.home() / ".cache" / "stemsync" / "deduce"))
    args = ap.parse_args()
    if args.rounds < 1 or args.n < 1:
        raise SystemExit("error: --rounds and --n must be at least 1")
    dirs = [HERE, _checkout(args.other)]
    procs = [subprocess.Popen([sys.executable, "-c", _CHILD, str(d), str(args.n), str(args.seed), args.cache_dir],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
             for d in dirs]
    try:
        for d, p in zip(dirs, procs):
            if p.stdout.readline().strip() != "ready":
                raise SystemExit(f"error: the de-identifier in {d} did not load (run it alone to see why)")
        rates: tuple[list[float], list[float]] = ([], [])
        for r in range(args.rounds):
            for k in ((0, 1) if r % 2 == 0 else (1, 0)):  # alternate who goes first
                procs[k].stdin.write("go\n")
                procs[k].stdin.flush()
                rates[k].append(float(procs[k].stdout.readline()))
            if sys.stderr.isatty():
                print(f"\rround {r + 1}/{args.rounds}", end="", file=sys.stderr, flush=True)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        for p in procs:
            p.stdin.close()
            p.wait()
    for label, d, r in zip(("this", "other"), dirs, rates):
        print(f"{label:5s} {d}: median {statistics.median(r):,.0f}/s, best {max(r):,.0f}/s "
              f"(comments per CPU second; {', '.join(f'{x:.0f}' for x in r)})")
    print(f"ratio of medians (this / other): {statistics.median(rates[0]) / statistics.median(rates[1]):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
