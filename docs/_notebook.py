"""Render the tour notebook for the site: run it, then write Markdown with its outputs.

Used by the MkDocs hook (``docs/_hooks.py``) and by the docs tests. Rich
outputs keep their richest form: HTML tables stay HTML, figures become
inline PNG images, and plain text becomes a text block. No converter
beyond nbclient and nbformat is needed.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

TOUR = Path(__file__).resolve().parent / "tour.ipynb"

_INTRO = (
    "This page is the notebook [`tour.ipynb`](tour.ipynb), run when the site is built, "
    "so every output below is what the library gives today. To run it yourself:\n\n"
    "```bash\n"
    "pip install 'interpol-data[pandas]' matplotlib networkx jupyter\n"
    "jupyter notebook docs/tour.ipynb\n"
    "```\n"
)


def execute(path: Path = TOUR) -> Any:
    """The notebook at ``path``, executed in a fresh Python kernel."""
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3").execute()
    return notebook


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "".join(value)


def _output(output: Any) -> str:
    kind = output.get("output_type")
    if kind == "stream":
        return f"```text\n{_text(output['text']).rstrip()}\n```\n"
    if kind == "error":
        raise RuntimeError(f"the tour raised {output['ename']}: {output['evalue']}")
    data = output.get("data", {})
    if "image/png" in data:
        png = _text(data["image/png"]).replace("\n", "")
        return f'<p><img alt="figure" src="data:image/png;base64,{png}"></p>\n'
    if "text/html" in data:
        # One line, so Markdown passes the block through untouched.
        flat = " ".join(_text(data["text/html"]).split("\n"))
        return f'<div class="notebook-output">{flat}</div>\n'
    if "text/plain" in data:
        return f"```text\n{_text(data['text/plain']).rstrip()}\n```\n"
    return ""


def to_markdown(notebook: Any) -> str:
    """Markdown for an executed notebook: its text, its code and every output."""
    parts: list[str] = []
    for position, cell in enumerate(notebook.cells):
        source = _text(cell.source).strip()
        if cell.cell_type == "markdown":
            parts.append(source + "\n")
            if position == 0:
                parts.append(_INTRO)
        elif cell.cell_type == "code" and source:
            parts.append(f"```python\n{source}\n```\n")
            parts += [_output(output) for output in cell.get("outputs", [])]
        elif cell.cell_type == "raw":
            parts.append(f"<pre>{html.escape(source)}</pre>\n")
    return "\n".join(part for part in parts if part)


def render(path: Path = TOUR) -> str:
    """The tour as site Markdown, outputs included."""
    return to_markdown(execute(path))
