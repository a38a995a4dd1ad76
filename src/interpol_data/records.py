"""The record types: frozen, slotted attrs classes that hold data and nothing else.

Each field is declared once, with a function from ``_fields`` that states its
kind, its check, whether it is a key or refers to another collection, and its
documentation; the loader, the JSON Schema, CSV and the data dictionary read
the plan computed from these declarations. Building or evolving a record with
a value its field refuses raises :class:`~interpol_data.InvalidValueError`.

>>> from interpol_data.records import Language
>>> Language(id="fr", name="French", sources=("002_e7bd4a5ba40e9a31.txt",)).name
'French'
"""

import operator
from collections.abc import Callable
from typing import Any

import attrs

from interpol_data import _fields as f
from interpol_data import _validators as v
from interpol_data._names import Names
from interpol_data._registry import COLLECTIONS
from interpol_data.vocabulary import (
    BodyKind,
    MembershipEventKind,
    MembershipStatus,
    NoticeKind,
    OfficeKind,
    OfficeStatus,
    PartnerKind,
    ProjectKind,
    Region,
    SessionStatus,
    SourceKind,
    TermBasis,
    TerritoryStatus,
    UnIntermediateRegion,
    UnRegion,
    UnSubregion,
)

__all__ = [
    "COLLECTION_TYPES",
    "Assembly",
    "Body",
    "Budget",
    "Capability",
    "Coordinates",
    "Country",
    "CrimeArea",
    "Database",
    "Language",
    "LocalizedName",
    "MembershipEvent",
    "MembershipYear",
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
    "Term",
    "Territory",
]


class _Displayable:
    """Gives records their repr, equality, hash and an HTML table in Jupyter; holds no data.

    The record classes ask attrs for ``repr=False, eq=False`` and inherit these
    three methods instead: written once here, they behave as attrs' own, and
    they spare attrs generating and compiling them for every class, more than
    half the cost of creating the classes on the first lookup.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in _field_names(self.__class__)
        )
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _field_values(self.__class__)
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash((self.__class__, _field_values(self.__class__)(self)))

    def _repr_html_(self) -> str:
        from interpol_data._display import record_html  # noqa: PLC0415

        return record_html(self)


_NAMES: dict[type[Any], tuple[str, ...]] = {}
_GETTERS: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {}


def _field_names(record_type: type[Any]) -> tuple[str, ...]:
    found = _NAMES.get(record_type)
    if found is None:
        found = _NAMES[record_type] = tuple(field.name for field in attrs.fields(record_type))
    return found


def _field_values(record_type: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving a record's field values as a tuple, in field order."""
    found = _GETTERS.get(record_type)
    if found is None:
        # The class as a last item: attrgetter returns a tuple only for two names or more.
        getter = operator.attrgetter(*_field_names(record_type), "__class__")
        found = _GETTERS[record_type] = getter
    return found


_NOTES_DOC = "Oddities, disagreements between sources and gaps, in plain words; None if none."
_ALIASES_DOC = "Other names people use for it (former names, short forms, other spellings)."


def _notes() -> Any:
    return f.text(_NOTES_DOC, optional=True, multiline=True)


def _aliases() -> Any:
    return f.texts(_ALIASES_DOC, key=True)


@attrs.frozen(repr=False, eq=False)
class LocalizedName(_Displayable):
    """A record's name in one language, such as ("fr", "Allemagne")."""

    language: str = f.code("BCP 47 language tag, such as 'fr' or 'sr-Latn'.", v.LANGUAGE_TAG)
    name: str = f.text("The name in that language.")


_LOCALIZED_NAMES_DOC = (
    "Its names by language (BCP 47 tag): INTERPOL's four languages and, for a country, "
    "its own official languages; read them as the mapping ``names``."
)


def _localized_names() -> Any:
    return f.localized_names(LocalizedName, _LOCALIZED_NAMES_DOC)


class _Named(_Displayable):
    """Gives named records a ``names`` mapping; holds no data.

    The mapping comes from ``localized_names`` where a record has them, else
    it holds the English name alone.
    """

    __slots__ = ()

    @property
    def names(self) -> Names:
        """Names by language tag, such as ``names["fr"]``; "en" falls back to ``name``."""
        pairs = tuple((item.language, item.name) for item in getattr(self, "localized_names", ()))
        return Names((*pairs, ("en", getattr(self, "name", ""))))


