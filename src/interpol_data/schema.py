"""A JSON Schema of the exported dataset, generated from the field plans.

Every rule about one record that the loader applies and JSON Schema can say
is here: patterns, allowed values, ranges, required fields, ``minItems`` and
``uniqueItems``. Rules across records (unique ids, references, stated counts)
and calendar checks beyond the written form are the loader's alone.

>>> from interpol_data.schema import json_schema
>>> json_schema()["properties"]["countries"]["items"]
{'$ref': '#/$defs/Country'}
"""

from __future__ import annotations

from typing import Any

from interpol_data import _validators as v
from interpol_data import records as r
from interpol_data._dataset import COLLECTION_TYPES, SCHEMA_VERSION
from interpol_data._fields import FieldPlan, plan

__all__ = ["json_schema"]


def _check_schema(check: v.Check) -> dict[str, Any]:
    """The JSON Schema keywords that say what ``check`` checks."""
    if isinstance(check, v.Text):
        return {"type": "string", "maxLength": check.max_length, "pattern": check.pattern}
    if isinstance(check, v.Pattern | v.Date):
        return {"type": "string", "pattern": f"^(?:{check.pattern})$"}
    if isinstance(check, v.Number):
        schema: dict[str, Any] = {"type": "integer" if check.integer else "number"}
        if check.minimum is not None:
            schema["minimum"] = check.minimum
        if check.maximum is not None:
            schema["maximum"] = check.maximum
        return schema
    if isinstance(check, v.OneOf):
        return {"type": "string", "enum": list(check.allowed)}
    if isinstance(check, v.Nested):
        return {"$ref": f"#/$defs/{check.record_type.__name__}"}
    raise TypeError(f"no JSON Schema for {check!r}")  # pragma: no cover - a new kind of check


def _field_schema(field: FieldPlan, definitions: dict[str, Any]) -> dict[str, Any]:
    if field.record_type is not None:
        _define(field.record_type, definitions)
    check = field.check.inner if isinstance(field.check, v.Optional) else field.check
    if isinstance(check, v.Items):
        item = check.item
        schema: dict[str, Any] = {
            "type": "array",
            "items": _check_schema(item) if item is not None else {},
            "maxItems": check.max_items,
        }
        if check.min_items:
            schema["minItems"] = check.min_items
        if check.unique:
            schema["uniqueItems"] = True
    else:
        schema = _check_schema(check)
    if field.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    schema["description"] = field.doc
    return schema


def _define(record_type: type[Any], definitions: dict[str, Any]) -> None:
    name = record_type.__name__
    if name in definitions:
        return
    definitions[name] = {}  # reserve the name before recursing
    record_plan = plan(record_type)
    definitions[name] = {
        "type": "object",
        "description": record_plan.doc,
        "properties": {
            field.name: _field_schema(field, definitions) for field in record_plan.fields
        },
        "required": [field.name for field in record_plan.fields if field.required],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`interpol_data.to_json` writes."""
    definitions: dict[str, Any] = {}
    _define(r.Organization, definitions)
    properties: dict[str, Any] = {
        "schema_version": {"const": SCHEMA_VERSION},
        "as_of": {
            "type": "string",
            "format": "date",
            "pattern": f"^{v.Date(partial=False).pattern}$",
        },
        "organization": {"$ref": "#/$defs/Organization"},
    }
    for name, record_type in COLLECTION_TYPES.items():
        _define(record_type, definitions)
        properties[name] = {"type": "array", "items": {"$ref": f"#/$defs/{record_type.__name__}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "interpol-data dataset",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }
