"""Walking the id references that records hold, for validation and relationships."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs

__all__ = ["Reference", "references"]


class Reference(NamedTuple):
    """One id that a record holds: ``field`` (a dotted path) points into ``target``."""

    field: str
    target: str
    id: str


class _Step(NamedTuple):
    name: str
    target: str | None  # the collection a reference field points into
    nested: bool  # the field holds a record, an optional record or a tuple of records


_PLANS: dict[type[Any], tuple[_Step, ...]] = {}


def _holds_records(hint: Any) -> bool:
    options = typing.get_args(hint) or (hint,)
    return any(isinstance(option, type) and attrs.has(option) for option in options)


def _plan(record_type: type[Any]) -> tuple[_Step, ...]:
    """What to do with each field, read once per type from its metadata and annotations."""
    plan = _PLANS.get(record_type)
    if plan is None:
        hints = typing.get_type_hints(record_type)
        plan = tuple(
            _Step(field.name, field.metadata.get("ref"), _holds_records(hints[field.name]))
            for field in attrs.fields(record_type)
        )
        _PLANS[record_type] = plan
    return plan


def references(record: Any, prefix: str = "") -> Iterator[Reference]:
    """Every reference ``record`` holds, nested records included, in field order."""
    for step in _plan(type(record)):
        value = getattr(record, step.name)
        if step.target is not None:
            if isinstance(value, str):
                yield Reference(f"{prefix}{step.name}", step.target, value)
            elif value:
                for position, item in enumerate(value):
                    yield Reference(f"{prefix}{step.name}[{position}]", step.target, item)
        elif step.nested and value is not None:
            if isinstance(value, tuple):
                for position, item in enumerate(value):
                    yield from references(item, f"{prefix}{step.name}[{position}].")
            else:
                yield from references(value, f"{prefix}{step.name}.")
