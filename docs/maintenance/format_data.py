"""Write every packaged data file in canonical form, or check that each already is.

Usage::

    python docs/maintenance/format_data.py          # rewrite the files in place
    python docs/maintenance/format_data.py --check  # exit 1 and name each file not canonical

Canonical form, read off the field plans so that it follows the record classes:

- records sorted by id; each record's keys in the order its class declares
  them; a field left at its default (None, an empty list) is omitted unless
  the field is required;
- each file opens with an ``about`` block whose ``sources`` list is computed
  (every source the file's records cite; for ``sources.json``, every source);
- the as-of date lives in ``dataset.json`` only;
- JSON with two-space indent, UTF-8 unescaped, one final newline.

CI runs ``--check`` (see ``.ci/run``); a test does too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from interpol_data._fields import plan
from interpol_data.records import COLLECTION_TYPES, Organization

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "interpol_data" / "data"

_ABOUT_ORDER = ("collection", "description", "generated_by", "sources")


def canonical_record(record_type: type[Any], raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with its keys in declared order and default values left out."""
    result: dict[str, Any] = {}
    known = plan(record_type).by_name
    for field in plan(record_type).fields:
        if field.name not in raw:
            continue
        value = raw[field.name]
        if not field.required and value in (None, []):
            continue
        if field.record_type is not None and value is not None:
            if field.many:
                value = [canonical_record(field.record_type, item) for item in value]
            else:
                value = canonical_record(field.record_type, value)
        result[field.name] = value
    # Keys no field declares are kept, last, for the loader to report.
    result.update({key: value for key, value in raw.items() if key not in known})
    return result


def _cited(value: Any, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "sources" and isinstance(item, list):
                found.update(source for source in item if isinstance(source, str))
            else:
                _cited(item, found)
    elif isinstance(value, list):
        for item in value:
            _cited(item, found)
    return found


def _about(about: dict[str, Any], name: str, sources: list[str]) -> dict[str, Any]:
    merged = {**about, "collection": name, "sources": sources}
    merged.pop("as_of", None)  # the as-of date lives in dataset.json
    ordered = {key: merged[key] for key in _ABOUT_ORDER if key in merged}
    ordered.update({key: value for key, value in merged.items() if key not in ordered})
    return ordered


def canonical_documents() -> dict[Path, dict[str, Any]]:
    """Every data file's path and its canonical content."""
    documents: dict[Path, dict[str, Any]] = {}
    for name, record_type in COLLECTION_TYPES.items():
        path = DATA / f"{name}.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        records = sorted(
            (canonical_record(record_type, raw) for raw in document["records"]),
            key=lambda record: str(record.get("id")),
        )
        if name == "sources":
            sources = [str(record.get("id")) for record in records]
        else:
            sources = sorted(_cited(records, set()))
        documents[path] = {
            "about": _about(document.get("about", {}), name, sources),
            "records": records,
        }
    path = DATA / "organization.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    record = canonical_record(Organization, document["record"])
    documents[path] = {
        "about": _about(document.get("about", {}), "organization", sorted(_cited(record, set()))),
        "record": record,
    }
    return documents


def text_of(document: dict[str, Any]) -> str:
    """The canonical text of a data file."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def files_not_canonical() -> list[Path]:
    """The data files whose text differs from their canonical form."""
    return [
        path
        for path, document in canonical_documents().items()
        if path.read_text(encoding="utf-8") != text_of(document)
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv[1:]:
        stale = files_not_canonical()
        for path in stale:
            print(f"not in canonical form: {path.relative_to(ROOT)}")
        if stale:
            print("run: python docs/maintenance/format_data.py")
        return 1 if stale else 0
    for path, document in canonical_documents().items():
        text = text_of(document)
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"formatted {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
