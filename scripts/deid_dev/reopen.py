"""reopen.py "how text" OLD:NEW ... : git mv tests/deid_heldoutOLD -> tests/deid_tuningNEW, README status, deid_cases lines."""
import datetime, subprocess, sys
from pathlib import Path

from cases_file import add_set, remove_set

T = Path(__file__).resolve().parents[2] / "tests"
how = sys.argv[1]
pairs = [tuple(map(int, a.split(":"))) for a in sys.argv[2:]]
dc = (T / "deid_cases.py").read_text(encoding="utf-8")
for old, new in pairs:
    subprocess.run(["git", "mv", f"tests/deid_heldout{old}", f"tests/deid_tuning{new}"], cwd=str(Path(__file__).resolve().parents[2]), check=True)
    readme = T / f"deid_tuning{new}" / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, sep, _ = text.partition("## Status in the project (added by the engineers)")
    assert sep, readme
    text = head + sep + (f"\n\nWritten as held-out set {old} by a helper session that never saw the de-identifier. "
                         f"It was measured blind {how}; the figures are in docs/publish.md. It was then opened on "
                         f"{datetime.date.today():%-d %B %Y} and used for tuning as tuning set {new}; it is no longer held out.\n")
    readme.write_text(text, encoding="utf-8")
    dc = add_set(remove_set(dc, "held-out", old), "tuning", new,
                 f"  # held-out set {old}, opened after its blind measurement")
(T / "deid_cases.py").write_text(dc, encoding="utf-8")
print("ok")
