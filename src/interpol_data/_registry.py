"""The collections a dataset holds and the version of its exported shape.

Kept apart from :mod:`interpol_data._dataset` so that the formats, which
:class:`~interpol_data.Dataset` delegates to, can read it without importing
the dataset module back.
"""

from __future__ import annotations

from typing import Any

from interpol_data import records as r

__all__ = ["COLLECTION_TYPES", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
"""Version of the exported JSON shape; raised when the shape changes incompatibly."""

COLLECTION_TYPES: dict[str, type[Any]] = {
    "countries": r.Country,
    "offices": r.Office,
    "bodies": r.Body,
    "programmes": r.Programme,
    "crime_areas": r.CrimeArea,
    "capabilities": r.Capability,
    "databases": r.Database,
    "notices": r.Notice,
    "projects": r.Project,
    "partners": r.Partner,
    "languages": r.Language,
    "sources": r.Source,
}
"""Every collection's name and record type, in export order."""
