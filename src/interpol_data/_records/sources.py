"""The documents the dataset cites."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Displayable,
    notes_field,
    public,
)
from interpol_data._vocabularies.kinds import SourceKind

__all__ = ["Source"]


@public
@attr.frozen(repr=False, eq=False)
class Source(Displayable):
    """A document that states facts in the dataset: a seed text or a public page."""

    id: str = f.identifier("Stable id: the seed's file name, or a short slug.", v.SOURCE_ID)
    title: str = f.text("Title of the document.", key=True)
    kind: SourceKind = f.choice(SourceKind, "What sort of document it is.")
    publisher: str | None = f.text(
        "Who published it; None where the document does not say.", optional=True
    )
    url: str | None = f.url("Where it can be read; None for texts known only by file.", unique=True)
    published: str | None = f.date(
        "When it was published or last revised (YYYY, YYYY-MM or YYYY-MM-DD)."
    )
    notes: str | None = notes_field()
