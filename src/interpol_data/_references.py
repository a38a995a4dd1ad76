"""Walking the id references that records hold, for validation and relationships."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs

__all__ = ["Reference", "references"]


class Reference(NamedTuple):
    """One id that a record holds: ``field`` (a dotted path) points into ``target``."""

    field: str
    target: str
    id: str


_Plan = tuple[tuple[str, str | None], ...]
_PLANS: dict[type[Any], _Plan] = {}


def _plan(record_type: type[Any]) -> _Plan:
    """Each field's name and the collection it refers to, read once per type."""
    plan = _PLANS.get(record_type)
    if plan is None:
        plan = tuple((f.name, f.metadata.get("ref")) for f in attrs.fields(record_type))
        _PLANS[record_type] = plan
    return plan


def references(record: Any, prefix: str = "") -> Iterator[Reference]:
    """Every reference ``record`` holds, nested records included, in field order."""
    for name, target in _plan(type(record)):
        value = getattr(record, name)
        path = f"{prefix}{name}"
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
