"""Filters and relationships answer from indexes exactly what a scan of the records gives."""

from __future__ import annotations

from typing import Any

import pytest

from interpol_data import Dataset


def _scan(records: Any, **wanted: object) -> tuple[Any, ...]:
    def matches(value: object, expected: object) -> bool:
        if isinstance(value, tuple) and not isinstance(expected, tuple):
            return expected in value
        return value == expected

    return tuple(
        record
        for record in records
        if all(matches(getattr(record, name), value) for name, value in wanted.items())
    )


@pytest.mark.parametrize(
    "wanted",
    [
        {"region": "europe"},
        {"region": "europe", "joined": 1923},
        {"joined": 1923, "region": "europe"},
        {"un_intermediate_region": None},
        {"sources": "iso-3166-1"},
        {"joined": 1850},
    ],
)
def test_filtering_countries_gives_what_a_scan_gives_in_order(
    ds: Dataset, wanted: dict[str, object]
) -> None:
    assert ds.countries.filter(**wanted) == _scan(ds.countries, **wanted)


def test_a_tuple_field_matches_a_whole_tuple_too(ds: Dataset) -> None:
    project = next(p for p in ds.projects if len(p.funders) > 1)
    assert project in ds.projects.filter(funders=project.funders)


def test_an_unhashable_value_is_compared_record_by_record(ds: Dataset) -> None:
    assert ds.countries.filter(aliases=(["French Republic"],)) == ()


def test_filtering_by_nothing_gives_every_record(ds: Dataset) -> None:
    assert ds.languages.filter() == tuple(ds.languages)


def test_referrers_are_every_record_whose_edges_point_at_the_record(ds: Dataset) -> None:
    source = ds.sources["iso-3166-1"]
    expected: dict[tuple[str, str], object] = {}
    for edge in ds.edges():
        if (edge.target_collection, edge.target_id) == ("sources", source.id):
            key = (edge.source_collection, edge.source_id)
            expected.setdefault(
                key,
                ds.organization
                if edge.source_collection == "organization"
                else ds.collection(edge.source_collection)[edge.source_id],
            )
    assert ds.referrers(source) == tuple(expected.values())
    assert len(expected) > 100
