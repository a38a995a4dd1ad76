"""How a record type lays out as a flat table, shared by the CSV, Data Package and pandas formats.

One column per field; a nested record (or an optional one) becomes one column
per subfield, named ``field.subfield``; a tuple of nested records, which does
not fit a flat row, stays one column of kind ``records``.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from typing import Any

import attrs

__all__ = [
    "ITEM_SEPARATOR",
    "METADATA_TABLE",
    "ORGANIZATION_TABLE",
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


@attrs.frozen
class Column:
    """One column of a record type's table."""

    name: str
    """Header text: the field name, or ``field.subfield`` for a nested record's field."""
    field: str
    """The record's field that holds the value."""
    subfield: str | None
    """The nested record's field, for a flattened nested record."""
    kind: str
    """``text``, ``integer``, ``number``, ``boolean``, ``enum``, ``list`` (a tuple of
    plain values) or ``records`` (a tuple of nested records)."""
    optional: bool
    """True when the cell may be empty (the value, or its nested record, may be None)."""
    value_type: Any
    """The Python type of the value (of an item, for ``list`` and ``records``)."""
    ref: str | None
    """The collection whose ids the value holds, for a reference."""
    doc: str
    """What the field means, from its declaration."""


@attrs.frozen
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


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return options[0], len(options) < len(typing.get_args(hint))
    return hint, False


def _kind(hint: Any) -> tuple[str, Any]:
    """The column kind of a (non-optional) type hint, and the value's (or item's) type."""
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return ("records" if attrs.has(item) else "list"), item
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "enum", hint
    if hint is bool:
        return "boolean", bool
    if hint is int:
        return "integer", int
    if hint is float:
        return "number", float
    if hint is str:
        return "text", str
    raise TypeError(f"no table column kind for {hint!r}")  # pragma: no cover - a new field type


def scalar_kind(value_type: Any) -> str:
    """The kind of one item of a ``list`` column."""
    return _kind(value_type)[0]


def _column(field: attrs.Attribute[Any], hint: Any, prefix: str | None, optional: bool) -> Column:
    value_hint, may_be_none = _unwrap_optional(hint)
    kind, value_type = _kind(value_hint)
    return Column(
        name=field.name if prefix is None else f"{prefix}.{field.name}",
        field=prefix or field.name,
        subfield=None if prefix is None else field.name,
        kind=kind,
        optional=may_be_none or optional,
        value_type=value_type,
        ref=field.metadata.get("ref"),
        doc=field.metadata.get("doc", ""),
    )


@functools.cache
def table(record_type: type[Any]) -> Table:
    """The table layout of ``record_type`` (computed once per type)."""
    hints = typing.get_type_hints(record_type)
    columns: list[Column] = []
    nested: list[tuple[str, type[Any], bool]] = []
    for field in attrs.fields(record_type):
        hint, may_be_none = _unwrap_optional(hints[field.name])
        if attrs.has(hint):
            nested.append((field.name, hint, may_be_none))
            sub_hints = typing.get_type_hints(hint)
            columns += [
                _column(sub, sub_hints[sub.name], field.name, may_be_none)
                for sub in attrs.fields(hint)
            ]
        else:
            columns.append(_column(field, hints[field.name], None, False))
    return Table(record_type, tuple(columns), tuple(nested))


def plain(value: Any) -> Any:
    """JSON-ready data for a record (in field order, every field present), tuple or value."""
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
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
        ValueError: a value breaks its field's rules (a validator's error).
    """
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {record_type.__name__}, got {data!r}")
    hints = typing.get_type_hints(record_type)
    names = {field.name for field in attrs.fields(record_type)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise TypeError(f"unknown fields for {record_type.__name__}: {', '.join(unknown)}")
    return record_type(
        **{name: _from_plain_value(hints[name], value) for name, value in data.items()}
    )


def _from_plain_value(hint: Any, value: Any) -> Any:
    hint, _ = _unwrap_optional(hint)
    if value is None:
        return None
    if attrs.has(hint):
        return from_plain(hint, value)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(_from_plain_value(item, element) for element in value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    return value
