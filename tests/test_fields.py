"""Field declarations and the plan computed from them: one description of every field."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._fields import Kind, plan
from interpol_data.records import Body, Country, Office, Project
from interpol_data.vocabulary import OfficeKind


def test_the_plan_lists_fields_in_declaration_order() -> None:
    assert plan(Country).names[:5] == ("id", "name", "iso_short_name", "alpha_3", "numeric")


def test_the_plan_knows_keys_unique_fields_and_references() -> None:
    country = plan(Country)
    assert {"id", "name", "alpha_3", "numeric", "aliases"} <= set(country.keys)
    assert {"alpha_3", "numeric", "name"} <= set(country.unique)
    project = plan(Project)
    targets = {field.name: field.target for field in project.references}
    assert targets.items() >= {
        ("funders", "partners"),
        ("countries", "countries"),
        ("sources", "sources"),
    }


def test_the_plan_knows_kinds_nullability_and_nested_records() -> None:
    office = plan(Office).by_name
    assert office["kind"].kind is Kind.CHOICE
    assert office["kind"].vocabulary is OfficeKind
    assert office["coordinates"].nullable
    assert not office["coordinates"].required
    assert plan(Body).by_name["holders"].many
    assert plan(Body).by_name["holders"].record_type is not None


def test_checks_say_what_they_check() -> None:
    country = plan(Country).by_name
    assert isinstance(country["alpha_3"].check, v.Pattern)
    assert country["alpha_3"].check.pattern == "[A-Z]{3}"
    joined = country["joined"].check
    assert isinstance(joined, v.Optional)
    assert isinstance(joined.inner, v.Number)
    assert (joined.inner.minimum, joined.inner.maximum) == (1900, 2100)
    assert "europe" in country["region"].check.describe()


def test_the_plan_is_computed_once_per_type() -> None:
    assert plan(Country) is plan(Country)


def test_a_field_not_declared_through_the_declarations_is_refused() -> None:
    @attrs.frozen
    class Loose:
        id: str = f.identifier("Stable slug.")
        loose: str = attrs.field(default="x")

    with pytest.raises(TypeError, match="loose"):
        plan(Loose)


_TEXT_PIECES = st.sampled_from(
    ["a", "\u00e9", " ", "\u00a0", "\t", "\n", "\r", "\x00", "\x85", "\u200b", "\u200e", "\u2028"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=6).map("".join) | st.text(max_size=6), st.booleans())
def test_a_text_check_refuses_exactly_what_its_schema_pattern_refuses(
    value: str, multiline: bool
) -> None:
    check = v.Text(multiline=multiline)
    assert (check.problem(value) is None) == (re.fullmatch(check.pattern, value) is not None)


def test_a_short_text_of_invisible_characters_only_is_blank_as_the_pattern_says() -> None:
    # Short texts are read character by character, long ones by the pattern: both say blank
    # for exactly the characters the pattern calls invisible.
    invisible = re.compile(f"[{v._INVISIBLE}]")
    text = v.Text()
    for code in range(0x10000):
        character = chr(code)
        if "\ud800" <= character <= "\udfff" or not invisible.fullmatch(character):
            continue
        padded = character * 2
        if padded.strip() == padded:
            assert text.problem(padded) == "must not be blank", hex(code)
            assert text.problem(padded * 200) == "must not be blank", hex(code)
