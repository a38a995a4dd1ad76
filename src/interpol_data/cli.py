"""The ``interpol-data`` command line.

Every command prints a readable table by default (fitted to the terminal's
width; ``--wide`` keeps long cells on one line) and JSON with ``--format
json``. Errors print one clear message to stderr and exit non-zero, never a
traceback. Output survives any terminal encoding and a closed pipe, and text
from the data or a file never reaches the terminal as control characters:
they are shown escaped (``\\x1b``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import re
import shutil
import stat
import sys
import textwrap
import typing
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

import interpol_data
from interpol_data._display import record_label, summary_columns, text_value
from interpol_data._fields import plan
from interpol_data.errors import (
    AmbiguousLookupError,
    DatasetError,
    InterpolDataError,
    NotFoundError,
    Problem,
)

if typing.TYPE_CHECKING:
    from interpol_data._dataset import Dataset

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1  # also: the datasets differ (diff)
EXIT_USAGE = 2  # also: diff could not compare (as diff(1))
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def _input_limit() -> int:
    """The largest dataset file the loader reads; memory stays bounded for any input."""
    from interpol_data.formats import json as json_format  # noqa: PLC0415

    return json_format.MAX_FILE_BYTES


_MIN_COLUMN = 8
_MAX_WORD = 24
_DEFAULT_WIDTH = 100

# C0 and C1 controls (line feed aside), lone surrogates, and the bidirectional
# controls that reorder what a terminal shows.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\t": "\\t", "\r": "\\r", "\n": "\\n"}


class _CommandError(Exception):
    """A failure to report to the user as one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.status = status


