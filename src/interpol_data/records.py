"""The record types: frozen, slotted attrs classes that hold data and nothing else.

Every field carries its meaning in ``metadata["doc"]`` (the data dictionary is
generated from it). Fields whose values find the record in a lookup carry
``metadata["key"]``; fields that hold ids of other records carry
``metadata["ref"]``, the name of the collection they point into.

>>> from interpol_data.records import Language
>>> Language(id="fr", name="French", sources=("002_e7bd4a5ba40e9a31.txt",)).name
'French'
"""

from __future__ import annotations

from typing import Any

import attrs

from interpol_data import _validators as v
from interpol_data._names import Names
from interpol_data.vocabulary import (
    BodyKind,
    NoticeKind,
    OfficeKind,
    PartnerKind,
    ProjectKind,
    Region,
    SourceKind,
)

__all__ = [
    "AssemblySession",
    "Body",
    "Budget",
    "Capability",
    "Coordinates",
    "Country",
    "CrimeArea",
    "Database",
    "Language",
    "LocalizedName",
    "Names",
    "NationalCentralBureau",
    "Notice",
    "Office",
    "OfficeHolder",
    "Organization",
    "Partner",
    "Programme",
    "Project",
    "Record",
    "SocialAccount",
    "Source",
    "StatedCount",
]


class _Displayable:
    """Gives records an HTML table in Jupyter; holds no data."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from interpol_data.display import record_html  # noqa: PLC0415

        return record_html(self)


def _meta(doc: str, *, key: bool = False, ref: str | None = None) -> dict[str, Any]:
    return {"doc": doc, "key": key, "ref": ref}


_SOURCES_DOC = "Ids of the sources (in the sources collection) that state this record's facts."
_NOTES_DOC = "Oddities, disagreements between sources and gaps, in plain words; None if none."
_ALIASES_DOC = "Other names people use for it (former names, short forms, other spellings)."


_LOCALIZED_NAMES_DOC = (
    "Its names by language (BCP 47 tag): INTERPOL's four languages and, for a country, "
    "its own official languages; read them as the mapping ``names``."
)


def _one_name_per_language(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    seen: set[object] = set()
    repeated: set[str] = set()
    for item in value:
        language = getattr(item, "language", None)
        if language in seen:
            repeated.add(str(language))
        seen.add(language)
    if repeated:
        raise v.FieldError(
            attribute.name, f"must give one name per language; repeated: {sorted(repeated)}"
        )


def _localized_names() -> Any:
    return attrs.field(
        default=(),
        metadata=_meta(_LOCALIZED_NAMES_DOC, key=True),
        validator=_one_name_per_language,
    )


class _Named(_Displayable):
    """Gives records with ``localized_names`` a ``names`` mapping; holds no data."""

    __slots__ = ()

    @property
    def names(self) -> Names:
        """Names by language tag, such as ``names["fr"]``; "en" falls back to ``name``."""
        pairs = tuple((item.language, item.name) for item in getattr(self, "localized_names", ()))
        return Names((*pairs, ("en", getattr(self, "name", ""))))


def _sources() -> Any:
    return attrs.field(
        metadata=_meta(_SOURCES_DOC, ref="sources"),
        validator=[v.each(v.source_id), v.non_empty],
    )


def _notes() -> Any:
    return attrs.field(default=None, metadata=_meta(_NOTES_DOC), validator=v.optional(v.text))


def _aliases() -> Any:
    return attrs.field(default=(), metadata=_meta(_ALIASES_DOC, key=True), validator=v.each(v.text))


def _refs(doc: str, collection: str, member: v.Validator) -> Any:
    return attrs.field(default=(), metadata=_meta(doc, ref=collection), validator=v.each(member))


@attrs.frozen
class LocalizedName(_Displayable):
    """A record's name in one language, such as ("fr", "Allemagne")."""

    language: str = attrs.field(
        metadata=_meta("BCP 47 language tag, such as 'fr' or 'sr-Latn'."),
        validator=v.language_tag,
    )
    name: str = attrs.field(metadata=_meta("The name in that language."), validator=v.text)


