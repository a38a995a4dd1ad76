"""pandas: a collection as a typed DataFrame, one row per record, and back.

Needs the ``pandas`` extra (``pip install 'interpol-data[pandas]'``); pandas
is imported only when one of these functions runs, never by the core.

- The index is the records' ``id``; a nested record becomes ``field.subfield``
  columns (``ncb.city``).
- Whole numbers are nullable ``Int64``, other numbers ``Float64``, text the
  nullable ``string`` dtype, enums ``category`` (every allowed value a
  category, in declared order); a missing value is ``<NA>``.
- Tuples are lists (``tuples="list"``) or text joined with ``separator``
  (``tuples="text"``); a tuple of nested records is a list of dicts, or JSON text.
- With ``resolve``, reference columns show the names of the records they point to.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from interpol_data.formats._tables import CellKind, Column, cell_value, from_plain, plain, table

if TYPE_CHECKING:
    import pandas

__all__ = ["Resolver", "read_records", "to_pandas"]

Resolver = Callable[[str, str], str]
"""Gives the name of the record with an id (second argument) in a collection (first)."""


def _pandas() -> Any:
    try:
        import pandas  # noqa: PLC0415 - an optional extra, imported on use only
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install 'interpol-data[pandas]'") from error
    return pandas


def _series_values(  # noqa: PLR0917 - one private call site
    pd: Any,
    values: list[Any],
    column: Column,
    tuples: Literal["list", "text"],
    separator: str,
    resolve: Resolver | None,
) -> Any:
    def named(item: str) -> str:
        return resolve(column.ref, item) if resolve is not None and column.ref else item

    kind = column.kind
    if kind == CellKind.INTEGER:
        return pd.array(values, dtype="Int64")
    if kind == CellKind.NUMBER:
        return pd.array(values, dtype="Float64")
    if kind == CellKind.BOOLEAN:
        return pd.array(values, dtype="boolean")
    if kind == CellKind.CHOICE:
        return pd.Categorical(
            [None if value is None else value.value for value in values],
            categories=[member.value for member in column.value_type],
        )
    if kind == CellKind.TEXT:
        return pd.array([None if v is None else named(v) for v in values], dtype="string")
    if kind == CellKind.LIST:
        lists = [[named(item) for item in plain(value)] for value in values]
        if tuples == "text":
            return pd.array([separator.join(map(str, items)) for items in lists], dtype="string")
        return lists
    # A tuple of nested records, or a record nested in a flattened one.
    nested = [plain(value) for value in values]
    if tuples == "text":
        return pd.array([json.dumps(items, ensure_ascii=False) for items in nested], dtype="string")
    return nested


def to_pandas(
    records: Iterable[Any],
    record_type: type[Any],
    *,
    tuples: Literal["list", "text"] = "list",
    separator: str = "; ",
    resolve: Resolver | None = None,
) -> pandas.DataFrame:
    """``records`` of ``record_type`` as a typed DataFrame indexed by ``id``.

    Raises:
        ImportError: pandas is not installed; the message says how to install it.
        ValueError: ``tuples`` is neither ``"list"`` nor ``"text"``.
    """
    if tuples not in ("list", "text"):
        raise ValueError(f"tuples must be 'list' or 'text', not {tuples!r}")
    pd = _pandas()
    rows = list(records)
    columns = {
        column.name: _series_values(
            pd,
            [cell_value(record, column) for record in rows],
            column,
            tuples,
            separator,
            resolve,
        )
        for column in table(record_type).columns
    }
    frame = pd.DataFrame(columns)
    return frame.set_index("id", drop=True)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value is _pandas().NA or (isinstance(value, float) and math.isnan(value)))
    except TypeError:  # pragma: no cover - an array-like value
        return False


def _plain_cell(value: Any, column: Column) -> Any:
    if _missing(value):
        return [] if column.kind in (CellKind.LIST, CellKind.RECORDS) else None
    if column.kind in (CellKind.LIST, CellKind.RECORDS):
        return list(value)
    if column.kind == CellKind.RECORD:
        return dict(value)
    if column.kind == CellKind.INTEGER:
        return int(value)
    if column.kind == CellKind.NUMBER:
        return float(value)
    if column.kind == CellKind.BOOLEAN:
        return bool(value)
    return str(value)


def read_records(frame: pandas.DataFrame, record_type: type[Any]) -> tuple[Any, ...]:
    """The records a ``to_pandas(..., tuples="list")`` frame (without ``resolve``) holds.

    Raises:
        KeyError: a column of ``record_type`` is missing from the frame.
        TypeError, ValueError: a value breaks its field's rules.
    """
    layout = table(record_type)
    frame = frame.reset_index()
    found = []
    for row in frame.to_dict(orient="records"):
        data: dict[str, Any] = {}
        for column in layout.columns:
            value = _plain_cell(row[column.name], column)
            if column.subfield is None:
                data[column.field] = value
            else:
                data.setdefault(column.field, {})[column.subfield] = value
        for field, _type, optional in layout.nested:
            if optional and all(value in (None, []) for value in data[field].values()):
                data[field] = None
        found.append(from_plain(record_type, data))
    return tuple(found)
