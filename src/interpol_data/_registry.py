"""The collections, declared once: name, record class and data file.

Adding a collection is a record class in ``records.py``, one line here and a
data file ``data/<name>.json``. This module imports nothing, so that the
package's surface can list the collections without loading any record class.
"""

from __future__ import annotations

__all__ = ["COLLECTIONS", "SCHEMA_VERSION"]

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
"""Every collection's name and the name of its record class (in ``records``), in export order."""