@attrs.frozen
class Source(_Displayable):
    """A document that states facts in the dataset: a seed text or a public page."""

    id: str = attrs.field(
        metadata=_meta("Stable id: the seed's file name, or a short slug.", key=True),
        validator=v.source_id,
    )
    title: str = attrs.field(metadata=_meta("Title of the document.", key=True), validator=v.text)
    kind: SourceKind = attrs.field(metadata=_meta("What sort of document it is."))
    publisher: str | None = attrs.field(
        default=None,
        metadata=_meta("Who published it; None where the document does not say."),
        validator=v.optional(v.text),
    )
    url: str | None = attrs.field(
        default=None,
        metadata=_meta("Where it can be read; None for texts known only by file."),
        validator=v.optional(v.url),
    )
    published: str | None = attrs.field(
        default=None,
        metadata=_meta("When it was published or last revised (YYYY, YYYY-MM or YYYY-MM-DD)."),
        validator=v.optional(v.partial_date),
    )
    notes: str | None = _notes()


@attrs.frozen
class Language(_Displayable):
    """One of INTERPOL's official languages."""

    id: str = attrs.field(
        metadata=_meta("ISO 639-1 code, such as 'fr'.", key=True), validator=v.language_code
    )
    name: str = attrs.field(metadata=_meta("English name.", key=True), validator=v.text)
    sources: tuple[str, ...] = _sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class NationalCentralBureau(_Displayable):
    """A member country's National Central Bureau, the link between its police and INTERPOL.

    Both fields stay None unless a source states them: a bureau does not always
    sit in the capital.
    """

    city: str | None = attrs.field(
        default=None,
        metadata=_meta("City where the bureau sits, where a source states it."),
        validator=v.optional(v.text),
    )
    agency: str | None = attrs.field(
        default=None,
        metadata=_meta("Agency or ministry that hosts the bureau, where a source states it."),
        validator=v.optional(v.text),
    )
    sources: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("Ids of the sources for the city and agency.", ref="sources"),
        validator=v.each(v.source_id),
    )


@attrs.frozen
class Country(_Named):
    """A member country of INTERPOL, identified by its ISO 3166-1 alpha-2 code."""

    id: str = attrs.field(
        metadata=_meta("ISO 3166-1 alpha-2 code, such as 'FR'.", key=True), validator=v.alpha_2
    )
    name: str = attrs.field(
        metadata=_meta(
            "Name as INTERPOL writes it where a source shows it, else the ISO short name.", key=True
        ),
        validator=v.text,
    )
    iso_short_name: str = attrs.field(
        metadata=_meta("ISO 3166-1 short name in English.", key=True), validator=v.text
    )
    alpha_3: str = attrs.field(
        metadata=_meta("ISO 3166-1 alpha-3 code, such as 'FRA'.", key=True), validator=v.alpha_3
    )
    numeric: str = attrs.field(
        metadata=_meta("ISO 3166-1 numeric code as three digits, such as '250'.", key=True),
        validator=v.numeric_code,
    )
    region: Region | None = attrs.field(
        metadata=_meta("INTERPOL region the country belongs to; None where no source places it.")
    )
    joined: int | None = attrs.field(
        metadata=_meta("Year the country joined INTERPOL; None where no source gives it."),
        validator=v.optional(v.year),
    )
    ncb: NationalCentralBureau = attrs.field(
        metadata=_meta("The country's National Central Bureau.")
    )
    sources: tuple[str, ...] = _sources()
    official_name: str | None = attrs.field(
        default=None,
        metadata=_meta("ISO 3166-1 official name, where ISO gives one.", key=True),
        validator=v.optional(v.text),
    )
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Coordinates(_Displayable):
    """A point in WGS 84 degrees."""

    latitude: float = attrs.field(
        metadata=_meta("Degrees north (negative: south)."), validator=v.between(-90, 90)
    )
    longitude: float = attrs.field(
        metadata=_meta("Degrees east (negative: west)."), validator=v.between(-180, 180)
    )


