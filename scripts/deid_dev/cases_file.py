"""The loading lines of a set in tests/deid_cases.py: one ``load_set`` line and one ``PARTS`` entry per set, each
after the last of its kind (used by reopen.py and add_closed.py)."""
import re

_KINDS = {"tuning": ("TUNING", "deid_tuning"), "held-out": ("HELDOUT", "deid_heldout")}


def _lines(kind: str, n: int, comment: str = "") -> tuple[str, str]:
    var, folder = _KINDS[kind]
    return (f'{var}{n}, {var}{n}_CLEAN = load_set("{folder}{n}"){comment}\n',
            f'    "{kind} {n}": ({var}{n}, {var}{n}_CLEAN),\n')


def add_set(dc: str, kind: str, n: int, comment: str = "") -> str:
    """``dc`` (the text of deid_cases.py) with set ``n`` of ``kind`` ("tuning", "held-out") loaded and in PARTS."""
    var, folder = _KINDS[kind]
    load, part = _lines(kind, n, comment)
    at = list(re.finditer(rf'^{var}\d+, {var}\d+_CLEAN = load_set\("{folder}\d+"\).*\n', dc, re.M))[-1].end()
    dc = dc[:at] + load + dc[at:]
    at = list(re.finditer(rf'^    "{kind} \d+": \({var}\d+, {var}\d+_CLEAN\),\n', dc, re.M))[-1].end()
    return dc[:at] + part + dc[at:]


def remove_set(dc: str, kind: str, n: int) -> str:
    """``dc`` without set ``n``'s loading line and PARTS entry (both must be there)."""
    for line in _lines(kind, n):
        assert line in dc, line
        dc = dc.replace(line, "")
    return dc
