"""Personal data planted in free text and in context fields never reaches the public file.

Uses the real de-identifier (deduce, loaded once for this module: ~10 s with a warm
cache). Every planted value is searched for in the raw bytes of the public database
and of its metadata JSON, case-insensitively, and long numbers also without their
separators. The recall per kind is printed (``pytest -s``) and must be 1.0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from rawdata import RawDB
from stemsync import codebook
from stemsync.publish import PublishSettings, publish, settings_from_mapping

STAFF = ["Marieke Jansen", "Henk Vos", "Ingrid Pels"]
NAMES = {"staff": STAFF, "teams": ["De Vliegers"], "locations": ["Het Anker", "Villa Zonnedauw"],
         "partners": ["Buurthuis De Kroon"]}

# kind -> (planted value, sentence it is written in)
PLANTED: dict[str, list[tuple[str, str]]] = {
    "e-mail": [
        ("jan.devries@gmail.com", "Mail me op {} als er nieuws is."),
        ("sanne_b@hotmail.nl", "Mijn mail is {} hoor."),
        ("mama123@jeugdzorg-oost.frl", "Stuur het naar {} graag."),
        ("k.meijer@ziggo.amsterdam", "Je kunt ook mailen naar {} dat werkt."),
    ],
    "telefoon": [
        ("0612345678", "Bel me op {} als het kan."),
        ("06-12345678", "Mijn nummer is {} overdag."),
        ("06 12 34 56 78", "Bereikbaar op {} na school."),
        ("+31 6 1234 5678", "Of bel {} in het weekend."),
        ("0031 6 12345678", "Vanuit het buitenland: {} graag."),
        ("+31 (0)6 12345678", "Nummer van mijn moeder: {} bellen."),
        ("020-1234567", "Het vaste nummer is {} thuis."),
        ("010 123 4567", "Thuis zijn we bereikbaar op {} zeker."),
    ],
    "bsn": [
        ("111222333", "Mijn BSN is {} als dat helpt."),
        ("1112.22.333", "Het nummer {} stond op de brief."),
        ("111 222 333", "Ze vroegen naar {} bij de intake."),
        ("111-222-333", "Burgerservicenummer {} klopte niet."),
    ],
    "postcode": [
        ("3511 AB", "We wonen in {} sinds vorig jaar."),
        ("9712CD", "Ons adres heeft postcode {} weet u."),
    ],
    "iban": [
        ("NL91ABNA0417164300", "Het geld mag naar {} worden overgemaakt."),
        ("NL91 ABNA 0417 1643 00", "Rekening {} staat op mijn naam."),
    ],
    "datum": [
        ("12-03-2024", "Op {} was het gesprek heel fijn."),
        ("5 mei", "Sinds {} heb ik niks meer gehoord."),
        ("maart 2023", "In {} begon de hulp."),
        ("2024-03-12", "De zitting op {} ging goed."),
        ("14 februari 2025", "Op {} hadden we ruzie."),
    ],
    "url": [
        ("https://www.facebook.com/jan.devries.904", "Kijk op {} voor foto's."),
        ("www.sannesblog.nl", "Ik schrijf erover op {} elke week."),
        ("instagram.com/priya_2009", "Volg mij op {} maar."),
    ],
    "adres": [
        ("Kerkstraat 12", "We wonen op {} in het dorp."),
        ("Lange Nieuwstraat 5a", "Het kantoor aan de {} is te ver weg."),
        ("Dorpsweg 101", "Kom gerust langs op {} hoor."),
    ],
    "naam": [
        ("Jan de Vries", "Mijn begeleider {} luistert goed."),
        ("Sanne Bakker", "Ik vond {} heel aardig."),
        ("Youssef El Amrani", "Het gesprek met {} was fijn."),
        ("Lotte van den Berg", "Toen {} ziek was hoorden we niks."),
    ],
    "naam (klein)": [
        ("sanne", "ik vond {} echt heel lief"),
        ("mohammed", "de hulp van {} was top"),
        ("ilse", "mijn voogd {} belt nooit terug"),
        ("jan de vries", "gesprek met {} was fijn"),
    ],
    "school": [
        ("basisschool De Regenboog", "Op {} ging het mis."),
        ("OBS De Klimop", "De juf van {} belde ons."),
        ("het Stedelijk Lyceum", "Ik zit op {} in de tweede klas."),
        ("ROC Midden Nederland", "Mijn opleiding bij {} loopt goed."),
    ],
    "instelling": [
        ("Veilig Thuis Utrecht", "Er was een melding bij {} gedaan."),
        ("Accare", "Eerst zaten we bij {} voor behandeling."),
        ("GGZ Drenthe", "Daarna kwamen we bij {} terecht."),
        ("Stichting Jeugdteams Zwolle", "Ook {} was erbij betrokken."),
    ],
    "medewerker (config)": [
        ("Marieke Jansen", "Gelukkig was {} er altijd voor ons."),
        ("Henk Vos", "Ik wil graag een andere begeleider dan {}."),
        ("ingrid pels", "{} heeft ons echt geholpen."),
    ],
    "locatie/partner (config)": [
        ("Villa Zonnedauw", "Het eten op {} was lekker."),
        ("Buurthuis De Kroon", "We sporten bij {} op woensdag."),
        ("De Vliegers", "Bij {} was het gezellig."),
    ],
}

# Team values typed into survey links: never published as a unit name.
PLANTED_TEAMS = {
    "team (context)": [
        ("jan de vries 0612345678", None), ("sanne@example.nl", None), ("Kerkstraat 12", None),
        ("team van Marieke Jansen", None), ("111222333", None), ("NL91ABNA0417164300", None),
    ],
}

PLANTED_ACTIONS = [("Henk Vos", None), ("06-87654321", None), ("Lotte van den Berg", None)]
PLANTED_ROLES = [("0698765432", None), ("piet.jansen@gmail.com", None)]


@pytest.fixture(scope="module")
def deidentifier():
    from stemsync.deidentify import Deidentifier
    return Deidentifier(cache_dir=PublishSettings().deduce_cache_dir(), extra_names=NAMES)


def leaks(value: str, haystack: str, squeezed: str) -> bool:
    """The value, case-insensitive, as a whole token; long numbers also without separators."""
    low = value.lower()
    if low in haystack and re.search(rf"(?<![a-z0-9]){re.escape(low)}(?![a-z0-9])", haystack):
        return True
    digits = re.sub(r"\D", "", value)
    return len(digits) >= 7 and digits in squeezed


@pytest.fixture(scope="module")
def published(tmp_path_factory, deidentifier):
    tmp = tmp_path_factory.mktemp("pii")
    instruments = codebook.load_all()
    raw = RawDB(tmp / "raw.db", instruments)
    # "automatic": these are attacks on the automatic layer; the review step has its own (test_review_queue.py)
    settings = settings_from_mapping({"k": 5, "names": NAMES, "comments": "automatic", "units": {
        "organisation": "Jeugdzorg Test", "teams": {"team-noord": "Noord", "team-zuid": "Zuid"}}})
    rows = []
    for kind, items in PLANTED.items():
        for value, sentence in items:
            rows.append({"TEAM": "team-noord", "ROL": "ouder", "TIPS": sentence.format(value), "CIJFER": 7})
    for items in PLANTED_TEAMS.values():
        for value, _ in items:
            # five responses per identifying team value, so each would be a group of k
            rows += [{"TEAM": value, "ROL": "jong", "CIJFER": 6 + i % 3, "TOPS": "Fijn."} for i in range(5)]
    for value, _ in PLANTED_ROLES:  # the sync nulls unknown roles; publish must not trust that
        rows += [{"TEAM": "team-zuid", "ROL": value, "CIJFER": 4}]
    rows += [{"TEAM": "team-zuid", "ROL": "ouder", "CIJFER": 5 + i % 4} for i in range(10)]
    raw.add_many("exit", rows)
    for value, _ in PLANTED_ACTIONS:
        raw.add_action(theme="algemeen", said=f"Een moeder vertelde dat {value} niet hielp.",
                       did=f"Gesprek met {value}.")
    raw.close()
    out = tmp / "public.db"
    # audit=False: these are attacks on the de-identification of what is shown; this data set is
    # so lopsided (one role per team, one team per region) that the attacker's audit would hide
    # nearly every figure and so every comment (tests/test_attacks.py covers the tables)
    report = publish(tmp / "raw.db", out, instruments, settings, deidentifier, audit=False)
    blob = (out.read_bytes() + Path(f"{out}.metadata.json").read_bytes()).decode("utf-8", "replace").lower()
    return report, blob, out


def test_every_planted_comment_is_published(published):
    report, _, out = published
    import sqlite3
    texts = [r[0] for r in sqlite3.connect(out).execute("select text from comments where question = 'TIPS'")]
    assert len(texts) == sum(len(items) for items in PLANTED.values())


def test_no_planted_value_reaches_the_public_files(published, capsys):
    _, blob, _ = published
    squeezed = re.sub(r"[\s.\-()/+]", "", blob)
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaked = []
    for kind, items in {**PLANTED, **PLANTED_TEAMS, "rol (context)": PLANTED_ROLES,
                        "actie (said/did)": PLANTED_ACTIONS}.items():
        for value, _ in items:
            recall[kind][1] += 1
            if leaks(value, blob, squeezed):
                leaked.append(f"{kind}: {value}")
            else:
                recall[kind][0] += 1
    with capsys.disabled():
        print("\nrecall per kind (planted values absent from the public .db and metadata):")
        for kind, (ok, total) in recall.items():
            print(f"  {kind:<26} {ok}/{total} = {ok / total:.2f}")
    assert not leaked, "personal data in the public database: " + "; ".join(leaked)


def test_the_search_finds_what_an_identity_deidentifier_lets_through(tmp_path):
    """Control: without de-identification the same search reports the planted values."""
    class Identity:
        fingerprint = "identity"

        def deidentify_many(self, texts):
            from stemsync.deidentify import Result
            return [Result(t) for t in texts]

    instruments = codebook.load_all()
    raw = RawDB(tmp_path / "raw.db", instruments)
    values = [value for items in PLANTED.values() for value, _ in items]
    raw.add_many("exit", [{"TEAM": "team-noord", "TIPS": f"zie {value} ok"} for value in values])
    raw.close()
    publish(tmp_path / "raw.db", tmp_path / "public.db", instruments, PublishSettings(k=5, comments="automatic"),
            Identity())
    blob = (tmp_path / "public.db").read_bytes().decode("utf-8", "replace").lower()
    squeezed = re.sub(r"[\s.\-()/+]", "", blob)
    assert all(leaks(value, blob, squeezed) for value in values)


def test_identifying_team_values_are_counted_under_team_onbekend(published):
    import sqlite3
    _, _, out = published
    conn = sqlite3.connect(out)
    names = {r[0] for r in conn.execute("select name from units where level = 'team'")}
    assert names == {"team-noord", "team-zuid", "onbekend"}
    n = conn.execute("select n from responses where unit = 'team:onbekend' and role = 'alle'").fetchone()[0]
    assert n == 5 * len(PLANTED_TEAMS["team (context)"])


def test_recall_through_publish_on_the_shared_corpus(tmp_path, deidentifier, capsys):
    """The de-identification tests' corpus (tests/deid_cases.py), pushed through publish:
    printed per kind; ages are left out (short numbers cannot be searched for in a file)."""
    from stemsync.deidentify import Deidentifier
    deid_cases = pytest.importorskip("deid_cases")
    instruments = codebook.load_all()
    raw = RawDB(tmp_path / "raw.db", instruments)
    raw.add_many("exit", [{"TEAM": "team-noord", "TIPS": case.text} for case in deid_cases.CASES])
    raw.close()
    deid = Deidentifier(cache_dir=deidentifier.cache_dir, extra_names=deid_cases.EXTRA_NAMES)
    settings = settings_from_mapping({"k": 5, "names": deid_cases.EXTRA_NAMES, "comments": "automatic"})
    publish(tmp_path / "raw.db", tmp_path / "public.db", instruments, settings, deid)
    blob = ((tmp_path / "public.db").read_bytes()
            + (tmp_path / "public.db.metadata.json").read_bytes()).decode("utf-8", "replace").lower()
    squeezed = re.sub(r"[\s.\-()/+]", "", blob)
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in deid_cases.CASES:
        for planted in case.planted:
            if planted.category == "leeftijd":
                continue
            recall[planted.category][1] += 1
            recall[planted.category][0] += not leaks(planted.value, blob, squeezed)
    with capsys.disabled():
        print(f"\nrecall per kind through publish, shared corpus ({len(deid_cases.CASES)} texts):")
        for kind, (ok, total) in sorted(recall.items()):
            print(f"  {kind:<20} {ok}/{total} = {ok / total:.2f}")
    assert all(ok / total >= 0.9 for ok, total in recall.values())
