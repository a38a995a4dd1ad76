"""The packaged data: loaded per collection on first use, built fast, checked like load()."""

from __future__ import annotations

import copy
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import interpol_data
from interpol_data import DatasetError, _shipped, loading
from interpol_data._dataset import COLLECTION_TYPES
from interpol_data._fields import plan
from interpol_data.records import Organization


def _fresh(code: str) -> list[str]:
    """The lines ``code`` prints in a fresh interpreter (nothing loaded yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_the_first_lookup_loads_only_its_collection_and_not_cattrs() -> None:
    code = (
        "import sys, interpol_data as ip; ip.countries.get('FR'); "
        "print('offices' in vars(ip), 'cattrs' in sys.modules, ip._packaged is None)"
    )
    assert _fresh(code) == ["False", "False", "True"]


def test_the_whole_packaged_dataset_loads_without_cattrs() -> None:
    assert _fresh(
        "import sys, interpol_data as ip; ip.dataset(); print('cattrs' in sys.modules)"
    ) == ["False"]


def test_a_loaded_collection_is_a_plain_module_attribute() -> None:
    found = interpol_data.countries
    assert vars(interpol_data)["countries"] is found


def test_the_dataset_holds_the_module_level_collections_themselves() -> None:
    code = (
        "import interpol_data as ip; first = ip.countries; ds = ip.dataset(); "
        "print(ds.countries is first, all(vars(ip)[n] is c for n, c in ds.collections.items()))"
    )
    assert _fresh(code) == ["True", "True"]


def test_the_packaged_data_passes_the_fast_path_and_equals_the_full_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full = loading.build(_shipped.packaged_mapping())

    def no_rerun() -> None:
        raise AssertionError("the fast path refused the packaged data")

    monkeypatch.setattr(_shipped, "_rebuild_packaged", no_rerun)
    assert _shipped.load_packaged() == full


@pytest.fixture
def damaged(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The packaged files, as the loader reads them, for a test to damage."""
    files = {name: _shipped.read_packaged(name) for name in (*COLLECTION_TYPES, "dataset")}
    files["organization"] = _shipped.read_packaged("organization")

    def read(name: str) -> Any:
        return copy.deepcopy(files[name])

    monkeypatch.setattr(_shipped, "read_packaged", read)
    return files


def _problems(error: pytest.ExceptionInfo[DatasetError]) -> set[tuple[str | None, ...]]:
    return {(p.collection, p.record_id, p.field) for p in error.value.problems}


def test_a_bad_packaged_record_is_reported_as_a_user_dataset_would_be(
    damaged: dict[str, Any],
) -> None:
    france = next(c for c in damaged["countries"]["records"] if c["id"] == "FR")
    france["alpha_3"] = "fr"
    france["joined"] = "1923"
    with pytest.raises(DatasetError) as from_packaged:
        _shipped.load_packaged_collection("countries")
    with pytest.raises(DatasetError) as from_build:
        loading.build(_shipped.packaged_mapping())
    assert _problems(from_packaged) == _problems(from_build)
    assert ("countries", "FR", "joined") in _problems(from_packaged)


def test_a_repeated_id_is_refused_when_its_collection_loads(damaged: dict[str, Any]) -> None:
    records = damaged["languages"]["records"]
    records.append(dict(records[0]))
    with pytest.raises(DatasetError) as error:
        _shipped.load_packaged_collection("languages")
    assert ("languages", records[0]["id"], "id") in _problems(error)


def test_a_dangling_reference_is_refused_when_the_dataset_loads(damaged: dict[str, Any]) -> None:
    office = damaged["offices"]["records"][0]
    office["country"] = "ZZ"
    _shipped.load_packaged_collection("offices")  # references are a whole-dataset rule
    with pytest.raises(DatasetError) as error:
        _shipped.load_packaged()
    assert ("offices", office["id"], "country") in _problems(error)


# The fast builder and the cattrs path agree -----------------------------------

