"""A JSON Schema of the exported dataset, generated from the record classes.

>>> from interpol_data.schema import json_schema
>>> json_schema()["properties"]["countries"]["items"]
{'$ref': '#/$defs/Country'}
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

from interpol_data import records as r
from interpol_data._dataset import COLLECTION_TYPES, SCHEMA_VERSION

__all__ = ["json_schema"]

_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}


def _type_schema(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(hint) if option is not type(None)]
        inner = _type_schema(options[0], definitions)
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(hint)[0], definitions)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if isinstance(hint, type) and attrs.has(hint):
        _define(hint, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    return dict(_PRIMITIVES[hint])


def _define(record_type: type[Any], definitions: dict[str, Any]) -> None:
    name = record_type.__name__
    if name in definitions:
        return
    definitions[name] = {}  # reserve the name before recursing
    hints = typing.get_type_hints(record_type)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(record_type):
        schema = _type_schema(hints[field.name], definitions)
        schema["description"] = field.metadata.get("doc", "")
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    definitions[name] = {
        "type": "object",
        "description": (record_type.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`interpol_data.to_json` writes."""
    definitions: dict[str, Any] = {}
    properties: dict[str, Any] = {
        "schema_version": {"const": SCHEMA_VERSION},
        "as_of": {"type": "string", "format": "date"},
        "organization": _type_schema(r.Organization, definitions),
    }
    for name, record_type in COLLECTION_TYPES.items():
        properties[name] = {"type": "array", "items": _type_schema(record_type, definitions)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "interpol-data dataset",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }
