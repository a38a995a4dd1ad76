"""The :class:`Dataset`: every collection, INTERPOL itself, and the relationships between them.

>>> import interpol_data
>>> ds = interpol_data.dataset()
>>> [p.id for p in ds.projects_funded_by("Republic of Korea")]
['mayag']
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from interpol_data import _membership
from interpol_data import records as r
from interpol_data._references import references
from interpol_data._registry import SCHEMA_VERSION
from interpol_data._text import normalize
from interpol_data.collection import Collection
from interpol_data.errors import NotAMemberError, NotFoundError, UnknownMembershipError
from interpol_data.records import COLLECTION_TYPES
from interpol_data.vocabulary import TerritoryStatus

if TYPE_CHECKING:
    import os
    from pathlib import Path

    import pandas

    from interpol_data._edges import Edge
    from interpol_data._search import SearchResults

__all__ = ["COLLECTION_TYPES", "SCHEMA_VERSION", "Dataset", "count_records"]

T = TypeVar("T")


class Dataset:
    """A validated, immutable INTERPOL dataset.

    Build one with :func:`interpol_data.load` or take the packaged one from
    :func:`interpol_data.dataset`; never construct it from unvalidated data.
    """

    __slots__ = ("_as_of", "_collections", "_organization", "_referrers")

    _as_of: datetime.date
    _organization: r.Organization
    _collections: dict[str, Collection[Any]]
    _referrers: dict[tuple[str, str], tuple[r.Record | r.Organization, ...]] | None

    def __init__(
        self,
        *,
        as_of: datetime.date,
        organization: r.Organization,
        records: Mapping[str, Any],
    ) -> None:
        setter = object.__setattr__
        setter(self, "_as_of", as_of)
        setter(self, "_organization", organization)
        setter(self, "_referrers", None)
        # The country lookup explains a miss on a known non-member or territory.
        absent = {"countries": _membership.absent_places(records.get("territories", ()))}
        setter(
            self,
            "_collections",
            {
                # A collection already built (the packaged ones, loaded one by
                # one on first use) joins the dataset as it is: the dataset
                # shares it, and its filters resolve text through the dataset.
                name: found._joining(self._resolve_id, absent.get(name))
                if isinstance(found := records[name], Collection)
                else Collection(name, record_type, found, self._resolve_id, absent=absent.get(name))
                for name, record_type in COLLECTION_TYPES.items()
            },
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Dataset cannot be changed")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a Dataset cannot be changed")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return (
            self._as_of == other._as_of
            and self._organization == other._organization
            and self._collections == other._collections
        )

    def __hash__(self) -> int:
        return hash((self._as_of, self._organization))

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(c)}" for name, c in self._collections.items())
        return f"<Dataset as of {self._as_of.isoformat()}: {counts}>"

    def _repr_html_(self) -> str:
        from interpol_data._display import dataset_html  # noqa: PLC0415

        return dataset_html(self)

    @property
    def as_of(self) -> datetime.date:
        """The date through which the facts were checked against sources (not a build date).

        No source is newer (the loader checks this); anything decided later,
        such as at the 94th General Assembly session in November 2026, is not
        in the data. History queries refuse dates after it.
        """
        return self._as_of

    @property
    def organization(self) -> r.Organization:
        """INTERPOL itself."""
        return self._organization

    @property
    def collections(self) -> Mapping[str, Collection[r.Record]]:
        """Every collection by name, in export order (a read-only view)."""
        return _ReadOnly(self._collections)

    def collection(self, name: str) -> Collection[r.Record]:
        """The collection called ``name``.

        Raises:
            KeyError: no collection has that name.
        """
        try:
            return self._collections[name]
        except KeyError:
            raise KeyError(
                f"no collection {name!r}; collections: {', '.join(self._collections)}"
            ) from None

    @property
    def countries(self) -> Collection[r.Country]:
        """The member countries, by ISO 3166-1 alpha-2 code."""
        return self._collections["countries"]

    @property
    def offices(self) -> Collection[r.Office]:
        """Headquarters, the complex, regional bureaus, representative offices, CCC sites."""
        return self._collections["offices"]

    @property
    def bodies(self) -> Collection[r.Body]:
        """The statutory bodies and their office holders."""
        return self._collections["bodies"]

    @property
    def programmes(self) -> Collection[r.Programme]:
        """The global crime-fighting programmes."""
        return self._collections["programmes"]

    @property
    def crime_areas(self) -> Collection[r.CrimeArea]:
        """The crime areas INTERPOL names."""
        return self._collections["crime_areas"]

    @property
    def capabilities(self) -> Collection[r.Capability]:
        """The policing capabilities."""
        return self._collections["capabilities"]

    @property
    def databases(self) -> Collection[r.Database]:
        """The police databases that sources name."""
        return self._collections["databases"]

    @property
    def notices(self) -> Collection[r.Notice]:
        """Notice types and diffusions."""
        return self._collections["notices"]

    @property
    def projects(self) -> Collection[r.Project]:
        """Externally funded projects, programmes and initiatives."""
        return self._collections["projects"]

    @property
    def partners(self) -> Collection[r.Partner]:
        """Funders and partner organisations."""
        return self._collections["partners"]

    @property
    def languages(self) -> Collection[r.Language]:
        """The official languages."""
        return self._collections["languages"]

    @property
    def sources(self) -> Collection[r.Source]:
        """The documents the facts come from."""
        return self._collections["sources"]

    @property
    def assemblies(self) -> Collection[r.Assembly]:
        """General Assembly sessions, held and scheduled, by id ('ga-93')."""
        return self._collections["assemblies"]

    @property
    def terms(self) -> Collection[r.Term]:
        """Terms of office of Presidents and Secretaries General."""
        return self._collections["terms"]

    @property
    def memberships(self) -> Collection[r.MembershipEvent]:
        """Membership events: admissions, successions, seat transfers, refused applications."""
        return self._collections["memberships"]

    @property
    def territories(self) -> Collection[r.Territory]:
        """Non-member states and territories, and the member NCB that serves each territory."""
        return self._collections["territories"]

    # History ---------------------------------------------------------------

    def _membership_on(self, on: object) -> tuple[datetime.date, list[r.Country], list[r.Country]]:
        day = _membership.parse_on(on)
        members, uncertain = _membership.membership_on(
            day, tuple(self.countries), tuple(self.memberships), self._organization.founded
        )
        return day, members, uncertain

    def members_on(self, on: datetime.date | str, *, strict: bool = True) -> tuple[r.Country, ...]:
        """The member countries on the date ``on`` (a date or text 'YYYY-MM-DD').

        Exact wherever the data can know: a member counts from its recorded
        accession (an admission event, else its ``joined`` year). Former members
        that are not member countries today (the USSR, the Netherlands Antilles)
        are not counted. On a date where some member's accession is unknown, or
        known only to a year or month that contains the date, the answer is not
        certain: ``strict`` (the default) raises, otherwise only the certain
        members are returned and :meth:`uncertain_members_on` lists the others.

        >>> import interpol_data
        >>> len(interpol_data.dataset().members_on("2018-12-01"))
        194

        Raises:
            UnknownMembershipError: (strict only) some membership on that date is
                unknown, or the date lies after :attr:`as_of`; ``uncertain``
                lists the countries concerned.
            TypeError, ValueError: ``on`` is not a date.
        """
        day, members, uncertain = self._membership_on(on)
        if strict and day > self._as_of:
            raise UnknownMembershipError(
                day,
                (),
                f"the data holds membership facts through {self._as_of.isoformat()}; "
                f"it cannot tell who was a member on {day.isoformat()}",
            )
        if strict and uncertain:
            names = ", ".join(c.id for c in uncertain[:10]) + ("…" if len(uncertain) > 10 else "")
            raise UnknownMembershipError(
                day,
                (c.id for c in uncertain),
                f"the sources do not say whether {len(uncertain)} member countries ({names}) "
                f"were members on {day.isoformat()}; pass strict=False for the {len(members)} "
                "certain members, and see uncertain_members_on()",
            )
        return tuple(members)

    def uncertain_members_on(self, on: datetime.date | str) -> tuple[r.Country, ...]:
        """The member countries whose membership on ``on`` the data cannot settle."""
        return tuple(self._membership_on(on)[2])

    def membership_panel(self) -> tuple[r.MembershipYear, ...]:
        """The country-year membership table: one row per member country and year.

        Years run from INTERPOL's founding to the year of :attr:`as_of`; a row's
        status is the country's standing at the end of that year (at the as-of
        date for the last year): member, not a member, or unknown.
        """
        founded = self._organization.founded or 1923
        return _membership.panel(
            tuple(self.countries), tuple(self.memberships), founded, self._as_of
        )

    def membership_panel_to_csv(self, path: str | os.PathLike[str]) -> Path:
        """Write :meth:`membership_panel` as CSV (country, year, status) to ``path``; return it.

        The file follows the rules of every CSV export (:mod:`interpol_data.formats.csv`):
        written atomically, guarded against spreadsheet formulas.

        Raises:
            OSError: ``path`` cannot be written, or is a folder, device or FIFO.
        """
        from pathlib import Path  # noqa: PLC0415 - pathlib costs the first use milliseconds

        from interpol_data.formats import csv  # noqa: PLC0415

        csv.write_panel(
            path, ((r.country, r.year, r.status.value) for r in self.membership_panel())
        )
        return Path(path)

    def membership_panel_to_pandas(self) -> Any:
        """:meth:`membership_panel` as a pandas DataFrame (needs the ``pandas`` extra).

        Columns: ``country`` (string), ``year`` (nullable integer) and ``status``
        (a categorical of member, not-member, unknown).
        """
        import pandas  # noqa: PLC0415

        from interpol_data.vocabulary import MembershipStatus  # noqa: PLC0415

        rows = self.membership_panel()
        return pandas.DataFrame(
            {
                "country": pandas.array([row.country for row in rows], dtype="string"),
                "year": pandas.array([row.year for row in rows], dtype="Int64"),
                "status": pandas.Categorical(
                    [row.status.value for row in rows],
                    categories=[status.value for status in MembershipStatus],
                ),
            }
        )

    def _office_terms(self) -> dict[str, list[r.Term]]:
        """Terms by normalised office: the recorded history, plus current Executive
        Committee seats that only the bodies' office holders record."""
        by_office: dict[str, list[r.Term]] = {}
        for term in self.terms:
            by_office.setdefault(normalize(term.office), []).append(term)
        for body in self.bodies:
            for position, held in enumerate(body.holders):
                office = normalize(held.role)
                if office in by_office and any(t.person == held.name for t in by_office[office]):
                    continue
                by_office.setdefault(office, []).append(
                    r.Term(
                        id=f"{body.id}-{position}",
                        office=held.role,
                        person=held.name,
                        start=held.since or held.as_of,
                        sources=held.sources,
                        country=held.country,
                        notes=None
                        if held.since
                        else "Start unknown: the date the sources hold it for.",
                    )
                )
        for terms in by_office.values():
            terms.sort(key=lambda t: (_membership.span(t.start).earliest, t.id))
        return by_office

    def _terms_for(self, office: str) -> list[r.Term]:
        if not isinstance(office, str):
            raise TypeError(f"office must be text such as 'President', not {type(office).__name__}")
        by_office = self._office_terms()
        found = by_office.get(normalize(office))
        if found is None:
            import difflib  # noqa: PLC0415

            names = {normalize(t.office): t.office for terms in by_office.values() for t in terms}
            close = difflib.get_close_matches(normalize(office), list(names), n=3, cutoff=0.5)
            raise NotFoundError("offices held", office, [names[key] for key in close])
        return found

    def terms_of(self, office: str) -> tuple[r.Term, ...]:
        """Every recorded term of ``office`` ('President', 'Secretary General', …), earliest first.

        Raises:
            NotFoundError: no term of that office is recorded; suggests close office names.
        """
        return tuple(self._terms_for(office))

    def holder(self, office: str, on: datetime.date | str | None = None) -> r.Term | None:
        """The term of ``office`` in force on ``on`` (default: :attr:`as_of`), or None.

        On a handover day the incoming holder's term is returned. None means
        no term before ``on`` is recorded (for the Secretary General, the post
        dates from 1932); a date in a gap of the recorded history raises.

        >>> import interpol_data
        >>> interpol_data.dataset().holder("President", on="2017-06-01").person
        'Meng Hongwei'

        Raises:
            NotFoundError: the office is unknown (with close office names).
            ValueError: ``on`` lies after :attr:`as_of` (the data cannot know).
            UncertainAnswerError: a handover near ``on`` is dated only to a year or
                month, or ``on`` falls in a gap between recorded terms.
        """
        terms = self._terms_for(office)
        day = self._as_of if on is None else _membership.parse_on(on)
        if day > self._as_of:
            raise ValueError(
                f"the data holds office holders through {self._as_of.isoformat()}; "
                f"it cannot tell who held {office!r} on {day.isoformat()}"
            )
        return _membership.covering_term(terms, day, self._as_of)

    def ncb_for(self, place: r.Country | r.Territory | str) -> r.Country:
        """The member country whose National Central Bureau covers ``place``.

        A member country covers itself; a territory (Hong Kong, Puerto Rico,
        Bermuda…) is covered by the member that serves it.

        >>> import interpol_data
        >>> interpol_data.dataset().ncb_for("Hong Kong").id
        'CN'

        Raises:
            NotAMemberError: ``place`` is a non-member (Taiwan, North Korea…).
            NotFoundError: nothing matches ``place``.
        """
        if isinstance(place, r.Country):
            return self.countries[place.id]
        if isinstance(place, str):
            country = self.countries.get(place)
            if country is not None:
                return country
            try:
                return self.countries.lookup(place)
            except NotAMemberError:
                place = self.territories.get(place) or self.territories.lookup(place)
        if not isinstance(place, r.Territory):
            raise TypeError(
                f"expected a Country, a Territory or a name, not {type(place).__name__}"
            )
        territory = self.territories[place.id]
        if territory.status is TerritoryStatus.NON_MEMBER or territory.served_by is None:
            raise NotAMemberError("countries", territory.name, territory.summary)
        return self.countries[territory.served_by]

    def __reduce__(self) -> tuple[object, ...]:
        records = {name: tuple(c) for name, c in self._collections.items()}
        return (_rebuild, (self._as_of, self._organization, records))

    # Relationships ---------------------------------------------------------

    def _resolve_id(self, collection: str, text: str) -> str:
        """The id of the record of ``collection`` that ``text`` names (for filters)."""
        found = self._resolve(self._collections[collection], text)
        return str(found.id)

    def _resolve(self, collection: Collection[T], item: T | str) -> T:
        if isinstance(item, str):
            found = collection.get(item)
            return found if found is not None else collection.lookup(item)
        if isinstance(item, collection.record_type):
            return collection[str(item.id)]  # type: ignore[attr-defined]
        raise TypeError(
            f"expected a {collection.record_type.__name__}, an id or a name, "
            f"not {type(item).__name__}"
        )

    def projects_funded_by(self, partner: r.Partner | str) -> tuple[r.Project, ...]:
        """Projects that ``partner`` (a record, id or name) funds.

        Raises:
            NotFoundError: no partner matches the text.
        """
        found = self._resolve(self.partners, partner)
        return self.projects.filter(funders=found.id)

    def projects_with_partner(self, partner: r.Partner | str) -> tuple[r.Project, ...]:
        """Projects that ``partner`` runs with INTERPOL (as a partner, not a funder)."""
        found = self._resolve(self.partners, partner)
        return self.projects.filter(partners=found.id)

    def projects_in(self, country: r.Country | str) -> tuple[r.Project, ...]:
        """Projects that name ``country`` among their target countries."""
        found = self._resolve(self.countries, country)
        return self.projects.filter(countries=found.id)

    def projects_on(self, crime_area: r.CrimeArea | str) -> tuple[r.Project, ...]:
        """Projects that address ``crime_area``."""
        found = self._resolve(self.crime_areas, crime_area)
        return self.projects.filter(crime_areas=found.id)

    def projects_in_region(self, region: str) -> tuple[r.Project, ...]:
        """Projects whose regions include ``region`` (case and accent insensitive)."""
        wanted = normalize(region)
        return tuple(
            project
            for project in self.projects
            if any(normalize(name) == wanted for name in project.regions)
        )

    def funders_of(self, project: r.Project | str) -> tuple[r.Partner, ...]:
        """The partners that fund ``project``."""
        found = self._resolve(self.projects, project)
        return tuple(self.partners[partner_id] for partner_id in found.funders)

    def partners_of(self, project: r.Project | str) -> tuple[r.Partner, ...]:
        """The partners that run ``project`` with INTERPOL (funders excluded)."""
        found = self._resolve(self.projects, project)
        return tuple(self.partners[partner_id] for partner_id in found.partners)

    def offices_in(self, country: r.Country | str) -> tuple[r.Office, ...]:
        """The INTERPOL offices located in ``country``."""
        found = self._resolve(self.countries, country)
        return self.offices.filter(country=found.id)

    def regional_bureau_in(self, country: r.Country | str) -> r.Office | None:
        """The regional bureau located in ``country``, or None if it has none."""
        found = self._resolve(self.countries, country)
        bureaus = self.offices.filter(country=found.id, kind="regional-bureau")
        return bureaus[0] if bureaus else None

    def cited_by(self, source: r.Source | str) -> tuple[r.Record | r.Organization, ...]:
        """Every record that cites ``source`` (INTERPOL itself included)."""
        found = self._resolve(self.sources, source)
        return self.referrers(found)

    def edges(self) -> tuple[Edge, ...]:
        """Every reference between records, as edges (INTERPOL itself included)."""
        return tuple(self._edges())

    def _edges(self) -> Iterator[Edge]:
        from interpol_data._edges import Edge  # noqa: PLC0415 - created on first use

        owners: list[tuple[str, Any]] = [("organization", self._organization)]
        owners += [(name, record) for name, c in self._collections.items() for record in c]
        for owner_name, record in owners:
            for ref in references(record):
                yield Edge(owner_name, record.id, ref.field, ref.target, ref.id)

    def referrers(self, record: r.Record) -> tuple[r.Record | r.Organization, ...]:
        """Every record that refers to ``record`` by id, in collection order."""
        target = self._collection_of(record)
        return self._referrer_index().get((target, record.id), ())

    def _referrer_index(self) -> dict[tuple[str, str], tuple[r.Record | r.Organization, ...]]:
        """(collection, id) to the records that refer to it, built on first use.

        Two threads may both build it, with equal results: no lock is needed.
        """
        index = self._referrers
        if index is None:
            found: dict[tuple[str, str], dict[tuple[str, str], r.Record | r.Organization]] = {}
            for edge in self._edges():
                owners = found.setdefault((edge.target_collection, edge.target_id), {})
                key = (edge.source_collection, edge.source_id)
                if key not in owners:
                    owners[key] = (
                        self._organization
                        if edge.source_collection == "organization"
                        else self._collections[edge.source_collection][edge.source_id]
                    )
            index = {key: tuple(owners.values()) for key, owners in found.items()}
            object.__setattr__(self, "_referrers", index)
        return index

    def _collection_of(self, record: Any) -> str:
        for name, record_type in COLLECTION_TYPES.items():
            if isinstance(record, record_type):
                return name
        raise TypeError(f"not a record of any collection: {type(record).__name__}")

    def count_checks(self) -> tuple[tuple[r.StatedCount, int | None], ...]:
        """Each number INTERPOL states, with how many records the dataset holds for it.

        The count is None where the number is not a count of one collection
        (the stated count's ``explanation`` says how it is checked instead).
        """
        return tuple(
            (
                stated,
                None
                if stated.collection is None
                else count_records(self.collection(stated.collection), stated),
            )
            for stated in self._organization.stated_counts
        )

    # Exports ---------------------------------------------------------------

    def to_mapping(self) -> dict[str, Any]:
        """The whole dataset as plain JSON-ready data, in the shape :func:`load` reads."""
        from interpol_data.formats import json  # noqa: PLC0415 - formats load on first export

        return json.to_mapping(self)

    def search(
        self,
        text: str,
        collections: Iterable[str] | str | None = None,
        limit: int | None = None,
    ) -> SearchResults:
        """Full-text search over names, aliases, names in every language, descriptions and notes.

        Hits come best first, each naming its collection. ``collections``
        limits the search to the named ones; sources are searched only when
        named. A result shows as a table in Jupyter.

        >>> import interpol_data
        >>> interpol_data.dataset().search("missing person")[0].id
        'yellow'

        Raises:
            TypeError: ``text`` is not a string.
            KeyError: a name in ``collections`` is not a collection.
        """
        from interpol_data._search import search_collections  # noqa: PLC0415

        return search_collections(self._collections, text, collections, limit)

    def to_json(self, path: str | os.PathLike[str] | None = None) -> str:
        """The whole dataset as deterministic JSON text; also written to ``path`` if given.

        Raises:
            OSError: ``path`` cannot be written, or is a folder, device or FIFO.
        """
        from interpol_data.formats import json  # noqa: PLC0415

        return json.to_json(self, path)

    def to_csv(self, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
        """Write one CSV per collection and ``datapackage.json`` into ``directory`` at once.

        See :func:`interpol_data.formats.csv.to_csv`; returns the written paths,
        ``dataset.csv`` first.
        """
        from interpol_data.formats import csv  # noqa: PLC0415

        return csv.to_csv(self, directory)

    def to_geojson(self, path: str | os.PathLike[str] | None = None) -> str:
        """The offices with coordinates as a GeoJSON FeatureCollection."""
        from interpol_data.formats import geojson  # noqa: PLC0415

        return geojson.to_geojson(self, path)

    def to_pandas(
        self,
        name: str,
        *,
        tuples: Literal["list", "text"] = "list",
        names: bool = False,
    ) -> pandas.DataFrame:
        """The collection ``name`` as a typed DataFrame indexed by id (needs pandas).

        Nested records become ``field.subfield`` columns, whole numbers ``Int64``,
        enums ``category``; tuples are lists, or text joined with ``"; "`` when
        ``tuples="text"``; with ``names=True`` references show the names of the
        records they point to instead of their ids.

        Raises:
            KeyError: no collection has that name.
            ImportError: pandas is not installed.
        """
        from interpol_data.formats import pandas  # noqa: PLC0415

        collection = self.collection(name)
        return pandas.to_pandas(
            collection,
            collection.record_type,
            tuples=tuples,
            resolve=self._name_of if names else None,
        )

    def _name_of(self, collection: str, record_id: str) -> str:
        record = self.collection(collection).get(record_id)
        if record is None:
            return record_id
        return str(getattr(record, "name", None) or getattr(record, "title", record_id))

    def to_sqlite(self, path: str | os.PathLike[str]) -> Path:
        """Write the dataset as a SQLite database (tables, join tables, views); return its path.

        Raises:
            OSError: ``path`` is not a regular file, its folder is missing, or it
                cannot be written; the message names ``path``.
        """
        from interpol_data.formats.sqlite import to_sqlite  # noqa: PLC0415

        return to_sqlite(self, path)


def _rebuild(
    as_of: datetime.date, organization: r.Organization, records: Mapping[str, Any]
) -> Dataset:
    return Dataset(as_of=as_of, organization=organization, records=records)


def count_records(found: Iterable[Any], stated: r.StatedCount) -> int:
    """How many records of ``found`` a stated count covers."""
    if stated.field is None:
        return sum(1 for _record in found)
    total = 0
    for record in found:
        value = getattr(record, stated.field, None)
        if (isinstance(value, tuple) and stated.equals in value) or value == stated.equals:
            total += 1
    return total


class _ReadOnly(Mapping[str, Collection[Any]]):
    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Collection[Any]]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Collection[Any]:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)
