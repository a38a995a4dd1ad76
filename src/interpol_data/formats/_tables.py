"""How a record type lays out as a flat table, shared by the CSV, Data Package and pandas formats.

One column per field; a nested record (or an optional one) becomes one column
per subfield, named ``field.subfield``; a tuple of nested records, which does
not fit a flat row, stays one JSON column.
"""

from __future__ import annotations

import enum
from typing import Any

import attr

from interpol_data._fields import FieldPlan, plan

__all__ = [
    "ITEM_SEPARATOR",
    "METADATA_TABLE",
    "ORGANIZATION_TABLE",
    "CellKind",
    "Column",
    "Table",
    "cell_value",
    "plain",
    "scalar_kind",
    "table",
]

ITEM_SEPARATOR = "|"
"""Joins the items of a tuple field in one cell of a flat table."""

METADATA_TABLE = "dataset"
"""The one-row table of a CSV export that holds the schema version and the as-of date."""

ORGANIZATION_TABLE = "organization"
"""The one-row table of a CSV export that holds INTERPOL itself."""


class CellKind(enum.Enum):
    """What one cell of a flat table holds."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    """A member of an enum, written as its value."""
    LIST = "list"
    """A tuple of plain values (text, numbers or enum members)."""
    RECORDS = "records"
    """A tuple of nested records: JSON in a cell."""
    RECORD = "record"
    """A record nested in a flattened one: JSON in a cell."""


_SCALAR_KINDS = {
    str: CellKind.TEXT,
    int: CellKind.INTEGER,
    float: CellKind.NUMBER,
    bool: CellKind.BOOLEAN,
}


@attr.frozen
class Column:
    """One column of a record type's table."""

    name: str
    """Header text: the field name, or ``field.subfield`` for a nested record's field."""
    field: str
    """The record's field that holds the value."""
    subfield: str | None
    """The nested record's field, for a flattened nested record."""
    kind: CellKind
    """What the cell holds."""
    optional: bool
    """True when the cell may be empty (the value, or its nested record, may be None)."""
    value_type: Any
    """The Python type of the value (of an item, for ``list`` and ``records``)."""
    ref: str | None
    """The collection whose ids the value holds, for a reference."""
    doc: str
    """What the field means, from its declaration."""


@attr.frozen
class Table:
    """The columns of a record type and the nested record types they flatten."""

    record_type: type[Any]
    columns: tuple[Column, ...]
    nested: tuple[tuple[str, type[Any], bool], ...]
    """Each flattened field with its record type and whether it may be None."""

    @property
    def names(self) -> tuple[str, ...]:
        """The header, in field order."""
        return tuple(column.name for column in self.columns)


def _column(field: FieldPlan, prefix: str | None, optional: bool) -> Column:
    if field.record_type is not None:
        # A tuple of records, or a record nested in a flattened one: a JSON cell.
        kind = CellKind.RECORDS if field.many else CellKind.RECORD
        value_type: Any = field.record_type
    elif field.many:
        kind, value_type = CellKind.LIST, field.vocabulary or _scalar_type(field)
    elif field.vocabulary is not None:
        kind, value_type = CellKind.CHOICE, field.vocabulary
    else:
        value_type = _scalar_type(field)
        kind = _SCALAR_KINDS[value_type]
    return Column(
        name=field.name if prefix is None else f"{prefix}.{field.name}",
        field=prefix or field.name,
        subfield=None if prefix is None else field.name,
        kind=kind,
        optional=field.nullable or optional,
        value_type=value_type,
        ref=field.target,
        doc=field.doc,
    )


def _scalar_type(field: FieldPlan) -> type[Any]:
    if field.json_type == (int, float):
        return float
    assert isinstance(field.json_type, type)
    return field.json_type


def scalar_kind(value_type: Any) -> CellKind:
    """The kind of one item of a ``list`` column."""
    if isinstance(value_type, type) and issubclass(value_type, enum.Enum):
        return CellKind.CHOICE
    return _SCALAR_KINDS[value_type]


_TABLES: dict[type[Any], Table] = {}


def table(record_type: type[Any]) -> Table:
    """The table layout of ``record_type`` (computed once per type, from its field plan)."""
    found = _TABLES.get(record_type)
    if found is None:
        found = _TABLES[record_type] = _make_table(record_type)
    return found


def _make_table(record_type: type[Any]) -> Table:
    columns: list[Column] = []
    nested: list[tuple[str, type[Any], bool]] = []
    for field in plan(record_type).fields:
        if field.record_type is not None and not field.many:
            nested.append((field.name, field.record_type, field.nullable))
            columns += [
                _column(sub, field.name, field.nullable) for sub in plan(field.record_type).fields
            ]
        else:
            columns.append(_column(field, None, False))
    return Table(record_type, tuple(columns), tuple(nested))


def plain(value: Any) -> Any:
    """JSON-ready data for a record (in field order, every field present), tuple or value."""
    if attr.has(type(value)):
        return {field.name: plain(getattr(value, field.name)) for field in attr.fields(type(value))}
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def cell_value(record: Any, column: Column) -> Any:
    """The value ``column`` shows for ``record`` (None where its nested record is None)."""
    value = getattr(record, column.field)
    if column.subfield is not None:
        value = None if value is None else getattr(value, column.subfield)
    return value


def from_plain(record_type: type[Any], data: Any) -> Any:
    """The record that :func:`plain` turned into ``data`` (record validators still apply).

    Raises:
        TypeError: ``data`` is not shaped like ``record_type``.
        ValueError: a value breaks its field's rules (the record's own error).
    """
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {record_type.__name__}, got {data!r}")
    fields = plan(record_type).by_name
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise TypeError(f"unknown fields for {record_type.__name__}: {', '.join(unknown)}")
    return record_type(
        **{name: _from_plain_value(fields[name], value) for name, value in data.items()}
    )


def _from_plain_value(field: FieldPlan, value: Any) -> Any:
    if value is None:
        return None
    if field.many:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{field.name}: expected a list, got {value!r}")
        if field.record_type is not None:
            return tuple(from_plain(field.record_type, item) for item in value)
        return tuple(value)
    if field.record_type is not None:
        return from_plain(field.record_type, value)
    return value
