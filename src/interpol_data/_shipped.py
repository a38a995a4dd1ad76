"""The data that ships inside the package: read, built column by column, checked.

The packaged data is built by the column builder (``_columns``), without
cattrs: a record built here is equal to the one :func:`interpol_data.loading.build`
makes from the same data, and the two refuse the same data (a property test
holds them to it).

Collections load one at a time, on first use, each with its own cross-record
rules (unique ids and keys); the whole-dataset rules (references, stated
counts, history) run when the whole dataset is asked for. Should the builder or
any rule refuse anything, the whole load reruns through
:func:`interpol_data.loading.build`, so that the problems are reported exactly
as for a user's dataset.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from interpol_data import _registry
from interpol_data import _rules as rules
from interpol_data._columns import build_records
from interpol_data._registry import COLLECTIONS, SCHEMA_VERSION, collection_type
from interpol_data.collection import Absent, Collection, Resolver
from interpol_data.errors import Problem

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = [
    "load_packaged",
    "load_packaged_collection",
    "packaged_mapping",
    "read_packaged",
]


def read_packaged(name: str) -> Any:
    """One packaged data file, parsed (through the package's loader, zipped or not)."""
    # The loader that read this module reads any file of the package, from a
    # folder or a zip archive alike: the data folder need not be imported.
    loader: Any = __spec__.loader
    folder = os.path.join(os.path.dirname(__file__), "data")
    # Decoded before parsing, so that the bytes are freed before the parser
    # builds its objects: the first use's peak memory holds one copy, not two.
    text = loader.get_data(os.path.join(folder, f"{name}.json")).decode("utf-8")
    return json.loads(text)


def packaged_mapping() -> dict[str, Any]:
    """The packaged data files assembled into the exported JSON shape."""
    from interpol_data.loading import assemble  # noqa: PLC0415 - not needed on the fast path

    return assemble(read_packaged)


# Loading -----------------------------------------------------------------


def _rebuild_packaged() -> Dataset:
    """The packaged data through :func:`loading.build`: raises DatasetError with every problem."""
    from interpol_data import loading  # noqa: PLC0415 - only when the packaged data is broken

    return loading.build(packaged_mapping(), origin="the packaged dataset")


def load_packaged_collection(
    name: str, resolver: Resolver | None = None, absent: Absent | None = None
) -> Collection[Any]:
    """One packaged collection, its records checked and its ids and keys unique.

    ``resolver`` turns the text a filter gives for a reference into an id;
    ``absent`` names places known not to be in the collection (see
    :class:`~interpol_data.Collection`).

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug), listing
            every problem in the whole dataset.
    """
    record_type = collection_type(name)
    problems: list[Problem] = []
    try:
        found = build_records(record_type, read_packaged(name)["records"])
    except Exception:  # anything refused: the full load reports it
        return _rebuild_packaged().collection(name)
    # On the records, once the parsed data is gone: its memory serves the check.
    rules.check_unique(name, record_type, found, problems, built=True)
    if name == "bodies":
        rules.check_seats(found, problems)
    if problems:
        return _rebuild_packaged().collection(name)
    return Collection(name, record_type, found, resolver, absent=absent)


def load_packaged(loaded: Mapping[str, Collection[Any]] | None = None) -> Dataset:
    """Load and validate the dataset that ships inside the package.

    Collections in ``loaded`` (already built by :func:`load_packaged_collection`)
    are kept as they are, so the dataset holds the very same objects.

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug), listing
            every problem.
    """
    loaded = loaded or {}
    collections = {
        name: loaded[name] if name in loaded else load_packaged_collection(name)
        for name in COLLECTIONS
    }
    problems: list[Problem] = []
    try:
        meta = read_packaged("dataset")
        (organization,) = build_records(
            _registry.record_type("Organization"), [read_packaged("organization")["record"]]
        )
    except Exception:  # anything refused: the full load reports it
        return _rebuild_packaged()
    if meta.get("schema_version") != SCHEMA_VERSION or set(meta) != {"schema_version", "as_of"}:
        return _rebuild_packaged()
    as_of = rules.as_of(meta["as_of"], problems)
    ids = {name: frozenset(found.ids()) for name, found in collections.items()}
    for name, found in collections.items():
        rules.check_references(name, found, ids, problems)
    rules.check_references("organization", [organization], ids, problems)
    rules.check_counts(organization, collections, set(), problems)
    rules.check_whole(as_of, {name: tuple(found) for name, found in collections.items()}, problems)
    if problems or as_of is None:
        return _rebuild_packaged()
    from interpol_data._dataset import Dataset  # noqa: PLC0415 - not needed by one collection

    return Dataset(as_of=as_of, organization=organization, records=collections)
