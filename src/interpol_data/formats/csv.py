"""CSV: one file per collection, safe in spreadsheets, read back exactly.

A folder holds ``dataset.csv`` (one row: schema version and as-of date),
``organization.csv`` (one row: INTERPOL itself), one CSV per collection and a
Frictionless ``datapackage.json`` describing them all.

How values are written, and undone on reading:

- Columns follow field order, ``id`` first; a nested record becomes
  ``field.subfield`` columns; None is an empty cell.
- A tuple's items are joined with ``|``; an item's own ``|`` or ``\\`` is
  escaped with a backslash. A tuple of nested records is one JSON cell.
- Text that a spreadsheet would run as a formula is made inert with a leading
  apostrophe: at the start of a cell (``=``, ``+``, ``-``, ``@``, tab, CR, LF)
  and at the start of every line inside a cell (``=``, ``+``, ``-``, ``@``,
  tab), so that no physical line of a file starts with a formula character. A
  text that itself starts a line with an apostrophe gets one more, so reading
  removes exactly what writing added.
- Every cell holding a comma, a double quote, CR or LF is quoted.

>>> encode_text("=1+1"), decode_text(encode_text("=1+1"))
("'=1+1", '=1+1')
>>> encode_text("ok\\r=cmd")
"ok\\r'=cmd"
"""

from __future__ import annotations

import datetime
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attr

from interpol_data import records as r
from interpol_data._registry import SCHEMA_VERSION
from interpol_data.errors import DatasetError, Problem
from interpol_data.formats._files import replace_folder, write_member, write_text
from interpol_data.formats._tables import (
    ITEM_SEPARATOR,
    METADATA_TABLE,
    ORGANIZATION_TABLE,
    CellKind,
    Column,
    Table,
    cell_value,
    plain,
    scalar_kind,
    table,
)
from interpol_data.formats.datapackage import descriptor
from interpol_data.records import COLLECTION_TYPES

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = [
    "ITEM_SEPARATOR",
    "MAX_FILE_BYTES",
    "MAX_NESTING",
    "decode_text",
    "encode_text",
    "format_row",
    "join_items",
    "load_csv",
    "split_items",
    "to_csv",
]

