"""Collections of records and their lookup indexes.

A :class:`Collection` is an immutable, ordered (by id) sequence of records with
lookups that forgive case, accents and punctuation.

>>> import interpol_data
>>> interpol_data.countries.lookup("côte d'ivoire").id
'CI'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from interpol_data._fields import FieldPlan, plan
from interpol_data._text import compact, normalize
from interpol_data.errors import AmbiguousLookupError, NotAMemberError, NotFoundError

if TYPE_CHECKING:
    import pandas

__all__ = ["Collection", "Records"]

R = TypeVar("R")
D = TypeVar("D")

_SUGGESTION_COUNT = 3
_SUGGESTION_CUTOFF = 0.6
_CLOSE_SPELLING = 0.75


class _Rank(enum.IntEnum):
    """How well a key matches a search text; lower is better."""

    EXACT = 0
    PREFIX = 1
    WORD = 2
    SUBSTRING = 3
    CLOSE = 4


def _key_values(record: Any) -> list[str]:
    """The texts that find ``record``: its id, and every field marked as a key."""
    values: list[str] = []
    for name in plan(type(record)).keys:
        value = getattr(record, name)
        if isinstance(value, str):
            values.append(value)
        elif isinstance(value, tuple):
            values.extend(item for item in value if isinstance(item, str))
    return values


class _Index(Generic[R]):
    """Lookup tables built once, on a collection's first lookup or search."""

    __slots__ = ("by_compact_key", "by_key", "keys")

    def __init__(
        self,
        by_key: dict[str, tuple[R, ...]],
        by_compact_key: dict[str, tuple[R, ...]],
        keys: tuple[tuple[str, str, R], ...],  # (normalised key, original spelling, record)
    ) -> None:
        self.by_key = by_key
        self.by_compact_key = by_compact_key
        self.keys = keys


def _build_index(records: tuple[R, ...]) -> _Index[R]:
    by_key: dict[str, list[R]] = {}
    by_compact: dict[str, list[R]] = {}
    keys: list[tuple[str, str, R]] = []
    for record in records:
        for original in _key_values(record):
            key = normalize(original)
            if not key:
                continue
            for table, table_key in ((by_key, key), (by_compact, compact(key))):
                bucket = table.setdefault(table_key, [])
                if not any(existing is record for existing in bucket):
                    bucket.append(record)
            keys.append((key, original, record))
    return _Index(
        by_key={key: tuple(found) for key, found in by_key.items()},
        by_compact_key={key: tuple(found) for key, found in by_compact.items()},
        keys=tuple(keys),
    )


def _record_id(record: Any) -> str:
    return str(record.id)


