"""The Frictionless Data Package descriptor (``datapackage.json``) of a CSV export.

It tells pandas, frictionless and spreadsheet importers what each column
holds: a Table Schema per CSV with field types, the primary key and foreign
keys, and ``missingValues`` of only the empty cell, so that Namibia's id
``NA`` stays text. Read a table with pandas the same way::

    pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])

(every column as text, only empty cells missing; ``"NA"`` and ``"020"`` survive).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from interpol_data import records as r
from interpol_data._registry import SCHEMA_VERSION
from interpol_data.formats._tables import (
    ITEM_SEPARATOR,
    METADATA_TABLE,
    ORGANIZATION_TABLE,
    CellKind,
    Column,
    table,
)

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["MISSING_VALUES", "PANDAS_READ_CSV", "descriptor"]

MISSING_VALUES = [""]
"""Only an empty cell is missing: ``NA``, ``N/A`` and ``null`` are text."""

PANDAS_READ_CSV = 'pandas.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])'
"""The pandas call that reads an exported CSV without losing ``NA`` or leading zeros."""

_TYPES = {
    CellKind.TEXT: "string",
    CellKind.CHOICE: "string",
    CellKind.LIST: "string",
    CellKind.INTEGER: "integer",
    CellKind.NUMBER: "number",
    CellKind.BOOLEAN: "boolean",
    CellKind.RECORDS: "array",
    CellKind.RECORD: "object",
}

_GUARD = (
    "Text that a spreadsheet would run as a formula (a cell or a line in it starting with "
    "=, +, -, @, a tab or a line break) carries one leading apostrophe, and so does text "
    "that itself starts a line with an apostrophe; interpol_data.load_csv removes it."
)


def _field(column: Column) -> dict[str, Any]:
    described: dict[str, Any] = {"name": column.name, "type": _TYPES[column.kind]}
    doc = column.doc
    if column.kind == CellKind.LIST:
        doc += f" Items are joined with {ITEM_SEPARATOR!r}; an item's own {ITEM_SEPARATOR!r}"
        doc += " or backslash is escaped with a backslash."
        if column.ref:
            doc += f" Each item is an id in {column.ref}."
    elif column.kind == CellKind.RECORDS:
        doc += " A JSON array of objects."
    elif column.kind == CellKind.RECORD:
        doc += " A JSON object."
    if doc:
        described["description"] = doc.strip()
    if column.kind == CellKind.BOOLEAN:
        described["trueValues"], described["falseValues"] = ["true"], ["false"]
    constraints: dict[str, Any] = {}
    if not column.optional and column.kind not in (CellKind.LIST, CellKind.RECORDS):
        constraints["required"] = True
    if column.kind == CellKind.CHOICE:
        constraints["enum"] = [member.value for member in column.value_type]
    if constraints:
        described["constraints"] = constraints
    return described


def _resource(name: str, record_type: type[Any], description: str) -> dict[str, Any]:
    layout = table(record_type)
    foreign_keys = [
        {"fields": column.name, "reference": {"resource": column.ref, "fields": "id"}}
        for column in layout.columns
        if column.ref and column.kind == CellKind.TEXT
    ]
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in layout.columns],
        "missingValues": MISSING_VALUES,
        "primaryKey": ["id"],
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return _csv_resource(name, description, schema)


def _csv_resource(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {
            "delimiter": ",",
            "quoteChar": '"',
            "doubleQuote": True,
            "lineTerminator": "\n",
            "header": True,
        },
        "schema": schema,
    }


def descriptor(dataset: Dataset) -> dict[str, Any]:
    """The ``datapackage.json`` content for a CSV export of ``dataset``."""
    metadata = _csv_resource(
        METADATA_TABLE,
        "One row about the export itself: the version of its shape and the date the data "
        "holds for.",
        {
            "fields": [
                {
                    "name": "schema_version",
                    "type": "integer",
                    "description": "Version of the exported shape; "
                    f"{SCHEMA_VERSION} for this export.",
                    "constraints": {"required": True},
                },
                {
                    "name": "as_of",
                    "type": "date",
                    "format": "default",
                    "description": "The date the data holds for (YYYY-MM-DD).",
                    "constraints": {"required": True},
                },
            ],
            "missingValues": MISSING_VALUES,
        },
    )
    resources = [
        metadata,
        _resource(ORGANIZATION_TABLE, r.Organization, "One row: INTERPOL itself."),
    ]
    for name, collection in dataset.collections.items():
        summary = (collection.record_type.__doc__ or name).strip().splitlines()[0]
        resources.append(
            _resource(name, collection.record_type, f"The {name} collection: {summary}")
        )
    return {
        "profile": "tabular-data-package",
        "name": "interpol-data",
        "title": "INTERPOL, the International Criminal Police Organization, as sourced data",
        "description": (
            f"Every collection of interpol-data as of {dataset.as_of.isoformat()}, one CSV "
            "each, with sources cited per record (the sources table). Only an empty cell "
            f"is missing, so read a table with {PANDAS_READ_CSV}. {_GUARD}"
        ),
        "resources": resources,
    }