T = TypeVar("T")

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest CSV file :func:`load_csv` reads (64 MiB)."""

MAX_NESTING = 16
"""The deepest nesting of brackets a JSON cell may have (the records need three)."""

MAX_DIGITS = 20
"""The most digits a whole number may have in a cell."""

DESCRIPTOR = "datapackage.json"

# Line breaks as Python's str.splitlines sees them, so "no line starts with a
# formula" holds for every reader's idea of a line.
_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_FORMULA = "=+\\-@\t"
_ENCODE = re.compile(rf"\A(?=[{_FORMULA}'{_BREAKS}])|(?<=[{_BREAKS}])(?=[{_FORMULA}'])")
_DECODE = re.compile(rf"\A'(?=[{_FORMULA}'{_BREAKS}])|(?<=[{_BREAKS}])'(?=[{_FORMULA}'])")
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')
# The first characters that _ENCODE guards (the empty text, text[:1] == "", is not among them).
_GUARDED_FIRST = frozenset(f"{_FORMULA}'{_BREAKS}".replace("\\", ""))


def encode_text(text: str) -> str:
    """Make ``text`` inert in spreadsheets; :func:`decode_text` undoes it exactly."""
    # Most texts need nothing: no line break (none is printable), so only the
    # first character could call for a guard.
    if text.isprintable() and text[:1] not in _GUARDED_FIRST:
        return text
    return _ENCODE.sub("'", text)


def decode_text(cell: str) -> str:
    """The text that :func:`encode_text` turned into ``cell``."""
    return _DECODE.sub("", cell) if "'" in cell else cell  # a guard is a "'": most have none


def join_items(items: Iterable[object]) -> str:
    """Join tuple items into one cell, escaping the separator so they can be split again."""
    return ITEM_SEPARATOR.join(
        str(item).replace("\\", "\\\\").replace(ITEM_SEPARATOR, "\\" + ITEM_SEPARATOR)
        for item in items
    )


_ITEM = re.compile(r"(?:[^\\|]|\\.)*", re.DOTALL)


def split_items(cell: str) -> list[str]:
    """The items :func:`join_items` joined, unescaped (an empty cell holds no items)."""
    if cell == "":
        return []
    items = []
    position = 0
    while True:
        found = _ITEM.match(cell, position)
        assert found is not None  # the pattern matches the empty string
        items.append(re.sub(r"\\(.)", r"\1", found.group(), flags=re.DOTALL))
        position = found.end()
        if position >= len(cell):
            return items
        if cell[position] != ITEM_SEPARATOR:  # a lone backslash at the very end
            items[-1] += cell[position:]
            return items
        position += 1  # the separator
        if position == len(cell):
            items.append("")
            return items


# Writing ------------------------------------------------------------------


def _cell(value: Any, column: Column) -> str:
    """The text of one cell."""
    if value is None:
        return ""
    if column.kind == CellKind.BOOLEAN:
        return "true" if value else "false"
    if column.kind == CellKind.INTEGER:
        return str(int(value))
    if column.kind == CellKind.NUMBER:
        return repr(float(value))
    if column.kind in (CellKind.RECORDS, CellKind.RECORD):
        return encode_text(json.dumps(plain(value), ensure_ascii=False))
    if column.kind == CellKind.LIST:
        return encode_text(join_items(plain(item) for item in value))
    return encode_text(str(plain(value)))


def format_row(cells: Iterable[str]) -> str:
    """One CSV line: cells holding a comma, a double quote, CR or LF are quoted."""
    return (
        ",".join(
            '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell
            for cell in cells
        )
        + "\n"
    )


def write_panel(path: str | os.PathLike[str], rows: Iterable[tuple[str, int, str]]) -> None:
    """Write the country-year membership panel (country, year, status) to ``path`` atomically."""
    lines = [format_row(("country", "year", "status"))]
    lines += [
        format_row((encode_text(c), str(year), encode_text(status))) for c, year, status in rows
    ]
    write_text(path, "".join(lines))


def table_text(records: Iterable[Any], record_type: type[Any]) -> str:
    """The CSV text of ``records``: a header, then one line per record."""
    layout = table(record_type)
    lines = [format_row(layout.names)]
    lines += [
        format_row(_cell(cell_value(record, column), column) for column in layout.columns)
        for record in records
    ]
    return "".join(lines)


def _metadata_text(as_of: datetime.date) -> str:
    return format_row(("schema_version", "as_of")) + format_row(
        (str(SCHEMA_VERSION), as_of.isoformat())
    )


def _file_names() -> tuple[str, ...]:
    return (
        f"{METADATA_TABLE}.csv",
        f"{ORGANIZATION_TABLE}.csv",
        *(f"{name}.csv" for name in COLLECTION_TYPES),
        DESCRIPTOR,
    )


def _is_export_file(name: str) -> bool:
    return name in _file_names()


def to_csv(dataset: Dataset, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write the dataset as CSV files and ``datapackage.json`` into ``directory``.

    The folder is built beside ``directory`` and swapped in whole, so a reader
    sees the previous export or this one, never a mix, and an interrupted
    export leaves the previous one intact. An existing ``directory`` is
    replaced only if it holds nothing but export files.

    Returns:
        The written paths, ``dataset.csv`` first.

    Raises:
        NotADirectoryError: ``directory`` is a file, device or FIFO.
        FileNotFoundError: the folder that would hold ``directory`` does not exist.
        FileExistsError: ``directory`` holds files of its own.
        OSError: the folder cannot be written.
    """

    def write(folder: Path) -> Iterator[str]:
        yield write_member(folder, f"{METADATA_TABLE}.csv", _metadata_text(dataset.as_of))
        yield write_member(
            folder,
            f"{ORGANIZATION_TABLE}.csv",
            table_text((dataset.organization,), r.Organization),
        )
        for name, collection in dataset.collections.items():
            text = table_text(collection, collection.record_type)
            yield write_member(folder, f"{name}.csv", text)
        yield write_member(
            folder,
            DESCRIPTOR,
            json.dumps(descriptor(dataset), ensure_ascii=False, indent=2) + "\n",
        )

    return replace_folder(
        directory, lambda folder: list(write(folder)), replaceable=_is_export_file
    )


