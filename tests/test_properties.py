"""Property tests: lookups and search never fail unexpectedly, damaged data is always refused."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import interpol_data
from interpol_data import AmbiguousLookupError, Dataset, DatasetError, NotFoundError
from interpol_data._dataset import COLLECTION_TYPES
from interpol_data._text import normalize

DATASET = interpol_data.dataset()
MAPPING = DATASET.to_mapping()
COLLECTIONS = sorted(COLLECTION_TYPES)


@given(text=st.text(max_size=40), name=st.sampled_from(COLLECTIONS))
@settings(max_examples=300, deadline=None)
def test_lookup_raises_only_documented_errors(text: str, name: str) -> None:
    with contextlib.suppress(NotFoundError, AmbiguousLookupError):
        DATASET.collection(name).lookup(text)


@given(text=st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_search_never_raises_for_any_string(text: str) -> None:
    hits = interpol_data.search(text)
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks)


@given(text=st.text(max_size=30))
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@st.composite
def country_keys(draw: st.DrawFn) -> tuple[str, str]:
    country = draw(st.sampled_from(list(DATASET.countries)))
    keys = [
        country.id,
        country.name,
        country.alpha_3,
        country.numeric,
        country.iso_short_name,
        *country.aliases,
    ]
    key = draw(st.sampled_from(keys))
    styled = draw(st.sampled_from([key, key.upper(), key.lower(), f"  {key} "]))
    return country.id, styled


@given(case=country_keys())
@settings(max_examples=400)
def test_every_country_is_found_by_each_of_its_names_and_codes(case: tuple[str, str]) -> None:
    expected, text = case
    assert interpol_data.countries.lookup(text).id == expected


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_record_is_found_by_each_of_its_keys(ds: Dataset, name: str) -> None:
    import attrs

    collection = ds.collection(name)
    for found in collection:
        for field in attrs.fields(type(found)):
            if not field.metadata.get("key"):
                continue
            value = getattr(found, field.name)
            for key in value if isinstance(value, tuple) else (value,):
                if not isinstance(key, str):
                    continue
                # A key two records share (two pages titled alike) may only be ambiguous.
                try:
                    assert collection.lookup(key) is found, (name, found.id, key)
                except AmbiguousLookupError as error:
                    assert found.id in error.candidates


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    data = copy.deepcopy(MAPPING)
    name = draw(st.sampled_from(COLLECTIONS))
    records = data[name]
    target = draw(st.sampled_from(records))
    field = draw(st.sampled_from(sorted(target)))
    value = draw(JUNK)
    if value == target[field]:
        value = {"not": "this"}
    target[field] = value
    return data


@given(data=damaged())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_damaged_datasets_raise_only_dataset_error(data: dict[str, Any]) -> None:
    try:
        interpol_data.load(data)
    except DatasetError as error:
        assert error.problems
        assert all(problem.location for problem in error.problems)


@given(data=damaged())
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_loaded_data_always_survives_an_export_round_trip(data: dict[str, Any]) -> None:
    try:
        loaded = interpol_data.load(data)
    except DatasetError:
        return
    assert interpol_data.load(json.loads(loaded.to_json())) == loaded