class Records(tuple[R, ...]):
    """A tuple of records (filter and search results) that Jupyter shows as a table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from interpol_data.display import records_html  # noqa: PLC0415

        return records_html(self)


class Collection(Generic[R]):
    """An immutable collection of records of one type, ordered by id.

    Supports ``len``, iteration, ``in`` (an id or a record), ``c[id]``,
    :meth:`get`, :meth:`lookup`, :meth:`search` and :meth:`filter`.
    """

    __slots__ = (
        "_absent",
        "_by_field",
        "_by_folded_id",
        "_by_id",
        "_fields",
        "_index",
        "_name",
        "_records",
        "_resolver",
        "_type",
    )

    _name: str
    _type: type[R]
    _records: tuple[R, ...]
    _by_id: dict[str, R]
    _by_folded_id: dict[str, R]
    _fields: frozenset[str]
    _index: _Index[R] | None
    _absent: Absent
    _by_field: dict[str, dict[object, tuple[R, ...]]]  # filter indexes, built on first use
    _resolver: Resolver | None

    def __init__(
        self,
        name: str,
        record_type: type[R],
        records: Iterable[R],
        resolver: Resolver | None = None,
        *,
        absent: Absent | None = None,
    ) -> None:
        """``absent`` maps names of places known NOT to be in the collection (normalised
        with :func:`interpol_data._text.normalize`) to why, and to suggestions;
        :meth:`lookup` explains such a miss instead of suggesting look-alikes. It may
        be a function giving that mapping, called on the first miss."""
        ordered = tuple(sorted(records, key=_record_id))
        by_id = {_record_id(record): record for record in ordered}
        if len(by_id) != len(ordered):
            raise ValueError(f"{name}: record ids are not unique")
        setter = object.__setattr__
        setter(self, "_name", name)
        setter(self, "_type", record_type)
        setter(self, "_records", ordered)
        setter(self, "_by_id", by_id)
        setter(self, "_by_folded_id", {key.casefold(): record for key, record in by_id.items()})
        setter(self, "_fields", frozenset(plan(record_type).by_name))
        setter(self, "_index", None)
        setter(self, "_absent", absent or {})
        setter(self, "_by_field", {})
        setter(self, "_resolver", resolver)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"collection {self._name!r} cannot be changed")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"collection {self._name!r} cannot be changed")

    @property
    def name(self) -> str:
        """The collection's name, such as ``"countries"``."""
        return self._name

    @property
    def record_type(self) -> type[R]:
        """The class of the records it holds."""
        return self._type

    def ids(self) -> tuple[str, ...]:
        """Every record's id, in order."""
        return tuple(self._by_id)

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[R]:
        return iter(self._records)

    def __reversed__(self) -> Iterator[R]:
        return reversed(self._records)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return self._find_id(item) is not None
        return isinstance(item, self._type) and self._by_id.get(_record_id(item)) == item

    def _joining(self, resolver: Resolver, absent: Absent | None) -> Collection[R]:
        """This collection, given the ``resolver`` and ``absent`` of a dataset where it has none.

        For a collection built before the dataset that comes to hold it.
        """
        if self._resolver is None:
            object.__setattr__(self, "_resolver", resolver)
        if not self._absent and absent:
            object.__setattr__(self, "_absent", absent)
        return self

    def __reduce__(self) -> tuple[object, ...]:
        # The resolver belongs to the dataset; a collection travels without it.
        return (Collection, (self._name, self._type, self._records))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection):
            return NotImplemented
        return self._name == other._name and self._records == other._records

    def __hash__(self) -> int:
        return hash((self._name, self._records))

    def __repr__(self) -> str:
        return f"<Collection {self._name}: {len(self)} {self._type.__name__} records>"

    def _repr_html_(self) -> str:
        from interpol_data.display import collection_html  # noqa: PLC0415

        return collection_html(self)

    def to_pandas(self, *, tuples: Literal["list", "text"] = "list") -> pandas.DataFrame:
        """The records as a typed DataFrame indexed by id (needs the ``pandas`` extra).

        Nested records become ``field.subfield`` columns, whole numbers ``Int64``,
        enums ``category``; tuples are lists, or text joined with ``"; "`` when
        ``tuples="text"``. :meth:`Dataset.to_pandas` can also show references by name.
        """
        from interpol_data.formats import pandas as pandas_format  # noqa: PLC0415

        return pandas_format.to_pandas(self, self._type, tuples=tuples)

    def _find_id(self, key: str) -> R | None:
        found = self._by_id.get(key)
        if found is None:
            found = self._by_folded_id.get(key.strip().casefold())
        return found

    def __getitem__(self, key: str) -> R:
        """The record whose id is ``key`` (case-insensitive).

        Raises:
            NotFoundError: no record has that id; the error suggests close matches.
            TypeError: ``key`` is not a string.
        """
        if not isinstance(key, str):
            raise TypeError(f"{self._name} ids are strings, not {type(key).__name__}")
        found = self._find_id(key)
        if found is None:
            self._explain_absent(key)
            raise NotFoundError(self._name, key, self._suggest(key))
        return found

    def _explain_absent(self, text: str) -> None:
        """Raise NotAMemberError if ``text`` names a place known not to be in the collection."""
        absent = self._absent
        if callable(absent):
            absent = absent()
            object.__setattr__(self, "_absent", absent)
        known_absent = absent.get(normalize(text))
        if known_absent is not None:
            raise NotAMemberError(self._name, text, *known_absent)

    @overload
    def get(self, key: str) -> R | None: ...
    @overload
    def get(self, key: str, default: D) -> R | D: ...
    def get(self, key: str, default: object = None) -> object:
        """The record whose id is ``key`` (case-insensitive), or ``default``."""
        if not isinstance(key, str):
            raise TypeError(f"{self._name} ids are strings, not {type(key).__name__}")
        found = self._find_id(key)
        return default if found is None else found

    def _ensure_index(self) -> _Index[R]:
        index = self._index
        if index is None:
            # Two threads may both build it; the results are equal, so the
            # second assignment is harmless and no lock is needed.
            index = _build_index(self._records)
            object.__setattr__(self, "_index", index)
        return index

    def lookup(self, text: str) -> R:
        """The one record that ``text`` names: an id, code, acronym, name or alias.

        Resolution order: the id exactly; then any key (id, codes, names,
        aliases) after folding case, accents, punctuation, spacing and a
        leading "the" or "Project"; then the same without spaces. Nothing is
        matched by approximate spelling: a near miss raises and suggests.

        Raises:
            TypeError: ``text`` is not a string.
            NotFoundError: nothing matches; ``suggestions`` holds close names.
            AmbiguousLookupError: the text names several records.
        """
        if not isinstance(text, str):
            raise TypeError(f"lookup takes a string, not {type(text).__name__}")
        exact = self._by_id.get(text)
        if exact is not None:
            return exact
        index = self._ensure_index()
        key = normalize(text)
        found = index.by_key.get(key) or index.by_compact_key.get(compact(key))
        if not found:
            self._explain_absent(text)
            raise NotFoundError(self._name, text, self._suggest(text))
        if len(found) > 1:
            raise AmbiguousLookupError(self._name, text, [_record_id(r) for r in found])
        return found[0]

    def _suggest(self, text: str) -> list[str]:
        """Up to three close records, each once, as "Name (id)"."""
        import difflib  # noqa: PLC0415 - only a miss needs it; keeps the first lookup fast

        index = self._ensure_index()
        owners: dict[str, list[Any]] = {}
        for normalized, _original, record in index.keys:
            owners.setdefault(normalized, []).append(record)
        close = difflib.get_close_matches(
            normalize(text), list(owners), n=_SUGGESTION_COUNT * 3, cutoff=_SUGGESTION_CUTOFF
        )
        suggestions: dict[str, str] = {}
        for match in close:
            for record in owners[match]:
                label = getattr(record, "name", None) or getattr(record, "title", None)
                suggestions.setdefault(_record_id(record), f"{label} ({_record_id(record)})")
        return list(suggestions.values())[:_SUGGESTION_COUNT]

    def search(self, text: str, limit: int | None = None) -> tuple[R, ...]:
        """Records matching ``text``, best first; empty when nothing matches.

        Ranking: exact key, then key prefix, then a whole word or word
        prefix, then substring, then close spelling. Never raises for a string.

        Raises:
            TypeError: ``text`` is not a string.
        """
        return Records(record for record, _rank in self._ranked(text, limit))

    def _ranked(self, text: str, limit: int | None = None) -> list[tuple[R, int]]:
        if not isinstance(text, str):
            raise TypeError(f"search takes a string, not {type(text).__name__}")
        query = normalize(text)
        if not query:
            return []
        best: dict[str, tuple[int, str, R]] = {}
        for key, original, record in self._ensure_index().keys:
            rank = _rank(query, key)
            if rank is None:
                continue
            record_id = _record_id(record)
            current = best.get(record_id)
            if current is None or rank < current[0]:
                best[record_id] = (rank, original, record)
        ordered = sorted(best.items(), key=lambda item: (item[1][0], item[0]))
        hits = [(record, rank) for _id, (rank, _original, record) in ordered]
        return hits if limit is None else hits[:limit]

    def filter(self, **fields: Any) -> tuple[R, ...]:
        """Records whose fields equal the given values (a tuple field: contains the value).

        A closed field (an enum) takes its member, its value or its name in any
        case (``region="Europe"``); a field that refers to another collection
        takes a record, its id or, in a dataset, any text that collection's
        ``lookup`` accepts (``funders="EU"``).

        >>> import interpol_data
        >>> interpol_data.offices.filter(country="SG")[0].id
        'ccc-singapore'

        Raises:
            TypeError: a name is not a field of the records, or a value is of
                a type the field never holds (``joined="1950"``).
            ValueError: a value is none of the field's allowed values; the
                message names them.
        """
        unknown = sorted(set(fields) - self._fields)
        if unknown:
            raise TypeError(
                f"{self._name} records have no field {', '.join(map(repr, unknown))}; "
                f"fields: {', '.join(sorted(self._fields))}"
            )
        by_name = plan(self._type).by_name
        wanted = {name: self._filter_value(by_name[name], value) for name, value in fields.items()}
        return Records(self._matching(wanted))

    def _matching(self, wanted: dict[str, Any]) -> tuple[R, ...]:
        """Records whose fields match every wanted value, in collection order."""
        found: tuple[R, ...] | None = None
        for name, value in wanted.items():
            try:
                matches = self._field_index(name).get(value, ())
            except TypeError:  # an unhashable value: compared record by record
                matches = tuple(r for r in self._records if _field_matches(getattr(r, name), value))
            if found is None:
                found = matches
            else:
                keep = {id(record) for record in matches}
                found = tuple(record for record in found if id(record) in keep)
        return self._records if found is None else found

    def _field_index(self, name: str) -> dict[object, tuple[R, ...]]:
        """Each value of field ``name`` (a tuple field: each item, and the whole) to its records.

        Built on the first filter by that field; two threads may both build
        it, with equal results, so no lock is needed.
        """
        index = self._by_field.get(name)
        if index is None:
            buckets: dict[object, list[R]] = {}
            for record in self._records:
                value = getattr(record, name)
                keys = [value, *dict.fromkeys(value)] if isinstance(value, tuple) else [value]
                for key in keys:
                    buckets.setdefault(key, []).append(record)
            index = self._by_field[name] = {key: tuple(found) for key, found in buckets.items()}
        return index

    def _filter_value(self, field: FieldPlan, value: object) -> object:
        """The value as the records hold it; refused when the field cannot hold it."""
        if value is None:
            return None
        if field.vocabulary is not None:
            return _member(field.vocabulary, value, f"{self._name}.{field.name}")
        if field.target is not None:
            if not isinstance(value, str):
                value = getattr(value, "id", value)
            if isinstance(value, str) and self._resolver is not None:
                try:
                    return self._resolver(field.target, value)
                except LookupError as error:
                    raise ValueError(f"{self._name}.{field.name}: {error}") from None
        expected = field.record_type or field.json_type
        whole = field.many and isinstance(value, tuple)  # a tuple field compared whole
        if not whole and (isinstance(value, bool) or not isinstance(value, expected)):
            raise TypeError(
                f"{self._name}.{field.name} holds {field.kind.value} values, "
                f"not {type(value).__name__} {value!r}"
            )
        return value


