"""add_closed.py "status text" N ... : copy $DEID_SETS/N (default /work/sets/N) to tests/deid_heldoutN with a status
section in its README and its loading lines in tests/deid_cases.py."""
import os, shutil, sys
from pathlib import Path

from cases_file import add_set

T = Path(__file__).resolve().parents[2] / "tests"
status = sys.argv[1]
dc = (T / "deid_cases.py").read_text(encoding="utf-8")
for n in map(int, sys.argv[2:]):
    src = Path(os.environ.get("DEID_SETS", "/work/sets")) / str(n); dst = T / f"deid_heldout{n}"
    dst.mkdir(exist_ok=True)
    for f in ("planted.json", "clean.json"):
        shutil.copy(src / f, dst / f)
    readme = (src / "README.md").read_text(encoding="utf-8").rstrip("\n")
    readme += ("\n\n## Status in the project (added by the engineers)\n\n"
               f"Written as held-out set {n} by a helper session that never saw the de-identifier. {status}\n")
    (dst / "README.md").write_text(readme, encoding="utf-8")
    dc = add_set(dc, "held-out", n)
(T / "deid_cases.py").write_text(dc, encoding="utf-8")
print("ok")
