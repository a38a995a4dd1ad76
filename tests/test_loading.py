"""Loading and validation: strict structuring, every problem reported with its location."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

import interpol_data
from interpol_data import DatasetError, Problem
from tests.conftest import record


def problems_of(data: Any) -> tuple[Problem, ...]:
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(data)
    return caught.value.problems


def locations(problems: tuple[Problem, ...]) -> set[str]:
    return {problem.location for problem in problems}


def test_packaged_dataset_round_trips_through_load(raw: dict[str, Any]) -> None:
    assert interpol_data.load(raw) == interpol_data.dataset()


def test_duplicate_id_and_dangling_reference_are_both_reported(raw: dict[str, Any]) -> None:
    raw["partners"].append(dict(record(raw, "partners", "wco")))
    record(raw, "projects", "mayag")["partners"].append("no-such-partner")
    problems = problems_of(raw)
    assert "partners['wco'].id" in locations(problems)
    assert "projects['mayag'].partners[5]" in locations(problems)


def test_a_year_written_as_text_is_refused_not_converted(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["joined"] = "1923"
    (problem,) = problems_of(raw)
    assert problem.location == "countries['FR'].joined"
    assert "whole number" in problem.message


def test_none_is_not_accepted_as_a_name(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["name"] = None
    assert locations(problems_of(raw)) == {"countries['FR'].name"}


def test_a_string_is_not_accepted_where_a_list_is_due(raw: dict[str, Any]) -> None:
    record(raw, "languages", "fr")["sources"] = "002_e7bd4a5ba40e9a31.txt"
    assert locations(problems_of(raw)) == {"languages['fr'].sources"}


def test_unknown_fields_are_refused(raw: dict[str, Any]) -> None:
    record(raw, "offices", "igci-singapore")["phone"] = "+65"
    (problem,) = problems_of(raw)
    assert problem.location == "offices['igci-singapore'].phone"
    assert "not a field" in problem.message


def test_unknown_enum_value_lists_the_allowed_ones(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["region"] = "atlantis"
    (problem,) = problems_of(raw)
    assert "'europe'" in problem.message


def test_bad_iso_code_is_refused(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["alpha_3"] = "fr"
    assert locations(problems_of(raw)) == {"countries['FR'].alpha_3"}


def test_unknown_source_is_reported(raw: dict[str, Any]) -> None:
    record(raw, "notices", "red")["sources"].append("nowhere")
    assert "notices['red'].sources[" in next(iter(locations(problems_of(raw))))


def test_nested_references_are_checked(raw: dict[str, Any]) -> None:
    body = record(raw, "bodies", "general-secretariat")
    body["holders"][0]["country"] = "XX"
    assert locations(problems_of(raw)) == {"bodies['general-secretariat'].holders[0].country"}


def test_stated_count_mismatch_without_explanation_is_reported(raw: dict[str, Any]) -> None:
    raw["countries"] = [c for c in raw["countries"] if c["id"] != "PW"]
    raw["memberships"] = [e for e in raw["memberships"] if e.get("country") != "PW"]
    (problem,) = problems_of(raw)
    assert problem.collection == "organization"
    assert "196" in problem.message
    assert "195" in problem.message


def test_stated_count_mismatch_with_explanation_passes(raw: dict[str, Any]) -> None:
    raw["countries"] = [c for c in raw["countries"] if c["id"] != "PW"]
    raw["memberships"] = [e for e in raw["memberships"] if e.get("country") != "PW"]
    raw["organization"]["stated_counts"][0]["explanation"] = "One member left out on purpose."
    assert len(interpol_data.load(raw).countries) == 195


def test_seat_count_mismatch_without_note_is_reported(raw: dict[str, Any]) -> None:
    committee = record(raw, "bodies", "executive-committee")
    committee["notes"] = None
    assert locations(problems_of(raw)) == {"bodies['executive-committee'].holders"}


def test_many_problems_are_reported_together(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["joined"] = "1923"
    record(raw, "offices", "ccc-lyon")["country"] = "ZZ"
    raw["languages"].append(dict(record(raw, "languages", "en")))
    raw["as_of"] = "yesterday"
    found = locations(problems_of(raw))
    assert {
        "countries['FR'].joined",
        "offices['ccc-lyon'].country",
        "languages['en'].id",
        "dataset.as_of",
    } <= found


def test_missing_and_unknown_top_level_keys_are_reported(raw: dict[str, Any]) -> None:
    del raw["notices"]
    raw["villains"] = []
    assert {"dataset.notices", "dataset.villains"} <= locations(problems_of(raw))


def test_a_collection_that_is_not_a_list_is_reported(raw: dict[str, Any]) -> None:
    raw["languages"] = {"en": "English"}
    assert "languages" in locations(problems_of(raw))


def test_a_record_that_is_not_an_object_is_reported(raw: dict[str, Any]) -> None:
    raw["languages"].append("Latin")
    assert "languages['#4']" in locations(problems_of(raw))


def test_unsupported_schema_version_is_reported(raw: dict[str, Any]) -> None:
    raw["schema_version"] = 99
    assert "dataset.schema_version" in locations(problems_of(raw))


def test_data_that_is_not_an_object_is_refused() -> None:
    assert "JSON object" in problems_of(["not", "a", "dataset"])[0].message  # type: ignore[arg-type]


def test_missing_file_gives_dataset_error(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "absent.json")
    assert "no such file" in problem.message


def test_invalid_json_gives_dataset_error_with_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"as_of": ', encoding="utf-8")
    (problem,) = problems_of(path)
    assert "not valid JSON" in problem.message
    assert "line 1" in problem.message


def test_unreadable_file_gives_dataset_error(tmp_path: Path) -> None:
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert problems_of(path)


def test_load_reads_a_file_written_by_to_json(tmp_path: Path) -> None:
    path = tmp_path / "dataset.json"
    interpol_data.to_json(path)
    assert interpol_data.load(path) == interpol_data.dataset()


def test_error_message_lists_every_problem(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["joined"] = "1923"
    record(raw, "countries", "DE")["joined"] = "1923"
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(raw)
    message = str(caught.value)
    assert "2 problems" in message
    assert "countries['FR'].joined" in message
    assert "countries['DE'].joined" in message


def test_packaged_files_are_sorted_by_id_and_leave_the_as_of_date_to_dataset_json() -> None:
    from importlib.resources import files

    data = files("interpol_data.data")
    for name in interpol_data.dataset().collections:
        document = json.loads(data.joinpath(f"{name}.json").read_text(encoding="utf-8"))
        ids = [item["id"] for item in document["records"]]
        assert ids == sorted(ids), name
        assert "as_of" not in document["about"], name


def test_six_problems_in_three_records_are_reported_in_one_load(raw: dict[str, Any]) -> None:
    france = record(raw, "countries", "FR")
    france["alpha_3"] = "fr"
    france["joined"] = 1850
    france["aliases"] = ["Gaul", "Gaul"]
    office = record(raw, "offices", "ccc-lyon")
    office["sources"] = []
    office["kind"] = "spaceport"
    record(raw, "projects", "mayag")["funders"].append("no-such-funder")
    problems = problems_of(raw)
    assert len(problems) == 6
    assert {(p.collection, p.record_id, p.field) for p in problems} == {
        ("countries", "FR", "alpha_3"),
        ("countries", "FR", "joined"),
        ("countries", "FR", "aliases"),
        ("offices", "ccc-lyon", "sources"),
        ("offices", "ccc-lyon", "kind"),
        ("projects", "mayag", "funders[1]"),
    }


def test_a_bureau_with_a_city_and_no_source_is_refused(raw: dict[str, Any]) -> None:
    bureau = record(raw, "countries", "FR")["ncb"]
    bureau["city"] = bureau["city"] or "Lyon"
    bureau["sources"] = []
    assert locations(problems_of(raw)) == {"countries['FR'].ncb.sources"}


@pytest.mark.parametrize("field", ["alpha_3", "numeric", "name", "iso_short_name"])
def test_two_countries_may_not_share_a_code_or_a_name(raw: dict[str, Any], field: str) -> None:
    record(raw, "countries", "FR")[field] = record(raw, "countries", "DE")[field]
    problems = problems_of(raw)
    assert {p.location for p in problems} == {f"countries['FR'].{field}"}


def test_a_stated_count_must_name_a_real_field(raw: dict[str, Any]) -> None:
    raw["organization"]["stated_counts"][0]["field"] = "colour_of_flag"
    (problem,) = problems_of(raw)
    assert "colour_of_flag" in problem.message


@pytest.mark.parametrize("version", [True, "1", 1.0, 2, None])
def test_schema_version_must_be_the_supported_whole_number(
    raw: dict[str, Any], version: object
) -> None:
    raw["schema_version"] = version
    assert locations(problems_of(raw)) == {"dataset.schema_version"}


@pytest.mark.parametrize("day", ["2026-W48-3", "2026-02-30", "20261125", "2026-11"])
def test_as_of_must_be_a_calendar_date(raw: dict[str, Any], day: str) -> None:
    raw["as_of"] = day
    assert locations(problems_of(raw)) == {"dataset.as_of"}


@pytest.mark.parametrize("joined", ["1950", True, 1950.0])
def test_years_are_plain_json_integers(raw: dict[str, Any], joined: object) -> None:
    record(raw, "countries", "FR")["joined"] = joined
    assert locations(problems_of(raw)) == {"countries['FR'].joined"}


def test_a_repeated_alias_is_judged_in_linear_time(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["aliases"] = ["Gaul"] * 10_000
    started = time.perf_counter()
    (problem,) = problems_of(raw)
    assert time.perf_counter() - started < 1.0
    assert problem.location == "countries['FR'].aliases"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "dataset.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicate_keys_in_a_json_object_are_refused(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, '{"as_of": "2026-01-01", "as_of": "2026-01-02"}'))
    assert "'as_of' appears twice" in problem.message


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("[" * 100_000 + "]" * 100_000, "deeper than the limit"),
        ('{"a": ' * 40 + "1" + "}" * 40, "deeper than the limit"),
        ('{"schema_version": ' + "9" * 5000 + "}", "over the limit of 20"),
        ('{"x": NaN}', "not a number JSON allows"),
    ],
)
def test_json_beyond_a_limit_is_refused_naming_it(tmp_path: Path, text: str, limit: str) -> None:
    (problem,) = problems_of(write(tmp_path, text))
    assert limit in problem.message


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interpol_data.formats import json as json_format

    monkeypatch.setattr(json_format, "MAX_FILE_BYTES", 10)
    (problem,) = problems_of(write(tmp_path, '{"as_of": "2026-01-01"}'))
    assert "limit of 10 bytes" in problem.message


def test_a_directory_is_refused(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path)
    assert "directory" in problem.message


def test_a_device_is_refused_before_reading() -> None:
    (problem,) = problems_of(Path("/dev/zero"))
    assert "not a regular file" in problem.message


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    (problem,) = problems_of(fifo)
    assert "not a regular file" in problem.message


def test_a_nul_in_the_path_is_a_dataset_error() -> None:
    assert problems_of("data\x00set.json")


def test_non_string_keys_in_a_mapping_are_reported(raw: dict[str, Any]) -> None:
    record(raw, "languages", "fr")[7] = "seven"
    assert locations(problems_of(raw)) == {"languages['fr'].7"}


def test_the_message_is_bounded_but_states_the_total(raw: dict[str, Any]) -> None:
    for country in raw["countries"]:
        country["joined"] = "1923"
    with pytest.raises(DatasetError) as caught:
        interpol_data.load(raw)
    assert len(caught.value.problems) == 196
    message = str(caught.value)
    assert "196 problems" in message
    assert "and 146 more" in message
    assert len(message.splitlines()) < 60


def test_the_packaged_data_folder_loads_as_a_dataset() -> None:
    from interpol_data.loading import load_folder

    folder = Path(interpol_data.__file__).parent / "data"
    assert load_folder(folder) == interpol_data.dataset()
    assert interpol_data.load(folder) == interpol_data.dataset()


def test_a_data_folder_reports_a_missing_file_and_bad_records_together(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(Path(interpol_data.__file__).parent / "data", folder)
    (folder / "notices.json").unlink()
    offices = folder / "offices.json"
    offices.write_text(
        offices.read_text(encoding="utf-8").replace('"headquarters"', '"spaceport"'),
        encoding="utf-8",
    )
    messages = " ".join(problem.message for problem in problems_of(folder))
    assert "notices.json" in messages
    assert "spaceport" in messages


def test_a_list_over_the_item_limit_is_refused_naming_the_limit(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["aliases"] = [f"name {n}" for n in range(10_001)]
    (problem,) = problems_of(raw)
    assert "over the limit of 10000" in problem.message


def test_a_text_over_the_length_limit_is_refused_naming_the_limit(raw: dict[str, Any]) -> None:
    record(raw, "countries", "FR")["notes"] = "x" * 10_001
    (problem,) = problems_of(raw)
    assert "over the limit of 10000" in problem.message


def test_a_field_name_with_escape_sequences_is_reported_escaped(raw: dict[str, Any]) -> None:
    record(raw, "languages", "fr")["\x1b]0;title\x07"] = 1
    (problem,) = problems_of(raw)
    assert "\x1b" not in str(problem)
    assert "\\x1b" in problem.location


def test_an_alias_may_not_name_another_country(raw: dict[str, Any]) -> None:
    record(raw, "countries", "AT")["aliases"].append("Deutschland")
    record(raw, "countries", "DE")["aliases"] = ["Deutschland"]
    (problem,) = problems_of(raw)
    assert problem.location.endswith(".aliases")
    assert "Deutschland" in problem.message


def test_an_alias_may_not_be_another_countrys_code(raw: dict[str, Any]) -> None:
    record(raw, "countries", "AT")["aliases"].append("DEU")
    (problem,) = problems_of(raw)
    assert problem.location == "countries['AT'].aliases"


def test_json_text_already_read_is_validated_like_a_file() -> None:
    from interpol_data.loading import load_text

    text = interpol_data.to_json()
    assert load_text(text.encode()) == interpol_data.dataset()
    with pytest.raises(DatasetError) as caught:
        load_text('{"as_of": 1, "as_of": 2}', origin="<stdin>")
    assert caught.value.origin == "<stdin>"


def test_two_sources_with_one_url_are_refused(raw: dict[str, Any]) -> None:
    first, second = [source for source in raw["sources"] if source.get("url")][:2]
    second["url"] = first["url"]
    (problem,) = problems_of(raw)
    assert problem.location == f"sources[{second['id']!r}].url"


def test_urls_differing_only_in_punctuation_are_two_urls(raw: dict[str, Any]) -> None:
    # A URL is unique but no lookup key: compared as written, not as lookup folds names.
    first, second = [source for source in raw["sources"] if source.get("url")][:2]
    first["url"] = "https://example.org/a-b"
    second["url"] = "https://example.org/a_b"
    assert interpol_data.load(raw).sources[second["id"]].url == "https://example.org/a_b"