def _visible(text: str, *, keep_newlines: bool = False, json_escapes: bool = False) -> str:
    """``text`` with control characters escaped visibly (ESC becomes ``\\x1b``)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if json_escapes:
            return f"\\u{ord(char):04x}"
        if char in _NAMED:
            return _NAMED[char]
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    escaped = _UNSAFE.sub(escape, text)
    return escaped if keep_newlines else escaped.replace("\n", "\\n")


def _say(text: str = "", stream: IO[str] | None = None) -> None:
    """Print lines that may hold text from the data, control characters escaped."""
    print(_visible(text, keep_newlines=True), file=stream or sys.stdout)


def _error(text: str) -> None:
    _say(f"interpol-data: {text}", sys.stderr)


def _say_json(payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    # json.dumps escapes C0 controls itself; \uXXXX keeps the rest valid JSON.
    print(_visible(text, keep_newlines=True, json_escapes=True))


# Tables -----------------------------------------------------------------------


def _terminal_width() -> int:
    return max(40, shutil.get_terminal_size((_DEFAULT_WIDTH, 24)).columns)


def _fit(widths: list[int], floors: list[int], available: int, gap: int) -> list[int]:
    """Narrow the widest columns (never below their floor) until the row fits ``available``."""
    fitted = list(widths)
    excess = sum(fitted) + gap * (len(fitted) - 1) - available
    while excess > 0:
        narrowable = [i for i in range(len(fitted)) if fitted[i] > floors[i]]
        if not narrowable:
            break
        widest = max(narrowable, key=fitted.__getitem__)
        fitted[widest] -= 1
        excess -= 1
    return fitted


def _cell_lines(cell: str, width: int | None) -> list[str]:
    lines: list[str] = []
    for paragraph in cell.split("\n"):
        text = _visible(paragraph)
        if width is None or len(text) <= width:
            lines.append(text)
        else:
            lines += textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    return lines


def _table(rows: Sequence[Sequence[str]], wide: bool) -> None:
    """Print ``rows`` (the first is the header) as aligned columns, wrapped to the terminal."""
    gap = 2
    natural = [
        max(len(line) for row in rows for line in _cell_lines(row[i], None))
        for i in range(len(rows[0]))
    ]
    # A column keeps its longest word whole where it can (ids, codes), up to a point.
    floors = [
        min(
            natural[i],
            max(
                _MIN_COLUMN,
                min(_MAX_WORD, max(len(w) for row in rows for w in [*row[i].split(), ""])),
            ),
        )
        for i in range(len(rows[0]))
    ]
    widths = natural if wide else _fit(natural, floors, _terminal_width(), gap)
    for position, row in enumerate(rows):
        cells = [
            _cell_lines(cell, None if wide else width)
            for cell, width in zip(row, widths, strict=True)
        ]
        for line in range(max(len(c) for c in cells)):
            parts = [
                (cell[line] if line < len(cell) else "").ljust(width)
                for cell, width in zip(cells, widths, strict=True)
            ]
            print((" " * gap).join(parts).rstrip())
        if position == 0:
            print((" " * gap).join("-" * width for width in widths))


def _record_rows(
    records: Iterable[Any], record_type: type[Any], dataset: Dataset
) -> list[list[str]]:
    columns = summary_columns(record_type)
    refs = {field.name: field.target for field in plan(record_type).fields}
    rows = [list(columns)]
    rows += [
        [text_value(getattr(record, name), ref=refs[name], dataset=dataset) for name in columns]
        for record in records
    ]
    return rows


def _print_records(
    records: Sequence[Any], record_type: type[Any], args: argparse.Namespace, empty: str
) -> int:
    dataset = interpol_data.dataset()
    if args.format == "json":
        from interpol_data.formats._tables import plain  # noqa: PLC0415

        _say_json([plain(record) for record in records])
        return EXIT_OK
    if not records:
        _say(empty)
        return EXIT_OK
    _table(_record_rows(records, record_type, dataset), args.wide)
    return EXIT_OK


# Commands -----------------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    counts = {name: len(c) for name, c in dataset.collections.items()}
    if args.format == "json":
        _say_json({"as_of": dataset.as_of.isoformat(), "counts": counts})
        return EXIT_OK
    org = dataset.organization
    _say(f"{org.name} ({org.short_name}): data as of {dataset.as_of.isoformat()}")
    _table([("collection", "records"), *((n, str(c)) for n, c in counts.items())], args.wide)
    print()
    checks = [("INTERPOL states", "stated", "held", "why they differ")]
    checks += [
        (
            stated.subject,
            str(stated.value),
            "not a count" if held is None else str(held),
            (stated.explanation or "") if held != stated.value else "",
        )
        for stated, held in dataset.count_checks()
    ]
    _table(checks, args.wide)
    return EXIT_OK


def _collection(dataset: Dataset, name: str) -> Any:
    try:
        return dataset.collection(name)
    except KeyError:
        names = ", ".join(("organization", *dataset.collections))
        raise _CommandError(f"no collection {name!r}; collections: {names}", EXIT_USAGE) from None


def _show(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    if args.collection in ("organization", "organisation"):
        if args.key is not None and args.key.casefold() not in ("interpol", "organization"):
            raise _CommandError("show organization takes no key (there is one organisation)")
        found: Any = dataset.organization
    else:
        _collection(dataset, args.collection)
        if args.key is None:
            raise _CommandError(
                f"show {args.collection} needs a KEY (an id, code, name or alias); "
                f"list them with: interpol-data list {args.collection}",
                EXIT_USAGE,
            )
        found = _find(dataset, args.collection, args.key)
    return _print_record(found, dataset, args)


def _print_record(found: Any, dataset: Dataset, args: argparse.Namespace) -> int:
    """One record as a field/value table (nested records one per row), or as JSON."""
    if args.format == "json":
        from interpol_data.formats._tables import plain  # noqa: PLC0415

        _say_json(plain(found))
        return EXIT_OK
    rows = [("field", "value")]
    for field in plan(type(found)).fields:
        value = getattr(found, field.name)
        ref = field.target
        if ref == "sources":
            ref = None  # source titles are long; the ids are what `show sources ID` takes
        if field.many and field.record_type is not None:
            # One row per nested record (office holders, budgets): one line each reads.
            rows += [
                (f"{field.name}[{i}]", text_value(item, dataset=dataset))
                for i, item in enumerate(value)
            ]
        else:
            rows.append((field.name, text_value(value, ref=ref, dataset=dataset)))
    _table(rows, args.wide)
    return EXIT_OK


def _find(dataset: Dataset, collection: str, key: str) -> Any:
    """The record ``key`` names, as ``show`` and the relationship commands look it up."""
    records = dataset.collection(collection)
    found = records.get(key)
    return found if found is not None else records.lookup(key)


def _search(args: argparse.Namespace) -> int:
    hits = interpol_data.search(args.text, limit=args.limit)
    if args.format == "json":
        payload = [
            {"collection": h.collection, "id": h.id, "name": record_label(h.record), "rank": h.rank}
            for h in hits
        ]
        _say_json(payload)
        return EXIT_OK
    if not hits:
        _say(f"nothing matches {args.text!r}")
        return EXIT_OK
    _table(
        [
            ("collection", "id", "name"),
            *((h.collection, h.id, record_label(h.record)) for h in hits),
        ],
        args.wide,
    )
    return EXIT_OK


def _where(record_type: type[Any], collection: str, conditions: Sequence[str]) -> dict[str, Any]:
    """``--where FIELD=VALUE`` conditions as typed keyword arguments for ``Collection.filter``."""
    fields = plan(record_type).by_name
    wanted: dict[str, Any] = {}
    for condition in conditions:
        name, equals, text = condition.partition("=")
        name = name.strip()
        if not equals or not name:
            raise _CommandError(f"--where takes FIELD=VALUE, got {condition!r}", EXIT_USAGE)
        field = fields.get(name)
        if field is None:
            raise _CommandError(
                f"{collection} records have no field {name!r}; fields: {', '.join(fields)}",
                EXIT_USAGE,
            )
        if text == "" and field.nullable:
            wanted[name] = None  # --where joined= : the records where no source gives it
        elif field.json_type is int:
            if not text.isascii() or not text.strip().lstrip("-").isdigit():
                raise _CommandError(f"{name} holds whole numbers; got {text!r}", EXIT_USAGE)
            wanted[name] = int(text)
        elif field.target is not None:
            # A reference takes any name the target collection knows: funders=Canada.
            wanted[name] = _find(interpol_data.dataset(), field.target, text).id
        else:
            wanted[name] = text
    return wanted


def _list(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    collection = _collection(dataset, args.collection)
    try:
        found = collection.filter(**_where(collection.record_type, collection.name, args.where))
    except (TypeError, ValueError) as error:  # a value the field cannot hold
        raise _CommandError(f"--where: {error}", EXIT_USAGE) from None
    return _print_records(found, collection.record_type, args, "no records match")


def _related(
    query: Callable[[Dataset, str], Sequence[Any]], record_type: str, empty: str
) -> Callable[[argparse.Namespace], int]:
    """A relationship command: ``query(dataset, key)`` printed as a table of records."""

    def run(args: argparse.Namespace) -> int:
        dataset = interpol_data.dataset()
        found = query(dataset, args.key)
        return _print_records(
            found, dataset.collection(record_type).record_type, args, empty.format(args.key)
        )

    return run


def _members_on(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    members_on = getattr(dataset, "members_on", None)
    if members_on is None:
        raise _CommandError(
            "members-on needs the membership history, which this version does not hold yet",
            EXIT_USAGE,
        )
    try:
        day = datetime.date.fromisoformat(args.date)
    except ValueError:
        raise _CommandError(
            f"DATE must be written YYYY-MM-DD, got {args.date!r}", EXIT_USAGE
        ) from None
    try:
        found = tuple(members_on(day, strict=not args.certain_only))
    except interpol_data.InterpolDataError as error:
        uncertain = tuple(getattr(error, "uncertain", ()) or ())
        if not uncertain:
            raise _CommandError(str(error)) from None
        shown = ", ".join(str(getattr(c, "id", c)) for c in uncertain[:10])
        more = ", ..." if len(uncertain) > 10 else ""
        raise _CommandError(
            f"the sources do not say whether {len(uncertain)} member countries ({shown}{more}) "
            f"were members on {day.isoformat()}; add --certain-only to list the certain members"
        ) from None
    if args.certain_only and args.format != "json":
        uncertain_on = getattr(dataset, "uncertain_members_on", None)
        unsure = tuple(uncertain_on(day)) if uncertain_on is not None else ()
        if unsure:
            _say(f"{len(unsure)} more countries may have been members; the sources do not say")
    return _print_records(found, dataset.countries.record_type, args, f"no members on {day}")


def _holder(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    holder = getattr(dataset, "holder", None)
    if holder is None:
        raise _CommandError(
            "holder needs the terms of office, which this version does not hold yet", EXIT_USAGE
        )
    try:
        day = datetime.date.fromisoformat(args.on) if args.on else None
    except ValueError:
        raise _CommandError(f"--on takes YYYY-MM-DD, got {args.on!r}", EXIT_USAGE) from None
    term = holder(args.office) if day is None else holder(args.office, on=day)
    if term is None:
        when = f"on {day.isoformat()}" if day else "at the data's as-of date"
        _say(f"the sources name no {args.office} {when}")
        return EXIT_OK
    return _print_record(term, dataset, args)


# Files --------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from interpol_data._output import write_file  # noqa: PLC0415

    dataset = interpol_data.dataset()
    kind = args.export_format
    if args.output == "-":
        if kind in ("csv", "sqlite"):
            what = "a folder of files" if kind == "csv" else "a binary database"
            raise _CommandError(f"--format {kind} writes {what}; give --output PATH", EXIT_USAGE)
        text = dataset.to_json() if kind == "json" else dataset.to_geojson()
        sys.stdout.write(_visible(text, keep_newlines=True, json_escapes=True))
        return EXIT_OK
    if kind == "csv":
        _export_csv(dataset, args.output)
        return EXIT_OK
    if kind == "sqlite":
        dataset.to_sqlite(args.output)
    else:
        text = dataset.to_json() if kind == "json" else dataset.to_geojson()
        write_file(args.output, lambda path: _write_text(path, text))
    _say(f"wrote {args.output}")
    return EXIT_OK


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


def _export_csv(dataset: Dataset, output: str) -> None:
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise _CommandError(f"{output} is not a folder; CSV export writes one file per collection")
    if not folder.exists() and not folder.absolute().parent.is_dir():
        raise _CommandError(f"{output}: the folder {folder.absolute().parent} does not exist")
    try:
        paths = dataset.to_csv(folder)
    except OSError as error:
        raise _CommandError(f"cannot write {output}: {error.strerror or error}") from None
    _say(f"wrote {len(paths)} CSV files to {output}")


def _open_checked(name: str) -> int:
    """A descriptor for dataset file ``name``, refused before reading if it is not a regular file.

    Opened without blocking, so a FIFO with no writer cannot hang the command.
    """
    try:
        handle = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise _CommandError(f"no such file: {name}") from None
    except OSError as error:
        raise _CommandError(f"cannot read {name}: {error.strerror or error}") from None
    found = os.fstat(handle)
    problem = None
    if stat.S_ISDIR(found.st_mode):
        pass  # a data folder: the loader reads its files, each checked the same way
    elif not stat.S_ISREG(found.st_mode):
        problem = f"{name} is not a regular file (a device, FIFO or socket); it is not read"
    elif found.st_size > _input_limit():
        problem = f"{name} holds {found.st_size} bytes, over the limit of {_input_limit()}"
    if problem is not None:
        os.close(handle)
        raise _CommandError(problem)
    return handle


class _Input:
    """A dataset to read: a file, a data folder, or standard input (``-``), read at most once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.label = "standard input" if name == "-" else name
        self._content: bytes | None = None

    def content(self) -> bytes:
        """Standard input's bytes, refused once over the loader's limit (memory stays bounded)."""
        if self._content is None:
            limit = _input_limit()
            content = sys.stdin.buffer.read(limit + 1)
            if len(content) > limit:
                raise _CommandError(f"standard input holds over {limit} bytes, the limit")
            self._content = content
        return self._content

    def load(self) -> Dataset:
        """The validated dataset; devices and FIFOs are refused before anything is read.

        Raises:
            DatasetError: the input is not a valid dataset.
        """
        if self.name == "-":
            from interpol_data.loading import load_text  # noqa: PLC0415 - loading is heavy

            return load_text(self.content(), origin=self.label)
        os.close(_open_checked(self.name))
        return interpol_data.load(self.name)

    def raw(self) -> Any:
        """The input as plain JSON data, unchecked (after :meth:`load` refused it)."""
        if self.name == "-":
            return json.loads(self.content())
        with open(self.name, encoding="utf-8") as stream:
            return json.load(stream)


