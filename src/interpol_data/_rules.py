"""The rules across records, for a user's dataset and the packaged one alike.

A record's own fields are checked when it is built (``_validators``, through
the field plans); the rules here need several records at once: ids and keys
unique in a collection, references that resolve, the counts the organisation
states, the seats of a body, and the history across collections. Each rule
adds a :class:`~interpol_data.errors.Problem` per finding and raises nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from interpol_data._fields import plan
from interpol_data._registry import collection_type
from interpol_data._text import normalize
from interpol_data._validators import Date, short
from interpol_data.errors import Problem

if TYPE_CHECKING:
    import datetime

    from interpol_data import records as r

__all__ = [
    "as_of",
    "check_counts",
    "check_references",
    "check_seats",
    "check_unique",
    "check_whole",
    "raw_id",
    "raw_ids",
]


def raw_id(raw: Any) -> str | None:
    """The id of a JSON-shaped record, when it has a printable one, for naming it in problems."""
    if isinstance(raw, Mapping):
        value = raw.get("id")
        return value if isinstance(value, str) and value.isprintable() else None
    return None


def raw_ids(raw: Any) -> list[str]:
    """The ids of a list of JSON-shaped records, those it has."""
    if not isinstance(raw, list):
        return []
    return [found for found in map(raw_id, raw) if found is not None]


def check_unique(
    name: str, record_type: type[Any], raw: Any, problems: list[Problem], *, built: bool = False
) -> None:
    """No two records share an id, nor any text of a field declared unique.

    Unique fields that are lookup keys (codes, names and, for countries,
    aliases) share one namespace, compared as ``lookup`` compares them: a name
    of one record may not be the code or alias of another, or lookups would
    become ambiguous. A unique field that is no key (a source's URL) is
    compared as written, within that field.

    ``raw`` holds the JSON-shaped records, or with ``built`` the records built
    from them (which hold the same texts, and let the parsed data go first).
    """
    if not isinstance(raw, list):
        return
    record_plan = plan(record_type)

    def values_of(field: str) -> list[Any]:
        if built:
            return list(map(attrgetter(field), raw))
        return [item.get(field) if isinstance(item, Mapping) else None for item in raw]

    def record_id(position: int) -> str:
        return str(raw[position].id) if built else raw_id(raw[position]) or f"#{position}"

    ids: dict[str, int] = {}  # id, folded for case -> position of its first holder
    repeated_ids: dict[str, list[int]] = {}  # the same, for ids held more than once
    first_owner: dict[str, tuple[int, str]] = {}  # key -> (position, field) of its first holder
    keys: dict[str, str] = {}  # text -> its key: names often repeat (a name, its short form)
    # Field by field, so that the later-declared field (an alias, not a code)
    # is the one blamed when two records meet.
    for field in record_plan.unique:
        is_key = field in record_plan.keys
        owners = first_owner if is_key else {}
        for position, value in enumerate(values_of(field)):
            if isinstance(value, str):
                texts: Iterable[Any] = (value,)
            elif isinstance(value, list | tuple):
                texts = value
            else:
                continue
            for text in texts:
                if not isinstance(text, str):
                    continue
                if field == "id":
                    first = ids.setdefault(text.casefold(), position)
                    if first != position:
                        repeated_ids.setdefault(text.casefold(), [first]).append(position)
                key = text
                if is_key:
                    folded = keys.get(text)
                    if folded is None:
                        folded = keys[text] = normalize(text)
                    key = folded
                owner = owners.setdefault(key, (position, field))
                if owner[0] == position or (field == "id" and owner[1] == "id"):
                    continue
                problems.append(
                    Problem(
                        f"{short(text)} also names {record_id(owner[0])!r} (as its {owner[1]})",
                        name,
                        record_id(position),
                        field,
                    )
                )
    for positions in repeated_ids.values():
        holders = dict.fromkeys(map(record_id, positions))
        problems.extend(
            Problem(f"id is used by {len(positions)} records", name, holder, "id")
            for holder in holders
        )


def check_references(
    name: str, found: Iterable[Any], ids: Mapping[str, frozenset[str]], problems: list[Problem]
) -> None:
    """Every id a record holds (in nested records too) names a record of its target collection."""
    records = list(found)
    kinds = set(map(type, records))
    if len(kinds) == 1 and _all_known(records, kinds.pop(), ids):
        return  # the common case, settled a field at a time, without naming each reference
    # Imported here: only a dangling reference needs each one named.
    from interpol_data._references import references  # noqa: PLC0415

    for record in records:
        for ref in references(record):
            if ref.id not in ids[ref.target]:
                problems.append(
                    Problem(
                        f"refers to {ref.id!r}, not an id in {ref.target}",
                        name,
                        record.id,
                        ref.field,
                    )
                )


def _all_known(
    records: list[Any], record_type: type[Any], ids: Mapping[str, frozenset[str]]
) -> bool:
    """Whether every id that ``records`` (all of ``record_type``) hold, nested too, is known."""
    for field in plan(record_type).walk:
        values = list(map(attrgetter(field.name), records))
        held = (
            [item for value in values for item in value]
            if field.many
            else [value for value in values if value is not None]
        )
        if field.target is not None:
            if not ids[field.target].issuperset(held):
                return False
        elif (
            held and field.record_type is not None and not _all_known(held, field.record_type, ids)
        ):
            return False
    return True


def check_counts(
    organization: r.Organization,
    by_name: Mapping[str, Iterable[Any]],
    broken: set[str],
    problems: list[Problem],
) -> None:
    """Compare stated counts with the records; skip collections whose records did not all load."""
    for position, stated in enumerate(organization.stated_counts):
        where = f"stated_counts[{position}]"

        def problem(message: str, where: str = where) -> None:
            problems.append(Problem(message, "organization", organization.id, where))

        if stated.collection is None:
            if stated.explanation is None:
                problem(f"{stated.subject!r} names no collection and gives no explanation")
            continue
        if stated.collection not in by_name:
            problem(f"unknown collection {stated.collection!r}")
            continue
        fields = plan(collection_type(stated.collection)).by_name
        if stated.field is not None and stated.field not in fields:
            problem(f"{stated.collection} records have no field {stated.field!r}")
            continue
        if stated.collection in broken:
            continue
        from interpol_data._dataset import count_records  # noqa: PLC0415

        actual = count_records(by_name[stated.collection], stated)
        if actual != stated.value and stated.explanation is None:
            problem(
                f"the organisation states {stated.value} {stated.subject} but the dataset "
                f"holds {actual}, and no explanation is given"
            )


def check_seats(bodies: Iterable[r.Body], problems: list[Problem]) -> None:
    """A body that lists its holders lists as many as its seats, or a note says why not."""
    for body in bodies:
        listed = len(body.holders)
        if body.seats is not None and listed and listed != body.seats and body.notes is None:
            problems.append(
                Problem(
                    f"{body.seats} seats stated but {listed} holders listed, and no note says why",
                    "bodies",
                    body.id,
                    "holders",
                )
            )


def check_whole(
    as_of: datetime.date | None, by_name: Mapping[str, Sequence[Any]], problems: list[Problem]
) -> None:
    """The history rules across collections, and the as-of date against the sources."""
    # Imported here: loading one collection needs neither (nor calendar, which they use).
    from interpol_data._membership import check_as_of, check_history  # noqa: PLC0415

    check_history(by_name, problems)
    check_as_of(as_of, by_name["sources"], problems)


def as_of(raw: Any, problems: list[Problem]) -> datetime.date | None:
    """The as-of date written ``raw``, or None after adding the problem with it."""
    message = _FULL_DATE.problem(raw)
    if message is not None:
        problems.append(Problem(message, field="as_of"))
        return None
    import datetime  # noqa: PLC0415 - only the whole dataset has an as-of date

    return datetime.date.fromisoformat(raw)


_FULL_DATE = Date(partial=False)
