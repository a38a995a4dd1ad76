"""Exports: deterministic JSON, spreadsheet-safe CSV, GeoJSON and pandas DataFrames.

>>> import interpol_data, json
>>> json.loads(interpol_data.to_json())["schema_version"]
1
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from interpol_data._registry import SCHEMA_VERSION
from interpol_data.records import COLLECTION_TYPES

if TYPE_CHECKING:
    import pandas

    from interpol_data._dataset import Dataset

__all__ = [
    "CSV_SEPARATOR",
    "csv_columns",
    "csv_rows",
    "plain",
    "to_csv",
    "to_geojson",
    "to_json",
    "to_mapping",
    "to_pandas",
]

CSV_SEPARATOR = "|"
"""Joins the items of a tuple field in one CSV cell; an item's own ``|`` or ``\\`` is escaped
with a backslash."""


def join_items(items: Iterable[object]) -> str:
    """Join tuple items into one cell, escaping the separator so they can be split again."""
    return CSV_SEPARATOR.join(
        str(item).replace("\\", "\\\\").replace(CSV_SEPARATOR, "\\" + CSV_SEPARATOR)
        for item in items
    )


def split_items(cell: str) -> list[str]:
    """The items :func:`join_items` joined, unescaped."""
    items: list[str] = []
    current: list[str] = []
    escaped = False
    for char in cell:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == CSV_SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain(value: Any) -> Any:
    """JSON-ready data for a record, in field order, with every field present."""
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if isinstance(value, str):
        return str(value)  # an enum member becomes its plain value
    return value


def to_mapping(dataset: Dataset) -> dict[str, Any]:
    """The whole dataset as plain data in the shape :func:`interpol_data.load` reads."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "as_of": dataset.as_of.isoformat(),
        "organization": plain(dataset.organization),
    }
    for name, collection in dataset.collections.items():
        data[name] = [plain(record) for record in collection]
    return data


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place.

    An interrupted export leaves either the old file or the new one, never half.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def to_json(dataset: Dataset, path: str | os.PathLike[str] | None = None) -> str:
    """Deterministic JSON text: field order, two-space indent, UTF-8 unescaped, final newline."""
    text = json.dumps(to_mapping(dataset), ensure_ascii=False, indent=2) + "\n"
    if path is not None:
        _write_atomically(Path(path), text)
    return text


def csv_columns(record_type: type[Any]) -> tuple[str, ...]:
    """Column names for a record type: a nested record is flattened as ``field.subfield``.

    Tuples of nested records (office holders, budgets) are written as one
    JSON cell, since they do not fit a flat row.
    """
    nested = record_fields(record_type)
    columns: list[str] = []
    for field in attrs.fields(record_type):
        if field.name in nested:
            columns += [f"{field.name}.{sub.name}" for sub in attrs.fields(nested[field.name])]
        else:
            columns.append(field.name)
    return tuple(columns)


def _cell(value: Any) -> str:
    """The text of one CSV cell; text that a spreadsheet would run as a formula is made inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        if any(attrs.has(type(item)) for item in value):
            return json.dumps(plain(value), ensure_ascii=False)
        return neutralize(join_items(value))
    if isinstance(value, str):
        return neutralize(str(value))
    return str(value)


def neutralize(cell: str) -> str:
    """Make a cell inert in spreadsheets: prefix a quote to text that would run as a formula."""
    if cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_rows(records: Iterable[Any], record_type: type[Any]) -> list[list[str]]:
    """Header and rows for ``records``, nested records flattened, formulas neutralised."""
    nested = record_fields(record_type)
    rows = [list(csv_columns(record_type))]
    for record in records:
        row: list[str] = []
        for field in attrs.fields(record_type):
            value = getattr(record, field.name)
            if field.name in nested:
                row += [
                    _cell(None if value is None else getattr(value, sub.name))
                    for sub in attrs.fields(nested[field.name])
                ]
            else:
                row.append(_cell(value))
        rows.append(row)
    return rows


_RECORD_FIELDS: dict[type[Any], dict[str, type[Any]]] = {}


def record_fields(record_type: type[Any]) -> dict[str, type[Any]]:
    """Fields of ``record_type`` that hold one nested record (or None), by name."""
    found = _RECORD_FIELDS.get(record_type)
    if found is None:
        import typing  # noqa: PLC0415

        hints = typing.get_type_hints(record_type)
        found = {}
        for field in attrs.fields(record_type):
            hint = hints[field.name]
            # A record, or an optional one; tuples of records stay JSON cells.
            options = typing.get_args(hint) if typing.get_origin(hint) is not tuple else ()
            for candidate in (hint, *options):
                if isinstance(candidate, type) and attrs.has(candidate):
                    found[field.name] = candidate
        _RECORD_FIELDS[record_type] = found
    return found


def _csv_text(rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def to_csv(dataset: Dataset, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """One UTF-8 CSV per collection (``countries.csv``, …), plus ``organization.csv``
    and ``dataset.csv`` (schema version and as-of date), which
    :func:`interpol_data.loading.load_csv` reads back.

    Columns follow field order with ``id`` first; a nested record becomes
    ``field.subfield`` columns; tuple items are joined with ``|``; tuples of
    nested records are one JSON cell. Returns the written paths.
    """
    from interpol_data.records import Organization  # noqa: PLC0415

    target = Path(directory)
    about = [["schema_version", "as_of"], [str(SCHEMA_VERSION), dataset.as_of.isoformat()]]
    _write_atomically(target / "dataset.csv", _csv_text(about))
    written = [target / "dataset.csv"]
    tables: list[tuple[str, type[Any], Iterable[Any]]] = [
        ("organization", Organization, (dataset.organization,))
    ]
    tables += [(name, COLLECTION_TYPES[name], c) for name, c in dataset.collections.items()]
    for name, record_type, records in tables:
        path = target / f"{name}.csv"
        _write_atomically(path, _csv_text(csv_rows(records, record_type)))
        written.append(path)
    return tuple(written)


def to_geojson(dataset: Dataset, path: str | os.PathLike[str] | None = None) -> str:
    """The offices that have coordinates, as a GeoJSON FeatureCollection (longitude first)."""
    features = []
    for office in dataset.offices:
        if office.coordinates is None:
            continue
        properties = plain(office)
        del properties["coordinates"]
        features.append(
            {
                "type": "Feature",
                "id": office.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [office.coordinates.longitude, office.coordinates.latitude],
                },
                "properties": properties,
            }
        )
    text = json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=2
    )
    text += "\n"
    if path is not None:
        _write_atomically(Path(path), text)
    return text


def to_pandas(dataset: Dataset, collection: str) -> pandas.DataFrame:
    """One collection as a pandas DataFrame indexed by id (needs the ``pandas`` extra).

    Raises:
        ImportError: pandas is not installed; the message says how to install it.
        KeyError: no collection has that name.
    """
    try:
        import pandas  # noqa: PLC0415
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install 'interpol-data[pandas]'") from error
    records = dataset.collection(collection)
    rows = [plain(record) for record in records]
    frame = pandas.DataFrame(rows, columns=[f.name for f in attrs.fields(records.record_type)])
    return frame.set_index("id")
