"""INTERPOL's statutory bodies and their office holders."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Displayable,
    LocalizedName,
    Named,
    aliases_field,
    localized_names_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import BodyKind

__all__ = ["Body", "OfficeHolder"]


@public
@attr.frozen(repr=False, eq=False)
class OfficeHolder(Displayable):
    """A public office holder of one of INTERPOL's bodies, as of a stated date."""

    role: str = f.text("The office held, such as 'President'.")
    name: str = f.text("Name of the holder.")
    as_of: str = f.date(
        "Date the sources hold this for (YYYY, YYYY-MM or YYYY-MM-DD).", optional=False
    )
    sources: tuple[str, ...] = f.sources()
    country: str | None = f.reference(
        "countries", "Alpha-2 code of the holder's country, where stated.", v.ALPHA_2, optional=True
    )
    since: str | None = f.date("When the holder took office, where stated.")
    term_ends: str | None = f.date("When the term ends, where stated.")


@public
@attr.frozen(repr=False, eq=False)
class Body(Named):
    """A statutory body of INTERPOL, its role and its current office holders."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the body.", key=True, unique=True)
    kind: BodyKind = f.choice(BodyKind, "The part it plays.")
    role: str = f.text("What it does, in our own words.")
    sources: tuple[str, ...] = f.sources()
    seats: int | None = f.count("Number of members the organisation states, where it states one.")
    meets: str | None = f.text("How often it meets, where stated.", optional=True)
    holders: tuple[OfficeHolder, ...] = f.records(
        OfficeHolder, "Current office holders, each with its as-of date."
    )
    localized_names: tuple[LocalizedName, ...] = localized_names_field()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
