"""Hostile input and processes: damaged datasets, limits, pickling and fork.

Each kind of damage is applied to the packaged data (to a record picked by a
seeded generator, so that every run checks the same cases) and must give a
DatasetError naming the damaged place, within a generous time bound.
"""

from __future__ import annotations

import copy
import json
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import interpol_data
from interpol_data import (
    AmbiguousLookupError,
    DatasetError,
    InvalidValueError,
    NotFoundError,
    Problem,
)

MAPPING = interpol_data.dataset().to_mapping()
TIME_LIMIT = 5.0  # seconds, generous: a check that grows faster than the input blows it

Damage = Callable[[dict[str, Any], random.Random], str]
"""Damages the data in place and returns the location the loader must report."""


def pick(data: dict[str, Any], rng: random.Random, collection: str) -> dict[str, Any]:
    return data[collection][rng.randrange(len(data[collection]))]


def at(collection: str, item: dict[str, Any], field: str) -> str:
    return f"{collection}[{item['id']!r}].{field}"


def lower_case_code(data: dict[str, Any], rng: random.Random) -> str:
    country = pick(data, rng, "countries")
    country["alpha_3"] = country["alpha_3"].lower()
    return at("countries", country, "alpha_3")


def year_before_interpol(data: dict[str, Any], rng: random.Random) -> str:
    country = pick(data, rng, "countries")
    country["joined"] = 1850
    return at("countries", country, "joined")


def year_as_text(data: dict[str, Any], rng: random.Random) -> str:
    country = pick(data, rng, "countries")
    country["joined"] = " 1950 "
    return at("countries", country, "joined")


def repeated_alias(data: dict[str, Any], rng: random.Random) -> str:
    collection = rng.choice(["countries", "partners", "projects"])
    item = pick(data, rng, collection)
    item["aliases"] = ["Same name"] * 40_000
    return at(collection, item, "aliases")


def unsourced(data: dict[str, Any], rng: random.Random) -> str:
    collection = rng.choice(["offices", "notices", "databases", "bodies"])
    item = pick(data, rng, collection)
    item["sources"] = []
    return at(collection, item, "sources")


def unknown_kind(data: dict[str, Any], rng: random.Random) -> str:
    office = pick(data, rng, "offices")
    office["kind"] = "spaceport"
    return at("offices", office, "kind")


def dangling_funder(data: dict[str, Any], rng: random.Random) -> str:
    project = pick(data, rng, "projects")
    project["funders"] = [*project["funders"], "no-such-partner"]
    return at("projects", project, f"funders[{len(project['funders']) - 1}]")


def impossible_day(data: dict[str, Any], rng: random.Random) -> str:
    source = pick(data, rng, "sources")
    source["published"] = "2025-02-31"
    return at("sources", source, "published")


def control_character(data: dict[str, Any], rng: random.Random) -> str:
    collection = rng.choice(["countries", "crime_areas", "capabilities"])
    item = pick(data, rng, collection)
    item["name"] = item["name"] + rng.choice(["\x1b[2J", "\x00", "\u202e", "\r"])
    return at(collection, item, "name")


def invisible_name(data: dict[str, Any], rng: random.Random) -> str:
    item = pick(data, rng, "partners")
    item["name"] = "\u200b"
    return at("partners", item, "name")


def lone_surrogate(data: dict[str, Any], rng: random.Random) -> str:
    item = pick(data, rng, "databases")
    item["holds"] = "records \ud800"
    return at("databases", item, "holds")


def shared_alpha_3(data: dict[str, Any], rng: random.Random) -> str:
    first, second = rng.sample(data["countries"], 2)
    second["alpha_3"] = first["alpha_3"]
    return "alpha_3"


def duplicate_id(data: dict[str, Any], rng: random.Random) -> str:
    item = pick(data, rng, "partners")
    data["partners"].append(copy.deepcopy(item))
    return at("partners", item, "id")


def unknown_field(data: dict[str, Any], rng: random.Random) -> str:
    item = pick(data, rng, "languages")
    item["phone"] = "+33"
    return at("languages", item, "phone")


def missing_field(data: dict[str, Any], rng: random.Random) -> str:
    item = pick(data, rng, "notices")
    del item["purpose"]
    return at("notices", item, "purpose")


def unsourced_bureau(data: dict[str, Any], rng: random.Random) -> str:
    country = pick(data, rng, "countries")
    country["ncb"] = {"city": "Somewhere", "agency": None, "sources": []}
    return at("countries", country, "ncb.sources")


def holder_without_a_calendar_day(data: dict[str, Any], rng: random.Random) -> str:
    bodies = [body for body in data["bodies"] if body.get("holders")]
    body = rng.choice(bodies)
    position = rng.randrange(len(body["holders"]))
    body["holders"][position]["as_of"] = "2024-04-31"
    return at("bodies", body, f"holders[{position}].as_of")


def count_of_an_unknown_collection(data: dict[str, Any], rng: random.Random) -> str:
    counts = data["organization"]["stated_counts"]
    position = rng.randrange(len(counts))
    counts[position]["collection"] = "spaceships"
    return f"organization['interpol'].stated_counts[{position}]"


def coordinates_off_the_earth(data: dict[str, Any], rng: random.Random) -> str:
    offices = [office for office in data["offices"] if office.get("coordinates")]
    office = rng.choice(offices)
    office["coordinates"]["longitude"] = 181.5
    return at("offices", office, "coordinates.longitude")


def boolean_schema_version(data: dict[str, Any], _rng: random.Random) -> str:
    data["schema_version"] = True
    return "dataset.schema_version"


