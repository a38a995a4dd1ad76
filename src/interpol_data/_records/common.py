"""What every record class shares: repr, equality and hash, names, common fields."""

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attr

from interpol_data import _fields as f
from interpol_data import _validators as v

if TYPE_CHECKING:
    from interpol_data._names import Names

__all__ = [
    "ALIASES_DOC",
    "Displayable",
    "LocalizedName",
    "Named",
    "aliases_field",
    "localized_names_field",
    "notes_field",
    "public",
]

_T = TypeVar("_T")


def public(record_type: type[_T]) -> type[_T]:
    """Name :mod:`interpol_data.records`, where every record class is documented, as its module.

    Pickles and reprs then name the one public path, whichever private module
    created the class.
    """
    record_type.__module__ = "interpol_data.records"
    return record_type


class Displayable:
    """Gives records their repr, equality, hash and an HTML table in Jupyter; holds no data.

    The record classes ask attrs for ``repr=False, eq=False`` and inherit these
    three methods instead: written once here, they behave as attrs' own, and
    they spare attrs generating and compiling them for every class, more than
    half the cost of creating the classes on the first lookup.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in _field_names(self.__class__)
        )
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _field_values(self.__class__)
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash((self.__class__, _field_values(self.__class__)(self)))

    def __attrs_post_init__(self) -> None:
        # Every field's declared check, for a record built or evolved by a caller.
        f.enforce(self)

    def _repr_html_(self) -> str:
        from interpol_data._display import record_html  # noqa: PLC0415

        return record_html(self)


_NAMES: dict[type[Any], tuple[str, ...]] = {}
_GETTERS: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {}


def _field_names(record_type: type[Any]) -> tuple[str, ...]:
    found = _NAMES.get(record_type)
    if found is None:
        found = _NAMES[record_type] = tuple(field.name for field in attr.fields(record_type))
    return found


def _field_values(record_type: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving a record's field values as a tuple, in field order."""
    found = _GETTERS.get(record_type)
    if found is None:
        # The class as a last item: attrgetter returns a tuple only for two names or more.
        getter = operator.attrgetter(*_field_names(record_type), "__class__")
        found = _GETTERS[record_type] = getter
    return found


NOTES_DOC = "Oddities, disagreements between sources and gaps, in plain words; None if none."
ALIASES_DOC = "Other names people use for it (former names, short forms, other spellings)."


def notes_field() -> Any:
    return f.text(NOTES_DOC, optional=True, multiline=True)


def aliases_field() -> Any:
    return f.texts(ALIASES_DOC, key=True)


@public
@attr.frozen(repr=False, eq=False)
class LocalizedName(Displayable):
    """A record's name in one language, such as ("fr", "Allemagne")."""

    language: str = f.code("BCP 47 language tag, such as 'fr' or 'sr-Latn'.", v.LANGUAGE_TAG)
    name: str = f.text("The name in that language.")


LOCALIZED_NAMES_DOC = (
    "Its names by language (BCP 47 tag): INTERPOL's four languages and, for a country, "
    "its own official languages; read them as the mapping ``names``."
)


def localized_names_field() -> Any:
    return f.localized_names(LocalizedName, LOCALIZED_NAMES_DOC)


class Named(Displayable):
    """Gives named records a ``names`` mapping; holds no data.

    The mapping comes from ``localized_names`` where a record has them, else
    it holds the English name alone.
    """

    __slots__ = ()

    @property
    def names(self) -> "Names":  # a string: _names is imported when names are first read
        """Names by language tag, such as ``names["fr"]``; "en" falls back to ``name``."""
        from interpol_data._names import Names  # noqa: PLC0415 - not needed to build records

        pairs = tuple((item.language, item.name) for item in getattr(self, "localized_names", ()))
        return Names((*pairs, ("en", getattr(self, "name", ""))))
