"""Records compare, hash and print by their field values, as attrs' own methods would."""

from __future__ import annotations

import attrs

from interpol_data import Dataset, records
from interpol_data._records.common import Displayable
from interpol_data.records import Language


def test_repr_names_the_class_and_every_field_in_order(ds: Dataset) -> None:
    language = ds.languages["fr"]
    fields = ", ".join(f"{f.name}={getattr(language, f.name)!r}" for f in attrs.fields(Language))
    assert repr(language) == f"Language({fields})"


def test_records_with_equal_fields_are_equal_and_hash_alike(ds: Dataset) -> None:
    country = ds.countries["FR"]
    copy = attrs.evolve(country)
    assert copy is not country
    assert copy == country
    assert hash(copy) == hash(country)


def test_a_nested_difference_makes_records_differ(ds: Dataset) -> None:
    country = ds.countries["FR"]
    changed = attrs.evolve(country, ncb=attrs.evolve(country.ncb, city="Lyon"))
    assert changed != country


def test_records_of_different_types_never_compare_equal(ds: Dataset) -> None:
    language = ds.languages["fr"]
    assert language != ds.sources[language.sources[0]]
    assert language != "fr"


def test_record_classes_inherit_these_methods_rather_than_generate_them() -> None:
    # Generated per class by attrs, they would cost the first lookup a third
    # more time creating the classes: declare records with
    # @attrs.frozen(repr=False, eq=False).
    generated = [
        cls.__name__
        for cls in _record_classes()
        if (cls.__repr__, cls.__eq__, cls.__hash__)
        != (Displayable.__repr__, Displayable.__eq__, Displayable.__hash__)
    ]
    assert generated == []


def _record_classes() -> list[type]:
    return [
        value
        for value in vars(records).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == records.__name__
    ]
