"""Checks on one field's value: inspectable objects that say what they check.

Each check answers :meth:`Check.problem` with a sentence (or None) for a value
in either form, as read from JSON (lists, plain strings) or as held by a
record (tuples, enum members), so that the loader, the record classes and the
JSON Schema apply the same rule. :meth:`Check.enforce`, which runs when a
record is built, raises :class:`~interpol_data.errors.InvalidValueError`
naming the field; :meth:`Check.all_pass` asks the rule of a whole column at once.

Every check runs in time linear in the size of the value.
"""

from __future__ import annotations

import enum
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import filterfalse
from operator import attrgetter
from typing import Any

from interpol_data.errors import InvalidValueError

__all__ = [
    "EARLIEST_YEAR",
    "LATEST_YEAR",
    "MAX_ITEMS",
    "MAX_RECORDS",
    "MAX_TEXT_LENGTH",
    "Check",
    "Date",
    "Items",
    "Number",
    "OneOf",
    "OnePerLanguage",
    "Pattern",
    "Text",
    "short",
]

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
MAX_TEXT_LENGTH = 10_000
"""Longest text a field may hold, in characters."""
MAX_ITEMS = 10_000
"""Most items a tuple field may hold."""
MAX_RECORDS = 100_000
"""Most records a collection may hold."""

# C0 and C1 controls (tab and line feed handled apart), bidirectional
# formatting marks, and lone surrogates: none belongs in a name or a sentence.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_FORBIDDEN_LINE = f"[\t\n{_CONTROLS}{_BIDI}{_SURROGATES}]"
_FORBIDDEN_MULTILINE = f"[\t{_CONTROLS}{_BIDI}{_SURROGATES}]"
_INVISIBLE = r"\s\u00ad\u180e\u200b-\u200d\u2060\ufeff"
_INVISIBLE_ONLY = f"[{_INVISIBLE}]*"


def _characters(spec: str) -> frozenset[str]:
    """The characters a character class body such as ``"a-z0"`` names."""
    found: set[str] = set()
    position = 0
    while position < len(spec):
        if spec[position + 1 : position + 2] == "-" and position + 2 < len(spec):
            found.update(map(chr, range(ord(spec[position]), ord(spec[position + 2]) + 1)))
            position += 3
        else:
            found.add(spec[position])
            position += 1
    return frozenset(found)


# The same rules as sets, for a short text read character by character.
_FORBIDDEN_ALWAYS = _characters(f"\t{_CONTROLS}{_BIDI}")
# _INVISIBLE's characters but white space (a test holds the text check to the
# schema pattern, which reads _INVISIBLE).
_INVISIBLE_MARKS = _characters("\u00ad\u180e\u200b-\u200d\u2060\ufeff")
_SHORT_TEXT = 200
"""Up to this length a text with an unprintable character is read character by character."""
# The same rules as regular expressions in escape form (JSON Schema, ECMA-262).
_FORBIDDEN_ESCAPED = (
    r"\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
)

Sibling = Callable[[str], Any]
"""Reads another field of the same record (for rules that span two fields)."""


def _no_sibling(_name: str) -> Any:
    return None


class Check:
    """A rule about one field's value, asked of one value, of a record's field or of a column."""

    __slots__ = ()

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        """What is wrong with ``value``, or None when it passes."""
        raise NotImplementedError

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        raise NotImplementedError

    reads_siblings = False
    """Whether the rule reads other fields of the record (most do not)."""

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        """Whether every one of ``values`` passes: :meth:`problem` asked of a whole column.

        ``records`` holds the JSON-shaped records the values come from, in the
        same order; only a rule that reads other fields reads them. Subclasses
        answer faster for the common case, and exactly as :meth:`problem` would.
        """
        if self.reads_siblings:
            return all(
                self.problem(value, record.get) is None
                for value, record in zip(values, records, strict=True)
            )
        return all(self.problem(value) is None for value in values)

    def enforce(self, record: Any, name: str, value: Any) -> None:
        """Raise :class:`InvalidValueError` when ``value``, field ``name`` of ``record``, fails."""
        # A reader of the other fields only for the rules that read them: it
        # costs a closure per field of every record built.
        sibling = (lambda other: getattr(record, other)) if self.reads_siblings else _no_sibling
        message = self.problem(value, sibling)
        if message is not None:
            raise InvalidValueError(type(record).__name__, name, message)

    def __repr__(self) -> str:
        names: tuple[str, ...] = self.__slots__
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({shown})"


