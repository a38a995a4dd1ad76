"""One reference between two records: an edge of the dataset's graph, for tools such as networkx.

Its own module, created only when :meth:`interpol_data.Dataset.edges` is first
called: the dataset's first load needs no edge.
"""

from __future__ import annotations

import attr

__all__ = ["Edge"]


@attr.frozen
class Edge:
    """One reference between two records, for graph tools such as networkx."""

    source_collection: str
    source_id: str
    field: str
    target_collection: str
    target_id: str