def _problems_text(error: DatasetError, label: str, limit: int = 100) -> str:
    """Every problem (up to ``limit``, the total always stated), naming the user's input."""
    problems = error.problems
    count = len(problems)
    lines = [f"{label} is invalid ({count} problem{'s' if count != 1 else ''}):"]
    lines += ["  - " + _visible(str(problem)) for problem in problems[:limit]]
    if count > limit:
        lines.append(f"  ... and {count - limit} more (--format json lists them all)")
    return "\n".join(lines)


def _validate(args: argparse.Namespace) -> int:
    source = _Input(args.file)
    try:
        loaded = source.load()
    except DatasetError as error:
        if args.format == "json":
            problems = [problem.as_dict() for problem in error.problems]
            _say_json({"valid": False, "problems": problems})
        else:
            _say(_problems_text(error, source.label), sys.stderr)
        return EXIT_INVALID
    total = sum(len(c) for c in loaded.collections.values())
    if args.format == "json":
        _say_json({"valid": True, "records": total})
    else:
        _say(f"{source.label} is valid: {total} records, as of {loaded.as_of.isoformat()}")
    return EXIT_OK


def _is_count_problem(problem: Problem) -> bool:
    """A stated count or seat count that the records do not match: the data may still compare."""
    return (problem.field or "").startswith("stated_counts") or "seats stated" in problem.message


