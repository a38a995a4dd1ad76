"""Regenerate ``src/interpol_data/data/schema.json`` from the record classes.

Usage: ``python docs/maintenance/update_schema.py``. A test fails while the shipped
schema differs from the generated one.
"""

from __future__ import annotations

import json
from pathlib import Path

from interpol_data.schema import json_schema

TARGET = Path(__file__).resolve().parents[2] / "src" / "interpol_data" / "data" / "schema.json"

if __name__ == "__main__":
    TARGET.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {TARGET}")