class Text(Check):
    """Text on one line (or several, when ``multiline``), trimmed, visible, printable."""

    __slots__ = ("max_length", "multiline")

    def __init__(self, *, multiline: bool = False, max_length: int = MAX_TEXT_LENGTH) -> None:
        self.multiline = multiline
        self.max_length = max_length

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        lines = "lines" if self.multiline else "one line"
        return f"text ({lines}, at most {self.max_length} characters)"

    @property
    def pattern(self) -> str:
        """The rule as one regular expression (length aside), for the JSON Schema."""
        inner = _FORBIDDEN_ESCAPED + (r"\t" if self.multiline else r"\t\n")
        edge = f"[^\\s{inner}]"
        return f"^(?=[\\s\\S]*[^{_INVISIBLE}])(?:{edge}(?:[^{inner}]*{edge})?)$"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        if not isinstance(value, str):
            return f"must be text, got {type(value).__name__}"
        if len(value) > self.max_length:
            return f"is {len(value)} characters long, over the limit of {self.max_length}"
        if value.isprintable():
            # No forbidden character is printable (controls, format marks,
            # surrogates), nor is any invisible one but the space: the patterns
            # below, compiled on first need, would find nothing but spaces.
            stripped = value.strip()
            if not stripped:
                return "must not be blank"
            return None if stripped == value else "must not start or end with white space"
        if len(value) <= _SHORT_TEXT:
            # A name with a joiner or a no-break space: reading its characters
            # costs less than compiling the patterns, which longer texts use.
            for character in value:
                if (
                    character in _FORBIDDEN_ALWAYS
                    or (character == "\n" and not self.multiline)
                    or "\ud800" <= character <= "\udfff"
                ):
                    return f"holds the control or formatting character {character!r}"
            if all(character.isspace() or character in _INVISIBLE_MARKS for character in value):
                return "must not be blank"
            return None if value == value.strip() else "must not start or end with white space"
        forbidden = _compiled(_FORBIDDEN_MULTILINE if self.multiline else _FORBIDDEN_LINE).search(
            value
        )
        if forbidden is not None:
            return f"holds the control or formatting character {forbidden.group()!r}"
        if _compiled(_INVISIBLE_ONLY).fullmatch(value):
            return "must not be blank"
        if value != value.strip():
            return "must not start or end with white space"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not _only(values, str) or "" in values:
            return super().all_pass(values)
        if max(map(len, values), default=0) > self.max_length:
            return False
        if list(map(str.strip, values)) != list(values):
            return False
        # A printable text passes once it is not blank and has no white space at
        # either end (checked above); only the others are asked one by one. A
        # line break is allowed where several lines are.
        joined = "".join(values)
        if (joined.replace("\n", "") if self.multiline else joined).isprintable():
            return True
        unprintable = filterfalse(str.isprintable, values)  # the few others, found in C
        return all(self.problem(value) is None for value in unprintable)


class Pattern(Check):
    """Text that matches ``pattern`` (a regular expression, matched whole)."""

    __slots__ = ("pattern", "what")

    def __init__(self, pattern: str, what: str) -> None:
        self.pattern = pattern
        self.what = what

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return f"{self.what} (`{self.pattern}`)"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        if (
            not isinstance(value, str)
            or len(value) > MAX_TEXT_LENGTH
            or not _compiled(self.pattern).fullmatch(value)
        ):
            return f"must be {self.what}, got {short(value)}"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not _only(values, str):
            return super().all_pass(values)
        distinct = set(values)  # codes and ids repeat: each is matched once
        if max(map(len, distinct), default=0) > MAX_TEXT_LENGTH:
            return False
        return all(map(_compiled(self.pattern).fullmatch, distinct))


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    found = _PATTERNS.get(pattern)
    if found is None:
        found = _PATTERNS[pattern] = re.compile(pattern)
    return found


