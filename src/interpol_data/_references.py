"""Walking the id references that records hold, for validation and relationships."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["Reference", "references"]


@attrs.frozen
class Reference:
    """One id that a record holds: ``field`` (a dotted path) points into ``target``."""

    field: str
    target: str
    id: str


def references(record: Any, prefix: str = "") -> Iterator[Reference]:
    """Every reference ``record`` holds, nested records included, in field order."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        path = f"{prefix}{field.name}"
        target = field.metadata.get("ref")
        if target is not None:
            if isinstance(value, str):
                yield Reference(path, target, value)
            elif isinstance(value, tuple):
                for position, item in enumerate(value):
                    yield Reference(f"{path}[{position}]", target, item)
        elif attrs.has(type(value)):
            yield from references(value, f"{path}.")
        elif isinstance(value, tuple):
            for position, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from references(item, f"{path}[{position}].")
