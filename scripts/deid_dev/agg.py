"""Measure set folders: python3 agg.py [-v] [--tests DIR] deid_heldout634 ...  (aggregates; -v lists misses, the
comments that keep an identifier and the review does not flag, and the clean comments redacted)."""
import sys, os, json
from collections import Counter, defaultdict
from pathlib import Path
args = sys.argv[1:]
verbose = "-v" in args
args = [a for a in args if a != "-v"]
tests = Path(os.environ.get("SNAP_TESTS", str(Path(__file__).resolve().parents[2] / "tests")))
code = os.environ.get("SNAP_CODE", str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, code); sys.path.insert(0, str(tests))
from stemsync.deidentify import Deidentifier
from stemsync.review.risk import assess
import deid_cases as dc
deid = Deidentifier(cache_dir=Path.home() / ".cache/stemsync/deduce", extra_names=dc.EXTRA_NAMES)
KEYS = ["naam", "leeftijd", "plaats", "adres", "datum", "school"]
tot = defaultdict(lambda: [0, 0]); over = [0, 0]; struct = [0, 0]; rev = [0, 0]; clean_fl = [0, 0]
for name in args:
    folder = tests / name
    cases = dc._parse_json(folder / "planted.json"); clean = [c.text for c in dc._parse_json(folder / "clean.json")]
    found_all = deid.deidentify_many([c.text for c in cases])
    st = dc.grouped(dc.recall(found_all, cases))
    for k, (c, n) in st.items():
        tot[k][0] += c; tot[k][1] += n
    s_miss = sum(n - c for k, (c, n) in st.items() if k in dc.STRUCTURED or k == "account")
    s_n = sum(n for k, (c, n) in st.items() if k in dc.STRUCTURED or k == "account")
    struct[0] += s_miss; struct[1] += s_n
    low = lambda r: dict(Counter(f.kind for f in r.found if getattr(f, "confidence", "high") == "low"))
    lk = [(c, r) for c, r in zip(cases, found_all) if dc.leaky(c, r)]
    fl = sum(assess(c.text, r.text, low(r)).flagged for c, r in lk)
    rev[0] += fl; rev[1] += len(lk)
    cres = deid.deidentify_many(clean)
    h, w = dc.over_redaction(cres, clean); over[0] += h; over[1] += w
    cf = sum(assess(t, r.text, low(r)).flagged for t, r in zip(clean, cres)); clean_fl[0] += cf; clean_fl[1] += len(clean)
    c = sum(v[0] for v in st.values()); n = sum(v[1] for v in st.values())
    parts = " ".join(f"{k} {1-st[k][0]/st[k][1]:.1%}" for k in KEYS if k in st and st[k][1])
    print(f"{name}: {c/n:.1%} ({n-c}/{n} missed); {parts}; struct {s_miss}/{s_n}; over {h/w:.2%}; review {fl}/{len(lk)}; clean fl {cf}/{len(clean)}")
    if verbose:
        for case, res in zip(cases, found_all):
            for p in case.planted:
                if dc.survives(p, case, res):
                    print(f"   MISS {p.category}: {p.value!r} | {res.text[:300]}")
        for c_, r_ in lk:
            if not assess(c_.text, r_.text, low(r_)).flagged:
                print(f"   UNFLAGGED: {r_.text[:300]}")
        for t, r in zip(clean, cres):
            if r.found:
                print(f"   OVER: {[ (f.kind, t[f.start:f.end]) for f in r.found]} | {t[:200]}")
c = sum(v[0] for v in tot.values()); n = sum(v[1] for v in tot.values())
print(f"ALL: {c/n:.1%} ({n-c}/{n} missed); " + " ".join(f"{k} {1-tot[k][0]/tot[k][1]:.1%}" for k in KEYS if tot[k][1])
      + f"; struct {struct[0]}/{struct[1]}; over {over[0]/over[1]:.2%}; review {rev[0]}/{rev[1]} ({rev[0]/max(rev[1],1):.1%}); clean fl {clean_fl[0]/clean_fl[1]:.1%}")
