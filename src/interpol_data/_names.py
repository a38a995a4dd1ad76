"""A record's names by language: a small read-only, hashable mapping.

>>> names = Names((("en", "Germany"), ("fr", "Allemagne")))
>>> names["fr"]
'Allemagne'
>>> dict(names)
{'en': 'Germany', 'fr': 'Allemagne'}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NoReturn

__all__ = ["Names"]


class Names(Mapping[str, str]):
    """Names by language tag ("ar", "en", "fr", "es", "de", "sr-Latn", ...); read-only.

    A view over a record's stored (language, name) pairs: the records stay
    plain immutable data, and ``record.names["fr"]`` reads like a dict.
    """

    __slots__ = ("_pairs",)

    _pairs: tuple[tuple[str, str], ...]

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        seen: dict[str, str] = {}
        for language, name in pairs:
            seen.setdefault(language, name)
        object.__setattr__(self, "_pairs", tuple(seen.items()))

    def __getitem__(self, language: str) -> str:
        for tag, name in self._pairs:
            if tag == language:
                return name
        raise KeyError(language)

    def __iter__(self) -> Iterator[str]:
        return (tag for tag, _name in self._pairs)

    def __len__(self) -> int:
        return len(self._pairs)

    def __hash__(self) -> int:
        return hash(frozenset(self._pairs))

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("names cannot be changed")

    def __repr__(self) -> str:
        return f"Names({dict(self._pairs)!r})"
