"""steps.py "text" ...: which step of the de-identifier drops, adds or changes spans of each text (developers' probe).

Every function of ``stemsync.deidentify`` that takes and returns a list of spans is wrapped; a line is printed where
its output differs from its input, with the spans' kinds and words. ``SNAP_CODE=<checkout>`` probes another checkout.
"""
import functools, os, sys
from pathlib import Path

sys.path.insert(0, os.environ.get("SNAP_CODE", str(Path(__file__).resolve().parents[2])))
import stemsync.deidentify as D  # noqa: E402

deid = D.Deidentifier(cache_dir=Path.home() / ".cache/stemsync/deduce")
deid.deidentify("warm")
current = [""]


def wrap(name, f):
    @functools.wraps(f)
    def g(*a, **k):
        out = f(*a, **k)
        ins = [x for x in a if isinstance(x, list)]
        if ins and isinstance(out, list):
            before, after = set(map(tuple, ins[0])), set(map(tuple, out))
            if before != after:
                text = current[0]
                print(f"  {name}: -{[(s[2], text[s[0]:s[1]]) for s in before - after]} "
                      f"+{[(s[2], text[s[0]:s[1]]) for s in after - before]}")
        return out
    return g


# (functions that return new spans only, not their input filtered: their output is no change of their input)
_NEW_SPANS_ONLY = ("keyed_told_spans", "pieces_across_sentences", "dictated_spans", "reversed_codes", "split_word_spans",
                   "corrected_names")
for name in dir(D):
    obj = getattr(D, name)
    if callable(obj) and not isinstance(obj, type) and name not in (
            "restore_digits", "recase", "is_shouting", "is_english", *_NEW_SPANS_ONLY):
        setattr(D, name, wrap(name, obj))
for text in sys.argv[1:]:
    current[0] = text
    print(text)
    print("->", deid.deidentify(text).text)
