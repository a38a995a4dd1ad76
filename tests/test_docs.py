"""The documentation stays true: generated pages current, the tour notebook runs."""

from __future__ import annotations

import doctest
import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_generate", DOCS / "_generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("page", sorted(_generator().PAGES))
def test_generated_pages_match_the_data(page: str) -> None:
    generator = _generator()
    committed = (DOCS / "reference" / page).read_text(encoding="utf-8")
    assert committed == generator.PAGES[page](), "run python docs/_generate.py"


def test_members_page_shows_completeness_per_field() -> None:
    text = _generator().members_page()
    assert "accession year | " in text
    assert " of 196 |" in text


def _notebook_renderer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_notebook", DOCS / "_notebook.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tour_notebook_runs_and_renders_with_its_outputs() -> None:
    pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    pytest.importorskip("pandas")
    renderer = _notebook_renderer()
    notebook = renderer.execute()
    images = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert len(images) >= 2
    page = renderer.to_markdown(notebook)
    assert page.count("data:image/png;base64,") == len(images)
    assert "European Union (european-union)" in page  # a record's references, by name
    assert "Regional Bureau for East Africa" in page  # a filter result, as a table
    assert "not stated" in page


def test_recipes_python_examples_give_what_the_page_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)  # the recipes write their exports into the working folder
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testfile(
        str(DOCS / "recipes.md"), module_relative=False, optionflags=flags, verbose=False
    )
    assert result.attempted >= 10
    assert result.failed == 0


def test_recipes_command_lines_run(tmp_path: Path) -> None:
    text = (DOCS / "recipes.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, flags=re.DOTALL)
    lines = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert lines
    for line in lines:
        words = shlex.split(line)
        assert words[0] == "interpol-data"
        done = subprocess.run(
            [sys.executable, "-m", "interpol_data", *words[1:]],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
            timeout=60,
        )
        assert done.returncode == 0, (line, done.stderr)
        assert done.stdout


def _griffe_extension() -> ModuleType:
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location("_griffe", DOCS / "_griffe.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_docstring_examples_become_code_blocks() -> None:
    text = "Summary.\n\n>>> 1 + 1\n2\n\nAfter."
    converted = _griffe_extension().for_markdown(text)
    assert converted == "Summary.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nAfter."


def test_api_sphinx_roles_become_inline_code() -> None:
    converted = _griffe_extension().for_markdown(
        "Use :func:`interpol_data.load` or :class:`~x.Dataset`."
    )
    assert converted == "Use `interpol_data.load` or `x.Dataset`."
