"""The command line is safe: output paths, terminals, pipes, devices and hostile text."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import interpol_data
from interpol_data.cli import main
from interpol_data.errors import DatasetError, Problem
from tests.conftest import record


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def command(*argv: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "interpol_data", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, **env},
    )


# Output paths --------------------------------------------------------------------


def test_output_dash_writes_json_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export", "--format", "json", "--output", "-")
    assert status == 0
    assert json.loads(out)["countries"][0]["id"]
    assert not Path("-").exists()


def test_output_dash_writes_geojson_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export", "--format", "geojson", "--output", "-")
    assert status == 0
    assert json.loads(out)["type"] == "FeatureCollection"


def test_an_output_symlink_is_written_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    status, _, _ = run(capsys, "export", "--output", str(link))
    assert status == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["as_of"]


def test_a_fifo_is_never_replaced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    status, _, err = run(capsys, "export", "--output", str(fifo))
    assert status == 1
    assert "not a regular file" in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_device_is_never_replaced(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "export", "--output", os.devnull)
    assert status == 1
    assert "not a regular file" in err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664)])
def test_new_files_get_0666_less_the_umask(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, umask: int, mode: int
) -> None:
    previous = os.umask(umask)
    try:
        status, _, _ = run(capsys, "export", "--output", str(tmp_path / "out.json"))
    finally:
        os.umask(previous)
    assert status == 0
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    assert run(capsys, "export", "--output", str(path))[0] == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_missing_parent_folder_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "export", "--output", str(tmp_path / "absent" / "out.json"))
    assert status == 1
    assert "does not exist" in err
    assert not (tmp_path / "absent").exists()


def test_a_failed_write_names_the_users_path_and_leaves_no_temporary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "out.json"
    status, _, err = run(capsys, "export", "--output", str(target))
    assert status == 1
    assert str(target) in err
    assert ".tmp" not in err
    assert list(tmp_path.iterdir()) == []


def test_csv_to_standard_output_is_refused_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "export", "--format", "csv", "--output", "-")
    assert status == 2
    assert "--output PATH" in err


def test_csv_into_a_missing_parent_folder_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "export", "--format", "csv", "--output", str(tmp_path / "a" / "b"))
    assert status == 1
    assert "does not exist" in err
    assert not (tmp_path / "a").exists()


# Terminals and pipes -----------------------------------------------------------------


def test_an_ascii_terminal_gets_replacement_characters_not_a_traceback() -> None:
    done = command("show", "countries", "CI", PYTHONIOENCODING="ascii")
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert "C?te d'Ivoire" in done.stdout


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"set -o pipefail; '{sys.executable}' -m interpol_data export --output - | head -1",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.stdout == "{\n"
    assert done.stderr == ""
    assert done.returncode == 0


def test_control_characters_from_a_file_are_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, raw: dict[str, Any]
) -> None:
    record(raw, "countries", "FR")["\x1b]0;owned\x07\x1b[2J"] = 1
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    status, out, err = run(capsys, "validate", str(path))
    assert status == 1
    assert "\\x1b]0;owned\\x07\\x1b[2J" in err
    assert "\x1b" not in err + out
    assert "\x07" not in err + out


def test_json_output_escapes_terminal_controls_and_stays_valid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = "\x1b[2J\x9b\u202e"

    def load(_path: object) -> None:  # a loader that passes text from the file through
        raise DatasetError([Problem(f"bad value {hostile}", "countries", "FR", "name")])

    monkeypatch.setattr(interpol_data, "load", load)
    path = tmp_path / "any.json"
    path.write_text("{}", encoding="utf-8")
    status, out, _ = run(capsys, "validate", str(path), "--format", "json")
    assert status == 1
    assert not any(char in out for char in "\x1b\x9b\u202e")
    assert json.loads(out)["problems"][0]["message"] == f"bad value {hostile}"


def test_tables_fit_the_terminal_width_and_wide_keeps_lines_whole() -> None:
    narrow = command("show", "bodies", "executive-committee", COLUMNS="60")
    assert narrow.returncode == 0
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    wide = command("show", "bodies", "executive-committee", "--wide", COLUMNS="60")
    assert max(len(line) for line in wide.stdout.splitlines()) > 60


# Input files ----------------------------------------------------------------------------


def test_validate_refuses_a_fifo_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = command("validate", str(fifo))  # would hang if it were opened for reading
    assert done.returncode == 1
    assert "not a regular file" in done.stderr


def test_validate_refuses_a_device() -> None:
    done = command("validate", "/dev/zero")  # would read until memory runs out
    assert done.returncode == 1
    assert "not a regular file" in done.stderr


def test_validate_dash_reads_standard_input(tmp_path: Path) -> None:
    import interpol_data

    done = command("validate", "-", stdin=interpol_data.to_json())
    assert done.returncode == 0
    assert "standard input is valid" in done.stdout


def test_validate_dash_names_standard_input_in_problems() -> None:
    done = command("validate", "-", stdin="[1, 2]")
    assert done.returncode == 1
    assert "standard input is invalid" in done.stderr
    assert "/tmp" not in done.stderr


def test_standard_input_over_the_size_limit_is_refused_unread(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from interpol_data.formats import json as json_format

    monkeypatch.setattr(json_format, "MAX_FILE_BYTES", 1000)
    stream = io.TextIOWrapper(io.BytesIO(b" " * 5_000_000))
    monkeypatch.setattr(sys, "stdin", stream)
    status, _, err = run(capsys, "validate", "-")
    assert status == 1
    assert "limit" in err
    assert stream.buffer.tell() < 5_000_000  # stopped reading once over the limit


def test_a_file_over_the_size_limit_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interpol_data.formats import json as json_format

    monkeypatch.setattr(json_format, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(" " * 2000, encoding="utf-8")
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    assert "over the limit of 1000" in err


def test_validate_an_empty_folder_fails_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path))
    assert status == 1
    assert "Traceback" not in err
    assert str(tmp_path) in err
