"""lost.py OLD.json NEW.json : planted values lost/gained, clean texts with more/fewer redacted words, changed count."""
import sys, json
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
changed = lost = gained = 0
for part in b:
    if part not in a: continue
    for x, y in zip(a[part]["planted"], b[part]["planted"]):
        if x["out"] != y["out"]: changed += 1
        xs = {tuple(m) for m in x["miss"]}; ys = {tuple(m) for m in y["miss"]}
        for m in ys - xs: lost += 1; print("LOST", part, m, "|", y["out"][:250])
        for m in xs - ys: gained += 1; print("GAIN", part, m, "|", y["out"][:160]) if "-g" in sys.argv else None
    for x, y in zip(a[part]["clean"], b[part]["clean"]):
        if x["out"] != y["out"]: changed += 1
        if y["red"] > x["red"]: print("OVER+", part, "|", y["out"][:250])
        elif y["red"] < x["red"] and "-g" in sys.argv: print("OVER-", part, "|", y["out"][:200])
print(f"changed {changed}; lost {lost}; gained {gained}")
