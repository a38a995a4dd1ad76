"""Membership and governance over time: assemblies, terms, membership events, territories."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Displayable,
    aliases_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import (
    MembershipEventKind,
    MembershipStatus,
    SessionStatus,
    TermBasis,
    TerritoryStatus,
)

__all__ = ["Assembly", "MembershipEvent", "MembershipYear", "Term", "Territory"]


@public
@attr.frozen(repr=False, eq=False)
class Assembly(Displayable):
    """One session of the General Assembly: where and when it met, or is to meet."""

    id: str = f.identifier("Stable slug: 'ga-' and the session number, such as 'ga-93'.")
    number: int = f.count("Ordinal of the session, such as 93.", optional=False)
    year: int = f.year("Year of the session.", optional=False)
    city: str = f.text("Host city, in English.")
    country: str = f.reference("countries", "Alpha-2 code of the host member country.", v.ALPHA_2)
    status: SessionStatus = f.choice(
        SessionStatus, "Held, or scheduled (announced, not known to have met by the as-of date)."
    )
    sources: tuple[str, ...] = f.sources()
    opened: str | None = f.date("First day, where a source gives it.")
    closed: str | None = f.date("Last day, where a source gives it.")
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Term(Displayable):
    """One person's term in one office: President, Secretary General or another seat."""

    id: str = f.identifier("Stable slug: office, holder and first year.")
    office: str = f.text("The office, such as 'President' or 'Secretary General'.")
    person: str = f.text("Name of the holder.")
    start: str = f.date("When the term began (YYYY, YYYY-MM or YYYY-MM-DD).", optional=False)
    sources: tuple[str, ...] = f.sources()
    end: str | None = f.date(
        "When the term ended; None while the holder is in office at the as-of date."
    )
    country: str | None = f.reference(
        "countries",
        "Alpha-2 code of the holder's nationality, where stated.",
        v.ALPHA_2,
        optional=True,
    )
    basis: TermBasis | None = f.choice(
        TermBasis,
        "Elected, appointed, or acting (holding the office without election); None where "
        "the sources do not say.",
        optional=True,
        required=False,
    )
    elected_at: str | None = f.reference(
        "assemblies",
        "Id of the General Assembly session that elected or appointed the holder.",
        v.SLUG,
        optional=True,
    )
    notes: str | None = notes_field()

    @property
    def acting(self) -> bool:
        """True when the holder acted in the office without being elected or appointed to it."""
        return self.basis is TermBasis.ACTING


@public
@attr.frozen(repr=False, eq=False)
class MembershipEvent(Displayable):
    """Something that changed INTERPOL's membership: an admission, a succession, a refusal."""

    id: str = f.identifier("Stable slug.")
    kind: MembershipEventKind = f.choice(MembershipEventKind, "What happened.")
    date: str = f.date("When it happened (YYYY, YYYY-MM or YYYY-MM-DD).", optional=False)
    party: str = f.text("The state or territory concerned, as named at the time.")
    sources: tuple[str, ...] = f.sources()
    country: str | None = f.reference(
        "countries",
        "Alpha-2 code of the member country it concerns today, if any.",
        v.ALPHA_2,
        optional=True,
    )
    territory: str | None = f.reference(
        "territories",
        "Id of the territory record it concerns, for a non-member.",
        v.SLUG,
        optional=True,
    )
    successors: tuple[str, ...] = f.references(
        "countries",
        "Alpha-2 codes of the members that took over (succession, seat transfer).",
        v.ALPHA_2,
    )
    session: str | None = f.reference(
        "assemblies",
        "Id of the General Assembly session that decided it.",
        v.SLUG,
        optional=True,
    )
    total: int | None = f.count("Number of member countries INTERPOL stated right after it.")
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Territory(Displayable):
    """A place that is not a member country: a non-member state, or a territory a member serves."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Common English name.", key=True, unique=True)
    status: TerritoryStatus = f.choice(TerritoryStatus, "Non-member, or how a member serves it.")
    summary: str = f.text("Why it is not a member, or how it is served, in our own words.")
    sources: tuple[str, ...] = f.sources()
    code: str | None = f.code(
        "ISO 3166-1 alpha-2 code, where ISO assigns one.", v.ALPHA_2, optional=True, key=True
    )
    served_by: str | None = f.reference(
        "countries",
        "Alpha-2 code of the member whose National Central Bureau serves it.",
        v.ALPHA_2,
        optional=True,
    )
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class MembershipYear(Displayable):
    """One row of the country-year membership panel (computed, not stored)."""

    country: str = f.reference("countries", "Alpha-2 code of the member country.", v.ALPHA_2)
    year: int = f.year("Calendar year.", optional=False)
    status: MembershipStatus = f.choice(
        MembershipStatus,
        "Member at the end of the year (or at the as-of date), not a member, or unknown.",
    )
