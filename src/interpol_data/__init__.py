"""INTERPOL, the International Criminal Police Organization, as typed, immutable, sourced data.

>>> import interpol_data
>>> interpol_data.countries.lookup("Ivory Coast").id
'CI'
>>> interpol_data.organization().short_name
'INTERPOL'

Nothing is read at import time: each collection is loaded and validated once,
on first use, under a lock, then held as a plain attribute of this module;
:func:`dataset` adds the checks across collections.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any

from interpol_data._registry import COLLECTIONS as _COLLECTIONS
from interpol_data._registry import RECORD_MODULES as _RECORD_MODULES
from interpol_data.errors import (
    AmbiguousLookupError,
    DatasetError,
    InterpolDataError,
    InvalidValueError,
    NotAMemberError,
    NotFoundError,
    Problem,
    UncertainAnswerError,
    UnknownMembershipError,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    from interpol_data import records as _r
    from interpol_data._dataset import Dataset
    from interpol_data._search import SearchHit, SearchResults
    from interpol_data.collection import Collection
    from interpol_data.records import (
        Assembly,
        Body,
        Budget,
        Capability,
        Coordinates,
        Country,
        CrimeArea,
        Database,
        Language,
        LocalizedName,
        MembershipEvent,
        MembershipYear,
        Names,
        NationalCentralBureau,
        Notice,
        Office,
        OfficeHolder,
        Organization,
        Partner,
        Programme,
        Project,
        Record,
        SocialAccount,
        Source,
        StatedCount,
        Term,
        Territory,
    )
    from interpol_data.vocabulary import (
        BodyKind,
        MembershipEventKind,
        MembershipStatus,
        NoticeKind,
        OfficeKind,
        OfficeStatus,
        PartnerKind,
        ProjectKind,
        Region,
        SessionStatus,
        SourceKind,
        TermBasis,
        TerritoryStatus,
        UnIntermediateRegion,
        UnRegion,
        UnSubregion,
    )

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
    assemblies: Collection[_r.Assembly]
    terms: Collection[_r.Term]
    memberships: Collection[_r.MembershipEvent]
    territories: Collection[_r.Territory]

# Hard-coded: reading it from package metadata costs ~28 ms at import.
__version__ = "0.1.0"

# Imported on first use, so that `import interpol_data` stays cheap.
_LAZY: dict[str, str] = {
    "Dataset": "interpol_data._dataset",
    "SearchHit": "interpol_data._search",
    "SearchResults": "interpol_data._search",
    "Collection": "interpol_data.collection",
    # Each record class from the module that creates it, which creates no other collection's.
    **_RECORD_MODULES,
    "Names": "interpol_data._names",
    "Record": "interpol_data.records",
    **dict.fromkeys(
        (
            "BodyKind",
            "MembershipEventKind",
            "MembershipStatus",
            "NoticeKind",
            "OfficeKind",
            "OfficeStatus",
            "PartnerKind",
            "ProjectKind",
            "Region",
            "SessionStatus",
            "SourceKind",
            "TermBasis",
            "TerritoryStatus",
            "UnIntermediateRegion",
            "UnRegion",
            "UnSubregion",
        ),
        "interpol_data.vocabulary",
    ),
}

__all__ = [
    "AmbiguousLookupError",
    "Assembly",
    "Body",
    "BodyKind",
    "Budget",
    "Capability",
    "Collection",
    "Coordinates",
    "Country",
    "CrimeArea",
    "Database",
    "Dataset",
    "DatasetError",
    "InterpolDataError",
    "InvalidValueError",
    "Language",
    "LocalizedName",
    "MembershipEvent",
    "MembershipEventKind",
    "MembershipStatus",
    "MembershipYear",
    "Names",
    "NationalCentralBureau",
    "NotAMemberError",
    "NotFoundError",
    "Notice",
    "NoticeKind",
    "Office",
    "OfficeHolder",
    "OfficeKind",
    "OfficeStatus",
    "Organization",
    "Partner",
    "PartnerKind",
    "Problem",
    "Programme",
    "Project",
    "ProjectKind",
    "Record",
    "Region",
    "SearchHit",
    "SearchResults",
    "SessionStatus",
    "SocialAccount",
    "Source",
    "SourceKind",
    "StatedCount",
    "Term",
    "TermBasis",
    "Territory",
    "TerritoryStatus",
    "UnIntermediateRegion",
    "UnRegion",
    "UnSubregion",
    "UncertainAnswerError",
    "UnknownMembershipError",
    "__version__",
    "assemblies",
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
    "memberships",
    "notices",
    "offices",
    "organization",
    "partners",
    "programmes",
    "projects",
    "search",
    "sources",
    "terms",
    "territories",
    "to_csv",
    "to_json",
]

# One lock for the lazy loads (of one collection, or of the whole dataset).
_lock = threading.Lock()
_packaged: Dataset | None = None


def _fresh_lock_after_fork() -> None:
    # A thread of the parent may hold the lock while it loads; in the child
    # that thread no longer exists and would never release it.
    global _lock  # noqa: PLW0603 - replaced only in a freshly forked child
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_fresh_lock_after_fork)


def dataset() -> Dataset:
    """The packaged dataset, loaded and validated once (thread-safe) on first call.

    Its collections are the very objects ``interpol_data.countries`` and the
    other module attributes hold.

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug).
    """
    global _packaged  # noqa: PLW0603 - the one lazily built, shared dataset
    found = _packaged
    if found is None:
        with _lock:
            if _packaged is None:
                from interpol_data._shipped import load_packaged  # noqa: PLC0415

                namespace = globals()
                loaded = {name: namespace[name] for name in _COLLECTIONS if name in namespace}
                _packaged = load_packaged(loaded)
                namespace.update(_packaged.collections)
            found = _packaged
    return found


def _collection(name: str) -> Collection[Any]:
    """Load one packaged collection and bind it as a module attribute.

    Once bound, ``interpol_data.countries`` is a plain attribute: module
    ``__getattr__`` below runs only for the first access.
    """
    with _lock:
        namespace = globals()
        found: Collection[Any] | None = namespace.get(name)
        if found is None:
            from interpol_data._shipped import load_packaged_collection  # noqa: PLC0415

            absent = _places_not_members if name == "countries" else None
            found = namespace[name] = load_packaged_collection(name, _resolve, absent)
    return found


def _places_not_members() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The territories' names, for a country lookup that misses (loaded on the first miss)."""
    from interpol_data._membership import absent_places  # noqa: PLC0415

    return absent_places(_collection("territories"))


def _resolve(collection: str, text: str) -> str:
    """The id of the packaged record that ``text`` names (for a filter on a reference)."""
    return dataset()._resolve_id(collection, text)


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
    if name in _COLLECTIONS:
        return _collection(name)
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module  # noqa: PLC0415

        return getattr(import_module(module), name)
    raise AttributeError(f"module 'interpol_data' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_COLLECTIONS) | set(_LAZY))
