"""The exported JSON shape: the whole dataset as one deterministic JSON document.

Both directions are here: writing (:func:`to_json`) and reading the text back
strictly (:func:`parse`: size, nesting and number limits, duplicate keys) into
the plain data that :func:`interpol_data.load` then validates record by record.

>>> import interpol_data, json
>>> json.loads(interpol_data.to_json())["schema_version"]
1
"""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from typing import TYPE_CHECKING, Any

from interpol_data.errors import DatasetError, Problem

if TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_NUMBER_LENGTH",
    "dumps",
    "parse",
    "read_bytes",
    "to_json",
    "to_mapping",
]

# Limits on the JSON text of a dataset; each is named in the problem that refuses it.
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest dataset file :func:`load` reads."""
MAX_DEPTH = 32
"""Deepest nesting of JSON arrays and objects :func:`load` accepts."""
MAX_NUMBER_LENGTH = 20
"""Most characters a JSON number may be written with."""


# Writing -----------------------------------------------------------------


def to_mapping(dataset: Dataset) -> dict[str, Any]:
    """The whole dataset as plain data in the shape :func:`interpol_data.load` reads."""
    # Imported here: the loader imports this module for parse(), and reading a
    # dataset needs neither the table layouts nor the file writer.
    from interpol_data._registry import SCHEMA_VERSION  # noqa: PLC0415
    from interpol_data.formats._tables import plain  # noqa: PLC0415

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
        from interpol_data.formats._files import write_text  # noqa: PLC0415

        write_text(path, text)
    return text


# Reading -----------------------------------------------------------------


class _RefusedError(Exception):
    """Raised from inside the JSON parser when the text breaks a limit."""


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _RefusedError(
            f"a number is written with {len(text)} characters, "
            f"over the limit of {MAX_NUMBER_LENGTH}"
        )
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _RefusedError(
            f"a number is written with {len(text)} characters, "
            f"over the limit of {MAX_NUMBER_LENGTH}"
        )
    return float(text)


def _parse_constant(text: str) -> Any:
    raise _RefusedError(f"{text} is not a number JSON allows")


def read_bytes(path: str) -> bytes:
    """The file's bytes; anything but a regular file of bounded size is refused unread."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise DatasetError([Problem(f"no such file: {path}")], origin=path) from None
    except (OSError, ValueError) as error:
        raise DatasetError([Problem(f"cannot read {path}: {error}")], origin=path) from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        what = "a directory" if stat.S_ISDIR(mode) else "a device, pipe or socket"
        raise DatasetError([Problem(f"is {what}, not a regular file; not read")], origin=path)
    with os.fdopen(descriptor, "rb") as handle:
        content = handle.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise DatasetError(
            [Problem(f"is larger than the limit of {MAX_FILE_BYTES} bytes; not read")],
            origin=path,
        )
    return content


def parse(content: bytes | str, origin: str = "dataset") -> Any:
    """Parse JSON text strictly: limits, duplicate keys and bad numbers are refused.

    Raises:
        DatasetError: naming the limit or the fault, with its line and column
            where the parser gives them.
    """
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DatasetError(
                [Problem(f"not UTF-8: byte {error.start} cannot be decoded")], origin=origin
            ) from None
    if len(content) > MAX_FILE_BYTES:
        raise DatasetError(
            [Problem(f"is larger than the limit of {MAX_FILE_BYTES} bytes; not read")],
            origin=origin,
        )
    duplicates: list[str] = []

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) != len(pairs):
            counts = Counter(key for key, _value in pairs)
            duplicates.extend(key for key, count in counts.items() if count > 1)
        return found

    try:
        data = json.loads(
            content,
            object_pairs_hook=unique_keys,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except _RefusedError as error:
        raise DatasetError([Problem(str(error))], origin=origin) from None
    except RecursionError:
        raise DatasetError(
            [Problem(f"nests arrays and objects deeper than the limit of {MAX_DEPTH}")],
            origin=origin,
        ) from None
    except json.JSONDecodeError as error:
        raise DatasetError(
            [Problem(f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")],
            origin=origin,
        ) from None
    problems = [
        Problem(f"key {_shown(key)!r} appears twice in one object") for key in duplicates[:100]
    ]
    if _depth_over(data, MAX_DEPTH):
        problems.append(Problem(f"nests arrays and objects deeper than the limit of {MAX_DEPTH}"))
    if problems:
        raise DatasetError(problems, origin=origin)
    return data


def _depth_over(data: Any, limit: int) -> bool:
    """Whether arrays and objects nest deeper than ``limit`` (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(value, dict):
            stack.extend(
                (item, depth + 1) for item in value.values() if isinstance(item, dict | list)
            )
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value if isinstance(item, dict | list))
    return False


def _shown(key: object) -> str:
    """A key from the data, printable in a problem's message."""
    text = key if isinstance(key, str) else repr(key)
    if text.isprintable() and len(text) <= 60:
        return text
    return ascii(text[:60])
