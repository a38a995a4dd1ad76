"""CSV export: one file per table, safe in spreadsheets, read back exactly, swapped in whole."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import interpol_data
from interpol_data import Dataset, DatasetError
from interpol_data.formats import csv as csv_format
from interpol_data.formats.csv import decode_text, encode_text, format_row, join_items, split_items
from tests.conftest import record

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def physical_lines(folder: Path) -> list[str]:
    return [
        line
        for path in sorted(folder.glob("*.csv"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_writes_one_file_per_table_and_a_data_package(tmp_path: Path, ds: Dataset) -> None:
    paths = ds.to_csv(tmp_path)
    assert {p.name for p in paths} == {
        "dataset.csv",
        "organization.csv",
        "datapackage.json",
        *(f"{name}.csv" for name in ds.collections),
    }
    assert paths[0] == tmp_path / "dataset.csv"
    for path in paths:
        if path.suffix == ".csv":
            header = path.read_text(encoding="utf-8").splitlines()[0]
            assert header.startswith("schema_version," if path.stem == "dataset" else "id,")


def test_reads_back_as_an_equal_dataset(tmp_path: Path, ds: Dataset) -> None:
    assert interpol_data.load_csv(interpol_data.to_csv(tmp_path)[0].parent) == ds


def test_plain_readers_see_the_values(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    rows = {row["id"]: row for row in rows_of(tmp_path / "countries.csv")}
    assert len(rows) == len(ds.countries)
    assert rows["NA"]["alpha_3"] == "NAM"
    assert rows["AD"]["numeric"] == "020"
    france = ds.countries["FR"]
    assert rows["FR"]["ncb.city"] == (france.ncb.city or "")
    assert rows["FR"]["joined"] == ("" if france.joined is None else str(france.joined))
    assert tuple(split_items(rows["FR"]["aliases"])) == france.aliases


def test_negative_coordinates_stay_numbers(tmp_path: Path, ds: Dataset) -> None:
    ds.to_csv(tmp_path)
    rows = {row["id"]: row for row in rows_of(tmp_path / "offices.csv")}
    assert float(rows["rb-argentina"]["coordinates.latitude"]) < 0


@pytest.mark.parametrize("payload", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("x")'])
def test_text_that_would_run_as_a_formula_gets_an_apostrophe(
    tmp_path: Path, raw: dict[str, Any], payload: str
) -> None:
    record(raw, "crime_areas", "terrorism")["aliases"] = [payload]
    record(raw, "crime_areas", "terrorism")["notes"] = payload
    hostile = interpol_data.load(raw)
    hostile.to_csv(tmp_path)
    row = next(r for r in rows_of(tmp_path / "crime_areas.csv") if r["id"] == "terrorism")
    assert row["aliases"] == "'" + payload
    assert row["notes"] == "'" + payload
    assert interpol_data.load_csv(tmp_path) == hostile


@pytest.mark.parametrize(
    "text",
    [
        "'-quoted start",
        "'",
        "''=x",
        "ok\r=cmd|' /C calc'!A0",
        "a\n=b\r\n+c\r@d\n\te",
        "\r=x",
        "\n'",
        "x\u2028=y",
        "back\\slash | pipe",
        "Lyon",
    ],
)
def test_neutralisation_is_undone_exactly(text: str) -> None:
    assert decode_text(encode_text(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("a '=+-@\t\r\n\v\x1c\x85\u2028\u00e9"), max_size=6))
def test_the_guards_are_exactly_those_of_the_regular_expressions(text: str) -> None:
    # encode_text and decode_text skip their regular expression for most
    # texts: the answer must be the expression's own.
    assert encode_text(text) == csv_format._ENCODE.sub("'", text)
    assert decode_text(text) == csv_format._DECODE.sub("", text)


def test_ordinary_text_is_left_alone() -> None:
    assert encode_text("Lyon, France") == "Lyon, France"


@pytest.mark.parametrize(
    "cells",
    [
        ["id", "ok\r=cmd|' /C calc'!A0"],
        ["x", "line\n-2+3", 'say "hi"', "a,b"],
        ["\r@x", "\n=y", "\r\n+z"],
    ],
)
def test_no_physical_line_starts_with_a_formula_and_csv_readers_agree(cells: list[str]) -> None:
    text = format_row(encode_text(cell) for cell in cells)
    assert not [line for line in text.splitlines() if line.startswith(FORMULA_STARTS)]
    (read,) = list(csv.reader(io.StringIO(text, newline="")))
    assert [decode_text(cell) for cell in read] == cells


@pytest.mark.parametrize("cell", ["a\rb", "a\nb", 'a"b', "a,b"])
def test_every_cell_with_a_line_break_quote_or_comma_is_quoted(cell: str) -> None:
    assert format_row([cell]).startswith('"')


def test_a_lone_carriage_return_never_starts_a_row(tmp_path: Path) -> None:
    # Python's csv module with QUOTE_MINIMAL leaves this cell unquoted when the
    # line terminator is "\n"; a spreadsheet then sees a second row.
    text = format_row(["id", encode_text("ok\r=cmd|' /C calc'!A0")])
    assert text == "id,\"ok\r'=cmd|' /C calc'!A0\"\n"


@pytest.mark.parametrize(
    "items", [(), ("a",), ("a|b", "c"), ("back\\slash", "|", "x"), ("\\|", "\\\\"), ("a", "")]
)
def test_tuple_items_survive_joining_and_splitting(items: tuple[str, ...]) -> None:
    assert tuple(split_items(join_items(items))) == items


# Text that the loader accepts in a one-line field, and in notes (several lines).
CHARACTERS = st.one_of(
    st.sampled_from(list("=+-@'\"|\\,; ")),
    st.characters(exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")),
)
ONE_LINE = st.text(CHARACTERS, min_size=1, max_size=40).filter(
    lambda t: t == t.strip() and t.strip()
)
LINES = st.lists(ONE_LINE, min_size=1, max_size=4).map("\n".join)


@given(name=ONE_LINE, aliases=st.lists(ONE_LINE, max_size=3, unique=True), notes=LINES)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_the_loader_accepts_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    ds: Dataset,
    name: str,
    aliases: list[str],
    notes: str,
) -> None:
    raw = ds.to_mapping()
    target = record(raw, "crime_areas", "terrorism")
    target.update(description=name, aliases=aliases, notes=notes)
    try:
        loaded = interpol_data.load(raw)
    except DatasetError:
        assume(False)
        return
    folder = tmp_path_factory.mktemp("csv")
    loaded.to_csv(folder)
    assert interpol_data.load_csv(folder) == loaded
    assert not [line for line in physical_lines(folder) if line.startswith(FORMULA_STARTS)]


SPECIAL = st.text(st.sampled_from(list("'=+-@\t\r\n,\"|\\ x\u2028")), max_size=8)


@given(cells=st.lists(st.one_of(st.text(max_size=30), SPECIAL), min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_any_cells_survive_writing_and_parsing(cells: list[str]) -> None:
    # Any text at all, even what the loader refuses (CR, controls): the CSV layer alone.
    text = format_row(encode_text(cell) for cell in cells)
    assert not [line for line in text.splitlines() if line.startswith(FORMULA_STARTS)]
    (row,) = csv_format._Parser(text, "t.csv", "t").rows()
    assert [decode_text(cell) for cell in row.cells] == cells


def test_text_of_the_longest_length_the_loader_accepts_round_trips(
    tmp_path: Path, raw: dict[str, Any]
) -> None:
    from interpol_data._validators import MAX_TEXT_LENGTH

    long_text = ('x, "y"\n' * MAX_TEXT_LENGTH)[: MAX_TEXT_LENGTH - 1] + "z"
    record(raw, "crime_areas", "terrorism")["notes"] = long_text
    loaded = interpol_data.load(raw)
    loaded.to_csv(tmp_path)
    assert interpol_data.load_csv(tmp_path) == loaded


# Writing the folder as a whole ------------------------------------------------


def test_a_failed_export_leaves_the_previous_one_and_no_temporary(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    ds.to_csv(folder)
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    calls = 0
    real = csv_format.table_text

    def fails_midway(records: Any, record_type: type[Any]) -> str:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise OSError(28, "No space left on device")
        return real(records, record_type)

    monkeypatch.setattr(csv_format, "table_text", fails_midway)
    with pytest.raises(OSError, match="No space left") as caught:
        ds.to_csv(folder)
    assert caught.value.filename == str(folder)
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
    assert [path.name for path in tmp_path.iterdir()] == ["export"]


def test_an_interrupted_export_leaves_no_temporary(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(records: Any, record_type: type[Any]) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(csv_format, "table_text", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ds.to_csv(tmp_path / "export")
    assert list(tmp_path.iterdir()) == []


def test_a_new_export_replaces_the_previous_one_whole(
    tmp_path: Path, ds: Dataset, raw: dict[str, Any]
) -> None:
    raw["crime_areas"] = [item for item in raw["crime_areas"] if item["id"] != "terrorism"]
    for programme in raw["programmes"]:
        programme["crime_areas"] = [c for c in programme["crime_areas"] if c != "terrorism"]
    for project in raw["projects"]:
        project["crime_areas"] = [c for c in project["crime_areas"] if c != "terrorism"]
    smaller = interpol_data.load(raw)
    ds.to_csv(tmp_path)
    inode = tmp_path.stat().st_ino
    smaller.to_csv(tmp_path)
    assert interpol_data.load_csv(tmp_path) == smaller
    assert os.stat(tmp_path).st_ino != inode or os.name != "posix"


def test_a_folder_holding_other_files_is_not_replaced(tmp_path: Path, ds: Dataset) -> None:
    (tmp_path / "thesis.docx").write_text("years of work", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"thesis\.docx"):
        ds.to_csv(tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["thesis.docx"]


def test_a_symlink_to_a_folder_is_written_through(tmp_path: Path, ds: Dataset) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    paths = ds.to_csv(link)
    assert link.is_symlink()
    assert paths[0] == link / "dataset.csv"
    assert interpol_data.load_csv(real) == ds


@pytest.mark.parametrize("kind", ["file", "device"])
def test_a_path_that_is_not_a_folder_is_refused(tmp_path: Path, ds: Dataset, kind: str) -> None:
    target = Path(os.devnull) if kind == "device" else tmp_path / "file.txt"
    if kind == "file":
        target.write_text("mine", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match=re.escape(str(target))):
        ds.to_csv(target)
    assert kind == "device" or target.read_text(encoding="utf-8") == "mine"


def test_new_files_get_the_usual_permissions(tmp_path: Path, ds: Dataset) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    ds.to_csv(tmp_path / "export")
    mode = stat.S_IMODE((tmp_path / "export" / "countries.csv").stat().st_mode)
    assert mode == 0o666 & ~umask


# Single files (JSON, GeoJSON) ------------------------------------------------


def test_a_json_export_through_a_symlink_writes_the_target(tmp_path: Path, ds: Dataset) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    ds.to_json(link)
    assert link.is_symlink()
    assert interpol_data.load(real) == ds


def test_a_json_export_never_replaces_a_device(ds: Dataset) -> None:
    with pytest.raises(OSError, match=f"{os.devnull} is not a regular file"):
        ds.to_json(os.devnull)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_json_export_into_a_folder_is_refused(tmp_path: Path, ds: Dataset) -> None:
    with pytest.raises(interpol_data.InterpolDataError, match="is a folder"):
        ds.to_json(tmp_path)


def test_a_missing_parent_folder_is_an_error_not_created(tmp_path: Path, ds: Dataset) -> None:
    with pytest.raises(OSError, match="does not exist"):
        ds.to_json(tmp_path / "missing" / "out.json")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        ds.to_csv(tmp_path / "missing" / "csv")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_json_write_names_the_users_path(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def failing_replace(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device", source)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match=f"cannot write {re.escape(str(target))}: No space left"):
        ds.to_json(target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, ds: Dataset) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    ds.to_json(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_an_export_killed_at_any_moment_leaves_the_old_or_the_new_one(
    tmp_path: Path, ds: Dataset, raw: dict[str, Any]
) -> None:
    import signal
    import time

    record(raw, "crime_areas", "terrorism")["notes"] = "A second version of the dataset."
    other = interpol_data.load(raw)
    folder = tmp_path / "export"
    ds.to_csv(folder)
    for delay in (0.0, 0.03, 0.08, 0.15):
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child, killed midway
            try:
                while True:
                    other.to_csv(folder)
                    ds.to_csv(folder)
            finally:
                os._exit(0)
        time.sleep(delay)
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        assert interpol_data.load_csv(folder) in (ds, other)
    ds.to_csv(folder)  # the next export removes what killed ones left behind
    assert [path.name for path in tmp_path.iterdir()] == ["export"]


def test_without_an_atomic_exchange_a_failed_swap_restores_the_previous_export(
    tmp_path: Path, ds: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interpol_data.formats import _files

    folder = tmp_path / "export"
    ds.to_csv(folder)
    before = sorted(path.name for path in folder.iterdir())
    real_rename = os.rename

    def rename(source: Any, destination: Any) -> None:
        if Path(source).name.endswith(".tmp") and Path(destination) == folder:
            raise OSError(16, "Device or resource busy")
        real_rename(source, destination)

    monkeypatch.setattr(_files, "_exchange", lambda first, second: False)
    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(OSError, match="busy"):
        ds.to_csv(folder)
    assert sorted(path.name for path in folder.iterdir()) == before
    assert [path.name for path in tmp_path.iterdir()] == ["export"]
