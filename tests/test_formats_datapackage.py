"""The Frictionless Data Package written beside the CSV files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from interpol_data import Dataset
from interpol_data.formats.datapackage import PANDAS_READ_CSV


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory, ds: Dataset) -> Path:
    folder = tmp_path_factory.mktemp("package")
    ds.to_csv(folder)
    return folder


@pytest.fixture(scope="module")
def descriptor(export: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((export / "datapackage.json").read_text(encoding="utf-8"))
    return loaded


def resource(descriptor: dict[str, Any], name: str) -> dict[str, Any]:
    return next(item for item in descriptor["resources"] if item["name"] == name)


def test_one_resource_per_csv_file(export: Path, descriptor: dict[str, Any]) -> None:
    assert {item["path"] for item in descriptor["resources"]} == {
        path.name for path in export.glob("*.csv")
    }


def test_every_resource_has_the_keys_the_specification_requires(
    descriptor: dict[str, Any],
) -> None:
    assert descriptor["profile"] == "tabular-data-package"
    for item in descriptor["resources"]:
        assert item["profile"] == "tabular-data-resource"
        assert item["name"]
        assert item["path"].endswith(".csv")
        assert item["schema"]["fields"]
        assert all({"name", "type"} <= set(field) for field in item["schema"]["fields"])
        assert item["schema"]["missingValues"] == [""]


def test_columns_match_the_csv_headers(export: Path, descriptor: dict[str, Any]) -> None:
    for item in descriptor["resources"]:
        header = (export / item["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert [field["name"] for field in item["schema"]["fields"]] == header.split(",")


def test_types_keys_and_foreign_keys(descriptor: dict[str, Any]) -> None:
    countries = resource(descriptor, "countries")["schema"]
    fields = {field["name"]: field for field in countries["fields"]}
    assert countries["primaryKey"] == ["id"]
    assert fields["joined"]["type"] == "integer"
    assert fields["numeric"]["type"] == "string"
    assert "europe" in fields["region"]["constraints"]["enum"]
    offices = resource(descriptor, "offices")["schema"]
    assert {"fields": "country", "reference": {"resource": "countries", "fields": "id"}} in offices[
        "foreignKeys"
    ]


def test_the_one_row_metadata_table_is_described(descriptor: dict[str, Any]) -> None:
    metadata = resource(descriptor, "dataset")
    assert "One row" in metadata["description"]
    assert [field["name"] for field in metadata["schema"]["fields"]] == ["schema_version", "as_of"]


def test_pandas_reads_na_and_leading_zeros_as_text(export: Path) -> None:
    pandas = pytest.importorskip("pandas")
    assert PANDAS_READ_CSV.startswith("pandas.read_csv(path, dtype=str, keep_default_na=False")
    countries = pandas.read_csv(
        export / "countries.csv", dtype=str, keep_default_na=False, na_values=[""]
    ).set_index("id")
    assert "NA" in countries.index
    assert countries.loc["NA", "name"] == "Namibia"
    assert countries.loc["AD", "numeric"] == "020"


def test_frictionless_finds_the_package_valid(export: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(export / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_frictionless_reads_typed_rows_with_na_as_text(export: Path, ds: Dataset) -> None:
    frictionless = pytest.importorskip("frictionless")
    package = frictionless.Package(export / "datapackage.json")
    rows = {row["id"]: row for row in package.get_resource("countries").read_rows()}
    assert rows["NA"]["name"] == "Namibia"
    assert rows["AD"]["numeric"] == "020"
    member = next(country for country in ds.countries if country.joined is not None)
    assert rows[member.id]["joined"] == member.joined  # an integer, not text
