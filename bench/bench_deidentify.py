"""Throughput and recall benchmark for stemsync.deidentify.

Generates N synthetic Dutch feedback comments (1-3 sentences, about a third with
planted personal data), de-identifies them with one long-lived Deidentifier and
prints load time, wall time, texts/s and peak RSS; then the recall per kind on every
part of tests/deid_cases.PARTS (the tuning parts: tests/deid_cases.py,
tests/deid_tuning*/ and the first held-out set, all tuned on; and any
held-out set tests/deid_heldout*/ added later, never tuned on), and the over-redaction on each part's clean
comments. A planted value counts as caught when every identifying part of it, at its
place in the text, lies inside a finding (deid_cases.survives). No assertions.

    python bench/bench_deidentify.py --n 30000
    python bench/bench_deidentify.py --n 2000 --no-deduce   # regex layer only
    python bench/bench_deidentify.py --n 2000 --no-recall   # throughput only

The deduce cache folder is $STEMSYNC_DEDUCE_CACHE or ~/.cache/stemsync/deduce (built
on first use, ~2 minutes).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from deid_cases import CLEAN_SENTENCES  # noqa: E402
from stemsync.deidentify import Deidentifier  # noqa: E402

CLEAN = CLEAN_SENTENCES  # ordinary feedback, shared with the tests
FIRST = ["Sanne", "Daan", "Lisa", "Youssef", "Priya", "Thijs", "Noor", "Emma", "Bram",
         "Fatima", "Jesse", "Anouk", "Mohamed", "Lotte", "Ruben", "Femke", "Kevin", "Ilse"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Yilmaz",
        "van den Berg", "Hoekstra", "Dekker", "Kok"]
ROLES = ["voogd", "mentor", "juf", "begeleider", "moeder", "oma", "jeugdbeschermer"]
STREETS = ["Kerkstraat", "Stationsweg", "Dorpsstraat", "Molenweg", "Beukenlaan", "Julianastraat"]
TOWNS = ["Ede", "Zwolle", "Apeldoorn", "Tilburg", "Amersfoort", "Deventer", "Utrecht"]
SCHOOLS = ["basisschool De Regenboog", "OBS De Vlinder", "het Da Vinci College",
           "ROC Midden Nederland", "CBS 't Kompas"]
INST = ["Accare", "Pluryn", "Jeugdbescherming Gelderland", "Veilig Thuis", "Levvel"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def _phone(r: random.Random) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice([f"06 {d[:4]} {d[4:]}", f"06-{d}", f"06{d}", f"+31 6 {d[:4]} {d[4:]}",
                     f"020-{d[:7]}"])


def _sentence_with_pii(r: random.Random) -> str:
    name = r.choice(FIRST)
    full = f"{name} {r.choice(LAST)}"
    templates = [
        lambda: f"Mijn {r.choice(ROLES)} {name.lower()} belde nooit terug, bel me op {_phone(r)}.",
        lambda: f"We wonen op de {r.choice(STREETS)} {r.randint(1, 200)} in {r.choice(TOWNS)}.",
        lambda: f"{full} heeft mij heel goed geholpen.",
        lambda: f"Mail me op {name.lower()}.{r.randint(1, 99)}@gmail.com als er nieuws is.",
        lambda: f"Op {r.randint(1, 28)} {r.choice(MONTHS)} had ik een gesprek met {name}.",
        lambda: f"Ik zit op {r.choice(SCHOOLS)} en het gaat goed.",
        lambda: f"Bij {r.choice(INST)} moest ik lang wachten.",
        lambda: f"Mijn postcode is {r.randint(1000, 9999)} AB en mijn nummer {_phone(r)}.",
        lambda: f"Ik ben {r.randint(8, 18)} jaar en ik woon in {r.choice(TOWNS)}.",
        lambda: f"Mijn dossiernummer is {r.randint(10**6, 10**8)}.",
    ]
    return r.choice(templates)()


def generate(n: int, seed: int = 1) -> list[str]:
    r = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            parts.append(_sentence_with_pii(r) if r.random() < 0.35 else r.choice(CLEAN))
        out.append(" ".join(parts))
    return out


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=30_000, help="number of comments (default 30000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache-dir", default=os.environ.get("STEMSYNC_DEDUCE_CACHE")
                    or str(Path.home() / ".cache" / "stemsync" / "deduce"))
    ap.add_argument("--no-deduce", action="store_true", help="regex layer only")
    ap.add_argument("--no-recall", action="store_true", help="throughput only")
    args = ap.parse_args()

    texts = generate(args.n, args.seed)
    avg_len = sum(map(len, texts)) / len(texts)

    t0 = time.perf_counter()
    deid = Deidentifier(cache_dir=args.cache_dir, use_deduce=not args.no_deduce,
                        extra_names={"staff": ["Marieke Jansen", "Kees"], "teams": ["Team Noord"]})
    load_s = time.perf_counter() - t0

    t1, c1 = time.perf_counter(), time.process_time()
    results = deid.deidentify_many(texts)
    wall, cpu = time.perf_counter() - t1, time.process_time() - c1

    kinds: Counter[str] = Counter()
    for res in results:
        kinds.update(res.counts)
    print(f"texts:            {len(texts)} (avg {avg_len:.0f} chars)")
    print(f"layers:           {'regex only' if args.no_deduce else 'deduce + regex'}")
    print(f"load:             {load_s:.1f} s")
    print(f"de-identify wall: {wall:.1f} s")
    print(f"throughput:       {len(texts) / wall:,.0f} texts/s (wall clock)")
    # CPU time of this process: what one core would give when it is not shared
    print(f"per CPU second:   {len(texts) / cpu:,.0f} texts/s (one core, CPU time)")
    print(f"peak RSS:         {peak_rss_mib():,.0f} MiB")
    print(f"redacted spans:   {sum(kinds.values())} "
          + ", ".join(f"{k}={v}" for k, v in kinds.most_common()))
    if not args.no_recall:
        import deid_cases  # noqa: PLC0415

        recall_deid = Deidentifier(cache_dir=args.cache_dir, use_deduce=not args.no_deduce,
                                   extra_names=deid_cases.EXTRA_NAMES)
        print("\nrecall per kind (planted values that do not survive):")
        print(deid_cases.report(recall_deid))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
