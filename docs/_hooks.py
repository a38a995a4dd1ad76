"""MkDocs hooks: regenerate the data pages, and render the tour notebook with its outputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from mkdocs.structure.files import File, Files

_DOCS = Path(__file__).resolve().parent


def _module(name: str) -> ModuleType:
    path = _DOCS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def on_pre_build(config: Any) -> None:
    _module("_generate").write_pages()


def on_files(files: Files, config: Any) -> Files:
    """Add ``tour.md``: the notebook, executed at build time, so its outputs are current."""
    content = _module("_notebook").render()
    files.append(File.generated(config, "tour.md", content=content))
    return files
