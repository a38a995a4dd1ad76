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
from interpol_data._fields import plan
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
    collection = ds.collection(name)
    keys = plan(collection.record_type).keys
    assert "id" in keys
    for found in collection:
        for key_field in keys:
            value = getattr(found, key_field)
            for key in value if isinstance(value, tuple) else (value,):
                if not isinstance(key, str):
                    continue
                # A key two records share (two pages titled alike) may only be ambiguous.
                try:
                    assert collection.lookup(key) is found, (name, found.id, key)
                except AmbiguousLookupError as error:
                    assert found.id in error.candidates


# Values of another JSON type than the one a field holds: never valid.
WRONG_TYPE: dict[type, st.SearchStrategy[Any]] = {
    str: st.one_of(st.integers(), st.booleans(), st.lists(st.text(max_size=3), max_size=2)),
    int: st.one_of(st.text(max_size=5), st.booleans(), st.floats(allow_nan=False)),
    float: st.one_of(st.text(max_size=5), st.booleans(), st.lists(st.integers(), max_size=2)),
    list: st.one_of(st.text(max_size=5), st.integers(), st.dictionaries(st.text(), st.integers())),
    dict: st.one_of(st.text(max_size=5), st.integers(), st.lists(st.integers(), max_size=2)),
}


@st.composite
def damaged(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """The packaged data with one field of one record given a value of the wrong JSON type,
    and the location the loader must report."""
    # Copies only what is changed: the loader never mutates its input.
    data = dict(MAPPING)
    name = draw(st.sampled_from(COLLECTIONS))
    data[name] = list(data[name])
    position = draw(st.integers(0, len(data[name]) - 1))
    target = data[name][position] = dict(data[name][position])
    field = draw(st.sampled_from(sorted(key for key, value in target.items() if value is not None)))
    target[field] = draw(WRONG_TYPE[type(target[field])])
    record_id = target["id"] if field != "id" else f"#{position}"
    return data, f"{name}[{record_id!r}].{field}"


@given(case=damaged())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_value_of_the_wrong_type_is_always_refused_at_its_location(
    case: tuple[dict[str, Any], str],
) -> None:
    data, location = case
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(data)
    assert location in {problem.location for problem in caught.value.problems}


@given(
    data=st.dictionaries(
        st.text(max_size=8), st.recursive(st.none() | st.text(), st.lists, max_leaves=8)
    )
)
@settings(max_examples=50, deadline=None)
def test_arbitrary_mappings_raise_only_dataset_error(data: dict[str, Any]) -> None:
    with pytest.raises(DatasetError):
        interpol_data.load(data)


def test_loaded_data_survives_an_export_round_trip() -> None:
    edited = copy.deepcopy(MAPPING)
    edited["countries"][0]["notes"] = 'Edited; "quoted", with a comma | and a bar.'
    loaded = interpol_data.load(edited)
    assert interpol_data.load(json.loads(loaded.to_json())) == loaded
