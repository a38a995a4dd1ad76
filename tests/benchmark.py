"""Benchmark interpol-data against pycountry on this machine, in one run, as ratios.

Usage::

    python tests/benchmark.py [--markdown]

Each figure is the median of several runs. "Cold" figures start a fresh
interpreter per run, so they include interpreter start-up for both libraries.
Ratios are interpol-data / pycountry: below 1 means interpol-data is faster.
This is a script, not a test: timings do not belong in a pass/fail suite.
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import timeit

COLD_RUNS = 15
WARM_NUMBER = 200_000


def _cold(code: str) -> float:
    """Median wall time in ms of a fresh interpreter running ``code``."""
    timings = []
    for _ in range(COLD_RUNS):
        script = f"import time; _t = time.perf_counter(); {code}; print(time.perf_counter() - _t)"
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)
        timings.append((timeit.default_timer() - start) * 1000)
    return statistics.median(timings)


def _in_process(code: str, setup: str) -> float:
    """Median time in ms of ``code`` measured in a fresh interpreter after ``setup``."""
    script = (
        f"import time, statistics\n{setup}\ntimes = []\n"
        f"for _ in range(5):\n    t = time.perf_counter()\n    {code}\n"
        "    times.append(time.perf_counter() - t)\n"
        "print(statistics.median(times) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return float(out.stdout)


def _per_call(stmt: str, setup: str, number: int = WARM_NUMBER) -> float:
    """Best time in microseconds of one call of ``stmt``."""
    timer = timeit.Timer(stmt, setup)
    return min(timer.repeat(repeat=5, number=number)) / number * 1e6


def _lookup_rows(ours: str, theirs: str) -> list[tuple[str, float, float, str]]:
    """Lookups by every kind of key, and search; pycountry's nearest call beside each.

    pycountry has no French or Arabic names: those rows compare with its
    lookup of the English name, the nearest thing it offers.
    """
    ip_c = f"{ours}; c = ip.countries; c.lookup('France')"
    py_c = f"{theirs}; c = pycountry.countries; c.lookup('France')"
    # First sight: every member's name in capitals, the answers memo emptied each time.
    fresh = "names = [x.name.upper() for x in c]"
    rows = [
        ("get by id (alpha-2)", "c.get('FR')", "c.get(alpha_2='FR')", WARM_NUMBER),
        ("lookup by name, repeated", "c.lookup('Germany')", "c.lookup('Germany')", WARM_NUMBER),
        (
            "lookup by accented name, repeated",
            "c.lookup('Côte d\\'Ivoire')",
            "c.lookup('Côte d\\'Ivoire')",
            WARM_NUMBER,
        ),
        (
            "lookup by French name (pycountry: English)",
            "c.lookup('Allemagne')",
            "c.lookup('Germany')",
            WARM_NUMBER,
        ),
        (
            "lookup by Arabic name (pycountry: English)",
            "c.lookup('ألمانيا')",
            "c.lookup('Germany')",
            WARM_NUMBER,
        ),
    ]
    measured = [
        (what, _per_call(mine, ip_c, number), _per_call(pys, py_c, number), "µs")
        for what, mine, pys, number in rows
    ]
    measured.append(
        (
            "lookup by name, first sight (per name)",
            _per_call(
                "c._ensure_index().memo.clear()\nfor n in names: c.lookup(n)",
                f"{ip_c}; {fresh}",
                200,
            )
            / 196,
            _per_call("for n in names: c.lookup(n)", f"{py_c}; {fresh}", 200) / 196,
            "µs",
        )
    )
    measured.append(
        (
            "search 'Germany' (pycountry: search_fuzzy)",
            _per_call("ip.search('Germany')", f"{ip_c}; ip.search('x')", 2000),
            _per_call("c.search_fuzzy('Germany')", py_c, 20),
            "µs",
        )
    )
    measured.append(
        (
            "search 'stolen passports' (pycountry: search_fuzzy)",
            _per_call("ip.search('stolen passports')", f"{ip_c}; ip.search('x')", 2000),
            # pycountry finds no country here and raises, after doing all its work.
            _per_call("try: c.search_fuzzy('stolen passports')\nexcept LookupError: pass", py_c, 5),
            "µs",
        )
    )
    return measured


def _peak_rss(code: str) -> float:
    """Peak resident memory in MiB of a fresh interpreter after running ``code``."""
    # VmHWM is the process's own peak; Linux only, like the machines this runs on.
    script = (
        f"{code}\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return int(out.stdout) / 1024


def measure() -> list[tuple[str, float, float, str]]:
    """Each measurement: (what, interpol-data, pycountry, unit)."""
    ours = "import interpol_data as ip"
    theirs = "import pycountry"
    return [
        (
            "cold: start Python, import, one lookup by name",
            _cold(f"{ours}; ip.countries.lookup('France')"),
            _cold(f"{theirs}; pycountry.countries.lookup('France')"),
            "ms",
        ),
        ("cold: start Python and import only", _cold(ours), _cold(theirs), "ms"),
        (
            "lookup by id (alpha-2)",
            _per_call("c['FR']", f"{ours}; c = ip.countries; c['FR']"),
            _per_call(
                "c.get(alpha_2='FR')", f"{theirs}; c = pycountry.countries; c.get(alpha_2='FR')"
            ),
            "µs",
        ),
        (
            "lookup by text (name, any case)",
            _per_call("c.lookup('france')", f"{ours}; c = ip.countries; c.lookup('france')"),
            _per_call(
                "c.lookup('france')", f"{theirs}; c = pycountry.countries; c.lookup('france')"
            ),
            "µs",
        ),
        *_lookup_rows(ours, theirs),
        (
            "load everything (whole dataset vs pycountry countries)",
            _in_process(
                "loading.load_packaged()",
                "import interpol_data.loading as loading; loading.load_packaged()",
            ),
            _in_process(
                "db = pycountry.ExistingCountries(pycountry.countries.filename); len(db)",
                "import pycountry; len(pycountry.countries)",
            ),
            "ms",
        ),
        (
            "export everything to JSON text",
            _in_process("ds.to_json()", f"{ours}; ds = ip.dataset()"),
            _in_process(
                "json.dumps([c._fields for c in pycountry.countries], ensure_ascii=False)",
                "import json, pycountry; len(pycountry.countries)",
            ),
            "ms",
        ),
        (
            "peak memory after loading everything",
            _peak_rss(f"{ours}; ip.countries.lookup('France'); ip.search('x')"),
            _peak_rss(f"{theirs}; len(pycountry.countries)"),
            "MiB",
        ),
    ]


def main(argv: list[str]) -> int:
    rows = measure()
    machine = f"{platform.machine()}, Python {platform.python_version()}, {platform.system()}"
    if "--json" in argv:
        print(json.dumps({"machine": machine, "rows": rows}, ensure_ascii=False, indent=2))
        return 0
    if "--markdown" in argv:
        print(f"Measured on {machine}.\n")
        print("| measurement | interpol-data | pycountry | ratio |")
        print("| --- | ---: | ---: | ---: |")
        for what, ours, theirs, unit in rows:
            print(f"| {what} | {ours:.2f} {unit} | {theirs:.2f} {unit} | {ours / theirs:.2f} |")
        return 0
    print(f"machine: {machine}")
    for what, ours, theirs, unit in rows:
        print(f"{what:58} {ours:10.2f} {theirs:10.2f} {unit:4} ratio {ours / theirs:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
