"""The JSON Schema is generated from the field plans and refuses what the loader refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

import interpol_data
from interpol_data import DatasetError
from tests.conftest import record

Edit = Callable[[dict[str, Any]], tuple[str, dict[str, Any]]]
"""Changes one record of the data; returns its type's name and the record."""


def country(field: str, value: object) -> Edit:
    def edit(raw: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        found = record(raw, "countries", "FR")
        found[field] = value
        return "Country", found

    return edit


def office(field: str, value: object) -> Edit:
    def edit(raw: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        found = record(raw, "offices", "ccc-lyon")
        found[field] = value
        return "Office", found

    return edit


def source(field: str, value: object) -> Edit:
    def edit(raw: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        raw["sources"][0][field] = value
        return "Source", raw["sources"][0]

    return edit


def validate(found: dict[str, Any], type_name: str, schema: dict[str, Any]) -> None:
    """Validate one record against its definition (the whole dataset takes far longer)."""
    jsonschema.validate(found, {"$ref": f"#/$defs/{type_name}", "$defs": schema["$defs"]})


# Rules about one record: each breaks exactly one.
ONE_RECORD_DAMAGES = {
    "lower-case code": country("alpha_3", "fra"),
    "year too early": country("joined", 1850),
    "year as text": country("joined", "1923"),
    "year as boolean": country("joined", True),
    "repeated alias": country("aliases", ["Gaul", "Gaul"]),
    "no sources": office("sources", []),
    "unknown kind": office("kind", "spaceport"),
    "latitude off the earth": office("coordinates", {"latitude": 91, "longitude": 0}),
    "month thirteen": source("published", "2025-13-01"),
    "control character": country("name", "France\x1b[2J"),
    "right-to-left override": country("name", "Fr\u202eance"),
    "line break in a name": country("name", "Fra\nnce"),
    "leading space": country("name", " France"),
    "only a zero-width space": country("name", "\u200b"),
    "unknown field": country("motto", "Liberté"),
    "missing required field": country("sources", None),
    "overlong text": country("notes", "x" * 10_001),
}

VALID_EDITS = {
    "notes over two lines": country("notes", "First line.\nSecond line."),
    "a name with a zero-width joiner inside": country("name", "Fra\u200dnce"),
    "a partial date": source("published", "2025-07"),
    "no region": country("region", None),
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return interpol_data.json_schema()


@pytest.mark.parametrize("damage", ONE_RECORD_DAMAGES)
def test_schema_and_loader_both_refuse(
    raw: dict[str, Any], schema: dict[str, Any], damage: str
) -> None:
    type_name, found = ONE_RECORD_DAMAGES[damage](raw)
    with pytest.raises(DatasetError):
        interpol_data.load(raw)
    with pytest.raises(jsonschema.ValidationError):
        validate(found, type_name, schema)


@pytest.mark.parametrize("edit", VALID_EDITS)
def test_schema_and_loader_both_accept(
    raw: dict[str, Any], schema: dict[str, Any], edit: str
) -> None:
    type_name, found = VALID_EDITS[edit](raw)
    interpol_data.load(raw)
    validate(found, type_name, schema)


def test_the_schema_states_allowed_values_ranges_and_list_rules(schema: dict[str, Any]) -> None:
    country_ = schema["$defs"]["Country"]["properties"]
    assert "europe" in country_["region"]["anyOf"][0]["enum"]
    assert country_["joined"]["anyOf"][0]["minimum"] == 1900
    assert country_["sources"]["minItems"] == 1
    assert country_["aliases"]["uniqueItems"] is True
    assert country_["alpha_3"]["pattern"] == "^(?:[A-Z]{3})$"
