"""Benchmark interpol-data against pycountry (and iso3166) on this machine, in one run.

Usage::

    python tests/benchmark.py [--markdown | --json] [--runs N]

``--markdown`` prints the whole of ``docs/benchmarks.md``.

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


def _cold(codes: list[str], runs: int) -> dict[str, list[float]]:
    """Wall times in ms of a fresh interpreter running each code, ``runs`` rounds.

    Every round runs every code once, in turn, so that a change of load on
    the machine falls on all of them alike.
    """
    for code in codes:
        _run(code)  # writes the bytecode, as installing a wheel does
    timings: dict[str, list[float]] = {code: [] for code in codes}
    for _ in range(runs):
        for code in codes:
            start = timeit.default_timer()
            _run(code)
            timings[code].append((timeit.default_timer() - start) * 1000)
    return timings


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


def _cold_rows(runs: int) -> tuple[list[Row], dict[str, float]]:
    """The cold rows, and for each the median of its ratios to pycountry round by round."""
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
        (
            "cold: start and import attr, the floor (pycountry: import, get)",
            "import attr",
            f"{PYCOUNTRY}; pycountry.countries.get(alpha_2='FR')",
            None,
        ),
    ]
    codes = list(dict.fromkeys(code for case in cases for code in case[1:] if code is not None))
    timings = _cold(codes, runs)
    rows: list[Row] = []
    paired: dict[str, float] = {}
    for what, ours, theirs, iso in cases:
        rows.append(
            (
                what,
                statistics.median(timings[ours]),
                statistics.median(timings[theirs]),
                None if iso is None else statistics.median(timings[iso]),
                "ms",
            )
        )
        paired[what] = statistics.median(
            mine / other for mine, other in zip(timings[ours], timings[theirs], strict=True)
        )
    return rows, paired


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
        (
            "relationship: records citing a source (pycountry: subdivisions of FR)",
            _per_call("ds.cited_by('iso-3166-1')", ours, 10_000),
            _per_call(
                "pycountry.subdivisions.get(country_code='FR')",
                f"{theirs}; pycountry.subdivisions.get(country_code='FR')",
                10_000,
            ),
            None,
            "µs",
        ),
    ]


def _lookup_rows() -> list[Row]:
    """Lookups by every kind of name, first sight, and search; the nearest call of the others.

    pycountry and iso3166 have no French or Arabic names: those rows compare
    with their lookup of the English name. Their search is pycountry's
    ``search_fuzzy`` (which raises when no country matches, after all its work).
    """
    ours = f"{OURS}; c = ip.countries; c.lookup('France'); ip.search('x')"
    theirs = f"{PYCOUNTRY}; c = pycountry.countries; c.lookup('France')"
    iso = f"{ISO3166}; c = iso3166.countries; c.get('France')"
    # First sight: every member's ISO short name in capitals (both libraries know it),
    # our answers memo emptied each round.
    fresh = "names = [x.iso_short_name.upper() for x in ip.countries]"
    rows: list[Row] = []
    for what, text, english in (
        ("lookup by accented name, repeated", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("lookup by French name, repeated (others: English)", "Allemagne", "Germany"),
        ("lookup by Arabic name, repeated (others: English)", "ألمانيا", "Germany"),
    ):
        rows.append(
            (
                what,
                _per_call(f"c.lookup({text!r})", ours),
                _per_call(f"c.lookup({english!r})", theirs),
                _per_call(f"c.get({english!r})", iso),
                "µs",
            )
        )
    rows.append(
        (
            "lookup by name, first sight (per name)",
            _per_call(
                "c._ensure_index().memo.clear()\nfor n in names: c.lookup(n)",
                f"{ours}; {fresh}",
                200,
            )
            / 196,
            _per_call("for n in names: c.lookup(n)", f"{theirs}; {OURS}; {fresh}", 200) / 196,
            None,
            "µs",
        )
    )
    for text in ("Germany", "stolen passports"):
        rows.append(
            (
                f"search {text!r}, every collection (pycountry: search_fuzzy)",
                _per_call(f"ip.search({text!r})", ours, 2000),
                _per_call(f"try: c.search_fuzzy({text!r})\nexcept LookupError: pass", theirs, 5),
                None,
                "µs",
            )
        )
    return rows


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


_PHASES = """
import time
clock = time.perf_counter
marks = [("start", clock())]
import attr
marks.append(("import attr (attrs' classic namespace)", clock()))
import interpol_data
marks.append(("import interpol_data (the surface only)", clock()))
from interpol_data._registry import collection_type
Country = collection_type("countries")
marks.append(("create the country record classes (and their vocabularies, checks)", clock()))
from interpol_data import _rules, _shipped
marks.append(("import the packaged-data loader (and json)", clock()))
raw = _shipped.read_packaged("countries")["records"]
marks.append(("read and parse countries.json", clock()))
built = _shipped.build_records(Country, raw)
marks.append(("build every country, each field checked as a column", clock()))
del raw
_rules.check_unique("countries", Country, built, [], built=True)
marks.append(("check ids, codes and names are unique", clock()))
from interpol_data.collection import Collection
countries = Collection("countries", Country, built)
countries.get("FR")
marks.append(("index by id, get 'FR'", clock()))
countries.lookup("France")
marks.append(("index every name, lookup 'France'", clock()))
for (_, before), (what, after) in zip(marks, marks[1:]):
    print(f"{(after - before) * 1000:.3f}|{what}")
"""


def phases(runs: int) -> list[tuple[str, float]]:
    """Where the first use goes: the median time of each step, in fresh interpreters."""
    _run(_PHASES)
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        for line in _run(_PHASES).splitlines():
            took, _, what = line.partition("|")
            found.setdefault(what, []).append(float(took))
    return [(what, statistics.median(times)) for what, times in found.items()]


def measure(runs: int = COLD_RUNS) -> tuple[list[Row], dict[str, float]]:
    """Every row (what, interpol-data, pycountry, iso3166 or None, unit), and paired ratios."""
    cold, paired = _cold_rows(runs)
    return [*cold, *_warm_rows(), *_lookup_rows(), *_memory_rows()], paired


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _installed() -> str:
    """How interpol-data is installed where it is measured: the built wheel, or the source tree."""
    import interpol_data  # only to name its folder

    where = os.path.dirname(interpol_data.__file__)
    if "site-packages" in where:
        return "from the built wheel (minified, ASCII-escaped data files), as users install it"
    return f"from the source tree ({where}: readable data files), as an editable install"


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
        "installed": _installed(),
        "load": f"load average before the run {load} (1, 5, 15 min)",
    }


def _ratio(ours: float, theirs: float | None) -> str:
    return "" if theirs is None else f"{ours / theirs:.2f}"


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"


_PAGE_HEAD = """# Benchmarks

Generated by `python tests/benchmark.py --markdown > docs/benchmarks.md`: interpol-data,
pycountry and iso3166 measured side by side in one run on one machine. A ratio is interpol-data
divided by the other library: below 1, interpol-data is faster or smaller. This is a script, not
a test: timings do not belong in a pass/fail suite.

"Cold" rows start a fresh interpreter per run and include its start-up and its exit; the
libraries' runs alternate round by round and each figure is the median of {runs} runs. "Paired"
is the median, over the rounds, of the ratio between the two runs of the same round: it is the
steadier figure on a busy machine. Bytecode is written once beforehand and read after, as for an
installed wheel. These figures were measured with the wheel built from this tree installed in a
fresh virtual environment beside pycountry and iso3166 (the "installed" line below says so); run
from the source tree, the first use reads the readable data files, which are longer. Warm rows
are the best of five timeit repeats in one process. pycountry has no collections other than its
tables, no filter and no relationships: those rows compare with its nearest call, named in the
row.

## Results

"""

_PAGE_TAIL = """
## Reading the numbers

- **The first lookup** imports attrs, creates the record classes the countries need (the
  classes live in modules by concern, so a country, its bureau and its localized names are
  created and no others), reads `countries.json` and builds and checks every member before it
  answers. No cattrs, and no record class called once per record: the packaged data is built
  column by column (`interpol_data._shipped`). Each field's declared check runs once over the
  whole column of that field's values, in C where it can (a set of the distinct codes matched
  once each, one `isprintable` over the joined texts), the nested records of every member are
  built together, and the records are then made from values that all passed. A property test
  holds every check's column answer to its answer value by value, and another holds the
  column builder to the cattrs path (equal records, the same refusals). Nothing is cached on
  disk (no pickle, no per-user cache): every run validates what it reads.
