"""The ``interpol-data`` command line.

Every command prints a readable table by default and JSON with ``--format
json``. Errors print one clear message to stderr and exit non-zero, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

import attrs

import interpol_data
from interpol_data.display import text_value
from interpol_data.errors import AmbiguousLookupError, DatasetError, NotFoundError

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


def _print_table(rows: Sequence[Sequence[str]], out: Any) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for position, row in enumerate(rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(),
            file=out,
        )
        if position == 0:
            print("  ".join("-" * width for width in widths), file=out)


def _summary(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    counts = {name: len(c) for name, c in dataset.collections.items()}
    if args.format == "json":
        print(json.dumps({"as_of": dataset.as_of.isoformat(), "counts": counts}, indent=2))
        return EXIT_OK
    org = dataset.organization
    print(f"{org.name} ({org.short_name}): data as of {dataset.as_of.isoformat()}")
    _print_table([("collection", "records"), *((n, str(c)) for n, c in counts.items())], sys.stdout)
    print()
    checks = [("INTERPOL states", "stated", "held")]
    checks += [
        (stated.subject, str(stated.value), "see notes" if held is None else str(held))
        for stated, held in dataset.count_checks()
    ]
    _print_table(checks, sys.stdout)
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    try:
        collection = dataset.collection(args.collection)
    except KeyError as error:
        print(f"interpol-data: {error.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    found = collection.get(args.key) or collection.lookup(args.key)
    if args.format == "json":
        from interpol_data.formats.json import plain  # noqa: PLC0415

        print(json.dumps(plain(found), ensure_ascii=False, indent=2))
        return EXIT_OK
    rows = [("field", "value")]
    for field in attrs.fields(type(found)):
        value = getattr(found, field.name)
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            # One row per nested record (office holders, budgets): one line each reads.
            rows += [(f"{field.name}[{i}]", text_value(item)) for i, item in enumerate(value)]
        else:
            rows.append((field.name, text_value(value)))
    _print_table(rows, sys.stdout)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    hits = interpol_data.search(args.text, limit=args.limit)
    if args.format == "json":
        payload = [
            {"collection": h.collection, "id": h.id, "name": _name(h.record), "rank": h.rank}
            for h in hits
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print(f"nothing matches {args.text!r}")
        return EXIT_OK
    _print_table(
        [("collection", "id", "name"), *((h.collection, h.id, _name(h.record)) for h in hits)],
        sys.stdout,
    )
    return EXIT_OK


def _name(record: Any) -> str:
    return str(getattr(record, "name", None) or getattr(record, "title", ""))


def _export(args: argparse.Namespace) -> int:
    dataset = interpol_data.dataset()
    if args.export_format == "csv":
        paths = dataset.to_csv(args.output)
        print(f"wrote {len(paths)} CSV files to {args.output}")
    elif args.export_format == "geojson":
        dataset.to_geojson(args.output)
        print(f"wrote {args.output}")
    else:
        dataset.to_json(args.output)
        print(f"wrote {args.output}")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    try:
        loaded = interpol_data.load(args.file)
    except DatasetError as error:
        if args.format == "json":
            problems = [problem.as_dict() for problem in error.problems]
            print(json.dumps({"valid": False, "problems": problems}, ensure_ascii=False, indent=2))
        else:
            print(str(error), file=sys.stderr)
        return EXIT_INVALID
    total = sum(len(c) for c in loaded.collections.values())
    if args.format == "json":
        print(json.dumps({"valid": True, "records": total}))
    else:
        print(f"{args.file} is valid: {total} records, as of {loaded.as_of.isoformat()}")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from interpol_data.diff import diff  # noqa: PLC0415

    try:
        old, new = interpol_data.load(args.old), interpol_data.load(args.new)
    except DatasetError as error:
        print(str(error), file=sys.stderr)
        return EXIT_INVALID
    changes = diff(old, new)
    if args.format == "json":
        print(json.dumps([attrs.asdict(c) for c in changes], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not changes:
        print("no differences")
        return EXIT_OK
    for change in changes:
        print(change.describe())
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interpol-data",
        description="INTERPOL as typed, sourced data: browse, search, export and validate.",
    )
    parser.add_argument("--version", action="version", version=interpol_data.__version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--format", choices=("table", "json"), default="table")
        return sub

    command("summary", "Record counts per collection and the as-of date.").set_defaults(
        run=_summary
    )
    show = command("show", "Show one record, found by id, code, name or alias.")
    show.add_argument("collection", help="for example: countries, offices, projects")
    show.add_argument("key", help="an id, code, name or alias")
    show.set_defaults(run=_show)
    search = command("search", "Search every collection, best matches first.")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=None)
    search.set_defaults(run=_search)
    export = commands.add_parser("export", help="Export the dataset to JSON, CSV or GeoJSON.")
    export.add_argument(
        "--format", dest="export_format", choices=("json", "csv", "geojson"), default="json"
    )
    export.add_argument(
        "--output", required=True, help="a file (json, geojson) or a directory (csv)"
    )
    export.set_defaults(run=_export)
    validate = command("validate", "Check a dataset file in the exported JSON shape.")
    validate.add_argument("file")
    validate.set_defaults(run=_validate)
    diff = command("diff", "Records added, removed and changed between two dataset files.")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.set_defaults(run=_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        status: int = args.run(args)
    except (NotFoundError, AmbiguousLookupError) as error:
        print(f"interpol-data: {error}", file=sys.stderr)
        return EXIT_INVALID
    except DatasetError as error:
        print(f"interpol-data: {error}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:
        print(f"interpol-data: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return EXIT_INVALID
    return status
