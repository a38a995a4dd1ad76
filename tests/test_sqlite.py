"""SQLite export: real tables, join tables, foreign keys, indexes and views, queried with SQL."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from interpol_data import Dataset
from interpol_data._dataset import COLLECTION_TYPES
from interpol_data._fields import plan
from interpol_data.cli import main
from interpol_data.records import Organization


@pytest.fixture(scope="module")
def db(ds: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = ds.to_sqlite(tmp_path_factory.mktemp("sqlite") / "interpol.sqlite")
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def column(db: sqlite3.Connection, query: str, *parameters: str) -> list[str]:
    return [row[0] for row in db.execute(query, parameters)]


def test_a_table_per_collection_with_every_record(db: sqlite3.Connection, ds: Dataset) -> None:
    for name, collection in ds.collections.items():
        assert db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(collection)


def test_projects_funded_by_canada_with_a_join(db: sqlite3.Connection, ds: Dataset) -> None:
    found = column(
        db,
        """SELECT p.id FROM projects p
           JOIN projects_funders f ON f.project_id = p.id
           JOIN partners pa ON pa.id = f.partner_id
           WHERE pa.name = ? ORDER BY p.id""",
        ds.partners.lookup("Canada").name,
    )
    assert found == sorted(p.id for p in ds.projects_funded_by("Canada"))
    assert found


def test_the_funders_view_names_funders(db: sqlite3.Connection, ds: Dataset) -> None:
    found = column(db, "SELECT funder FROM project_funders WHERE project_id = 'aircop'")
    assert found == [p.name for p in ds.funders_of("aircop")]


def test_members_by_region_view(db: sqlite3.Connection, ds: Dataset) -> None:
    found = column(db, "SELECT country_id FROM members_by_region WHERE region = 'africa'")
    assert sorted(found) == sorted(c.id for c in ds.countries.filter(region="africa"))
    assert found


def test_offices_by_country_view(db: sqlite3.Connection, ds: Dataset) -> None:
    found = column(db, "SELECT office_id FROM offices_by_country WHERE country_id = 'FR'")
    assert sorted(found) == sorted(o.id for o in ds.offices_in("FR"))


def test_nested_records_become_columns_and_rows(db: sqlite3.Connection, ds: Dataset) -> None:
    city = db.execute("SELECT ncb_city FROM countries WHERE id = 'FR'").fetchone()[0]
    assert city == ds.countries["FR"].ncb.city
    roles = column(
        db,
        "SELECT role FROM bodies_holders WHERE body_id = ? ORDER BY position",
        "executive-committee",
    )
    assert roles == [h.role for h in ds.bodies["executive-committee"].holders]


def test_integers_stay_integers(db: sqlite3.Connection, ds: Dataset) -> None:
    joined = db.execute("SELECT joined, typeof(joined) FROM countries WHERE id = 'FR'").fetchone()
    assert joined == (ds.countries["FR"].joined, "integer")


def test_foreign_keys_are_declared_and_hold(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    targets = {row[2] for row in db.execute("PRAGMA foreign_key_list(projects_funders)")}
    assert targets == {"projects", "partners"}


def _reference_lists(prefix: str, record_type: type) -> list[tuple[str, str]]:
    """(join table, target collection) for every tuple of references, nested ones included."""
    found: list[tuple[str, str]] = []
    for field in plan(record_type).fields:
        if field.many and field.target is not None:
            found.append((f"{prefix}_{field.name}", field.target))
        elif field.record_type is not None:
            found += _reference_lists(f"{prefix}_{field.name}", field.record_type)
    return found


def test_every_tuple_of_references_has_a_join_table_with_an_index(
    db: sqlite3.Connection,
) -> None:
    tables = [("organization", Organization), *COLLECTION_TYPES.items()]
    links = [link for name, record_type in tables for link in _reference_lists(name, record_type)]
    assert ("projects_funders", "partners") in links
    assert ("bodies_holders_sources", "sources") in links
    for table, target in links:
        keys = {row[2] for row in db.execute(f'PRAGMA foreign_key_list("{table}")')}
        assert target in keys, table
        indexed = column(db, f'PRAGMA index_list("{table}")')
        assert len(indexed) >= 2, table


def test_sources_of_office_holders_join_to_the_sources(db: sqlite3.Connection, ds: Dataset) -> None:
    holder = ds.bodies["executive-committee"].holders[0]
    found = column(
        db,
        """SELECT s.id FROM bodies_holders_sources x JOIN sources s ON s.id = x.source_id
           WHERE x.body_id = 'executive-committee' AND x.holder_position = 0 ORDER BY x.position""",
    )
    assert found == list(holder.sources)


def test_export_command_writes_sqlite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ds: Dataset
) -> None:
    path = tmp_path / "out.sqlite"
    assert main(["export", "--format", "sqlite", "--output", str(path)]) == 0
    assert str(path) in capsys.readouterr().out
    with sqlite3.connect(path) as connection:
        assert column(connection, "SELECT as_of FROM dataset") == [ds.as_of.isoformat()]
    assert [p.name for p in tmp_path.iterdir()] == ["out.sqlite"]  # no journal, no temporary


def test_sqlite_replaces_an_existing_file_and_never_a_fifo(ds: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "out.sqlite"
    path.write_bytes(b"not a database")
    ds.to_sqlite(path)
    with sqlite3.connect(path) as connection:
        assert column(connection, "SELECT count(*) FROM languages") == [len(ds.languages)]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        ds.to_sqlite(fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_sqlite_to_standard_output_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "sqlite", "--output", "-"]) == 2
    assert "--output PATH" in capsys.readouterr().err


def test_office_holders_view_lists_terms_in_order(db: sqlite3.Connection, ds: Dataset) -> None:
    if "terms" not in ds.collections:
        pytest.skip("the terms of office are not in this version")
    found = column(db, "SELECT person FROM office_holders WHERE office = 'President'")
    assert found == [t.person for t in ds.terms_of("President")]
