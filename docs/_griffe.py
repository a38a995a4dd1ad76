"""Griffe extension: let the API page render the package's docstrings as written.

The docstrings are Google style with two habits from reStructuredText that
Markdown does not know: doctest examples written straight into the text
(``>>>`` lines, which Markdown would turn into nested quotes) and Sphinx
roles such as ``:func:`load```. Examples become ``pycon`` code blocks and
roles become inline code, in the documentation only; the source stays as it
is, so the examples keep running as doctests.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|exc|obj|const):`~?([^`]+)`")


def _fence_examples(text: str) -> str:
    """Wrap each run of ``>>>`` lines and their output in a ``pycon`` fence."""
    lines = text.split("\n")
    out: list[str] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if not line.lstrip().startswith(">>>"):
            out.append(line)
            position += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        block: list[str] = []
        while position < len(lines) and lines[position].strip():
            block.append(lines[position][len(indent) :])
            position += 1
        out += [f"{indent}```pycon", *(f"{indent}{item}" for item in block), f"{indent}```"]
    return "\n".join(out)


def for_markdown(text: str) -> str:
    """A docstring with its doctest examples fenced and its Sphinx roles as inline code."""
    return _fence_examples(_ROLE.sub(r"`\1`", text))


class DocstringsForMarkdown(griffe.Extension):
    """Rewrite every docstring for Markdown as the API page loads it."""

    def on_instance(self, *, obj: griffe.Object, **_kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = for_markdown(obj.docstring.value)