_PACKAGED = _shipped.packaged_mapping()
_SAMPLES: list[tuple[type[Any], dict[str, Any]]] = [(Organization, _PACKAGED["organization"])]
for _name, _type in COLLECTION_TYPES.items():
    _SAMPLES += [(_type, item) for item in _PACKAGED[_name][:12]]

_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=3000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=6),
    st.sampled_from(["FR", "FRA", "250", "europe", "1956", "2024-02-30", "https://x.org", " a"]),
    st.lists(st.sampled_from(["a", "fr", "iso-3166-1", 3, None]), max_size=3),
    # A tuple: what a caller of load() may hand in where JSON has a list.
    st.tuples(st.sampled_from(["a", "fr", "iso-3166-1"])),
    st.just({}),
)


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[type[Any], Any]:
    """A packaged record, possibly with a field (or a nested record's field) changed."""
    record_type, original = draw(st.sampled_from(_SAMPLES))
    raw = copy.deepcopy(original)
    target, target_type = raw, record_type
    nested = [f for f in plan(record_type).nested if raw.get(f.name)]
    if nested and draw(st.booleans()):
        field = draw(st.sampled_from(nested))
        value = raw[field.name]
        target = value[0] if field.many else value
        assert field.record_type is not None
        target_type = field.record_type
    names = list(plan(target_type).by_name)
    action = draw(st.sampled_from(["keep", "drop", "unknown", "replace", "wrap", "unwrap"]))
    name = draw(st.sampled_from(names))
    if action == "drop":
        target.pop(name, None)
    elif action == "unknown":
        target["not_a_field"] = draw(_ODD_VALUES)
    elif action == "replace":
        target[name] = draw(_ODD_VALUES)
    elif action == "wrap" and name in target:
        target[name] = [target[name]]
    elif action == "unwrap" and isinstance(target.get(name), list) and target[name]:
        target[name] = target[name][0]
    return record_type, raw


def _outcome(build: Any, raw: Any, record_type: type[Any]) -> Any:
    try:
        return build(raw, record_type)
    except Exception:
        return "refused"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_the_fast_builder_and_cattrs_build_equal_records_and_refuse_the_same(
    case: tuple[type[Any], Any],
) -> None:
    record_type, raw = case
    fast = _outcome(lambda data, kind: _shipped.build_records(kind, [data])[0], raw, record_type)
    assert fast == _outcome(loading.structure_record, raw, record_type)


def test_a_collection_loaded_alone_resolves_names_in_filters() -> None:
    code = (
        "import interpol_data as ip; print(*[o.id for o in ip.offices.filter(country='Singapore')])"
    )
    assert _fresh(code) == ["ccc-singapore", "igci-singapore"]


def test_the_packaged_data_is_read_from_a_zipped_package_too(tmp_path: Path) -> None:
    package = Path(interpol_data.__file__).parent
    archive = tmp_path / "interpol_data.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(package.parent).as_posix())
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import interpol_data as ip; "
        "print(ip.__file__.startswith(sys.argv[1]), ip.countries['FR'].name)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(archive)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "France"]


def test_a_collection_loaded_alone_explains_a_known_non_member() -> None:
    code = (
        "import interpol_data as ip\n"
        "ip.countries.get('FR')\n"
        "print('territories' in vars(ip))\n"
        "try:\n"
        "    ip.countries.lookup('Taiwan')\n"
        "except ip.NotAMemberError as error:\n"
        "    print(type(error).__name__, ip._packaged is None)\n"
    )
    assert _fresh(code) == ["False", "NotAMemberError", "True"]


def test_many_threads_touching_a_collection_first_load_it_once() -> None:
    code = """
import threading
import interpol_data, interpol_data._shipped as _shipped
calls = []
original = _shipped.load_packaged_collection
def counting(*args):
    calls.append(args[0])
    return original(*args)
_shipped.load_packaged_collection = counting
barrier = threading.Barrier(16)
seen = []
def worker():
    barrier.wait()
    seen.append(interpol_data.countries)
threads = [threading.Thread(target=worker) for _ in range(16)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(calls.count("countries"), len({id(found) for found in seen}), len(seen))
"""
    assert _fresh(code) == ["1", "1", "16"]
