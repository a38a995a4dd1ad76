"""Closed vocabularies: the enums that records use for their kinds and regions.

Each member's value is the spelling used in the data files and exports; its
``label`` is the spelling for people.

>>> Region("europe").label
'Europe'
"""

from __future__ import annotations

import enum

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
    "TerritoryStatus",
]


class _Vocabulary(str, enum.Enum):
    """A string enum whose members know their label for people."""

    @property
    def label(self) -> str:
        """The human spelling: ``"regional-bureau"`` becomes ``"Regional bureau"``."""
        value = str(self.value)
        return _LABELS.get(value, value.replace("-", " ").capitalize())

    def __str__(self) -> str:
        return str(self.value)


_LABELS = {
    "asia-south-pacific": "Asia / South Pacific",
    "un-agency": "UN agency",
    "ngo": "NGO",
    "representative-office": "Representative office",
}


class Region(_Vocabulary):
    """The four regions into which INTERPOL groups its member countries on its web pages."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA_SOUTH_PACIFIC = "asia-south-pacific"
    EUROPE = "europe"


class OfficeKind(_Vocabulary):
    """What an INTERPOL office is."""

    HEADQUARTERS = "headquarters"
    GLOBAL_COMPLEX = "global-complex"
    REGIONAL_BUREAU = "regional-bureau"
    REPRESENTATIVE_OFFICE = "representative-office"
    COMMAND_CENTRE = "command-centre"
    LIAISON_OFFICE = "liaison-office"


class OfficeStatus(_Vocabulary):
    """Whether an office works today or has only been agreed with its host country."""

    OPEN = "open"
    AGREED = "agreed"


class BodyKind(_Vocabulary):
    """The part a body plays in INTERPOL's structure."""

    GOVERNING = "governing"
    EXECUTIVE = "executive"
    SECRETARIAT = "secretariat"
    NATIONAL = "national"
    OVERSIGHT = "oversight"
    ADVISORY = "advisory"


class PartnerKind(_Vocabulary):
    """What sort of organisation a partner or funder is."""

    GOVERNMENT = "government"
    GOVERNMENT_AGENCY = "government-agency"
    SUPRANATIONAL = "supranational"
    UN_AGENCY = "un-agency"
    INTERGOVERNMENTAL = "intergovernmental"
    REGIONAL_POLICE = "regional-police"
    NGO = "ngo"


class ProjectKind(_Vocabulary):
    """How INTERPOL names an externally run or funded piece of work."""

    PROJECT = "project"
    PROGRAMME = "programme"
    INITIATIVE = "initiative"


class NoticeKind(_Vocabulary):
    """Whether a request for cooperation is a notice, a special notice or a diffusion."""

    NOTICE = "notice"
    SPECIAL_NOTICE = "special-notice"
    DIFFUSION = "diffusion"


class SourceKind(_Vocabulary):
    """What a source document is."""

    SEED = "seed"
    WEB_PAGE = "web-page"
    FACT_SHEET = "fact-sheet"
    STANDARD = "standard"
    NEWS = "news"
    ARTICLE = "article"


class SessionStatus(_Vocabulary):
    """Whether a General Assembly session has met or is announced."""

    HELD = "held"
    SCHEDULED = "scheduled"


class MembershipEventKind(_Vocabulary):
    """What happened to a country's (or a candidate's) place in INTERPOL."""

    ADMITTED = "admitted"
    READMITTED = "readmitted"
    SUCCEEDED_BY = "succeeded-by"
    SEAT_TRANSFERRED = "seat-transferred"
    APPLICATION_REJECTED = "application-rejected"
    APPLICATION_WITHDRAWN = "application-withdrawn"


class TerritoryStatus(_Vocabulary):
    """How INTERPOL reaches a place that is not itself a member country."""

    NON_MEMBER = "non-member"
    SUB_BUREAU = "sub-bureau"
    SERVED_BY_MEMBER = "served-by-member"


class MembershipStatus(_Vocabulary):
    """A member country's standing in one year of the membership panel."""

    MEMBER = "member"
    NOT_MEMBER = "not-member"
    UNKNOWN = "unknown"
