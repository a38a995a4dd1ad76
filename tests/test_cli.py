"""The interpol-data command line: each command's success and failure paths, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from interpol_data.cli import main
from tests.conftest import record


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_summary_lists_counts_and_the_as_of_date(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "summary")
    assert status == 0
    assert "countries" in out
    assert "196" in out
    assert "as of 20" in out


def test_summary_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "summary", "--format", "json")
    assert status == 0
    assert json.loads(out)["counts"]["countries"] == 196


def test_show_finds_a_record_by_alias(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "countries", "Ivory Coast")
    assert status == 0
    assert "CIV" in out


def test_show_puts_each_office_holder_on_its_own_row(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "bodies", "Executive Committee")
    assert status == 0
    rows = [line for line in out.splitlines() if line.startswith("holders[")]
    assert len(rows) >= 2
    assert "President" in rows[0]


def test_show_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "projects", "AIRCOP", "--format", "json")
    assert status == 0
    assert json.loads(out)["partners"] == ["unodc", "wco"]


def test_show_miss_suggests_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "show", "countries", "Frnace")
    assert status == 1
    assert "France" in err
    assert "Traceback" not in err


def test_show_unknown_collection_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "show", "villains", "x")
    assert status == 2
    assert "collections:" in err


def test_search_prints_hits_with_their_collection(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "korea")
    assert status == 0
    assert "countries" in out
    assert "partners" in out


def test_search_json_and_no_hits(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "search", "unodc", "--format", "json", "--limit", "1")
    assert status == 0
    assert json.loads(out)[0]["id"] == "unodc"
    status, out, _ = run(capsys, "search", "zzzzqqq")
    assert status == 0
    assert "nothing matches" in out


@pytest.mark.parametrize(("fmt", "name"), [("json", "out.json"), ("geojson", "out.geojson")])
def test_export_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, name: str
) -> None:
    target = tmp_path / name
    status, out, _ = run(capsys, "export", "--format", fmt, "--output", str(target))
    assert status == 0
    assert json.loads(target.read_text(encoding="utf-8"))
    assert str(target) in out


def test_export_csv_to_a_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, _ = run(capsys, "export", "--format", "csv", "--output", str(tmp_path / "csv"))
    assert status == 0
    assert (tmp_path / "csv" / "countries.csv").exists()


def test_export_to_an_unwritable_place_fails_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "export", "--output", str(blocker / "out.json"))
    assert status == 1
    assert "Traceback" not in err


def test_validate_a_good_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    main(["export", "--output", str(path)])
    capsys.readouterr()
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 0
    assert "is valid" in out


def test_validate_a_bad_file_lists_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any]
) -> None:
    record(raw, "countries", "FR")["joined"] = "1923"
    record(raw, "offices", "ccc-lyon")["country"] = "ZZ"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    assert "countries['FR'].joined" in err
    assert "offices['ccc-lyon'].country" in err
    status, out, _ = run(capsys, "validate", str(path), "--format", "json")
    assert status == 1
    assert len(json.loads(out)["problems"]) == 2


def test_validate_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path / "absent.json"))
    assert status == 1
    assert "no such file" in err


def test_diff_between_two_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(raw), encoding="utf-8")
    record(raw, "countries", "FR")["joined"] = 1950
    new.write_text(json.dumps(raw), encoding="utf-8")
    status, out, _ = run(capsys, "diff", str(old), str(new))
    assert status == 1  # as diff(1): 1 when they differ
    assert "changed countries['FR'].joined" in out
    status, out, _ = run(capsys, "diff", str(old), str(old))
    assert status == 0
    assert "no differences" in out
    status, out, _ = run(capsys, "diff", str(old), str(new), "--format", "json")
    assert json.loads(out)[0]["new"] == 1950


def test_diff_with_an_invalid_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    status, _, err = run(capsys, "diff", str(bad), str(bad))
    assert status == 2  # as diff(1): 2 when it cannot compare
    assert "JSON object" in err


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys)
    assert status == 2
    assert "summary" in out


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "interpol_data", "summary", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["counts"]["offices"] >= 16


def test_core_import_pulls_in_no_optional_dependency() -> None:
    code = (
        "import sys, interpol_data; interpol_data.countries.lookup('France');"
        "optional = ('pandas', 'numpy', 'pycountry', 'jsonschema');"
        "print(sorted(m for m in optional if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_import_alone_loads_no_data() -> None:
    code = "import sys, interpol_data; print('interpol_data.loading' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
