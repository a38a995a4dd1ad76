"""Rendering records, collections and datasets for people: HTML tables for Jupyter."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import attrs

from interpol_data._fields import plan

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset
    from interpol_data.collection import Collection

__all__ = ["collection_html", "dataset_html", "record_html", "text_value"]

_PREVIEW_ROWS = 20
_SUMMARY_FIELDS = ("id", "name", "kind", "acronym", "region", "city", "country", "joined")


def text_value(value: Any) -> str:
    """A field value as short text: tuples joined by commas, None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(text_value(item) for item in value)
    if attrs.has(type(value)):
        return "; ".join(
            f"{name}={text_value(getattr(value, name))}"
            for name in plan(type(value)).names
            if getattr(value, name) not in (None, ())
        )
    return str(value)


def record_html(record: Any) -> str:
    """A two-column table of a record's fields and values."""
    rows = "".join(
        f"<tr><th style='text-align:left'>{html.escape(name)}</th>"
        f"<td style='text-align:left'>{html.escape(text_value(getattr(record, name)))}</td></tr>"
        for name in plan(type(record)).names
    )
    return f"<table><caption>{html.escape(type(record).__name__)}</caption>{rows}</table>"


def collection_html(collection: Collection[Any]) -> str:
    """A table of the collection's first records, with its most telling columns."""
    names = set(plan(collection.record_type).names)
    columns = [name for name in _SUMMARY_FIELDS if name in names]
    head = "".join(f"<th>{html.escape(name)}</th>" for name in columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(text_value(getattr(record, name)))}</td>" for name in columns)
        + "</tr>"
        for record in list(collection)[:_PREVIEW_ROWS]
    )
    more = len(collection) - _PREVIEW_ROWS
    caption = f"{html.escape(collection.name)}: {len(collection)} records"
    if more > 0:
        caption += f" (first {_PREVIEW_ROWS} shown)"
    return f"<table><caption>{caption}</caption><tr>{head}</tr>{body}</table>"


def dataset_html(dataset: Dataset) -> str:
    """A table of record counts per collection, with the as-of date."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{len(collection)}</td></tr>"
        for name, collection in dataset.collections.items()
    )
    return (
        f"<table><caption>INTERPOL dataset as of {dataset.as_of.isoformat()}</caption>"
        f"<tr><th>collection</th><th>records</th></tr>{rows}</table>"
    )
