"""Where INTERPOL works: its offices and their places."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Displayable,
    Named,
    aliases_field,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import OfficeKind, OfficeStatus

__all__ = ["Coordinates", "Office"]


@public
@attr.frozen(repr=False, eq=False)
class Coordinates(Displayable):
    """A point in WGS 84 degrees."""

    latitude: float = f.number("Degrees north (negative: south).", -90, 90)
    longitude: float = f.number("Degrees east (negative: west).", -180, 180)


@public
@attr.frozen(repr=False, eq=False)
class Office(Named):
    """A place where INTERPOL works: headquarters, a complex, a bureau, a centre or an office."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the office.", key=True)
    kind: OfficeKind = f.choice(OfficeKind, "What the office is.")
    city: str = f.text("City, in English.")
    country: str = f.reference(
        "countries", "Alpha-2 code of the member country it is in.", v.ALPHA_2
    )
    sources: tuple[str, ...] = f.sources()
    coordinates: Coordinates | None = f.record(
        Coordinates,
        "Where it is; the notes say whether the point is the building or the city.",
        optional=True,
    )
    serves: str | None = f.text(
        "Whom it serves (a region or an organisation), where a source says.", optional=True
    )
    opened: int | None = f.year("Year it opened, where a source gives it.")
    status: OfficeStatus | None = f.choice(
        OfficeStatus,
        "Open, or agreed with the host country but not known to have opened; "
        "None where no source says.",
        optional=True,
        required=False,
    )
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
