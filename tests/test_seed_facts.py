"""Every fact the seed texts state can be found through the API, cited to its seed.

The expected values below are read from the seed texts in ../shared/seeds, not
from the data files.
"""

from __future__ import annotations

from typing import Any

import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data.vocabulary import OfficeKind
from tests.conftest import (
    SEED_ARTICLE,
    SEED_DRUGS,
    SEED_OVERVIEW,
    SEED_TRAINING,
    SEED_WHO_WE_ARE,
)


def cites(record: Any, seed: str) -> bool:
    return seed in record.sources


def test_every_seed_is_a_source(ds: Dataset) -> None:
    for seed in (SEED_TRAINING, SEED_DRUGS, SEED_OVERVIEW, SEED_WHO_WE_ARE, SEED_ARTICLE):
        assert ds.sources[seed].kind == "seed"


def test_seed_article_is_dated_and_cited_only_for_a_description(ds: Dataset) -> None:
    assert ds.sources[SEED_ARTICLE].published == "2025-07-22"
    citing = ds.cited_by(SEED_ARTICLE)
    assert citing
    assert all(type(r).__name__ == "Capability" for r in citing)


def test_organization_names_and_kind(ds: Dataset) -> None:
    org = interpol_data.organization()
    assert org.name == "International Criminal Police Organization"
    assert org.short_name == "INTERPOL"
    assert "inter-governmental" in org.kind.lower()
    assert cites(org, SEED_WHO_WE_ARE)


def test_organization_official_languages_and_network(ds: Dataset) -> None:
    org = ds.organization
    assert org.official_languages == ("ar", "en", "fr", "es")
    assert [ds.languages[code].name for code in org.official_languages] == [
        "Arabic",
        "English",
        "French",
        "Spanish",
    ]
    assert org.secure_network == "I-24/7"


def test_budget_2019_is_139_million_euros_from_the_fact_sheet(ds: Dataset) -> None:
    budget = next(b for b in ds.organization.budgets if b.year == 2019)
    assert budget.amount_eur == 139_000_000
    assert SEED_OVERVIEW in budget.sources


def test_contact_accounts_from_the_fact_sheet(ds: Dataset) -> None:
    accounts = {a.platform: a.handle for a in ds.organization.social_accounts}
    assert accounts == {"Twitter": "@INTERPOL_HQ", "YouTube": "INTERPOLHQ"}
    assert ds.organization.website == "https://www.interpol.int"


@pytest.mark.parametrize(
    ("subject", "value"),
    [
        ("member countries", 196),
        ("regional bureaus", 7),
        ("Executive Committee members", 13),
        ("police databases", 19),
        ("official languages", 4),
        ("global programmes", 3),
        ("externally funded projects", 8),
    ],
)
def test_stated_counts_hold_the_seed_numbers(ds: Dataset, subject: str, value: int) -> None:
    stated = {c.subject: c.value for c in ds.organization.stated_counts}
    assert stated[subject] == value


def test_headquarters_in_lyon_and_complex_in_singapore(ds: Dataset) -> None:
    hq = ds.offices[ds.organization.headquarters]
    assert (hq.kind, hq.city, hq.country) == (OfficeKind.HEADQUARTERS, "Lyon", "FR")
    igci = ds.offices.lookup("IGCI")
    assert (igci.kind, igci.country) == (OfficeKind.GLOBAL_COMPLEX, "SG")
    assert cites(hq, SEED_OVERVIEW)


def test_seven_regional_bureaus_in_the_seed_countries(ds: Dataset) -> None:
    bureaus = ds.offices.filter(kind=OfficeKind.REGIONAL_BUREAU, status="open")
    assert sorted(b.country for b in bureaus) == ["AR", "CI", "CM", "KE", "SV", "TH", "ZW"]
    assert all(cites(b, SEED_OVERVIEW) for b in bureaus)


def test_agreed_offices_have_a_status_and_a_dated_note(ds: Dataset) -> None:
    riyadh = ds.offices["rb-saudi-arabia"]
    assert (riyadh.kind.value, riyadh.status.value, riyadh.country) == (
        "regional-bureau",
        "agreed",
        "SA",
    )
    assert "January 2025" in (riyadh.notes or "")
    caribbean = ds.offices["lo-caribbean"]
    assert (caribbean.kind.value, caribbean.status.value, caribbean.country) == (
        "liaison-office",
        "agreed",
        "BB",
    )


def test_dial_doc_is_folded_into_fields(ds: Dataset) -> None:
    fields = ds.databases.lookup("Dial-Doc")
    assert fields.id == "fields"
    assert fields.name == "Frontex INTERPOL Electronic Library Document System"
    assert len(ds.databases) == 19


def test_frances_bureau_moved_to_the_national_judicial_police_directorate(ds: Dataset) -> None:
    france = ds.countries["FR"]
    assert "DNPJ" in (france.ncb.agency or "")
    assert "1 January 2024" in (france.notes or "")


def test_representative_offices(ds: Dataset) -> None:
    offices = ds.offices.filter(kind="representative-office")
    assert {(o.city, o.country) for o in offices} == {
        ("Addis Ababa", "ET"),
        ("Brussels", "BE"),
        ("New York", "US"),
        ("Vienna", "AT"),
    }


def test_command_centre_sites(ds: Dataset) -> None:
    sites = ds.offices.filter(kind="command-centre")
    assert {s.city for s in sites} == {"Buenos Aires", "Lyon", "Singapore"}


