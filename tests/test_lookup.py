"""Lookups, search and filter on collections: forgiving of spelling, never silently fuzzy."""

from __future__ import annotations

import pytest

import interpol_data
from interpol_data import AmbiguousLookupError, Dataset, NotFoundError
from interpol_data.collection import Collection
from interpol_data.records import Language
from interpol_data.vocabulary import OfficeKind, OfficeStatus, Region


def language(code: str, name: str, *aliases: str) -> Language:
    return Language(id=code, name=name, aliases=aliases, sources=("s",))


@pytest.fixture
def tongues() -> Collection[Language]:
    return Collection(
        "languages",
        Language,
        [
            language("fr", "French", "Français"),
            language("es", "Spanish", "Castilian"),
            language("pt", "Portuguese", "Lingua"),
            language("it", "Italian", "Lingua"),
        ],
    )


def test_records_are_ordered_by_id(tongues: Collection[Language]) -> None:
    assert [t.id for t in tongues] == ["es", "fr", "it", "pt"]


def test_getitem_by_id_ignores_case(tongues: Collection[Language]) -> None:
    assert tongues["FR"].name == "French"


def test_get_returns_none_or_the_default_on_a_miss(tongues: Collection[Language]) -> None:
    assert tongues.get("xx") is None
    assert tongues.get("xx", "fallback") == "fallback"


def test_getitem_miss_raises_not_found_with_its_key(tongues: Collection[Language]) -> None:
    with pytest.raises(NotFoundError) as caught:
        tongues["xx"]
    assert isinstance(caught.value, LookupError)
    assert caught.value.key == "xx"
    assert caught.value.collection == "languages"


def test_lookup_ignores_case_accents_and_spaces(tongues: Collection[Language]) -> None:
    assert tongues.lookup("  FRANCAIS ").id == "fr"
    assert tongues.lookup("français").id == "fr"


def test_lookup_of_an_ambiguous_alias_lists_the_candidates(tongues: Collection[Language]) -> None:
    with pytest.raises(AmbiguousLookupError) as caught:
        tongues.lookup("lingua")
    assert set(caught.value.candidates) == {"it", "pt"}


def test_lookup_miss_suggests_close_names(tongues: Collection[Language]) -> None:
    with pytest.raises(NotFoundError) as caught:
        tongues.lookup("Frenhc")
    assert [s.id for s in caught.value.suggestions] == ["fr"]
    assert "French (fr)" in str(caught.value)


