"""The documentation stays true: generated pages current, the tour notebook runs."""

from __future__ import annotations

import importlib.util
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
