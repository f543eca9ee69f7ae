"""Benchmark ``stemsync publish``: prints figures, asserts nothing about time.

    python bench/bench_publish.py                      # 100,000 responses, 30,000 texts, then +1,000
    python bench/bench_publish.py --responses 5000 --texts 1500 --new 100   # a quick run

Builds a private database in a temporary folder (or --keep DIR), loads the real
de-identifier once (deduce; its load time is printed separately), publishes, adds
new responses and publishes again. The second run only de-identifies the new texts
(the cache in the private database holds the rest).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from rawdata import RawDB  # noqa: E402

from stemsync import codebook  # noqa: E402
from stemsync.publish import lazy_deidentifier, publish, settings_from_mapping  # noqa: E402

SHARES = {"exit": 0.3, "wat-werkt-start": 0.25, "wat-werkt-eind": 0.25, "samen-sterker": 0.2}
REGIONS = {"Noord": 7, "Oost": 6, "Zuid": 6, "West": 5, "Midden": 6}  # 30 teams in 5 regions
FIRST = ["Sanne", "Jan", "Youssef", "Priya", "Lotte", "Kevin", "Fatima", "Daan", "Emma", "Noah"]
LAST = ["de Vries", "Bakker", "Jansen", "El Amrani", "van den Berg", "Visser", "Smit", "Mulder"]
OPENERS = ["Ik vond het fijn dat", "Het was lastig dat", "Wat beter kan is dat", "Goed dat", "Jammer dat",
           "Mijn ervaring is dat", "Soms had ik het gevoel dat", "Ik zou willen dat"]
MIDDLES = ["mijn begeleider {name} echt luisterde", "de afspraken niet altijd doorgingen",
           "we lang moesten wachten op een reactie", "er goed werd uitgelegd wat er ging gebeuren",
           "ik {name} niet kon bereiken op {phone}", "de hulpverlener op tijd was",
           "mijn moeder ook mocht meepraten over het plan", "het gesprek op {date} goed ging",
           "de school ({school}) er ook bij betrokken werd", "ik zelf mocht kiezen wat we gingen doen"]
ENDINGS = ["", " Dank jullie wel.", " Dat wil ik graag kwijt.", " Hopelijk doen jullie hier iets mee.",
           " Verder niks.", " Groetjes."]
SHORT = ["Nee", "Geen opmerkingen.", "Alles was goed.", "Niks", "-", "Top!"]
SCHOOLS = ["basisschool De Regenboog", "het Stedelijk Lyceum", "OBS De Klimop"]


def text(rng: random.Random, i: int) -> str:
    if rng.random() < 0.05:
        return rng.choice(SHORT)
    middle = rng.choice(MIDDLES).format(
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", phone=f"06-{rng.randint(10000000, 99999999)}",
        date=f"{rng.randint(1, 28)} {rng.choice(['maart', 'mei', 'juni'])}", school=rng.choice(SCHOOLS))
    second = rng.choice(MIDDLES).format(
        name=rng.choice(FIRST), phone=f"0{rng.randint(100000000, 999999999)}",
        date=f"{rng.randint(1, 28)} {rng.choice(['april', 'juli'])}", school=rng.choice(SCHOOLS))
    return f"{rng.choice(OPENERS)} {middle}, en {second} (week {i % 52 + 1}).{rng.choice(ENDINGS)}"


def responses(instrument: codebook.Instrument, n: int, text_rate: float, teams: list[str], rng: random.Random,
              offset: int):
    roles = [o.code for o in instrument.role_field.options]
    role_weights = [0.6, 0.35, 0.05][:len(roles)]
    team_weights = [1 / (1 + j % 10) for j in range(len(teams))]  # big and small teams, as in real life
    free = [q for q in instrument.questions if q.kind == "text"]
    for i in range(n):
        team = rng.choices(teams, team_weights)[0]
        bias = hash(team) % 3
        row = {"TEAM": team, "ROL": rng.choices(roles, role_weights)[0],
               "submitted_at": f"{rng.choice([2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                               f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:00"}
        for q in instrument.questions:
            if q.kind == "scale":
                row[q.code] = min(q.scale.max, max(q.scale.min, rng.randint(q.scale.min, q.scale.max) + bias - 1))
            elif q.kind == "yesno":
                row[q.code] = rng.choice("YYN")
            elif q.kind == "choice":
                row[q.code] = rng.choice(q.options).code
        # text_rate is per response; spread over the instrument's free-text questions
        if free and rng.random() < text_rate:
            row[rng.choice(free).code] = text(rng, offset + i)
        yield row


def fill(raw: RawDB, instruments, total: int, texts: int, rng: random.Random, offset: int = 0) -> None:
    teams = [f"team-{region.lower()}-{j}" for region, count in REGIONS.items() for j in range(1, count + 1)]
    teams += ["team-nieuw", "jan de vries 0612345678"]
    for instrument_id, share in SHARES.items():
        n = round(total * share)
        raw.add_many(instrument_id, responses(instruments[instrument_id], n, texts / total, teams, rng, offset))
        offset += n


def protection(raw_path: Path, folder: Path, report, instruments, settings, deid) -> None:
    """The figures of issue 8: the audit alone on the published database, secondary
    suppression, utility, and the same publish with the old heuristic for comparison."""
    from stemsync.publish.audit import audit_public

    without_deid = sum(t for stage, t in report.timings.items() if stage != "deidentify")
    t0 = time.perf_counter()
    result = audit_public(folder / "public.db", raw_path)
    audit = time.perf_counter() - t0
    print(f"\naudit of the published database (stemsync audit --raw): {audit:.2f} s, {result.lps:,} LPs, "
          f"{len(result.tables)} instrument × period tables, {result.hidden:,} hidden cells (zero cells "
          f"included), {'PASSED' if result.ok else 'FAILED'}")
    print(f"  publish without de-identification: {without_deid:.2f} s (stages {report.timings}); "
          f"audit / that: {audit / without_deid:.0%} (goal: at most 50 %; and at most 30 s)")
    print(f"  secondary suppression: {report.secondary_lps:,} LPs while choosing; non-zero cells hidden: "
          f"{report.cells_hidden_primary:,} by primary suppression, {report.cells_hidden:,} after secondary")
    print(f"  utility: {report.groups_eligible_shown:,} of {report.groups_eligible:,} groups with n >= k shown "
          f"({report.utility:.1%})")
    t0 = time.perf_counter()
    old = publish(raw_path, folder / "public-heuristic.db", instruments, settings, deid, audit=False, freeze=False)
    wall = time.perf_counter() - t0
    check = audit_public(folder / "public-heuristic.db")
    print(f"  for comparison, the old complementary heuristic without the audit: utility {old.utility:.1%}, "
          f"{old.cells_hidden:,} non-zero cells hidden, {wall:.2f} s; its release has "
          f"{len(check.violations):,} audit violations")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--texts", type=int, default=30_000, help="free-text answers among them (about)")
    parser.add_argument("--new", type=int, default=1_000, help="responses added before the second publish")
    parser.add_argument("--keep", type=Path, help="folder to keep the databases in")
    parser.add_argument("--audit-only", action="store_true",
                        help="stop after the first publish and the audit figures")
    args = parser.parse_args()

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run_bench(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-publish-") as folder:
            run_bench(args, Path(folder))


def run_bench(args: argparse.Namespace, folder: Path) -> None:
    instruments = codebook.load_all()
    rng = random.Random(20251122)
    teams = {f"team-{region.lower()}-{j}": region for region, count in REGIONS.items() for j in range(1, count + 1)}
    settings = settings_from_mapping({"units": {"organisation": "Jeugdzorg Bench", "teams": teams},
                                      "names": {"staff": ["Marieke Jansen", "Henk Vos"]}})

    t0 = time.perf_counter()
    raw = RawDB(folder / "raw.db", instruments)
    fill(raw, instruments, args.responses, args.texts, rng)
    print(f"built raw database: {args.responses:,} responses in {time.perf_counter() - t0:.1f} s ({folder})")

    deid = lazy_deidentifier(settings)
    t0 = time.perf_counter()
    deid.deidentify_many(["Laden."])
    load = time.perf_counter() - t0
    print(f"de-identifier loaded (deduce): {load:.1f} s")

    def run(label: str):
        t0 = time.perf_counter()
        report = publish(raw.path, folder / "public.db", instruments, settings, deid)
        wall = time.perf_counter() - t0
        step = report.timings.get("deidentify", 0.0)
        rate = report.texts_new / step if step and report.texts_new else 0.0
        print(f"\n{label}: {wall:.2f} s wall")
        print(f"  stages (s): {report.timings}")
        print(f"  de-identification: {report.texts_new:,} new texts, {report.texts_cached:,} cached, "
              f"{step:.2f} s, {rate:,.0f} texts/s")
        print("\n".join(report.lines()))
        report_of_last[0] = report
        return wall

    report_of_last = [None]

    first = run(f"publish 1 ({args.responses:,} responses)")
    protection(raw.path, folder, report_of_last[0], instruments, settings, deid)
    if args.audit_only:
        raw.close()
        return
    fill(raw, instruments, args.new, args.texts * args.new / args.responses, rng, offset=args.responses)
    second = run(f"publish 2 (+{args.new:,} responses)")
    print(f"\nsecond / first: {second / first:.1%} (goal: under 10%; deduce load of {load:.1f} s not included, "
          "as in a long-running process)")
    again = []
    for _ in range(3):
        t0 = time.perf_counter()
        publish(raw.path, folder / "public.db", instruments, settings, deid)
        again.append(time.perf_counter() - t0)
    print(f"publish with nothing new, 3 times (the fixed part, and how much it varies here): "
          f"{', '.join(f'{t:.2f}' for t in again)} s; fastest / first: {min(again) / first:.1%}")
    size = (folder / "public.db").stat().st_size / 2**20
    print(f"public database: {size:.1f} MiB")
    raw.close()


if __name__ == "__main__":
    main()
