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
    "TermBasis",
    "TerritoryStatus",
    "UnIntermediateRegion",
    "UnRegion",
    "UnSubregion",
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


class TermBasis(_Vocabulary):
    """How a holder came to an office: elected, appointed, or acting without either."""

    ELECTED = "elected"
    APPOINTED = "appointed"
    ACTING = "acting"


class _M49(_Vocabulary):
    """An area of the UN M49 standard; ``m49`` is its three-digit code, ``label`` its M49 name."""

    @property
    def label(self) -> str:
        return _M49_AREAS[str(self.value)][1]

    @property
    def m49(self) -> str:
        """The area's M49 code, such as ``"150"`` for Europe."""
        return _M49_AREAS[str(self.value)][0]


# Codes and names as the UN Statistics Division publishes them (M49 overview).
_M49_AREAS = {
    "africa": ("002", "Africa"),
    "americas": ("019", "Americas"),
    "asia": ("142", "Asia"),
    "europe": ("150", "Europe"),
    "oceania": ("009", "Oceania"),
    "australia-and-new-zealand": ("053", "Australia and New Zealand"),
    "central-asia": ("143", "Central Asia"),
    "eastern-asia": ("030", "Eastern Asia"),
    "eastern-europe": ("151", "Eastern Europe"),
    "latin-america-and-the-caribbean": ("419", "Latin America and the Caribbean"),
    "melanesia": ("054", "Melanesia"),
    "micronesia": ("057", "Micronesia"),
    "northern-africa": ("015", "Northern Africa"),
    "northern-america": ("021", "Northern America"),
    "northern-europe": ("154", "Northern Europe"),
    "polynesia": ("061", "Polynesia"),
    "south-eastern-asia": ("035", "South-eastern Asia"),
    "southern-asia": ("034", "Southern Asia"),
    "southern-europe": ("039", "Southern Europe"),
    "sub-saharan-africa": ("202", "Sub-Saharan Africa"),
    "western-asia": ("145", "Western Asia"),
    "western-europe": ("155", "Western Europe"),
    "caribbean": ("029", "Caribbean"),
    "central-america": ("013", "Central America"),
    "eastern-africa": ("014", "Eastern Africa"),
    "middle-africa": ("017", "Middle Africa"),
    "south-america": ("005", "South America"),
    "southern-africa": ("018", "Southern Africa"),
    "western-africa": ("011", "Western Africa"),
}


class UnRegion(_M49):
    """A region of the UN M49 standard; not INTERPOL's grouping (see :class:`Region`)."""

    AFRICA = "africa"
    AMERICAS = "americas"
    ASIA = "asia"
    EUROPE = "europe"
    OCEANIA = "oceania"


class UnSubregion(_M49):
    """A subregion of the UN M49 standard."""

    AUSTRALIA_AND_NEW_ZEALAND = "australia-and-new-zealand"
    CENTRAL_ASIA = "central-asia"
    EASTERN_ASIA = "eastern-asia"
    EASTERN_EUROPE = "eastern-europe"
    LATIN_AMERICA_AND_THE_CARIBBEAN = "latin-america-and-the-caribbean"
    MELANESIA = "melanesia"
    MICRONESIA = "micronesia"
    NORTHERN_AFRICA = "northern-africa"
    NORTHERN_AMERICA = "northern-america"
    NORTHERN_EUROPE = "northern-europe"
    POLYNESIA = "polynesia"
    SOUTH_EASTERN_ASIA = "south-eastern-asia"
    SOUTHERN_ASIA = "southern-asia"
    SOUTHERN_EUROPE = "southern-europe"
    SUB_SAHARAN_AFRICA = "sub-saharan-africa"
    WESTERN_ASIA = "western-asia"
    WESTERN_EUROPE = "western-europe"


class UnIntermediateRegion(_M49):
    """An intermediate region of the UN M49 standard (only some subregions are divided)."""

    CARIBBEAN = "caribbean"
    CENTRAL_AMERICA = "central-america"
    EASTERN_AFRICA = "eastern-africa"
    MIDDLE_AFRICA = "middle-africa"
    SOUTH_AMERICA = "south-america"
    SOUTHERN_AFRICA = "southern-africa"
    WESTERN_AFRICA = "western-africa"
