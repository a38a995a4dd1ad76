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
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

from interpol_data._fields import FieldPlan, plan
from interpol_data._text import compact, invert, normalize, parenthesised
from interpol_data.errors import AmbiguousLookupError, NotAMemberError, NotFoundError

if TYPE_CHECKING:
    import pandas

    from interpol_data._search import SearchResults, TextIndex

__all__ = ["Collection", "Records"]

R = TypeVar("R")
D = TypeVar("D")

_SUGGESTION_COUNT = 3
_SUGGESTION_WORDS = 8
_MEMO_SIZE = 4096
_MEMO_TEXT_LENGTH = 200
_SPELLING_TEXT_LENGTH = 64
_LONGEST_KEY_TEXT = 1000


def _key_values(record: Any) -> list[str]:
    """The texts that find ``record``: its id, every field marked as a key, its names."""
    values: list[str] = []
    for name in plan(type(record)).keys:
        value = getattr(record, name)
        if isinstance(value, str):
            values.append(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    values.append(item)
                elif isinstance(getattr(item, "name", None), str):
                    values.append(item.name)  # a name in another language
    return values


def _key_forms(text: str) -> tuple[str, ...]:
    """The folded keys a text is indexed under: as written and, if inverted, turned round."""
    folded = normalize(text)
    turned = invert(text) if "," in text else None  # most names have no comma to turn round
    if turned is None:
        return (folded,) if folded else ()
    return tuple(form for form in (folded, normalize(turned)) if form)


class _Index(Generic[R]):
    """Lookup tables built once, on a collection's first lookup by text."""

    __slots__ = ("_by_compact_key", "_words", "by_key", "memo", "records")

    def __init__(self, records: tuple[R, ...]) -> None:
        self.records = records
        self.by_key = self._table(None)
        self._by_compact_key: dict[str, tuple[R, ...]] | None = None
        self._words: dict[str, dict[int, int]] | None = None
        # Answers by raw text, so a repeated lookup skips normalising; bounded.
        self.memo: dict[str, tuple[R, ...]] = {}

    def _table(self, form: Callable[[str], str] | None) -> dict[str, tuple[R, ...]]:
        """Each folded key (or its ``form``) to the records it names, in record order.

        Names repeat across records and languages ("Aruba" in four languages):
        each distinct text is folded once. Most keys name one record: they share
        that record's one tuple, and a list is made only where two records meet.
        """
        table: dict[str, tuple[R, ...] | list[R]] = {}
        folded: dict[str, tuple[str, ...]] = {}
        for record in self.records:
            itself = (record,)
            for text in _key_values(record):
                keys = folded.get(text)
                if keys is None:
                    keys = _key_forms(text)
                    # A code or one plain word folds at once: only the others are
                    # worth keeping, and the memo is part of the first use's peak memory.
                    if not (text.isalnum() and text.isascii()):
                        folded[text] = keys
                for key in keys if form is None else map(form, keys):
                    found = table.get(key)
                    if found is None:
                        table[key] = itself
                    elif found[-1] is record:
                        continue  # another name of the same record folds alike
                    elif isinstance(found, tuple):
                        table[key] = [*found, record]
                    else:
                        found.append(record)
        for key, found in table.items():
            if isinstance(found, list):
                table[key] = tuple(found)
        return cast("dict[str, tuple[R, ...]]", table)  # every list is a tuple now

    @property
    def by_compact_key(self) -> dict[str, tuple[R, ...]]:
        """Keys without their spaces ("I RAID" finds "IRAID"): built on the first miss by key."""
        found = self._by_compact_key
        if found is None:
            found = self._by_compact_key = self._table(compact)
        return found

    @property
    def words(self) -> dict[str, dict[int, int]]:
        """Word of any key -> record position -> length of its shortest key (for suggestions).

        Built on the first miss only: a lookup that finds its record never needs it.
        """
        words = self._words
        if words is None:
            words = {}
            position_of = {id(record): position for position, record in enumerate(self.records)}
            for key, found in self.by_key.items():
                for record in found:
                    position = position_of[id(record)]
                    for word in key.split():
                        row = words.setdefault(word, {})
                        row[position] = min(row.get(position, len(key)), len(key))
            self._words = words
        return words

    def _exact(self, text: str) -> tuple[R, ...]:
        key = normalize(text)
        return self.by_key.get(key) or self.by_compact_key.get(compact(key), ())

    def resolve(self, text: str) -> tuple[R, ...]:
        """Records ``text`` names: none, one, or several (ambiguous)."""
        memo = self.memo
        found = memo.get(text)
        if found is not None:
            return found
        if len(text) > _LONGEST_KEY_TEXT:
            return ()  # no name is this long; do not spend time folding it
        found = self._exact(text)
        if not found:
            turned = invert(text)
            if turned is not None:
                found = self._exact(turned)
        if not found:
            found = self._parts(text)
        if len(text) <= _MEMO_TEXT_LENGTH:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[text] = found
        return found

    def _parts(self, text: str) -> tuple[R, ...]:
        """A name with parentheses: every part must name the same one record ("Myanmar (Burma)").

        So "Korea (Democratic People's Republic of)" does not find the Republic of Korea.
        """
        parts = parenthesised(text)
        if parts is None:
            return ()
        if len(parts) == 2:  # "Netherlands (Kingdom of the)" read as one name
            found = self._exact(f"{parts[1]} {parts[0]}")
            if found:
                return found
        found = ()
        for part in parts:
            named = self._exact(part)
            if len(named) != 1 or (found and named[0] is not found[0]):
                return ()
            found = named
        return found


def _record_id(record: Any) -> str:
    return str(record.id)


class Records(tuple[R, ...]):
    """A tuple of records (filter and search results) that Jupyter shows as a table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from interpol_data._display import records_html  # noqa: PLC0415

        return records_html(self)


class Collection(Generic[R]):
    """An immutable collection of records of one type, ordered by id.

    Supports ``len``, iteration, ``in``, ``c[key]``, :meth:`get`, :meth:`lookup`,
    :meth:`search` and :meth:`filter`. ``in``, ``[]``, ``get`` and ``lookup``
    accept the same keys (ids, codes, names, aliases, names in any language)
    and agree: ``get`` returns None on a miss, ``[]`` and ``lookup`` raise
    :class:`NotFoundError`, and a text naming several records raises
    :class:`AmbiguousLookupError` in all four.
    """

    __slots__ = (
        "_absent",
        "_by_field",
        "_by_id",
        "_fields",
        "_index",
        "_name",
        "_records",
        "_resolver",
        "_search_index",
        "_type",
    )

    _name: str
    _type: type[R]
    _records: tuple[R, ...]
    _by_id: dict[str, R]
    _fields: frozenset[str]
    _index: _Index[R] | None
    _search_index: TextIndex | None
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
        """Hold ``records`` ordered by id.

        ``resolver`` turns a text into the id of a record of another
        collection (for :meth:`filter`). ``absent`` maps names of places known
        NOT to be in the collection (normalised with
        :func:`interpol_data._text.normalize`) to why, and to suggestions;
        :meth:`lookup` explains such a miss instead of suggesting look-alikes. It
        may be a function giving that mapping, called on the first miss.

        Raises:
            ValueError: two records share an id.
        """
        ordered = tuple(sorted(records, key=_record_id))
        by_id = {_record_id(record): record for record in ordered}
        if len(by_id) != len(ordered):
            raise ValueError(f"{name}: record ids are not unique")
        setter = object.__setattr__
        setter(self, "_name", name)
        setter(self, "_type", record_type)
        setter(self, "_records", ordered)
        setter(self, "_by_id", by_id)
        setter(self, "_fields", frozenset(plan(record_type).by_name))
        setter(self, "_index", None)
        setter(self, "_search_index", None)
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
        """True for a key that :meth:`get` finds, or a record of this collection.

        Raises:
            AmbiguousLookupError: the text names several records.
        """
        if isinstance(item, str):
            return item in self._by_id or self._one(item) is not None
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
        from interpol_data._display import collection_html  # noqa: PLC0415

        return collection_html(self)

    def to_pandas(self, *, tuples: Literal["list", "text"] = "list") -> pandas.DataFrame:
        """The records as a typed DataFrame indexed by id (needs the ``pandas`` extra).

        Nested records become ``field.subfield`` columns, whole numbers ``Int64``,
        enums ``category``; tuples are lists, or text joined with ``"; "`` when
        ``tuples="text"``. :meth:`Dataset.to_pandas` can also show references by name.
        """
        from interpol_data.formats import pandas as pandas_format  # noqa: PLC0415

        return pandas_format.to_pandas(self, self._type, tuples=tuples)

    def _ensure_index(self) -> _Index[R]:
        index = self._index
        if index is None:
            # Two threads may both build it; the results are equal, so the
            # second assignment is harmless and no lock is needed.
            index = _Index(self._records)
            object.__setattr__(self, "_index", index)
        return index

    def _one(self, key: str) -> R | None:
        """The record ``key`` names, None if none; raises if it names several."""
        found = self._ensure_index().resolve(key)
        if not found:
            return None
        if len(found) > 1:
            raise AmbiguousLookupError(self._name, key, [_record_id(r) for r in found])
        return found[0]

    def __getitem__(self, key: str) -> R:
        """The record ``key`` names: an id, code, name or alias, as :meth:`lookup` reads it.

        Raises:
            NotFoundError: nothing matches; ``suggestions`` holds close records.
            AmbiguousLookupError: the text names several records.
            TypeError: ``key`` is not a string.
        """
        found = self._by_id.get(key) if isinstance(key, str) else None
        return found if found is not None else self.lookup(key)

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
        """The record ``key`` names (as :meth:`lookup` reads it), or ``default``.

        Raises:
            AmbiguousLookupError: the text names several records.
            TypeError: ``key`` is not a string.
        """
        try:
            found = self._by_id.get(key)
        except TypeError:
            found = None  # unhashable: refused just below
        if found is not None:
            return found
        if not isinstance(key, str):
            raise TypeError(f"{self._name} keys are strings, not {type(key).__name__}")
        found = self._one(key)
        return default if found is None else found

    def lookup(self, text: str) -> R:
        """The one record that ``text`` names: an id, code, acronym, name or alias.

        Resolution order: the id exactly; then any key (id, codes, names,
        aliases, names in any language) after folding case, accents,
        punctuation, spacing, "St"/"Saint", "&"/"and", "the" and a leading
        "Project"; then the same without spaces; then an inverted name turned
        round ("Korea, Republic of"); then "Name (other name)" when both parts
        name the same record. Nothing is matched by approximate spelling: a
        miss raises and suggests.

        Raises:
            TypeError: ``text`` is not a string.
            NotFoundError: nothing matches; ``suggestions`` holds close records.
            AmbiguousLookupError: the text names several records.
        """
        if not isinstance(text, str):
            raise TypeError(f"lookup takes a string, not {type(text).__name__}")
        exact = self._by_id.get(text)
        if exact is not None:
            return exact
        found = self._one(text)
        if found is None:
            self._explain_absent(text)
            raise NotFoundError(self._name, text, self.suggest(text))
        return found

    def suggest(self, text: str, limit: int = _SUGGESTION_COUNT) -> tuple[R, ...]:
        """Records whose names hold the words of ``text`` (whole or begun), else close spellings.

        >>> import interpol_data
        >>> interpol_data.countries.suggest("Trinidad")[0].id
        'TT'
        """
        if not isinstance(text, str):
            raise TypeError(f"suggest takes a string, not {type(text).__name__}")
        index = self._ensure_index()
        query = normalize(text[:_MEMO_TEXT_LENGTH]).split()[:_SUGGESTION_WORDS]
        if not query:
            return ()
        best: dict[int, int] | None = None
        for word in dict.fromkeys(query):
            matching: dict[int, int] = {}
            for known, row in index.words.items():
                if known.startswith(word):
                    for position, length in row.items():
                        matching[position] = min(matching.get(position, length), length)
            best = (
                matching
                if best is None
                else {p: max(n, best[p]) for p, n in matching.items() if p in best}
            )
            if not best:
                break
        if best:
            ranked = sorted(best, key=lambda position: (best[position], position))
            return tuple(self._records[position] for position in ranked[:limit])
        return self._close_spellings(" ".join(query), index, limit)

    def _close_spellings(self, query: str, index: _Index[R], limit: int) -> tuple[R, ...]:
        import difflib  # noqa: PLC0415  (only a miss pays for it)

        if len(query) > _SPELLING_TEXT_LENGTH:
            return ()
        close = difflib.get_close_matches(query, list(index.by_key), n=limit * 3, cutoff=0.7)
        found: dict[str, R] = {}
        for key in close:
            for record in index.by_key[key]:
                found.setdefault(_record_id(record), record)
        return tuple(found.values())[:limit]

    # Search ----------------------------------------------------------------

    def _ensure_search_index(self) -> TextIndex:
        index = self._search_index
        if index is None:
            from interpol_data._search import TextIndex, record_texts  # noqa: PLC0415

            index = TextIndex([record_texts(record) for record in self._records])
            object.__setattr__(self, "_search_index", index)
        return index

    def record_at(self, position: int) -> R:
        """The record at ``position`` in id order."""
        return self._records[position]

    def search(self, text: str, limit: int | None = None) -> tuple[R, ...]:
        """Records matching ``text``, best first; empty when nothing matches.

        Full-text: every word of ``text`` is looked for in names, aliases,
        names in other languages, descriptions and notes (see
        :mod:`interpol_data._search`); a name equal to the text comes first, a
        misspelt query falls back to the nearest spellings. Never raises for a
        string.

        Raises:
            TypeError: ``text`` is not a string.
        """
        # Every hit of this collection's own search is one of its records.
        return Records(cast("R", hit.record) for hit in self.hits(text, limit))

    def hits(self, text: str, limit: int | None = None) -> SearchResults:
        """Like :meth:`search`, as scored hits that show as a table in Jupyter."""
        from interpol_data._search import search_collections  # noqa: PLC0415

        return search_collections({self._name: self}, text, self._name, limit)

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
