"""Who was a member when, and who held an office when: the reasoning behind the history queries.

Membership is derived, never stored twice: a member's accession comes from its
``admitted`` (or ``readmitted``) event where one is recorded, else from the
country's ``joined`` field. A member whose accession the data does not know is
still certain to be a member on any date from an *anchor* on: a membership
event that carries INTERPOL's stated total, and after which every admission
and every departure is recorded, so that the stated total plus the recorded
changes gives exactly today's membership.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from interpol_data import records as r
from interpol_data._text import normalize
from interpol_data.errors import Problem, UncertainAnswerError
from interpol_data.records import MembershipEvent, MembershipYear, Term, Territory
from interpol_data.vocabulary import MembershipEventKind, MembershipStatus, TerritoryStatus

__all__ = [
    "Span",
    "absent_places",
    "anchor",
    "check_as_of",
    "check_history",
    "covering_term",
    "membership_on",
    "panel",
    "parse_on",
    "span",
]

_ENTRY_KINDS = (MembershipEventKind.ADMITTED, MembershipEventKind.READMITTED)


class Span(NamedTuple):
    """The first and last day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) may mean."""

    earliest: datetime.date
    latest: datetime.date


def span(value: str | int) -> Span:
    """The days that ``value`` (a year, or a partial date) may mean."""
    text = str(value)
    parts = [int(part) for part in text.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return Span(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    month = parts[1]
    if len(parts) == 2:
        # The day before the first of the next month (calendar, with locale, costs an import).
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        return Span(datetime.date(year, month, 1), following - datetime.timedelta(days=1))
    day = datetime.date(year, month, parts[2])
    return Span(day, day)


def parse_on(on: object, what: str = "on") -> datetime.date:
    """A date from a :class:`datetime.date` or ISO text ``YYYY-MM-DD``.

    Raises:
        TypeError, ValueError: ``on`` is neither.
    """
    if isinstance(on, datetime.datetime):
        return on.date()
    if isinstance(on, datetime.date):
        return on
    if isinstance(on, str):
        try:
            return datetime.date.fromisoformat(on)
        except ValueError:
            raise ValueError(f"{what} must be a date written YYYY-MM-DD, got {on!r}") from None
    raise TypeError(f"{what} must be a datetime.date or text YYYY-MM-DD, not {type(on).__name__}")


def _accessions(
    countries: Iterable[r.Country], events: Iterable[MembershipEvent]
) -> dict[str, Span | None]:
    entries: dict[str, Span] = {}
    for event in events:
        if event.kind in _ENTRY_KINDS and event.country is not None:
            found = span(event.date)
            known = entries.get(event.country)
            if known is None or found.earliest < known.earliest:
                entries[event.country] = found
    return {
        country.id: entries.get(country.id)
        or (None if country.joined is None else span(country.joined))
        for country in countries
    }


def _departed_after(events: Iterable[MembershipEvent], day: datetime.date) -> int:
    """Members counted in a stated total that left later and are not member countries today."""
    return sum(
        1
        for event in events
        if event.kind is MembershipEventKind.SUCCEEDED_BY
        and event.country is None
        and span(event.date).earliest > day
    )


def anchor(
    countries: Sequence[r.Country], events: Sequence[MembershipEvent]
) -> datetime.date | None:
    """The earliest date from which every member's membership is certain, or None.

    It is the date of a membership event with a stated ``total`` such that the
    total, plus the admissions recorded after it, minus the departures recorded
    after it, is exactly today's number of members: then no admission after it
    is missing, and every member without a recorded later accession was already
    a member on that date.
    """
    accessions = _accessions(countries, events)
    for event in sorted(events, key=lambda e: span(e.date).latest):
        if event.total is None:
            continue
        day = span(event.date).latest
        later = [s for s in accessions.values() if s is not None and s.latest > day]
        straddling = [s for s in later if s.earliest <= day]
        expected = len(countries) - event.total + _departed_after(events, day)
        if not straddling and len(later) == expected:
            return day
    return None


def membership_on(
    day: datetime.date,
    countries: Sequence[r.Country],
    events: Sequence[MembershipEvent],
    founded: int | None,
) -> tuple[list[r.Country], list[r.Country]]:
    """The certain members on ``day`` and the members whose membership then is uncertain."""
    if founded is not None and day.year < founded:
        return [], []
    accessions = _accessions(countries, events)
    certain_from = anchor(countries, events)
    members: list[r.Country] = []
    uncertain: list[r.Country] = []
    for country in countries:
        accession = accessions[country.id]
        if accession is not None and accession.latest <= day:
            members.append(country)
        elif accession is not None and accession.earliest > day:
            continue
        elif accession is None and certain_from is not None and day >= certain_from:
            members.append(country)
        else:
            uncertain.append(country)
    return members, uncertain


def panel(
    countries: Sequence[r.Country],
    events: Sequence[MembershipEvent],
    founded: int,
    as_of: datetime.date,
) -> tuple[MembershipYear, ...]:
    """One row per member country and year, from the founding year to the as-of year."""
    rows: list[MembershipYear] = []
    for year in range(founded, as_of.year + 1):
        day = min(datetime.date(year, 12, 31), as_of)
        members, uncertain = membership_on(day, countries, events, founded)
        member_ids = {c.id for c in members}
        uncertain_ids = {c.id for c in uncertain}
        for country in countries:
            if country.id in member_ids:
                status = MembershipStatus.MEMBER
            elif country.id in uncertain_ids:
                status = MembershipStatus.UNKNOWN
            else:
                status = MembershipStatus.NOT_MEMBER
            rows.append(MembershipYear(country.id, year, status))
    return tuple(rows)


def covering_term(terms: Iterable[Term], day: datetime.date, as_of: datetime.date) -> Term | None:
    """The term in force on ``day``: of those certainly covering it, the one that began last.

    None before the first recorded term (the office did not exist, or the
    history starts there).

    Raises:
        UncertainAnswerError: ``day`` falls in a gap between recorded terms,
            or near a start or end dated only to a year or month, so that the
            sources cannot say whose term it fell in.
    """
    terms = tuple(terms)

    def ends(term: Term) -> Span:
        return span(term.end) if term.end is not None else Span(as_of, as_of)

    certain = [t for t in terms if span(t.start).latest <= day <= ends(t).earliest]
    if certain:
        return max(certain, key=lambda term: (span(term.start).earliest, not term.acting))
    possible = [t for t in terms if span(t.start).earliest <= day <= ends(t).latest]
    if possible:
        dated = ", ".join(f"{t.person} ({t.start} to {t.end or 'now'})" for t in possible)
        raise UncertainAnswerError(
            f"the sources date these terms too loosely to say who held the office on "
            f"{day.isoformat()}: {dated}"
        )
    if any(span(term.start).earliest <= day for term in terms):
        # Inside the recorded history but in a gap: the office was not
        # necessarily vacant, the sources found just do not cover it.
        raise UncertainAnswerError(
            f"no recorded term covers {day.isoformat()}: the sources found leave a gap "
            "in this office's history there"
        )
    return None


def check_as_of(
    as_of: datetime.date | None, sources: Iterable[r.Source], problems: list[Problem]
) -> None:
    """The as-of date is the date facts were checked through: no source may be newer."""
    if as_of is None:
        return
    for source in sources:
        if source.published is not None and span(source.published).earliest > as_of:
            problems.append(
                Problem(
                    f"the dataset's as_of ({as_of.isoformat()}) is earlier than this source "
                    f"({source.published}); facts are checked through as_of",
                    "sources",
                    source.id,
                    "published",
                )
            )


def absent_places(territories: Iterable[Territory]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """For the country collection's lookup: each territory's names, with why it is not a member."""
    absent: dict[str, tuple[str, tuple[str, ...]]] = {}
    for territory in territories:
        suggestions = (territory.served_by,) if territory.served_by is not None else ()
        for name in (territory.name, territory.code, *territory.aliases):
            if name:
                absent[normalize(name)] = (territory.summary, suggestions)
    return absent


def check_history(by_name: Mapping[str, Sequence[Any]], problems: list[Problem]) -> None:
    """Cross-record rules of the history collections, each broken rule reported as a problem."""
    countries: Sequence[r.Country] = by_name.get("countries", ())
    joined = {country.id: country.joined for country in countries}
    for event in by_name.get("memberships", ()):
        if event.kind in _ENTRY_KINDS and event.country is not None:
            year = joined.get(event.country)
            if year is not None and span(year).earliest.year != span(event.date).earliest.year:
                problems.append(
                    Problem(
                        f"the event dates the accession {event.date} but {event.country}'s "
                        f"joined is {year}",
                        "memberships",
                        event.id,
                        "date",
                    )
                )
    numbers: dict[int, str] = {}
    for assembly in by_name.get("assemblies", ()):
        if assembly.id != f"ga-{assembly.number}":
            problems.append(
                Problem(f"id must be 'ga-{assembly.number}'", "assemblies", assembly.id, "id")
            )
        if assembly.number in numbers:
            problems.append(
                Problem(
                    f"session {assembly.number} is also {numbers[assembly.number]!r}",
                    "assemblies",
                    assembly.id,
                    "number",
                )
            )
        numbers[assembly.number] = assembly.id
    for territory in by_name.get("territories", ()):
        serves = territory.status is not TerritoryStatus.NON_MEMBER
        if serves != (territory.served_by is not None):
            problems.append(
                Problem(
                    "served_by must name the serving member exactly when the status is not "
                    "'non-member'",
                    "territories",
                    territory.id,
                    "served_by",
                )
            )
        if territory.code is not None and territory.code in joined:
            problems.append(
                Problem(
                    f"{territory.code} is a member country, not a territory",
                    "territories",
                    territory.id,
                    "code",
                )
            )
    _check_terms(by_name.get("terms", ()), by_name.get("bodies", ()), problems)


def _check_terms(terms: Sequence[Term], bodies: Sequence[r.Body], problems: list[Problem]) -> None:
    for term in terms:
        if term.end is not None and span(term.end).latest < span(term.start).earliest:
            problems.append(Problem("ends before it starts", "terms", term.id, "end"))
    # The current President and Secretary General appear in both bodies (the
    # current snapshot) and terms (the history): they must agree.
    open_terms = {normalize(t.office): t for t in terms if t.end is None and not t.acting}
    for body in bodies:
        for position, holder in enumerate(body.holders):
            open_term = open_terms.get(normalize(holder.role))
            if open_term is not None and open_term.person != holder.name:
                problems.append(
                    Problem(
                        f"holder {holder.name!r} disagrees with the open term {open_term.id!r} "
                        f"({open_term.person!r})",
                        "bodies",
                        body.id,
                        f"holders[{position}]",
                    )
                )
