"""Turning JSON-shaped data into a validated :class:`~interpol_data.Dataset`.

Structuring is strict (no coercion: ``"1950"`` is not a year and ``None`` is
not a name) and complete: every problem in every record is collected, with its
location, before :class:`~interpol_data.errors.DatasetError` is raised.

Every check reads the field plans (``_fields``) and runs in time linear in the
size of the input. The JSON text is read and parsed by the JSON format
(:mod:`interpol_data.formats.json`: regular files only, within its size, depth
and number limits, no duplicate keys, no NaN); this module validates the data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from interpol_data import _registry
from interpol_data import _rules as rules
from interpol_data._fields import FieldPlan, plan
from interpol_data._registry import COLLECTIONS, SCHEMA_VERSION, collection_type
from interpol_data._validators import MAX_ITEMS, MAX_RECORDS, short
from interpol_data._vocabularies.common import Vocabulary
from interpol_data.errors import DatasetError, InvalidValueError, Problem
from interpol_data.formats import json as json_format

if TYPE_CHECKING:
    import cattrs

    from interpol_data._dataset import Dataset

__all__ = [
    "load",
    "load_folder",
    "load_text",
    "structure_record",
]

# Limits on what a dataset may hold; each is named in the problem that refuses it.
# Limits on the JSON text itself (size, depth, numbers) live with the JSON format;
# texts, lists and collections have theirs in _validators (MAX_TEXT_LENGTH,
# MAX_ITEMS, MAX_RECORDS).

_TOP_LEVEL_KEYS = frozenset({"schema_version", "as_of", "organization", *COLLECTIONS})


def _strict(expected: type | tuple[type, ...], name: str) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        if isinstance(value, bool) and bool not in (
            expected if isinstance(expected, tuple) else (expected,)
        ):
            raise TypeError(f"expected {name}, got a boolean")
        if not isinstance(value, expected):
            raise TypeError(f"expected {name}, got {type(value).__name__} {value!r}")
        return value

    return structure


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    # Imported here: the packaged data is built without cattrs (see
    # interpol_data._shipped), which keeps the first lookup fast.
    import cattrs  # noqa: PLC0415
    from cattrs.cols import homogenous_tuple_structure_factory, is_sequence  # noqa: PLC0415

    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    converter.register_structure_hook(str, _strict(str, "text"))
    converter.register_structure_hook(int, _strict(int, "a whole number"))
    converter.register_structure_hook(float, _strict((int, float), "a number"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))

    def tuple_factory(tuple_type: Any, conv: Any) -> Any:
        structure_items = homogenous_tuple_structure_factory(tuple_type, conv)

        def structure(value: Any, target: Any) -> Any:
            # cattrs would turn any iterable into a tuple, a string into its letters.
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected a list, got {type(value).__name__} {value!r}")
            return structure_items(value, target)

        return structure

    converter.register_structure_hook_factory(is_sequence, tuple_factory)

    def structure_enum(value: Any, enum_type: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {type(value).__name__} {value!r}")
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in enum_type)
            raise ValueError(f"{value!r} is not one of {allowed}") from None

    # The vocabularies subclass str; registering their common base puts it
    # ahead of str in their MRO, so they are not handed back as plain strings.
    converter.register_structure_hook(Vocabulary, structure_enum)
    return converter


# Two converters with the same strict hooks, each built on first use: the
# fast one structures valid data with less generated code; the detailed one
# runs only when something is wrong, to name every problem with its path.
_CONVERTERS: dict[bool, cattrs.Converter] = {}


def _converter(*, detailed: bool) -> cattrs.Converter:
    found = _CONVERTERS.get(detailed)
    if found is None:
        found = _CONVERTERS[detailed] = _make_converter(detailed=detailed)
    return found


RecordT = TypeVar("RecordT")


def structure_record(data: Any, record_type: type[RecordT]) -> RecordT:
    """Structure one record strictly; raise cattrs' detailed errors on failure."""
    try:
        return _converter(detailed=False).structure(data, record_type)
    except Exception:
        return _converter(detailed=True).structure(data, record_type)


def _describe(error: BaseException, expected: Any) -> str:
    """Keep our checks' specific messages, marking the field they name."""
    if isinstance(error, InvalidValueError):
        return f"{_FIELD_MARK}{error.field}{_FIELD_MARK}{error.reason}"
    if type(error) in (TypeError, ValueError) and error.args and isinstance(error.args[0], str):
        return error.args[0]
    from cattrs.v import format_exception  # noqa: PLC0415

    return format_exception(error, expected)


_FIELD_MARK = "\x00"


def _cattrs_problems(error: Exception) -> list[tuple[str, str]]:
    """(field path, message) for each error cattrs collected, via its own path rendering."""
    import cattrs  # noqa: PLC0415

    found = []
    for line in cattrs.transform_error(error, path="$", format_exception=_describe):
        message, _, path = line.rpartition(" @ ")
        field = path.removeprefix("$").removeprefix(".")
        if message.startswith(_FIELD_MARK):
            # A check failed while the record was built: cattrs' path stops
            # at the record, the error knows the field.
            _, name, message = message.split(_FIELD_MARK, 2)
            field = f"{field}.{name}" if field else name
        found.append((field, message or line))
    return found


