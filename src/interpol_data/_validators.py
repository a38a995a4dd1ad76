"""Format validators for single fields; rules that span records live in the loader."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ALPHA_2 = re.compile(r"[A-Z]{2}")
_ALPHA_3 = re.compile(r"[A-Z]{3}")
_NUMERIC = re.compile(r"[0-9]{3}")
_LANGUAGE = re.compile(r"[a-z]{2}")
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-[0-9]{3})?")
_PARTIAL_DATE = re.compile(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*")
_SOURCE_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_COLOUR = re.compile(r"[a-z]+")


class FieldError(ValueError):
    """A field's value breaks its format; ``field`` names the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field} {message}")


EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _pattern(regex: re.Pattern[str], what: str) -> Validator:
    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str) or not regex.fullmatch(value):
            raise FieldError(attribute.name, f"must be {what}, got {value!r}")

    return check


slug = _pattern(_SLUG, "a lower-case slug such as 'general-assembly'")
alpha_2 = _pattern(_ALPHA_2, "an ISO 3166-1 alpha-2 code such as 'FR'")
alpha_3 = _pattern(_ALPHA_3, "an ISO 3166-1 alpha-3 code such as 'FRA'")
numeric_code = _pattern(_NUMERIC, "an ISO 3166-1 numeric code of three digits such as '250'")
language_code = _pattern(_LANGUAGE, "an ISO 639-1 code such as 'fr'")
language_tag = _pattern(_LANGUAGE_TAG, "a BCP 47 language tag such as 'fr' or 'sr-Latn'")
partial_date = _pattern(_PARTIAL_DATE, "a date written YYYY, YYYY-MM or YYYY-MM-DD")
url = _pattern(_URL, "an http(s) URL")
source_id = _pattern(_SOURCE_ID, "a source id (lower case, digits, '.', '_' or '-')")
colour = _pattern(_COLOUR, "a colour name in lower case such as 'red'")


def text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse empty text and text with stray surrounding white space."""
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise FieldError(attribute.name, "must be non-empty text without surrounding spaces")


def year(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse years outside the span INTERPOL and its data can cover."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(attribute.name, f"must be a whole year, got {value!r}")
    if not EARLIEST_YEAR <= value <= LATEST_YEAR:
        raise FieldError(
            attribute.name, f"must be a year between {EARLIEST_YEAR} and {LATEST_YEAR}, got {value}"
        )


def non_negative(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse negative counts and amounts."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise FieldError(attribute.name, f"must be a number of at least 0, got {value!r}")


def between(low: float, high: float) -> Validator:
    """Refuse numbers outside ``[low, high]``."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FieldError(attribute.name, f"must be a number, got {value!r}")
        if not low <= value <= high:
            raise FieldError(attribute.name, f"must be between {low} and {high}, got {value}")

    return check


def each(member: Validator) -> Validator:
    """Apply ``member`` to every item of a tuple field, and refuse repeated items."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise FieldError(attribute.name, f"must be a tuple, got {type(value).__name__}")
        for item in value:
            member(instance, attribute, item)
        if len(set(value)) != len(value):
            repeated = sorted({item for item in value if value.count(item) > 1}, key=repr)
            raise FieldError(attribute.name, f"repeats {', '.join(map(repr, repeated))}")

    return check


def optional(inner: Validator) -> Validator:
    """Accept None, else apply ``inner``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def non_empty(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Refuse an empty tuple where at least one item is required (such as sources)."""
    if not value:
        raise FieldError(attribute.name, "must hold at least one item")