- **The floor** is the interpreter and `import attr`, which every record type needs (the
  package imports attrs' classic `attr` namespace: the same classes, without the few small
  modules the newer `attrs` namespace adds, about 2 ms on this machine): the
  rest of the first lookup is creating the record classes, reading the data file, building and
  checking each record, checking that ids, codes and names are unique, and (for a lookup by
  name) folding every name into the index once; the table of steps above says how long each
  takes. attrs compiles an `__init__` for each record class when it is created (about a
  quarter of a millisecond a class); the checks themselves run in one method the classes share.
- **Every collection and check** (`dataset()`) builds all collections and runs the rules across
  them (references, the counts INTERPOL states, the history), against pycountry's import and
  first lookup. It creates every record class (25 attrs classes, 16 vocabularies) and checks
  about 2,200 records and nested records; it also pays more at interpreter exit, where the
  collector and the module teardown meet every object it made.
- **Warm lookups** are dictionary hits on indexes built once: by id, by any name (folded for
  case, accents and punctuation), by field value for `filter` and the relationship helpers.
- **Memory** is the peak resident size of a process that has loaded everything, against
  pycountry after loading its countries. The data is read as text before it is parsed, the
  wheel's data files are ASCII-escaped (one byte a character in memory), the records of a
  collection share one copy of each text, and the unique check runs once the parsed data is
  freed.
"""


_GOALS = (
    ("cold: start, import, get by alpha-2 code", "the first lookup by code", 1.0),
    ("cold: start, import, first lookup by name", "the first lookup by name", 1.0),
    ("cold: start, every collection and check (pycountry: import, get)", "every collection", 1.3),
)


def _goals(paired: dict[str, float]) -> str:
    """The paired ratios against the project's targets, in words."""
    lines = ["", "Against the targets (paired ratios to pycountry's import and first lookup):", ""]
    for what, label, goal in _GOALS:
        ratio = paired[what]
        verdict = "met" if ratio <= goal else "not met"
        lines.append(f"- {label}: {ratio:.2f}x, target at most {goal:.1f}x: {verdict}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else COLD_RUNS
    about = machine()
    rows, paired = measure(runs)
    about["load"] += "; after " + ", ".join(f"{value:.2f}" for value in os.getloadavg())
    if "--json" in argv:
        print(json.dumps({**about, "rows": rows, "paired": paired}, ensure_ascii=False, indent=2))
        return 0
    if "--markdown" in argv:
        print(_PAGE_HEAD.format(runs=runs), end="")
        print("| measurement | interpol-data | pycountry | ratio | paired | iso3166 | ratio |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for what, ours, pycountry, iso3166, unit in rows:
            pair = f"{paired[what]:.2f}" if what in paired else ""
            print(
                f"| {what} | {_shown(ours, unit)} | {_shown(pycountry, unit)} "
                f"| {_ratio(ours, pycountry)} | {pair} | {_shown(iso3166, unit)} "
                f"| {_ratio(ours, iso3166)} |"
            )
        print()
        print("\n".join(f"- {name}: {value}" for name, value in about.items()))
        print(_goals(paired))
        print("\n## Where the first lookup goes\n")
        print(f"Each step of a first use, timed inside {runs} fresh interpreters (medians):\n")
        print("| step | ms |")
        print("| --- | ---: |")
        for what, took in phases(runs):
            print(f"| {what} | {took:.2f} |")
        print(_PAGE_TAIL, end="")
        return 0
    print("\n".join(f"{name}: {value}" for name, value in about.items()))
    head = f"{'':68} {'ours':>9} {'pycountry':>9} {'ratio':>6} {'paired':>6}"
    print(f"{head} {'iso3166':>9} {'ratio':>6}")
    for what, ours, pycountry, iso3166, _unit in rows:
        iso = "" if iso3166 is None else f"{iso3166:9.3f}"
        pair = f"{paired[what]:.2f}" if what in paired else ""
        print(
            f"{what[:68]:68} {ours:9.3f} {pycountry:9.3f} {_ratio(ours, pycountry):>6} "
            f"{pair:>6} {iso:>9} {_ratio(ours, iso3166):>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