def week_date(data: dict[str, Any], _rng: random.Random) -> str:
    data["as_of"] = "2026-W48-3"
    return "dataset.as_of"


DAMAGES: list[Damage] = [
    lower_case_code,
    year_before_interpol,
    year_as_text,
    repeated_alias,
    unsourced,
    unknown_kind,
    dangling_funder,
    impossible_day,
    control_character,
    invisible_name,
    lone_surrogate,
    shared_alpha_3,
    duplicate_id,
    unknown_field,
    missing_field,
    unsourced_bureau,
    holder_without_a_calendar_day,
    count_of_an_unknown_collection,
    coordinates_off_the_earth,
    boolean_schema_version,
    week_date,
]


def damaged_datasets(seeds: int = 3) -> Iterator[tuple[str, int]]:
    for damage in DAMAGES:
        for seed in range(seeds):
            yield damage.__name__, seed


@pytest.mark.parametrize(("damage_name", "seed"), list(damaged_datasets()))
def test_each_kind_of_damage_is_refused_at_its_location(damage_name: str, seed: int) -> None:
    damage = next(d for d in DAMAGES if d.__name__ == damage_name)
    data = copy.deepcopy(MAPPING)
    expected = damage(data, random.Random(seed))
    started = time.perf_counter()
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(data)
    assert time.perf_counter() - started < TIME_LIMIT
    reported = {p.location for p in caught.value.problems} | {
        p.field for p in caught.value.problems if p.field
    }
    assert expected in reported


def test_damage_written_to_a_file_is_refused_the_same_way(tmp_path: Path) -> None:
    data = copy.deepcopy(MAPPING)
    expected = unknown_kind(data, random.Random(0))
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(path)
    assert expected in {p.location for p in caught.value.problems}


@pytest.mark.parametrize("seed", range(20))
def test_truncated_or_flipped_json_gives_only_dataset_error(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    text = json.dumps(MAPPING).encode()
    if seed % 2:
        text = text[: rng.randrange(len(text))]
    else:
        position = rng.randrange(len(text))
        text = text[:position] + bytes([rng.choice(b'{}[]",:\\\x00\xff')]) + text[position + 1 :]
    path = tmp_path / "damaged.json"
    path.write_bytes(text)
    try:
        interpol_data.load(path)
    except DatasetError as error:
        assert error.problems
    # A flip inside a description can leave a valid dataset: loading it is right.


def test_a_megabyte_of_damage_is_judged_within_a_second(tmp_path: Path) -> None:
    data = copy.deepcopy(MAPPING)
    data["countries"][0]["aliases"] = ["x"] * 9_000 + ["y" * 100] * 1_000
    data["languages"] = [{"id": "zz", "name": "n" * 9_000}] * 100
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    started = time.perf_counter()
    with pytest.raises(DatasetError):
        interpol_data.load(path)
    assert time.perf_counter() - started < 1.0


# Processes -----------------------------------------------------------------


def pickled(value: object) -> object:
    return pickle.loads(pickle.dumps(value))


def test_records_collections_and_the_dataset_pickle_to_equal_objects() -> None:
    ds = interpol_data.dataset()
    assert pickled(ds.countries["FR"]) == ds.countries["FR"]
    assert pickled(ds.organization) == ds.organization
    assert pickled(ds.countries) == ds.countries
    assert pickled(ds) == ds


def test_an_unpickled_dataset_still_resolves_references_in_filters() -> None:
    ds = pickled(interpol_data.dataset())
    assert isinstance(ds, interpol_data.Dataset)
    assert ds.projects.filter(funders="EU") == interpol_data.dataset().projects.filter(funders="EU")


@pytest.mark.parametrize(
    "error",
    [
        Problem("is wrong", "countries", "FR", "alpha_3"),
        DatasetError([Problem("is wrong", "countries", "FR", "alpha_3")], origin="file.json"),
        NotFoundError("countries", "Atlantis", ["Andorra (AD)"]),
        AmbiguousLookupError("sources", "Interpol", ["a", "b"]),
        InvalidValueError("Country", "alpha_3", "must be three capitals"),
        interpol_data.InterpolDataError("plain"),
    ],
)
def test_problems_and_every_exception_pickle_to_equal_objects(error: object) -> None:
    copy_ = pickled(error)
    assert copy_ == error
    assert str(copy_) == str(error)


def test_a_worker_that_raises_not_found_reports_it_across_processes(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(
        "import multiprocessing as mp, interpol_data as ip\n"
        "def find(key): return ip.countries[key].id\n"
        "if __name__ == '__main__':\n"
        "    with mp.get_context('spawn').Pool(1) as pool:\n"
        "        try: pool.map(find, ['Atlantis'])\n"
        "        except ip.NotFoundError as error: print('caught', error.key)\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "caught Atlantis"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_fork_during_the_first_load_does_not_deadlock_the_child() -> None:
    # The parent's loading thread holds the first-use lock when the process forks.
    script = """
import os, threading, time
import interpol_data, interpol_data._shipped as shipped
real = shipped.load_packaged
inside = threading.Event()
def slow(*args):
    inside.set()
    time.sleep(0.5)
    return real(*args)
shipped.load_packaged = slow
thread = threading.Thread(target=interpol_data.dataset)
thread.start()
inside.wait()
pid = os.fork()
if pid == 0:
    os._exit(0 if len(interpol_data.dataset().countries) == 196 else 1)
_, status = os.waitpid(pid, 0)
thread.join()
print("child exit", os.waitstatus_to_exitcode(status))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True
    )
    assert out.stdout.strip() == "child exit 0"
