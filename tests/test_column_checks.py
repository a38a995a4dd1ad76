"""A check asked of a whole column (``all_pass``) answers as asking it of each value would."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interpol_data import _validators as v
from interpol_data._records.common import LocalizedName
from interpol_data.vocabulary import Region

# Values near every edge the checks draw: blank, padded, controls, invisible
# marks, line breaks, near-codes, impossible days, bounds, booleans, floats.
_TEXTS = st.one_of(
    st.sampled_from(
        [
            *("", " ", "a", " a", "a ", "France", "FR", "fr", "FRA", "fr-Latn", "x\ny", "a\tb"),
            *("x\n", "\u200b", "a\u200db", "\u00a0", "a\u00a0b", "\u202e", "\ud800", "x" * 6),
            *("é", "1956", "1956-06", "https://x.org", "iso-3166-1", "europe", "a-b", "a--b"),
        ]
    ),
    st.text(max_size=8),
)
_DAYS = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.integers(1899, 2101),
    st.integers(0, 13),
    st.integers(0, 32),
) | st.sampled_from(["1956", "1956-06", "2024-02-29", "2023-02-29", "2024-13", "24-01-01"])
_YEARS = st.integers(min_value=1850, max_value=2150)
_NAMES = st.builds(
    LocalizedName, language=st.sampled_from(["ar", "en", "fr"]), name=st.sampled_from(["A", "B"])
)
_IDS = st.lists(st.sampled_from(["a", "b", "iso-3166-1", "B", " c", ""]), max_size=3)
# Now and then a value of another kind altogether.
_ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, width=32),
    st.just({}),
    st.lists(st.integers(), max_size=2),
    st.sampled_from(list(Region)),
)


_CASES: list[tuple[v.Check, st.SearchStrategy[Any]]] = [
    (v.Text(), _TEXTS),
    (v.Text(multiline=True), _TEXTS),
    (v.Text(max_length=5), _TEXTS),
    (v.SLUG, _TEXTS),
    (v.ALPHA_2, _TEXTS),
    (v.LANGUAGE_TAG, _TEXTS),
    (v.URL, _TEXTS),
    (v.Date(partial=True), _DAYS),
    (v.Date(partial=False), _DAYS),
    (v.YEAR, _YEARS),
    (v.COUNT, st.integers(min_value=-3, max_value=3)),
    (v.Number(minimum=-90, maximum=90, integer=False), st.integers(-100, 100) | st.floats()),
    (v.OneOf(Region), st.sampled_from([*(r.value for r in Region), "mars", "Europe"])),
    (v.Items(v.Text()), st.lists(_TEXTS, max_size=3)),
    (v.Items(v.SOURCE_ID, min_items=1), _IDS),
    (v.Items(v.SOURCE_ID, required_with=("city",)), _IDS),
    (v.Items(None, unique=True), _IDS),
    (v.Optional(v.Text()), st.none() | _TEXTS),
    (v.Optional(v.YEAR), st.none() | _YEARS),
    (v.Optional(v.Items(v.SOURCE_ID, required_with=("city",))), st.none() | _IDS),
    (v.Nested(LocalizedName), _NAMES),
    (
        v.OnePerLanguage(v.Nested(LocalizedName), unique=False),
        st.lists(_NAMES, max_size=3).map(tuple),
    ),
]
_RECORDS = st.fixed_dictionaries({}, optional={"city": st.sampled_from([None, "Lyon"])})


@st.composite
def _columns(draw: st.DrawFn) -> tuple[v.Check, list[Any], list[dict[str, Any]]]:
    check, strategy = draw(st.sampled_from(_CASES))
    values = draw(st.lists(strategy, min_size=1, max_size=5))
    if draw(st.integers(min_value=0, max_value=4)) == 0:  # now and then, one odd value
        values.insert(draw(st.integers(0, len(values))), draw(_ODD))
    records = draw(st.lists(_RECORDS, min_size=len(values), max_size=len(values)))
    return check, values, records


@settings(max_examples=300, deadline=None)
@given(_columns())
def test_a_column_passes_exactly_when_every_value_passes(
    case: tuple[v.Check, list[Any], list[dict[str, Any]]],
) -> None:
    check, values, records = case
    each = all(
        check.problem(value, record.get) is None
        for value, record in zip(values, records, strict=True)
    )
    assert check.all_pass(values, records) is each


@pytest.mark.parametrize(
    ("check", "values"),
    [
        (v.Text(), ["France", "Côte d'Ivoire", "a\u00a0b"]),
        (v.Text(multiline=True), ["one\ntwo", "three"]),
        (v.ALPHA_2, ["FR", "FR", "DE"]),
        (v.Date(partial=True), ["1956", "2024-02-29", "1923-09"]),
        (v.Items(v.SOURCE_ID), [["a", "b"], [], ["c"]]),
        (v.Optional(v.YEAR), [None, 1956, 2026]),
    ],
)
def test_a_column_of_valid_values_passes(check: v.Check, values: list[Any]) -> None:
    assert check.all_pass(values, [{}] * len(values))


@pytest.mark.parametrize(
    ("check", "values"),
    [
        (v.Text(), ["France", " France"]),
        (v.Text(), ["France", "\u200b"]),
        (v.Text(multiline=True), ["one\ntwo", "tab\there"]),
        (v.ALPHA_2, ["FR", "fr"]),
        (v.Date(partial=True), ["1956", "2023-02-29"]),
        (v.YEAR, [1956, 1850]),
        (v.YEAR, [1956, True]),
        (v.OneOf(Region), ["europe", "mars"]),
        (v.Items(v.SOURCE_ID), [["a", "a"]]),
        (v.Items(v.SOURCE_ID, required_with=("city",)), [[]]),
    ],
)
def test_one_bad_value_fails_the_column(check: v.Check, values: list[Any]) -> None:
    records = [{"city": "Lyon"}] * len(values)
    assert not check.all_pass(values, records)