# Parsing ------------------------------------------------------------------

_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_BARE = re.compile(r'[^,"\r\n]*')
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


@attr.frozen
class Row:
    """One parsed row: the line it starts on and its cells."""

    line: int
    cells: tuple[str, ...]


class _Parser:
    """A strict reader of the CSV this module writes, reporting each fault by line and column."""

    def __init__(self, text: str, file: str, collection: str) -> None:
        self.text = text
        self.file = file
        self.collection = collection
        self.line = 1
        self.line_start = 0
        self.problems: list[Problem] = []

    def _problem(self, position: int, message: str) -> None:
        column = position - self.line_start + 1
        self.problems.append(
            Problem(f"{self.file} line {self.line}, column {column}: {message}", self.collection)
        )

    def _advance_lines(self, start: int, end: int) -> None:
        breaks = self.text.count("\n", start, end)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rindex("\n", start, end) + 1

    def _skip_line(self, position: int) -> int:
        end = self.text.find("\n", position)
        return len(self.text) if end < 0 else end + 1

    def rows(self) -> list[Row]:
        """Every row that parses; each fault is a problem, and its line is skipped."""
        text, size = self.text, len(self.text)
        rows: list[Row] = []
        position = 0
        while position < size:
            row_line, cells, broken = self.line, [], False
            while True:
                if text.startswith('"', position):
                    found = _QUOTED.match(text, position)
                    if found is None:
                        self._problem(position, "a quoted cell is never closed (unbalanced quote)")
                        return rows
                    cells.append(found.group(1).replace('""', '"'))
                    self._advance_lines(position, found.end())
                else:
                    found = _BARE.match(text, position)
                    assert found is not None  # the pattern matches the empty string
                    cells.append(found.group())
                position = found.end()
                if position >= size:
                    break
                follower = text[position]
                if follower == ",":
                    position += 1
                    continue
                if follower == "\n" or text.startswith("\r\n", position):
                    position += 1 if follower == "\n" else 2
                    self.line, self.line_start = self.line + 1, position
                    break
                if follower == '"':
                    self._problem(position, "a double quote inside a cell that is not quoted")
                elif follower == "\r":
                    self._problem(position, "a line break (CR) outside quotes")
                else:
                    self._problem(position, f"text after a closing quote: {follower!r}")
                broken = True
                position = self._skip_line(position)
                self.line, self.line_start = self.line + 1, position
                break
            if not broken:
                rows.append(Row(row_line, tuple(cells)))
        return rows


def _column_number(header: Sequence[str], field: str | None) -> tuple[int, str] | None:
    if not field:
        return None
    name = field.split("[", 1)[0]
    while name:
        if name in header:
            return header.index(name) + 1, name
        name = name.rpartition(".")[0]
    return None


@attr.define
class _Table:
    """What was read from one file: where each record is, and the problems found."""

    name: str
    file: str
    header: tuple[str, ...] = ()
    lines: dict[str, int] = attr.Factory(dict)
    """The line of each record, by id and by ``#position``."""