@attrs.frozen
class Office(_Displayable):
    """A place where INTERPOL works: headquarters, a complex, a bureau, a centre or an office."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the office.", key=True), validator=v.text)
    kind: OfficeKind = attrs.field(metadata=_meta("What the office is."))
    city: str = attrs.field(metadata=_meta("City, in English."), validator=v.text)
    country: str = attrs.field(
        metadata=_meta("Alpha-2 code of the member country it is in.", ref="countries"),
        validator=v.alpha_2,
    )
    sources: tuple[str, ...] = _sources()
    coordinates: Coordinates | None = attrs.field(
        default=None,
        metadata=_meta("Where it is; the notes say whether the point is the building or the city."),
    )
    serves: str | None = attrs.field(
        default=None,
        metadata=_meta("Whom it serves (a region or an organisation), where a source says."),
        validator=v.optional(v.text),
    )
    opened: int | None = attrs.field(
        default=None,
        metadata=_meta("Year it opened, where a source gives it."),
        validator=v.optional(v.year),
    )
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class OfficeHolder(_Displayable):
    """A public office holder of one of INTERPOL's bodies, as of a stated date."""

    role: str = attrs.field(
        metadata=_meta("The office held, such as 'President'."), validator=v.text
    )
    name: str = attrs.field(metadata=_meta("Name of the holder."), validator=v.text)
    as_of: str = attrs.field(
        metadata=_meta("Date the sources hold this for (YYYY, YYYY-MM or YYYY-MM-DD)."),
        validator=v.partial_date,
    )
    sources: tuple[str, ...] = _sources()
    country: str | None = attrs.field(
        default=None,
        metadata=_meta("Alpha-2 code of the holder's country, where stated.", ref="countries"),
        validator=v.optional(v.alpha_2),
    )
    since: str | None = attrs.field(
        default=None,
        metadata=_meta("When the holder took office, where stated."),
        validator=v.optional(v.partial_date),
    )
    term_ends: str | None = attrs.field(
        default=None,
        metadata=_meta("When the term ends, where stated."),
        validator=v.optional(v.partial_date),
    )


@attrs.frozen
class AssemblySession(_Displayable):
    """One session of the General Assembly: where and when it met, or is to meet."""

    number: int = attrs.field(
        metadata=_meta("Ordinal of the session, such as 93."), validator=v.non_negative
    )
    year: int = attrs.field(metadata=_meta("Year of the session."), validator=v.year)
    city: str = attrs.field(metadata=_meta("Host city, in English."), validator=v.text)
    country: str = attrs.field(
        metadata=_meta("Alpha-2 code of the host member country.", ref="countries"),
        validator=v.alpha_2,
    )
    sources: tuple[str, ...] = _sources()
    opened: str | None = attrs.field(
        default=None,
        metadata=_meta("First day, where a source gives it."),
        validator=v.optional(v.partial_date),
    )
    closed: str | None = attrs.field(
        default=None,
        metadata=_meta("Last day, where a source gives it."),
        validator=v.optional(v.partial_date),
    )
    notes: str | None = _notes()


