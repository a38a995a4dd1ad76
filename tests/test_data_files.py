"""The packaged data files are kept by the formatter: canonical form, sources merged."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import interpol_data

MAINTENANCE = Path(__file__).resolve().parents[1] / "docs" / "maintenance"


@pytest.fixture(scope="module")
def formatter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("format_data", MAINTENANCE / "format_data.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_data_file_is_in_canonical_form(formatter: ModuleType) -> None:
    assert formatter.files_not_canonical() == [], "run python docs/maintenance/format_data.py"


def test_the_formatter_orders_keys_as_declared_and_drops_defaults(formatter: ModuleType) -> None:
    from interpol_data.records import Language

    raw: dict[str, Any] = {"notes": None, "aliases": [], "name": "French", "id": "fr"}
    assert list(formatter.canonical_record(Language, raw)) == ["id", "name"]


def test_the_formatter_keeps_required_nulls(formatter: ModuleType) -> None:
    from interpol_data.records import Country

    assert formatter.canonical_record(Country, {"region": None, "id": "XX"}) == {
        "id": "XX",
        "region": None,
    }


def test_the_check_names_a_file_that_is_not_canonical(
    formatter: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(formatter.DATA, copy)
    languages = copy / "languages.json"
    document = json.loads(languages.read_text(encoding="utf-8"))
    document["records"].reverse()
    languages.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(formatter, "DATA", copy)
    assert formatter.files_not_canonical() == [languages]


def test_no_two_sources_share_a_url() -> None:
    urls = Counter(source.url for source in interpol_data.sources if source.url)
    assert [url for url, count in urls.items() if count > 1] == []


def test_two_sources_with_one_url_are_refused(raw: dict[str, Any]) -> None:
    copy_ = dict(next(source for source in raw["sources"] if source["url"]))
    copy_["id"] = "a-second-copy"
    raw["sources"].append(copy_)
    with pytest.raises(interpol_data.DatasetError) as caught:
        interpol_data.load(raw)
    assert {problem.field for problem in caught.value.problems} == {"url"}
