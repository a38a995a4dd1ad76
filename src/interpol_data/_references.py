"""Walking the id references that records hold, for validation and relationships."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from interpol_data._fields import plan

__all__ = ["Reference", "references"]


class Reference(NamedTuple):
    """One id that a record holds: ``field`` (a dotted path) points into ``target``."""

    field: str
    target: str
    id: str


def references(record: Any, prefix: str = "") -> Iterator[Reference]:
    """Every reference ``record`` holds, nested records included, in field order."""
    for field in plan(type(record)).walk:
        value = getattr(record, field.name)
        if field.target is not None:
            if isinstance(value, str):
                yield Reference(f"{prefix}{field.name}", field.target, value)
            elif value:
                for position, item in enumerate(value):
                    yield Reference(f"{prefix}{field.name}[{position}]", field.target, item)
        elif isinstance(value, tuple):
            for position, item in enumerate(value):
                yield from references(item, f"{prefix}{field.name}[{position}].")
        elif value is not None:
            yield from references(value, f"{prefix}{field.name}.")