def _shown(key: object) -> str:
    """A key from the data, printable in a problem's location."""
    text = key if isinstance(key, str) else repr(key)
    if text.isprintable() and len(text) <= 60:
        return text
    return ascii(text[:60])


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _json_problem(field: FieldPlan, value: Any) -> str | None:
    """A message when ``value`` is not of the JSON type the field holds."""
    if isinstance(value, bool) or not isinstance(value, field.json_type):
        names: dict[object, str] = {str: "text", int: "a whole number", dict: "an object"}
        expected = names.get(field.json_type, "a number")
        return f"must be {expected}, got {type(value).__name__} {short(value)}"
    return None


def record_problems(record_type: type[Any], raw: Any, path: str = "") -> list[tuple[str, str]]:
    """Every problem with the JSON-shaped record ``raw``, as (field path, message).

    Reads the record type's plan: unknown and missing fields, JSON types, each
    field's check, and the same for nested records; linear in the size of ``raw``.
    """
    if not isinstance(raw, Mapping):
        return [(path, f"must be an object, got {type(raw).__name__}")]
    record_plan = plan(record_type)
    found = [
        (_join(path, _shown(key)), f"is not a field of {record_type.__name__}")
        for key in raw
        if key not in record_plan.by_name
    ]
    for field in record_plan.fields:
        where = _join(path, field.name)
        if field.name not in raw:
            if field.required:
                found.append((where, "is required"))
            continue
        value = raw[field.name]
        if value is None:
            if not field.nullable:
                found.append((where, "must not be null"))
            continue
        found.extend(_value_problems(field, value, where, raw))
    return found


def _value_problems(
    field: FieldPlan, value: Any, where: str, raw: Mapping[str, Any]
) -> list[tuple[str, str]]:
    items = value if field.many else (value,)
    if field.many:
        if not isinstance(value, list | tuple):
            return [(where, f"must be a list, got {type(value).__name__}")]
        if len(value) > MAX_ITEMS:
            return [(where, f"holds {len(value)} items, over the limit of {MAX_ITEMS}")]
    if field.record_type is not None:
        found: list[tuple[str, str]] = []
        for position, item in enumerate(items):
            at = f"{where}[{position}]" if field.many else where
            found.extend(record_problems(field.record_type, item, at))
        return found
    for position, item in enumerate(items):
        message = _json_problem(field, item)
        if message is not None:
            return [(f"{where}[{position}]" if field.many else where, message)]
    message = field.check.problem(value, raw.get)
    return [] if message is None else [(where, message)]


def _structure_collection(
    name: str, raw: Any, record_type: type[Any], problems: list[Problem]
) -> list[Any]:
    if not isinstance(raw, list):
        problems.append(Problem(f"must be a list of records, got {type(raw).__name__}", name))
        return []
    if len(raw) > MAX_RECORDS:
        problems.append(Problem(f"holds {len(raw)} records, over the limit of {MAX_RECORDS}", name))
        return []
    structured = []
    for position, item in enumerate(raw):
        record_id = rules.raw_id(item) or f"#{position}"
        if not isinstance(item, Mapping):
            problems.append(
                Problem(f"must be an object, got {type(item).__name__}", name, record_id)
            )
            continue
        try:
            structured.append(structure_record(item, record_type))
        except Exception as error:  # every failure becomes problems
            # The plan's walk names every problem; cattrs' own paths are the
            # fallback should it ever refuse something the walk passes.
            found = record_problems(record_type, item) or _cattrs_problems(error)
            problems.extend(
                Problem(message, name, record_id, field or None) for field, message in found
            )
    return structured


def build(data: Any, origin: str = "dataset") -> Dataset:
    """Validate JSON-shaped ``data`` and build a :class:`Dataset` from it.

    Raises:
        DatasetError: listing every problem found, each with its location.
    """
    if not isinstance(data, Mapping):
        raise DatasetError(
            [Problem(f"must be a JSON object, got {type(data).__name__}")], origin=origin
        )
    problems: list[Problem] = []
    for key in data:
        if key not in _TOP_LEVEL_KEYS:
            problems.append(Problem("unknown top-level key", field=_shown(key)))
    for key in sorted(_TOP_LEVEL_KEYS - set(data)):
        problems.append(Problem("missing", field=key))
    version = data.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or version != SCHEMA_VERSION:
        problems.append(
            Problem(
                f"schema version {short(version)} is not supported (expected {SCHEMA_VERSION})",
                field="schema_version",
            )
        )
    as_of = rules.as_of(data.get("as_of"), problems) if "as_of" in data else None

    by_name: dict[str, list[Any]] = {}
    broken: set[str] = set()
    for name in COLLECTIONS:
        before = len(problems)
        by_name[name] = (
            _structure_collection(name, data[name], collection_type(name), problems)
            if name in data
            else []
        )
        if len(problems) > before or name not in data:
            broken.add(name)
    organizations = (
        _structure_collection(
            "organization", [data["organization"]], _registry.record_type("Organization"), problems
        )
        if "organization" in data
        else []
    )
    # A record that failed to structure still has its id: references to it
    # are not dangling, and reporting them would only repeat the first problem.
    ids = {
        name: frozenset(record.id for record in found) | frozenset(rules.raw_ids(data.get(name)))
        for name, found in by_name.items()
    }
    for name, found in by_name.items():
        # Raw values, so that a duplicate is reported even when one copy is invalid.
        rules.check_unique(name, collection_type(name), data.get(name), problems)
        rules.check_references(name, found, ids, problems)
    rules.check_references("organization", organizations, ids, problems)
    if organizations:
        rules.check_counts(organizations[0], by_name, broken, problems)
    rules.check_seats(by_name["bodies"], problems)
    rules.check_whole(as_of, by_name, problems)

    if problems or as_of is None or not organizations:
        raise DatasetError(problems, origin=origin)
    from interpol_data._dataset import Dataset  # noqa: PLC0415 - not needed by one collection

    return Dataset(as_of=as_of, organization=organizations[0], records=by_name)


