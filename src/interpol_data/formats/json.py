"""The exported JSON shape: the whole dataset as one deterministic JSON document.

Writing is here; reading is :func:`interpol_data.load`, which parses the text
within its limits and validates every record (this module stays below the
loader, which imports the dataset).

>>> import interpol_data, json
>>> json.loads(interpol_data.to_json())["schema_version"]
1
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from interpol_data._registry import SCHEMA_VERSION
from interpol_data.formats._files import write_text
from interpol_data.formats._tables import plain

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["plain", "to_json", "to_mapping"]


def to_mapping(dataset: Dataset) -> dict[str, Any]:
    """The whole dataset as plain data in the shape :func:`interpol_data.load` reads."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "as_of": dataset.as_of.isoformat(),
        "organization": plain(dataset.organization),
    }
    for name, collection in dataset.collections.items():
        data[name] = [plain(record) for record in collection]
    return data


def dumps(data: Any) -> str:
    """Deterministic JSON: key order kept, two-space indent, UTF-8 unescaped, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_json(dataset: Dataset, path: str | os.PathLike[str] | None = None) -> str:
    """The whole dataset as deterministic JSON text; also written atomically to ``path``.

    Raises:
        OSError: ``path`` cannot be written, or is a folder, device or FIFO.
    """
    text = dumps(to_mapping(dataset))
    if path is not None:
        write_text(path, text)
    return text
