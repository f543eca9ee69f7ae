"""flags.py [-v] SET ...: why the review flags the clean comments of helper-written sets (developers' probe).

Prints how many clean comments are flagged, the signals (all, and those that flag a comment alone), and with -v every
flagged comment with its signals' words. Only for open (tuning) sets: a closed set is read as aggregates only.
"""
import os, sys
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("SNAP_CODE", str(root))); sys.path.insert(0, str(root / "tests"))
from stemsync.deidentify import Deidentifier  # noqa: E402
from stemsync.review.risk import assess  # noqa: E402
import deid_cases as dc  # noqa: E402

verbose = "-v" in sys.argv
names = [a for a in sys.argv[1:] if a != "-v"]
if any("heldout" in n for n in names) and verbose:
    sys.exit("flags.py: -v lists comments; never on a closed (held-out) set")
deid = Deidentifier(cache_dir=Path.home() / ".cache/stemsync/deduce", extra_names=dc.EXTRA_NAMES)
every, alone = Counter(), Counter()
n = flagged = 0
for name in names:
    clean = [c.text for c in dc._parse_json(root / "tests" / name / "clean.json")]
    for text, result in zip(clean, deid.deidentify_many(clean)):
        low = dict(Counter(f.kind for f in result.found if f.confidence == "low"))
        reasons = assess(text, result.text, low).reasons
        n += 1
        if not reasons:
            continue
        flagged += 1
        kinds = sorted({r.signal for r in reasons})
        every.update(kinds)
        if len(kinds) == 1:
            alone[kinds[0]] += 1
        if verbose:
            print([(r.signal, r.words) for r in reasons], "|", result.text[:100])
print(f"{flagged} of {n} clean comments flagged ({flagged / max(n, 1):.1%}); signals: {every.most_common()}; "
      f"alone: {alone.most_common()}")