def _comparable(name: str) -> tuple[dict[str, Any], str | None]:
    """Dataset ``name`` as plain data, and a note when it breaks count checks only."""
    source = _Input(name)
    try:
        return source.load().to_mapping(), None
    except DatasetError as error:
        if not error.problems or not all(map(_is_count_problem, error.problems)):
            raise _CommandError(_problems_text(error, source.label), EXIT_USAGE) from None
        count = len(error.problems)
        note = (
            f"note: {source.label} breaks {count} count check{'s' if count != 1 else ''}; "
            "compared as unchecked data"
        )
        raw: dict[str, Any] = source.raw()
        return raw, note


def _diff(args: argparse.Namespace) -> int:
    from interpol_data.diff import diff_mappings  # noqa: PLC0415

    old, old_note = _comparable(args.old)
    new, new_note = _comparable(args.new)
    changes = diff_mappings(old, new)
    for note in (old_note, new_note):
        if note:
            _say(note, sys.stderr)
    if args.format == "json":
        _say_json([attrs.asdict(c) for c in changes])
    elif not changes:
        _say("no differences")
    else:
        for change in changes:
            _say(_visible(change.describe()))
    return EXIT_INVALID if changes else EXIT_OK


# The parser ---------------------------------------------------------------------


def _data_as_of() -> str:
    """The packaged data's as-of date, read from its small metadata file alone."""
    from importlib.resources import files  # noqa: PLC0415

    try:
        meta = json.loads(
            files("interpol_data.data").joinpath("dataset.json").read_text(encoding="utf-8")
        )
        return str(meta["as_of"])
    except (OSError, ValueError, KeyError, TypeError):  # pragma: no cover - a packaging bug
        return "unknown"


