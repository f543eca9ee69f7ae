"""floors.py: which helper tuning parts fail the floors of test_helper_written_sets_recall_and_over_redaction."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2])); sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
import deid_cases as dc
import test_deidentify as td
from stemsync.deidentify import Deidentifier
deid = Deidentifier(cache_dir=Path.home() / ".cache/stemsync/deduce", extra_names=dc.EXTRA_NAMES)
parts = sys.argv[1:] or dc.HELPER_TUNING_PARTS
for part in parts:
    cases, clean = dc.PARTS[part]
    stats = dc.grouped(dc.recall(deid.deidentify_many(c.text for c in cases), cases))
    for kind, (caught, total) in stats.items():
        group = "structured" if kind in dc.STRUCTURED or kind == "account" else ("naam" if kind == "naam" else "other")
        floor = td.PART_FLOOR.get((part, group), td.TUNING_SET_FLOOR[group])
        if caught / total < floor:
            print("FAIL", part, kind, caught, total, round(caught / total, 3), floor)
    hit, words = dc.over_redaction(deid.deidentify_many(clean), clean)
    lim = td.OVER_REDACTION_LIMIT.get(part, 0.01)
    if hit / words > lim:
        print("FAIL over", part, hit, words, round(hit / words, 4), lim)
