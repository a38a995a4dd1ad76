"""Member countries and their National Central Bureaus."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    ALIASES_DOC,
    Displayable,
    LocalizedName,
    Named,
    localized_names_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.regions import Region, UnIntermediateRegion, UnRegion, UnSubregion

__all__ = ["Country", "NationalCentralBureau"]


@public
@attr.frozen(repr=False, eq=False)
class NationalCentralBureau(Displayable):
    """A member country's National Central Bureau, the link between its police and INTERPOL.

    Both fields stay None unless a source states them: a bureau does not always
    sit in the capital. A bureau with a city or an agency cites a source for it.
    """

    city: str | None = f.text(
        "City where the bureau sits, where a source states it.", optional=True
    )
    agency: str | None = f.text(
        "Agency or ministry that hosts the bureau, where a source states it.", optional=True
    )
    sources: tuple[str, ...] = f.sources(
        "Ids of the sources for the city and agency.", required_with=("city", "agency")
    )


@public
@attr.frozen(repr=False, eq=False)
class Country(Named):
    """A member country of INTERPOL, identified by its ISO 3166-1 alpha-2 code."""

    id: str = f.identifier("ISO 3166-1 alpha-2 code, such as 'FR'.", v.ALPHA_2)
    name: str = f.text(
        "Name as INTERPOL writes it where a source shows it, else the ISO short name.",
        key=True,
        unique=True,
    )
    iso_short_name: str = f.text("ISO 3166-1 short name in English.", key=True, unique=True)
    alpha_3: str = f.code(
        "ISO 3166-1 alpha-3 code, such as 'FRA'.", v.ALPHA_3, key=True, unique=True
    )
    numeric: str = f.code(
        "ISO 3166-1 numeric code as three digits, such as '250'.",
        v.NUMERIC_CODE,
        key=True,
        unique=True,
    )
    region: Region | None = f.choice(
        Region,
        "INTERPOL region the country belongs to; None where no source places it.",
        optional=True,
    )
    joined: int | None = f.year(
        "Year the country joined INTERPOL; None where no source gives it.", required=True
    )
    ncb: NationalCentralBureau = f.record(
        NationalCentralBureau, "The country's National Central Bureau."
    )
    un_region: UnRegion = f.choice(
        UnRegion, "UN M49 region (the UN Statistics Division's grouping, not INTERPOL's)."
    )
    un_subregion: UnSubregion = f.choice(UnSubregion, "UN M49 subregion.")
    sources: tuple[str, ...] = f.sources()
    official_name: str | None = f.text(
        "ISO 3166-1 official name, where ISO gives one.", optional=True, key=True
    )
    un_intermediate_region: UnIntermediateRegion | None = f.choice(
        UnIntermediateRegion,
        "UN M49 intermediate region, where M49 divides the subregion.",
        optional=True,
        required=False,
    )
    localized_names: tuple[LocalizedName, ...] = localized_names_field()
    aliases: tuple[str, ...] = f.texts(ALIASES_DOC, key=True, unique=True)
    notes: str | None = notes_field()
