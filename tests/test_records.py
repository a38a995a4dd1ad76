"""The record types: immutable, typed, and validating the format of each field."""

from __future__ import annotations

import attrs
import pytest

from interpol_data import InterpolDataError, InvalidValueError
from interpol_data.records import (
    Coordinates,
    Country,
    Language,
    NationalCentralBureau,
    Office,
    Source,
)
from interpol_data.vocabulary import OfficeKind, Region, SourceKind, UnRegion, UnSubregion


def make_country(**changes: object) -> Country:
    fields: dict[str, object] = {
        "id": "FR",
        "name": "France",
        "iso_short_name": "France",
        "alpha_3": "FRA",
        "numeric": "250",
        "region": Region.EUROPE,
        "joined": 1928,
        "ncb": NationalCentralBureau(),
        "un_region": UnRegion.EUROPE,
        "un_subregion": UnSubregion.WESTERN_EUROPE,
        "sources": ("a-source",),
    }
    fields.update(changes)
    return Country(**fields)  # type: ignore[arg-type]


def test_records_are_frozen() -> None:
    country = make_country()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        country.name = "Gaul"  # type: ignore[misc]


def test_records_are_slotted_so_they_carry_no_instance_dict() -> None:
    # A frozen class refuses new attributes whether slotted or not; only a
    # slotted one has no per-instance __dict__.
    assert not hasattr(make_country(), "__dict__")
    assert "__slots__" in vars(Country)


def test_records_are_hashable_and_compare_by_value() -> None:
    assert make_country() == make_country()
    assert len({make_country(), make_country()}) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "fra"),
        ("alpha_3", "FR"),
        ("numeric", "25"),
        ("joined", 1850),
        ("joined", True),
        ("name", " France"),
        ("name", ""),
        ("sources", ()),
        ("sources", ("a", "a")),
        ("sources", ["a-source"]),
    ],
)
def test_country_refuses_badly_formed_values(field: str, value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make_country(**{field: value})
    assert caught.value.field == field


def test_invalid_value_error_is_the_package_error_and_a_value_error() -> None:
    with pytest.raises(InvalidValueError) as caught:
        make_country(alpha_3="fr")
    assert isinstance(caught.value, InterpolDataError)
    assert isinstance(caught.value, ValueError)
    assert "Country.alpha_3" in str(caught.value)


def test_evolve_refuses_what_construction_refuses() -> None:
    with pytest.raises(InvalidValueError, match="alpha_3"):
        attrs.evolve(make_country(), alpha_3="fr")


def test_enum_fields_refuse_values_outside_the_vocabulary() -> None:
    with pytest.raises(InvalidValueError, match="kind"):
        Office(id="x", name="X", kind="spaceport", city="C", country="FR", sources=("s",))  # type: ignore[arg-type]


def test_enum_fields_take_a_member_value_and_hold_the_member() -> None:
    office = Office(id="x", name="X", kind="headquarters", city="C", country="FR", sources=("s",))  # type: ignore[arg-type]
    assert office.kind is OfficeKind.HEADQUARTERS


@pytest.mark.parametrize("day", ["2025-02-31", "2025-13-01", "2025-04-31", "2023-02-29"])
def test_dates_must_be_days_of_the_calendar(day: str) -> None:
    with pytest.raises(InvalidValueError, match="published"):
        Source(id="x", title="X", kind=SourceKind.SEED, published=day)


def test_a_leap_day_is_a_date() -> None:
    assert Source(id="x", title="X", kind=SourceKind.SEED, published="2024-02-29").published


def test_a_bureau_with_facts_must_cite_a_source() -> None:
    with pytest.raises(InvalidValueError, match="sources"):
        NationalCentralBureau(city="Paris", sources=())


def test_a_bureau_without_facts_needs_no_source() -> None:
    assert NationalCentralBureau().sources == ()


@pytest.mark.parametrize(
    "name",
    [
        "Fr\x00ance",
        "France\x1b[2J",
        "Fr\u202eance",
        "Fr\rance",
        "\u200b",
        "Fr\ud800ance",
        "x" * 10_001,
    ],
)
def test_text_fields_refuse_controls_bidi_marks_invisible_only_and_overlong_text(
    name: str,
) -> None:
    with pytest.raises(InvalidValueError, match="name"):
        make_country(name=name)


def test_notes_may_span_lines_but_names_may_not() -> None:
    assert make_country(notes="First line.\nSecond line.").notes
    with pytest.raises(InvalidValueError, match="name"):
        make_country(name="Fra\nnce")


def test_coordinates_must_be_on_earth() -> None:
    with pytest.raises(ValueError, match="latitude"):
        Coordinates(latitude=91.0, longitude=0.0)
    with pytest.raises(ValueError, match="longitude"):
        Coordinates(latitude=0.0, longitude=-181.0)


def test_source_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="URL"):
        Source(id="x", title="X", kind=SourceKind.WEB_PAGE, url="ftp://example.org")


@pytest.mark.parametrize("url", ["https://example.org/\x00", "https://example.org/\u202e"])
def test_source_url_refuses_control_and_bidi_characters(url: str) -> None:
    with pytest.raises(InvalidValueError, match="url"):
        Source(id="x", title="X", kind=SourceKind.WEB_PAGE, url=url)


def test_source_date_accepts_year_month_or_day_only() -> None:
    assert (
        Source(id="x", title="X", kind=SourceKind.SEED, published="2025-07").published == "2025-07"
    )
    with pytest.raises(ValueError, match="date"):
        Source(id="x", title="X", kind=SourceKind.SEED, published="July 2025")


def test_language_code_is_two_lower_case_letters() -> None:
    with pytest.raises(ValueError, match="ISO 639-1"):
        Language(id="FR", name="French", sources=("s",))


def test_office_kind_is_a_vocabulary_with_a_label() -> None:
    office = Office(
        id="x",
        name="X",
        kind=OfficeKind.REGIONAL_BUREAU,
        city="Harare",
        country="ZW",
        sources=("s",),
    )
    assert office.kind == "regional-bureau"
    assert office.kind.label == "Regional bureau"


def test_every_field_is_documented() -> None:
    from interpol_data._dataset import COLLECTION_TYPES
    from interpol_data._fields import plan
    from interpol_data.records import Organization

    for record_type in (*COLLECTION_TYPES.values(), Organization):
        for field in plan(record_type).fields:
            assert field.doc, f"{record_type.__name__}.{field.name} has no doc"