class _Version(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"interpol-data {interpol_data.__version__} (data as of {_data_as_of()})")
        parser.exit()


_EXAMPLES = {
    "summary": "interpol-data summary\n  interpol-data summary --format json",
    "show": (
        'interpol-data show countries "Ivory Coast"\n'
        "  interpol-data show bodies executive-committee\n"
        "  interpol-data show organization"
    ),
    "list": (
        "interpol-data list offices --where kind=regional-bureau\n"
        "  interpol-data list countries --where region=europe --format json"
    ),
    "search": "interpol-data search korea --limit 5",
    "funded-by": "interpol-data funded-by Canada",
    "partners-of": "interpol-data partners-of AIRCOP",
    "projects-in": "interpol-data projects-in Indonesia",
    "offices-in": "interpol-data offices-in France",
    "members-on": "interpol-data members-on 1990-01-01 --certain-only",
    "holder": (
        "interpol-data holder President\n  interpol-data holder 'Secretary General' --on 1990-01-01"
    ),
    "export": (
        "interpol-data export --format csv --output interpol-csv\n"
        "  interpol-data export --format sqlite --output interpol.sqlite\n"
        "  interpol-data export --format json --output - | head"
    ),
    "validate": (
        "interpol-data validate my-dataset.json\n  cat my-dataset.json | interpol-data validate -"
    ),
    "diff": "interpol-data diff old.json new.json || echo 'they differ'",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interpol-data",
        description="INTERPOL as typed, sourced data: browse, search, export and validate.",
        epilog="example:\n  interpol-data show countries France",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, *, table: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example:\n  {_EXAMPLES[name]}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if table:
            sub.add_argument("--format", choices=("table", "json"), default="table")
            sub.add_argument(
                "--wide", action="store_true", help="keep long cells on one line (no wrapping)"
            )
        return sub

    command("summary", "Record counts per collection and the as-of date.").set_defaults(
        run=_summary
    )
    show = command("show", "Show one record, found by id, code, name or alias.")
    show.add_argument("collection", help="organization, or a collection: countries, offices, ...")
    show.add_argument("key", nargs="?", help="an id, code, name or alias")
    show.set_defaults(run=_show)
    listing = command("list", "List a collection's records, optionally only those matching.")
    listing.add_argument("collection", help="for example: countries, offices, projects")
    listing.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="keep records whose FIELD equals (or, for a list, contains) VALUE; repeatable",
    )
    listing.set_defaults(run=_list)
    search = command("search", "Search every collection, best matches first.")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=None)
    search.set_defaults(run=_search)
    relationships: list[tuple[str, str, str, Callable[[Dataset, str], Sequence[Any]], str]] = [
        ("funded-by", "Projects a partner funds.", "PARTNER",
         lambda ds, key: ds.projects_funded_by(key), "projects"),
        ("partners-of", "The partners that run a project with INTERPOL.", "PROJECT",
         lambda ds, key: ds.partners_of(key), "partners"),
        ("projects-in", "Projects that name a country among their targets.", "COUNTRY",
         lambda ds, key: ds.projects_in(key), "projects"),
        ("offices-in", "INTERPOL offices in a country.", "COUNTRY",
         lambda ds, key: ds.offices_in(key), "offices"),
    ]  # fmt: skip
    for name, help_text, metavar, query, target in relationships:
        sub = command(name, help_text)
        sub.add_argument("key", metavar=metavar, help="an id, code, name or alias")
        sub.set_defaults(run=_related(query, target, "none for {!r}"))
    holder = command("holder", "Who held an office (President, Secretary General) on a date.")
    holder.add_argument("office", help="for example: President, 'Secretary General'")
    holder.add_argument(
        "--on", metavar="DATE", help="a date written YYYY-MM-DD (default: today's data)"
    )
    holder.set_defaults(run=_holder)
    members = command("members-on", "The member countries on a date (needs membership history).")
    members.add_argument("date", help="a date written YYYY-MM-DD")
    members.add_argument(
        "--certain-only",
        action="store_true",
        help="list the certain members where the sources leave some memberships open",
    )
    members.set_defaults(run=_members_on)
    export = command("export", "Export the dataset to JSON, CSV, GeoJSON or SQLite.", table=False)
    export.add_argument(
        "--format",
        dest="export_format",
        choices=("json", "csv", "geojson", "sqlite"),
        default="json",
    )
    export.add_argument(
        "--output",
        required=True,
        help="a file (json, geojson, sqlite; - is standard output) or a folder (csv)",
    )
    export.set_defaults(run=_export)
    validate = command("validate", "Check a dataset file in the exported JSON shape.")
    validate.add_argument("file", help="a JSON file, or - for standard input")
    validate.set_defaults(run=_validate)
    diff = command("diff", "Records added, removed and changed between two dataset files.")
    diff.add_argument("old", help="a dataset JSON file (- for standard input)")
    diff.add_argument("new", help="a dataset JSON file (- for standard input)")
    diff.set_defaults(run=_diff)
    return parser