@attrs.frozen
class Body(_Named):
    """A statutory body of INTERPOL, its role and its current office holders."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the body.", key=True), validator=v.text)
    kind: BodyKind = attrs.field(metadata=_meta("The part it plays."))
    role: str = attrs.field(metadata=_meta("What it does, in our own words."), validator=v.text)
    sources: tuple[str, ...] = _sources()
    seats: int | None = attrs.field(
        default=None,
        metadata=_meta("Number of members the organisation states, where it states one."),
        validator=v.optional(v.non_negative),
    )
    meets: str | None = attrs.field(
        default=None,
        metadata=_meta("How often it meets, where stated."),
        validator=v.optional(v.text),
    )
    holders: tuple[OfficeHolder, ...] = attrs.field(
        default=(), metadata=_meta("Current office holders, each with its as-of date.")
    )
    sessions: tuple[AssemblySession, ...] = attrs.field(
        default=(), metadata=_meta("Recent and announced sessions, by number (General Assembly).")
    )
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class CrimeArea(_Displayable):
    """An area of crime INTERPOL names as a focus of its work."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the crime area.", key=True), validator=v.text)
    description: str = attrs.field(
        metadata=_meta("What it covers, in our own words."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Programme(_Named):
    """One of INTERPOL's global crime-fighting programmes."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the programme.", key=True), validator=v.text)
    aim: str = attrs.field(
        metadata=_meta("What it sets out to do, in our own words."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    crime_areas: tuple[str, ...] = _refs("Ids of the crime areas it covers.", "crime_areas", v.slug)
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Capability(_Displayable):
    """A policing capability: expertise, tools or services INTERPOL provides."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the capability.", key=True), validator=v.text)
    description: str = attrs.field(
        metadata=_meta("What it provides, in our own words."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Database(_Named):
    """One of INTERPOL's police databases."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Name of the database.", key=True), validator=v.text)
    holds: str = attrs.field(
        metadata=_meta("What records it holds, in our own words."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    acronym: str | None = attrs.field(
        default=None,
        metadata=_meta("Acronym INTERPOL uses, where it uses one.", key=True),
        validator=v.optional(v.text),
    )
    launched: int | None = attrs.field(
        default=None,
        metadata=_meta("Year it was launched, where a source gives it."),
        validator=v.optional(v.year),
    )
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Notice(_Named):
    """A type of international request for cooperation or alert: a notice or a diffusion."""

    id: str = attrs.field(metadata=_meta("Stable slug, such as 'red'.", key=True), validator=v.slug)
    name: str = attrs.field(
        metadata=_meta("Name, such as 'Red Notice'.", key=True), validator=v.text
    )
    kind: NoticeKind = attrs.field(metadata=_meta("Notice, special notice or diffusion."))
    purpose: str = attrs.field(
        metadata=_meta("What it is for, in our own words."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    colour: str | None = attrs.field(
        default=None,
        metadata=_meta("Colour code of a colour-coded notice; None for the others."),
        validator=v.optional(v.colour),
    )
    introduced: str | None = attrs.field(
        default=None,
        metadata=_meta("When it was introduced, where a source gives it."),
        validator=v.optional(v.partial_date),
    )
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Partner(_Displayable):
    """An organisation or government that funds INTERPOL projects or works with them."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Full name.", key=True), validator=v.text)
    kind: PartnerKind = attrs.field(metadata=_meta("What sort of organisation it is."))
    sources: tuple[str, ...] = _sources()
    acronym: str | None = attrs.field(
        default=None,
        metadata=_meta("Acronym, where it has one.", key=True),
        validator=v.optional(v.text),
    )
    country: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Alpha-2 code of the country it belongs to or is headquartered in, where stated.",
            ref="countries",
        ),
        validator=v.optional(v.alpha_2),
    )
    headquarters: str | None = attrs.field(
        default=None,
        metadata=_meta("City of its headquarters, where stated."),
        validator=v.optional(v.text),
    )
    founded: int | None = attrs.field(
        default=None,
        metadata=_meta("Year it was founded, where a source gives it."),
        validator=v.optional(v.year),
    )
    url: str | None = attrs.field(
        default=None, metadata=_meta("Official web site."), validator=v.optional(v.url)
    )
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Project(_Displayable):
    """An externally funded project, programme or initiative that INTERPOL runs or joins."""

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    name: str = attrs.field(
        metadata=_meta("Name as INTERPOL writes it.", key=True), validator=v.text
    )
    kind: ProjectKind = attrs.field(metadata=_meta("Project, programme or initiative."))
    summary: str = attrs.field(
        metadata=_meta("What it does, in our own words; what the sources say and no more."),
        validator=v.text,
    )
    sources: tuple[str, ...] = _sources()
    acronym: str | None = attrs.field(
        default=None,
        metadata=_meta("Acronym or short name, where it has one.", key=True),
        validator=v.optional(v.text),
    )
    funders: tuple[str, ...] = _refs("Ids of the partners that fund it.", "partners", v.slug)
    partners: tuple[str, ...] = _refs(
        "Ids of the partners that run it with INTERPOL (funders excluded).", "partners", v.slug
    )
    funding_programme: str | None = attrs.field(
        default=None,
        metadata=_meta("The funder's programme that pays for it, where stated."),
        validator=v.optional(v.text),
    )
    regions: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("Geographic regions it covers, as the sources name them."),
        validator=v.each(v.text),
    )
    countries: tuple[str, ...] = _refs(
        "Alpha-2 codes of the member countries it names as targets.", "countries", v.alpha_2
    )
    crime_areas: tuple[str, ...] = _refs(
        "Ids of the crime areas it addresses.", "crime_areas", v.slug
    )
    beneficiary_country_count: int | None = attrs.field(
        default=None,
        metadata=_meta("Number of beneficiary countries, exactly as the sources give it."),
        validator=v.optional(v.non_negative),
    )
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen
class Budget(_Displayable):
    """INTERPOL's total budget for one year."""

    year: int = attrs.field(metadata=_meta("Budget year."), validator=v.year)
    amount_eur: int = attrs.field(metadata=_meta("Total, in euros."), validator=v.non_negative)
    sources: tuple[str, ...] = _sources()
    notes: str | None = _notes()


