"""Who funds and joins INTERPOL's projects, and the projects."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Named,
    aliases_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import PartnerKind, ProjectKind

__all__ = ["Partner", "Project"]


@public
@attr.frozen(repr=False, eq=False)
class Partner(Named):
    """An organisation or government that funds INTERPOL projects or works with them."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Full name.", key=True, unique=True)
    kind: PartnerKind = f.choice(PartnerKind, "What sort of organisation it is.")
    sources: tuple[str, ...] = f.sources()
    acronym: str | None = f.text("Acronym, where it has one.", optional=True, key=True)
    country: str | None = f.reference(
        "countries",
        "Alpha-2 code of the country it belongs to or is headquartered in, where stated.",
        v.ALPHA_2,
        optional=True,
    )
    headquarters: str | None = f.text("City of its headquarters, where stated.", optional=True)
    founded: int | None = f.year("Year it was founded, where a source gives it.")
    url: str | None = f.url("Official web site.")
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class Project(Named):
    """An externally funded project, programme or initiative that INTERPOL runs or joins."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name as INTERPOL writes it.", key=True, unique=True)
    kind: ProjectKind = f.choice(ProjectKind, "Project, programme or initiative.")
    summary: str = f.text("What it does, in our own words; what the sources say and no more.")
    sources: tuple[str, ...] = f.sources()
    acronym: str | None = f.text(
        "Acronym or short name, where it has one.", optional=True, key=True
    )
    funders: tuple[str, ...] = f.references("partners", "Ids of the partners that fund it.", v.SLUG)
    partners: tuple[str, ...] = f.references(
        "partners", "Ids of the partners that run it with INTERPOL (funders excluded).", v.SLUG
    )
    funding_programme: str | None = f.text(
        "The funder's programme that pays for it, where stated.", optional=True
    )
    regions: tuple[str, ...] = f.texts("Geographic regions it covers, as the sources name them.")
    countries: tuple[str, ...] = f.references(
        "countries", "Alpha-2 codes of the member countries it names as targets.", v.ALPHA_2
    )
    crime_areas: tuple[str, ...] = f.references(
        "crime_areas", "Ids of the crime areas it addresses.", v.SLUG
    )
    beneficiary_country_count: int | None = f.count(
        "Number of beneficiary countries, exactly as the sources give it."
    )
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
