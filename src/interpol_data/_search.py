"""Searching every collection at once."""

from __future__ import annotations

import attrs

from interpol_data._dataset import Dataset
from interpol_data.collection import Records
from interpol_data.records import Record

__all__ = ["SearchHit", "search_all"]


@attrs.frozen
class SearchHit:
    """One search result: the record, its collection and how well it matched (0 is best)."""

    collection: str
    record: Record
    rank: int

    @property
    def id(self) -> str:
        """The record's id."""
        return str(self.record.id)


def search_all(dataset: Dataset, text: str, limit: int | None = None) -> tuple[SearchHit, ...]:
    """Ranked hits from every collection, best first, then by collection order.

    Raises:
        TypeError: ``text`` is not a string.
    """
    hits = [
        SearchHit(name, record, int(rank))
        for name, collection in dataset.collections.items()
        for record, rank in collection._ranked(text)
    ]
    order = {name: position for position, name in enumerate(dataset.collections)}
    hits.sort(key=lambda hit: (hit.rank, order[hit.collection], hit.id))
    return Records(hits if limit is None else hits[:limit])  # a table in Jupyter