@attrs.frozen(repr=False, eq=False)
class Source(_Displayable):
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
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Language(_Named):
    """One of INTERPOL's official languages."""

    id: str = f.identifier("ISO 639-1 code, such as 'fr'.", v.LANGUAGE_CODE)
    name: str = f.text("English name.", key=True, unique=True)
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class NationalCentralBureau(_Displayable):
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


@attrs.frozen(repr=False, eq=False)
class Country(_Named):
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
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = f.texts(_ALIASES_DOC, key=True, unique=True)
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Coordinates(_Displayable):
    """A point in WGS 84 degrees."""

    latitude: float = f.number("Degrees north (negative: south).", -90, 90)
    longitude: float = f.number("Degrees east (negative: west).", -180, 180)


@attrs.frozen(repr=False, eq=False)
class Office(_Named):
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
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class OfficeHolder(_Displayable):
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


@attrs.frozen(repr=False, eq=False)
class Body(_Named):
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
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class CrimeArea(_Named):
    """An area of crime INTERPOL names as a focus of its work."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the crime area.", key=True, unique=True)
    description: str = f.text("What it covers, in our own words.")
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Programme(_Named):
    """One of INTERPOL's global crime-fighting programmes."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the programme.", key=True, unique=True)
    aim: str = f.text("What it sets out to do, in our own words.")
    sources: tuple[str, ...] = f.sources()
    crime_areas: tuple[str, ...] = f.references(
        "crime_areas", "Ids of the crime areas it covers.", v.SLUG
    )
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Capability(_Named):
    """A policing capability: expertise, tools or services INTERPOL provides."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the capability.", key=True, unique=True)
    description: str = f.text("What it provides, in our own words.")
    sources: tuple[str, ...] = f.sources()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Database(_Named):
    """One of INTERPOL's police databases."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Name of the database.", key=True, unique=True)
    holds: str = f.text("What records it holds, in our own words.")
    sources: tuple[str, ...] = f.sources()
    acronym: str | None = f.text(
        "Acronym INTERPOL uses, where it uses one.", optional=True, key=True
    )
    launched: int | None = f.year("Year it was launched, where a source gives it.")
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Notice(_Named):
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
    localized_names: tuple[LocalizedName, ...] = _localized_names()
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Partner(_Named):
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
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Project(_Named):
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
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Budget(_Displayable):
    """INTERPOL's total budget for one year."""

    year: int = f.year("Budget year.", optional=False)
    amount_eur: int = f.count("Total, in euros.", optional=False)
    sources: tuple[str, ...] = f.sources()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class SocialAccount(_Displayable):
    """An official account of INTERPOL on a public platform."""

    platform: str = f.text("Platform name, such as 'YouTube'.")
    handle: str = f.text("Account name on that platform.")
    sources: tuple[str, ...] = f.sources()


@attrs.frozen(repr=False, eq=False)
class StatedCount(_Displayable):
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


