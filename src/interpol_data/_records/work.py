"""What INTERPOL works on and with: crime areas, programmes, capabilities, databases, notices."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    LocalizedName,
    Named,
    aliases_field,
    localized_names_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import NoticeKind

__all__ = ["Capability", "CrimeArea", "Database", "Notice", "Programme"]


@public
@attr.frozen(repr=False, eq=False)
class CrimeArea(Named):
    """An area of crime INTERPOL names as a focus of its work."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the crime area.", key=True, unique=True)
    description: str = f.text("What it covers, in our own words.")
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Programme(Named):
    """One of INTERPOL's global crime-fighting programmes."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the programme.", key=True, unique=True)
    aim: str = f.text("What it sets out to do, in our own words.")
    sources: tuple[str, ...] = f.sources()
    crime_areas: tuple[str, ...] = f.references(
        "crime_areas", "Ids of the crime areas it covers.", v.SLUG
    )
    localized_names: tuple[LocalizedName, ...] = localized_names_field()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Capability(Named):
    """A policing capability: expertise, tools or services INTERPOL provides."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the capability.", key=True, unique=True)
    description: str = f.text("What it provides, in our own words.")
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Database(Named):
    """One of INTERPOL's police databases."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the database.", key=True, unique=True)
    holds: str = f.text("What records it holds, in our own words.")
    sources: tuple[str, ...] = f.sources()
    acronym: str | None = f.text(
        "Acronym INTERPOL uses, where it uses one.", optional=True, key=True
    )
    launched: int | None = f.year("Year it was launched, where a source gives it.")
    localized_names: tuple[LocalizedName, ...] = localized_names_field()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Notice(Named):
    """A type of international request for cooperation or alert: a notice or a diffusion."""

    id: str = f.identifier("Stable slug, such as 'red'.")
    name: str = f.text("Name, such as 'Red Notice'.", key=True, unique=True)
    kind: NoticeKind = f.choice(NoticeKind, "Notice, special notice or diffusion.")
    purpose: str = f.text("What it is for, in our own words.")
    sources: tuple[str, ...] = f.sources()
    colour: str | None = f.code(
        "Colour code of a colour-coded notice; None for the others.", v.COLOUR, optional=True
    )
    introduced: str | None = f.date("When it was introduced, where a source gives it.")
    localized_names: tuple[LocalizedName, ...] = localized_names_field()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
