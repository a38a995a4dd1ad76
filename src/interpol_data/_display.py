"""Rendering records, collections and datasets for people: text for the terminal, HTML for Jupyter.

References show the record's name with its id, a missing value shows as
"not stated", nested records as nested tables, and URLs as links.

>>> import interpol_data
>>> from interpol_data._display import text_value
>>> text_value(None)
'not stated'
>>> text_value(("european-union", "unodc"), ref="partners", dataset=interpol_data.dataset())
'European Union (european-union), United Nations Office on Drugs and Crime (unodc)'
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attr

from interpol_data._fields import plan

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset
    from interpol_data.collection import Collection

__all__ = [
    "MISSING",
    "collection_html",
    "dataset_html",
    "record_html",
    "record_label",
    "records_html",
    "summary_columns",
    "text_value",
]

MISSING = "not stated"
"""What a field that no source gives (None) shows as."""

_PREVIEW_ROWS = 20

# The columns that tell records of each type apart at a glance; other types fall back
# to the first of _FALLBACK_COLUMNS they have.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "Country": ("id", "name", "alpha_3", "region", "joined"),
    "Office": ("id", "name", "kind", "city", "country"),
    "Body": ("id", "name", "kind", "seats"),
    "Database": ("id", "name", "acronym", "holds"),
    "Notice": ("id", "name", "kind", "colour"),
    "Project": ("id", "name", "kind", "funders", "regions"),
    "Partner": ("id", "name", "kind", "acronym", "country"),
    "Source": ("id", "title", "publisher", "published"),
    "Programme": ("id", "name", "crime_areas"),
    "AssemblySession": ("number", "year", "city", "country"),
    "Assembly": ("id", "number", "year", "city", "country"),
    "Term": ("office", "person", "start", "end", "country"),
    "MembershipEvent": ("date", "kind", "party", "country"),
    "Territory": ("id", "name", "status", "served_by"),
}
_FALLBACK_COLUMNS = ("id", "name", "title", "kind", "acronym", "region", "city", "country")

_TABLE_STYLE = "border-collapse:collapse;text-align:left"
_CELL_STYLE = "text-align:left;vertical-align:top;padding:2px 8px"
_MISSING_HTML = f'<span style="color:#888;font-style:italic">{MISSING}</span>'


def summary_columns(record_type: type[Any]) -> tuple[str, ...]:
    """The most useful columns for a table of ``record_type`` records."""
    names = plan(record_type).names
    chosen = _COLUMNS.get(record_type.__name__, _FALLBACK_COLUMNS)
    return tuple(name for name in chosen if name in names) or tuple(names[:4])


def record_label(record: Any) -> str:
    """A record's name (or title), else its id."""
    for attribute in ("name", "title", "id"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)
    return str(record)


def _reference(target: str, record_id: str, dataset: Dataset | None) -> str:
    """``Name (id)`` for a reference the dataset resolves, else the id alone."""
    if dataset is None or target not in dataset.collections:
        return record_id
    found = dataset.collections[target].get(record_id)
    if found is None:
        return record_id
    label = record_label(found)
    return record_id if label == record_id else f"{label} ({record_id})"


def text_value(value: Any, *, ref: str | None = None, dataset: Dataset | None = None) -> str:
    """A field value as one line of text.

    None is "not stated", an empty tuple is empty, tuples are joined by commas,
    a nested record is ``field: value`` pairs, and an id into collection
    ``ref`` shows as ``Name (id)`` when ``dataset`` resolves it.
    """
    if value is None:
        return MISSING
    if isinstance(value, tuple):
        return ", ".join(text_value(item, ref=ref, dataset=dataset) for item in value)
    if attr.has(type(value)):
        return "; ".join(
            f"{field.name}: {text_value(item, ref=field.target, dataset=dataset)}"
            for field in plan(type(value)).fields
            for item in (getattr(value, field.name),)
            if item not in (None, ())
        )
    if ref is not None and isinstance(value, str):
        return _reference(ref, value, dataset)
    return str(value)


def _packaged() -> Dataset | None:
    """The packaged dataset, to name references; None if it cannot be loaded.

    Found through ``sys.modules`` rather than an import: display sits below the
    package surface, and anything displayed was reached through the package.
    """
    package = sys.modules.get("interpol_data")
    if package is None:  # pragma: no cover - display is reached through the package
        return None
    try:
        found: Dataset = package.dataset()
    except Exception:  # pragma: no cover - a packaging bug; show ids rather than fail
        return None
    return found


