"""Changes beyond chance only: the tests behind every 'went up / went down' sentence, the
uncertainty in the charts, and the 'weinig antwoorden' note for groups just above k.

A published database is built so that one change is beyond chance and another is not
(though the old rule, 'at least 5 % of the scale', would have called both a change):
the pages name exactly the first."""

from __future__ import annotations

import math
import re

import pytest
from scipy import stats as sps
from stemsync_portal import stats

pytest_plugins = ["test_portal_fixtures"]

GEHOORD = "Mijn hulpverlener luisterde goed naar mij"
CIJFER = "Welk rapportcijfer geef je de hulp?"


# -- the statistics, without Datasette ------------------------------------------------------


def test_summary_from_counts_matches_the_raw_answers():
    answers = [3, 4, 4, 5, 5, 5, 2]
    s = stats.summarise({v: answers.count(v) for v in set(answers)})
    assert s.n == 7 and math.isclose(s.mean, sum(answers) / 7)
    assert math.isclose(s.sd, float(sps.tstd(answers)))
    low, high = s.interval
    assert low < s.mean < high and math.isclose(high - s.mean, sps.t.ppf(0.975, 6) * s.sd / math.sqrt(7))
    assert stats.summarise({}) is None


def test_welch_counts_the_answers_on_both_sides():
    a = stats.summarise({4: 7, 5: 7, 3: 7})          # mean 4.0, 21 answers
    b = stats.summarise({2: 7, 4: 7, 5: 7})          # mean 3.67
    small = stats.compare_means(a, b)
    assert not small.beyond_chance and small.direction == 0
    big_a = stats.summarise({4: 700, 5: 700, 3: 700})
    big_b = stats.summarise({2: 700, 4: 700, 5: 700})
    large = stats.compare_means(big_a, big_b)        # the same means with 100 times the answers
    assert large.beyond_chance and large.direction == -1
    raw_a, raw_b = [4, 5, 3] * 7, [2, 4, 5] * 7
    assert math.isclose(small.p, sps.ttest_ind(raw_a, raw_b, equal_var=False).pvalue)


def test_shares_use_fishers_exact_test():
    assert stats.compare_shares(20, 40, 38, 42).direction == 1
    assert stats.compare_shares(4, 6, 5, 6).direction == 0        # 67 % -> 83 %: six answers say little
    assert math.isclose(stats.compare_shares(3, 10, 7, 10).p, sps.fisher_exact([[3, 7], [7, 3]]).pvalue)


def test_holm_correction_over_a_family():
    cs = [stats.Comparison(0, 1, p) for p in (0.01, 0.04, 0.03, 0.5)]
    adjusted = stats.holm(cs + [None])
    assert [round(c.p_adjusted, 3) for c in adjusted[:4]] == [0.04, 0.09, 0.09, 0.5]  # 4 × 0.01; 3 × 0.03; max(2 × 0.04, 0.09)
    assert adjusted[4] is None
    assert [c.beyond_chance for c in adjusted[:4]] == [True, False, False, False]
    assert cs[1].beyond_chance  # alone, 0.04 would have counted


def test_few_answers_is_just_above_k():
    assert stats.few(5, 5) and stats.few(9, 5) and not stats.few(10, 5) and not stats.few(None, 5)


# -- a published database with one real change and one that is not ---------------------------


