"""INTERPOL's official languages."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Named,
    aliases_field,
    notes_field,
    public,
)

__all__ = ["Language"]


@public
@attr.frozen(repr=False, eq=False)
class Language(Named):
    """One of INTERPOL's official languages."""

    id: str = f.identifier("ISO 639-1 code, such as 'fr'.", v.LANGUAGE_CODE)
    name: str = f.text("English name.", key=True, unique=True)
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
