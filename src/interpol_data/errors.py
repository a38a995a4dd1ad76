"""The exceptions interpol-data raises, each carrying the data a caller needs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "AmbiguousLookupError",
    "DatasetError",
    "InterpolDataError",
    "InvalidValueError",
    "NotAMemberError",
    "NotFoundError",
    "Problem",
    "UncertainAnswerError",
    "UnknownMembershipError",
]


_SHOWN = 100
"""Characters of a missed key a message shows (the ``key`` attribute keeps it whole)."""


class InterpolDataError(Exception):
    """Base class of every error this package raises on purpose.

    Errors compare equal when they are of one type and carry the same data,
    so that one sent between processes (pickled) equals the one raised.
    """

    def __eq__(self, other: object) -> bool:
        return (
            type(self) is type(other)
            and isinstance(other, BaseException)
            and self.__reduce__() == other.__reduce__()
        )

    __hash__ = Exception.__hash__


class NotFoundError(InterpolDataError, LookupError):
    """No record in ``collection`` matches ``key``.

    ``suggestions`` holds the closest records, best first, so that a caller
    (or the message, which names each with its id) can offer them;
    ``explanation`` says why, where more is known than "no match" (for example
    that a place is not a member).
    """

    def __init__(
        self,
        collection: str,
        key: object,
        suggestions: Iterable[object] = (),
        explanation: str | None = None,
    ) -> None:
        self.collection = collection
        self.key = key
        self.suggestions: tuple[Any, ...] = tuple(suggestions)
        self.explanation = explanation
        shown = key if not isinstance(key, str) or len(key) <= _SHOWN else key[:_SHOWN] + "…"
        message = f"no record in {collection!r} matches {shown!r}"
        if explanation:
            message += f": {explanation}"
        if self.suggestions:
            labels = ", ".join(_label(s) for s in self.suggestions)
            message += f"; did you mean {labels}?"
        else:
            message += f"; try {collection}.search(text) to browse candidates"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.collection, self.key, self.suggestions, self.explanation))

    def __str__(self) -> str:
        # LookupError would otherwise show the message quoted like a key.
        return str(self.args[0])


def _label(suggestion: object) -> str:
    """A suggested record as "'Name (id)'"; a plain text as itself, quoted."""
    if isinstance(suggestion, str):
        return repr(suggestion)
    name = getattr(suggestion, "name", None) or getattr(suggestion, "title", None)
    return repr(f"{name} ({getattr(suggestion, 'id', '?')})")


class InvalidValueError(InterpolDataError, ValueError):
    """A record was built (or evolved) with a value its field refuses.

    ``record_type`` names the record class, ``field`` the field and ``reason``
    what is wrong, such as ``"must be an ISO 3166-1 alpha-3 code such as 'FRA', got 'fr'"``.
    """

    def __init__(self, record_type: str, field: str, reason: str) -> None:
        self.record_type = record_type
        self.field = field
        self.reason = reason
        super().__init__(f"{record_type}.{field} {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.record_type, self.field, self.reason))


class AmbiguousLookupError(InterpolDataError, LookupError):
    """``key`` names more than one record of ``collection``; ``candidates`` lists their ids."""

    def __init__(self, collection: str, key: str, candidates: Iterable[str]) -> None:
        self.collection = collection
        self.key = key
        self.candidates: tuple[str, ...] = tuple(candidates)
        super().__init__(
            f"{key!r} is ambiguous in {collection!r}: it names "
            + ", ".join(repr(c) for c in self.candidates)
            + "; look the record up by its id instead"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.collection, self.key, self.candidates))

    def __str__(self) -> str:
        return str(self.args[0])


class Problem:
    """One thing wrong with a dataset, and where it is (immutable).

    A plain class rather than an attrs one, so that importing the package
    does not import attrs before any data is used.
    """

    __slots__ = ("collection", "field", "message", "record_id")

    message: str
    collection: str | None
    record_id: str | None
    field: str | None

    def __init__(
        self,
        message: str,
        collection: str | None = None,
        record_id: str | None = None,
        field: str | None = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "message", message)
        setter(self, "collection", collection)
        setter(self, "record_id", record_id)
        setter(self, "field", field)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Problem cannot be changed")

    def __reduce__(self) -> tuple[object, ...]:
        return (Problem, self._key())

    def _key(self) -> tuple[str, str | None, str | None, str | None]:
        return (self.message, self.collection, self.record_id, self.field)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Problem(message={self.message!r}, collection={self.collection!r}, "
            f"record_id={self.record_id!r}, field={self.field!r})"
        )

    def as_dict(self) -> dict[str, str | None]:
        """The problem as plain data, for JSON output."""
        return {
            "message": self.message,
            "collection": self.collection,
            "record_id": self.record_id,
            "field": self.field,
            "location": self.location,
        }

    @property
    def location(self) -> str:
        """Where the problem is, as ``collection['record_id'].field``."""
        where = self.collection or "dataset"
        if self.record_id is not None:
            where += f"[{self.record_id!r}]"
        if self.field:
            where += f".{self.field}"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


MESSAGE_PROBLEMS = 50
"""How many problems a :class:`DatasetError` message lists; ``problems`` keeps them all."""


class DatasetError(InterpolDataError, ValueError):
    """A dataset is invalid; ``problems`` lists every problem found, not just the first.

    The message lists the first :data:`MESSAGE_PROBLEMS` problems and always
    states the total, so that a badly broken file gives a readable error.
    """

    def __init__(self, problems: Iterable[Problem], *, origin: str = "dataset") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.origin = origin
        count = len(self.problems)
        lines = [f"{origin} is invalid ({count} problem{'s' if count != 1 else ''}):"]
        lines += [f"  - {problem}" for problem in self.problems[:MESSAGE_PROBLEMS]]
        if count > MESSAGE_PROBLEMS:
            lines.append(f"  … and {count - MESSAGE_PROBLEMS} more (see .problems)")
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_dataset_error, (self.problems, self.origin))


def _rebuild_dataset_error(problems: tuple[Problem, ...], origin: str) -> DatasetError:
    return DatasetError(problems, origin=origin)


class NotAMemberError(NotFoundError):
    """``key`` names a place that is not an INTERPOL member country.

    ``reason`` says why (a non-member state, or a territory that a member's
    National Central Bureau serves); ``suggestions`` holds the serving member, if any.
    """

    def __init__(
        self, collection: str, key: object, reason: str, suggestions: Iterable[str] = ()
    ) -> None:
        super().__init__(collection, key, suggestions)
        self.reason = reason
        self.args = (f"{key!r} is not an INTERPOL member country: {reason}",)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.collection, self.key, self.reason, self.suggestions))


class UncertainAnswerError(InterpolDataError, ValueError):
    """The sources do not settle the answer to a question about a date; the message says why."""

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), self.args)


class UnknownMembershipError(UncertainAnswerError):
    """The data cannot tell who was a member on ``on``.

    ``uncertain`` holds the ids of the member countries whose membership on
    that date no source settles (accession unknown, or known only to the
    year); it is empty when the date lies after the data's as-of date.
    """

    def __init__(self, on: object, uncertain: Iterable[str], reason: str) -> None:
        self.on = on
        self.uncertain: tuple[str, ...] = tuple(uncertain)
        self.reason = reason
        super().__init__(reason)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.on, self.uncertain, self.reason))
