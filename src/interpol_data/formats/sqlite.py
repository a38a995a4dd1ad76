"""SQLite export: a table per collection, join tables for references, views for common questions.

Built with the standard library's :mod:`sqlite3`; the file opens in the
``sqlite3`` shell, Datasette, DuckDB and any SQLite client.

- Each collection is a table keyed by ``id`` (``organization`` is a one-row
  table; ``dataset`` holds the schema version and as-of date).
- A field holding one record (a country's National Central Bureau, an
  office's coordinates) becomes ``field_subfield`` columns.
- A field holding ids of other records (project funders, partners,
  countries, crime areas, every record's sources) becomes a join table
  ``collection_field`` with ``<record>_id``, ``<target>_id`` and ``position``
  columns and declared foreign keys.
- A field holding several texts (aliases, regions) becomes a table
  ``collection_field`` of ``value`` rows; several nested records (office
  holders, budgets) a table with one row per record, keyed by the owner's id
  and ``position``. References held inside nested records get join tables
  too (``bodies_holders_sources``, ``countries_ncb_sources``).
- Views answer common questions: ``project_funders``, ``project_partners``,
  ``project_countries``, ``members_by_region``, ``offices_by_country`` and
  ``office_holders`` (every term of office, in order).

>>> import interpol_data, sqlite3, tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as folder:
...     path = interpol_data.dataset().to_sqlite(pathlib.Path(folder) / "interpol.sqlite")
...     with sqlite3.connect(path) as db:
...         db.execute("select count(*) from countries").fetchone()
(196,)
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interpol_data._fields import FieldPlan, plan
from interpol_data._output import write_file
from interpol_data._registry import SCHEMA_VERSION
from interpol_data.records import COLLECTION_TYPES

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["to_sqlite"]

_SINGULAR = {
    "countries": "country",
    "bodies": "body",
    "capabilities": "capability",
    "organization": "organization",
    "crime_areas": "crime_area",
    "territories": "territory",
    "assemblies": "assembly",
    "memberships": "membership",
}


def _singular(name: str) -> str:
    return _SINGULAR.get(name, name[:-1] if name.endswith("s") else name)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_type(field: FieldPlan) -> str:
    if field.many or field.record_type is not None:
        return "TEXT"  # JSON text, where a table of its own would not help
    if field.json_type is int:
        return "INTEGER"
    if field.json_type == (int, float):
        return "REAL"
    return "TEXT"


def _plain(value: Any) -> Any:
    """JSON-ready data for a value held in one cell (a tuple, or records within one)."""
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, str):
        return str(value)  # an enum member as its plain value
    if value is None or isinstance(value, int | float):
        return value
    return {field.name: _plain(getattr(value, field.name)) for field in plan(type(value)).fields}


def _sql_value(value: Any) -> Any:
    if value is None or isinstance(value, int | float):
        return value
    if isinstance(value, tuple):
        return json.dumps(_plain(value), ensure_ascii=False)
    return str(value)  # text, and enum members as their plain value


def _key_field(record_type: type[Any]) -> str | None:
    names = plan(record_type).names
    return next((name for name in ("id", "number") if name in names), None)


class _Table:
    """One table's definition and rows, filled as records are added."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.columns: list[tuple[str, str]] = []  # (name, declaration)
        self.constraints: list[str] = []
        self.indexes: list[tuple[str, ...]] = []
        self.targets: list[str] = []  # the tables its foreign keys point into
        self.rows: list[tuple[Any, ...]] = []

    def column(self, name: str, declaration: str) -> None:
        self.columns.append((name, declaration))

    def foreign_key(
        self, columns: str | tuple[str, ...], target: str, keys: str | tuple[str, ...] = "id"
    ) -> None:
        """Declare that ``columns`` hold the ``keys`` of a row of ``target``, and index them."""
        columns = (columns,) if isinstance(columns, str) else columns
        keys = (keys,) if isinstance(keys, str) else keys
        self.constraints.append(
            f"FOREIGN KEY ({', '.join(map(_quote, columns))}) "
            f"REFERENCES {_quote(target)} ({', '.join(map(_quote, keys))})"
        )
        self.indexes.append(columns)
        self.targets.append(target)

    def create(self) -> list[str]:
        parts = [f"{_quote(name)} {declaration}" for name, declaration in self.columns]
        statements = [
            f"CREATE TABLE {_quote(self.name)} (\n  "
            + ",\n  ".join(parts + self.constraints)
            + "\n)"
        ]
        statements += [
            f"CREATE INDEX {_quote(self.name + '_' + '_'.join(columns) + '_index')} "
            f"ON {_quote(self.name)} ({', '.join(map(_quote, columns))})"
            for columns in self.indexes
        ]
        return statements


