"""The collections, declared once: name, record class and data file.

Adding a collection is a record class in a module of ``_records``, a line in
each table here and a data file ``data/<name>.json``. This module imports
nothing at import time, so that the package's surface can list the collections
without creating any record class; :func:`record_type` imports a class's module
on first use, which creates that module's classes and no others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["COLLECTIONS", "RECORD_MODULES", "SCHEMA_VERSION", "collection_type", "record_type"]

SCHEMA_VERSION = 1
"""Version of the exported JSON shape; raised when the shape changes incompatibly."""

COLLECTIONS: dict[str, str] = {
    "countries": "Country",
    "offices": "Office",
    "bodies": "Body",
    "programmes": "Programme",
    "crime_areas": "CrimeArea",
    "capabilities": "Capability",
    "databases": "Database",
    "notices": "Notice",
    "projects": "Project",
    "partners": "Partner",
    "languages": "Language",
    "assemblies": "Assembly",
    "terms": "Term",
    "memberships": "MembershipEvent",
    "territories": "Territory",
    "sources": "Source",
}
"""Every collection's name and the name of its record class, in export order."""


RECORD_MODULES: dict[str, str] = {
    "Assembly": "interpol_data._records.history",
    "Body": "interpol_data._records.bodies",
    "Budget": "interpol_data._records.organization",
    "Capability": "interpol_data._records.work",
    "Coordinates": "interpol_data._records.offices",
    "Country": "interpol_data._records.countries",
    "CrimeArea": "interpol_data._records.work",
    "Database": "interpol_data._records.work",
    "Language": "interpol_data._records.languages",
    "LocalizedName": "interpol_data._records.common",
    "MembershipEvent": "interpol_data._records.history",
    "MembershipYear": "interpol_data._records.history",
    "NationalCentralBureau": "interpol_data._records.countries",
    "Notice": "interpol_data._records.work",
    "Office": "interpol_data._records.offices",
    "OfficeHolder": "interpol_data._records.bodies",
    "Organization": "interpol_data._records.organization",
    "Partner": "interpol_data._records.partners",
    "Programme": "interpol_data._records.work",
    "Project": "interpol_data._records.partners",
    "SocialAccount": "interpol_data._records.organization",
    "Source": "interpol_data._records.sources",
    "StatedCount": "interpol_data._records.organization",
    "Term": "interpol_data._records.history",
    "Territory": "interpol_data._records.history",
}
"""Every record class's name and the module that creates it (nested record types included)."""


def record_type(class_name: str) -> type[Any]:
    """The record class named ``class_name``, its module imported on first use."""
    from importlib import import_module  # noqa: PLC0415 - only when a class is first asked for

    found: type[Any] = getattr(import_module(RECORD_MODULES[class_name]), class_name)
    return found


def collection_type(name: str) -> type[Any]:
    """The record class of collection ``name``."""
    return record_type(COLLECTIONS[name])
