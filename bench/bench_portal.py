"""Benchmark the council portal against a running server: prints figures, asserts nothing.

    python bench/bench_portal.py                       # 1,000,000 responses, 200 requests per page
    python bench/bench_portal.py --responses 50000 --requests 50   # a quick run
    python bench/bench_portal.py --keep /tmp/portal-bench          # keep (and reuse) the databases

Builds a private database (tests/rawdata.py, the teams and answers of bench_publish.py),
publishes it with the pattern-layer de-identifier (no deduce: the free texts come from a
few thousand distinct sentences, so de-identifying them stays quick; the number of
comments is realistic, their variety is not), starts ``stemsync.portal.serve`` in a
subprocess with a login required, and times the pages as a logged-in council member
sees them: N sequential requests each, after one warm-up request (its time is printed
as "first"). Goal: median under 150 ms and p95 under 400 ms for the home page and a
filtered comments page.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from rawdata import RawDB  # noqa: E402

from stemsync import codebook  # noqa: E402
from stemsync.deidentify import Deidentifier  # noqa: E402
from stemsync.publish import publish, settings_from_mapping  # noqa: E402

SHARES = {"exit": 0.3, "wat-werkt-start": 0.25, "wat-werkt-eind": 0.25, "samen-sterker": 0.2}
REGIONS = {"Noord": 7, "Oost": 6, "Zuid": 6, "West": 5}
OPENERS = ["Ik vond het fijn dat", "Het was lastig dat", "Wat beter kan is dat", "Goed dat", "Jammer dat",
           "Mijn ervaring is dat", "Soms had ik het gevoel dat", "Ik zou willen dat", "Fijn dat", "Vervelend dat"]
MIDDLES = ["mijn begeleider echt luisterde", "de afspraken niet altijd doorgingen",
           "we lang moesten wachten op een reactie", "er goed werd uitgelegd wat er ging gebeuren", "ik de hulpverlener niet kon bereiken",
           "de hulpverlener op tijd was", "mijn moeder ook mocht meepraten over het plan", "het gesprek goed ging",
           "de school er ook bij betrokken werd", "ik zelf mocht kiezen wat we gingen doen",
           "de wachtlijst zo lang was", "de brieven moeilijk te lezen waren", "er naar de kinderen werd geluisterd",
           "we steeds een andere hulpverlener kregen", "het plan duidelijk was"]
ENDINGS = ["", " Dank jullie wel.", " Dat wil ik graag kwijt.", " Hopelijk doen jullie hier iets mee.", " Groetjes.",
           " Verder niks.", " Ga zo door!", " Dat moet echt beter."]


def sentences(rng: random.Random) -> list[str]:
    """A few thousand distinct comments."""
    out = {f"{o} {m}, en {n}.{e}" for o in OPENERS for m in MIDDLES for n in MIDDLES[:6] for e in ENDINGS if m != n}
    return sorted(out)


def rows_for(instrument, n: int, texts: list[str], teams: list[str], quarters: list[str], text_rate: float,
             rng: random.Random):
    """``n`` plausible responses to one instrument (a team bias, roles in turn, sparse comments)."""
    roles = [o.code for o in instrument.role_field.options]
    scale = [q for q in instrument.questions if q.kind == "scale"]
    yesno = [q for q in instrument.questions if q.kind == "yesno"]
    free = [q for q in instrument.questions if q.kind == "text"]
    for i in range(n):
        team = teams[i % len(teams)] if rng.random() < 0.97 else "team-nieuw"
        bias = hash(team) % 3 - 1
        row = {"TEAM": team, "ROL": roles[i % len(roles)], "submitted_at": rng.choice(quarters)}
        for q in scale:
            row[q.code] = min(q.scale.max, max(q.scale.min, rng.randint(q.scale.min, q.scale.max) + bias))
        for q in yesno:
            row[q.code] = rng.choice("YYN")
        if free and rng.random() < text_rate:
            row[rng.choice(free).code] = rng.choice(texts)
        yield row


def fill(raw: RawDB, instruments, total: int, text_rate: float, rng: random.Random) -> None:
    teams = [f"team-{region.lower()}-{j}" for region, count in REGIONS.items() for j in range(1, count + 1)]
    texts = sentences(rng)
    quarters = [f"{y}-{m:02d}-15 10:00:00" for y in (2024, 2025) for m in (2, 5, 8, 11)]
    for inst_id, share in SHARES.items():
        raw.add_many(inst_id, rows_for(instruments[inst_id], round(total * share), texts, teams, quarters, text_rate,
                                       rng))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(folder: Path, responses: int, text_rate: float) -> Path:
    public = folder / "public.db"
    if public.exists():
        print(f"reusing {public}")
        return public
    instruments = codebook.load_all()
    rng = random.Random(20261122)
    t0 = time.perf_counter()
    raw = RawDB(folder / "raw.db", instruments)
    fill(raw, instruments, responses, text_rate, rng)
    raw.close()
    print(f"built private database: {responses:,} responses in {time.perf_counter() - t0:.1f} s")
    teams = {f"team-{region.lower()}-{j}": region for region, count in REGIONS.items() for j in range(1, count + 1)}
    # "automatic": the portal bench needs published comments (the review step has bench_review.py)
    settings = settings_from_mapping({"units": {"organisation": "Jeugdzorg Bench", "teams": teams}, "comments": "automatic"})
    deid = Deidentifier(cache_dir=folder / "deduce", use_deduce=False)
    t0 = time.perf_counter()
    report = publish(folder / "raw.db", public, instruments, settings, deid)
    print(f"published in {time.perf_counter() - t0:.1f} s: {report.timings}")
    print("\n".join(report.lines()))
    print(f"public database: {public.stat().st_size / 2**20:.1f} MiB")
    return public


def latest_period(public: Path) -> str:
    import sqlite3
    conn = sqlite3.connect(public)
    try:
        return conn.execute("select max(period) from responses where period != 'onbekend'").fetchone()[0]
    finally:
        conn.close()


def measure(client, url: str, n: int) -> tuple[float, list[float], int]:
    t0 = time.perf_counter()
    r = client.get(url)
    first = (time.perf_counter() - t0) * 1000
    assert r.status_code == 200, (url, r.status_code)
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200
    return first, times, len(r.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--text-rate", type=float, default=0.15, help="share of responses with a comment")
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the databases in")
    args = parser.parse_args()

    import httpx
    from itsdangerous import URLSafeSerializer

    from stemsync.portal import hash_password

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-portal-"))
    folder.mkdir(parents=True, exist_ok=True)
    public = build(folder, args.responses, args.text_rate)

    port, secret = free_port(), secrets.token_hex(16)
    (folder / "stemsync.toml").write_text(f'[portal]\nport = {port}\n[portal.accounts]\n'
                                          f'raad = "{hash_password("bench-wachtwoord")}"\n')
    code = ("import sys; from pathlib import Path; from stemsync.config import load_config; "
            "from stemsync.portal import serve; "
            f"serve(Path({str(public)!r}), None, None, None, load_config(Path({str(folder / 'stemsync.toml')!r})))")
    server = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "DATASETTE_SECRET": secret})
    try:
        base = f"http://127.0.0.1:{port}"
        cookie = URLSafeSerializer(secret, "actor").dumps({"a": {"id": "raad"}})
        with httpx.Client(base_url=base, cookies={"ds_actor": cookie}, timeout=60) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    client.get("/robots.txt")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the portal did not start")
                    time.sleep(0.2)
            period = latest_period(public)
            pages = [
                ("home page", "/"),
                ("comments: instrument + period + search",
                 f"/-/stemsync/opmerkingen?vragenlijst=exit&periode={period}&zoek=wachtlijst"),
                ("comments: region + period", f"/-/stemsync/opmerkingen?eenheid=regio:Noord&periode={period}"),
                ("comments: search only", "/-/stemsync/opmerkingen?zoek=brieven"),
                ("comments: unfiltered, page 5", "/-/stemsync/opmerkingen?pagina=5"),
                ("questionnaire page (exit)", "/-/stemsync/vragenlijst/exit"),
                ("actions page", "/-/stemsync/acties"),
                ("csv: comments search", "/-/stemsync/csv/opmerkingen.csv?zoek=wachtlijst&vragenlijst=exit"),
                ("datasette table: comments filtered", f"/public/comments?instrument=exit&period={period}"),
            ]
            print(f"\n{args.requests} sequential requests per page against {base} (logged in), milliseconds:")
            print(f"{'page':42} {'first':>8} {'median':>8} {'p95':>8} {'max':>8} {'KiB':>7}")
            for label, url in pages:
                first, times, size = measure(client, url, args.requests)
                p95 = statistics.quantiles(times, n=20)[18] if len(times) >= 20 else max(times)
                print(f"{label:42} {first:8.1f} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f} "
                      f"{size / 1024:7.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"\ndatabases in {folder}")


if __name__ == "__main__":
    main()
