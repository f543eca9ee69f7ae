"""The README's main command, end to end (without serving): `stemsync demo --no-serve`."""

import sqlite3

from click.testing import CliRunner

from stemsync import synthetic
from stemsync.cli import cli


def test_demo_runs_the_whole_pipeline(tmp_path):
    workdir = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", "--dir", str(workdir), "--scale", "0.2", "--no-serve"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for instrument in ("exit", "samen-sterker", "wat-werkt-start", "wat-werkt-eind"):
        assert f"deployed {instrument} v1" in result.output
    assert "recorded 2 example actions" in result.output and "Published " in result.output

    private = sqlite3.connect(workdir / "private.db")
    synced = private.execute("select count(*) from responses_samen_sterker").fetchone()[0]
    assert synced == round(340 * 0.2)

    public_bytes = (workdir / "public.db").read_bytes()
    public = sqlite3.connect(workdir / "public.db")
    assert public.execute("select count(*) from actions").fetchone()[0] == 2
    assert public.execute("select sum(n) from responses where level = 'organisatie' and role = 'alle'").fetchone()[0] > 0
    for table in ("deployments", "sync_state", "responses_samen_sterker"):
        assert not public.execute("select 1 from sqlite_master where name = ?", [table]).fetchone()
    # the planted personal data in the synthetic comments never reaches the public file
    for planted in ("Sanne de Vries", "06-12345678", "Kerkstraat 12", "j.bakker@example.nl", "123456782",
                    "2345 6789", "De Regenboog"):
        assert planted.encode() not in public_bytes, planted
        assert any(planted in text for text in synthetic.PLANTED), planted  # really planted
    # publish's default holds comments back until a person approves them; the demo approves its own
    assert "approved " in result.output and "as reviewer 'demo'" in result.output
    assert public.execute("select count(*) from comments").fetchone()[0] > 0
    assert private.execute("select count(*) from review_items where status = 'wacht'").fetchone()[0] == 0
    assert private.execute("select count(distinct reviewer) from review_decisions").fetchone()[0] == 1
    # and the demo's publication passes the attacker's audit, as `stemsync audit` runs it
    audit = CliRunner().invoke(cli, ["audit", str(workdir / "public.db"), "--raw", str(workdir / "private.db")])
    assert audit.exit_code == 0 and "Audit PASSED" in audit.output, audit.output[-2000:]
