"""INTERPOL itself: budgets, accounts and the counts it states."""

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._records.common import (
    Displayable,
    aliases_field,
    notes_field,
    public,
)

__all__ = ["Budget", "Organization", "SocialAccount", "StatedCount"]


@public
@attr.frozen(repr=False, eq=False)
class Budget(Displayable):
    """INTERPOL's total budget for one year."""

    year: int = f.year("Budget year.", optional=False)
    amount_eur: int = f.count("Total, in euros.", optional=False)
    sources: tuple[str, ...] = f.sources()
    notes: str | None = notes_field()


@public
@attr.frozen(repr=False, eq=False)
class SocialAccount(Displayable):
    """An official account of INTERPOL on a public platform."""

    platform: str = f.text("Platform name, such as 'YouTube'.")
    handle: str = f.text("Account name on that platform.")
    sources: tuple[str, ...] = f.sources()


@public
@attr.frozen(repr=False, eq=False)
class StatedCount(Displayable):
    """A number the organisation states, checked against the records on every load.

    The loader counts the records of ``collection`` (those whose ``field``
    equals or contains ``equals``, when given) and refuses the dataset when
    the count differs from ``value`` and ``explanation`` is None.
    """

    id: str = f.identifier("Stable slug.")
    subject: str = f.text("What is counted, in words.")
    value: int = f.count("The number the sources state.", optional=False)
    sources: tuple[str, ...] = f.sources()
    collection: str | None = f.text(
        "Collection whose records are counted; None if the dataset cannot count it.",
        optional=True,
    )
    field: str | None = f.text(
        "Field that selects the counted records, with equals.", optional=True
    )
    equals: str | None = f.text("Value of field that the counted records have.", optional=True)
    explanation: str | None = f.text(
        "Why the records differ from the stated number, where they do.", optional=True
    )


@public
@attr.frozen(repr=False, eq=False)
class Organization(Displayable):
    """INTERPOL itself."""

    id: str = f.identifier("Stable slug: 'interpol'.")
    name: str = f.text("Full name.", key=True)
    short_name: str = f.text("Common name.", key=True)
    kind: str = f.text("What sort of organisation it is.")
    mission: str = f.text("Its mission, in our own words.")
    headquarters: str = f.reference("offices", "Id of the office that is its headquarters.", v.SLUG)
    official_languages: tuple[str, ...] = f.references(
        "languages", "ISO 639-1 codes of its official languages.", v.LANGUAGE_CODE, min_items=1
    )
    secure_network: str = f.text("Name of the secure police communications network.")
    sources: tuple[str, ...] = f.sources()
    founded: int | None = f.year("Year it was founded, where a source gives it.")
    founded_in: str | None = f.text(
        "City where it was founded, where a source gives it.", optional=True
    )
    constitution_adopted: str | None = f.date(
        "When its Constitution was adopted, where a source gives it."
    )
    funding: str | None = f.text("How it is financed, in our own words.", optional=True)
    budgets: tuple[Budget, ...] = f.records(Budget, "Total budget by year, each sourced.")
    website: str | None = f.url("Official web site.")
    social_accounts: tuple[SocialAccount, ...] = f.records(
        SocialAccount, "Official accounts on public platforms."
    )
    stated_counts: tuple[StatedCount, ...] = f.records(
        StatedCount, "Numbers the organisation states, checked against the records."
    )
    aliases: tuple[str, ...] = aliases_field()
    notes: str | None = notes_field()
