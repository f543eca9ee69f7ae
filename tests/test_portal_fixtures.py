"""Shared data for the portal tests: a private database with planted personal data,
published to a public one (regex-only de-identifier, no deduce), and Datasette instances.

Imported by tests/test_portal_*.py and tests/test_browser_*.py; it holds no tests itself.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from rawdata import RawDB, random_answers

from stemsync import actions as actionsmod
from stemsync import codebook
from stemsync.config import Config
from stemsync.deidentify import Deidentifier
from stemsync.publish import publish, settings_from_mapping

INSTRUMENTS = codebook.load_all()
STAFF = ["Marieke Jansen"]
TEAMS = {"team-noord": "Noord", "team-oost": "Noord", "team-zuid": "Zuid", "team-west": "Zuid"}
# "automatic": the portal tests need published comments (the review step has its own tests)
SETTINGS = {"k": 5, "units": {"organisation": "Jeugdzorg Test", "teams": TEAMS}, "names": {"staff": STAFF},
            "comments": "automatic"}
PERIODS = {"2025-K1": "2025-02-10 10:00:00", "2025-K2": "2025-05-12 10:00:00", "2025-K3": "2025-08-11 10:00:00"}

# Only in the private database: never on any page or endpoint of the portal.
PLANTED_COMMENT = ("Mijn begeleider Marieke Jansen was top, bel haar op 0612345678 of mail "
                   "marieke.jansen@voorbeeld-zorg.nl")
PLANTED_TEAM = "team Zonnebloem 0687654321"
WITHHELD_COMMENT = "Vuurtorenwachter Xylofoonstraat zegt dat het beter kan"
PLANTED_STRINGS = ["Marieke", "Jansen", "0612345678", "voorbeeld-zorg", "Zonnebloem", "0687654321",
                   "Vuurtorenwachter", "Xylofoonstraat", "raw.db", "limesurvey.test"]
RAW_ONLY_COLUMNS = ["response_id", "submitted_at", "survey_id", "started_at", "synced_at", "deleted_at",
                    "first_synced_at", "created_at", "updated_at", "answer_problems", "deployments"]
# A comment that passes publish (de-identified): its safe words are on the comments page.
PUBLISHED_WORDS = "wachtlijst"
ACCOUNT, PASSWORD = "raad", "geheim-wachtwoord-123"


def build_raw(path: Path) -> RawDB:
    """Four teams in two regions, three quarters, every instrument; planted data; actions."""
    rng = random.Random(5)
    raw = RawDB(path, INSTRUMENTS)
    for inst in INSTRUMENTS.values():
        roles = [o.code for o in inst.role_field.options] if inst.role_field else [None]
        rows = []
        for period, stamp in PERIODS.items():
            for team in TEAMS:
                for i in range(14 if team != "team-west" or period != "2025-K3" else 3):
                    row = {"TEAM": team, "submitted_at": stamp, **random_answers(inst, rng, texts=True)}
                    if roles[0] is not None:
                        row["ROL"] = roles[i % len(roles)]
                    rows.append(row)
        raw.add_many(inst.id, rows)
    texts = {q.code for q in INSTRUMENTS["exit"].questions if q.kind == "text"}
    assert {"TIPS", "TOPS"} <= texts
    raw.add("exit", TEAM="team-noord", ROL="ouder", CIJFER=8, TIPS=PLANTED_COMMENT, submitted_at=PERIODS["2025-K3"])
    raw.add("exit", TEAM="team-oost", ROL="jong", CIJFER=6, submitted_at=PERIODS["2025-K3"],
            TIPS=f"De {PUBLISHED_WORDS} was veel te lang, we wachtten maanden.")
    for _ in range(3):  # a team value with a phone number: counted as team 'onbekend', never shown
        raw.add("exit", TEAM=PLANTED_TEAM, ROL="ouder", CIJFER=7, submitted_at=PERIODS["2025-K3"])
    # one comment in a period where the whole organisation has fewer than k responses: withheld
    raw.add("wat-werkt-eind", TEAM="team-noord", ROL="jong", BETER=WITHHELD_COMMENT, submitted_at="2024-03-03 10:00:00")
    raw.db["actions"].create({"id": int, "instrument": str, "theme": str, "period": str, "said": str, "did": str,
                              "status": str, "date": str, "created_at": str, "updated_at": str}, pk="id")
    actionsmod.add(raw.db, INSTRUMENTS, instrument="exit", theme="bereikbaarheid", period="2025-K2",
                   said="We moesten lang wachten voordat de hulp begon.",
                   did="Er is een extra intaketeam gestart, zodat de wachttijd korter wordt.", status="klaar",
                   when="2025-07-01")
    actionsmod.add(raw.db, INSTRUMENTS, instrument="samen-sterker", theme="contact", period="2025-K3",
                   said="Hulpverleners zijn slecht bereikbaar.", did="Elk team krijgt een vast belmoment per dag.",
                   status="bezig", when="2025-09-15")
    return raw


def deidentifier(cache: Path) -> Deidentifier:
    """The pattern layer plus the organisation's names: no deduce (fast, no model files)."""
    return Deidentifier(cache_dir=cache, extra_names={"staff": STAFF}, use_deduce=False)


