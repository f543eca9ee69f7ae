"""Load many synthetic responses into a real LimeSurvey's MariaDB (the development lab).

    STEMSYNC_USER=admin STEMSYNC_PASSWORD_FILE=/path/pw \\
      python bench/lab_load.py --url http://127.0.0.1:8088/index.php?r=admin/remotecontrol \\
        --mysql-db ls642 --n 100000

Deploys and activates a fresh Samen Sterker survey over RemoteControl, then inserts the
rows straight into ``lime_survey_<sid>`` with ``mysql`` (add_response costs ~30 ms a
call; see shared/limesurvey/lab/README.md). ``--sid`` adds rows to an existing survey
instead. Prints the survey id. A development aid for bench_sync.py --url: nothing in
the tests uses it, and it needs the lab (mysql on this machine).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stemsync import codebook, synthetic  # noqa: E402
from stemsync.config import Secret  # noqa: E402
from stemsync.limesurvey import LimeSurvey  # noqa: E402

INSTRUMENT = "samen-sterker"


def credentials() -> tuple[str, Secret]:
    user = os.environ.get("STEMSYNC_USER", "admin")
    if os.environ.get("STEMSYNC_PASSWORD"):
        return user, Secret(os.environ["STEMSYNC_PASSWORD"])
    path = os.environ.get("STEMSYNC_PASSWORD_FILE")
    if path:
        return user, Secret(Path(path).read_text().strip())
    sys.exit("set STEMSYNC_PASSWORD or STEMSYNC_PASSWORD_FILE (never on the command line)")


def sql_literal(value) -> str:
    if value is None:
        return "NULL"
    return "'" + str(value).replace("\\", "\\\\").replace("'", "''") + "'"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--mysql-db", required=True, help="the lab's database, e.g. ls642")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--sid", type=int, help="add to this (active) survey instead of deploying a new one")
    parser.add_argument("--first-id", type=int, help="explicit ids from here (default: the table's auto-increment)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prefix", default="lime_")
    args = parser.parse_args()

    user, password = credentials()
    inst = codebook.get_instrument(INSTRUMENT)
    with LimeSurvey(args.url, user, password, timeout=120) as ls:
        sid = args.sid
        if sid is None:
            lss = (codebook.TEMPLATES_DIR / f"{INSTRUMENT}.lss").read_bytes()
            sid = ls.import_survey(lss, title=f"bench {args.n}")
            ls.activate_survey(sid)
        fieldmap = ls.get_fieldmap(sid)
    by_code = {f"{e['title']}{e.get('aid') or ''}": name for name, e in fieldmap.items()
               if isinstance(e, dict) and e.get("title")}
    answer_cols = list(by_code.items())
    fixed = ["submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]
    columns = (["id"] if args.first_id else []) + fixed + [sgqa for _, sgqa in answer_cols]
    head = f"INSERT INTO {args.prefix}survey_{sid} ({', '.join(f'`{c}`' for c in columns)}) VALUES\n"

    proc = subprocess.Popen(["mysql", args.mysql_db], stdin=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    batch: list[str] = []
    next_id = args.first_id
    rows = synthetic.responses(inst, args.n, start=datetime(2025, 1, 1), seed=args.seed, incomplete_share=0.0)
    proc.stdin.write("SET autocommit=0;\n")
    for i, row in enumerate(rows):
        values = [row["submitdate"], 1, "nl", None, row["startdate"], row["datestamp"]]
        values += [row.get(code) for code, _ in answer_cols]
        if next_id is not None:
            values.insert(0, next_id)
            next_id += 1
        batch.append("(" + ",".join(sql_literal(v) for v in values) + ")")
        if len(batch) == 2000:
            proc.stdin.write(head + ",\n".join(batch) + ";\n")
            batch = []
        if (i + 1) % 100_000 == 0:
            proc.stdin.write("COMMIT;\n")
            print(f"  {i + 1:,} rows", file=sys.stderr)
    if batch:
        proc.stdin.write(head + ",\n".join(batch) + ";\n")
    proc.stdin.write("COMMIT;\n")
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("mysql failed")
    print(sid)


if __name__ == "__main__":
    main()