@pytest.mark.parametrize("bad", [None, 42, b"fr", ["fr"]])
def test_lookup_refuses_non_strings(tongues: Collection[Language], bad: object) -> None:
    with pytest.raises(TypeError):
        tongues.lookup(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tongues.search(bad)  # type: ignore[arg-type]


def test_collections_cannot_be_changed(tongues: Collection[Language]) -> None:
    with pytest.raises(AttributeError):
        tongues._records = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del tongues._records
    with pytest.raises(TypeError):
        tongues["fr"] = language("fr", "Gallic")  # type: ignore[index]


def test_module_collections_cannot_be_changed() -> None:
    with pytest.raises(AttributeError):
        interpol_data.countries._records = ()  # type: ignore[misc]


def test_duplicate_ids_are_refused_by_a_collection() -> None:
    with pytest.raises(ValueError, match="unique"):
        Collection("languages", Language, [language("fr", "A"), language("fr", "B")])


def test_contains_accepts_ids_and_records(tongues: Collection[Language]) -> None:
    assert "fr" in tongues
    assert tongues["fr"] in tongues
    assert language("fr", "Other") not in tongues
    assert 3 not in tongues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivory Coast", "CI"),
        ("CIV", "CI"),
        ("côte d'ivoire", "CI"),
        ("COTE D IVOIRE", "CI"),
        ("384", "CI"),
        ("ci", "CI"),
        ("The Gambia", "GM"),
        ("Türkiye", "TR"),
        ("turkey", "TR"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("UK", "GB"),
        ("Vatican", "VA"),
        ("Palestine", "PS"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
    ],
)
def test_country_lookup_finds_names_codes_and_aliases(text: str, expected: str) -> None:
    assert interpol_data.countries.lookup(text).id == expected


def test_north_korea_does_not_find_the_republic_of_korea() -> None:
    with pytest.raises(NotFoundError):
        interpol_data.countries.lookup("North Korea")


def test_france_misspelt_suggests_france() -> None:
    with pytest.raises(NotFoundError) as caught:
        interpol_data.countries.lookup("Frnace")
    assert caught.value.suggestions[0].id == "FR"


def test_lookup_strips_a_leading_project_or_the(ds: Dataset) -> None:
    assert ds.projects.lookup("Project Mast").id == "mast"
    assert ds.projects.lookup("mast").id == "mast"
    assert ds.projects.lookup("the CRIMJUST project".removesuffix(" project")).id == "crimjust"


def test_lookup_ignores_punctuation_in_acronyms(ds: Dataset) -> None:
    assert ds.projects.lookup("CASE").id == "case"
    assert ds.projects.lookup("C.A.S.E").id == "case"
    assert ds.projects.lookup("IRAID").id == "i-raid"
    assert ds.databases.lookup("iarms").id == "iarms"
    assert ds.partners.lookup("unodc").id == "unodc"


def test_search_ranks_exact_before_prefix_before_substring(ds: Dataset) -> None:
    names = [c.id for c in ds.countries.search("guinea")]
    assert names[:2] == ["GN", "GW"]  # the exact name, then the name it starts
    assert set(names[2:4]) == {"GQ", "PG"}  # then names holding it as a word


def test_search_finds_close_spellings_last(ds: Dataset) -> None:
    assert ds.countries.search("Frnace")[0].id == "FR"


def test_search_returns_empty_for_nonsense_and_empty_text(ds: Dataset) -> None:
    assert ds.countries.search("qqqqzzzz") == ()
    assert ds.countries.search("   ") == ()


def test_search_limit(ds: Dataset) -> None:
    assert len(ds.countries.search("a", limit=3)) == 3


def test_module_search_names_the_collection_of_each_hit() -> None:
    hits = interpol_data.search("cybercrime")
    collections = {hit.collection for hit in hits}
    assert {"programmes", "crime_areas"} <= collections
    assert hits[0].rank == 0


def test_filter_by_enum_member_or_value(ds: Dataset) -> None:
    by_member = ds.offices.filter(kind=OfficeKind.REGIONAL_BUREAU, status=OfficeStatus.OPEN)
    by_value = ds.offices.filter(kind="regional-bureau", status="open")
    assert by_member == by_value
    assert len(by_member) == 7


def test_filter_tuple_fields_by_membership(ds: Dataset) -> None:
    assert {p.id for p in ds.projects.filter(countries="ID")} >= {"mast", "scorpius"}


def test_filter_on_several_fields(ds: Dataset) -> None:
    europe = ds.countries.filter(region=Region.EUROPE, id="FR")
    assert [c.id for c in europe] == ["FR"]


def test_filter_with_an_unknown_field_raises_type_error(ds: Dataset) -> None:
    with pytest.raises(TypeError, match="colour"):
        ds.countries.filter(colour="blue")


def test_every_record_is_found_by_its_id_and_name(ds: Dataset) -> None:
    for collection in ds.collections.values():
        for found in collection:
            assert collection.lookup(found.id) is found
            name = getattr(found, "name", None)
            if name is not None:
                assert collection.lookup(name) is found


def test_collection_repr_and_html(ds: Dataset) -> None:
    assert "196" in repr(ds.countries)
    html = ds.countries._repr_html_()
    assert "<table" in html
    assert "first 20 shown" in html
    assert "Korea" in ds.countries["KR"]._repr_html_()
    assert "countries" in ds._repr_html_()


@pytest.mark.parametrize("region", ["Europe", "EUROPE", "europe", Region.EUROPE])
def test_filter_takes_an_enum_member_value_or_name_in_any_case(ds: Dataset, region: object) -> None:
    found = ds.countries.filter(region=region)
    assert "FR" in {country.id for country in found}
    assert {country.region for country in found} == {Region.EUROPE}


def test_filter_refuses_a_value_outside_the_vocabulary_naming_the_allowed_ones(
    ds: Dataset,
) -> None:
    with pytest.raises(ValueError, match="'europe'") as caught:
        ds.countries.filter(region="Mars")
    assert "Mars" in str(caught.value)


def test_filter_on_a_reference_takes_any_text_lookup_accepts(ds: Dataset) -> None:
    by_id = ds.projects.filter(funders="european-union")
    assert by_id
    assert ds.projects.filter(funders="EU") == by_id
    assert ds.projects.filter(funders=ds.partners["european-union"]) == by_id


def test_filter_on_a_reference_refuses_text_that_names_no_record(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="partners"):
        ds.projects.filter(funders="Martian Space Agency")


def test_filter_on_none_finds_records_without_a_value(ds: Dataset) -> None:
    unplaced = ds.countries.filter(region=None)
    assert all(country.region is None for country in unplaced)


def test_filter_refuses_a_value_of_a_type_the_field_never_holds(ds: Dataset) -> None:
    with pytest.raises(TypeError, match="joined"):
        ds.countries.filter(joined="1950")


def test_filter_compares_a_tuple_field_whole_when_given_a_tuple(ds: Dataset) -> None:
    france = ds.countries["FR"]
    assert ds.countries.filter(sources=france.sources) == (france,)
