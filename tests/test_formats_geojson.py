"""GeoJSON: the offices as points, read back as equal records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data.formats.geojson import read_offices


def test_a_point_per_office_with_coordinates(ds: Dataset) -> None:
    geo = json.loads(ds.to_geojson())
    assert geo["type"] == "FeatureCollection"
    located = [o for o in ds.offices if o.coordinates is not None]
    assert len(geo["features"]) == len(located)
    lyon = next(f for f in geo["features"] if f["id"] == "general-secretariat-lyon")
    longitude, latitude = lyon["geometry"]["coordinates"]
    assert 45 < latitude < 46
    assert 4 < longitude < 5


def test_features_read_back_as_the_offices(ds: Dataset) -> None:
    located = tuple(o for o in ds.offices if o.coordinates is not None)
    assert read_offices(ds.to_geojson()) == located


def test_writes_the_file_it_returns(tmp_path: Path, ds: Dataset) -> None:
    path = tmp_path / "offices.geojson"
    assert ds.to_geojson(path) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"type": "Point"}',
        '{"features": [{"properties": {}, "geometry": {"type": "Point", "coordinates": [1]}}]}',
        '{"features": [{"properties": {"id": "x"}, "geometry": {"type": "Line"}}]}',
    ],
)
def test_damaged_geojson_is_a_dataset_error(text: str) -> None:
    with pytest.raises(interpol_data.DatasetError):
        read_offices(text)


def test_a_bad_office_value_is_reported_by_feature(ds: Dataset) -> None:
    geo = json.loads(ds.to_geojson())
    geo["features"][1]["properties"]["kind"] = "spaceport"
    with pytest.raises(interpol_data.DatasetError) as caught:
        read_offices(json.dumps(geo))
    assert [p.record_id for p in caught.value.problems] == ["#1"]