def _lookup_message(error: NotFoundError | AmbiguousLookupError) -> str:
    """The lookup error in command-line terms (no Python advice)."""
    if isinstance(error, AmbiguousLookupError):
        return (
            f"{error.key!r} names several {error.collection}: {', '.join(error.candidates)}; "
            f"give one of these ids, e.g. interpol-data show {error.collection} "
            f"{error.candidates[0] if error.candidates else 'ID'}"
        )
    message = f"no record in {error.collection} matches {error.key!r}"
    if error.suggestions:
        return message + "; did you mean " + ", ".join(map(repr, error.suggestions)) + "?"
    return message + f"; to browse, run: interpol-data search {_shell_word(str(error.key))}"


def _shell_word(text: str) -> str:
    import shlex  # noqa: PLC0415

    return shlex.quote(text)


def _prepare_streams() -> None:
    """Never fail on a character the terminal's encoding lacks: replace it instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush cannot complain."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _prepare_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (head, less) has all it wanted: end quietly, as cat does.
        _silence_stdout()
        return EXIT_OK
    except _CommandError as error:
        _error(str(error))
        return error.status
    except (NotFoundError, AmbiguousLookupError) as error:
        _error(_lookup_message(error))
        return EXIT_INVALID
    except InterpolDataError as error:  # DatasetError and any other error raised on purpose
        _error(_visible(str(error), keep_newlines=True))
        return EXIT_INVALID
    except OSError as error:
        _error(str(error) if not error.strerror else f"{error.strerror}: {error.filename or ''}")
        return EXIT_INVALID
    return status