class _Reader:
    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self.tables: dict[str, _Table] = {}
        self.reported: set[tuple[str, str | None, str]] = set()
        """Cells (table, record id or None for every record, column) already reported, so
        that the loader's problems with the same cells are not repeated."""

    def _read_text(self, name: str) -> str | None:
        file = f"{name}.csv"
        path = os.path.join(self.folder, file)
        try:
            # Opened without blocking and checked on the open file, so that a FIFO
            # swapped in after a check cannot hang the reader.
            handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(handle, "rb") as stream:
                status = os.fstat(handle)
                if not stat.S_ISREG(status.st_mode):
                    self.problems.append(Problem(f"{file} is not a regular file", name))
                    return None
                if status.st_size > MAX_FILE_BYTES:
                    self.problems.append(
                        Problem(
                            f"{file} holds {status.st_size} bytes, "
                            f"over the limit of {MAX_FILE_BYTES}",
                            name,
                        )
                    )
                    return None
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            reason = "missing" if isinstance(error, FileNotFoundError) else error.strerror
            self.problems.append(Problem(f"cannot read {file}: {reason}", name))
            return None
        if len(data) > MAX_FILE_BYTES:
            self.problems.append(
                Problem(f"{file} is over the limit of {MAX_FILE_BYTES} bytes", name)
            )
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            self.problems.append(
                Problem(f"{file} line {line}, column {column} (byte): not UTF-8 text", name)
            )
            return None
        return text.removeprefix("\ufeff")  # a spreadsheet may add a byte-order mark

    def rows(self, name: str, expected: Sequence[str]) -> tuple[_Table, list[dict[str, str]]]:
        """The rows of ``name``.csv as mappings from column to cell, header checked."""
        found = _Table(name, f"{name}.csv")
        self.tables[name] = found
        text = self._read_text(name)
        if text is None:
            return found, []
        if text == "":
            self.problems.append(Problem(f"{found.file} is empty (0 bytes): no header row", name))
            return found, []
        parser = _Parser(text, found.file, name)
        parsed = parser.rows()
        self.problems += parser.problems
        if not parsed:
            return found, []
        header, *body = parsed
        found.header = header.cells
        self._check_header(found, expected)
        rows: list[dict[str, str]] = []
        for position, row in enumerate(body):  # position: for a row too damaged to name
            if len(row.cells) != len(header.cells):
                where = min(len(row.cells), len(header.cells)) + 1
                self.problems.append(
                    Problem(
                        f"{found.file} line {row.line}, column {where}: the row has "
                        f"{len(row.cells)} cells, the header {len(header.cells)}",
                        name,
                        row.cells[0] if row.cells and row.cells[0] else f"#{position}",
                    )
                )
                continue
            found.lines[f"#{len(rows)}"] = row.line
            cells = dict(zip(header.cells, row.cells, strict=True))
            found.lines.setdefault(decode_text(cells.get("id", "")), row.line)
            rows.append(cells)
        return found, rows

    def _check_header(self, found: _Table, expected: Sequence[str]) -> None:
        seen: set[str] = set()
        for column, name in enumerate(found.header, start=1):
            if name not in expected:
                message = f"unknown column {name!r}"
            elif name in seen:
                message = f"column {name!r} appears twice"
            else:
                seen.add(name)
                continue
            self.problems.append(
                Problem(f"{found.file} line 1, column {column}: {message}", found.name)
            )
        for name in expected:
            if name not in seen and name not in found.header:
                self.reported.add((found.name, None, name))
                self.problems.append(
                    Problem(f"{found.file} line 1: missing column {name!r}", found.name)
                )

    def value_problem(
        self,
        found: _Table,
        where: tuple[int, int, str],
        message: str,
        record_id: str | None = None,
    ) -> None:
        """Report a cell not in its column's form; ``where`` is line, column number and name."""
        line, number, name = where
        self.reported.add((found.name, record_id, name))
        self.problems.append(
            Problem(
                f"{found.file} line {line}, column {number} ({name}): {message}",
                found.name,
                record_id,
                name,
            )
        )