Resolver = Callable[[str, str], str]
"""Turns text into the id of a record in the named collection (a dataset's lookup)."""

Absent = (
    Mapping[str, tuple[str, tuple[str, ...]]]
    | Callable[[], Mapping[str, tuple[str, tuple[str, ...]]]]
)
"""Places known not to be in a collection, by normalised name: why, and suggestions
(or a function giving them, for a collection loaded before what it needs to know them)."""


_SPELLINGS: dict[type[enum.Enum], dict[str, enum.Enum]] = {}


def _spellings(vocabulary: type[enum.Enum]) -> dict[str, enum.Enum]:
    """Each member's value, name and label, case-folded, to the member (the first one wins)."""
    found = _SPELLINGS.get(vocabulary)
    if found is None:
        found = {}
        for member in vocabulary:
            for spelling in (str(member.value), member.name, getattr(member, "label", "")):
                found.setdefault(spelling.casefold(), member)
        _SPELLINGS[vocabulary] = found
    return found


def _member(vocabulary: type[enum.Enum], value: object, where: str) -> enum.Enum:
    if isinstance(value, vocabulary):
        return value
    if isinstance(value, str):
        found = _spellings(vocabulary).get(value.strip().casefold())
        if found is not None:
            return found
    allowed = ", ".join(repr(member.value) for member in vocabulary)
    raise ValueError(f"{where} is one of {allowed}; {value!r} is none of them")


def _field_matches(value: object, wanted: object) -> bool:
    if isinstance(value, tuple) and not isinstance(wanted, tuple):
        return wanted in value
    return value == wanted


def _rank(query: str, key: str) -> int | None:
    if key == query or compact(key) == compact(query):
        return _Rank.EXACT
    if key.startswith(query):
        return _Rank.PREFIX
    words = key.split()
    if any(word.startswith(query) for word in words) or f" {query} " in f" {key} ":
        return _Rank.WORD
    if query in key:
        return _Rank.SUBSTRING
    import difflib  # noqa: PLC0415 - cached after the first call

    if len(query) >= 3 and (
        difflib.SequenceMatcher(None, query, key).ratio() >= _CLOSE_SPELLING
        or any(difflib.SequenceMatcher(None, query, w).ratio() >= _CLOSE_SPELLING for w in words)
    ):
        return _Rank.CLOSE
    return None