def _html_value(value: Any, ref: str | None, dataset: Dataset | None) -> str:
    if value is None:
        return _MISSING_HTML
    if isinstance(value, tuple):
        if value and all(attr.has(type(item)) for item in value):
            return _records_table(value, type(value[0]), dataset)
        return ", ".join(_html_value(item, ref, dataset) for item in value)
    if attr.has(type(value)):
        return _fields_table(value, dataset)
    text = str(value)
    if ref is not None:
        return html.escape(_reference(ref, text, dataset))
    if isinstance(value, str) and text.startswith(("https://", "http://")):
        link = html.escape(text, quote=True)
        return f'<a href="{link}" target="_blank" rel="noopener">{link}</a>'
    return html.escape(text)


def _fields_table(record: Any, dataset: Dataset | None, caption: str = "") -> str:
    rows = "".join(
        f"<tr><th style='{_CELL_STYLE}'>{html.escape(field.name)}</th>"
        f"<td style='{_CELL_STYLE}'>"
        f"{_html_value(getattr(record, field.name), field.target, dataset)}</td></tr>"
        for field in plan(type(record)).fields
    )
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f"<table style='{_TABLE_STYLE}'>{head}{rows}</table>"


def _records_table(
    records: Sequence[Any],
    record_type: type[Any],
    dataset: Dataset | None,
    columns: Sequence[str] | None = None,
    caption: str = "",
) -> str:
    fields = plan(record_type).by_name
    shown = list(columns) if columns is not None else list(fields)
    head = "".join(f"<th style='{_CELL_STYLE}'>{html.escape(name)}</th>" for name in shown)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='{_CELL_STYLE}'>"
            f"{_html_value(getattr(record, name), fields[name].target, dataset)}</td>"
            for name in shown
        )
        + "</tr>"
        for record in records
    )
    title = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f"<table style='{_TABLE_STYLE}'>{title}<tr>{head}</tr>{body}</table>"


def record_html(record: Any, dataset: Dataset | None = None) -> str:
    """A table of a record's fields: references by name, nested records as nested tables.

    References are named from ``dataset``, the packaged dataset by default.
    """
    found = dataset if dataset is not None else _packaged()
    caption = f"{type(record).__name__}: {record_label(record)}"
    return _fields_table(record, found, caption)


def records_html(records: Iterable[Any], caption: str = "", dataset: Dataset | None = None) -> str:
    """A table of records (filter or search results), with the columns of their type.

    Search hits (anything with ``collection`` and ``record``) show the
    collection, the id and the name.
    """
    items = tuple(records)
    found = dataset if dataset is not None else _packaged()
    if not items:
        return f"<p>{html.escape(caption or 'no records')}: none</p>"
    if all(hasattr(item, "collection") and hasattr(item, "record") for item in items):
        rows = "".join(
            f"<tr><td style='{_CELL_STYLE}'>{html.escape(hit.collection)}</td>"
            f"<td style='{_CELL_STYLE}'>{html.escape(str(hit.record.id))}</td>"
            f"<td style='{_CELL_STYLE}'>{html.escape(record_label(hit.record))}</td></tr>"
            for hit in items
        )
        head = "".join(f"<th style='{_CELL_STYLE}'>{name}</th>" for name in ("collection", "id"))
        return (
            f"<table style='{_TABLE_STYLE}'><tr>{head}<th style='{_CELL_STYLE}'>name</th></tr>"
            f"{rows}</table>"
        )
    record_type = type(items[0])
    if not attr.has(record_type) or any(type(item) is not record_type for item in items):
        return "<pre>" + html.escape(repr(items)) + "</pre>"
    title = caption or f"{len(items)} {record_type.__name__} record{'s' if len(items) != 1 else ''}"
    return _records_table(items, record_type, found, summary_columns(record_type), title)


def collection_html(collection: Collection[Any], dataset: Dataset | None = None) -> str:
    """A table of the collection's first records, with the most useful columns of its type."""
    found = dataset if dataset is not None else _packaged()
    caption = f"{collection.name}: {len(collection)} records"
    if len(collection) > _PREVIEW_ROWS:
        caption += f" (first {_PREVIEW_ROWS} shown)"
    preview = list(collection)[:_PREVIEW_ROWS]
    columns = summary_columns(collection.record_type)
    return _records_table(preview, collection.record_type, found, columns, caption)


def dataset_html(dataset: Dataset) -> str:
    """A table of record counts per collection, with the as-of date."""
    rows = "".join(
        f"<tr><td style='{_CELL_STYLE}'>{html.escape(name)}</td>"
        f"<td style='{_CELL_STYLE}'>{len(collection)}</td></tr>"
        for name, collection in dataset.collections.items()
    )
    return (
        f"<table style='{_TABLE_STYLE}'>"
        f"<caption>INTERPOL dataset as of {dataset.as_of.isoformat()}</caption>"
        f"<tr><th style='{_CELL_STYLE}'>collection</th><th style='{_CELL_STYLE}'>records</th></tr>"
        f"{rows}</table>"
    )
