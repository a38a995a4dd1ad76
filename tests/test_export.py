"""Exports: deterministic JSON, safe CSV, GeoJSON, the JSON Schema and dataset diffs."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data.diff import diff
from interpol_data.export import csv_rows, join_items, neutralize, split_items
from interpol_data.records import Language
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


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_writes_one_file_per_collection_with_id_first(tmp_path: Path, ds: Dataset) -> None:
    paths = ds.to_csv(tmp_path)
    assert {p.stem for p in paths} == {"dataset", "organization", *ds.collections}
    for path in paths:
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("schema_version," if path.stem == "dataset" else "id,")


def test_csv_export_reads_back_as_an_equal_dataset(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    assert interpol_data.load_csv(tmp_path) == ds


def test_csv_read_back_restores_neutralized_cells(tmp_path: Path, raw: dict[str, Any]) -> None:
    record(raw, "crime_areas", "terrorism")["aliases"] = ["=cmd|' /C calc'!A0", "-2+3"]
    hostile = interpol_data.load(raw)
    hostile.to_csv(tmp_path)
    cell = read_csv(tmp_path / "crime_areas.csv")
    assert next(r for r in cell if r["id"] == "terrorism")["aliases"].startswith("'=")
    assert interpol_data.load_csv(tmp_path) == hostile


def test_csv_read_back_of_a_missing_file_is_a_dataset_error(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    (tmp_path / "notices.csv").unlink()
    with pytest.raises(interpol_data.DatasetError, match=r"notices\.csv"):
        interpol_data.load_csv(tmp_path)


def test_csv_read_back_of_a_malformed_file_is_a_dataset_error(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    (tmp_path / "dataset.csv").write_text("schema_version,as_of\nx,y\n", encoding="utf-8")
    with pytest.raises(interpol_data.DatasetError, match="malformed"):
        interpol_data.load_csv(tmp_path)


def test_csv_read_back_reports_bad_values_with_locations(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    path = tmp_path / "languages.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\nfr,", "\nFR,"), encoding="utf-8")
    with pytest.raises(interpol_data.DatasetError) as caught:
        interpol_data.load_csv(tmp_path)
    assert "languages['FR'].id" in {p.location for p in caught.value.problems}


def test_csv_round_trips_the_countries(tmp_path: Path, ds: Dataset) -> None:
    interpol_data.to_csv(tmp_path)
    rows = read_csv(tmp_path / "countries.csv")
    assert len(rows) == len(ds.countries)
    for row in rows:
        country = ds.countries[row["id"]]
        assert row["name"] == country.name
        assert row["alpha_3"] == country.alpha_3
        assert row["joined"] == ("" if country.joined is None else str(country.joined))
        assert tuple(split_items(row["aliases"]) if row["aliases"] else ()) == country.aliases
        assert row["ncb.city"] == (country.ncb.city or "")


def test_csv_keeps_negative_coordinates_as_numbers(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    rows = {row["id"]: row for row in read_csv(tmp_path / "offices.csv")}
    assert float(rows["rb-argentina"]["coordinates.latitude"]) < 0


@pytest.mark.parametrize("payload", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("x")'])
def test_csv_neutralizes_cells_that_would_run_as_formulas(payload: str) -> None:
    hostile = Language(id="xx", name=payload, aliases=(payload,), sources=("s",))
    header, row = csv_rows([hostile], Language)
    cells = dict(zip(header, row, strict=True))
    assert cells["name"] == "'" + payload
    assert cells["aliases"] == "'" + payload


@pytest.mark.parametrize("payload", ["\tx", "\rx", "=x", "+x", "-x", "@x"])
def test_neutralize_prefixes_every_formula_start(payload: str) -> None:
    # Records refuse leading white space, so tab and CR are tested on the cell function.
    assert neutralize(payload) == "'" + payload


@pytest.mark.parametrize(
    "items", [(), ("a",), ("a|b", "c"), ("back\\slash", "|", ""), ("\\|", "\\\\")]
)
def test_tuple_items_survive_joining_and_splitting(items: tuple[str, ...]) -> None:
    cell = join_items(items)
    assert (tuple(split_items(cell)) if items else ()) == items


def test_neutralize_leaves_ordinary_text_alone() -> None:
    assert neutralize("Lyon") == "Lyon"


def test_csv_write_is_atomic_when_interrupted(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "countries.csv"
    target.write_text("old contents\n", encoding="utf-8")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        ds.to_csv(tmp_path)
    assert target.read_text(encoding="utf-8") == "old contents\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_geojson_has_a_point_per_office_with_coordinates(ds: Dataset) -> None:
    geo = json.loads(ds.to_geojson())
    assert geo["type"] == "FeatureCollection"
    located = [o for o in ds.offices if o.coordinates is not None]
    assert len(geo["features"]) == len(located)
    lyon = next(f for f in geo["features"] if f["id"] == "general-secretariat-lyon")
    longitude, latitude = lyon["geometry"]["coordinates"]
    assert 45 < latitude < 46
    assert 4 < longitude < 5


def test_geojson_properties_read_back_as_the_offices(ds: Dataset) -> None:
    from interpol_data.loading import structure_record
    from interpol_data.records import Office

    for feature in json.loads(ds.to_geojson())["features"]:
        longitude, latitude = feature["geometry"]["coordinates"]
        data = dict(feature["properties"])
        data["coordinates"] = {"latitude": latitude, "longitude": longitude}
        assert structure_record(data, Office) == ds.offices[feature["id"]]


def test_geojson_writes_a_file(tmp_path: Path, ds: Dataset) -> None:
    path = tmp_path / "offices.geojson"
    assert ds.to_geojson(path) == path.read_text(encoding="utf-8")


def test_to_pandas_indexes_by_id(ds: Dataset) -> None:
    pandas = pytest.importorskip("pandas")
    from interpol_data.export import to_pandas

    frame = to_pandas(ds, "countries")
    assert isinstance(frame, pandas.DataFrame)
    assert frame.loc["FR", "alpha_3"] == "FRA"


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
