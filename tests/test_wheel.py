"""The built wheel ships the data files minified (``hatch_build.py``), each once, unchanged."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "interpol_data" / "data"
WHEEL_DATA = "interpol_data/data/"  # the data folder inside the wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel built from this checkout, as ``pip install .`` would build it (about 2 s)."""
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def _data_files(archive: zipfile.ZipFile) -> list[str]:
    """The names of the JSON files right in the wheel's data folder."""
    return [
        name for name in archive.namelist() if re.fullmatch(r"interpol_data/data/[^/]+\.json", name)
    ]


def test_the_wheel_holds_every_data_file_exactly_once(wheel: zipfile.ZipFile) -> None:
    counts = Counter(wheel.namelist())
    assert [name for name, count in counts.items() if count > 1] == []
    repository = sorted(WHEEL_DATA + path.name for path in DATA.glob("*.json"))
    assert sorted(_data_files(wheel)) == repository


def test_the_wheel_data_files_are_minified(wheel: zipfile.ZipFile) -> None:
    for name in _data_files(wheel):
        assert re.search(rb"\n[ \t]", wheel.read(name)) is None, name


def test_the_wheel_data_files_parse_as_the_repository_files(wheel: zipfile.ZipFile) -> None:
    for name in _data_files(wheel):
        shipped = json.loads(wheel.read(name))
        readable = json.loads((DATA / Path(name).name).read_text(encoding="utf-8"))
        assert shipped == readable, name
        # json.dumps tells 1 from 1.0 and True, and keeps the key order, which == ignores.
        assert json.dumps(shipped) == json.dumps(readable), name