@attrs.frozen
class SocialAccount(_Displayable):
    """An official account of INTERPOL on a public platform."""

    platform: str = attrs.field(
        metadata=_meta("Platform name, such as 'YouTube'."), validator=v.text
    )
    handle: str = attrs.field(metadata=_meta("Account name on that platform."), validator=v.text)
    sources: tuple[str, ...] = _sources()


@attrs.frozen
class StatedCount(_Displayable):
    """A number the organisation states, checked against the records on every load.

    The loader counts the records of ``collection`` (those whose ``field``
    equals or contains ``equals``, when given) and refuses the dataset when
    the count differs from ``value`` and ``explanation`` is None.
    """

    id: str = attrs.field(metadata=_meta("Stable slug.", key=True), validator=v.slug)
    subject: str = attrs.field(metadata=_meta("What is counted, in words."), validator=v.text)
    value: int = attrs.field(
        metadata=_meta("The number the sources state."), validator=v.non_negative
    )
    sources: tuple[str, ...] = _sources()
    collection: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "Collection whose records are counted; None if the dataset cannot count it."
        ),
        validator=v.optional(v.text),
    )
    field: str | None = attrs.field(
        default=None,
        metadata=_meta("Field that selects the counted records, with equals."),
        validator=v.optional(v.text),
    )
    equals: str | None = attrs.field(
        default=None,
        metadata=_meta("Value of field that the counted records have."),
        validator=v.optional(v.text),
    )
    explanation: str | None = attrs.field(
        default=None,
        metadata=_meta("Why the records differ from the stated number, where they do."),
        validator=v.optional(v.text),
    )


@attrs.frozen
class Organization(_Displayable):
    """INTERPOL itself."""

    id: str = attrs.field(metadata=_meta("Stable slug: 'interpol'.", key=True), validator=v.slug)
    name: str = attrs.field(metadata=_meta("Full name.", key=True), validator=v.text)
    short_name: str = attrs.field(metadata=_meta("Common name.", key=True), validator=v.text)
    kind: str = attrs.field(metadata=_meta("What sort of organisation it is."), validator=v.text)
    mission: str = attrs.field(metadata=_meta("Its mission, in our own words."), validator=v.text)
    headquarters: str = attrs.field(
        metadata=_meta("Id of the office that is its headquarters.", ref="offices"),
        validator=v.slug,
    )
    official_languages: tuple[str, ...] = attrs.field(
        metadata=_meta("ISO 639-1 codes of its official languages.", ref="languages"),
        validator=v.each(v.language_code),
    )
    secure_network: str = attrs.field(
        metadata=_meta("Name of the secure police communications network."), validator=v.text
    )
    sources: tuple[str, ...] = _sources()
    founded: int | None = attrs.field(
        default=None,
        metadata=_meta("Year it was founded, where a source gives it."),
        validator=v.optional(v.year),
    )
    founded_in: str | None = attrs.field(
        default=None,
        metadata=_meta("City where it was founded, where a source gives it."),
        validator=v.optional(v.text),
    )
    constitution_adopted: str | None = attrs.field(
        default=None,
        metadata=_meta("When its Constitution was adopted, where a source gives it."),
        validator=v.optional(v.partial_date),
    )
    funding: str | None = attrs.field(
        default=None,
        metadata=_meta("How it is financed, in our own words."),
        validator=v.optional(v.text),
    )
    budgets: tuple[Budget, ...] = attrs.field(
        default=(), metadata=_meta("Total budget by year, each sourced.")
    )
    website: str | None = attrs.field(
        default=None, metadata=_meta("Official web site."), validator=v.optional(v.url)
    )
    social_accounts: tuple[SocialAccount, ...] = attrs.field(
        default=(), metadata=_meta("Official accounts on public platforms.")
    )
    stated_counts: tuple[StatedCount, ...] = attrs.field(
        default=(), metadata=_meta("Numbers the organisation states, checked against the records.")
    )
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


Record = (
    Body
    | Capability
    | Country
    | CrimeArea
    | Database
    | Language
    | Notice
    | Office
    | Partner
    | Programme
    | Project
    | Source
)
"""Any record that lives in a collection."""
