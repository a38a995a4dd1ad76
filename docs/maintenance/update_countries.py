"""Rebuild ``src/interpol_data/data/countries.json`` from researched facts and ISO 3166-1.

Usage::

    python docs/maintenance/update_countries.py [docs/maintenance/inputs/countries.json]

The input lists INTERPOL's members by alpha-2 code with the facts public
sources give (INTERPOL's spelling of the name, region, accession year, the
National Central Bureau) and the sources themselves. ISO codes and names come
from pycountry (a development dependency, never a runtime one). Aliases are
search aids: ISO's other names plus the common English names, former names and
abbreviations listed in ``inputs/countries-curation.json``. Nothing is filled in that the input does
not state: an unknown value stays absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "interpol_data" / "data"
DEFAULT_INPUT = Path(__file__).resolve().parent / "inputs" / "countries.json"


REGIONS = {
    "Africa": "africa",
    "Americas": "americas",
    "Asia / South Pacific": "asia-south-pacific",
    "Asia & South Pacific": "asia-south-pacific",
    "Asia-South-Pacific": "asia-south-pacific",
    "Europe": "europe",
}

# Facts and fixes are data, kept beside the research input, not in this code:
# - membership_sources: who is in (the composition of the 196) and the count
#   as of the latest General Assembly; cited by every country;
# - extra_aliases: names people type that ISO does not give (short forms,
#   English exonyms, former names, abbreviations), each unambiguous across members;
# - corrections: values the research recorded that are not what the field
#   promises, each removed rather than guessed at, with the reason in "why".
CURATION = json.loads(
    (Path(__file__).resolve().parent / "inputs" / "countries-curation.json").read_text(
        encoding="utf-8"
    )
)
MEMBERSHIP_SOURCES: tuple[str, ...] = tuple(CURATION["membership_sources"])
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    code: tuple(names) for code, names in CURATION["extra_aliases"].items()
}
CORRECTIONS: dict[str, dict[str, str | None]] = {
    code: {field: value for field, value in fix.items() if field != "why"}
    for code, fix in CURATION["corrections"].items()
}


def _aliases(iso: object, name: str, extra: tuple[str, ...]) -> list[str]:
    candidates = [
        getattr(iso, "name", None),
        getattr(iso, "common_name", None),
        getattr(iso, "official_name", None),
        *extra,
    ]
    seen = {name.casefold()}
    aliases = []
    for candidate in candidates:
        if candidate and candidate.casefold() not in seen:
            seen.add(candidate.casefold())
            aliases.append(candidate)
    return aliases


def build(research: dict) -> list[dict]:
    known_sources = {source["id"] for source in research["sources"]}
    records = []
    for researched in research["countries"]:
        code = researched["alpha2"]
        entry = {**researched, **CORRECTIONS.get(code, {})}
        iso = pycountry.countries.get(alpha_2=code)
        if iso is None:
            raise SystemExit(f"{code}: not an ISO 3166-1 alpha-2 code")
        name = entry.get("name") or getattr(iso, "common_name", None) or iso.name
        sources = ["iso-3166-1", *MEMBERSHIP_SOURCES]
        for source in (
            *entry.get("sources", ()),
            entry.get("joined_source"),
            entry.get("ncb_source"),
        ):
            if source and source not in sources:
                if source not in known_sources:
                    raise SystemExit(f"{code}: unknown source {source!r}")
                sources.append(source)
        ncb: dict[str, object] = {}
        if entry.get("ncb_city"):
            ncb["city"] = entry["ncb_city"]
        if entry.get("ncb_agency"):
            ncb["agency"] = entry["ncb_agency"]
        if ncb:
            # Where the research names no separate source for the bureau, the
            # country's own researched sources state it.
            ncb["sources"] = (
                [entry["ncb_source"]] if entry.get("ncb_source") else list(entry["sources"])
            )
        region = entry.get("region")
        record = {
            "id": code,
            "name": name,
            "iso_short_name": iso.name,
            "alpha_3": iso.alpha_3,
            "numeric": iso.numeric,
            "region": REGIONS[region] if region else None,
            "joined": entry.get("joined"),
            "ncb": ncb,
            "sources": sources,
            "official_name": getattr(iso, "official_name", None),
            "aliases": _aliases(iso, name, EXTRA_ALIASES.get(code, ())),
            "notes": entry.get("notes"),
        }
        # region and joined stay explicit when unknown: null says "no source gives it".
        records.append(
            {
                key: value
                for key, value in record.items()
                if key in ("region", "joined") or value not in (None, [])
            }
        )
    return sorted(records, key=lambda record: record["id"])


def merge_sources(research: dict, cited: set[str]) -> int:
    """Add the cited research sources that ``sources.json`` lacks; return how many."""
    path = DATA / "sources.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    present = {source["id"] for source in document["records"]}
    added = 0
    for source in research["sources"]:
        if source["id"] in present or source["id"] not in cited:
            continue
        record = {
            "id": source["id"],
            "title": source["title"],
            "kind": "web-page",
            "publisher": source.get("publisher"),
            "url": source.get("url"),
            "published": source.get("date"),
            "notes": source.get("notes"),
        }
        document["records"].append({k: v for k, v in record.items() if v is not None})
        added += 1
    document["records"].sort(key=lambda record: record["id"])
    document["about"]["sources"] = [record["id"] for record in document["records"]]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return added


def main(argv: list[str]) -> int:
    research_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_INPUT
    research = json.loads(research_path.read_text(encoding="utf-8"))
    records = build(research)
    cited = sorted({s for r in records for s in (*r["sources"], *r["ncb"].get("sources", ()))})
    print(f"added {merge_sources(research, set(cited))} sources to sources.json")
    about = {
        "collection": "countries",
        "description": "INTERPOL's member countries, by ISO 3166-1 alpha-2 code.",
        "sources": cited,
        "generated_by": "docs/maintenance/update_countries.py",
    }
    text = json.dumps({"about": about, "records": records}, ensure_ascii=False, indent=2) + "\n"
    (DATA / "countries.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} countries citing {len(cited)} sources")
    print("now run: python docs/maintenance/format_data.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
