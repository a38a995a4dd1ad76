"""INTERPOL, the International Criminal Police Organization, as typed, immutable, sourced data.

>>> import interpol_data
>>> interpol_data.countries.lookup("Ivory Coast").id
'CI'
>>> interpol_data.organization().short_name
'INTERPOL'

Nothing is read at import time: the packaged dataset is loaded and validated
once, on first use, under a lock.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from interpol_data.errors import (
    AmbiguousLookupError,
    DatasetError,
    InterpolDataError,
    NotFoundError,
    Problem,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    from interpol_data import records as _r
    from interpol_data._dataset import Dataset
    from interpol_data._search import SearchHit, SearchResults
    from interpol_data.collection import Collection

    countries: Collection[_r.Country]
    offices: Collection[_r.Office]
    bodies: Collection[_r.Body]
    programmes: Collection[_r.Programme]
    crime_areas: Collection[_r.CrimeArea]
    capabilities: Collection[_r.Capability]
    databases: Collection[_r.Database]
    notices: Collection[_r.Notice]
    projects: Collection[_r.Project]
    partners: Collection[_r.Partner]
    languages: Collection[_r.Language]
    sources: Collection[_r.Source]

# Hard-coded: reading it from package metadata costs ~28 ms at import.
__version__ = "0.1.0"

__all__ = [
    "AmbiguousLookupError",
    "Collection",
    "Dataset",
    "DatasetError",
    "InterpolDataError",
    "NotFoundError",
    "Problem",
    "SearchHit",
    "SearchResults",
    "__version__",
    "bodies",
    "capabilities",
    "countries",
    "crime_areas",
    "databases",
    "dataset",
    "json_schema",
    "languages",
    "load",
    "load_csv",
    "notices",
    "offices",
    "organization",
    "partners",
    "programmes",
    "projects",
    "search",
    "sources",
    "to_csv",
    "to_json",
]

_COLLECTION_NAMES = frozenset(
    {
        "countries",
        "offices",
        "bodies",
        "programmes",
        "crime_areas",
        "capabilities",
        "databases",
        "notices",
        "projects",
        "partners",
        "languages",
        "sources",
    }
)

_lock = threading.Lock()
_packaged: Dataset | None = None


def dataset() -> Dataset:
    """The packaged dataset, loaded and validated once (thread-safe) on first call.

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug).
    """
    global _packaged  # noqa: PLW0603 - the one lazily built, shared dataset
    found = _packaged
    if found is None:
        with _lock:
            if _packaged is None:
                from interpol_data.loading import load_packaged  # noqa: PLC0415

                _packaged = load_packaged()
            found = _packaged
    return found


def organization() -> _r.Organization:
    """INTERPOL itself: names, founding, headquarters, languages, budgets, stated counts."""
    return dataset().organization


def load(source: str | os.PathLike[str] | Mapping[str, Any]) -> Dataset:
    """Validate a dataset in the exported JSON shape (a file path or a mapping).

    Raises:
        DatasetError: listing every problem with its location.
    """
    from interpol_data.loading import load as _load  # noqa: PLC0415

    return _load(source)


def load_csv(directory: str | os.PathLike[str]) -> Dataset:
    """Read back and validate a directory written by :func:`to_csv`.

    Raises:
        DatasetError: a file is missing or the data is invalid, listing every problem.
    """
    from interpol_data.loading import load_csv as _load_csv  # noqa: PLC0415

    return _load_csv(directory)


def to_json(path: str | os.PathLike[str] | None = None) -> str:
    """The packaged dataset as deterministic JSON text; also written to ``path`` if given."""
    return dataset().to_json(path)


def to_csv(directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write the packaged dataset as one CSV per collection; return the paths written."""
    return dataset().to_csv(directory)


def search(
    text: str, collections: Iterable[str] | str | None = None, limit: int | None = None
) -> SearchResults:
    """Full-text search of the packaged dataset, best first; see :meth:`Dataset.search`."""
    return dataset().search(text, collections, limit)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the exported dataset, generated from the record classes."""
    from interpol_data.schema import json_schema as _schema  # noqa: PLC0415

    return _schema()


def __getattr__(name: str) -> Any:
    if name in _COLLECTION_NAMES:
        return dataset().collection(name)
    # Imported on first use so that `import interpol_data` stays cheap.
    if name == "Dataset":
        from interpol_data._dataset import Dataset  # noqa: PLC0415

        return Dataset
    if name == "SearchHit":
        from interpol_data._search import SearchHit  # noqa: PLC0415

        return SearchHit
    if name == "SearchResults":
        from interpol_data._search import SearchResults  # noqa: PLC0415

        return SearchResults
    if name == "Collection":
        from interpol_data.collection import Collection  # noqa: PLC0415

        return Collection
    raise AttributeError(f"module 'interpol_data' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(
        set(globals()) | _COLLECTION_NAMES | {"Collection", "Dataset", "SearchHit", "SearchResults"}
    )
