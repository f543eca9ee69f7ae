"""Typing exported rows by the codebook and saving pages (no LimeSurvey needed)."""

import pytest
import sqlite_utils

from stemsync import codebook, db as dbmod, responses as resp


@pytest.fixture
def inst():
    return codebook.get_instrument("samen-sterker")


@pytest.fixture
def db(tmp_path, inst):
    database = dbmod.open_db(tmp_path / "raw.db")
    resp.ensure_instrument_table(database, inst)
    return database


def row(rid, submit="2026-03-01 10:00:00", **answers):
    base = {"id": rid, "submitdate": submit, "lastpage": None, "startlanguage": "nl", "seed": None,
            "startdate": "2026-03-01 09:50:00", "datestamp": "2026-03-01 10:00:00",
            "TEAM": "team-noord", "ROL": "ouder", "OMGANGSCORE": "A8", "OMGANGGOED": "Fijn contact",
            "OMGANGBETER": None}
    base.update(answers)
    return base


def test_table_is_typed_from_the_codebook(db, inst):
    columns = db[resp.table_name(inst)].columns_dict
    assert columns["OMGANGSCORE"] is int and columns["OMGANGGOED"] is str and columns["TEAM"] is str
    assert db[resp.table_name(inst)].pks == ["survey_id", "response_id"]


def test_convert_types_scores_and_keeps_misfits_raw(inst):
    good = resp.convert_row(inst, row(1))
    assert good.values["OMGANGSCORE"] == 8 and good.values["complete"] == 1 and not good.problems
    bad = resp.convert_row(inst, row(2, OMGANGSCORE="A42", ROL="opa"))
    assert bad.values["OMGANGSCORE"] is None and bad.values["ROL"] is None
    assert {(c, raw) for c, raw, _ in bad.problems} == {("OMGANGSCORE", "A42"), ("ROL", "opa")}


def test_empty_string_and_null_are_the_same(inst):
    web = resp.convert_row(inst, row(3, OMGANGGOED="", seed="123", lastpage=1))
    rpc = resp.convert_row(inst, row(3, OMGANGGOED=None))
    assert web.values == rpc.values


def test_incomplete_rows(inst):
    converted = resp.convert_row(inst, row(4, submit=None))
    assert converted.values["complete"] == 0 and converted.values["submitted_at"] is None


def test_save_page_is_idempotent_and_moves_the_cursor(db, inst):
    with db.conn:
        first = resp.save_page(db, inst, 481401, 1, [row(1), row(2, submit=None)], cursor=2)
    assert (first.new, first.updated) == (2, 0)
    with db.conn:
        again = resp.save_page(db, inst, 481401, 1, [row(1), row(2, submit=None)], cursor=2)
    assert (again.new, again.updated) == (0, 2)
    table = db[resp.table_name(inst)]
    assert table.count == 2
    assert db.execute("select cursor from sync_state where survey_id = 481401").fetchone()[0] == 2


def test_completing_updates_in_place_and_keeps_first_seen(db, inst):
    with db.conn:
        resp.save_page(db, inst, 481401, 1, [row(5, submit=None, OMGANGSCORE=None)], cursor=5)
    first_seen = db[resp.table_name(inst)].get((481401, 5))["first_synced_at"]
    with db.conn:
        page = resp.save_page(db, inst, 481401, 1, [row(5)], cursor=None)
    stored = db[resp.table_name(inst)].get((481401, 5))
    assert page.updated == 1 and stored["complete"] == 1 and stored["OMGANGSCORE"] == 8
    assert stored["first_synced_at"] == first_seen
    # a page without cursor never moves it backwards or forwards
    assert db.execute("select cursor from sync_state where survey_id = 481401").fetchone()[0] == 5


def test_cursor_never_goes_backwards(db, inst):
    with db.conn:
        resp.save_page(db, inst, 1, 1, [row(10)], cursor=10)
        resp.save_page(db, inst, 1, 1, [row(3)], cursor=3)
    assert db.execute("select cursor from sync_state where survey_id = 1").fetchone()[0] == 10


def test_failed_page_writes_nothing(db, inst):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with db.conn:
            resp.save_page(db, inst, 7, 1, [row(1), row(2)], cursor=2)
            raise Boom()
    assert db[resp.table_name(inst)].count == 0
    assert db.execute("select count(*) from sync_state").fetchone()[0] == 0


def test_mark_deleted(db, inst):
    with db.conn:
        resp.save_page(db, inst, 9, 1, [row(1), row(2), row(3)], cursor=3)
        assert resp.mark_deleted(db, inst, 9, {1, 3}) == 1
        assert resp.mark_deleted(db, inst, 9, {1, 3}) == 0
    assert db[resp.table_name(inst)].get((9, 2))["deleted_at"] is not None


def test_new_codebook_version_adds_columns(tmp_path, inst):
    database = sqlite_utils.Database(tmp_path / "x.db")
    dbmod.migrate(database)
    database[resp.table_name(inst)].create({"survey_id": int, "response_id": int, "complete": int},
                                           pk=("survey_id", "response_id"))
    resp.ensure_instrument_table(database, inst)
    assert "AFSPRAKENBETER" in database[resp.table_name(inst)].columns_dict