class _BadCellError(ValueError):
    """A cell that is not in the form its column needs."""


def _scalar(text: str, kind: CellKind) -> Any:
    if kind == CellKind.INTEGER:
        if not _INTEGER.fullmatch(text):
            raise _BadCellError(f"{text!r} is not a whole number written in ASCII digits")
        if len(text.lstrip("-")) > MAX_DIGITS:
            raise _BadCellError(f"a number of more than {MAX_DIGITS} digits")
        return int(text)
    if kind == CellKind.NUMBER:
        if not _NUMBER.fullmatch(text) or len(text) > 40:
            raise _BadCellError(f"{text!r} is not a number written in ASCII digits")
        return float(text)
    if kind == CellKind.BOOLEAN:
        if text not in ("true", "false"):
            raise _BadCellError(f"{text!r} is not true or false")
        return text == "true"
    return text


def _nesting(text: str) -> int:
    """How deeply the brackets of a JSON text nest (strings skipped), without parsing it."""
    depth = deepest = 0
    for bracket in re.sub(r'"(?:[^"\\]|\\.)*"', "", text):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        keys = [key for key, _ in pairs]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        raise _BadCellError(f"a JSON object repeats the key {twice[0]!r}")
    return result


def _refuse_constant(name: str) -> Any:
    raise _BadCellError(f"{name} is not a number JSON allows")


def _value(cell: str, column: Column) -> Any:
    """The JSON-shaped value of one cell."""
    if cell == "":
        if column.optional:
            return None
        return [] if column.kind in (CellKind.LIST, CellKind.RECORDS) else ""
    if column.kind in (CellKind.INTEGER, CellKind.NUMBER, CellKind.BOOLEAN):
        return _scalar(cell, column.kind)
    text = decode_text(cell)
    if column.kind in (CellKind.RECORDS, CellKind.RECORD):
        if _nesting(text) > MAX_NESTING:
            raise _BadCellError(f"JSON nested more than {MAX_NESTING} levels deep")
        try:
            return json.loads(
                text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant
            )
        except (ValueError, RecursionError) as error:
            if isinstance(error, _BadCellError):
                raise
            raise _BadCellError(f"not valid JSON: {error}") from None
    if column.kind == CellKind.LIST:
        item_kind = scalar_kind(column.value_type)
        return [_scalar(item, item_kind) for item in split_items(text)]
    return text


def _record(
    row: Mapping[str, str], layout: Table, reader: _Reader, found: _Table, line: int
) -> Any:
    data: dict[str, Any] = {}
    nested_none = {
        field
        for field, _type, optional in layout.nested
        if optional
        and all(
            row.get(column.name, "") == "" for column in layout.columns if column.field == field
        )
    }
    for column in layout.columns:
        if column.name not in row or column.field in nested_none:
            continue
        try:
            value = _value(row[column.name], column)
        except _BadCellError as error:
            number = found.header.index(column.name) + 1
            record_id = decode_text(row.get("id", "")) or None
            reader.value_problem(found, (line, number, column.name), str(error), record_id)
            value = row[column.name]
        if column.subfield is None:
            data[column.field] = value
        else:
            data.setdefault(column.field, {})[column.subfield] = value
    for field in nested_none:
        data[field] = None
    return data


def _locate(problem: Problem, reader: _Reader) -> Problem:
    """``problem`` with the file, line and column of the cell it is about, where known."""
    collection = problem.collection or METADATA_TABLE
    found = reader.tables.get(collection)
    if found is None or problem.message.startswith(found.file):
        return problem
    line = 2 if collection in (METADATA_TABLE, ORGANIZATION_TABLE) else None
    if problem.record_id is not None:
        line = found.lines.get(problem.record_id, line)
    where = found.file if line is None else f"{found.file} line {line}"
    column = _column_number(found.header, problem.field)
    if column is not None:
        where += f", column {column[0]} ({column[1]})"
    return Problem(
        f"{where}: {problem.message}", problem.collection, problem.record_id, problem.field
    )


