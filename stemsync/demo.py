"""``stemsync demo``: the whole pipeline on this machine, against the LimeSurvey emulator.

It starts the emulator, deploys and activates all instruments through the same
RemoteControl calls a real LimeSurvey gets, fills in a synthetic year of responses for
several teams (through ``add_response``, with SGQA keys as LimeSurvey requires), syncs
them into a private database and lists the surveys. Nothing leaves the machine.

The synthetic year is the year up to today, and the demo publishes with the real rules:
the quarters that closed at least ``grace_days`` ago are released (and frozen in the
private database's ledger); the running quarter, and one that closed less than two
weeks ago, are not shown yet, and the demo and the portal say so.
"""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from stemsync import actions, codebook, deploy as deploymod, synthetic
from stemsync.config import Config, Secret
from stemsync.db import open_db
from stemsync_emulator import Emulator
from stemsync.limesurvey import LimeSurvey
from stemsync.sync import sync

# A synthetic year: roughly what one mid-sized organisation collects.
YEAR = {"exit": 260, "wat-werkt-start": 700, "wat-werkt-eind": 700, "samen-sterker": 340}

# How the demo organisation is organised (team -> region), and its own names.
PUBLISH = {
    "units": {
        "organisation": "Jeugdzorg Voorbeeld",
        "teams": {"team-noord": "Noord", "team-oost": "Noord", "team-centrum": "Noord",
                  "team-zuid": "Zuid", "team-west": "Zuid", "team-jeugd": "Zuid"},
    },
    "names": {"staff": ["Marieke Jansen", "Henk Vos"], "locations": ["Het Anker"]},
}

# The demo approves its own synthetic comments under this name, so the portal shows them.
DEMO_REVIEWER = "demo"


def _quarter(day: date, back: int) -> tuple[str, date]:
    """The quarter ``back`` quarters before the one of ``day``, and its middle day."""
    index = day.year * 4 + (day.month - 1) // 3 - back
    year, quarter = divmod(index, 4)
    return f"{year}-K{quarter + 1}", date(year, quarter * 3 + 2, 15)


def example_actions(today: date) -> list[dict]:
    """Two actions about the last two closed quarters."""
    (p2, d2), (p1, d1) = _quarter(today, 2), _quarter(today, 1)
    return [{**EXAMPLE_ACTIONS[0], "period": p2, "when": d2.isoformat()},
            {**EXAMPLE_ACTIONS[1], "period": p1, "when": d1.isoformat()}]


EXAMPLE_ACTIONS = (
    {"instrument": "samen-sterker", "theme": "luisteren", "period": "2026-K2", "status": "klaar",
     "when": "2026-06-15",
     "said": "Ouders en jongeren zeiden dat er soms over hen werd gepraat in plaats van met hen.",
     "did": "Elk gesprek begint nu met de vraag: wat is voor jou vandaag belangrijk? "
            "Hulpverleners oefenden dit samen met ervaringsdeskundigen."},
    {"instrument": "exit", "theme": "informatie", "period": "2026-K3", "status": "bezig",
     "when": "2026-09-01",
     "said": "Veel cliënten vinden de brieven moeilijk te lezen.",
     "did": "Samen met de cliëntenraad herschrijven we de vijf meest verstuurde brieven in eenvoudige taal."},
)


@dataclass
class DemoResult:
    url: str
    workdir: Path
    private_db: Path
    public_db: Path
    surveys: list[dict]
    publish_lines: list[str]


def run_demo(workdir: Path, *, scale: float = 1.0, port: int = 0, echo: Callable[[str], None] = print) -> DemoResult:
    """Run the pipeline up to a published public database; the emulator stops at the end."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    password = secrets.token_urlsafe(12)  # demo only; never printed
    private_db = workdir / "private.db"
    instruments = codebook.load_all()
    today = datetime.now(timezone.utc).date()
    start = datetime.combine(today - timedelta(days=365), datetime.min.time())
    with Emulator(port=port, username="admin", password=password) as emu:
        config = Config(url=emu.url, user="admin", password=Secret(password), db=private_db)
        echo(f"LimeSurvey emulator: {emu.url}")
        db = open_db(private_db)
        with LimeSurvey.from_config(config) as ls:
            for inst in instruments.values():
                dep = deploymod.deploy(ls, db, inst, activate=True, team="team-noord")
                echo(f"deployed {inst.id} v{inst.version} as survey {dep.survey_id}")
                fieldmap = ls.get_fieldmap(dep.survey_id)
                count = max(1, round(YEAR.get(inst.id, 200) * scale))
                for row in synthetic.responses(inst, count, start=start):
                    ls.add_response(dep.survey_id, synthetic.to_sgqa(row, fieldmap))
                echo(f"  filled in {count} synthetic responses")
            report = sync(ls, db, instruments)
            for s in report.surveys:
                echo(f"synced {s.instrument} ({s.survey_id}): {s.new} new responses")
            states = deploymod.survey_states(ls, db)
        for action in example_actions(today):
            actions.add(db, instruments, **action)
        echo(f"recorded {len(EXAMPLE_ACTIONS)} example actions ('Jij zei, wij deden')")
        public_db = workdir / "public.db"
        echo(f"publishing the synthetic year {start.date()} - {today} with the real rules: quarters that closed "
             "at least 14 days ago are released and frozen; the rest waits (de-identifying the comments takes a "
             "little while) ...")
        published = publish_demo(private_db, public_db, instruments, echo)
    return DemoResult(emu.url, workdir, private_db, public_db, states, published)


def publish_demo(private_db: Path, public_db: Path, instruments: dict,
                 echo: Callable[[str], None] = print) -> list[str]:
    """Publish; approve the demo's own synthetic comments (a person would, with `stemsync review`); publish again."""
    from stemsync.publish import lazy_deidentifier, publish, settings_from_mapping
    from stemsync.review import queue

    settings = settings_from_mapping(PUBLISH)
    deidentifier = lazy_deidentifier(settings)
    first = publish(private_db, public_db, instruments, settings, deidentifier)
    db = open_db(private_db)
    try:
        approved = queue.approve_waiting(db.conn, DEMO_REVIEWER)
    finally:
        db.conn.close()
    echo(f"approved {approved} synthetic comment(s) and action text(s) as reviewer '{DEMO_REVIEWER}': a real "
         "publication shows only what a person approved (stemsync review)")
    # The first publish released the closed quarters before anyone reviewed their comments, and a
    # released quarter is frozen. A real organisation reviews during the grace time; the demo
    # reissues those quarters instead (stemsync publish --reissue), so the approved comments show.
    echo(f"reissuing {', '.join(first.released) or 'nothing'}: released before the review, now with the "
         "approved comments")
    report = publish(private_db, public_db, instruments, settings, deidentifier, reissue=first.released)
    return report.lines()


def serve_demo(result: DemoResult, port: int, echo: Callable[[str], None] = print) -> None:
    """Serve the demo's public database with a fresh demo account until Ctrl+C."""
    from stemsync import portal

    user, password = "raad", secrets.token_urlsafe(9)  # a demo account, shown once on screen
    config = Config(db=result.private_db,
                    sections={"portal": {"accounts": {user: portal.hash_password(password)}, "port": port}})
    echo("")
    echo(f"Portal for the client council: http://127.0.0.1:{port}/")
    echo(f"Demo login: user '{user}', password '{password}'  (stop with Ctrl+C)")
    portal.serve(result.public_db, None, port, True, config)
