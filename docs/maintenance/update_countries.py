"""Rebuild ``src/interpol_data/data/countries.json`` from researched facts and ISO 3166-1.

Usage::

    python docs/maintenance/update_countries.py [docs/maintenance/inputs/countries.json]

The input lists INTERPOL's members by alpha-2 code with the facts public
sources give (INTERPOL's spelling of the name, region, accession year, the
National Central Bureau) and the sources themselves. ISO codes and names come
from pycountry (a development dependency, never a runtime one). Aliases are
search aids: ISO's other names plus the common English names, former names and
abbreviations in ``EXTRA_ALIASES``. Nothing is filled in that the input does
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

# The membership itself: who is in (the composition of the 196) and the count
# as of the latest General Assembly. Cited by every country.
MEMBERSHIP_SOURCES = ("wikipedia-interpol-diff-2024", "italpress-ga2025")

REGIONS = {
    "Africa": "africa",
    "Americas": "americas",
    "Asia / South Pacific": "asia-south-pacific",
    "Asia & South Pacific": "asia-south-pacific",
    "Asia-South-Pacific": "asia-south-pacific",
    "Europe": "europe",
}

# Names people type that ISO does not give: short forms, English exonyms,
# former names and abbreviations. Keep each unambiguous across members.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "Emirates"),
    "BA": ("Bosnia",),
    "BN": ("Brunei",),
    "BO": ("Bolivia",),
    "BS": ("The Bahamas",),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Zaire"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CV": ("Cape Verde",),
    "CZ": ("Czech Republic",),
    "FM": ("Micronesia",),
    "GB": ("UK", "Britain", "Great Britain", "United Kingdom"),
    "GM": ("The Gambia",),
    "IR": ("Iran",),
    "KR": ("South Korea", "Republic of Korea"),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "PS": ("Palestine",),
    "RU": ("Russia",),
    "SY": ("Syria",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "TR": ("Turkey", "Türkiye"),
    "TW": (),
    "TZ": ("Tanzania",),
    "US": ("USA", "US", "United States of America", "America"),
    "VA": ("Vatican", "Vatican City", "Vatican City State", "Holy See"),
    "VE": ("Venezuela",),
    "VN": ("Vietnam", "Viet Nam"),
}


# Values the research recorded that are not what the field promises. Each
# is removed rather than guessed at; the reason is given beside it.
CORRECTIONS: dict[str, dict[str, str | None]] = {
    # Names read off French or Spanish pages, not INTERPOL's English spelling.
    "DZ": {
        "name": None,
        "notes": "Joining year from secondary press, not from the INTERPOL page; region from "
        "the old French address path (Afrique).",
    },
    "TD": {"name": None},
    "MK": {"name": None},
    "MU": {"name": None},
    "RO": {"name": None},
    "TJ": {"name": None},
    "TT": {"name": None},
    "MD": {"name": None},
    # Two research notes said the same thing twice.
    "FM": {
        "notes": "Admitted on 23 November 2021 at the 89th General Assembly in Istanbul as the "
        "195th member; no member-country page found.",
    },
    # A news dateline, not a statement of where the bureau sits.
    "ES": {
        "ncb_city": None,
        "notes": "No member-country page found. EFE says the Policía Nacional joined in 1929; "
        "the Interior Minister speaks of Spain's part in INTERPOL since 1923.",
    },
    "ST": {
        "ncb_city": None,
        "notes": "No member-country page found; local press places the INTERPOL office "
        "in the Polícia Judiciária.",
    },
    "UA": {"ncb_city": None},
    # The page gives the country or the bureau's name where a city is due.
    "AD": {"ncb_city": None},
    "BN": {"ncb_city": None},
    "KW": {"ncb_city": None, "notes": "Member since 16 June 1965 (old French page)."},
    "GT": {
        "ncb_city": None,
        "notes": "The page names the bureau 'NCB Guatemala' without stating its city. "
        "Joining date not in the stored excerpt.",
    },
    # The research inferred the host agency rather than finding it stated.
    "CF": {
        "ncb_agency": None,
        "notes": "Secondary press only; member-country page not found.",
    },
    "AE": {
        "ncb_agency": None,
        "notes": "No member-country page found; the joining year comes only from a law firm's "
        "page (low confidence).",
    },
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
