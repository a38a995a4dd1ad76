"""INTERPOL's history as data: assemblies, terms of office, membership over time, territories."""

from __future__ import annotations

import csv
import datetime
import importlib.util
import os
import pickle
import stat
from pathlib import Path
from typing import Any

import pytest

import interpol_data
import interpol_data.records
from interpol_data import Dataset
from interpol_data.errors import (
    DatasetError,
    NotAMemberError,
    NotFoundError,
    UncertainAnswerError,
    UnknownMembershipError,
)
from tests.conftest import record

# INTERPOL's published membership totals, each just after the session that reached it.
PUBLISHED_TOTALS = [
    ("2011-11-04", 190),  # Curaçao, Sint Maarten, South Sudan (80th session, Hanoi)
    ("2017-09-30", 192),  # State of Palestine, Solomon Islands (86th, Beijing)
    ("2018-11-22", 194),  # Kiribati, Vanuatu (87th, Dubai)
    ("2021-11-26", 195),  # Micronesia (89th, Istanbul)
    ("2023-12-02", 196),  # Palau (91st, Vienna)
]


@pytest.mark.parametrize(("day", "total"), PUBLISHED_TOTALS)
def test_members_on_reproduces_interpols_published_totals(
    ds: Dataset, day: str, total: int
) -> None:
    assert len(ds.members_on(day)) == total


def test_members_on_counts_a_member_from_its_admission_day(ds: Dataset) -> None:
    assert "PW" not in {c.id for c in ds.members_on(datetime.date(2023, 11, 27))}
    assert "PW" in {c.id for c in ds.members_on(datetime.date(2023, 11, 28))}


def test_members_on_refuses_to_guess_where_accession_is_unknown(ds: Dataset) -> None:
    with pytest.raises(UnknownMembershipError) as caught:
        ds.members_on("1950-01-01")
    assert caught.value.uncertain
    assert set(caught.value.uncertain) == {c.id for c in ds.uncertain_members_on("1950-01-01")}
    assert "strict=False" in str(caught.value)


def test_members_on_without_strict_returns_only_certain_members(ds: Dataset) -> None:
    certain = ds.members_on("1950-01-01", strict=False)
    uncertain = ds.uncertain_members_on("1950-01-01")
    assert certain
    assert not {c.id for c in certain} & {c.id for c in uncertain}


def test_members_on_refuses_dates_after_the_as_of_date(ds: Dataset) -> None:
    later = ds.as_of + datetime.timedelta(days=1)
    with pytest.raises(UnknownMembershipError, match=ds.as_of.isoformat()):
        ds.members_on(later)


