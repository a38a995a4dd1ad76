"""Field declarations, and the plan computed once per record type from them.

Each field of a record is declared once, in its module of ``_records``, with one of the
functions here (:func:`text`, :func:`identifier`, :func:`reference`, ...). The
declaration holds the field's kind, whether it is required, whether it is a
lookup key or unique in its collection, the collection it refers to, its
documentation and its check (an inspectable object from ``_validators``).

:func:`plan` reads those declarations once per record type. The loader, the
JSON Schema, references, filters, display, the formatter and the data
dictionary read the plan; nothing else looks at attrs fields or annotations.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

import attr

from interpol_data import _validators as v

__all__ = [
    "FieldPlan",
    "Kind",
    "RecordPlan",
    "enforce",
    "plan",
]


class Kind(enum.Enum):
    """What a field holds."""

    TEXT = "text"
    IDENTIFIER = "identifier"
    CODE = "code"
    URL = "url"
    YEAR = "year"
    NUMBER = "number"
    DATE = "date"
    PARTIAL_DATE = "partial date"
    CHOICE = "choice"
    REFERENCE = "reference"
    RECORD = "record"


# The declaration and plan classes are plain slotted classes, not attrs
# classes: each attrs class is compiled when it is created, and these three
# are created on every first lookup. They compare by identity (each is made once).
class Spec:
    """What a declaration states about a field (kept in its attrs metadata)."""

    __slots__ = ("check", "doc", "key", "kind", "many", "target", "unique")

    def __init__(
        self,
        kind: Kind,
        doc: str,
        check: v.Check,
        *,
        key: bool = False,
        unique: bool = False,
        target: str | None = None,
        many: bool = False,
    ) -> None:
        self.kind = kind
        self.doc = doc
        self.check = check
        self.key = key
        self.unique = unique
        self.target = target
        self.many = many

    def with_check(self, check: v.Check) -> Spec:
        """The same declaration with another check (an optional field's)."""
        return Spec(
            self.kind,
            self.doc,
            check,
            key=self.key,
            unique=self.unique,
            target=self.target,
            many=self.many,
        )


_SPEC = "interpol_data"


def _field(spec: Spec, *, optional: bool, required: bool) -> Any:
    """The attrs field for ``spec``: optional fields default to None, tuples to ()."""
    check: v.Check = v.Optional(spec.check) if optional else spec.check
    if required:
        default: Any = attr.NOTHING
    elif spec.many:
        default = ()
    else:
        default = None
    # No attrs validator or converter: the record classes check and convert
    # in one shared method (see enforce), which keeps attrs from generating and
    # compiling that code for every class, on every first use.
    return attr.field(
        default=default,
        metadata={_SPEC: spec if check is spec.check else spec.with_check(check)},
    )


def text(
    doc: str,
    *,
    optional: bool = False,
    required: bool | None = None,
    key: bool = False,
    unique: bool = False,
    multiline: bool = False,
) -> Any:
    """Text on one line (several with ``multiline``)."""
    spec = Spec(Kind.TEXT, doc, v.Text(multiline=multiline), key=key, unique=unique)
    return _field(spec, optional=optional, required=not optional if required is None else required)


def identifier(doc: str, check: v.Pattern = v.SLUG) -> Any:
    """The record's id: a key, unique in its collection."""
    spec = Spec(Kind.IDENTIFIER, doc, check, key=True, unique=True)
    return _field(spec, optional=False, required=True)


def code(
    doc: str,
    check: v.Pattern,
    *,
    optional: bool = False,
    key: bool = False,
    unique: bool = False,
) -> Any:
    """A code with a fixed form (ISO codes, a colour)."""
    spec = Spec(Kind.CODE, doc, check, key=key, unique=unique)
    return _field(spec, optional=optional, required=not optional)


def url(doc: str, *, unique: bool = False) -> Any:
    """An optional http(s) address."""
    return _field(Spec(Kind.URL, doc, v.URL, unique=unique), optional=True, required=False)


def year(doc: str, *, optional: bool = True, required: bool | None = None) -> Any:
    """A year between the earliest and latest the data can cover."""
    spec = Spec(Kind.YEAR, doc, v.YEAR)
    return _field(spec, optional=optional, required=not optional if required is None else required)


def count(doc: str, *, optional: bool = True) -> Any:
    """A whole number of at least zero."""
    return _field(Spec(Kind.NUMBER, doc, v.COUNT), optional=optional, required=not optional)


def number(doc: str, minimum: float, maximum: float) -> Any:
    """A required number (whole or not) from ``minimum`` to ``maximum``."""
    check = v.Number(minimum=minimum, maximum=maximum, integer=False)
    return _field(Spec(Kind.NUMBER, doc, check), optional=False, required=True)


def date(doc: str, *, partial: bool = True, optional: bool = True) -> Any:
    """A calendar date; with ``partial``, also a month (YYYY-MM) or a year (YYYY)."""
    kind = Kind.PARTIAL_DATE if partial else Kind.DATE
    spec = Spec(kind, doc, v.Date(partial=partial))
    return _field(spec, optional=optional, required=not optional)


def choice(
    vocabulary: type[enum.Enum], doc: str, *, optional: bool = False, required: bool = True
) -> Any:
    """A member of a closed vocabulary (an enum); its value is what JSON holds."""
    spec = Spec(Kind.CHOICE, doc, v.OneOf(vocabulary))
    return _field(spec, optional=optional, required=required)


def reference(target: str, doc: str, check: v.Pattern, *, optional: bool = False) -> Any:
    """The id of a record in the collection ``target``."""
    spec = Spec(Kind.REFERENCE, doc, check, target=target)
    return _field(spec, optional=optional, required=not optional)


def references(
    target: str,
    doc: str,
    check: v.Pattern,
    *,
    min_items: int = 0,
    required_with: tuple[str, ...] = (),
) -> Any:
    """Ids of records in the collection ``target``, each once."""
    items = v.Items(check, min_items=min_items, required_with=required_with)
    spec = Spec(Kind.REFERENCE, doc, items, target=target, many=True)
    return _field(spec, optional=False, required=min_items > 0)


def texts(doc: str, *, key: bool = False, unique: bool = False) -> Any:
    """Several texts, each once (aliases, regions); with ``unique``, none names another record."""
    spec = Spec(Kind.TEXT, doc, v.Items(v.Text()), key=key, unique=unique, many=True)
    return _field(spec, optional=False, required=False)


def record(record_type: type[Any], doc: str, *, optional: bool = False) -> Any:
    """One nested record."""
    spec = Spec(Kind.RECORD, doc, v.Nested(record_type))
    return _field(spec, optional=optional, required=not optional)


def records(record_type: type[Any], doc: str) -> Any:
    """Several nested records."""
    spec = Spec(Kind.RECORD, doc, v.Items(v.Nested(record_type), unique=False), many=True)
    return _field(spec, optional=False, required=False)


def localized_names(record_type: type[Any], doc: str) -> Any:
    """A record's names by language: nested records, one per language; lookup keys."""
    check = v.OnePerLanguage(v.Nested(record_type), unique=False)
    spec = Spec(Kind.RECORD, doc, check, key=True, many=True)
    return _field(spec, optional=False, required=False)


_SOURCES_DOC = "Ids of the sources (in the sources collection) that state this record's facts."


def sources(doc: str = _SOURCES_DOC, *, required_with: tuple[str, ...] = ()) -> Any:
    """The record's sources: at least one, unless ``required_with`` names the fields they back."""
    return references(
        "sources",
        doc,
        v.SOURCE_ID,
        min_items=0 if required_with else 1,
        required_with=required_with,
    )


# The plan ----------------------------------------------------------------


class FieldPlan:
    """Everything the package needs to know about one field, computed once."""

    __slots__ = (
        "annotation",
        "check",
        "doc",
        "json_type",
        "key",
        "kind",
        "many",
        "name",
        "nullable",
        "record_type",
        "required",
        "target",
        "unique",
        "vocabulary",
    )

    def __init__(
        self,
        *,
        name: str,
        kind: Kind,
        doc: str,
        check: v.Check,
        required: bool,
        nullable: bool,
        many: bool,
        key: bool,
        unique: bool,
        target: str | None,
        record_type: type[Any] | None,
        vocabulary: type[enum.Enum] | None,
        json_type: type[Any] | tuple[type[Any], ...],
        annotation: Any,
    ) -> None:
        self.name = name
        self.kind = kind
        self.doc = doc
        self.check = check
        self.required = required  # the key must be present in JSON
        self.nullable = nullable  # None is allowed
        self.many = many  # a tuple (a list in JSON)
        self.key = key
        self.unique = unique
        self.target = target  # the collection a reference points into
        self.record_type = record_type  # the nested record type, for RECORD fields
        self.vocabulary = vocabulary  # the enum, for CHOICE fields
        self.json_type = json_type  # what a JSON scalar must be
        self.annotation = annotation  # the field's type as declared, such as ``tuple[str, ...]``


class RecordPlan:
    """A record type's fields in declaration order, with the views the package uses."""

    __slots__ = (
        "by_name",
        "choices",
        "doc",
        "fields",
        "keys",
        "nested",
        "record_type",
        "references",
        "unique",
        "walk",
    )

    def __init__(self, record_type: type[Any], fields: tuple[FieldPlan, ...]) -> None:
        self.record_type = record_type
        self.doc = (record_type.__doc__ or "").strip().splitlines()[0]
        self.fields = fields
        self.by_name: Mapping[str, FieldPlan] = {field.name: field for field in fields}
        self.keys = tuple(field.name for field in fields if field.key)
        self.unique = tuple(field.name for field in fields if field.unique)
        self.references = tuple(field for field in fields if field.target is not None)
        self.nested = tuple(field for field in fields if field.record_type is not None)
        self.choices = tuple(field for field in fields if field.vocabulary is not None)
        # References and nested records, in field order.
        self.walk = tuple(
            field for field in fields if field.target is not None or field.record_type is not None
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The field names, in declaration order."""
        return tuple(self.by_name)


_PLANS: dict[type[Any], RecordPlan] = {}


def plan(record_type: type[Any]) -> RecordPlan:
    """The plan of ``record_type``, computed on first use and kept."""
    found = _PLANS.get(record_type)
    if found is None:
        found = _PLANS[record_type] = _make_plan(record_type)
    return found


def _make_plan(record_type: type[Any]) -> RecordPlan:
    attributes = attr.fields(record_type)
    # The record modules write real annotations (no string ones), as attrs keeps
    # them: evaluating them again with get_type_hints is only for a string.
    if any(isinstance(attribute.type, str) for attribute in attributes):
        hints = typing.get_type_hints(record_type)
    else:
        hints = {attribute.name: attribute.type for attribute in attributes}
    fields = tuple(_field_plan(attribute, hints[attribute.name]) for attribute in attributes)
    return RecordPlan(record_type, fields)


def enforce(record: Any) -> None:
    """Turn a record's choice values into members, then apply every field's check.

    Runs whenever a record is built or evolved (``__attrs_post_init__``), with
    the checks the loader applies. The packaged data is built by columns instead
    (``_shipped``), from values that passed the same checks.

    Raises:
        InvalidValueError: naming the first field, in declaration order, that fails.
    """
    record_plan = plan(type(record))
    # Every choice first: a rule that reads another field reads its member.
    for field in record_plan.choices:
        value = getattr(record, field.name)
        vocabulary = field.vocabulary
        if isinstance(value, str) and vocabulary is not None and not isinstance(value, vocabulary):
            member = vocabulary._value2member_map_.get(value)
            if member is not None:
                object.__setattr__(record, field.name, member)
    for field in record_plan.fields:
        field.check.enforce(record, field.name, getattr(record, field.name))


_JSON_TYPES: dict[Any, type[Any] | tuple[type[Any], ...]] = {
    str: str,
    int: int,
    float: (int, float),
}


def _field_plan(attribute: attr.Attribute[Any], hint: Any) -> FieldPlan:
    spec = attribute.metadata.get(_SPEC)
    if not isinstance(spec, Spec):
        raise TypeError(f"field {attribute.name} was not declared with interpol_data._fields")
    annotation = hint
    nullable = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        nullable = len(options) < len(typing.get_args(hint))
        hint = options[0]
    if typing.get_origin(hint) is tuple:
        hint = typing.get_args(hint)[0]
    is_record = isinstance(hint, type) and attr.has(hint)
    is_enum = isinstance(hint, type) and issubclass(hint, enum.Enum)
    return FieldPlan(
        name=attribute.name,
        kind=spec.kind,
        doc=spec.doc,
        check=spec.check,
        required=attribute.default is attr.NOTHING,
        nullable=nullable,
        many=spec.many,
        key=spec.key,
        unique=spec.unique,
        target=spec.target,
        record_type=hint if is_record else None,
        vocabulary=hint if is_enum else None,
        json_type=dict if is_record else (str if is_enum else _JSON_TYPES[hint]),
        annotation=annotation,
    )
