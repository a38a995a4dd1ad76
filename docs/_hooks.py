"""MkDocs hook: regenerate the data pages before each build, so they cannot drift."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any


def on_pre_build(config: Any) -> None:
    path = Path(__file__).resolve().parent / "_generate.py"
    spec = importlib.util.spec_from_file_location("_generate", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_pages()
