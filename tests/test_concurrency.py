"""Many threads touching the data for the first time get one consistent dataset."""

from __future__ import annotations

import subprocess
import sys


def test_first_use_from_many_threads_loads_once() -> None:
    # A fresh interpreter, so that the dataset really is loaded for the first time.
    code = """
import threading
import interpol_data
from interpol_data import _shipped

calls = []
original = _shipped.load_packaged
def counting(*args):
    calls.append(1)
    return original(*args)
_shipped.load_packaged = counting

barrier = threading.Barrier(16)
seen = []
def worker():
    barrier.wait()
    seen.append(interpol_data.dataset())
    interpol_data.countries.lookup("France")
threads = [threading.Thread(target=worker) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
print(len(calls), len({id(d) for d in seen}), len(seen))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "1", "16"]
