"""The record types: immutable, typed, and validating the format of each field."""

from __future__ import annotations

import attrs
import pytest

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


def test_records_are_slotted_so_no_attribute_can_be_added() -> None:
    country = make_country()
    with pytest.raises((AttributeError, TypeError)):
        country.extra = 1  # type: ignore[attr-defined]


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
    with pytest.raises((ValueError, TypeError)):
        make_country(**{field: value})


def test_coordinates_must_be_on_earth() -> None:
    with pytest.raises(ValueError, match="latitude"):
        Coordinates(latitude=91.0, longitude=0.0)
    with pytest.raises(ValueError, match="longitude"):
        Coordinates(latitude=0.0, longitude=-181.0)


def test_source_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="URL"):
        Source(id="x", title="X", kind=SourceKind.WEB_PAGE, url="ftp://example.org")


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
    from interpol_data.records import Organization

    for record_type in (*COLLECTION_TYPES.values(), Organization):
        for field in attrs.fields(record_type):
            assert field.metadata.get("doc"), f"{record_type.__name__}.{field.name} has no doc"
