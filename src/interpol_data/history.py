"""Record types for INTERPOL's history: assemblies, terms of office, membership events, territories.

They follow the conventions of :mod:`interpol_data.records` (frozen, slotted,
each field documented in ``metadata["doc"]``, references marked with
``metadata["ref"]``).

>>> from interpol_data.history import Assembly
>>> from interpol_data.vocabulary import SessionStatus
>>> Assembly(id="ga-93", number=93, year=2025, city="Marrakech", country="MA",
...          status=SessionStatus.HELD, sources=("hk01-2026-94ga",)).status.label
'Held'
"""

from __future__ import annotations

from typing import Any

import attrs

from interpol_data import _validators as v
from interpol_data.records import _ALIASES_DOC, _Displayable, _meta, _notes, _sources
from interpol_data.vocabulary import (
    MembershipEventKind,
    MembershipStatus,
    SessionStatus,
    TerritoryStatus,
)

__all__ = ["Assembly", "MembershipEvent", "MembershipYear", "Term", "Territory"]


def _optional_date(doc: str) -> Any:
    return attrs.field(default=None, metadata=_meta(doc), validator=v.optional(v.partial_date))


@attrs.frozen
class Assembly(_Displayable):
    """One session of the General Assembly: where and when it met, or is to meet."""

    id: str = attrs.field(
        metadata=_meta("Stable slug: 'ga-' and the session number, such as 'ga-93'.", key=True),
        validator=v.slug,
    )
    number: int = attrs.field(
        metadata=_meta("Ordinal of the session, such as 93."), validator=v.non_negative
    )
    year: int = attrs.field(metadata=_meta("Year of the session."), validator=v.year)
    city: str = attrs.field(metadata=_meta("Host city, in English."), validator=v.text)
    country: str = attrs.field(
        metadata=_meta("Alpha-2 code of the host member country.", ref="countries"),
        validator=v.alpha_2,
    )
    status: SessionStatus = attrs.field(
        metadata=_meta(
            "Held, or scheduled (announced but not known to have met by the as-of date)."
        )
    )
    sources: tuple[str, ...] = _sources()
    opened: str | None = _optional_date("First day, where a source gives it.")
    closed: str | None = _optional_date("Last day, where a source gives it.")
    notes: str | None = _notes()


@attrs.frozen
class Term(_Displayable):
    """One person's term in one office: President, Secretary General or another seat."""

    id: str = attrs.field(
        metadata=_meta("Stable slug: office, holder and first year.", key=True), validator=v.slug
    )
    office: str = attrs.field(
        metadata=_meta("The office, such as 'President' or 'Secretary General'."),
        validator=v.text,
    )
    person: str = attrs.field(metadata=_meta("Name of the holder."), validator=v.text)
    start: str = attrs.field(
        metadata=_meta("When the term began (YYYY, YYYY-MM or YYYY-MM-DD)."),
        validator=v.partial_date,
    )
    sources: tuple[str, ...] = _sources()
    end: str | None = _optional_date(
        "When the term ended; None while the holder is in office at the as-of date."
    )
    country: str | None = attrs.field(
        default=None,
        metadata=_meta("Alpha-2 code of the holder's nationality, where stated.", ref="countries"),
        validator=v.optional(v.alpha_2),
    )
    elected_at: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Id of the General Assembly session that elected or appointed the holder.",
            ref="assemblies",
        ),
        validator=v.optional(v.slug),
    )
    acting: bool = attrs.field(
        default=False,
        metadata=_meta("True when the holder served as acting holder, not elected to the office."),
    )
    notes: str | None = _notes()


@attrs.frozen
class MembershipEvent(_Displayable):
    """Something that changed INTERPOL's membership: an admission, a succession, a refusal."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    kind: MembershipEventKind = attrs.field(metadata=_meta("What happened."))
    date: str = attrs.field(
        metadata=_meta("When it happened (YYYY, YYYY-MM or YYYY-MM-DD)."),
        validator=v.partial_date,
    )
    party: str = attrs.field(
        metadata=_meta("The state or territory concerned, as named at the time."),
        validator=v.text,
    )
    sources: tuple[str, ...] = _sources()
    country: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Alpha-2 code of the member country it concerns today, if any.", ref="countries"
        ),
        validator=v.optional(v.alpha_2),
    )
    territory: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Id of the territory record it concerns, for a non-member.", ref="territories"
        ),
        validator=v.optional(v.slug),
    )
    successors: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Alpha-2 codes of the members that took over (succession, seat transfer).",
            ref="countries",
        ),
        validator=v.each(v.alpha_2),
    )
    session: str | None = attrs.field(
        default=None,
        metadata=_meta("Id of the General Assembly session that decided it.", ref="assemblies"),
        validator=v.optional(v.slug),
    )
    total: int | None = attrs.field(
        default=None,
        metadata=_meta("Number of member countries INTERPOL stated right after the event."),
        validator=v.optional(v.non_negative),
    )
    notes: str | None = _notes()


@attrs.frozen
class Territory(_Displayable):
    """A place that is not a member country: a non-member state, or a territory a member serves."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Common English name.", key=True), validator=v.text)
    status: TerritoryStatus = attrs.field(metadata=_meta("Non-member, or how a member serves it."))
    summary: str = attrs.field(
        metadata=_meta("Why it is not a member, or how it is served, in our own words."),
        validator=v.text,
    )
    sources: tuple[str, ...] = _sources()
    code: str | None = attrs.field(
        default=None,
        metadata=_meta("ISO 3166-1 alpha-2 code, where ISO assigns one.", key=True),
        validator=v.optional(v.alpha_2),
    )
    served_by: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Alpha-2 code of the member whose National Central Bureau serves it.", ref="countries"
        ),
        validator=v.optional(v.alpha_2),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta(_ALIASES_DOC, key=True), validator=v.each(v.text)
    )
    notes: str | None = _notes()


@attrs.frozen
class MembershipYear:
    """One row of the country-year membership panel: a member country's standing in one year."""

    country: str = attrs.field(
        metadata=_meta("Alpha-2 code of the member country.", ref="countries")
    )
    year: int = attrs.field(metadata=_meta("Calendar year."))
    status: MembershipStatus = attrs.field(
        metadata=_meta(
            "Member at the end of the year (or at the as-of date), not a member, or unknown."
        )
    )
