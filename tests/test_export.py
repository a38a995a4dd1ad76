"""Exports: deterministic JSON, the JSON Schema and dataset diffs (CSV, GeoJSON and pandas
have their own test modules)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data.diff import diff
from tests.conftest import record


def test_json_is_identical_on_every_call(ds: Dataset) -> None:
    assert ds.to_json() == ds.to_json() == interpol_data.to_json()


def test_json_is_utf8_unescaped_indented_with_a_final_newline(ds: Dataset) -> None:
    text = ds.to_json()
    assert "Côte d'Ivoire" in text
    assert "\\u00f4" not in text
    assert text.endswith("}\n")
    assert text.startswith('{\n  "schema_version": 1,\n  "as_of": ')


def test_json_writes_the_file_it_returns(tmp_path: Path, ds: Dataset) -> None:
    path = tmp_path / "nested" / "out.json"
    text = ds.to_json(path)
    assert path.read_text(encoding="utf-8") == text


def test_json_round_trip_gives_an_equal_dataset(ds: Dataset) -> None:
    assert interpol_data.load(json.loads(ds.to_json())) == ds


def test_export_validates_against_the_shipped_json_schema(ds: Dataset) -> None:
    from importlib.resources import files

    shipped = json.loads(
        files("interpol_data.data").joinpath("schema.json").read_text(encoding="utf-8")
    )
    assert shipped == interpol_data.json_schema(), "run docs/maintenance/update_schema.py"
    jsonschema.validate(json.loads(ds.to_json()), shipped)


def test_schema_rejects_an_unknown_field(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["motto"] = "Liberté"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(raw, interpol_data.json_schema())


def test_diff_reports_added_removed_and_changed(raw: dict[str, Any], ds: Dataset) -> None:
    record(raw, "countries", "FR")["joined"] = 1950
    raw["capabilities"] = [item for item in raw["capabilities"] if item["id"] != "innovation"]
    raw["crime_areas"].append(
        {"id": "piracy", "name": "Piracy", "description": "Crime at sea.", "sources": ["iso-639-1"]}
    )
    changes = {(c.collection, c.id, c.kind, c.field) for c in diff(ds, interpol_data.load(raw))}
    assert ("countries", "FR", "changed", "joined") in changes
    assert ("capabilities", "innovation", "removed", None) in changes
    assert ("crime_areas", "piracy", "added", None) in changes
    assert len(changes) == 3


def test_diff_of_a_dataset_with_itself_is_empty(ds: Dataset) -> None:
    assert diff(ds, ds) == ()
