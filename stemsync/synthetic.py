"""Synthetic responses for the demo and the benchmarks (never for real surveys).

Generates plausible answers for any instrument from its codebook: teams with their own
tendencies, a slow trend over the year, roles, and Dutch comments of which some carry
planted personal data (a name, a phone number, an address...) so the demo can show
them being removed. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any, Iterator

from stemsync.codebook import Instrument, Question

TEAMS = ("team-noord", "team-oost", "team-zuid", "team-west", "team-centrum", "team-jeugd")

GOOD = (
    "Mijn hulpverlener luisterde echt naar ons.",
    "Fijn dat er snel werd teruggebeld.",
    "De afspraken waren duidelijk en werden nagekomen.",
    "Ik voelde me serieus genomen.",
    "Het gesprek ging over wat voor mij belangrijk is.",
    "We maakten samen het plan, dat was prettig.",
    "Goede uitleg over de brieven van de rechter.",
    "Ze nam de tijd voor mijn zoon.",
)
BETTER = (
    "Ik moest lang wachten voordat er iemand belde.",
    "De brieven zijn moeilijk te lezen.",
    "Ik wil vaker horen hoe het ervoor staat.",
    "Soms werd er over mij gepraat in plaats van met mij.",
    "Graag minder wisselingen van hulpverlener.",
    "Afspraken werden vaak verzet.",
    "Meer aandacht voor wat de kinderen zelf willen.",
    "Het gezinsplan was te lang en te ingewikkeld.",
)
# Comments with planted personal data: the publication must remove every marked part.
PLANTED = (
    "Mijn voogd Sanne de Vries belde nooit terug, bel me op 06-12345678.",
    "Wij wonen op de Kerkstraat 12 in Ede, kom gerust langs.",
    "Mail me op j.bakker@example.nl als er nieuws is.",
    "Mijn dochter Fatima zit op basisschool De Regenboog en dat gaat goed.",
    "Mijn BSN is 123456782, dat moest ik drie keer doorgeven.",
    "juf marieke van de jeugdbescherming was heel fijn.",
    "Bel mij gerust: +31 6 2345 6789, liefst na 5 mei.",
)


def _answer(question: Question, team_bias: float, trend: float, rng: random.Random) -> str | None:
    if question.kind == "scale":
        scale = question.scale
        span = scale.max - scale.min
        centre = scale.min + span * min(0.95, max(0.05, 0.68 + team_bias + trend))
        value = round(rng.gauss(centre, span * 0.18))
        return scale.answer_code(min(scale.max, max(scale.min, value)))
    if question.kind == "choice":
        return rng.choice(question.options).code
    if question.kind == "yesno":
        return "Y" if rng.random() < 0.75 + team_bias else "N"
    # free text: most people leave it empty
    if rng.random() > 0.35:
        return None
    if rng.random() < 0.08:
        return rng.choice(PLANTED)
    pool = GOOD if "GOED" in question.code or "TOP" in question.code else BETTER
    return rng.choice(pool)


def responses(instrument: Instrument, count: int, *, start: datetime, days: int = 365, seed: int = 1,
              incomplete_share: float = 0.03, teams: tuple[str, ...] = TEAMS) -> Iterator[dict[str, Any]]:
    """``count`` responses keyed by question code, in submission order, over ``days``."""
    rng = random.Random(f"{instrument.id}:{seed}")
    bias = {team: rng.uniform(-0.12, 0.08) for team in teams}
    role = instrument.role_field
    weights = {"ouder": 6, "jong": 3, "prof": 4}
    for i in range(count):
        moment = start + timedelta(seconds=int(days * 86400 * (i + rng.random()) / max(count, 1)))
        team = rng.choice(teams)
        trend = 0.06 * (moment - start).days / max(days, 1)
        row: dict[str, Any] = {"TEAM": team}
        if role is not None:
            options = [o.code for o in role.options]
            row[role.code] = rng.choices(options, [weights.get(o, 1) for o in options])[0]
        for question in instrument.questions:
            row[question.code] = _answer(question, bias[team], trend, rng)
        stamp = moment.strftime("%Y-%m-%d %H:%M:%S")
        row["startdate"] = (moment - timedelta(minutes=rng.randint(2, 9))).strftime("%Y-%m-%d %H:%M:%S")
        row["datestamp"] = stamp
        row["submitdate"] = None if rng.random() < incomplete_share else stamp
        yield row


def to_sgqa(row: dict[str, Any], fieldmap: dict[str, Any]) -> dict[str, Any]:
    """Re-key a code-keyed row for ``add_response``, which only accepts SGQA names (FACTS.md)."""
    by_code = {f"{e['title']}{e.get('aid') or ''}": name for name, e in fieldmap.items()
               if isinstance(e, dict) and e.get("title")}
    out = {}
    for key, value in row.items():
        if key in ("startdate", "datestamp", "submitdate"):
            out[key] = value
        elif key in by_code and value is not None:
            out[by_code[key]] = value
    return out