def _is_reference_list(field: FieldPlan) -> bool:
    return field.many and field.target is not None


class _Schema:
    """Tables for every collection, planned from the record types' field plans.

    ``declare`` and ``add`` walk the fields in the same way, so each row has
    the columns its table was declared with.
    """

    def __init__(self, key_fields: dict[str, str | None]) -> None:
        self.tables: dict[str, _Table] = {}
        self.key_fields = key_fields  # collection -> its key field (None: rowid only)

    def table(self, name: str) -> _Table:
        return self.tables.setdefault(name, _Table(name))

    def _key(self, collection: str) -> str:
        return self.key_fields.get(collection) or "id"

    def _owned(self, name: str, owner: str, parent: tuple[str, ...] = ()) -> _Table:
        """A table of items owned by a record of ``owner`` (and, within it, by ``parent``).

        Columns: the owner's key, ``<parent>_position`` where the items sit in a
        nested record of a list, then ``position``; those form the primary key.
        """
        table = self.table(name)
        owner_column = f"{_singular(owner)}_id"
        table.column(owner_column, "TEXT NOT NULL")
        key = [owner_column]
        if parent:
            parent_table, parent_field = parent
            parent_column = f"{_singular(parent_field)}_position"
            table.column(parent_column, "INTEGER NOT NULL")
            key.append(parent_column)
            table.foreign_key(
                (owner_column, parent_column), parent_table, (owner_column, "position")
            )
        else:
            table.foreign_key(owner_column, owner, self._key(owner))
        table.column("position", "INTEGER NOT NULL")
        key.append("position")
        table.constraints.append(f"PRIMARY KEY ({', '.join(map(_quote, key))})")
        return table

    def _target_column(self, table: _Table, field: FieldPlan) -> None:
        assert field.target is not None
        column = f"{_singular(field.target)}_id"
        if column in (name for name, _declaration in table.columns):
            column = f"{field.name}_id"
        table.column(column, "TEXT NOT NULL")
        table.foreign_key(column, field.target, self._key(field.target))

    def declare(self, owner: str, record_type: type[Any]) -> None:
        """Declare table ``owner`` and its join and child tables from the record type's plan."""
        table = self.table(owner)
        key_field = self.key_fields.get(owner)
        keyed = key_field is not None
        for field in plan(record_type).fields:
            if field.many and keyed:
                self._declare_items(owner, field)
            elif field.record_type is not None:
                for sub in plan(field.record_type).fields:
                    if _is_reference_list(sub) and keyed:
                        links = self._owned(f"{owner}_{field.name}_{sub.name}", owner)
                        self._target_column(links, sub)
                    else:
                        table.column(f"{field.name}_{sub.name}", _sql_type(sub))
            else:
                declaration = _sql_type(field)
                if field.name == key_field:
                    declaration += " PRIMARY KEY NOT NULL"
                elif field.required and not field.nullable:
                    declaration += " NOT NULL"
                table.column(field.name, declaration)
                if field.target is not None:
                    table.foreign_key(field.name, field.target, self._key(field.target))

    def _declare_items(self, owner: str, field: FieldPlan) -> None:
        name = f"{owner}_{field.name}"
        items = self._owned(name, owner)
        if field.target is not None:
            self._target_column(items, field)
        elif field.record_type is not None:
            for sub in plan(field.record_type).fields:
                if _is_reference_list(sub):
                    links = self._owned(f"{name}_{sub.name}", owner, (name, field.name))
                    self._target_column(links, sub)
                    continue
                items.column(sub.name, _sql_type(sub))
                if sub.target is not None and not sub.many:
                    items.foreign_key(sub.name, sub.target, self._key(sub.target))
        else:
            items.column("value", "TEXT NOT NULL")

    def add(self, owner: str, record: Any) -> None:
        """Add ``record``'s rows to table ``owner`` and its join tables (declared already)."""
        key_field = self.key_fields.get(owner)
        key = None if key_field is None else str(getattr(record, key_field))
        row: list[Any] = []
        for field in plan(type(record)).fields:
            value = getattr(record, field.name)
            if field.many and key is not None:
                self._add_items(owner, key, field, value)
            elif field.record_type is not None:
                for sub in plan(field.record_type).fields:
                    item = None if value is None else getattr(value, sub.name)
                    if _is_reference_list(sub) and key is not None:
                        links = self.tables[f"{owner}_{field.name}_{sub.name}"]
                        links.rows += [(key, i, target) for i, target in enumerate(item or ())]
                    else:
                        row.append(_sql_value(item))
            else:
                row.append(_sql_value(value))
        self.tables[owner].rows.append(tuple(row))

    def _add_items(self, owner: str, key: str, field: FieldPlan, items: tuple[Any, ...]) -> None:
        name = f"{owner}_{field.name}"
        table = self.tables[name]
        if field.record_type is None:
            table.rows += [(key, i, _sql_value(item)) for i, item in enumerate(items)]
            return
        subfields = plan(field.record_type).fields
        for position, item in enumerate(items):
            row: list[Any] = [key, position]
            for sub in subfields:
                value = getattr(item, sub.name)
                if _is_reference_list(sub):
                    links = self.tables[f"{name}_{sub.name}"]
                    links.rows += [(key, position, i, target) for i, target in enumerate(value)]
                else:
                    row.append(_sql_value(value))
            table.rows.append(tuple(row))


