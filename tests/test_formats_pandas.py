"""pandas: typed DataFrames, one row per record, and back; pandas stays an optional extra."""

from __future__ import annotations

import subprocess
import sys

import pytest

import interpol_data
from interpol_data import Dataset
from interpol_data.formats.pandas import read_records, to_pandas
from interpol_data.records import Country, Office, Project

pd = pytest.importorskip("pandas")


def test_one_row_per_record_indexed_by_id(ds: Dataset) -> None:
    frame = interpol_data.countries.to_pandas()
    assert len(frame) == len(ds.countries)
    assert frame.index.name == "id"
    assert frame.loc["FR", "alpha_3"] == "FRA"
    assert frame.loc["NA", "name"] == "Namibia"


def test_whole_numbers_are_nullable_integers(ds: Dataset) -> None:
    frame = ds.to_pandas("countries")
    assert str(frame["joined"].dtype) == "Int64"
    unknown = [c.id for c in ds.countries if c.joined is None]
    if unknown:
        assert frame.loc[unknown[0], "joined"] is pd.NA


def test_enums_are_categories_with_every_allowed_value(ds: Dataset) -> None:
    from interpol_data.vocabulary import Region

    region = ds.to_pandas("countries")["region"]
    assert isinstance(region.dtype, pd.CategoricalDtype)
    assert list(region.cat.categories) == [member.value for member in Region]
    assert region.loc["FR"] == "europe"


def test_nested_records_are_flattened_to_dotted_columns(ds: Dataset) -> None:
    frame = ds.to_pandas("offices")
    assert "coordinates.latitude" in frame.columns
    assert str(frame["coordinates.latitude"].dtype) == "Float64"
    lyon = ds.offices["general-secretariat-lyon"]
    assert lyon.coordinates is not None
    assert frame.loc[lyon.id, "coordinates.latitude"] == lyon.coordinates.latitude
    assert "ncb.city" in ds.to_pandas("countries").columns


def test_tuples_are_lists_or_joined_text(ds: Dataset) -> None:
    project = next(p for p in ds.projects if len(p.funders) > 1)
    as_lists = ds.to_pandas("projects")
    as_text = ds.to_pandas("projects", tuples="text")
    assert as_lists.loc[project.id, "funders"] == list(project.funders)
    assert as_text.loc[project.id, "funders"] == "; ".join(project.funders)


def test_references_can_show_names(ds: Dataset) -> None:
    project = next(p for p in ds.projects if p.funders)
    frame = ds.to_pandas("projects", names=True)
    assert frame.loc[project.id, "funders"] == [ds.partners[f].name for f in project.funders]
    offices = ds.to_pandas("offices", names=True)
    assert offices.loc["general-secretariat-lyon", "country"] == "France"


def test_an_unknown_tuples_choice_is_refused(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="tuples must be"):
        to_pandas(ds.countries, Country, tuples="set")  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "record_type"), [("countries", Country), ("offices", Office)])
def test_a_frame_reads_back_as_the_records(ds: Dataset, name: str, record_type: type) -> None:
    assert read_records(ds.to_pandas(name), record_type) == tuple(ds.collection(name))


def test_projects_with_nested_lists_read_back(ds: Dataset) -> None:
    assert read_records(ds.projects.to_pandas(), Project) == tuple(ds.projects)


def test_the_core_never_imports_pandas() -> None:
    code = (
        "import sys, interpol_data as ip, tempfile\n"
        "ds = ip.dataset(); ip.search('korea'); ds.to_json()\n"
        "with tempfile.TemporaryDirectory() as d: ip.load_csv(ip.to_csv(d)[0].parent)\n"
        "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
