"""Closed vocabularies: the enums that records use for their kinds and regions.

Each member's value is the spelling used in the data files and exports; its
``label`` is the spelling for people. They are created in private modules by
concern (the countries need only the regions); this module gathers them all.

>>> Region("europe").label
'Europe'
"""

from interpol_data._vocabularies.kinds import (
    BodyKind,
    MembershipEventKind,
    MembershipStatus,
    NoticeKind,
    OfficeKind,
    OfficeStatus,
    PartnerKind,
    ProjectKind,
    SessionStatus,
    SourceKind,
    TermBasis,
    TerritoryStatus,
)
from interpol_data._vocabularies.regions import (
    Region,
    UnIntermediateRegion,
    UnRegion,
    UnSubregion,
)

__all__ = [
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
]