def build_public(folder: Path) -> tuple[Path, Path]:
    """(private database, public database) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = build_raw(folder / "raw.db")
    raw.close()
    public = folder / "public.db"
    publish(folder / "raw.db", public, INSTRUMENTS, settings_from_mapping(SETTINGS), deidentifier(folder / "deduce"))
    return folder / "raw.db", public


def copy_public(source: Path, folder: Path, actions: str = "keep") -> Path:
    """A copy of the public database (and its metadata) with the actions table kept,
    dropped ('absent'), emptied ('empty') or replaced by the full shape with status_nl ('full')."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "public.db"
    shutil.copy(source, target)
    meta = source.with_name(source.name + ".metadata.json")
    if meta.exists():
        shutil.copy(meta, target.with_name(target.name + ".metadata.json"))
    db = sqlite_utils.Database(target)
    if actions in ("absent", "full", "empty") and db["actions"].exists():
        db["actions"].drop()
    if actions == "empty":
        db["actions"].create({"id": int, "instrument": str, "theme": str, "period": str, "said": str, "did": str,
                              "status": str, "status_nl": str, "date": str}, pk="id")
    if actions == "full":
        db["actions"].insert_all([
            {"id": 1, "instrument": "exit", "theme": "informatie", "period": "2025-K3",
             "said": "Brieven zijn moeilijk te lezen.", "did": "Alle brieven zijn herschreven in eenvoudige taal.",
             "status": "gepland", "status_nl": "Gepland", "date": "2025-10-01"},
            {"id": 2, "instrument": None, "theme": "gehoord", "period": "2025",
             "said": "Ik voel me niet altijd gehoord.", "did": "Training luisteren voor alle teams.",
             "status": "klaar", "status_nl": "Klaar", "date": "2025-06-30"},
        ], pk="id")
    db.close()
    return target


def config(open_: bool = False, accounts: dict[str, str] | None = None, raw: Path | None = None) -> Config:
    cfg = Config(sections={"portal": {"open": open_, "accounts": accounts or {}}})
    if raw is not None:
        cfg.db = raw
    return cfg


_HASH: dict[str, str] = {}


def account_hash() -> str:
    """One hash per test run (pbkdf2 with 480,000 rounds takes a moment)."""
    from stemsync.portal import hash_password

    if "h" not in _HASH:
        _HASH["h"] = hash_password(PASSWORD)
    return _HASH["h"]


def make_ds(public: Path, open_: bool = False, raw: Path | None = None):
    """A Datasette instance exactly as ``stemsync serve`` builds it."""
    from stemsync.portal import make_datasette

    return make_datasette(public, None, config(open_, {ACCOUNT: account_hash()}, raw))


def login_cookie(ds, user: str = ACCOUNT) -> dict[str, str]:
    """The session cookie of a fresh server-side session for ``user`` (as after a login)."""
    from stemsync_portal import door

    sid = door.state(ds).create(user, 8)
    return {door.COOKIE: ds.sign({"s": sid}, door.COOKIE)}


@pytest.fixture(scope="session")
def portal_dbs(tmp_path_factory) -> tuple[Path, Path]:
    """(private, public) databases built once per test session."""
    return build_public(tmp_path_factory.mktemp("portal"))


@pytest.fixture(scope="session")
def public_db(portal_dbs) -> Path:
    return portal_dbs[1]


@pytest.fixture
def open_ds(portal_dbs):
    raw, public = portal_dbs
    return make_ds(public, open_=True, raw=raw)


@pytest.fixture
def auth_ds(portal_dbs):
    raw, public = portal_dbs
    return make_ds(public, open_=False, raw=raw)


async def raw_request(ds, raw_path: bytes, cookies: str = "", query_string: bytes = b"",
                      headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, dict[str, str], bytes]:
    """Send a request with an exact raw path (no client normalising '..' or '%2F')."""
    app = ds.app()
    sent: list[dict] = []
    headers = [(b"host", b"localhost")] + ([(b"cookie", cookies.encode())] if cookies else []) + (headers or [])
    scope = {"type": "http", "http_version": "1.1", "method": "GET", "scheme": "http", "root_path": "",
             "path": raw_path.decode("latin-1"), "raw_path": raw_path, "query_string": query_string, "headers": headers,
             "client": ("127.0.0.1", 1), "server": ("localhost", 80)}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, body


def query(public: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(public)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
