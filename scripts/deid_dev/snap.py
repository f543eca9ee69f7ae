"""snap.py OUT.json : de-identify every open text (TUNING_PARTS planted + clean); store outputs and survivals."""
import sys, os, json
from pathlib import Path
tests = Path(os.environ.get("SNAP_TESTS", str(Path(__file__).resolve().parents[2] / "tests"))); code = os.environ.get("SNAP_CODE", str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, code); sys.path.insert(0, str(tests))
from stemsync.deidentify import Deidentifier
import deid_cases as dc
deid = Deidentifier(cache_dir=Path.home() / ".cache/stemsync/deduce", extra_names=dc.EXTRA_NAMES)
out = {}
for name in dc.TUNING_PARTS:
    cases, clean = dc.PARTS[name]
    res = deid.deidentify_many([c.text for c in cases])
    cres = deid.deidentify_many(clean)
    out[name] = {
        "planted": [{"in": c.text, "out": r.text, "miss": [[p.category, p.value] for p in c.planted if dc.survives(p, c, r)]}
                    for c, r in zip(cases, res)],
        "clean": [{"in": t, "out": r.text, "red": sum(any(f.start < m.end() and m.start() < f.end for f in r.found)
                                                      for m in dc._WORD_RE.finditer(t))} for t, r in zip(clean, cres)],
    }
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
print("texts", sum(len(v["planted"]) + len(v["clean"]) for v in out.values()))