def short(value: Any) -> str:
    """A value as a problem shows it: its repr, cut to 60 characters."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _only(values: Iterable[Any], *types: type[Any]) -> bool:
    """Whether every value is of exactly one of ``types`` (no subclass), settled in one pass."""
    return set(map(type, values)).issubset(types)


class Date(Check):
    """A calendar date written YYYY-MM-DD, or with ``partial`` also YYYY-MM or YYYY."""

    __slots__ = ("partial",)

    def __init__(self, *, partial: bool) -> None:
        self.partial = partial

    @property
    def pattern(self) -> str:
        """The written form, as a regular expression (the calendar is checked apart)."""
        if self.partial:
            return r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
        return r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return "a calendar date, YYYY, YYYY-MM or YYYY-MM-DD" if self.partial else "YYYY-MM-DD"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        written = "YYYY, YYYY-MM or YYYY-MM-DD" if self.partial else "YYYY-MM-DD"
        if not isinstance(value, str) or not _compiled(self.pattern).fullmatch(value):
            return f"must be a date written {written}, got {short(value)}"
        if len(value) == 10:
            import datetime  # noqa: PLC0415 - no date field on the first country lookup

            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return f"is not a day of the calendar: {value!r}"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not _only(values, str):
            return super().all_pass(values)
        distinct = set(values)
        if not all(map(_compiled(self.pattern).fullmatch, distinct)):
            return False
        days = [value for value in distinct if len(value) == 10]
        if not days:
            return True
        import datetime  # noqa: PLC0415 - no date field on the first country lookup

        try:
            deque(map(datetime.date.fromisoformat, days), maxlen=0)
        except ValueError:  # not a day of the calendar
            return False
        return True


class Number(Check):
    """A number from ``minimum`` to ``maximum`` (either may be None); a whole one if ``integer``."""

    __slots__ = ("integer", "maximum", "minimum")

    def __init__(
        self, *, minimum: float | None, maximum: float | None = None, integer: bool = True
    ) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        bounds = [f"at least {self.minimum}"] if self.minimum is not None else []
        bounds += [f"at most {self.maximum}"] if self.maximum is not None else []
        return f"{'a whole number' if self.integer else 'a number'}, {' and '.join(bounds)}"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        allowed = int if self.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, allowed):
            return f"must be {'a whole number' if self.integer else 'a number'}, got {short(value)}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum}, got {value}"
        if self.maximum is not None and value > self.maximum:
            return f"must be at most {self.maximum}, got {value}"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not values or not _only(values, int):  # floats (and NaN) one by one
            return super().all_pass(values)
        return (self.minimum is None or min(values) >= self.minimum) and (
            self.maximum is None or max(values) <= self.maximum
        )


class OneOf(Check):
    """A member of the closed vocabulary ``vocabulary`` (or its value, as read from JSON)."""

    __slots__ = ("vocabulary",)

    def __init__(self, vocabulary: type[enum.Enum]) -> None:
        self.vocabulary = vocabulary

    @property
    def allowed(self) -> tuple[str, ...]:
        """Every allowed value, as written in the data."""
        return tuple(str(member.value) for member in self.vocabulary)

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return "one of " + ", ".join(f"`{value}`" for value in self.allowed)

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        if isinstance(value, self.vocabulary) or (
            isinstance(value, str) and value in self.vocabulary._value2member_map_
        ):
            return None
        return f"must be one of {', '.join(map(repr, self.allowed))}, got {short(value)}"

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not _only(values, str):  # members (a built record's values) one by one
            return super().all_pass(values)
        return self.vocabulary._value2member_map_.keys() >= set(values)


class Items(Check):
    """A tuple (a list in JSON) whose items each pass ``item``.

    ``min_items`` and ``unique`` bound it; ``required_with`` names fields of the
    same record that, when any holds a value, make at least one item required
    (a bureau's city needs a source).
    """

    __slots__ = ("item", "max_items", "min_items", "required_with", "unique")

    def __init__(
        self,
        item: Check | None,
        *,
        min_items: int = 0,
        unique: bool = True,
        required_with: tuple[str, ...] = (),
        max_items: int = MAX_ITEMS,
    ) -> None:
        self.item = item
        self.min_items = min_items
        self.unique = unique
        self.required_with = required_with
        self.max_items = max_items

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        parts = [f"at least {self.min_items}"] if self.min_items else []
        parts += ["each once"] if self.unique else []
        parts += [f"at least one when {' or '.join(self.required_with)} is given"] * bool(
            self.required_with
        )
        item = f"; each {self.item.describe()}" if self.item is not None else ""
        return f"a list ({', '.join(parts) or 'any number'}){item}"

    @property
    def reads_siblings(self) -> bool:  # type: ignore[override]
        """Whether the rule reads other fields of the record (``required_with``)."""
        return bool(self.required_with)

    def enforce(self, record: Any, name: str, value: Any) -> None:
        """Raise :class:`InvalidValueError` unless ``value`` is a tuple that passes."""
        if not isinstance(value, tuple):
            raise InvalidValueError(
                type(record).__name__, name, f"must be a tuple, got {type(value).__name__}"
            )
        super().enforce(record, name, value)

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        if not isinstance(value, tuple | list):
            return f"must be a list, got {type(value).__name__}"
        if len(value) > self.max_items:
            return f"holds {len(value)} items, over the limit of {self.max_items}"
        if len(value) < self.min_items:
            return f"must hold at least {self.min_items} item{'s' if self.min_items > 1 else ''}"
        if not value and any(sibling(name) is not None for name in self.required_with):
            filled = [name for name in self.required_with if sibling(name) is not None]
            return f"must cite at least one source for {' and '.join(filled)}"
        if self.item is not None:
            for position, item in enumerate(value):
                message = self.item.problem(item)
                if message is not None:
                    return f"item {position} {message}"
        if self.unique:
            try:
                if len(set(value)) == len(value):
                    return None  # the common case, without counting
                counts = Counter(value)
            except TypeError:
                return None  # unhashable items are refused by the item check or the loader
            repeated = [item for item, count in counts.items() if count > 1]
            if repeated:
                return f"repeats {', '.join(short(item) for item in repeated[:5])}"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not values or not _only(values, list, tuple):
            return super().all_pass(values, records)
        lengths = list(map(len, values))
        if max(lengths) > self.max_items or min(lengths) < self.min_items:
            return False
        if self.required_with and 0 in lengths:
            # An empty list passes unless a field it is required with holds a value.
            empty = [
                (value, record) for value, record in zip(values, records, strict=True) if not value
            ]
            if not all(self.problem(value, record.get) is None for value, record in empty):
                return False
        if self.item is not None and not self.item.all_pass(
            [item for value in values for item in value]
        ):
            return False
        if self.unique:
            try:
                return list(map(len, map(set, values))) == lengths
            except TypeError:  # unhashable items: as problem() decides
                return super().all_pass(values, records)
        return True


class OnePerLanguage(Items):
    """Names by language (records with a ``language``): at most one per language."""

    __slots__ = ()

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return f"{super().describe()}; one per language"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        message = super().problem(value, sibling)
        if message is not None:
            return message
        seen: set[object] = set()
        repeated: list[str] = []
        for item in value:
            language = getattr(item, "language", None)
            if language in seen:
                repeated.append(str(language))
            seen.add(language)
        if repeated:
            return f"must give one name per language; repeated: {', '.join(sorted(repeated))}"
        return None

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if not super().all_pass(values, records):
            return False
        try:
            languages = attrgetter("language")
            return [len(set(map(languages, value))) for value in values] == list(map(len, values))
        except (AttributeError, TypeError):  # not names: as problem() decides
            return all(self.problem(value) is None for value in values)


class Optional(Check):
    """None, or a value that passes ``inner``."""

    __slots__ = ("inner",)

    def __init__(self, inner: Check) -> None:
        self.inner = inner

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return f"{self.inner.describe()}, or null"

    @property
    def reads_siblings(self) -> bool:  # type: ignore[override]
        """Whether the inner rule reads other fields of the record."""
        return self.inner.reads_siblings

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        return None if value is None else self.inner.problem(value, sibling)

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        if self.inner.reads_siblings:
            return super().all_pass(values, records)
        return self.inner.all_pass([value for value in values if value is not None])


class Nested(Check):
    """A record of ``record_type`` (validated when it was built)."""

    __slots__ = ("record_type",)

    def __init__(self, record_type: type[Any]) -> None:
        self.record_type = record_type

    def describe(self) -> str:
        """The rule in words, for the data dictionary."""
        return f"a {self.record_type.__name__} object"

    def problem(self, value: Any, sibling: Sibling = _no_sibling) -> str | None:
        if isinstance(value, self.record_type):
            return None
        return f"must be a {self.record_type.__name__}, got {type(value).__name__}"

    def all_pass(self, values: Sequence[Any], records: Sequence[Mapping[str, Any]] = ()) -> bool:
        return _only(values, self.record_type) or super().all_pass(values)


SLUG = Pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*", "a lower-case slug such as 'general-assembly'")
ALPHA_2 = Pattern(r"[A-Z]{2}", "an ISO 3166-1 alpha-2 code such as 'FR'")
ALPHA_3 = Pattern(r"[A-Z]{3}", "an ISO 3166-1 alpha-3 code such as 'FRA'")
NUMERIC_CODE = Pattern(r"[0-9]{3}", "an ISO 3166-1 numeric code of three digits such as '250'")
LANGUAGE_CODE = Pattern(r"[a-z]{2}", "an ISO 639-1 code such as 'fr'")
LANGUAGE_TAG = Pattern(
    r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-[0-9]{3})?",
    "a BCP 47 language tag such as 'fr' or 'sr-Latn'",
)
URL = Pattern(
    r"https?://[^\s/$.?#\x00-\x1f\x7f-\x9f][^\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]*",
    "an http(s) URL",
)
SOURCE_ID = Pattern(r"[a-z0-9][a-z0-9._-]*", "a source id (lower case, digits, '.', '_' or '-')")
COLOUR = Pattern(r"[a-z]+", "a colour name in lower case such as 'red'")
YEAR = Number(minimum=EARLIEST_YEAR, maximum=LATEST_YEAR)
COUNT = Number(minimum=0)
