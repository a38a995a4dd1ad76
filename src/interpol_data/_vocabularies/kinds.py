"""What a record is: the kinds and statuses of offices, bodies, partners, notices and history."""

from __future__ import annotations

from interpol_data._vocabularies.common import Vocabulary, public

__all__ = [
    "BodyKind",
    "MembershipEventKind",
    "MembershipStatus",
    "NoticeKind",
    "OfficeKind",
    "OfficeStatus",
    "PartnerKind",
    "ProjectKind",
    "SessionStatus",
    "SourceKind",
    "TermBasis",
    "TerritoryStatus",
]


@public
class OfficeKind(Vocabulary):
    """What an INTERPOL office is."""

    HEADQUARTERS = "headquarters"
    GLOBAL_COMPLEX = "global-complex"
    REGIONAL_BUREAU = "regional-bureau"
    REPRESENTATIVE_OFFICE = "representative-office"
    COMMAND_CENTRE = "command-centre"
    LIAISON_OFFICE = "liaison-office"


@public
class OfficeStatus(Vocabulary):
    """Whether an office works today or has only been agreed with its host country."""

    OPEN = "open"
    AGREED = "agreed"


@public
class BodyKind(Vocabulary):
    """The part a body plays in INTERPOL's structure."""

    GOVERNING = "governing"
    EXECUTIVE = "executive"
    SECRETARIAT = "secretariat"
    NATIONAL = "national"
    OVERSIGHT = "oversight"
    ADVISORY = "advisory"


@public
class PartnerKind(Vocabulary):
    """What sort of organisation a partner or funder is."""

    GOVERNMENT = "government"
    GOVERNMENT_AGENCY = "government-agency"
    SUPRANATIONAL = "supranational"
    UN_AGENCY = "un-agency"
    INTERGOVERNMENTAL = "intergovernmental"
    REGIONAL_POLICE = "regional-police"
    NGO = "ngo"


@public
class ProjectKind(Vocabulary):
    """How INTERPOL names an externally run or funded piece of work."""

    PROJECT = "project"
    PROGRAMME = "programme"
    INITIATIVE = "initiative"


@public
class NoticeKind(Vocabulary):
    """Whether a request for cooperation is a notice, a special notice or a diffusion."""

    NOTICE = "notice"
    SPECIAL_NOTICE = "special-notice"
    DIFFUSION = "diffusion"


@public
class SourceKind(Vocabulary):
    """What a source document is."""

    SEED = "seed"
    WEB_PAGE = "web-page"
    FACT_SHEET = "fact-sheet"
    STANDARD = "standard"
    NEWS = "news"
    ARTICLE = "article"


@public
class SessionStatus(Vocabulary):
    """Whether a General Assembly session has met or is announced."""

    HELD = "held"
    SCHEDULED = "scheduled"


@public
class MembershipEventKind(Vocabulary):
    """What happened to a country's (or a candidate's) place in INTERPOL."""

    ADMITTED = "admitted"
    READMITTED = "readmitted"
    SUCCEEDED_BY = "succeeded-by"
    SEAT_TRANSFERRED = "seat-transferred"
    APPLICATION_REJECTED = "application-rejected"
    APPLICATION_WITHDRAWN = "application-withdrawn"


@public
class TerritoryStatus(Vocabulary):
    """How INTERPOL reaches a place that is not itself a member country."""

    NON_MEMBER = "non-member"
    SUB_BUREAU = "sub-bureau"
    SERVED_BY_MEMBER = "served-by-member"


@public
class MembershipStatus(Vocabulary):
    """A member country's standing in one year of the membership panel."""

    MEMBER = "member"
    NOT_MEMBER = "not-member"
    UNKNOWN = "unknown"


@public
class TermBasis(Vocabulary):
    """How a holder came to an office: elected, appointed, or acting without either."""

    ELECTED = "elected"
    APPOINTED = "appointed"
    ACTING = "acting"
