"""Hatchling build hook: the wheel ships the packaged data files minified.

The repository keeps the data files pretty-printed (``docs/maintenance/format_data.py``
writes them so) for people and for readable diffs; the installed package only parses
them, and without the indentation the wheel is smaller and ``json.loads`` has less text
to read on first use. The sdist keeps the readable files and this hook, so a wheel built
from the sdist is minified the same way.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DATA = Path("src", "interpol_data", "data")  # relative to the project root
WHEEL_DATA = "interpol_data/data"  # the same folder inside the wheel


def minify(text: str) -> str:
    """The JSON ``text`` with no whitespace between tokens: the same values in the same order.

    Every character outside ASCII is written as an escape: the text the parser
    reads is then one byte per character in memory, not two or four (the names
    in Arabic, Chinese or Amharic would otherwise widen the whole file), which
    lowers the peak memory of the first use.
    """
    return json.dumps(json.loads(text), ensure_ascii=True, separators=(",", ":"))


class MinifyDataHook(BuildHookInterface[BuilderConfig]):
    """Puts a minified copy of every data file in the wheel in place of the original."""

    PLUGIN_NAME = "custom"
    _folder: str | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # An editable install reads the files in src/ itself: nothing to copy.
        if self.target_name != "wheel" or version == "editable":
            return
        folder = self._folder = tempfile.mkdtemp(prefix="interpol-data-wheel-")
        # Hatchling leaves a file out of the wheel's own selection when a forced
        # include from *outside* the project root targets its path; from inside the
        # root it does not, and refuses the second file at the same path in the wheel.
        if folder.startswith(self.root + os.sep):
            message = f"the temporary folder {folder} must lie outside {self.root}"
            raise RuntimeError(message)
        for source in sorted(Path(self.root, DATA).glob("*.json")):
            copy = Path(folder, source.name)
            copy.write_bytes(minify(source.read_text(encoding="utf-8")).encode("utf-8"))
            build_data["force_include"][str(copy)] = f"{WHEEL_DATA}/{source.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
