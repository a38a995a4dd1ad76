"""Comparing two datasets record by record, for reviewing data updates."""

from __future__ import annotations

from typing import Any

import attrs

from interpol_data._dataset import Dataset

__all__ = ["Change", "diff"]


@attrs.frozen
class Change:
    """One difference: a record added or removed, or one field of a record changed."""

    collection: str
    id: str
    kind: str  # "added", "removed" or "changed"
    field: str | None = None
    old: Any = None
    new: Any = None

    def describe(self) -> str:
        """One line for people, such as ``changed countries['FR'].joined: 1923 -> 1928``."""
        where = f"{self.collection}[{self.id!r}]"
        if self.kind == "changed":
            return f"changed {where}.{self.field}: {self.old!r} -> {self.new!r}"
        return f"{self.kind} {where}"


def diff(old: Dataset, new: Dataset) -> tuple[Change, ...]:
    """Every difference from ``old`` to ``new``, in collection order, then by id and field."""
    from interpol_data.formats.json import plain  # noqa: PLC0415

    changes: list[Change] = []
    pairs: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        (
            "organization",
            {old.organization.id: old.organization},
            {new.organization.id: new.organization},
        )
    ]
    pairs += [
        (name, {r.id: r for r in c}, {r.id: r for r in new.collection(name)})
        for name, c in old.collections.items()
    ]
    for name, before, after in pairs:
        for record_id in sorted(before.keys() | after.keys()):
            if record_id not in after:
                changes.append(Change(name, record_id, "removed"))
            elif record_id not in before:
                changes.append(Change(name, record_id, "added"))
            elif before[record_id] != after[record_id]:
                old_plain, new_plain = plain(before[record_id]), plain(after[record_id])
                changes += [
                    Change(name, record_id, "changed", field, old_plain[field], new_plain[field])
                    for field in old_plain
                    if old_plain[field] != new_plain[field]
                ]
    return tuple(changes)