def test_governing_bodies(ds: Dataset) -> None:
    assembly = ds.bodies["general-assembly"]
    assert assembly.meets is not None
    assert "once a year" in assembly.meets.lower()
    committee = ds.bodies["executive-committee"]
    assert committee.seats == 13
    assert committee.holders[0].role == "President"
    secretariat = ds.bodies["general-secretariat"]
    assert [h.role for h in secretariat.holders] == ["Secretary General"]
    assert cites(committee, SEED_OVERVIEW)


def test_office_holders_have_dates_and_sources(ds: Dataset) -> None:
    for body in ds.bodies:
        for holder in body.holders:
            assert holder.as_of
            assert holder.sources


def test_three_global_programmes(ds: Dataset) -> None:
    assert {p.name for p in ds.programmes} == {
        "Counter-terrorism",
        "Cybercrime",
        "Organized and emerging crime",
    }
    assert all(cites(p, SEED_OVERVIEW) for p in ds.programmes)


def test_four_global_crime_areas_of_seed_003(ds: Dataset) -> None:
    named = {"Terrorism", "Cybercrime", "Organized crime", "Financial crime and anti-corruption"}
    found = {a.name for a in ds.crime_areas if cites(a, SEED_WHO_WE_ARE)}
    assert found == named


def test_eight_capabilities(ds: Dataset) -> None:
    assert {c.name for c in ds.capabilities} == {
        "Police data management",
        "Forensics",
        "Criminal analysis",
        "Fugitive investigative support",
        "Command and Coordination Centre",
        "Special projects",
        "Innovation",
        "Capacity building and training",
    }


def test_newest_notice_is_silver(ds: Dataset) -> None:
    silver = ds.notices["silver"]
    assert silver.colour == "silver"
    assert silver.introduced is not None
    assert silver.introduced.startswith("2025")
    assert {"red", "yellow", "blue", "black", "green", "orange", "purple"} <= set(ds.notices.ids())
    assert ds.notices["diffusion"].kind == "diffusion"


@pytest.mark.parametrize(
    ("project", "funder"),
    [
        ("Adwenpa IV", "germany-federal-foreign-office"),
        ("EU-ASEAN Migration and Border Management Programme II", "european-union"),
        ("Cyber Americas II", "government-of-canada"),
        ("LEADER", "government-of-canada"),
        ("Mast", "government-of-canada"),
        ("Relay", "government-of-canada"),
        ("Scorpius", "government-of-canada"),
        ("Sunbird", "government-of-canada"),
        ("Trace", "government-of-canada"),
        ("CRIMJUST", "european-union"),
        ("MAYAG", "republic-of-korea"),
    ],
)
def test_project_funders_from_the_seeds(ds: Dataset, project: str, funder: str) -> None:
    assert funder in ds.projects.lookup(project).funders


def test_training_seed_projects_are_all_present(ds: Dataset) -> None:
    for name in (
        "EU-ASEAN Migration and Border Management Programme II",
        "Project Adwenpa IV",
        "Project Cyber Americas II",
        "Project LEADER",
        "Project Mast",
        "Project Relay",
        "Project Scorpius",
        "Project Sunbird",
        "Project Trace",
        "C.A.S.E Initiative",
    ):
        assert cites(ds.projects.lookup(name), SEED_TRAINING), name


def test_mast_countries(ds: Dataset) -> None:
    assert set(ds.projects["mast"].countries) == {"ID", "MY", "PH", "VN"}


def test_drug_projects_partners_and_counts(ds: Dataset) -> None:
    crimjust = ds.projects.lookup("CRIMJUST")
    assert crimjust.beneficiary_country_count == 30
    assert set(crimjust.partners) == {"unodc", "transparency-international"}
    assert crimjust.funding_programme == "Cocaine Routes Programme"
    aircop = ds.projects.lookup("AIRCOP")
    assert aircop.beneficiary_country_count == 40
    assert set(aircop.partners) == {"unodc", "wco"}
    assert "Southeastern Europe" in aircop.regions
    mayag = ds.projects.lookup("mayag")
    assert set(mayag.partners) == {"aseanapol", "afripol", "europol", "ameripol", "caricc"}
    i_raid = ds.projects.lookup("I-RAID")
    assert i_raid.name == "INTERPOL Response Against Illicit Drugs"
    assert cites(i_raid, SEED_DRUGS)


def test_seed_oddities_are_recorded_in_notes(ds: Dataset) -> None:
    eight = next(c for c in ds.organization.stated_counts if c.id == "externally-funded-projects")
    assert eight.explanation is not None
    assert "eight" in eight.explanation
    assert ds.crime_areas["financial-crime-anti-corruption"].notes is not None
    assert "Vienne" in (ds.offices["ro-unodc-vienna"].notes or "")


def test_national_central_bureaus_body_describes_the_seed_role(ds: Dataset) -> None:
    ncb = ds.bodies.lookup("NCB")
    assert cites(ncb, SEED_WHO_WE_ARE)
    assert "ministry" in ncb.role


def test_every_source_is_cited_by_some_record(ds: Dataset) -> None:
    cited = {edge.target_id for edge in ds.edges() if edge.target_collection == "sources"}
    assert set(ds.sources.ids()) - cited == set()


def test_every_record_cites_at_least_one_known_source(ds: Dataset) -> None:
    for name, collection in ds.collections.items():
        if name == "sources":
            continue
        for found in collection:
            assert found.sources, (name, found.id)
            assert all(source in ds.sources for source in found.sources)


def test_partner_founding_years_where_sourced(ds: Dataset) -> None:
    assert ds.partners.lookup("EUROPOL").founded == 1998
    assert ds.partners["european-union"].founded is None