def test_members_on_rejects_text_that_is_not_a_date(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        ds.members_on("November 2018")
    with pytest.raises(TypeError):
        ds.members_on(2018)  # type: ignore[arg-type]


def test_before_the_founding_nobody_is_a_member(ds: Dataset) -> None:
    assert ds.members_on("1900-01-01") == ()


def test_holder_gives_the_president_on_a_date(ds: Dataset) -> None:
    assert ds.holder("President", on="2017-06-01").person == "Meng Hongwei"
    assert ds.holder("president", on=datetime.date(2013, 1, 1)).person == "Mireille Ballestrazzi"
    assert ds.holder("PRESIDENT", on="2022-03-01").country == "AE"


def test_holder_prefers_the_incoming_holder_on_a_handover_day(ds: Dataset) -> None:
    assert ds.holder("Secretary General", on="2014-11-07").person == "Jürgen Stock"


def test_holder_shows_an_acting_president(ds: Dataset) -> None:
    acting = ds.holder("President", on="2018-11-01")
    assert acting is not None
    assert acting.acting
    assert acting.person == "Kim Jong Yang"


def test_holder_defaults_to_the_as_of_date(ds: Dataset) -> None:
    assert ds.holder("Secretary General").person == "Valdecy Urquiza"


def test_holder_is_none_before_the_first_recorded_term(ds: Dataset) -> None:
    assert ds.holder("Secretary General", on="1925-01-01") is None


def test_holder_refuses_a_date_in_a_gap_of_the_recorded_history(ds: Dataset) -> None:
    # No stored source dates the Presidents between Richard Jackson (to 1963)
    # and Paul Dickopf (from 1968).
    with pytest.raises(UncertainAnswerError, match="gap"):
        ds.holder("President", on="1965-01-01")


# Presidents in years the history once left blank, as their sources give them:
# Norman Inkster 1992 to 4 Oct 1994 (The Canada Guide; FECL on Eriksson's
# election), Richard Jackson 1960-1963, Agostinho Lourenço from 1956, Florent
# Louwage in 1946 (ICPC rebuilt), Reinhard Heydrich 24 Aug 1940 to 4 June 1942.
@pytest.mark.parametrize(
    ("day", "person", "country"),
    [
        ("1993-06-01", "Norman Inkster", "CA"),
        ("1962-01-01", "Richard Jackson", "GB"),
        ("1958-01-01", "Agostinho Lourenço", "PT"),
        ("1950-01-01", "Florent Louwage", "BE"),
        ("1941-01-01", "Reinhard Heydrich", "DE"),
    ],
)
def test_holder_answers_inside_former_gaps_of_the_presidency(
    ds: Dataset, day: str, person: str, country: str
) -> None:
    term = ds.holder("President", on=day)
    assert term is not None
    assert (term.person, term.country) == (person, country)


def test_nazi_era_presidents_are_marked_as_not_officially_recognised(ds: Dataset) -> None:
    nazi_era = [t for t in ds.terms_of("President") if "1938" <= t.start < "1946"]
    assert [t.person for t in nazi_era] == [
        "Otto Steinhäusl",
        "Reinhard Heydrich",
        "Arthur Nebe",
        "Ernst Kaltenbrunner",
    ]
    assert all("not officially recognised" in (t.notes or "") for t in nazi_era)


def test_holder_leaves_the_gap_between_the_war_and_the_commissions_rebuilding(
    ds: Dataset,
) -> None:
    with pytest.raises(UncertainAnswerError, match="gap"):
        ds.holder("President", on="1945-09-01")


def test_holder_refuses_dates_after_the_as_of_date(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="through"):
        ds.holder("President", on=ds.as_of + datetime.timedelta(days=1))


def test_holder_answers_every_day_since_the_earliest_president_of_the_chain(ds: Dataset) -> None:
    first = next(t for t in ds.terms_of("President") if t.person == "Jesús Espigares Mira")
    day = datetime.date.fromisoformat(first.start)
    while day <= ds.as_of:
        assert ds.holder("President", on=day) is not None, day
        day += datetime.timedelta(days=30)


def test_holder_refuses_to_guess_a_handover_dated_only_to_the_year(ds: Dataset) -> None:
    with pytest.raises(UncertainAnswerError, match="1985"):
        ds.holder("Secretary General", on="1985-06-01")
    with pytest.raises(UncertainAnswerError, match="Kanemoto"):
        ds.holder("President", on="1996-06-01")
    assert ds.holder("Secretary General", on="1984-06-01").person == "André Bossard"


def test_terms_of_are_chronological(ds: Dataset) -> None:
    starts = [t.start for t in ds.terms_of("Secretary General")]
    assert starts == sorted(starts)
    assert [t.person for t in ds.terms_of("Secretary General")][-3:] == [
        "Ronald K. Noble",
        "Jürgen Stock",
        "Valdecy Urquiza",
    ]


def test_terms_of_include_executive_committee_seats_from_the_bodies(ds: Dataset) -> None:
    (seat,) = ds.terms_of("Vice-President for Africa")
    assert seat.person == "Mohamed Dkhissi"


def test_unknown_office_raises_not_found_with_suggestions(ds: Dataset) -> None:
    with pytest.raises(NotFoundError) as caught:
        ds.terms_of("Presidnet")
    assert "President" in caught.value.suggestions


def test_lookup_of_taiwan_says_it_is_not_a_member(ds: Dataset) -> None:
    with pytest.raises(NotAMemberError) as caught:
        ds.countries.lookup("Taiwan")
    message = str(caught.value)
    assert "not an INTERPOL member" in message
    assert "1984" in message
    assert "Thailand" not in message


def test_indexing_by_a_non_members_code_says_it_is_not_a_member(ds: Dataset) -> None:
    with pytest.raises(NotAMemberError, match="not an INTERPOL member"):
        ds.countries["TW"]


def test_lookup_of_a_territory_names_the_member_that_serves_it(ds: Dataset) -> None:
    with pytest.raises(NotAMemberError) as caught:
        ds.countries.lookup("Bermuda")
    assert caught.value.suggestions == ("GB",)


def test_not_a_member_error_is_a_not_found_error(ds: Dataset) -> None:
    with pytest.raises(NotFoundError):
        ds.countries.lookup("North Korea")


def test_ncb_for_a_territory_is_the_serving_member(ds: Dataset) -> None:
    assert ds.ncb_for("Hong Kong").id == "CN"
    assert ds.ncb_for("Puerto Rico").id == "US"
    assert ds.ncb_for(ds.territories["cayman-islands"]).id == "GB"
    assert ds.ncb_for("Bonaire").id == "NL"


def test_ncb_for_a_member_is_the_member_itself(ds: Dataset) -> None:
    assert ds.ncb_for("FR").id == "FR"
    assert ds.ncb_for(ds.countries["JP"]).id == "JP"


def test_ncb_for_a_non_member_raises_saying_so(ds: Dataset) -> None:
    with pytest.raises(NotAMemberError, match="not an INTERPOL member"):
        ds.ncb_for("Kosovo")


def test_ncb_for_unknown_text_raises_not_found(ds: Dataset) -> None:
    with pytest.raises(NotFoundError):
        ds.ncb_for("Atlantis")


def test_assemblies_run_without_gaps_from_the_69th_to_the_95th(ds: Dataset) -> None:
    numbers = sorted(a.number for a in ds.assemblies if a.number >= 69)
    assert numbers == list(range(69, 96))
    hong_kong = ds.assemblies["ga-94"]
    assert (hong_kong.city, hong_kong.country, hong_kong.status.value) == (
        "Hong Kong",
        "CN",
        "scheduled",
    )


def test_the_as_of_date_is_not_before_any_source(ds: Dataset) -> None:
    published = [s.published for s in ds.sources if s.published]
    assert max(published)[:10] <= ds.as_of.isoformat()


def test_a_source_newer_than_the_as_of_date_is_refused(raw: dict[str, Any]) -> None:
    raw["as_of"] = "2025-01-01"
    with pytest.raises(DatasetError, match="as_of"):  # hk01-2026-94ga is from 2026
        interpol_data.load(raw)


def test_an_admission_disagreeing_with_joined_is_refused(raw: dict[str, Any]) -> None:
    record(raw, "countries", "PW")["joined"] = 2022
    with pytest.raises(DatasetError, match="pw-admitted-2023"):
        interpol_data.load(raw)


def test_a_territory_served_without_a_member_is_refused(raw: dict[str, Any]) -> None:
    record(raw, "territories", "guam")["served_by"] = None
    with pytest.raises(DatasetError, match="guam"):
        interpol_data.load(raw)


def test_a_term_ending_before_it_starts_is_refused(raw: dict[str, Any]) -> None:
    record(raw, "terms", "president-meng-hongwei-2016")["end"] = "2015"
    with pytest.raises(DatasetError, match="ends before it starts"):
        interpol_data.load(raw)


def test_history_collections_round_trip_through_json(ds: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    ds.to_json(path)
    again = interpol_data.load(path)
    for name in ("assemblies", "terms", "memberships", "territories"):
        assert again.collection(name) == ds.collection(name)


def test_history_collections_round_trip_through_csv(ds: Dataset, tmp_path: Path) -> None:
    ds.to_csv(tmp_path)
    again = interpol_data.load_csv(tmp_path)
    for name in ("assemblies", "terms", "memberships", "territories"):
        assert again.collection(name) == ds.collection(name)


def test_membership_panel_has_one_row_per_member_and_year(ds: Dataset) -> None:
    rows = ds.membership_panel()
    years = range(1923, ds.as_of.year + 1)
    assert len(rows) == len(ds.countries) * len(years)
    assert len({(row.country, row.year) for row in rows}) == len(rows)


def test_membership_panel_status_follows_admissions(ds: Dataset) -> None:
    status = {(row.country, row.year): row.status.value for row in ds.membership_panel()}
    assert status[("PW", 2022)] == "not-member"
    assert status[("PW", 2023)] == "member"
    assert status[("SS", 2011)] == "member"


def test_membership_panel_counts_match_members_on_each_year_end(ds: Dataset) -> None:
    rows = ds.membership_panel()
    members_2019 = sum(1 for row in rows if row.year == 2019 and row.status.value == "member")
    assert members_2019 == len(ds.members_on("2019-12-31"))


def test_membership_panel_writes_csv(ds: Dataset, tmp_path: Path) -> None:
    path = ds.membership_panel_to_csv(tmp_path / "panel.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0].keys() == {"country", "year", "status"}
    assert len(rows) == len(ds.membership_panel())


def test_membership_panel_as_pandas_has_categorical_status(ds: Dataset) -> None:
    pandas = pytest.importorskip("pandas")
    frame = ds.membership_panel_to_pandas()
    assert isinstance(frame["status"].dtype, pandas.CategoricalDtype)
    assert str(frame["year"].dtype) == "Int64"
    assert len(frame) == len(ds.membership_panel())


def test_committed_membership_chart_matches_the_data() -> None:
    path = Path(__file__).resolve().parents[1] / "docs" / "maintenance" / "membership_chart.py"
    spec = importlib.util.spec_from_file_location("membership_chart", path)
    assert spec is not None
    assert spec.loader is not None
    chart = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(chart)
    committed = chart.TARGET.read_text(encoding="utf-8")
    assert committed == chart.svg(), "run python docs/maintenance/membership_chart.py"


def test_history_is_part_of_the_public_surface() -> None:
    assert interpol_data.territories["taiwan"].code == "TW"
    assert len(interpol_data.assemblies) >= 27
    assert interpol_data.Term is interpol_data.records.Term
    assert issubclass(interpol_data.NotAMemberError, interpol_data.NotFoundError)


def test_an_assembly_id_must_carry_its_number(raw: dict[str, Any]) -> None:
    record(raw, "assemblies", "ga-90")["number"] = 91
    with pytest.raises(DatasetError, match="ga-91"):
        interpol_data.load(raw)


def test_the_current_president_must_agree_between_bodies_and_terms(raw: dict[str, Any]) -> None:
    record(raw, "terms", "president-lucas-philippe-2025")["person"] = "Someone Else"
    with pytest.raises(DatasetError, match="disagrees with the open term"):
        interpol_data.load(raw)


def test_a_member_cannot_also_be_a_territory(raw: dict[str, Any]) -> None:
    record(raw, "territories", "taiwan")["code"] = "TH"
    with pytest.raises(DatasetError, match="member country, not a territory"):
        interpol_data.load(raw)


def test_history_errors_survive_pickling(ds: Dataset) -> None:
    with pytest.raises(NotAMemberError) as not_member:
        ds.countries.lookup("Taiwan")
    with pytest.raises(UnknownMembershipError) as unknown:
        ds.members_on("1950-01-01")
    for error in (not_member.value, unknown.value):
        again = pickle.loads(pickle.dumps(error))
        assert again == error
        assert str(again) == str(error)


def test_membership_panel_csv_never_replaces_a_fifo(ds: Dataset, tmp_path: Path) -> None:
    fifo = tmp_path / "panel.csv"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match=r"panel\.csv"):
        ds.membership_panel_to_csv(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_membership_panel_csv_leaves_no_temporary_file(ds: Dataset, tmp_path: Path) -> None:
    ds.membership_panel_to_csv(tmp_path / "panel.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["panel.csv"]
