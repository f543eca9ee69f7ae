"""The quarterly report: `stemsync report` writes an A4 PDF with the expected pages and
text (read back with pdftotext), in Dutch or English, from the public database only; bad
input gets one line; the portal hands out the same report."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_portal_fixtures import INSTRUMENTS, PLANTED_STRINGS, make_ds

from stemsync.cli import cli

pytest_plugins = ["test_portal_fixtures"]

pytestmark = pytest.mark.skipif(not shutil.which("chromium"),
                                reason="needs Debian's chromium (scripts/setup.sh installs it)")


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def run(*args: str):
    return CliRunner().invoke(cli, ["report", *args])


@pytest.fixture(scope="module")
def dutch_pdf(portal_dbs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "rapport.pdf"
    result = run("--db", str(portal_dbs[1]), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "3 questionnaire section(s)" in result.output
    return out


def test_report_has_a_cover_and_a_page_per_questionnaire(dutch_pdf, public_db):
    info = pdf_info(dutch_pdf)
    assert "A4" in info["Page size"]
    pages = int(info["Pages"])
    assert pages >= 4  # the cover, then every questionnaire starts on a new page
    cover = pdf_text(dutch_pdf, 1, 1)
    assert "KWARTAALRAPPORT VOOR DE CLIËNTENRAAD" in cover and "Wat cliënten zeggen" in cover
    assert "Jeugdzorg Test · 3e kwartaal 2025" in cover and "Inhoud" in cover
    assert "Een verschil noemen we pas als het groter is dan toeval kan geven." in cover
    titles = [INSTRUMENTS["exit"].title["nl"], INSTRUMENTS["samen-sterker"].title["nl"], "Wat werkt"]
    starts = []
    for page in range(2, pages + 1):
        text = pdf_text(dutch_pdf, page, page).strip()
        starts += [t for t in titles if text.startswith(t)]
    assert starts == titles  # each section starts a page, in the portal's order


def test_report_says_what_the_portal_says(dutch_pdf, public_db):
    text = pdf_text(dutch_pdf)
    for words in ("Wat veranderde?", "Hoe veranderde het gemiddelde?", "Cliënten en hulpverleners naast elkaar",
                  "Jij zei, wij deden", "Wat cliënten schreven", "ingevulde vragenlijsten",
                  "Er is een extra intaketeam gestart", "Elk team krijgt een vast belmoment per dag"):
        assert words in " ".join(text.split()), words
    conn = sqlite3.connect(public_db)
    comments = [r[0] for r in conn.execute("select text from comments where instrument = 'exit' and "
                                           "period = '2025-K3' order by rowid")]
    conn.close()
    flat = " ".join(text.split())
    assert any(" ".join(c.split())[:40] in flat for c in comments)
    for planted in PLANTED_STRINGS:
        assert planted not in text


def test_report_in_english_for_an_earlier_period_and_a_region(portal_dbs, tmp_path):
    out = tmp_path / "report-en.pdf"
    result = run("--db", str(portal_dbs[1]), "--out", str(out), "--lang", "en", "--period", "2025-K2",
                 "--unit", "Regio Noord")
    assert result.exit_code == 0, result.output
    text = " ".join(pdf_text(out).split())
    assert "QUARTERLY REPORT FOR THE CLIENT COUNCIL" in text and "Region Noord · Q2 2025" in text
    assert "What changed?" in text and INSTRUMENTS["exit"].title["en"] in text
    for dutch in ("Wat veranderde", "Kwartaalrapport", "gemiddeld", "kwartaal", "Jij zei", "niet getoond"):
        assert dutch not in text, dutch
    assert "Q3 2025" not in text  # nothing after the period asked for


@pytest.mark.parametrize("args, message", [
    (["--period", "2031-K1"], "no figures for period '2031-K1'; choose one of: 2025-K1, 2025-K2, 2025-K3"),
    (["--unit", "Atlantis"], "unknown unit 'Atlantis'; choose one of:"),
    (["--lang", "fr"], "Invalid value for '--lang'"),
])
def test_bad_input_gets_one_line_and_no_file(portal_dbs, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = run("--db", str(portal_dbs[1]), "--out", str(out), *args)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_refuses_a_missing_or_private_database(portal_dbs, tmp_path):
    missing = run("--db", str(tmp_path / "nope.db"), "--out", str(tmp_path / "x.pdf"))
    assert missing.exit_code == 1 and "does not exist; run `stemsync publish` first" in missing.output
    private = run("--db", str(portal_dbs[0]), "--out", str(tmp_path / "x.pdf"))
    assert private.exit_code == 1 and "is not a public database of stemsync" in private.output
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.asyncio
async def test_portal_hands_out_the_same_report(portal_dbs, tmp_path):
    ds = make_ds(portal_dbs[1], open_=True)
    home = (await ds.client.get("/")).text
    assert "/-/stemsync/rapport.pdf" in home and "kwartaalrapport" in home
    r = await ds.client.get("/-/stemsync/rapport.pdf?periode=2025-K2&lang=en")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and 'filename="report-2025-K2.pdf"' in r.headers["content-disposition"]
    out = tmp_path / "download.pdf"
    out.write_bytes(r.content)
    text = " ".join(pdf_text(out).split())
    assert "QUARTERLY REPORT FOR THE CLIENT COUNCIL" in text and "Q2 2025" in text
    bad = await ds.client.get("/-/stemsync/rapport.pdf?periode=1999-K1")
    assert bad.status_code == 400