@pytest.fixture(scope="module")
def changes_db(tmp_path_factory):
    from rawdata import RawDB
    from test_portal_fixtures import INSTRUMENTS, deidentifier

    from stemsync.publish import publish, settings_from_mapping

    folder = tmp_path_factory.mktemp("changes")
    raw = RawDB(folder / "raw.db", INSTRUMENTS)
    rows = []
    for period, stamp, marks, heard, yes in (("2025-K1", "2025-02-10 10:00:00", (5, 6), (3, 4, 5), 21),
                                             ("2025-K2", "2025-05-12 10:00:00", (8, 9), (2, 4, 5), 38)):
        for i in range(42):
            rows.append({"TEAM": "team-noord", "ROL": "ouder", "submitted_at": stamp, "CIJFER": marks[i % 2],
                         "GEHOORD": heard[i % 3], "AANBEVELEN": "Y" if i < yes else "N"})
    raw.add_many("exit", rows)
    ss = []
    for i in range(42):
        role = ("ouder", "jong", "prof")[i % 3]
        ss.append({"TEAM": "team-noord", "ROL": role, "submitted_at": "2025-05-12 10:00:00",
                   "OMGANGSCORE": (4 + i % 2) if role == "prof" else (8 + i % 2),  # far apart
                   "LUISTERENSCORE": (6, 7, 9)[(i // 3) % 3] - (1 if role == "prof" and i % 2 else 0)})
    raw.add_many("samen-sterker", ss)
    raw.close()
    publish(folder / "raw.db", folder / "public.db", INSTRUMENTS,
            settings_from_mapping({"k": 5, "units": {"teams": {"team-noord": "Noord"}}}), deidentifier(folder / "d"))
    return folder / "public.db"


def changes_list(html: str, section: str) -> str:
    part = html.split(f'id="{section}"', 1)[1].split("</section>", 1)[0]
    return part.split('<div class="changes">', 1)[1].split("</div>", 1)[0]


@pytest.mark.asyncio
async def test_home_names_only_the_change_beyond_chance(changes_db):
    from test_portal_fixtures import make_ds

    ds = make_ds(changes_db, open_=True)
    html = (await ds.client.get("/")).text
    changed = changes_list(html, "exit")
    assert f"‘{CIJFER.rstrip('?')}’ ging omhoog van 5,5 naar 8,5." in changed or \
        f"‘{CIJFER}’ ging omhoog van 5,5 naar 8,5." in changed
    assert "Meer mensen zeiden ja op" in changed and "90%" in changed
    assert GEHOORD not in changed  # 4,0 -> 3,7: within chance with 42 answers a quarter
    # the old rule ('at least 5 % of the scale') would have named it
    assert abs(11 / 3 - 4.0) / (5 - 1) >= 0.05
    assert "Het gemiddelde ging omhoog." in html.split('id="exit"', 1)[1].split("</section>", 1)[0]


@pytest.mark.asyncio
async def test_questionnaire_page_says_which_trend_went_up_and_which_stayed(changes_db):
    from test_portal_fixtures import make_ds

    ds = make_ds(changes_db, open_=True)
    html = (await ds.client.get("/-/stemsync/vragenlijst/exit")).text
    heard = html.split(GEHOORD, 1)[1].split('class="question"', 1)[0]
    assert "Het gemiddelde bleef ongeveer gelijk." in heard and "ging omlaag" not in heard
    mark = html.split(CIJFER, 1)[1].split('class="question"', 1)[0]
    assert "Het gemiddelde ging omhoog." in mark
    assert 'class="whisker"' in html  # the uncertainty is drawn
    assert "95%-marge (toeval)" in html and re.search(r"\d,\d tot \d,\d", html)


@pytest.mark.asyncio
async def test_samen_sterker_names_only_a_role_difference_beyond_chance(changes_db):
    from test_portal_fixtures import make_ds

    ds = make_ds(changes_db, open_=True)
    html = (await ds.client.get("/")).text
    section = html.split('id="samen-sterker"', 1)[1].split("</section>", 1)[0]
    assert ("was het verschil het grootst bij omgang: ouders gaven gemiddeld een 8,5, hulpverleners een 4,5. "
            "Dat verschil is groter dan toeval kan geven.") in section


@pytest.mark.asyncio
async def test_roles_about_the_same_when_no_difference_is_beyond_chance(tmp_path):
    from rawdata import RawDB
    from test_portal_fixtures import INSTRUMENTS, deidentifier, make_ds

    from stemsync.publish import publish, settings_from_mapping

    raw = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    raw.add_many("samen-sterker", [
        {"TEAM": "team-noord", "ROL": ("ouder", "jong", "prof")[i % 3], "submitted_at": "2025-05-12 10:00:00",
         "OMGANGSCORE": (6, 8, 7, 9)[(i // 3) % 4] - (1 if i % 3 == 2 and i % 2 else 0)} for i in range(36)])
    raw.close()
    publish(tmp_path / "raw.db", tmp_path / "public.db", INSTRUMENTS,
            settings_from_mapping({"k": 5, "units": {"teams": {"team-noord": "Noord"}}}), deidentifier(tmp_path / "d"))
    html = (await make_ds(tmp_path / "public.db", open_=True).client.get("/")).text
    assert "gaven de groepen ongeveer dezelfde cijfers: geen verschil is groter dan toeval kan geven." in html
    assert "was het verschil het grootst" not in html


@pytest.mark.asyncio
@pytest.mark.parametrize("rows", [7, 12])
async def test_few_answers_are_said_out_loud(tmp_path, rows):
    from rawdata import RawDB
    from test_portal_fixtures import INSTRUMENTS, deidentifier, make_ds

    from stemsync.publish import publish, settings_from_mapping

    raw = RawDB(tmp_path / "raw.db", INSTRUMENTS)
    raw.add_many("exit", [{"TEAM": "team-noord", "ROL": "ouder", "CIJFER": 6 + i % 3, "GEHOORD": 3 + i % 2,
                           "BEREIKBAAR": 2 + i % 3} for i in range(rows)])
    raw.close()
    publish(tmp_path / "raw.db", tmp_path / "public.db", INSTRUMENTS,
            settings_from_mapping({"k": 5, "units": {"teams": {"team-noord": "Noord"}}}), deidentifier(tmp_path / "d"))
    html = (await make_ds(tmp_path / "public.db", open_=True).client.get("/")).text
    section = html.split('id="exit"', 1)[1].split("</section>", 1)[0]
    assert ("weinig antwoorden" in section) == (rows < 10)
    assert ("Weinig antwoorden: een cijfer van minder dan 10 mensen" in section) == (rows < 10)