def _repeats(problem: Problem, reader: _Reader) -> bool:
    """Whether ``problem`` is about a cell or column the CSV checks already reported."""
    found = reader.tables.get(problem.collection or METADATA_TABLE)
    column = None if found is None else _column_number(found.header, problem.field)
    name = column[1] if column is not None else (problem.field or "").split("[")[0]
    table_name = problem.collection or METADATA_TABLE
    return (table_name, problem.record_id, name) in reader.reported or (
        table_name,
        None,
        name,
    ) in reader.reported


def _read(directory: str | os.PathLike[str]) -> tuple[dict[str, Any], _Reader]:
    """The data of a CSV export in the JSON shape, and the reader holding what went wrong."""
    folder = os.fspath(directory)
    reader = _Reader(folder)
    data: dict[str, Any] = {}
    metadata, about = reader.rows(METADATA_TABLE, ("schema_version", "as_of"))
    _one_row(reader, metadata, about)
    if about:
        version = about[0].get("schema_version", "")
        try:
            data["schema_version"] = _scalar(version, CellKind.INTEGER)
        except _BadCellError as error:
            reader.value_problem(metadata, (2, 1, "schema_version"), str(error))
        if "as_of" in about[0]:
            data["as_of"] = about[0]["as_of"]
    tables: dict[str, type[Any]] = {ORGANIZATION_TABLE: r.Organization, **COLLECTION_TYPES}
    for name, record_type in tables.items():
        layout = table(record_type)
        found, rows = reader.rows(name, layout.names)
        records = [
            _record(row, layout, reader, found, found.lines[f"#{position}"])
            for position, row in enumerate(rows)
        ]
        if name == ORGANIZATION_TABLE:
            _one_row(reader, found, rows)
            if records:
                data[name] = records[0]
        else:
            data[name] = records
    return data, reader


def _one_row(reader: _Reader, found: _Table, rows: Sequence[Mapping[str, str]]) -> None:
    if not found.header:
        return
    if not rows and not any(p.collection == found.name for p in reader.problems):
        reader.problems.append(Problem(f"{found.file}: no row after the header", found.name))
    for extra in range(1, len(rows)):
        line = found.lines[f"#{extra}"]
        reader.problems.append(
            Problem(f"{found.file} line {line}: a second row in a one-row table", found.name)
        )


def load_csv(directory: str | os.PathLike[str], build: Callable[[Mapping[str, Any], str], T]) -> T:
    """Read back a folder :func:`to_csv` wrote, validated by ``build`` (the JSON loader's).

    Every problem is reported, each with its file, line and column: faults in
    the CSV itself (unbalanced quotes, ragged rows, unknown or missing
    columns, numbers not written in ASCII digits, …) and every problem the
    loader finds in the values.

    Raises:
        DatasetError: the folder is missing or unreadable, or its data is invalid.
    """
    folder = os.fspath(directory)
    if not os.path.isdir(folder):
        what = "no such folder" if not os.path.exists(folder) else "not a folder"
        raise DatasetError([Problem(f"{what}: {folder}")], origin=folder)
    data, reader = _read(folder)
    try:
        dataset = build(data, folder)
    except DatasetError as error:
        troubled = {problem.collection for problem in reader.problems}
        problems = reader.problems + [
            _locate(problem, reader)
            for problem in error.problems
            if not _repeats(problem, reader)
            # "missing" for a table whose file is already reported says nothing new.
            if not (
                problem.message == "missing"
                and (
                    problem.field in troubled
                    or (problem.field in ("as_of", "schema_version") and METADATA_TABLE in troubled)
                )
            )
        ]
        raise DatasetError(problems, origin=folder) from None
    if reader.problems:
        raise DatasetError(reader.problems, origin=folder)
    return dataset
