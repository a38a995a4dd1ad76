"""Comparing two datasets record by record, for reviewing data updates.

>>> import interpol_data
>>> from interpol_data.diff import diff_mappings
>>> old = interpol_data.dataset().to_mapping()
>>> new = {**old, "as_of": "2030-01-01"}
>>> [(change.field, change.new) for change in diff_mappings(old, new)]
[('as_of', '2030-01-01')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attr

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["Change", "diff", "diff_mappings"]

_DATASET = "dataset"
_HEADER_FIELDS = ("schema_version", "as_of")


@attr.frozen
class Change:
    """One difference: a record added or removed, or one field of a record changed.

    Changes to the dataset itself (its as-of date, its schema version) have
    ``collection`` "dataset" and an empty ``id``.
    """

    collection: str
    id: str
    kind: str  # "added", "removed" or "changed"
    field: str | None = None
    old: Any = None
    new: Any = None

    def describe(self) -> str:
        """One line for people, such as ``changed countries['FR'].joined: 1923 -> 1928``."""
        if self.collection == _DATASET:
            return f"changed {self.field}: {self.old!r} -> {self.new!r}"
        where = f"{self.collection}[{self.id!r}]"
        if self.kind == "changed":
            return f"changed {where}.{self.field}: {self.old!r} -> {self.new!r}"
        return f"{self.kind} {where}"


def diff(old: Dataset, new: Dataset) -> tuple[Change, ...]:
    """Every difference from ``old`` to ``new``: as-of date, then collection order, id, field."""
    return diff_mappings(old.to_mapping(), new.to_mapping())


def _record_key(record: Any, position: int) -> str:
    if isinstance(record, Mapping):
        for name in ("id", "number"):
            if name in record and record[name] is not None:
                return str(record[name])
    return f"#{position}"


def _by_key(records: Any) -> dict[str, Any]:
    if isinstance(records, Mapping):  # the organization: one record
        return {_record_key(records, 0): records}
    if not isinstance(records, list):
        return {}
    return {_record_key(record, i): record for i, record in enumerate(records)}


def diff_mappings(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[Change, ...]:
    """Every difference between two datasets in the exported JSON shape, checked or not.

    Works on data that breaks the loader's checks (a stated count that no
    longer matches, say), so a reviewer can see what an update changes.
    """
    changes = [
        Change(_DATASET, "", "changed", name, old.get(name), new.get(name))
        for name in _HEADER_FIELDS
        if old.get(name) != new.get(name)
    ]
    names = [name for name in old if name not in _HEADER_FIELDS]
    names += [name for name in new if name not in _HEADER_FIELDS and name not in old]
    for name in names:
        before, after = _by_key(old.get(name)), _by_key(new.get(name))
        for key in sorted(before.keys() | after.keys()):
            if key not in after:
                changes.append(Change(name, key, "removed"))
            elif key not in before:
                changes.append(Change(name, key, "added"))
            elif before[key] != after[key]:
                fields = list(before[key]) if isinstance(before[key], Mapping) else []
                if isinstance(after[key], Mapping):
                    fields += [field for field in after[key] if field not in fields]
                changes += [
                    Change(
                        name, key, "changed", field, before[key].get(field), after[key].get(field)
                    )
                    for field in fields
                    if before[key].get(field) != after[key].get(field)
                ]
    return tuple(changes)
