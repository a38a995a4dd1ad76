"""The data that ships inside the package: read, built column by column, checked.

The packaged data is built without cattrs, and without calling each record
class once per record: every field's check (the same inspectable check the
record class and the loader apply, see ``_validators``) runs once over the
whole column of that field's values, the nested records of every record are
built together, and only then are the records made, each holding values that
passed. A record built here is equal to the one :func:`interpol_data.loading.build`
makes from the same data, and the two refuse the same data (a property test
holds them to it).

Collections load one at a time, on first use, each with its own cross-record
rules (unique ids and keys); the whole-dataset rules (references, stated
counts, history) run when the whole dataset is asked for. Should the builder or
any rule refuse anything, the whole load reruns through
:func:`interpol_data.loading.build`, so that the problems are reported exactly
as for a user's dataset.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Mapping
from itertools import islice, repeat
from typing import TYPE_CHECKING, Any

from interpol_data import _registry
from interpol_data import _rules as rules
from interpol_data._fields import FieldPlan, plan
from interpol_data._registry import COLLECTIONS, SCHEMA_VERSION, collection_type
from interpol_data._validators import MAX_RECORDS
from interpol_data.collection import Absent, Collection, Resolver
from interpol_data.errors import Problem

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = [
    "build_records",
    "load_packaged",
    "load_packaged_collection",
    "packaged_mapping",
    "read_packaged",
]


class RefusedError(Exception):
    """The builder met something that does not pass; :func:`loading.build` reports it."""


def read_packaged(name: str) -> Any:
    """One packaged data file, parsed (through the package's loader, zipped or not)."""
    # The loader that read this module reads any file of the package, from a
    # folder or a zip archive alike: the data folder need not be imported.
    loader: Any = __spec__.loader
    folder = os.path.join(os.path.dirname(__file__), "data")
    # Decoded before parsing, so that the bytes are freed before the parser
    # builds its objects: the first use's peak memory holds one copy, not two.
    text = loader.get_data(os.path.join(folder, f"{name}.json")).decode("utf-8")
    return json.loads(text)


def packaged_mapping() -> dict[str, Any]:
    """The packaged data files assembled into the exported JSON shape."""
    from interpol_data.loading import assemble  # noqa: PLC0415 - not needed on the fast path

    return assemble(read_packaged)


# Building by columns ------------------------------------------------------


_Builders = dict[type[Any], "_RecordBuilder"]


class _FieldColumn:
    """One field of many records: its values gathered, checked together and converted."""

    __slots__ = ("check", "default", "many", "name", "nested", "nullable", "text", "vocabulary")

    def __init__(self, field: FieldPlan, builders: _Builders) -> None:
        self.name = field.name
        self.check = field.check
        self.many = field.many
        self.nullable = field.nullable
        # What the record class puts in a field the data leaves out.
        self.default: Any = () if field.many else None
        self.nested = None if field.record_type is None else _builder(field.record_type, builders)
        self.vocabulary = None if field.vocabulary is None else field.vocabulary._value2member_map_
        self.text = field.json_type is str and field.vocabulary is None

    def values(self, raws: list[dict[str, Any]], texts: dict[Any, Any]) -> list[Any]:
        """The field's values in ``raws``, as the records hold them, once every one passes.

        ``texts`` holds one copy of each text met so far in the collection: the
        records share it rather than each keeping the copy the parser made.

        Raises:
            RefusedError: a value does not pass the field's check.
        """
        values: list[Any] = list(map(dict.get, raws, repeat(self.name), repeat(self.default)))
        if not self.nullable and None in values:
            raise RefusedError
        if self.nested is not None:
            values = self._nested(values, texts)
            if not self.check.all_pass(values, raws):
                raise RefusedError
            return values
        if not self.check.all_pass(values, raws):
            raise RefusedError
        if self.text:
            shared = texts.setdefault
            if self.many:
                return [tuple(map(shared, value, value)) for value in values]
            return list(map(shared, values, values))  # None stays None
        if self.many:
            return list(map(tuple, values))
        if self.vocabulary is not None:
            return list(map(self.vocabulary.get, values))  # None stays None
        return values

    def _nested(self, values: list[Any], texts: dict[Any, Any]) -> list[Any]:
        """Nested records: those of every record built together, then handed back to each."""
        nested = self.nested
        assert nested is not None  # only called for nested fields
        if self.many:
            if not set(map(type, values)) <= {list, tuple}:
                raise RefusedError
            built = iter(nested.build([item for value in values for item in value], texts))
            return [tuple(islice(built, len(value))) for value in values]
        built = iter(nested.build([value for value in values if value is not None], texts))
        return [None if value is None else next(built) for value in values]


class _RecordBuilder:
    """Builds many records of one type from their JSON-shaped data, or refuses them all."""

    __slots__ = ("builders", "columns", "names", "record_type", "required", "setters")

    def __init__(self, record_type: type[Any], builders: _Builders) -> None:
        record_plan = plan(record_type)
        self.record_type = record_type
        self.builders = builders  # those of the other types, for its nested records
        self.names = frozenset(record_plan.by_name)
        self.required = frozenset(field.name for field in record_plan.fields if field.required)
        self.columns: tuple[_FieldColumn, ...] | None = None  # made on first use (recursion)
        # The slots' own setters: the values have passed every check already,
        # and a frozen record's __setattr__ refuses any change.
        self.setters: tuple[Callable[[Any, Any], None], ...] = tuple(
            getattr(record_type, field.name).__set__ for field in record_plan.fields
        )

    def build(self, raws: list[Any], texts: dict[Any, Any]) -> list[Any]:
        """The records ``raws`` describe, in order; ``texts`` as for :meth:`_FieldColumn.values`.

        Raises:
            RefusedError: any record is not an object, has an unknown field or
                lacks a required one, or any value fails its field's check.
        """
        if not (
            set(map(type, raws)) <= {dict}
            and all(map(self.names.issuperset, raws))
            and all(map(self.required.issubset, raws))
        ):
            raise RefusedError
        columns = self.columns
        if columns is None:
            fields = plan(self.record_type).fields
            columns = self.columns = tuple(_FieldColumn(field, self.builders) for field in fields)
        by_field = [column.values(raws, texts) for column in columns]
        # Field by field over all the records, so that the loops run in C:
        # this is most of the time the first lookup spends on building.
        built = list(map(object.__new__, repeat(self.record_type, len(raws))))
        for setter, values in zip(self.setters, by_field, strict=True):
            deque(map(setter, built, values), maxlen=0)
        return built


def _builder(record_type: type[Any], builders: _Builders) -> _RecordBuilder:
    found = builders.get(record_type)
    if found is None:
        found = builders[record_type] = _RecordBuilder(record_type, builders)
    return found


def build_records(record_type: type[Any], raws: list[Any]) -> list[Any]:
    """The records of ``record_type`` that the JSON-shaped ``raws`` describe, in order.

    Raises:
        RefusedError: anything in ``raws`` fails a check of its record type.
    """
    if type(raws) is not list or len(raws) > MAX_RECORDS:
        raise RefusedError
    # Builders for this call only: nothing of them outlives the build.
    builders: _Builders = {}
    try:
        return _builder(record_type, builders).build(raws, {})
    finally:
        builders.clear()  # they refer to this mapping: freed now, not by the collector


# Loading -----------------------------------------------------------------


def _rebuild_packaged() -> Dataset:
    """The packaged data through :func:`loading.build`: raises DatasetError with every problem."""
    from interpol_data import loading  # noqa: PLC0415 - only when the packaged data is broken

    return loading.build(packaged_mapping(), origin="the packaged dataset")


def load_packaged_collection(
    name: str, resolver: Resolver | None = None, absent: Absent | None = None
) -> Collection[Any]:
    """One packaged collection, its records checked and its ids and keys unique.

    ``resolver`` turns the text a filter gives for a reference into an id;
    ``absent`` names places known not to be in the collection (see
    :class:`~interpol_data.Collection`).

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug), listing
            every problem in the whole dataset.
    """
    record_type = collection_type(name)
    problems: list[Problem] = []
    try:
        found = build_records(record_type, read_packaged(name)["records"])
    except Exception:  # anything refused: the full load reports it
        return _rebuild_packaged().collection(name)
    # On the records, once the parsed data is gone: its memory serves the check.
    rules.check_unique(name, record_type, found, problems, built=True)
    if name == "bodies":
        rules.check_seats(found, problems)
    if problems:
        return _rebuild_packaged().collection(name)
    return Collection(name, record_type, found, resolver, absent=absent)


def load_packaged(loaded: Mapping[str, Collection[Any]] | None = None) -> Dataset:
    """Load and validate the dataset that ships inside the package.

    Collections in ``loaded`` (already built by :func:`load_packaged_collection`)
    are kept as they are, so the dataset holds the very same objects.

    Raises:
        DatasetError: the packaged data is invalid (a packaging bug), listing
            every problem.
    """
    loaded = loaded or {}
    collections = {
        name: loaded[name] if name in loaded else load_packaged_collection(name)
        for name in COLLECTIONS
    }
    problems: list[Problem] = []
    try:
        meta = read_packaged("dataset")
        (organization,) = build_records(
            _registry.record_type("Organization"), [read_packaged("organization")["record"]]
        )
    except Exception:  # anything refused: the full load reports it
        return _rebuild_packaged()
    if meta.get("schema_version") != SCHEMA_VERSION or set(meta) != {"schema_version", "as_of"}:
        return _rebuild_packaged()
    as_of = rules.as_of(meta["as_of"], problems)
    ids = {name: frozenset(found.ids()) for name, found in collections.items()}
    for name, found in collections.items():
        rules.check_references(name, found, ids, problems)
    rules.check_references("organization", [organization], ids, problems)
    rules.check_counts(organization, collections, set(), problems)
    rules.check_whole(as_of, {name: tuple(found) for name, found in collections.items()}, problems)
    if problems or as_of is None:
        return _rebuild_packaged()
    from interpol_data._dataset import Dataset  # noqa: PLC0415 - not needed by one collection

    return Dataset(as_of=as_of, organization=organization, records=collections)