def load_text(content: bytes | str, origin: str = "<stdin>") -> Dataset:
    """Validate a dataset from JSON text already read (standard input, a network reply),
    under the same limits as :func:`load`; ``origin`` names it in problems.

    Raises:
        DatasetError: the text is not JSON, breaks a limit or holds invalid data.
    """
    return build(json_format.parse(content, origin=origin), origin=origin)


def load(source: str | os.PathLike[str] | Mapping[str, Any]) -> Dataset:
    """Validate a dataset in the exported JSON shape, from a file path or a mapping.

    A path must name a regular file of at most
    :data:`interpol_data.formats.json.MAX_FILE_BYTES` bytes, or a data folder
    (see :func:`load_folder`); devices, pipes and other directories are refused
    before anything is read.

    >>> import interpol_data
    >>> interpol_data.load(interpol_data.dataset().to_mapping()) == interpol_data.dataset()
    True

    Raises:
        DatasetError: the path cannot be read or is not a regular file, the
            text is not JSON or breaks a limit, or the data is invalid;
            ``problems`` lists every problem with its location. No other
            exception is raised for bad input.
    """
    if isinstance(source, Mapping):
        return build(source)
    if not isinstance(source, str | os.PathLike):
        return build(source)  # reported as "must be a JSON object"
    path = os.fspath(source)
    if not isinstance(path, str):
        return build(path)
    if os.path.isfile(os.path.join(path, "dataset.json")):
        return load_folder(path)
    return build(json_format.parse(json_format.read_bytes(path), origin=path), origin=path)


def load_csv(directory: str | os.PathLike[str]) -> Dataset:
    """Read back a folder written by :meth:`Dataset.to_csv`, validating it like :func:`load`.

    Reading the CSV lives with writing it, in :mod:`interpol_data.formats.csv`.

    Raises:
        DatasetError: the folder or a file is missing or unreadable, the CSV is
            damaged, or the data is invalid; every problem with its file, line and column.
    """
    from interpol_data.formats import csv as csv_format  # noqa: PLC0415 - for CSV users only

    return csv_format.load_csv(directory, build)


def assemble(read: Callable[[str], Any]) -> dict[str, Any]:
    """A data folder's files (``read(name)`` gives the parsed ``name.json``) in the exported
    shape; a part that a file lacks is left out, for :func:`build` to report as missing."""
    data: dict[str, Any] = {}
    meta = read("dataset")
    if isinstance(meta, Mapping):
        data.update({key: meta[key] for key in ("schema_version", "as_of") if key in meta})
    organization = read("organization")
    if isinstance(organization, Mapping) and "record" in organization:
        data["organization"] = organization["record"]
    for name in COLLECTIONS:
        document = read(name)
        if isinstance(document, Mapping) and "records" in document:
            data[name] = document["records"]
    return data


def load_folder(folder: str | os.PathLike[str]) -> Dataset:
    """Validate a data folder laid out like the package's own ``data`` folder.

    The folder holds ``dataset.json`` (schema version and as-of date),
    ``organization.json`` and one ``<collection>.json`` per collection, each
    as the formatter writes them; each file is read under :func:`load`'s limits.

    Raises:
        DatasetError: a file is missing or unreadable, or the data is invalid;
            every problem is listed.
    """
    root = os.fspath(folder)
    problems: list[Problem] = []

    def read(name: str) -> Any:
        path = os.path.join(root, f"{name}.json")
        try:
            return json_format.parse(json_format.read_bytes(path), origin=path)
        except DatasetError as error:
            problems.extend(
                Problem(f"{name}.json: {problem.message}", problem.collection, field=problem.field)
                for problem in error.problems
            )
            return None

    data = assemble(read)
    try:
        loaded = build(data, origin=root)
    except DatasetError as error:
        raise DatasetError([*problems, *error.problems], origin=root) from None
    if problems:
        raise DatasetError(problems, origin=root)
    return loaded
