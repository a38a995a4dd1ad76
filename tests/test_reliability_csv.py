"""Damaged CSV exports: each kind of damage is a DatasetError naming file, line and column, fast.

A generator damages a fresh export of the packaged data in one way per case;
``load_csv`` must refuse it with :class:`DatasetError` (nothing else), name
where the damage is, and answer within a time bound.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import interpol_data
from interpol_data import Dataset, DatasetError
from interpol_data.formats.csv import MAX_NESTING

TIME_BOUND = 5.0  # seconds; a generous bound, not a benchmark


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, ds: Dataset) -> Path:
    folder = tmp_path_factory.mktemp("pristine") / "export"
    ds.to_csv(folder)
    return folder


@pytest.fixture
def export(pristine: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    shutil.copytree(pristine, folder)
    return folder


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def rewrite(path: Path, edit: Callable[[list[str]], list[str]]) -> None:
    path.write_text("\n".join(edit(lines(path))), encoding="utf-8")


def set_cell(folder: Path, table: str, record_id: str, column: str, cell: str) -> int:
    """Put ``cell`` in ``column`` of the record's row; return the row's line number."""
    path = folder / f"{table}.csv"
    rows = lines(path)
    header = rows[0].split(",")
    for number, row in enumerate(rows, start=1):
        if row.startswith(record_id + ","):
            import csv
            import io

            (cells,) = list(csv.reader(io.StringIO(row)))
            cells[header.index(column)] = cell
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow(cells)
            rows[number - 1] = out.getvalue()
            path.write_text("\n".join(rows), encoding="utf-8")
            return number
    raise AssertionError(f"no single-line row for {record_id} in {table}.csv")


def refused(folder: Path) -> list[str]:
    """The problems ``load_csv`` reports, as text; fails unless only DatasetError is raised."""
    started = time.perf_counter()
    with pytest.raises(DatasetError) as caught:
        interpol_data.load_csv(folder)
    assert time.perf_counter() - started < TIME_BOUND
    assert caught.value.problems
    return [str(problem) for problem in caught.value.problems]


def mentions(problems: list[str], *parts: str) -> bool:
    return any(all(part in problem for part in parts) for problem in problems)


# Each kind of damage, and where it must be reported -----------------------------


def test_a_short_row(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0], rows[1].rsplit(",", 1)[0], *rows[2:]])
    problems = refused(export)
    assert mentions(problems, "languages.csv line 2, column", "cells, the header")


def test_an_extra_cell(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0], rows[1] + ",surplus", *rows[2:]])
    assert mentions(refused(export), "languages.csv line 2, column")


def test_a_truncated_file(export: Path) -> None:
    path = export / "countries.csv"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert mentions(refused(export), "countries.csv line")


def test_a_quote_that_is_never_closed(export: Path) -> None:
    rewrite(export / "dataset.csv", lambda rows: [rows[0], '"' + rows[1], *rows[2:]])
    assert mentions(refused(export), "dataset.csv line 2, column 1", "never closed")


def test_a_stray_quote_is_reported_where_the_parser_meets_it(export: Path) -> None:
    rewrite(export / "notices.csv", lambda rows: [rows[0], '"' + rows[1], *rows[2:]])
    assert mentions(refused(export), "notices.csv line")


def test_a_quote_inside_an_unquoted_cell(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0], rows[1].replace(",", ',x"y', 1)])
    assert mentions(refused(export), "languages.csv line 2, column", "double quote")


def test_text_after_a_closing_quote(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0], '"ar"x' + rows[1][2:], *rows[2:]])
    assert mentions(refused(export), "languages.csv line 2, column 5", "after a closing quote")


def test_an_unknown_column(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0].replace("name", "motto"), *rows[1:]])
    problems = refused(export)
    assert mentions(problems, "languages.csv line 1, column 2", "unknown column 'motto'")
    assert mentions(problems, "languages.csv line 1", "missing column 'name'")


def test_a_missing_column(export: Path) -> None:
    def drop_last(rows: list[str]) -> list[str]:
        return [row.rsplit(",", 1)[0] if row else row for row in rows]

    rewrite(export / "languages.csv", drop_last)
    assert mentions(refused(export), "languages.csv line 1", "missing column 'notes'")


def test_a_column_twice(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0] + ",name", *rows[1:]])
    assert mentions(refused(export), "languages.csv line 1", "appears twice")


@pytest.mark.parametrize("table", ["dataset", "organization"])
def test_a_second_row_in_a_one_row_table(export: Path, table: str) -> None:
    rewrite(export / f"{table}.csv", lambda rows: [rows[0], rows[1], rows[1], *rows[2:]])
    assert mentions(refused(export), f"{table}.csv line 3", "second row")


@pytest.mark.parametrize("table", ["dataset", "organization", "countries"])
def test_an_empty_file(export: Path, table: str) -> None:
    (export / f"{table}.csv").write_bytes(b"")
    assert mentions(refused(export), f"{table}.csv", "0 bytes")


def test_a_header_without_rows_in_a_one_row_table(export: Path) -> None:
    rewrite(export / "organization.csv", lambda rows: [rows[0]])
    assert mentions(refused(export), "organization.csv", "no row")


def test_a_missing_file(export: Path) -> None:
    (export / "notices.csv").unlink()
    assert mentions(refused(export), "notices.csv", "missing")


def test_a_blank_line(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0], "", *rows[1:]])
    assert mentions(refused(export), "languages.csv line 2")


def test_bytes_that_are_not_utf8(export: Path) -> None:
    path = export / "languages.csv"
    path.write_bytes(path.read_bytes().replace(b"French", b"Fr\xe9nch"))
    assert mentions(refused(export), "languages.csv line", "not UTF-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_unread(export: Path) -> None:
    (export / "languages.csv").unlink()
    os.mkfifo(export / "languages.csv")
    assert mentions(refused(export), "languages.csv", "not a regular file")


def test_json_cells_nested_too_deep(export: Path) -> None:
    depth = 100_000
    line = set_cell(export, "bodies", "general-assembly", "holders", "[" * depth + "]" * depth)
    problems = refused(export)
    assert mentions(problems, f"bodies.csv line {line}", "(holders)", f"{MAX_NESTING} levels")


@pytest.mark.parametrize(
    "cell",
    ['[{"role": "a", "role": "b"}]', "[NaN]", "[1e999999]", "{not json", "[" + "9" * 5000 + "]"],
)
def test_bad_json_cells(export: Path, cell: str) -> None:
    line = set_cell(export, "bodies", "general-assembly", "holders", cell)
    assert mentions(refused(export), f"bodies.csv line {line}", "(holders)")


@pytest.mark.parametrize(
    "cell",
    [
        " 1950 ",
        "1_950",
        "\uff11\uff19\uff15\uff10",
        "\u0662\u0660\u0660\u0660",
        "1950.0",
        "1e3",
        "0x7b",
        "+1950",
        "9" * 5000,
    ],
)
def test_numbers_in_any_form_but_plain_ascii_digits(export: Path, cell: str) -> None:
    line = set_cell(export, "countries", "FR", "joined", cell)
    assert mentions(refused(export), f"countries.csv line {line}, column 7 (joined)")


@pytest.mark.parametrize("cell", ["nan", "inf", "1,5", " 45.7"])
def test_coordinates_that_are_not_plain_numbers(export: Path, cell: str) -> None:
    line = set_cell(export, "offices", "general-secretariat-lyon", "coordinates.latitude", cell)
    assert mentions(refused(export), f"offices.csv line {line}", "(coordinates.latitude)")


def test_a_bad_schema_version(export: Path) -> None:
    rewrite(
        export / "dataset.csv", lambda rows: [rows[0], "\u0661," + rows[1].split(",")[1], *rows[2:]]
    )
    assert mentions(refused(export), "dataset.csv line 2, column 1 (schema_version)")


def test_a_value_the_loader_refuses_is_located_by_line_and_column(export: Path) -> None:
    line = set_cell(export, "countries", "FR", "alpha_3", "fr")
    assert mentions(refused(export), f"countries.csv line {line}, column 4 (alpha_3)", "FR")


def test_a_huge_cell_is_refused_quickly(export: Path) -> None:
    line = set_cell(export, "countries", "FR", "notes", "x" * 5_000_000)
    assert mentions(refused(export), f"countries.csv line {line}", "(notes)", "over the limit")


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    assert mentions(refused(tmp_path / "nowhere"), "no such folder")


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert mentions(refused(tmp_path / "file"), "not a folder")


# What a spreadsheet does on saving still reads -----------------------------------


def test_crlf_line_ends_and_a_byte_order_mark_still_load(export: Path, ds: Dataset) -> None:
    for path in export.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        # Only line ends between rows: those inside quoted cells are data.
        rows = re.sub(r'\n(?=(?:[^"]*"[^"]*")*[^"]*\Z)', "\r\n", text)
        path.write_bytes(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    assert interpol_data.load_csv(export) == ds


# Random damage: whatever it hits, only DatasetError (or a valid dataset) --------

MUTATIONS = ['"', ",", "\n", "\r", "", "'", "|", "\\", "[", "x", "\u00e9", "\x00"]


@pytest.mark.parametrize("seed", range(16))
def test_random_damage_gives_only_dataset_error(export: Path, seed: int) -> None:
    chance = random.Random(seed)
    path = chance.choice(sorted(export.glob("*.csv")))
    text = path.read_text(encoding="utf-8")
    for _ in range(chance.randint(1, 3)):
        at = chance.randrange(len(text) + 1)
        cut = chance.choice((0, 1, chance.randint(0, 50)))
        text = text[:at] + chance.choice(MUTATIONS) + text[at + cut :]
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    try:
        interpol_data.load_csv(export)
    except DatasetError as error:
        assert all(".csv" in str(problem) for problem in error.problems)
    assert time.perf_counter() - started < TIME_BOUND


def test_a_bad_cell_is_reported_once(export: Path) -> None:
    set_cell(export, "countries", "FR", "joined", "1_950")
    problems = refused(export)
    assert len([problem for problem in problems if "joined" in problem]) == 1


def test_a_missing_column_is_reported_once(export: Path) -> None:
    rewrite(export / "languages.csv", lambda rows: [rows[0].replace("name", "motto"), *rows[1:]])
    problems = refused(export)
    assert len([problem for problem in problems if "name" in problem]) == 1
