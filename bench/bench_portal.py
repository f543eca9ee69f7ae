"""Benchmark the council portal against a running server: prints figures, asserts nothing.

    python bench/bench_portal.py                       # 1,000,000 responses, 200 requests per page
    python bench/bench_portal.py --responses 50000 --requests 50   # a quick run
    python bench/bench_portal.py --keep /tmp/portal-bench          # keep (and reuse) the databases

Builds a private database (tests/rawdata.py, the teams and answers of bench_publish.py),
publishes it with the pattern-layer de-identifier (no deduce: the free texts come from a
few thousand distinct sentences, so de-identifying them stays quick; the number of
comments is realistic, their variety is not), starts ``stemsync.portal.serve`` in a
subprocess (``stemsync serve``) with a login required, logs in through the form, and
times the pages as a logged-in council member sees them: N sequential requests each,
after one warm-up request (its time is printed as "first"). Then 20 council members read
at once (20 x 50 requests over the portal's pages), first alone, then while 8 threads
guess passwords: once at one account (the throttle answers most guesses without a
password check) and once spraying new names from new forwarded addresses (every guess
costs a full pbkdf2 check: the worst case). Goal: p95 <= 100 ms for the readers in all
three cases. The machine is shared: note its load when reading the figures.
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


def login(base: str, name: str, password: str, headers: dict | None = None):
    """A logged-in httpx client, through the login form like a browser."""
    import httpx

    client = httpx.Client(base_url=base, timeout=60, headers=headers or {})
    client.get("/-/login")
    r = client.post("/-/login", data={"username": name, "password": password,
                                      "csrftoken": client.cookies["ds_csrftoken"]})
    if r.status_code != 302:
        raise SystemExit(f"login failed: {r.status_code}")
    return client


def pct(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def readers(clients: list, urls: list[str], per_reader: int) -> tuple[list[float], float]:
    """Logged-in council members (one client each) at once, each ``per_reader`` pages from ``urls`` in turn."""
    import threading

    n_readers = len(clients)
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(n_readers + 1)

    def read(i: int) -> None:
        client, mine = clients[i], []
        start.wait()
        for j in range(per_reader):
            url = urls[(i + j) % len(urls)]
            t0 = time.perf_counter()
            r = client.get(url)
            mine.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (url, r.status_code)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=read, args=(i,)) for i in range(n_readers)]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    return times, elapsed


class Guessers:
    """``n`` threads posting wrong passwords as fast as the portal answers. ``spray``: each
    guess from a new (forwarded) address with a new name, so the throttle never stops
    it and every guess costs a full password check: the worst case for readers."""

    def __init__(self, base: str, n: int, spray: bool):
        import threading

        self.base, self.n, self.spray = base, n, spray
        self.stop = threading.Event()
        self.codes: dict[int, int] = {}
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(n)]

    def run(self, i: int) -> None:
        import httpx

        rng = random.Random(i)
        with httpx.Client(base_url=self.base, timeout=60) as client:
            client.get("/-/login")
            token = client.cookies["ds_csrftoken"]
            while not self.stop.is_set():
                headers, name = {}, "raad"
                if self.spray:
                    headers = {"x-forwarded-for": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"}
                    name = f"gok{rng.randrange(10**9)}"
                r = client.post("/-/login", headers=headers,
                                data={"username": name, "password": f"fout{rng.randrange(10**9)}", "csrftoken": token})
                with self.lock:
                    self.codes[r.status_code] = self.codes.get(r.status_code, 0) + 1

    def __enter__(self) -> "Guessers":
        for t in self.threads:
            t.start()
        time.sleep(1.0)  # let the guessing get going
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--text-rate", type=float, default=0.15, help="share of responses with a comment")
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per page")
    parser.add_argument("--readers", type=int, default=20, help="concurrent readers")
    parser.add_argument("--per-reader", type=int, default=50, help="requests per concurrent reader")
    parser.add_argument("--guessers", type=int, default=8, help="threads guessing passwords meanwhile")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the databases in")
    args = parser.parse_args()

    import logging

    from stemsync.portal import hash_password

    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-portal-"))
    folder.mkdir(parents=True, exist_ok=True)
    public = build(folder, args.responses, args.text_rate)

    port, password = free_port(), "bench-wachtwoord"
    config = folder / "stemsync.toml"
    config.write_text(f'[database]\npublic = "{public}"\n[portal]\nport = {port}\ntrusted_proxies = ["127.0.0.1"]\n'
                      f'[portal.accounts]\nraad = "{hash_password(password)}"\n')
    server = subprocess.Popen([sys.executable, "-m", "stemsync", "--config", str(config), "serve"],
                              env={**os.environ, "DATASETTE_SECRET": secrets.token_hex(16)},
                              stderr=subprocess.DEVNULL)
    try:
        import httpx

        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/robots.txt")
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
            ("explanation page", "/-/stemsync/uitleg"),
            ("csv: comments search", "/-/stemsync/csv/opmerkingen.csv?zoek=wachtlijst&vragenlijst=exit"),
            ("datasette table: comments filtered", f"/public/comments?instrument=exit&period={period}"),
        ]
        client = login(base, "raad", password)
        try:
            print(f"\n{args.requests} sequential requests per page against {base} (logged in), milliseconds:")
            print(f"{'page':42} {'first':>8} {'median':>8} {'p95':>8} {'max':>8} {'KiB':>7}")
            for label, url in pages:
                first, times, size = measure(client, url, args.requests)
                p95 = statistics.quantiles(times, n=20)[18] if len(times) >= 20 else max(times)
                print(f"{label:42} {first:8.1f} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f} "
                      f"{size / 1024:7.1f}")
        finally:
            client.close()

        print(f"\nload average of this (shared) machine: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        mix = [url for _, url in pages if "csv" not in url]
        # everyone logs in first: while guessers hammer 'raad', its lock would keep them out too
        clients = [login(base, "raad", password) for _ in range(args.readers)]
        print(f"\n{args.readers} concurrent readers x {args.per_reader} requests over {len(mix)} pages "
              "(the pages above but the CSV), milliseconds:")
        print(f"{'while':44} {'p50':>7} {'p95':>7} {'max':>7} {'req/s':>7}  guesses answered")
        for label, guessers, spray in (("nobody guesses", 0, False),
                                       (f"{args.guessers} threads guess 'raad' (throttled)", args.guessers, False),
                                       (f"{args.guessers} threads spray new names+addresses", args.guessers, True)):
            if guessers:
                with Guessers(base, guessers, spray) as g:
                    times, elapsed = readers(clients, mix, args.per_reader)
                codes = ", ".join(f"{n}x {code}" for code, n in sorted(g.codes.items()))
            else:
                times, elapsed = readers(clients, mix, args.per_reader)
                codes = "-"
            print(f"{label:44} {pct(times, 0.5):7.1f} {pct(times, 0.95):7.1f} {max(times):7.1f} "
                  f"{len(times) / elapsed:7.1f}  {codes}")
        print("\n(200: a wrong password checked; 429: refused by the throttle without a check; 503: too many "
              "checks waiting)")
        for c in clients:
            c.close()
        print(f"load average of this (shared) machine: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"\ndatabases in {folder}")


if __name__ == "__main__":
    main()
