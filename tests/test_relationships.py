"""Following relationships: who funds what, who partners on what, what happens where."""

from __future__ import annotations

import pytest

from interpol_data import Dataset, NotFoundError


def ids(records: tuple[object, ...]) -> set[str]:
    return {r.id for r in records}  # type: ignore[attr-defined]


def test_projects_funded_by_canada_by_name_alias_or_id(ds: Dataset) -> None:
    expected = {"cyber-americas-ii", "leader", "mast", "relay", "scorpius", "sunbird", "trace"}
    assert expected <= ids(ds.projects_funded_by("canada"))
    assert ds.projects_funded_by("Canada") == ds.projects_funded_by("government-of-canada")
    partner = ds.partners["government-of-canada"]
    assert ds.projects_funded_by(partner) == ds.projects_funded_by("Canadian government")


def test_projects_funded_by_germany_and_the_eu(ds: Dataset) -> None:
    assert ids(ds.projects_funded_by("Germany's Foreign Office")) == {"adwenpa-iv"}
    assert {"eu-asean-migration-border-management-ii", "crimjust"} <= ids(
        ds.projects_funded_by("European Union")
    )


def test_projects_with_partner(ds: Dataset) -> None:
    assert ids(ds.projects_with_partner("UNODC")) == {"crimjust", "aircop"}
    assert ids(ds.projects_with_partner("europol")) == {"mayag"}


def test_funders_and_partners_of_a_project(ds: Dataset) -> None:
    assert ids(ds.partners_of("aircop")) == {"unodc", "wco"}
    assert ids(ds.funders_of("MAYAG")) == {"republic-of-korea"}
    assert ids(ds.partners_of("Project CRIMJUST")) == {"unodc", "transparency-international"}


def test_projects_in_a_country(ds: Dataset) -> None:
    assert {"mast", "sunbird", "trace", "scorpius"} <= ids(ds.projects_in("ID"))
    assert ds.projects_in("Indonesia") == ds.projects_in("IDN")


def test_offices_in_a_country(ds: Dataset) -> None:
    assert ids(ds.offices_in("FR")) == {"general-secretariat-lyon", "ccc-lyon"}
    assert ids(ds.offices_in("Singapore")) == {"igci-singapore", "ccc-singapore"}
    assert ds.offices_in("Japan") == ()


def test_regional_bureau_in_a_country(ds: Dataset) -> None:
    bureau = ds.regional_bureau_in("Côte d'Ivoire")
    assert bureau is not None
    assert bureau.city == "Abidjan"
    assert ds.regional_bureau_in("FR") is None


def test_projects_on_a_crime_area_and_in_a_region(ds: Dataset) -> None:
    assert "relay" in ids(ds.projects_on("migrant smuggling"))
    assert "adwenpa-iv" in ids(ds.projects_in_region("west africa"))


def test_relationship_helpers_raise_not_found_for_unknown_text(ds: Dataset) -> None:
    with pytest.raises(NotFoundError):
        ds.projects_funded_by("Atlantis")
    with pytest.raises(NotFoundError):
        ds.offices_in("North Korea")


def test_relationship_helpers_refuse_the_wrong_record_type(ds: Dataset) -> None:
    with pytest.raises(TypeError, match="Partner"):
        ds.projects_funded_by(ds.countries["CA"])  # type: ignore[arg-type]


def test_referrers_lists_every_record_pointing_at_a_record(ds: Dataset) -> None:
    referrers = ds.referrers(ds.partners["unodc"])
    assert {"crimjust", "aircop"} <= {r.id for r in referrers}
    assert ds.referrers(ds.countries["ID"])  # offices, projects, holders…


def test_edges_form_a_graph_whose_targets_all_exist(ds: Dataset) -> None:
    edges = ds.edges()
    assert edges
    for edge in edges:
        assert edge.target_id in ds.collection(edge.target_collection)


def test_cited_by_includes_the_organization(ds: Dataset) -> None:
    assert ds.organization in ds.cited_by("002_e7bd4a5ba40e9a31.txt")


def test_unknown_collection_name_raises_key_error(ds: Dataset) -> None:
    with pytest.raises(KeyError, match="villains"):
        ds.collection("villains")


def test_dataset_cannot_be_changed(ds: Dataset) -> None:
    with pytest.raises(AttributeError):
        ds._as_of = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del ds._organization
    with pytest.raises(TypeError):
        ds.collections["countries"] = ds.countries  # type: ignore[index]


def test_count_checks_pair_each_stated_number_with_the_records(ds: Dataset) -> None:
    checks = {stated.id: held for stated, held in ds.count_checks()}
    assert checks["member-countries"] == len(ds.countries)
    assert checks["regional-bureaus"] == len(ds.offices.filter(kind="regional-bureau"))
    assert checks["executive-committee-members"] is None
