"""The record types: frozen, slotted attrs classes that hold data and nothing else.

Each field is declared once, with a function from ``_fields`` that states its
kind, its check, whether it is a key or refers to another collection, and its
documentation; the loader, the JSON Schema, CSV and the data dictionary read
the plan computed from these declarations. Building or evolving a record with
a value its field refuses raises :class:`~interpol_data.InvalidValueError`.

The classes are created in private modules, one per concern, so that loading
one collection creates only the classes it needs; this module gathers them all
(importing it creates every class) and is their public home.

>>> from interpol_data.records import Language
>>> Language(id="fr", name="French", sources=("002_e7bd4a5ba40e9a31.txt",)).name
'French'
"""

from interpol_data._names import Names
from interpol_data._records.bodies import Body, OfficeHolder
from interpol_data._records.common import LocalizedName
from interpol_data._records.countries import Country, NationalCentralBureau
from interpol_data._records.history import (
    Assembly,
    MembershipEvent,
    MembershipYear,
    Term,
    Territory,
)
from interpol_data._records.languages import Language
from interpol_data._records.offices import Coordinates, Office
from interpol_data._records.organization import Budget, Organization, SocialAccount, StatedCount
from interpol_data._records.partners import Partner, Project
from interpol_data._records.sources import Source
from interpol_data._records.work import Capability, CrimeArea, Database, Notice, Programme
from interpol_data._registry import COLLECTIONS, collection_type

__all__ = [
    "COLLECTION_TYPES",
    "Assembly",
    "Body",
    "Budget",
    "Capability",
    "Coordinates",
    "Country",
    "CrimeArea",
    "Database",
    "Language",
    "LocalizedName",
    "MembershipEvent",
    "MembershipYear",
    "Names",
    "NationalCentralBureau",
    "Notice",
    "Office",
    "OfficeHolder",
    "Organization",
    "Partner",
    "Programme",
    "Project",
    "Record",
    "SocialAccount",
    "Source",
    "StatedCount",
    "Term",
    "Territory",
]


Record = (
    Assembly
    | Body
    | Capability
    | Country
    | CrimeArea
    | Database
    | Language
    | MembershipEvent
    | Notice
    | Office
    | Partner
    | Programme
    | Project
    | Source
    | Term
    | Territory
)
"""Any record that lives in a collection."""


COLLECTION_TYPES: dict[str, type[Record]] = {name: collection_type(name) for name in COLLECTIONS}
"""Every collection's name and record type, in export order."""