@attrs.frozen(repr=False, eq=False)
class Organization(_Displayable):
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
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Assembly(_Displayable):
    """One session of the General Assembly: where and when it met, or is to meet."""

    id: str = f.identifier("Stable slug: 'ga-' and the session number, such as 'ga-93'.")
    number: int = f.count("Ordinal of the session, such as 93.", optional=False)
    year: int = f.year("Year of the session.", optional=False)
    city: str = f.text("Host city, in English.")
    country: str = f.reference("countries", "Alpha-2 code of the host member country.", v.ALPHA_2)
    status: SessionStatus = f.choice(
        SessionStatus, "Held, or scheduled (announced, not known to have met by the as-of date)."
    )
    sources: tuple[str, ...] = f.sources()
    opened: str | None = f.date("First day, where a source gives it.")
    closed: str | None = f.date("Last day, where a source gives it.")
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Term(_Displayable):
    """One person's term in one office: President, Secretary General or another seat."""

    id: str = f.identifier("Stable slug: office, holder and first year.")
    office: str = f.text("The office, such as 'President' or 'Secretary General'.")
    person: str = f.text("Name of the holder.")
    start: str = f.date("When the term began (YYYY, YYYY-MM or YYYY-MM-DD).", optional=False)
    sources: tuple[str, ...] = f.sources()
    end: str | None = f.date(
        "When the term ended; None while the holder is in office at the as-of date."
    )
    country: str | None = f.reference(
        "countries",
        "Alpha-2 code of the holder's nationality, where stated.",
        v.ALPHA_2,
        optional=True,
    )
    basis: TermBasis | None = f.choice(
        TermBasis,
        "Elected, appointed, or acting (holding the office without election); None where "
        "the sources do not say.",
        optional=True,
        required=False,
    )
    elected_at: str | None = f.reference(
        "assemblies",
        "Id of the General Assembly session that elected or appointed the holder.",
        v.SLUG,
        optional=True,
    )
    notes: str | None = _notes()

    @property
    def acting(self) -> bool:
        """True when the holder acted in the office without being elected or appointed to it."""
        return self.basis is TermBasis.ACTING


@attrs.frozen(repr=False, eq=False)
class MembershipEvent(_Displayable):
    """Something that changed INTERPOL's membership: an admission, a succession, a refusal."""

    id: str = f.identifier("Stable slug.")
    kind: MembershipEventKind = f.choice(MembershipEventKind, "What happened.")
    date: str = f.date("When it happened (YYYY, YYYY-MM or YYYY-MM-DD).", optional=False)
    party: str = f.text("The state or territory concerned, as named at the time.")
    sources: tuple[str, ...] = f.sources()
    country: str | None = f.reference(
        "countries",
        "Alpha-2 code of the member country it concerns today, if any.",
        v.ALPHA_2,
        optional=True,
    )
    territory: str | None = f.reference(
        "territories",
        "Id of the territory record it concerns, for a non-member.",
        v.SLUG,
        optional=True,
    )
    successors: tuple[str, ...] = f.references(
        "countries",
        "Alpha-2 codes of the members that took over (succession, seat transfer).",
        v.ALPHA_2,
    )
    session: str | None = f.reference(
        "assemblies",
        "Id of the General Assembly session that decided it.",
        v.SLUG,
        optional=True,
    )
    total: int | None = f.count("Number of member countries INTERPOL stated right after it.")
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class Territory(_Displayable):
    """A place that is not a member country: a non-member state, or a territory a member serves."""

    id: str = f.identifier("Stable slug.")
    name: str = f.text("Common English name.", key=True, unique=True)
    status: TerritoryStatus = f.choice(TerritoryStatus, "Non-member, or how a member serves it.")
    summary: str = f.text("Why it is not a member, or how it is served, in our own words.")
    sources: tuple[str, ...] = f.sources()
    code: str | None = f.code(
        "ISO 3166-1 alpha-2 code, where ISO assigns one.", v.ALPHA_2, optional=True, key=True
    )
    served_by: str | None = f.reference(
        "countries",
        "Alpha-2 code of the member whose National Central Bureau serves it.",
        v.ALPHA_2,
        optional=True,
    )
    aliases: tuple[str, ...] = _aliases()
    notes: str | None = _notes()


@attrs.frozen(repr=False, eq=False)
class MembershipYear(_Displayable):
    """One row of the country-year membership panel (computed, not stored)."""

    country: str = f.reference("countries", "Alpha-2 code of the member country.", v.ALPHA_2)
    year: int = f.year("Calendar year.", optional=False)
    status: MembershipStatus = f.choice(
        MembershipStatus,
        "Member at the end of the year (or at the as-of date), not a member, or unknown.",
    )


Record = (
    Assembly
    | Body
    | Capability
    | Country
    | CrimeArea
    | Database
    | Language
    | MembershipEvent
    | Notice
    | Office
    | Partner
    | Programme
    | Project
    | Source
    | Term
    | Territory
)
"""Any record that lives in a collection."""


COLLECTION_TYPES: dict[str, type[Record]] = {
    name: globals()[class_name] for name, class_name in COLLECTIONS.items()
}
"""Every collection's name and record type, in export order."""
