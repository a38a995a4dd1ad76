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


def test_tour_notebook_runs_without_errors() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    pytest.importorskip("pandas")
    notebook = nbformat.read(DOCS / "tour.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    images = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert len(images) >= 2
