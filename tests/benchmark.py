"""Benchmark interpol-data against pycountry (and iso3166) on this machine, in one run.

Usage::

    python tests/benchmark.py [--markdown | --json] [--runs N]

Every figure is measured in the same run for each library and printed with
the ratio interpol-data / pycountry (below 1: interpol-data is faster), and
interpol-data / iso3166 where iso3166 has the same operation.

"Cold" figures start a fresh interpreter per run and include its start-up;
the runs of the libraries alternate (ours, pycountry, iso3166, ours, ...) so
that a change of load on the machine touches each alike, and the median is
kept. Bytecode is written once beforehand and read after, as it is for an
installed wheel (pip compiles on install), even where the environment sets
PYTHONDONTWRITEBYTECODE. Warm figures are the best of several timeit
repeats. This is a script, not a test: timings do not belong in a pass/fail
suite.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import timeit
from importlib import metadata

COLD_RUNS = 21
WARM_NUMBER = 100_000

_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

Row = tuple[str, float, float, float | None, str]
"""(what, interpol-data, pycountry, iso3166 or None, unit)."""


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=_ENV
    )
    return done.stdout


def _cold(codes: list[str | None], runs: int) -> list[float | None]:
    """Median wall time in ms of a fresh interpreter running each code, runs alternating."""
    for code in codes:
        if code is not None:
            _run(code)  # writes the bytecode, as installing a wheel does
    timings: list[list[float]] = [[] for _ in codes]
    for _ in range(runs):
        for code, found in zip(codes, timings, strict=True):
            if code is None:
                continue
            start = timeit.default_timer()
            _run(code)
            found.append((timeit.default_timer() - start) * 1000)
    return [statistics.median(found) if found else None for found in timings]


def _per_call(stmt: str, setup: str, number: int = WARM_NUMBER) -> float:
    """Best time in microseconds of one call of ``stmt`` after ``setup``, in this process."""
    timer = timeit.Timer(stmt, setup)
    timer.timeit(1)
    return min(timer.repeat(repeat=5, number=number)) / number * 1e6


def _peak_rss(code: str) -> float:
    """Peak resident memory in MiB of a fresh interpreter after running ``code``."""
    # VmHWM is the process's own peak; Linux only, like the machines this runs on.
    script = (
        f"{code}\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    return int(_run(script)) / 1024


OURS = "import interpol_data as ip"
PYCOUNTRY = "import pycountry"
ISO3166 = "import iso3166"


def _cold_rows(runs: int) -> list[Row]:
    cases = [
        (
            "cold: start, import, get by alpha-2 code",
            f"{OURS}; ip.countries.get('FR')",
            f"{PYCOUNTRY}; pycountry.countries.get(alpha_2='FR')",
            f"{ISO3166}; iso3166.countries.get('FR')",
        ),
        (
            "cold: start, import, first lookup by name",
            f"{OURS}; ip.countries.lookup('France')",
            f"{PYCOUNTRY}; pycountry.countries.lookup('France')",
            f"{ISO3166}; iso3166.countries.get('France')",
        ),
        (
            "cold: start, every collection and check (pycountry: import, get)",
            f"{OURS}; ip.dataset()",
            f"{PYCOUNTRY}; pycountry.countries.get(alpha_2='FR')",
            None,
        ),
        ("cold: start and import only", OURS, PYCOUNTRY, ISO3166),
    ]
    rows: list[Row] = []
    for what, ours, theirs, iso in cases:
        mine, pycountry, iso3166 = _cold([ours, theirs, iso], runs)
        rows.append((what, mine or 0.0, pycountry or 0.0, iso3166, "ms"))
    return rows


def _warm_rows() -> list[Row]:
    ours = f"{OURS}; c = ip.countries; c.lookup('France'); ds = ip.dataset()"
    theirs = f"{PYCOUNTRY}; c = pycountry.countries; c.lookup('France')"
    iso = f"{ISO3166}; c = iso3166.countries; c.get('France')"
    return [
        (
            "get by alpha-2 code",
            _per_call("ip.countries.get('FR')", ours),
            _per_call("c.get(alpha_2='FR')", theirs),
            _per_call("c.get('FR')", iso),
            "µs",
        ),
        (
            "lookup by name, any case, repeated",
            _per_call("c.lookup('france')", ours),
            _per_call("c.lookup('france')", theirs),
            _per_call("c.get('france')", iso),
            "µs",
        ),
        (
            "filter countries by region (pycountry: by numeric code)",
            _per_call("c.filter(region='europe')", ours, 10_000),
            _per_call("c.get(numeric='250')", theirs),
            None,
            "µs",
        ),
        (
            "relationship: projects funded by a partner (pycountry: subdivisions of FR)",
            _per_call("ds.projects_funded_by('eu')", ours, 10_000),
            _per_call(
                "pycountry.subdivisions.get(country_code='FR')",
                f"{theirs}; pycountry.subdivisions.get(country_code='FR')",
                10_000,
            ),
            None,
            "µs",
        ),
    ]


def _memory_rows() -> list[Row]:
    return [
        (
            "peak memory after loading everything (pycountry: its countries)",
            _peak_rss(f"{OURS}; ip.dataset(); ip.countries.lookup('France')"),
            _peak_rss(f"{PYCOUNTRY}; pycountry.countries.lookup('France')"),
            _peak_rss(f"{ISO3166}; iso3166.countries.get('France')"),
            "MiB",
        )
    ]


def measure(runs: int = COLD_RUNS) -> list[Row]:
    """Every row: (what, interpol-data, pycountry, iso3166 or None, unit)."""
    return [*_cold_rows(runs), *_warm_rows(), *_memory_rows()]


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("interpol-data", "pycountry", "iso3166", "attrs", "cattrs")
    )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return {
        "machine": f"{_cpu()}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": versions,
        "load": f"load average before the run {load} (1, 5, 15 min)",
    }


def _ratio(ours: float, theirs: float | None) -> str:
    return "" if theirs is None else f"{ours / theirs:.2f}"


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else COLD_RUNS
    about = machine()
    rows = measure(runs)
    about["load"] += "; after " + ", ".join(f"{value:.2f}" for value in os.getloadavg())
    if "--json" in argv:
        print(json.dumps({**about, "rows": rows}, ensure_ascii=False, indent=2))
        return 0
    if "--markdown" in argv:
        print("| measurement | interpol-data | pycountry | ratio | iso3166 | ratio |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for what, ours, pycountry, iso3166, unit in rows:
            print(
                f"| {what} | {_shown(ours, unit)} | {_shown(pycountry, unit)} "
                f"| {_ratio(ours, pycountry)} | {_shown(iso3166, unit)} "
                f"| {_ratio(ours, iso3166)} |"
            )
        print()
        print("\n".join(f"- {name}: {value}" for name, value in about.items()))
        return 0
    print("\n".join(f"{name}: {value}" for name, value in about.items()))
    print(f"{'':70} {'ours':>10} {'pycountry':>10} {'ratio':>6} {'iso3166':>10} {'ratio':>6}")
    for what, ours, pycountry, iso3166, _unit in rows:
        iso = "" if iso3166 is None else f"{iso3166:10.3f}"
        print(
            f"{what:70} {ours:10.3f} {pycountry:10.3f} {_ratio(ours, pycountry):>6} "
            f"{iso:>10} {_ratio(ours, iso3166):>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
