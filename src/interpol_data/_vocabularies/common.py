"""What every vocabulary shares: a string enum whose members know their label."""

from __future__ import annotations

import enum
from typing import TypeVar

__all__ = ["Vocabulary", "public"]

_T = TypeVar("_T")


def public(vocabulary: type[_T]) -> type[_T]:
    """Name :mod:`interpol_data.vocabulary`, where every vocabulary is documented, as its module."""
    vocabulary.__module__ = "interpol_data.vocabulary"
    return vocabulary


class Vocabulary(str, enum.Enum):
    """A string enum whose members know their label for people."""

    @property
    def label(self) -> str:
        """The human spelling: ``"regional-bureau"`` becomes ``"Regional bureau"``."""
        value = str(self.value)
        return _LABELS.get(value, value.replace("-", " ").capitalize())

    def __str__(self) -> str:
        return str(self.value)


_LABELS = {
    "asia-south-pacific": "Asia / South Pacific",
    "un-agency": "UN agency",
    "ngo": "NGO",
    "representative-office": "Representative office",
}