_VIEWS = {
    "project_funders": (
        ("projects_funders",),
        """SELECT p.id AS project_id, p.name AS project, pa.id AS funder_id, pa.name AS funder
FROM projects p
JOIN projects_funders f ON f.project_id = p.id
JOIN partners pa ON pa.id = f.partner_id
ORDER BY p.id, f.position""",
    ),
    "project_partners": (
        ("projects_partners",),
        """SELECT p.id AS project_id, p.name AS project, pa.id AS partner_id, pa.name AS partner
FROM projects p
JOIN projects_partners x ON x.project_id = p.id
JOIN partners pa ON pa.id = x.partner_id
ORDER BY p.id, x.position""",
    ),
    "project_countries": (
        ("projects_countries",),
        """SELECT p.id AS project_id, p.name AS project, c.id AS country_id, c.name AS country
FROM projects p
JOIN projects_countries x ON x.project_id = p.id
JOIN countries c ON c.id = x.country_id
ORDER BY p.id, x.position""",
    ),
    "members_by_region": (
        ("countries",),
        """SELECT region, id AS country_id, name AS country, joined
FROM countries ORDER BY region, name""",
    ),
    "office_holders": (
        ("terms",),
        """SELECT t.office, t.person, t.start, t."end", c.name AS country
FROM terms t LEFT JOIN countries c ON c.id = t.country
ORDER BY t.office, t.start""",
    ),
    "offices_by_country": (
        ("offices",),
        """SELECT c.id AS country_id, c.name AS country, o.id AS office_id, o.name AS office,
  o.kind, o.city
FROM offices o JOIN countries c ON c.id = o.country
ORDER BY c.name, o.id""",
    ),
}


def _fill(dataset: Dataset, path: Path) -> None:

    key_fields: dict[str, str | None] = {
        name: _key_field(record_type) for name, record_type in COLLECTION_TYPES.items()
    }
    key_fields["organization"] = "id"
    schema = _Schema(key_fields)
    meta = schema.table("dataset")
    meta.column("schema_version", "INTEGER NOT NULL")
    meta.column("as_of", "TEXT NOT NULL")
    meta.rows.append((SCHEMA_VERSION, dataset.as_of.isoformat()))
    schema.declare("organization", type(dataset.organization))
    schema.add("organization", dataset.organization)
    for name, collection in dataset.collections.items():
        schema.declare(name, collection.record_type)
        for record in collection:
            schema.add(name, record)
    with contextlib.closing(sqlite3.connect(path)) as db:
        with db:
            for table in _in_dependency_order(schema.tables.values()):
                for statement in table.create():
                    db.execute(statement)
                if table.rows:
                    marks = ", ".join("?" * len(table.columns))
                    db.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({marks})", table.rows)
            for view, (needs, query) in _VIEWS.items():
                if all(name in schema.tables for name in needs):
                    db.execute(f"CREATE VIEW {_quote(view)} AS {query}")
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # pragma: no cover - a validated dataset has no dangling reference
            raise ValueError(f"dangling references in the SQLite export: {broken[:5]}")


def _in_dependency_order(tables: Iterable[_Table]) -> list[_Table]:
    """Tables ordered so that each comes after the tables its foreign keys point into."""
    pending = {table.name: table for table in tables}
    ordered: list[_Table] = []
    while pending:
        ready = [
            table
            for table in pending.values()
            if all(target == table.name or target not in pending for target in table.targets)
        ]
        if not ready:  # a cycle: insert the rest anyway, foreign keys are checked at the end
            ready = list(pending.values())
        for table in ready:
            ordered.append(table)
            del pending[table.name]
    return ordered


def to_sqlite(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write ``dataset`` as a SQLite database at ``path``; return the path written.

    Written aside and renamed into place; a symlink is written through and a
    device, FIFO or folder is never replaced.

    Raises:
        interpol_data._output.OutputError: the path cannot be written (an
            ``OSError``); the message names ``path``.
    """
    return write_file(path, lambda temporary: _fill(dataset, temporary))
