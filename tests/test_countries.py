"""The 196 member countries: ISO codes checked against pycountry, aliases unambiguous."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest

from interpol_data import Dataset
from interpol_data._text import compact, normalize
from interpol_data.vocabulary import Region, UnIntermediateRegion, UnRegion, UnSubregion

# Independent of the data files: who is known not to be a member, and why.
NOT_MEMBERS = {
    "KP": "North Korea, a UN member outside INTERPOL",
    "TV": "Tuvalu, a UN member outside INTERPOL",
    "TW": "Taiwan, whose seat passed to China in 1984",
    "HK": "Hong Kong, a sub-bureau of China's bureau",
    "MO": "Macao, a sub-bureau of China's bureau",
    "EH": "Western Sahara",
}
NON_UN_MEMBERS = {"PS", "VA", "AW", "CW", "SX"}


def test_there_are_exactly_196_members(ds: Dataset) -> None:
    assert len(ds.countries) == 196


@pytest.mark.parametrize("code", sorted(NOT_MEMBERS))
def test_non_members_are_absent(ds: Dataset, code: str) -> None:
    assert code not in ds.countries, NOT_MEMBERS[code]


@pytest.mark.parametrize("code", sorted(NON_UN_MEMBERS))
def test_members_that_are_not_un_states_are_present(ds: Dataset, code: str) -> None:
    assert code in ds.countries


def test_iso_codes_and_names_agree_with_pycountry(ds: Dataset) -> None:
    for country in ds.countries:
        iso = pycountry.countries.get(alpha_2=country.id)
        assert iso is not None, country.id
        assert country.alpha_3 == iso.alpha_3, country.id
        assert country.numeric == iso.numeric, country.id
        assert country.iso_short_name == iso.name, country.id
        assert country.official_name == getattr(iso, "official_name", None), country.id


def test_the_two_newest_members_and_their_accession_years(ds: Dataset) -> None:
    newest = sorted((c for c in ds.countries if c.joined), key=lambda c: c.joined or 0)[-2:]
    assert [(c.id, c.joined) for c in newest] == [("FM", 2021), ("PW", 2023)]


def test_every_country_cites_iso_and_a_membership_source(ds: Dataset) -> None:
    for country in ds.countries:
        assert "iso-3166-1" in country.sources
        assert len(country.sources) >= 2, country.id


def test_bureau_details_always_cite_a_source(ds: Dataset) -> None:
    for country in ds.countries:
        if country.ncb.city or country.ncb.agency:
            assert country.ncb.sources, country.id
            assert all(s in ds.sources for s in country.ncb.sources)


def test_no_alias_names_two_members(ds: Dataset) -> None:
    owners: dict[str, set[str]] = {}
    for country in ds.countries:
        keys = (country.id, country.name, country.iso_short_name, country.alpha_3, country.numeric)
        for key in (*keys, country.official_name, *country.aliases):
            if key:
                owners.setdefault(compact(normalize(key)), set()).add(country.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_alias_resolves_to_its_own_country(ds: Dataset) -> None:
    for country in ds.countries:
        for alias in country.aliases:
            assert ds.countries.lookup(alias) is country, alias


def test_no_alias_is_another_members_iso_code(ds: Dataset) -> None:
    codes = {c.id for c in ds.countries} | {c.alpha_3 for c in ds.countries}
    for country in ds.countries:
        for alias in country.aliases:
            assert alias.upper() not in codes - {country.id, country.alpha_3}, alias


def test_regions_use_the_four_interpol_regions(ds: Dataset) -> None:
    used = Counter(c.region for c in ds.countries if c.region is not None)
    assert set(used) <= set(Region)
    assert used[Region.EUROPE] > 0
    assert used[Region.AFRICA] > 0


def test_accession_years_are_plausible(ds: Dataset) -> None:
    for country in ds.countries:
        if country.joined is not None:
            assert 1923 <= country.joined <= ds.as_of.year, country.id


def test_stated_member_count_matches(ds: Dataset) -> None:
    stated = next(c for c in ds.organization.stated_counts if c.id == "member-countries")
    assert stated.value == len(ds.countries)
    assert stated.explanation is None


def test_every_member_has_a_un_m49_region_and_subregion(ds: Dataset) -> None:
    missing = [c.id for c in ds.countries if c.un_region is None or c.un_subregion is None]
    assert missing == []


def test_un_grouping_is_distinct_from_interpols_own(ds: Dataset) -> None:
    israel = ds.countries["IL"]
    # INTERPOL places Israel in its Europe region; the UN M49 standard in Western Asia.
    assert israel.region is Region.EUROPE
    assert israel.un_region is UnRegion.ASIA
    assert israel.un_subregion is UnSubregion.WESTERN_ASIA


def test_un_areas_carry_their_m49_codes_and_names(ds: Dataset) -> None:
    kenya = ds.countries["KE"]
    assert (kenya.un_region.m49, kenya.un_region.label) == ("002", "Africa")
    assert kenya.un_subregion.label == "Sub-Saharan Africa"
    assert kenya.un_intermediate_region is UnIntermediateRegion.EASTERN_AFRICA
    assert ds.countries["FR"].un_intermediate_region is None


def test_un_grouping_cites_the_m49_standard(ds: Dataset) -> None:
    assert all("un-m49" in c.sources for c in ds.countries)
    assert ds.sources["un-m49"].publisher == "United Nations Statistics Division"


def test_every_gap_in_researched_fields_says_what_was_searched(ds: Dataset) -> None:
    unexplained = [
        country.id
        for country in ds.countries
        if None in (country.region, country.joined, country.ncb.city, country.ncb.agency)
        and "not stated by any source found" not in (country.notes or "").casefold()
    ]
    assert unexplained == []
